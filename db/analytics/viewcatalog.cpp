#include "viewcatalog.h"

#include "store.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace zhisuan::db {

Result<QList<ViewCatalog::Count>> ViewCatalog::counts(Store &store)
{
    QList<Count> counts{
        {QStringLiteral("organisation"), QT_TRANSLATE_NOOP("ViewCatalog", "organisations"),
         QT_TRANSLATE_NOOP("ViewCatalogHeading", "organisations")},
        {QStringLiteral("compute_centre"), QT_TRANSLATE_NOOP("ViewCatalog", "compute centres"),
         QT_TRANSLATE_NOOP("ViewCatalogHeading", "compute centres")},
        {QStringLiteral("centre_capacity_phase"), QT_TRANSLATE_NOOP("ViewCatalog", "capacity phases"),
         QT_TRANSLATE_NOOP("ViewCatalogHeading", "capacity phases")},
        {QStringLiteral("chip"), QT_TRANSLATE_NOOP("ViewCatalog", "AI chips"),
         QT_TRANSLATE_NOOP("ViewCatalogHeading", "AI chips")},
        {QStringLiteral("efficiency_threshold"), QT_TRANSLATE_NOOP("ViewCatalog", "policy thresholds"),
         QT_TRANSLATE_NOOP("ViewCatalogHeading", "policy thresholds")},
        {QStringLiteral("ai_model"), QT_TRANSLATE_NOOP("ViewCatalog", "AI models"),
         QT_TRANSLATE_NOOP("ViewCatalogHeading", "AI models")},
        {QStringLiteral("model_release"), QT_TRANSLATE_NOOP("ViewCatalog", "model releases"),
         QT_TRANSLATE_NOOP("ViewCatalogHeading", "model releases")},
        {QStringLiteral("benchmark_score"), QT_TRANSLATE_NOOP("ViewCatalog", "benchmark scores"),
         QT_TRANSLATE_NOOP("ViewCatalogHeading", "benchmark scores")},
        {QStringLiteral("api_price"), QT_TRANSLATE_NOOP("ViewCatalog", "API prices"),
         QT_TRANSLATE_NOOP("ViewCatalogHeading", "API prices")},
        {QStringLiteral("site"), QT_TRANSLATE_NOOP("ViewCatalog", "websites"),
         QT_TRANSLATE_NOOP("ViewCatalogHeading", "websites")},
        {QStringLiteral("site_traffic"), QT_TRANSLATE_NOOP("ViewCatalog", "weekly visit figures"),
         QT_TRANSLATE_NOOP("ViewCatalogHeading", "weekly visit figures")},
        {QStringLiteral("app"), QT_TRANSLATE_NOOP("ViewCatalog", "apps"),
         QT_TRANSLATE_NOOP("ViewCatalogHeading", "apps")},
        {QStringLiteral("app_download"), QT_TRANSLATE_NOOP("ViewCatalog", "download figures"),
         QT_TRANSLATE_NOOP("ViewCatalogHeading", "download figures")},
        {QStringLiteral("security"), QT_TRANSLATE_NOOP("ViewCatalog", "securities and indices"),
         QT_TRANSLATE_NOOP("ViewCatalogHeading", "securities and indices")},
        {QStringLiteral("daily_bar"), QT_TRANSLATE_NOOP("ViewCatalog", "daily quotes"),
         QT_TRANSLATE_NOOP("ViewCatalogHeading", "daily quotes")},
        {QStringLiteral("weekly_return"), QT_TRANSLATE_NOOP("ViewCatalog", "weekly returns"),
         QT_TRANSLATE_NOOP("ViewCatalogHeading", "weekly returns")},
        {QStringLiteral("reported_figure"), QT_TRANSLATE_NOOP("ViewCatalog", "reported figures (excess returns, ranks)"),
         QT_TRANSLATE_NOOP("ViewCatalogHeading", "reported figures (excess returns, ranks)")},
        {QStringLiteral("valuation"), QT_TRANSLATE_NOOP("ViewCatalog", "valuations (EPS/PE by year)"),
         QT_TRANSLATE_NOOP("ViewCatalogHeading", "valuations (EPS/PE by year)")},
        {QStringLiteral("security_snapshot"), QT_TRANSLATE_NOOP("ViewCatalog", "price/PB snapshots"),
         QT_TRANSLATE_NOOP("ViewCatalogHeading", "price/PB snapshots")},
        {QStringLiteral("lockup"), QT_TRANSLATE_NOOP("ViewCatalog", "lockup expiries"),
         QT_TRANSLATE_NOOP("ViewCatalogHeading", "lockup expiries")},
        {QStringLiteral("event"), QT_TRANSLATE_NOOP("ViewCatalog", "events"),
         QT_TRANSLATE_NOOP("ViewCatalogHeading", "events")},
        {QStringLiteral("metric"), QT_TRANSLATE_NOOP("ViewCatalog", "metrics"),
         QT_TRANSLATE_NOOP("ViewCatalogHeading", "metrics")},
    };
    for (Count &c : counts) {
        QSqlQuery q(store.database());
        if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM ") + c.table) || !q.next())
            return sqlError(QCoreApplication::translate("ViewCatalog", "Cannot count the %1").arg(QCoreApplication::translate("ViewCatalog", c.label)), q.lastError());
        c.rows = q.value(0).toLongLong();
    }
    return counts;
}

} // namespace zhisuan::db
