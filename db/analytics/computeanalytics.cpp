#include "computeanalytics.h"

#include "localnames.h"

#include "sqldialect.h"
#include "store.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace zhisuan::db {

QStringList ComputeAnalytics::views()
{
    return {QStringLiteral("centres"), QStringLiteral("province-capacity"), QStringLiteral("capacity-totals"),
            QStringLiteral("unplaced-centres"), QStringLiteral("chips"), QStringLiteral("chip-efficiency")};
}

Result<QueryTable> ComputeAnalytics::view(const QString &name)
{
    if (name == QLatin1String("centres"))
        return centres();
    if (name == QLatin1String("province-capacity"))
        return provinceCapacity();
    if (name == QLatin1String("capacity-totals"))
        return capacityTotals();
    if (name == QLatin1String("unplaced-centres"))
        return unplacedCentres();
    if (name == QLatin1String("chips"))
        return chips();
    if (name == QLatin1String("chip-efficiency"))
        return chipEfficiency();
    return Error{QStringLiteral("view"),
                 QCoreApplication::translate("ComputeAnalytics", "unknown view “%1”; expected one of %2")
                     .arg(name, views().join(QStringLiteral(", "))),
                 {}};
}

Result<QueryTable> ComputeAnalytics::phases(const QString &centreName)
{
    // A phase is parsed from its centre's capacity text: it carries that row's source and date.
    return select(QStringLiteral("SELECT p.phase, p.label, p.value, p.unit, p.measure, p.pflops, p.precision, p.raw, c.source, c.as_of "
                                 "FROM centre_capacity_phase p JOIN compute_centre c ON c.id = p.centre_id WHERE c.name = ? ORDER BY p.seq"),
                  {QStringLiteral("phase"), QStringLiteral("label"), QStringLiteral("value"), QStringLiteral("unit"),
                   QStringLiteral("measure"), QStringLiteral("pflops"), QStringLiteral("precision"), QStringLiteral("raw"),
                   QStringLiteral("source"), QStringLiteral("as_of")},
                  {centreName});
}

Result<QueryTable> ComputeAnalytics::select(const QString &sql, const QStringList &columns, const QVariantList &binds)
{
    return selectTable(m_store, sql, columns, binds);
}

Result<QueryTable> ComputeAnalytics::centres()
{
    // The operator's English name from the organisations table (阿里云 → Alibaba Cloud), by a join on its unique
    // name: as a subquery per centre PostgreSQL scanned the organisations once per row (10k centres: 49 → 17 ms).
    return select(QStringLiteral("SELECT c.name, c.operator, c.province, c.city, c.location, c.capacity_text, c.capacity_kind, "
                                 "c.current_pflops, c.planned_pflops, c.capacity_precision, c.current_pops, c.planned_pops, c.precision, "
                                 "c.ecosystem, c.status, c.accelerators, c.place_note, c.confidence, c.confidence_note, c.inferred_fields, "
                                 "c.as_of, c.source, o.name_en, c.name_en "
                                 "FROM compute_centre c LEFT JOIN organisation o ON o.name = c.operator ORDER BY c.province, c.city, c.name"),
                  {QStringLiteral("name"), QStringLiteral("operator"), QStringLiteral("province"), QStringLiteral("city"),
                   QStringLiteral("location"), QStringLiteral("capacity_text"), QStringLiteral("capacity_kind"),
                   QStringLiteral("current_pflops"), QStringLiteral("planned_pflops"), QStringLiteral("capacity_precision"),
                   QStringLiteral("current_pops"), QStringLiteral("planned_pops"), QStringLiteral("precision"),
                   QStringLiteral("ecosystem"), QStringLiteral("status"), QStringLiteral("accelerators"),
                   QStringLiteral("place_note"), QStringLiteral("confidence"), QStringLiteral("confidence_note"),
                   QStringLiteral("inferred_fields"), QStringLiteral("as_of"), QStringLiteral("source"), QStringLiteral("operator_en"),
                   QStringLiteral("name_en")});
}

Result<QueryTable> ComputeAnalytics::provinceCapacity()
{
    // Current: what runs today; planned: the stated final size (for a centre without a plan, its current size).
    // PFLOPS are each centre's headline (FLOPS at one precision: its FP64 figures are not added to its FP16 ones);
    // OPS are summed apart and never converted; pflops_precisions says which precisions the PFLOPS add up.
    return select(QStringLiteral(
                      "WITH p AS (SELECT c.province, c.current_pflops, c.planned_pflops, c.current_pops, c.planned_pops, "
                      "  c.capacity_kind, COALESCE(NULLIF(c.capacity_precision, ''), 'unspecified') AS precision "
                      "  FROM compute_centre c WHERE c.province IS NOT NULL) "
                      "SELECT province, COUNT(*), SUM(COALESCE(current_pflops, 0.0)), "
                      "SUM(COALESCE(planned_pflops, current_pflops, 0.0)), SUM(COALESCE(current_pops, 0.0)), "
                      "SUM(COALESCE(planned_pops, current_pops, 0.0)), "
                      "(SELECT %1 FROM (SELECT DISTINCT q.precision FROM p q WHERE q.province = p.province "
                      "   AND (q.current_pflops IS NOT NULL OR q.planned_pflops IS NOT NULL) ORDER BY 1) AS d), "
                      "SUM(CASE WHEN capacity_kind != 'parsed' THEN 1 ELSE 0 END) FROM p GROUP BY province "
                      "ORDER BY 3 DESC, 4 DESC, province")
                      .arg(SqlDialect::joinedText(m_store, QStringLiteral("d.precision"), QStringLiteral("', '"), QStringLiteral("d.precision"))),
                  {QStringLiteral("province"), QStringLiteral("centres"), QStringLiteral("current_pflops"),
                   QStringLiteral("planned_pflops"), QStringLiteral("current_pops"), QStringLiteral("planned_pops"),
                   QStringLiteral("pflops_precisions"), QStringLiteral("centres_without_figure")});
}

Result<QueryTable> ComputeAnalytics::capacityTotals()
{
    // Every measure × precision, nationally: the headline figures that totals add, and the secondary ones
    // (宁波's FP64 beside its FP16) that they never add, each with its centres.
    return select(QStringLiteral(
                      "SELECT t.measure, COALESCE(NULLIF(t.precision, ''), 'unspecified'), "
                      "CASE WHEN t.headline = 1 OR t.measure = 'OPS' THEN 'counted' ELSE 'secondary' END, COUNT(*), "
                      "SUM(COALESCE(t.current, 0.0)), SUM(COALESCE(t.planned, t.current, 0.0)), "
                      "SUM(CASE WHEN c.confidence = 'inferred' THEN 1 ELSE 0 END), %1 "
                      "FROM centre_capacity_total t JOIN compute_centre c ON c.id = t.centre_id "
                      "GROUP BY 1, 2, 3 ORDER BY 3, 1, 5 DESC")
                      .arg(SqlDialect::joinedText(m_store, QStringLiteral("c.name"), QStringLiteral("'、'"), QStringLiteral("t.centre_id"))),
                  {QStringLiteral("measure"), QStringLiteral("precision"), QStringLiteral("role"), QStringLiteral("centres"),
                   QStringLiteral("current"), QStringLiteral("planned"), QStringLiteral("inferred_centres"),
                   QStringLiteral("names")});
}

Result<QueryTable> ComputeAnalytics::centresOfWeek(const QString &from, const QString &to)
{
    // Opened this week, or written by an import made this week (new rows and corrections alike); loading the
    // starter dataset is not news.
    const QString importedOn = SqlDialect::dateOf(m_store, QStringLiteral("b.imported_at"));
    return select(QStringLiteral("SELECT c.opened_on, %1, c.name, c.operator, c.province, c.city, "
                                 "c.current_pflops, c.planned_pflops, c.status, c.source, "
                                 "(SELECT o.name_en FROM organisation o WHERE o.name = c.operator), c.name_en, c.as_of FROM compute_centre c "
                                 "LEFT JOIN import_batch b ON b.id = c.batch_id AND b.rolled_back_at IS NULL "
                                 "AND b.file_name NOT LIKE 'starter/%' "
                                 "WHERE c.opened_on BETWEEN ? AND ? OR %1 BETWEEN ? AND ? "
                                 "ORDER BY COALESCE(c.opened_on, b.imported_at), c.name")
                      .arg(importedOn),
                  {QStringLiteral("opened_on"), QStringLiteral("imported_on"), QStringLiteral("name"),
                   QStringLiteral("operator"), QStringLiteral("province"), QStringLiteral("city"),
                   QStringLiteral("current_pflops"), QStringLiteral("planned_pflops"), QStringLiteral("status"),
                   QStringLiteral("source"), QStringLiteral("operator_en"), QStringLiteral("name_en"), QStringLiteral("as_of")},
                  {from, to, from, to});
}

Result<QueryTable> ComputeAnalytics::unplacedCentres()
{
    return select(QStringLiteral("SELECT name, operator, location, source FROM compute_centre WHERE city IS NULL ORDER BY name"),
                  {QStringLiteral("name"), QStringLiteral("operator"), QStringLiteral("location"), QStringLiteral("source")});
}

Result<QueryTable> ComputeAnalytics::chips()
{
    // vendor_en is the vendor's English name from the organisations table (华为 → Huawei); model_en the chip's
    // English product name (昇腾910 → Ascend 910), or the model as stored. The pages pick one by locale.
    Result<QueryTable> table =
        select(QStringLiteral("SELECT c.vendor, c.model, c.domestic, c.use, c.process, c.int8_tops, c.fp16_tflops, c.fp16_basis, "
                              "c.fp32_tflops, c.fp64_tflops, c.tdp_w, c.bandwidth_gbs, c.memory_gb, c.confidence, c.confidence_note, "
                              "c.inferred_fields, c.as_of, c.source, "
                              "(SELECT o.name_en FROM organisation o WHERE o.name = c.vendor) FROM chip c "
                              "ORDER BY c.domestic DESC, c.vendor, c.model"),
               {QStringLiteral("vendor"), QStringLiteral("model"), QStringLiteral("domestic"), QStringLiteral("use"),
                QStringLiteral("process"), QStringLiteral("int8_tops"), QStringLiteral("fp16_tflops"),
                QStringLiteral("fp16_basis"), QStringLiteral("fp32_tflops"), QStringLiteral("fp64_tflops"),
                QStringLiteral("tdp_w"), QStringLiteral("bandwidth_gbs"), QStringLiteral("memory_gb"),
                QStringLiteral("confidence"), QStringLiteral("confidence_note"), QStringLiteral("inferred_fields"),
                QStringLiteral("as_of"), QStringLiteral("source"), QStringLiteral("vendor_en")});
    if (!table)
        return table;
    QueryTable out = table.value();
    out.columns << QStringLiteral("model_en");
    const int model = out.column(QStringLiteral("model"));
    for (QVariantList &row : out.rows)
        row << LocalNames::chipEnglish(row.value(model).toString());
    return out;
}

Result<QueryTable> ComputeAnalytics::chipEfficiency()
{
    // Every chip with an FP16 figure and a TDP, against every FP16-efficiency threshold in the store. Only dense
    // FP16 is judged: a sparse figure (H100's 1,979) or a TOPS figure printed in the FP16 column (昇腾310's 8)
    // is shown, with its basis, and its verdict says why it is not judged.
    return select(QStringLiteral("SELECT c.vendor, c.model, c.domestic, c.fp16_tflops, COALESCE(c.fp16_basis, 'dense'), c.tdp_w, "
                                 "c.fp16_tflops / c.tdp_w AS efficiency, t.name, t.min_value, "
                                 "CASE WHEN COALESCE(c.fp16_basis, 'dense') = 'sparse' THEN 'not_judged_sparse' "
                                 "     WHEN c.fp16_basis = 'tops' THEN 'not_judged_tops' "
                                 "     WHEN c.fp16_tflops / c.tdp_w >= t.min_value THEN 'pass' ELSE 'fail' END, t.policy "
                                 "FROM chip c CROSS JOIN efficiency_threshold t "
                                 "WHERE t.metric = 'fp16_tflops_per_w' AND c.fp16_tflops IS NOT NULL AND c.tdp_w > 0 "
                                 "ORDER BY efficiency DESC, c.vendor, c.model, t.name"),
                  {QStringLiteral("vendor"), QStringLiteral("model"), QStringLiteral("domestic"), QStringLiteral("fp16_tflops"),
                   QStringLiteral("fp16_basis"), QStringLiteral("tdp_w"), QStringLiteral("tflops_per_w"), QStringLiteral("threshold"),
                   QStringLiteral("threshold_tflops_per_w"), QStringLiteral("verdict"), QStringLiteral("policy")});
}

} // namespace zhisuan::db
