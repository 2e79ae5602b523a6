#pragma once

#include <QObject>
#include <QTranslator>

namespace zhisuan::app {

// Installs the application's and Qt's own translations and swaps them at run time; widgets
// retranslate on QEvent::LanguageChange, so no restart is needed.
class LanguageManager : public QObject
{
    Q_OBJECT
public:
    explicit LanguageManager(QObject *parent = nullptr);

    // "" = system locale, "zh_CN", "en".
    void setLanguage(const QString &code);
    QString language() const { return m_code; }
    static QString resolve(const QString &code);
    // Where the application's .qm files are looked for, first match wins.
    static QStringList translationDirs();

signals:
    void languageChanged(const QString &effective);

private:
    bool loadAppTranslation(const QString &effective);

    QTranslator m_app;
    QTranslator m_qt;
    QString m_code = QStringLiteral("?");
};

} // namespace zhisuan::app
