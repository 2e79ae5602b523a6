#pragma once

#include <QSettings>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace zhisuan::app {

// One typed settings key, declared once with its default (as Tiled's SessionOption<T>).
template<typename T>
class SettingsOption
{
public:
    constexpr SettingsOption(const char *key, T defaultValue) : m_key(key), m_default(std::move(defaultValue)) {}
    T get() const
    {
        QSettings s;
        const QVariant v = s.value(QLatin1String(m_key));
        return v.isValid() ? v.template value<T>() : m_default;
    }
    void set(const T &value) const
    {
        QSettings s;
        s.setValue(QLatin1String(m_key), QVariant::fromValue(value));
    }

private:
    const char *m_key;
    T m_default;
};

namespace settings {
inline const SettingsOption<QByteArray> windowGeometry{"mainwindow/geometry", {}};
inline const SettingsOption<QByteArray> windowState{"mainwindow/state", {}};
inline const SettingsOption<QString> lastPage{"mainwindow/page", QStringLiteral("market")};
// The dashboards' splitter positions, QSplitter::saveState() by splitter object name.
inline const SettingsOption<QVariantMap> splitterStates{"mainwindow/splitters", {}};
// "" follows the system locale; "zh_CN" or "en" pins the language.
inline const SettingsOption<QString> language{"ui/language", QString()};
inline const SettingsOption<QString> lastImportFolder{"import/folder", QString()};
// The inbox: a folder whose new CSV files are imported in the background ("" = off), and the versions of its
// files already imported or rejected (absolute path -> "size:mtime-ms"), so that a restart does not repeat them.
inline const SettingsOption<QString> inboxFolder{"import/inbox", QString()};
inline const SettingsOption<QVariantMap> inboxImported{"import/inboxImported", {}};
// Market dashboard: the industry it tracks, the indices it compares with, the lockup window.
inline const SettingsOption<QString> trackedIndustry{"market/industry", QStringLiteral("801750.SI")};
inline const SettingsOption<QStringList> benchmarks{"market/benchmarks",
                                                    {QStringLiteral("000001.SH"), QStringLiteral("399006.SZ"),
                                                     QStringLiteral("000300.SH"), QStringLiteral("399005.SZ")}};
inline const SettingsOption<int> lockupDays{"market/lockupDays", 90};
// One "CODE segment" per entry; empty means the compute chain of the weekly tracker.
inline const SettingsOption<QStringList> watchlist{"market/watchlist", {}};
// Weekly brief: the sections last chosen (ids, in order), the folder it was written to, whether to open it.
inline const SettingsOption<QStringList> briefSections{"brief/sections", {}};
inline const SettingsOption<QString> briefFolder{"brief/folder", QString()};
inline const SettingsOption<bool> briefOpen{"brief/open", true};
} // namespace settings

} // namespace zhisuan::app
