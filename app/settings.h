#pragma once

#include "exportchoice.h"

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
// The brief is sent to clients: the firm it is sent by (on its title, header and footer; "" = none) and its risk
// disclosure (paragraphs separated by blank lines; "" = WeeklyBrief::defaultDisclaimer() in the brief's language).
inline const SettingsOption<QString> firmName{"brief/firm", QString()};
inline const SettingsOption<QString> briefDisclaimer{"brief/disclaimer", QString()};
// Export of charts and tables: the folder last written to ("" until then: the user's Documents folder), and the
// options last chosen in the export dialog (widgets get them as an ExportChoice and hand them back).
inline const SettingsOption<QString> exportFolder{"export/folder", QString()};
inline const SettingsOption<QString> exportFormat{"export/format", QStringLiteral("png")};
inline const SettingsOption<QString> exportNameTemplate{"export/template", QStringLiteral("{page}_{chart}_{date}")};
inline const SettingsOption<int> exportWidth{"export/width", widgets::ChartExporter::Options().size.width()};
inline const SettingsOption<int> exportHeight{"export/height", widgets::ChartExporter::Options().size.height()};
inline const SettingsOption<int> exportScale{"export/scale", widgets::ChartExporter::Options().scale};
inline const SettingsOption<bool> exportTransparent{"export/transparent", widgets::ChartExporter::Options().transparent};

inline widgets::ExportChoice exportChoice()
{
    widgets::ExportChoice c;
    c.options.size = QSize(exportWidth.get(), exportHeight.get());
    c.options.scale = exportScale.get();
    c.options.transparent = exportTransparent.get();
    c.format = exportFormat.get();
    c.nameTemplate = exportNameTemplate.get();
    return c;
}

inline void keepExportChoice(const widgets::ExportChoice &c)
{
    exportWidth.set(c.options.size.width());
    exportHeight.set(c.options.size.height());
    exportScale.set(c.options.scale);
    exportTransparent.set(c.options.transparent);
    exportFormat.set(c.format);
    exportNameTemplate.set(c.nameTemplate);
}
} // namespace settings

} // namespace zhisuan::app
