#include "importkind.h"

#include "capacityparser.h"
#include "kindfamilies.h"

// The registry of kinds: every kind the family files declare (kindfamilies.h), in the order the wizard lists them and
// header detection breaks ties, and the data derived from a row that a rollback must rebuild.
namespace zhisuan::db {
namespace {

QList<ImportKind> buildKinds()
{
    return {organisationsKind(), centresKind(), aiChipsKind(), policyThresholdsKind(), aiModelsKind(), modelReleasesKind(), benchmarkScoresKind(), benchmarkTableKind(), apiPricesKind(), websitesKind(), websiteVisitsKind(), appsKind(), appDownloadsKind(), securitiesKind(), dailyBarsKind(), periodReturnsKind(), keyStockTableKind(), reportFiguresKind(), lockupExpiriesKind(), eventsKind(), metricsOverTimeKind()};
}

} // namespace

const QList<ImportKind> &ImportKindRegistry::all()
{
    static const QList<ImportKind> kinds = buildKinds();
    return kinds;
}

Result<void> ImportKindRegistry::rederive(UpsertWriter &writer, const QString &table, qint64 rowId)
{
    if (table != QLatin1String("compute_centre"))
        return {};
    // The restored capacity text and status decide the phases again.
    auto row = writer.queryRow("SELECT capacity_text, status FROM compute_centre WHERE rowid=?", {Value(rowId)});
    if (!row)
        return row.error();
    if (row.value().empty())
        return {}; // the centre is gone; its phases went with it (ON DELETE CASCADE)
    const auto parsed = CapacityParser::parse(valueToString(row.value()[0]),
                                              CapacityParser::statusFromCode(valueToString(row.value()[1])));
    return writeCentrePhases(writer, rowId, parsed, true);
}

Result<void> ImportKindRegistry::rederiveAll(UpsertWriter &writer, const QString &table)
{
    if (table != QLatin1String("compute_centre"))
        return {};
    QList<qint64> ids;
    for (qint64 after = 0;;) {
        auto row = writer.queryRow("SELECT MIN(id) FROM compute_centre WHERE id > ?", {Value(after)});
        if (!row)
            return row.error();
        if (row.value().empty() || isMissing(row.value()[0]))
            break;
        after = std::get<qint64>(row.value()[0]);
        ids << after;
    }
    for (qint64 id : std::as_const(ids))
        if (auto r = rederive(writer, table, id); !r)
            return r;
    return {};
}

} // namespace zhisuan::db
