#include "kindfamilies.h"

#include "capacityparser.h"
#include "kindbuilder.h"
#include "placeresolver.h"

// Kinds of the compute build-out: intelligent-computing centres (with their capacity text parsed into phases), AI
// chips and the policy thresholds centres are measured against.
namespace zhisuan::db {
using namespace kinds;

// Writes the capacity phases and the per-measure, per-precision totals parsed from a centre's text (derived data,
// rebuilt on every change). With updateCentre, the centre's headline columns too (after a rollback restored its
// text, or for a store made before the totals existed).
Result<void> writeCentrePhases(UpsertWriter &w, qint64 centreId, const CapacityParser::Result &parsed, bool updateCentre)
{
    if (auto r = w.exec("DELETE FROM centre_capacity_phase WHERE centre_id=?", {Value(centreId)}); !r)
        return r;
    qint64 seq = 0;
    for (const auto &p : parsed.phases) {
        const QString precision = p.precision.isEmpty() ? parsed.precision : p.precision;
        auto r = w.exec("INSERT INTO centre_capacity_phase(centre_id,seq,phase,label,value,unit,measure,pflops,precision,raw) "
                        "VALUES(?,?,?,?,?,?,?,?,?,?)",
                        {Value(centreId), Value(++seq), Value(QByteArray(p.planned ? "planned" : "current")),
                         p.label.isEmpty() ? Value() : Value(p.label.toUtf8()), Value(p.value), Value(p.unit.toUtf8()),
                         Value(p.measure.toUtf8()), Value(p.pflops),
                         precision.isEmpty() ? Value() : Value(precision.toUtf8()), Value(p.raw.toUtf8())});
        if (!r)
            return r;
    }
    if (auto r = w.exec("DELETE FROM centre_capacity_total WHERE centre_id=?", {Value(centreId)}); !r)
        return r;
    auto optional = [](const std::optional<double> &v) { return v ? Value(*v) : Value(); };
    bool first = true;
    for (const auto &t : parsed.totals) {
        const bool headline = first && t.measure == QLatin1String("FLOPS");
        first = false;
        auto r = w.exec("INSERT INTO centre_capacity_total(centre_id,measure,precision,current,planned,headline) VALUES(?,?,?,?,?,?)",
                        {Value(centreId), Value(t.measure.toUtf8()), Value(t.precision.toUtf8()), optional(t.current),
                         optional(t.planned), Value(qint64(headline ? 1 : 0))});
        if (!r)
            return r;
    }
    if (updateCentre) {
        auto r = w.exec("UPDATE compute_centre SET capacity_kind=?, current_pflops=?, planned_pflops=?, capacity_precision=?, "
                        "current_pops=?, planned_pops=? WHERE id=?",
                        {Value(CapacityParser::kindCode(parsed.kind).toUtf8()), optional(parsed.currentPflops),
                         optional(parsed.plannedPflops),
                         parsed.headlinePrecision.isEmpty() ? Value() : Value(parsed.headlinePrecision.toUtf8()),
                         optional(parsed.currentPops), optional(parsed.plannedPops), Value(centreId)});
        if (!r)
            return r;
    }
    return {};
}

// Intelligent-computing centres (智算中心), with the capacity text parsed into phases.
ImportKind centresKind()
{
    KindBuilder b(QStringLiteral("centres"), QT_TRANSLATE_NOOP("ImportKind", "Compute centres"));
    const int name = b.add(QStringLiteral("name"), T, true, {QStringLiteral("中心名称"), QStringLiteral("名称"), QStringLiteral("智算中心")});
    const int nameEn = b.english(QStringLiteral("name_en"));
    const int op = b.add(QStringLiteral("operator"), T, false, {QStringLiteral("合作方"), QStringLiteral("运营方"), QStringLiteral("建设方"), QStringLiteral("运营商")});
    const int location = b.add(QStringLiteral("location"), T, false, {QStringLiteral("地域"), QStringLiteral("地点"), QStringLiteral("所在地"), QStringLiteral("位置")});
    const int province = b.add(QStringLiteral("province"), T, false, {QStringLiteral("省份"), QStringLiteral("省")});
    const int city = b.add(QStringLiteral("city"), T, false, {QStringLiteral("城市"), QStringLiteral("市")});
    const int capacity = b.add(QStringLiteral("capacity_text"), T, false, {QStringLiteral("算力"), QStringLiteral("算力规模"), QStringLiteral("capacity")});
    const int precision = b.add(QStringLiteral("precision"), T, false, {QStringLiteral("精度")});
    const int ecosystem = b.choice(QStringLiteral("ecosystem"), false,
                                   {{QStringLiteral("ascend"), {QStringLiteral("昇腾"), QStringLiteral("华为昇腾"), QStringLiteral("ascend")}},
                                    {QStringLiteral("hygon"), {QStringLiteral("海光"), QStringLiteral("hygon")}},
                                    {QStringLiteral("cambricon"), {QStringLiteral("寒武纪"), QStringLiteral("cambricon")}},
                                    {QStringLiteral("nvidia"), {QStringLiteral("英伟达"), QStringLiteral("nvidia")}},
                                    {QStringLiteral("kunlun"), {QStringLiteral("昆仑芯"), QStringLiteral("kunlun")}},
                                    {QStringLiteral("mixed"), {QStringLiteral("混合"), QStringLiteral("多元"), QStringLiteral("mixed")}},
                                    {QStringLiteral("other"), {QStringLiteral("其他"), QStringLiteral("other")}}},
                                   {QStringLiteral("芯片生态"), QStringLiteral("生态")});
    const int accelerators = b.add(QStringLiteral("accelerators"), FieldType::Integer, false, {QStringLiteral("加速卡数量"), QStringLiteral("加速卡")});
    const int status = b.choice(QStringLiteral("status"), false,
                                {{QStringLiteral("operational"), {QStringLiteral("已建成"), QStringLiteral("建成"), QStringLiteral("已投运"), QStringLiteral("投运"), QStringLiteral("运营中"), QStringLiteral("operational")}},
                                 {QStringLiteral("partial"), {QStringLiteral("部分建成"), QStringLiteral("部分投运"), QStringLiteral("partial")}},
                                 {QStringLiteral("construction"), {QStringLiteral("建设中"), QStringLiteral("在建"), QStringLiteral("construction")}},
                                 {QStringLiteral("planned"), {QStringLiteral("规划中"), QStringLiteral("计划"), QStringLiteral("planned")}}},
                                {QStringLiteral("建设情况"), QStringLiteral("状态")});
    const int opened = b.add(QStringLiteral("opened_on"), FieldType::Date, false, {QStringLiteral("投运日期"), QStringLiteral("投用日期")});
    const int note = b.add(QStringLiteral("note"), T, false, {QStringLiteral("备注")});
    const auto trust = b.trust(true);
    const int confidence = trust[0], confidenceNote = trust[1], inferredFields = trust[2], asOf = trust[3];
    const int source = b.source();
    ImportKind &k = b.kind();
    k.table = QStringLiteral("compute_centre");
    k.write = [=](const ImportRecord &r, UpsertWriter &w) -> Result<Outcome> {
        if (!isMissing(r[op])) {
            auto p = w.upsert("organisation", {Cell{"name", r[op]}}, {Cell{"kind", QByteArray("operator")}},
                              UpsertWriter::Mode::FillOnly);
            if (!p)
                return p.error();
        }
        const QString text = valueToString(r[capacity]);
        const QString statusCode = valueToString(r[status]);
        const auto parsed = CapacityParser::parse(text, CapacityParser::statusFromCode(statusCode));
        Value precisionValue = r[precision];
        if (isMissing(precisionValue) && !parsed.precision.isEmpty())
            precisionValue = parsed.precision.toUtf8();
        // The city of the place as written (counties and districts through aliases); never guessed.
        Value provinceValue = r[province], cityValue = r[city], placeNote;
        if (isMissing(cityValue)) {
            const QString where = isMissing(r[location]) ? valueToString(r[name]) : valueToString(r[location]);
            if (const auto place = PlaceResolver::resolve(where)) {
                cityValue = place->city.toUtf8();
                if (isMissing(provinceValue))
                    provinceValue = place->province.toUtf8();
                if (!place->note.isEmpty())
                    placeNote = place->note.toUtf8();
            }
        }
        qint64 id = 0;
        auto res = w.upsert("compute_centre", {Cell{"name", r[name]}},
                            {Cell{"name_en", r[nameEn]}, Cell{"operator", r[op]}, Cell{"location", r[location]}, Cell{"province", provinceValue},
                             Cell{"city", cityValue}, Cell{"place_note", placeNote}, Cell{"capacity_text", r[capacity]},
                             Cell{"capacity_kind", CapacityParser::kindCode(parsed.kind).toUtf8()},
                             Cell{"current_pflops", parsed.currentPflops ? Value(*parsed.currentPflops) : Value()},
                             Cell{"planned_pflops", parsed.plannedPflops ? Value(*parsed.plannedPflops) : Value()},
                             Cell{"capacity_precision", parsed.headlinePrecision.isEmpty() ? Value() : Value(parsed.headlinePrecision.toUtf8())},
                             Cell{"current_pops", parsed.currentPops ? Value(*parsed.currentPops) : Value()},
                             Cell{"planned_pops", parsed.plannedPops ? Value(*parsed.plannedPops) : Value()},
                             Cell{"precision", precisionValue}, Cell{"ecosystem", r[ecosystem]},
                             Cell{"accelerators", r[accelerators]}, Cell{"status", r[status]},
                             Cell{"opened_on", r[opened]}, Cell{"note", r[note]}, Cell{"confidence", r[confidence]},
                             Cell{"confidence_note", r[confidenceNote]}, Cell{"inferred_fields", r[inferredFields]},
                             Cell{"as_of", r[asOf]}, Cell{"source", r[source]}},
                            UpsertWriter::Mode::Authoritative, &id);
        if (!res)
            return res;
        if (res.value() != Outcome::Unchanged)
            if (auto ph = writeCentrePhases(w, id, parsed); !ph)
                return ph.error();
        return res;
    };
    return k;
}

// AI chips.
ImportKind aiChipsKind()
{
    KindBuilder b(QStringLiteral("chips"), QT_TRANSLATE_NOOP("ImportKind", "AI chips"));
    const int vendor = b.add(QStringLiteral("vendor"), T, true, {QStringLiteral("公司"), QStringLiteral("厂商")});
    const int model = b.add(QStringLiteral("model"), T, true, {QStringLiteral("型号"), QStringLiteral("芯片")});
    const int use = b.add(QStringLiteral("use"), T, false, {QStringLiteral("场景"), QStringLiteral("用途")});
    const int process = b.add(QStringLiteral("process"), T, false, {QStringLiteral("生产工艺"), QStringLiteral("工艺")});
    const int int8 = b.add(QStringLiteral("int8_tops"), R, false, {QStringLiteral("INT8算力"), QStringLiteral("INT8算力(TOPS)")});
    const int fp16 = b.add(QStringLiteral("fp16_tflops"), R, false, {QStringLiteral("FP16算力"), QStringLiteral("FP16算力(TFLOPS)")});
    const int fp32 = b.add(QStringLiteral("fp32_tflops"), R, false, {QStringLiteral("FP32算力"), QStringLiteral("FP32算力(TFLOPS)")});
    const int fp64 = b.add(QStringLiteral("fp64_tflops"), R, false, {QStringLiteral("FP64算力"), QStringLiteral("FP64算力(TFLOPS)")});
    const int tdp = b.add(QStringLiteral("tdp_w"), R, false, {QStringLiteral("最大功耗TDP"), QStringLiteral("功耗"), QStringLiteral("TDP(W)")});
    const int tdpText = b.add(QStringLiteral("tdp_text"), T, false, {QStringLiteral("功耗说明")});
    const int bw = b.add(QStringLiteral("bandwidth_gbs"), R, false, {QStringLiteral("显存带宽GB/s"), QStringLiteral("显存带宽")});
    const int mem = b.add(QStringLiteral("memory_gb"), R, false, {QStringLiteral("显存(GB)"), QStringLiteral("显存")});
    const int domestic = b.add(QStringLiteral("domestic"), FieldType::Bool, false, {QStringLiteral("国产")});
    const int basis = b.choice(QStringLiteral("fp16_basis"), false,
                               {{QStringLiteral("dense"), {QStringLiteral("稠密"), QStringLiteral("dense")}},
                                {QStringLiteral("sparse"), {QStringLiteral("稀疏"), QStringLiteral("sparse")}},
                                {QStringLiteral("tops"), {QStringLiteral("TOPS"), QStringLiteral("tops")}}},
                               {QStringLiteral("FP16口径")});
    const int note = b.add(QStringLiteral("note"), T, false, {QStringLiteral("备注")});
    const auto trust = b.trust(true);
    const int confidence = trust[0], confidenceNote = trust[1], inferredFields = trust[2], asOf = trust[3];
    const int source = b.source();
    b.writeTable("chip", {vendor, model}, {use, process, int8, fp16, basis, fp32, fp64, tdp, tdpText, bw, mem, domestic, note,
                                           confidence, confidenceNote, inferredFields, asOf, source},
                 {Parent{vendor, "organisation", "name", {}, {{"kind", QByteArray("vendor")}}}});
    return b.kind();
}

// Policy thresholds (energy efficiency rules).
ImportKind policyThresholdsKind()
{
    KindBuilder b(QStringLiteral("thresholds"), QT_TRANSLATE_NOOP("ImportKind", "Policy thresholds"));
    const int name = b.add(QStringLiteral("name"), T, true, {QStringLiteral("名称")});
    const int metric = b.add(QStringLiteral("metric"), T, true, {QStringLiteral("指标")});
    const int min = b.add(QStringLiteral("min_value"), R, true, {QStringLiteral("门槛值"), QStringLiteral("阈值")});
    const int policy = b.add(QStringLiteral("policy"), T, false, {QStringLiteral("政策")});
    const int eff = b.add(QStringLiteral("effective_on"), FieldType::Date, false, {QStringLiteral("生效日期")});
    const int note = b.add(QStringLiteral("note"), T, false, {QStringLiteral("备注")});
    const auto trust = b.trust(true);
    const int source = b.source();
    b.writeTable("efficiency_threshold", {name}, KindBuilder::plus({metric, min, policy, eff, note, source}, trust));
    return b.kind();
}

} // namespace zhisuan::db
