#include "modelanalytics.h"


#include "briefqueries.h"
#include "store.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <limits>
#include <numeric>

namespace zhisuan::db {

QStringList ModelAnalytics::views()
{
    return {QStringLiteral("releases"), QStringLiteral("benchmarks"), QStringLiteral("price-performance"),
            QStringLiteral("traffic"), QStringLiteral("downloads")};
}

Result<QueryTable> ModelAnalytics::view(const QString &name)
{
    if (name == QLatin1String("releases"))
        return releases();
    if (name == QLatin1String("benchmarks"))
        return benchmarks();
    if (name == QLatin1String("price-performance"))
        return pricePerformance();
    if (name == QLatin1String("traffic"))
        return traffic();
    if (name == QLatin1String("downloads"))
        return downloads();
    return Error{QStringLiteral("view"),
                 QCoreApplication::translate("ModelAnalytics", "unknown view “%1”; expected one of %2")
                     .arg(name, views().join(QStringLiteral(", "))),
                 {}};
}

Result<QueryTable> ModelAnalytics::select(const QString &sql, const QStringList &columns, const QVariantList &binds)
{
    return selectTable(m_store, sql, columns, binds);
}

Result<QueryTable> ModelAnalytics::releases()
{
    return select(QStringLiteral("SELECT r.released_on, r.model, m.vendor, m.modality, m.region, m.params_total_b, "
                                 "m.params_active_b, m.context_tokens, m.open_weights, m.architecture, r.title, r.description, r.source, "
                                 "r.confidence, r.confidence_note, r.inferred_fields, r.title_en, r.description_en "
                                 "FROM model_release r JOIN ai_model m ON m.name = r.model ORDER BY r.released_on, r.model"),
                  {QStringLiteral("date"), QStringLiteral("model"), QStringLiteral("vendor"), QStringLiteral("modality"),
                   QStringLiteral("region"), QStringLiteral("params_total_b"), QStringLiteral("params_active_b"),
                   QStringLiteral("context_tokens"), QStringLiteral("open_weights"), QStringLiteral("architecture"),
                   QStringLiteral("title"), QStringLiteral("description"), QStringLiteral("source"), QStringLiteral("confidence"), QStringLiteral("confidence_note"), QStringLiteral("inferred_fields"),
                   QStringLiteral("title_en"), QStringLiteral("description_en")});
}

Result<QueryTable> ModelAnalytics::events()
{
    return select(QStringLiteral("SELECT event_date, kind, title, description, organisation, region, source, title_en, description_en, "
                                 "(SELECT o.name_en FROM organisation o WHERE o.name = event.organisation) FROM event ORDER BY event_date"),
                  {QStringLiteral("date"), QStringLiteral("kind"), QStringLiteral("title"), QStringLiteral("description"),
                   QStringLiteral("organisation"), QStringLiteral("region"), QStringLiteral("source"), QStringLiteral("title_en"),
                   QStringLiteral("description_en"), QStringLiteral("organisation_en")}); // 国资委 → SASAC (issue 29)
}

Result<QueryTable> ModelAnalytics::benchmarks()
{
    return select(QStringLiteral("SELECT b.model, m.vendor, m.region, b.benchmark, b.score, b.source, b.confidence, b.confidence_note, "
                                 "b.inferred_fields, b.as_of FROM benchmark_score b "
                                 "JOIN ai_model m ON m.name = b.model ORDER BY b.source, b.model, b.benchmark"),
                  {QStringLiteral("model"), QStringLiteral("vendor"), QStringLiteral("region"), QStringLiteral("benchmark"),
                   QStringLiteral("score"), QStringLiteral("source"), QStringLiteral("confidence"), QStringLiteral("confidence_note"), QStringLiteral("inferred_fields"),
                   QStringLiteral("as_of")});
}

QList<int> ModelAnalytics::paretoFrontier(const QList<QPointF> &points)
{
    // Cheapest first (best score first among equal prices); a point is on the frontier when it beats the best
    // score of everything cheaper.
    QList<int> order(points.size());
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [&](int a, int b) {
        return points[a].x() != points[b].x() ? points[a].x() < points[b].x() : points[a].y() > points[b].y();
    });
    QList<int> frontier;
    double best = -std::numeric_limits<double>::infinity();
    for (int i : order) {
        if (points[i].y() > best) {
            frontier << i;
            best = points[i].y();
        }
    }
    return frontier;
}

Result<QueryTable> ModelAnalytics::apiPrices()
{
    return select(QStringLiteral("SELECT p.model, m.vendor, m.region, p.as_of, p.currency, p.input_per_mtok, p.output_per_mtok, "
                                 "p.context_tokens, p.confidence, p.confidence_note, p.inferred_fields, "
                                 "(SELECT o.name_en FROM organisation o WHERE o.name = m.vendor) "
                                 "FROM api_price p LEFT JOIN ai_model m ON m.name = p.model "
                                 "WHERE p.as_of = (SELECT MAX(as_of) FROM api_price q WHERE q.model = p.model) "
                                 "ORDER BY p.output_per_mtok IS NULL, p.output_per_mtok, p.model"),
                  {QStringLiteral("model"), QStringLiteral("vendor"), QStringLiteral("region"), QStringLiteral("as_of"),
                   QStringLiteral("currency"), QStringLiteral("input_per_mtok"), QStringLiteral("output_per_mtok"),
                   QStringLiteral("context_tokens"), QStringLiteral("confidence"), QStringLiteral("confidence_note"),
                   QStringLiteral("inferred_fields"), QStringLiteral("vendor_en")});
}

Result<QueryTable> ModelAnalytics::pricePerformance(const QString &benchmark)
{
    // The latest price of each model, and its score on the benchmark (the first source when several give one): one
    // ranked read of the benchmark's scores, not five subqueries per model, which PostgreSQL planned as five subplans
    // (2.5 of a view's 3.5 ms on the team store, issue 26).
    auto t = select(QStringLiteral("SELECT m.name, m.vendor, m.region, s.score, p.output_per_mtok, p.input_per_mtok, p.currency, p.as_of, "
                                   "s.confidence, s.confidence_note, p.confidence, p.confidence_note, s.source, p.source, s.as_of "
                                   "FROM ai_model m JOIN api_price p ON p.model = m.name "
                                   "LEFT JOIN (SELECT model, score, confidence, confidence_note, source, as_of, "
                                   "ROW_NUMBER() OVER (PARTITION BY model ORDER BY source) AS n FROM benchmark_score WHERE benchmark = ?) s "
                                   "ON s.model = m.name AND s.n = 1 "
                                   "WHERE p.as_of = (SELECT MAX(as_of) FROM api_price q WHERE q.model = m.name AND q.output_per_mtok IS NOT NULL) "
                                   "AND p.output_per_mtok > 0 ORDER BY p.output_per_mtok"),
                    {QStringLiteral("model"), QStringLiteral("vendor"), QStringLiteral("region"), QStringLiteral("score"),
                     QStringLiteral("output_per_mtok"), QStringLiteral("input_per_mtok"), QStringLiteral("currency"),
                     QStringLiteral("as_of"), QStringLiteral("score_confidence"), QStringLiteral("score_note"),
                     QStringLiteral("price_confidence"), QStringLiteral("price_note"), QStringLiteral("score_source"),
                     QStringLiteral("price_source"), QStringLiteral("score_as_of")},
                    {benchmark});
    if (!t)
        return t;
    // One confidence per point: the weaker of its score's and its price's, with that one's reason.
    QueryTable out{t.value().columns.mid(0, 8), {}};
    out.columns << QStringLiteral("confidence") << QStringLiteral("confidence_note") << QStringLiteral("score_source")
                << QStringLiteral("price_source") << QStringLiteral("on_frontier");
    QList<QPointF> points;
    const auto rank = [](const QVariant &c) {
        return c.toString() == QLatin1String("inferred") ? 2 : c.toString() == QLatin1String("derived") ? 1 : 0;
    };
    for (const QVariantList &row : t.value().rows) {
        if (row.value(3).isNull())
            continue; // no score on this benchmark
        QVariantList r = row.mid(0, 8);
        const bool priceWeaker = rank(row.value(10)) > rank(row.value(8));
        r << (priceWeaker ? row.value(10) : row.value(8)) << (priceWeaker ? row.value(11) : row.value(9)) << row.value(12) << row.value(13);
        out.rows.append(r);
        points << QPointF(row.value(4).toDouble(), row.value(3).toDouble());
    }
    const QList<int> frontier = paretoFrontier(points);
    for (int i = 0; i < out.rows.size(); ++i)
        out.rows[i] << frontier.contains(i);
    // When the point's score was stated (its price's date is as_of): an exported chart is dated by the latest of both.
    out.columns << QStringLiteral("score_as_of");
    int i = 0;
    for (const QVariantList &row : t.value().rows)
        if (!row.value(3).isNull())
            out.rows[i++] << row.value(14);
    return out;
}

Result<QueryTable> ModelAnalytics::traffic()
{
    auto t = select(QStringLiteral("SELECT t.site, s.category, s.region, t.week_start, t.week_end, t.visits, t.note, t.source, t.confidence, "
                                   "t.confidence_note, t.inferred_fields FROM site_traffic t JOIN site s ON s.name = t.site ORDER BY t.site, t.week_start"),
                    {QStringLiteral("site"), QStringLiteral("category"), QStringLiteral("region"), QStringLiteral("week_start"),
                     QStringLiteral("week_end"), QStringLiteral("visits"), QStringLiteral("note"), QStringLiteral("source"),
                     QStringLiteral("confidence"), QStringLiteral("confidence_note"), QStringLiteral("inferred_fields")});
    if (!t)
        return t;
    // Week over week, per site, and whether the week set the site's record so far.
    QueryTable out{t.value().columns, {}};
    out.columns << QStringLiteral("wow_pct") << QStringLiteral("all_time_high");
    QString site;
    double previous = -1, best = -1;
    for (const QVariantList &row : t.value().rows) {
        if (row.value(0).toString() != site) {
            site = row.value(0).toString();
            previous = best = -1;
        }
        QVariantList r = row;
        const bool has = !row.value(5).isNull();
        const double visits = row.value(5).toDouble();
        r << (has && previous > 0 ? QVariant((visits / previous - 1.0) * 100.0) : QVariant());
        r << (has && visits > best && best >= 0);
        if (has) {
            previous = visits;
            best = std::max(best, visits);
        }
        out.rows.append(r);
    }
    // A week the source itself calls a record (历史新高) counts even without earlier weeks in the store.
    const int note = out.column(QStringLiteral("note")), high = out.column(QStringLiteral("all_time_high"));
    for (QVariantList &r : out.rows)
        if (r.value(note).toString().contains(QStringLiteral("历史新高")))
            r[high] = true;
    return out;
}

namespace {

const QStringList &releaseColumns()
{
    static const QStringList c{QStringLiteral("date"), QStringLiteral("model"), QStringLiteral("vendor"), QStringLiteral("modality"),
                               QStringLiteral("region"), QStringLiteral("params_total_b"), QStringLiteral("params_active_b"),
                               QStringLiteral("context_tokens"), QStringLiteral("open_weights"), QStringLiteral("architecture"),
                               QStringLiteral("title"), QStringLiteral("description"), QStringLiteral("source"),
                               QStringLiteral("confidence"), QStringLiteral("confidence_note"), QStringLiteral("inferred_fields"),
                               QStringLiteral("title_en"), QStringLiteral("description_en")};
    return c;
}

const QStringList &eventColumns()
{
    static const QStringList c{QStringLiteral("date"), QStringLiteral("kind"), QStringLiteral("title"), QStringLiteral("description"),
                               QStringLiteral("organisation"), QStringLiteral("region"), QStringLiteral("source"), QStringLiteral("title_en"),
                               QStringLiteral("description_en"), QStringLiteral("organisation_en")};
    return c;
}

} // namespace

Result<QueryTable> ModelAnalytics::releasesOfWeek(const QDate &monday)
{
    return select(m_store.text(BriefQueries::releasesOfWeek), releaseColumns(),
                  {monday.toString(Qt::ISODate), monday.addDays(7).toString(Qt::ISODate)});
}

Result<QueryTable> ModelAnalytics::eventsOfWeek(const QDate &monday)
{
    return select(m_store.text(BriefQueries::eventsOfWeek), eventColumns(),
                  {monday.toString(Qt::ISODate), monday.addDays(7).toString(Qt::ISODate)});
}

Result<QueryTable> ModelAnalytics::trafficOfWeek(const QDate &monday, bool *latest)
{
    const QString from = monday.toString(Qt::ISODate), to = monday.addDays(7).toString(Qt::ISODate);
    const QStringList columns{QStringLiteral("site"),   QStringLiteral("category"), QStringLiteral("region"),
                              QStringLiteral("week_start"), QStringLiteral("week_end"), QStringLiteral("visits"),
                              QStringLiteral("note"),   QStringLiteral("source"),   QStringLiteral("confidence"),
                              QStringLiteral("confidence_note"), QStringLiteral("inferred_fields"), QStringLiteral("previous"),
                              QStringLiteral("best")};
    auto t = select(m_store.text(BriefQueries::trafficOfWeek), columns, {from, to});
    if (!t)
        return t;
    *latest = t.value().rows.isEmpty();
    if (*latest) {
        t = select(m_store.text(BriefQueries::trafficLatest), columns, {to});
        if (!t)
            return t;
    }
    // The derived columns as traffic() computes them, from the previous and best visits the statement read.
    constexpr int kRow = 11; // the columns of traffic(); previous and best after them
    QueryTable out{columns.mid(0, kRow), {}};
    out.columns << QStringLiteral("wow_pct") << QStringLiteral("all_time_high");
    for (const QVariantList &row : t.value().rows) {
        QVariantList r = row.mid(0, kRow);
        const bool has = !row.value(5).isNull();
        const double visits = row.value(5).toDouble();
        const QVariant previous = row.value(kRow), best = row.value(kRow + 1);
        r << (has && !previous.isNull() && previous.toDouble() > 0 ? QVariant((visits / previous.toDouble() - 1.0) * 100.0) : QVariant());
        r << ((has && !best.isNull() && visits > best.toDouble()) || row.value(6).toString().contains(QStringLiteral("历史新高")));
        out.rows.append(r);
    }
    return out;
}

Result<QueryTable> ModelAnalytics::trafficHistories(const QDate &before, int count)
{
    const QString to = before.toString(Qt::ISODate);
    auto sites = select(m_store.text(BriefQueries::trafficTopSites), {QStringLiteral("site")}, {to, count});
    if (!sites)
        return sites;
    QueryTable out{{QStringLiteral("site"), QStringLiteral("week_start"), QStringLiteral("visits")}, {}};
    for (const QVariantList &site : sites.value().rows) {
        auto h = select(m_store.text(BriefQueries::trafficHistory), out.columns, {site.value(0), to});
        if (!h)
            return h;
        out.rows.append(h.value().rows);
    }
    return out;
}

std::function<Result<QueryTable>(int)> ModelAnalytics::trafficChunks()
{
    struct State
    {
        // The last row read; at first before any (empty, not null: a null would compare as unknown).
        QString site = QStringLiteral(""), week = QStringLiteral("");
        double previous = -1, best = -1; // of that site, as traffic() carries them
    };
    auto state = std::make_shared<State>();
    Store *store = &m_store;
    return [store, state](int count) -> Result<QueryTable> {
        auto t = selectTable(*store, store->text(BriefQueries::trafficChunk),
                             {QStringLiteral("site"), QStringLiteral("category"), QStringLiteral("region"), QStringLiteral("week_start"),
                              QStringLiteral("week_end"), QStringLiteral("visits"), QStringLiteral("note"), QStringLiteral("source"),
                              QStringLiteral("confidence"), QStringLiteral("confidence_note"), QStringLiteral("inferred_fields")},
                             {state->site, state->week, count});
        if (!t)
            return t;
        QueryTable out{t.value().columns, {}};
        out.columns << QStringLiteral("wow_pct") << QStringLiteral("all_time_high");
        for (const QVariantList &row : t.value().rows) {
            if (row.value(0).toString() != state->site)
                state->previous = state->best = -1;
            state->site = row.value(0).toString();
            state->week = row.value(3).toString();
            QVariantList r = row;
            const bool has = !row.value(5).isNull();
            const double visits = row.value(5).toDouble();
            r << (has && state->previous > 0 ? QVariant((visits / state->previous - 1.0) * 100.0) : QVariant());
            r << ((has && visits > state->best && state->best >= 0) || row.value(6).toString().contains(QStringLiteral("历史新高")));
            if (has) {
                state->previous = visits;
                state->best = std::max(state->best, visits);
            }
            out.rows.append(r);
        }
        return out;
    };
}

Result<QueryTable> ModelAnalytics::downloads()
{
    return select(QStringLiteral("SELECT d.app, a.vendor, d.month, d.platform, d.downloads, d.partial, d.cumulative, d.note, d.source, "
                                 "d.confidence, d.confidence_note, d.inferred_fields FROM app_download d JOIN app a ON a.name = d.app ORDER BY d.app, d.month"),
                  {QStringLiteral("app"), QStringLiteral("vendor"), QStringLiteral("month"), QStringLiteral("platform"),
                   QStringLiteral("downloads"), QStringLiteral("partial"), QStringLiteral("cumulative"), QStringLiteral("note"),
                   QStringLiteral("source"), QStringLiteral("confidence"), QStringLiteral("confidence_note"), QStringLiteral("inferred_fields")});
}

Result<QueryTable> ModelAnalytics::metrics()
{
    return select(QStringLiteral("SELECT subject, name, as_of, value, unit, note, source, subject_en FROM metric ORDER BY subject, name, as_of"),
                  {QStringLiteral("subject"), QStringLiteral("name"), QStringLiteral("as_of"), QStringLiteral("value"),
                   QStringLiteral("unit"), QStringLiteral("note"), QStringLiteral("source"), QStringLiteral("subject_en")});
}

} // namespace zhisuan::db
