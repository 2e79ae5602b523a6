#include "languagemanager.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>

namespace zhisuan::app {

LanguageManager::LanguageManager(QObject *parent) : QObject(parent) {}

QString LanguageManager::resolve(const QString &code)
{
    if (!code.isEmpty())
        return code;
    const QLocale system;
    return system.language() == QLocale::Chinese ? QStringLiteral("zh_CN") : QStringLiteral("en");
}

void LanguageManager::setLanguage(const QString &code)
{
    if (code == m_code)
        return;
    m_code = code;
    const QString effective = resolve(code);
    QCoreApplication::removeTranslator(&m_app);
    QCoreApplication::removeTranslator(&m_qt);
    if (m_app.load(QStringLiteral(":/i18n/zhisuan_%1.qm").arg(effective)))
        QCoreApplication::installTranslator(&m_app);
    if (effective != QLatin1String("en")
        && m_qt.load(QStringLiteral("qtbase_%1").arg(effective), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(&m_qt);
    QLocale::setDefault(QLocale(effective == QLatin1String("zh_CN") ? QLocale::Chinese : QLocale::English,
                                effective == QLatin1String("zh_CN") ? QLocale::China : QLocale::UnitedStates));
    m_effective = effective;
    emit languageChanged(effective);
}

} // namespace zhisuan::app
