#include "languagemanager.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
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

QStringList LanguageManager::translationDirs()
{
    // Installed: <prefix>/bin/zhisuan reads <prefix>/share/zhisuan/translations. Built: the .qm files lrelease
    // wrote next to the build, then the copy compiled into the program.
    const QDir bin(QCoreApplication::applicationDirPath());
    return {QDir::cleanPath(bin.filePath(QStringLiteral(ZHISUAN_TRANSLATIONS_FROM_BIN))), bin.path(),
            QStringLiteral(":/i18n")};
}

bool LanguageManager::loadAppTranslation(const QString &effective)
{
    const QString file = QStringLiteral("zhisuan_%1.qm").arg(effective);
    for (const QString &dir : translationDirs())
        if (QFileInfo::exists(dir + QLatin1Char('/') + file) && m_app.load(file, dir))
            return true;
    return false;
}

void LanguageManager::setLanguage(const QString &code)
{
    if (code == m_code)
        return;
    m_code = code;
    const QString effective = resolve(code);
    QCoreApplication::removeTranslator(&m_app);
    QCoreApplication::removeTranslator(&m_qt);
    if (loadAppTranslation(effective))
        QCoreApplication::installTranslator(&m_app);
    if (effective != QLatin1String("en")
        && m_qt.load(QStringLiteral("qtbase_%1").arg(effective), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(&m_qt);
    QLocale::setDefault(QLocale(effective == QLatin1String("zh_CN") ? QLocale::Chinese : QLocale::English,
                                effective == QLatin1String("zh_CN") ? QLocale::China : QLocale::UnitedStates));
    emit languageChanged(effective);
}

} // namespace zhisuan::app
