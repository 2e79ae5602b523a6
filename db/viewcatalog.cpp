#include "viewcatalog.h"

#include "store.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace zhisuan::db {

QList<ViewCatalog::Table> ViewCatalog::tablesFor(const QString &page)
{
    if (page == QLatin1String("market")) {
        return {
            Table{QStringLiteral("weekly-returns"), QT_TRANSLATE_NOOP("ViewCatalog", "Weekly returns"),
                  QStringLiteral("SELECT w.week_start, w.week_end, w.code, s.name, s.kind, w.return_pct, w.close, "
                                 "w.week_low, w.week_high, w.source FROM weekly_return w JOIN security s ON s.code = w.code "
                                 "ORDER BY w.week_end DESC, s.kind DESC, w.return_pct DESC"),
                  {QT_TRANSLATE_NOOP("ViewCatalog", "Week from"), QT_TRANSLATE_NOOP("ViewCatalog", "Week to"),
                   QT_TRANSLATE_NOOP("ViewCatalog", "Code"), QT_TRANSLATE_NOOP("ViewCatalog", "Name"),
                   QT_TRANSLATE_NOOP("ViewCatalog", "Type"), QT_TRANSLATE_NOOP("ViewCatalog", "Return (%)"),
                   QT_TRANSLATE_NOOP("ViewCatalog", "Close"), QT_TRANSLATE_NOOP("ViewCatalog", "Week low"),
                   QT_TRANSLATE_NOOP("ViewCatalog", "Week high"), QT_TRANSLATE_NOOP("ViewCatalog", "Source")},
                  {"text", "text", "text", "text", "vocab", "change", "dec2", "dec2", "dec2", "text"}},
            Table{QStringLiteral("lockups"), QT_TRANSLATE_NOOP("ViewCatalog", "Lockup expiries"),
                  QStringLiteral("SELECT l.expiry_date, l.code, s.name, l.shares / 1e4 AS shares, l.market_value_cny / 1e4 AS value, "
                                 "l.total_shares / 1e4 AS total, l.float_a_shares / 1e4 AS float_a FROM lockup l JOIN security s ON s.code = l.code "
                                 "ORDER BY l.expiry_date"),
                  {QT_TRANSLATE_NOOP("ViewCatalog", "Expiry"), QT_TRANSLATE_NOOP("ViewCatalog", "Code"),
                   QT_TRANSLATE_NOOP("ViewCatalog", "Name"), QT_TRANSLATE_NOOP("ViewCatalog", "Shares (10k)"),
                   QT_TRANSLATE_NOOP("ViewCatalog", "Market value (CNY 10k)"),
                   QT_TRANSLATE_NOOP("ViewCatalog", "Total shares (10k)"),
                   QT_TRANSLATE_NOOP("ViewCatalog", "Float A shares (10k)")},
                  {"text", "text", "text", "dec2", "dec2", "dec2", "dec2"}},
        };
    }
    if (page == QLatin1String("centres")) {
        return {Table{QStringLiteral("centres"), QT_TRANSLATE_NOOP("ViewCatalog", "Intelligent-computing centres"),
                      QStringLiteral("SELECT name, operator, location, capacity_text, current_pflops, planned_pflops, "
                                     "status, ecosystem, capacity_kind, source FROM compute_centre "
                                     "ORDER BY COALESCE(current_pflops, 0) DESC, name"),
                      {QT_TRANSLATE_NOOP("ViewCatalog", "Centre"), QT_TRANSLATE_NOOP("ViewCatalog", "Operator"),
                       QT_TRANSLATE_NOOP("ViewCatalog", "Location"), QT_TRANSLATE_NOOP("ViewCatalog", "Capacity (as written)"),
                       QT_TRANSLATE_NOOP("ViewCatalog", "Current PFLOPS"), QT_TRANSLATE_NOOP("ViewCatalog", "Planned PFLOPS"),
                       QT_TRANSLATE_NOOP("ViewCatalog", "Status"), QT_TRANSLATE_NOOP("ViewCatalog", "Ecosystem"),
                       QT_TRANSLATE_NOOP("ViewCatalog", "Capacity parsed"), QT_TRANSLATE_NOOP("ViewCatalog", "Source")},
                      {"text", "text", "text", "text", "num", "num", "vocab", "vocab", "vocab", "text"}}};
    }
    if (page == QLatin1String("models")) {
        return {
            Table{QStringLiteral("releases"), QT_TRANSLATE_NOOP("ViewCatalog", "Model releases"),
                  QStringLiteral("SELECT r.released_on, r.model, m.vendor, m.modality, m.region, m.params_total_b, "
                                 "r.title, r.source FROM model_release r JOIN ai_model m ON m.name = r.model "
                                 "ORDER BY r.released_on DESC"),
                  {QT_TRANSLATE_NOOP("ViewCatalog", "Date"), QT_TRANSLATE_NOOP("ViewCatalog", "Model"),
                   QT_TRANSLATE_NOOP("ViewCatalog", "Vendor"), QT_TRANSLATE_NOOP("ViewCatalog", "Modality"),
                   QT_TRANSLATE_NOOP("ViewCatalog", "Region"), QT_TRANSLATE_NOOP("ViewCatalog", "Parameters (B)"),
                   QT_TRANSLATE_NOOP("ViewCatalog", "What"), QT_TRANSLATE_NOOP("ViewCatalog", "Source")},
                  {"text", "text", "text", "vocab", "vocab", "num", "text", "text"}},
            Table{QStringLiteral("api-prices"), QT_TRANSLATE_NOOP("ViewCatalog", "API prices (CNY per million tokens)"),
                  QStringLiteral("SELECT p.model, p.as_of, p.input_per_mtok, p.output_per_mtok, b.score, p.source "
                                 "FROM api_price p LEFT JOIN benchmark_score b ON b.model = p.model AND b.benchmark = 'AlignBench' "
                                 "ORDER BY p.output_per_mtok IS NULL, p.output_per_mtok"),
                  {QT_TRANSLATE_NOOP("ViewCatalog", "Model"), QT_TRANSLATE_NOOP("ViewCatalog", "As of"),
                   QT_TRANSLATE_NOOP("ViewCatalog", "Input"), QT_TRANSLATE_NOOP("ViewCatalog", "Output"),
                   QT_TRANSLATE_NOOP("ViewCatalog", "AlignBench"), QT_TRANSLATE_NOOP("ViewCatalog", "Source")},
                  {"text", "text", "num", "num", "dec2", "text"}},
        };
    }
    return {};
}

Result<QList<ViewCatalog::Count>> ViewCatalog::counts(Store &store)
{
    QList<Count> counts{
        {QStringLiteral("organisation"), QT_TRANSLATE_NOOP("ViewCatalog", "organisations")},
        {QStringLiteral("compute_centre"), QT_TRANSLATE_NOOP("ViewCatalog", "compute centres")},
        {QStringLiteral("centre_capacity_phase"), QT_TRANSLATE_NOOP("ViewCatalog", "capacity phases")},
        {QStringLiteral("chip"), QT_TRANSLATE_NOOP("ViewCatalog", "AI chips")},
        {QStringLiteral("efficiency_threshold"), QT_TRANSLATE_NOOP("ViewCatalog", "policy thresholds")},
        {QStringLiteral("ai_model"), QT_TRANSLATE_NOOP("ViewCatalog", "AI models")},
        {QStringLiteral("model_release"), QT_TRANSLATE_NOOP("ViewCatalog", "model releases")},
        {QStringLiteral("benchmark_score"), QT_TRANSLATE_NOOP("ViewCatalog", "benchmark scores")},
        {QStringLiteral("api_price"), QT_TRANSLATE_NOOP("ViewCatalog", "API prices")},
        {QStringLiteral("site"), QT_TRANSLATE_NOOP("ViewCatalog", "websites")},
        {QStringLiteral("site_traffic"), QT_TRANSLATE_NOOP("ViewCatalog", "weekly visit figures")},
        {QStringLiteral("app"), QT_TRANSLATE_NOOP("ViewCatalog", "apps")},
        {QStringLiteral("app_download"), QT_TRANSLATE_NOOP("ViewCatalog", "download figures")},
        {QStringLiteral("security"), QT_TRANSLATE_NOOP("ViewCatalog", "securities and indices")},
        {QStringLiteral("daily_bar"), QT_TRANSLATE_NOOP("ViewCatalog", "daily quotes")},
        {QStringLiteral("weekly_return"), QT_TRANSLATE_NOOP("ViewCatalog", "weekly returns")},
        {QStringLiteral("valuation"), QT_TRANSLATE_NOOP("ViewCatalog", "valuations (EPS/PE by year)")},
        {QStringLiteral("security_snapshot"), QT_TRANSLATE_NOOP("ViewCatalog", "price/PB snapshots")},
        {QStringLiteral("lockup"), QT_TRANSLATE_NOOP("ViewCatalog", "lockup expiries")},
        {QStringLiteral("event"), QT_TRANSLATE_NOOP("ViewCatalog", "events")},
        {QStringLiteral("metric"), QT_TRANSLATE_NOOP("ViewCatalog", "metrics")},
    };
    for (Count &c : counts) {
        QSqlQuery q(store.database());
        if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM ") + c.table) || !q.next())
            return sqlError(QCoreApplication::translate("ViewCatalog", "Cannot count %1").arg(c.table), q.lastError());
        c.rows = q.value(0).toLongLong();
    }
    return counts;
}

} // namespace zhisuan::db
