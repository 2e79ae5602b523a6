#pragma once

#include "exportchoice.h"

#include <QSettings>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace zhisuan::app {

namespace settings {
// Every key declared below, in order: a SettingsOption's key, or a SettingsGroup's followed by "/" (its keys lie
// under it). Nothing else in app/ or widgets/ reads or writes QSettings (tst_settings holds both to it).
inline QStringList &declaredKeys()
{
    static QStringList keys;
    return keys;
}
// Whether `key` (as QSettings::allKeys() lists it) is declared here.
inline bool isDeclared(const QString &key)
{
    for (const QString &declared : std::as_const(declaredKeys()))
        if (declared.endsWith(QLatin1Char('/')) ? key.startsWith(declared) && key.size() > declared.size() : key == declared)
            return true;
    return false;
}
} // namespace settings

// One typed settings key, declared once with its default (as Tiled's SessionOption<T>).
template<typename T>
class SettingsOption
{
public:
    SettingsOption(const char *key, T defaultValue) : m_key(key), m_default(std::move(defaultValue))
    {
        settings::declaredKeys().append(QLatin1String(key));
    }
    QString key() const { return QLatin1String(m_key); }
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

// Typed keys under one group, one per item (the brief's view, per week): "group/item". Unset reads as T().
template<typename T>
class SettingsGroup
{
public:
    explicit SettingsGroup(const char *group) : m_group(group) { settings::declaredKeys().append(QLatin1String(group) + QLatin1Char('/')); }
    T get(const QString &item) const { return QSettings().value(key(item)).template value<T>(); }
    void set(const QString &item, const T &value) const { QSettings().setValue(key(item), QVariant::fromValue(value)); }
    void remove(const QString &item) const { QSettings().remove(key(item)); }
    QString key(const QString &item) const { return QLatin1String(m_group) + QLatin1Char('/') + item; }

private:
    const char *m_group;
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
// The analyst's view on the brief's first page, a draft kept per week (by the week's Monday, yyyy-MM-dd).
inline const SettingsGroup<QString> briefViews{"brief/view"};
// The brief is sent to clients: the firm it is sent by (on its title, header and footer; "" = none) and its risk
// disclosure (paragraphs separated by blank lines; "" = WeeklyBrief::defaultDisclaimer() in the brief's language).
inline const SettingsOption<QString> firmName{"brief/firm", QString()};
inline const SettingsOption<QString> briefDisclaimer{"brief/disclaimer", QString()};
// Centres page: leave out inferred centres (its filter; the brief and export follow it).
inline const SettingsOption<bool> leaveOutInferred{"view/leaveOutInferred", false};
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
