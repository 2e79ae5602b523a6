#include "computeanalytics.h"

#include "store.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace zhisuan::db {

QStringList ComputeAnalytics::views()
{
    return {QStringLiteral("centres"), QStringLiteral("province-capacity"), QStringLiteral("unplaced-centres"),
            QStringLiteral("chips"), QStringLiteral("chip-efficiency")};
}

Result<QueryTable> ComputeAnalytics::view(const QString &name)
{
    if (name == QLatin1String("centres"))
        return centres();
    if (name == QLatin1String("province-capacity"))
        return provinceCapacity();
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
    return select(QStringLiteral("SELECT p.phase, p.label, p.value, p.unit, p.measure, p.pflops, p.precision, p.raw "
                                 "FROM centre_capacity_phase p JOIN compute_centre c ON c.id = p.centre_id WHERE c.name = ? ORDER BY p.seq"),
                  {QStringLiteral("phase"), QStringLiteral("label"), QStringLiteral("value"), QStringLiteral("unit"),
                   QStringLiteral("measure"), QStringLiteral("pflops"), QStringLiteral("precision"), QStringLiteral("raw")},
                  {centreName});
}

Result<QueryTable> ComputeAnalytics::select(const QString &sql, const QStringList &columns, const QVariantList &binds)
{
    return selectTable(m_store, sql, columns, binds);
}

Result<QueryTable> ComputeAnalytics::centres()
{
    return select(QStringLiteral("SELECT name, operator, province, city, location, capacity_text, capacity_kind, "
                                 "current_pflops, planned_pflops, precision, ecosystem, status, accelerators, place_note, source "
                                 "FROM compute_centre ORDER BY province, city, name"),
                  {QStringLiteral("name"), QStringLiteral("operator"), QStringLiteral("province"), QStringLiteral("city"),
                   QStringLiteral("location"), QStringLiteral("capacity_text"), QStringLiteral("capacity_kind"),
                   QStringLiteral("current_pflops"), QStringLiteral("planned_pflops"), QStringLiteral("precision"),
                   QStringLiteral("ecosystem"), QStringLiteral("status"), QStringLiteral("accelerators"),
                   QStringLiteral("place_note"), QStringLiteral("source")});
}

Result<QueryTable> ComputeAnalytics::provinceCapacity()
{
    // Current: what runs today; planned: the stated final size (for a centre without a plan, its current size).
    return select(QStringLiteral("SELECT province, COUNT(*), SUM(COALESCE(current_pflops, 0)), "
                                 "SUM(COALESCE(planned_pflops, current_pflops, 0)), "
                                 "SUM(capacity_kind != 'parsed') FROM compute_centre WHERE province IS NOT NULL "
                                 "GROUP BY province ORDER BY 3 DESC, 4 DESC, province"),
                  {QStringLiteral("province"), QStringLiteral("centres"), QStringLiteral("current_pflops"),
                   QStringLiteral("planned_pflops"), QStringLiteral("centres_without_figure")});
}

Result<QueryTable> ComputeAnalytics::unplacedCentres()
{
    return select(QStringLiteral("SELECT name, operator, location, source FROM compute_centre WHERE city IS NULL ORDER BY name"),
                  {QStringLiteral("name"), QStringLiteral("operator"), QStringLiteral("location"), QStringLiteral("source")});
}

Result<QueryTable> ComputeAnalytics::chips()
{
    return select(QStringLiteral("SELECT vendor, model, domestic, use, process, int8_tops, fp16_tflops, fp32_tflops, fp64_tflops, "
                                 "tdp_w, bandwidth_gbs, memory_gb, source FROM chip ORDER BY domestic DESC, vendor, model"),
                  {QStringLiteral("vendor"), QStringLiteral("model"), QStringLiteral("domestic"), QStringLiteral("use"),
                   QStringLiteral("process"), QStringLiteral("int8_tops"), QStringLiteral("fp16_tflops"),
                   QStringLiteral("fp32_tflops"), QStringLiteral("fp64_tflops"), QStringLiteral("tdp_w"),
                   QStringLiteral("bandwidth_gbs"), QStringLiteral("memory_gb"), QStringLiteral("source")});
}

Result<QueryTable> ComputeAnalytics::chipEfficiency()
{
    // Every chip with an FP16 figure and a TDP, against every FP16-efficiency threshold in the store.
    return select(QStringLiteral("SELECT c.vendor, c.model, c.domestic, c.fp16_tflops, c.tdp_w, "
                                 "c.fp16_tflops / c.tdp_w AS efficiency, t.name, t.min_value, "
                                 "CASE WHEN c.fp16_tflops / c.tdp_w >= t.min_value THEN 'pass' ELSE 'fail' END, t.policy "
                                 "FROM chip c CROSS JOIN efficiency_threshold t "
                                 "WHERE t.metric = 'fp16_tflops_per_w' AND c.fp16_tflops IS NOT NULL AND c.tdp_w > 0 "
                                 "ORDER BY efficiency DESC"),
                  {QStringLiteral("vendor"), QStringLiteral("model"), QStringLiteral("domestic"), QStringLiteral("fp16_tflops"),
                   QStringLiteral("tdp_w"), QStringLiteral("tflops_per_w"), QStringLiteral("threshold"),
                   QStringLiteral("threshold_tflops_per_w"), QStringLiteral("verdict"), QStringLiteral("policy")});
}

} // namespace zhisuan::db
