#include "importkind.h"

#include "capacityparser.h"
#include "placeresolver.h"
#include "securitycodes.h"

#include <QCoreApplication>
#include <QDate>
#include <QRegularExpression>

#include <map>
#include <optional>

// The kinds of data the import knows, declared as data: each field's headers, type and quantity, and where a row
// is written. A new terminal shape is a vocabulary entry (exportheader.cpp, unitvocabulary.cpp, securitycodes.cpp);
// a new kind of data is a declaration here.
namespace zhisuan::db {
namespace {

using Outcome = UpsertWriter::Outcome;

struct Parent
{
    int field;                                   // the value that is the parent's key
    const char *table;
    const char *keyColumn;
    std::vector<std::pair<int, const char *>> extra; // more of the record's fields written to the parent
    std::vector<std::pair<const char *, QByteArray>> constants;
    // A security parent whose kind the code's family says (daily quotes of an index create an index, not a stock).
    bool familyKind = false;
};

QList<std::pair<QString, QStringList>> confidenceChoices()
{
    return {{QStringLiteral("reported"), {QStringLiteral("报告"), QStringLiteral("原文"), QStringLiteral("披露"), QStringLiteral("reported")}},
            {QStringLiteral("derived"), {QStringLiteral("推算"), QStringLiteral("计算"), QStringLiteral("derived")}},
            {QStringLiteral("inferred"), {QStringLiteral("推断"), QStringLiteral("inferred")}}};
}

class KindBuilder
{
public:
    KindBuilder(QString id, const char *title)
    {
        m_kind.id = std::move(id);
        m_kind.title = title;
    }

    int add(const QString &key, FieldType type, bool required, QStringList aliases, const QString &description = {},
            QList<HeaderAlias> scaled = {})
    {
        FieldSpec f;
        f.key = key;
        f.type = type;
        f.required = required;
        f.description = description;
        f.aliases.append(HeaderAlias{key, 0});
        for (const QString &a : aliases)
            f.aliases.append(HeaderAlias{a, 0});
        f.aliases.append(scaled);
        m_kind.fields.append(f);
        return int(m_kind.fields.size() - 1);
    }

    int choice(const QString &key, bool required, QList<std::pair<QString, QStringList>> choices, QStringList aliases,
               const QString &description = {})
    {
        const int i = add(key, FieldType::Choice, required, aliases, description);
        m_kind.fields[i].choices = std::move(choices);
        return i;
    }

    ImportKind &kind() { return m_kind; }

    // A number field's quantity, so that units in its header and cells are understood (UnitVocabulary).
    void measure(std::initializer_list<int> fields, Quantity quantity, bool nonNegative = false)
    {
        for (int f : fields) {
            m_kind.fields[f].quantity = quantity;
            m_kind.fields[f].nonNegative = m_kind.fields[f].nonNegative || nonNegative;
        }
    }
    // The security a row is about: bare codes are resolved with `name`; `kind` (if any) is checked against the family.
    void security(int code, int name, int kind = -1)
    {
        m_kind.codeField = code;
        m_kind.nameField = name;
        m_kind.securityKindField = kind;
    }

    // confidence, confidence_note, inferred_fields (and as_of for tables with no date of their own): every fact
    // says how far it can be trusted and when it was stated. Returns the field indices to write, in that order.
    std::vector<int> trust(bool withAsOf = false)
    {
        m_kind.confidence = choice(QStringLiteral("confidence"), false, confidenceChoices(), {QStringLiteral("可信度"), QStringLiteral("置信度")});
        m_kind.confidenceNote = add(QStringLiteral("confidence_note"), FieldType::Text, false, {QStringLiteral("推断依据"), QStringLiteral("可信度说明")});
        m_kind.inferredFields = add(QStringLiteral("inferred_fields"), FieldType::Text, false, {QStringLiteral("推断字段")});
        std::vector<int> out{m_kind.confidence, m_kind.confidenceNote, m_kind.inferredFields};
        if (withAsOf)
            out.push_back(add(QStringLiteral("as_of"), FieldType::Date, false, {QStringLiteral("数据日期"), QStringLiteral("截至日期")}));
        return out;
    }

    // The usual writer: one row into `table` by natural key, after the parents it refers to.
    void writeTable(const char *table, std::vector<int> keyFields, std::vector<int> valueFields,
                    std::vector<Parent> parents = {})
    {
        m_kind.table = QString::fromLatin1(table);
        m_kind.oneRowPerRecord = true;
        std::vector<QByteArray> columns;
        for (const FieldSpec &f : std::as_const(m_kind.fields))
            columns.push_back(f.key.toLatin1());
        m_kind.write = [table, keyFields, valueFields, parents, columns](const ImportRecord &r,
                                                                          UpsertWriter &w) -> Result<Outcome> {
            // Reused across rows: this lambda runs once per line of files with millions of lines.
            thread_local std::vector<Cell> parentKey, pv, key, values;
            for (const Parent &p : parents) {
                if (isMissing(r[p.field]))
                    continue;
                parentKey.assign({Cell{p.keyColumn, r[p.field]}});
                pv.clear();
                for (const auto &[field, column] : p.extra)
                    pv.push_back(Cell{column, r[field]});
                for (const auto &[column, value] : p.constants)
                    pv.push_back(Cell{column, value});
                if (p.familyKind)
                    if (const auto *code = std::get_if<QByteArray>(&r[p.field]))
                        pv.push_back(Cell{"kind", Value(securityKindCode(SecurityCodes::kindOf(*code)))});
                auto res = w.upsert(p.table, parentKey, pv, UpsertWriter::Mode::FillOnly);
                if (!res)
                    return res.error();
            }
            key.clear();
            values.clear();
            for (int f : keyFields)
                key.push_back(Cell{columns[size_t(f)].constData(), r[f]});
            for (int f : valueFields)
                values.push_back(Cell{columns[size_t(f)].constData(), r[f]});
            return w.upsert(table, key, values);
        };
    }

private:
    ImportKind m_kind;
};

const QList<std::pair<QString, QStringList>> regionChoices{
    {QStringLiteral("domestic"), {QStringLiteral("国内"), QStringLiteral("境内"), QStringLiteral("中国"), QStringLiteral("domestic"), QStringLiteral("cn")}},
    {QStringLiteral("overseas"), {QStringLiteral("海外"), QStringLiteral("境外"), QStringLiteral("国外"), QStringLiteral("overseas"), QStringLiteral("foreign")}},
};

QStringList sourceAliases() { return {QStringLiteral("来源"), QStringLiteral("资料来源"), QStringLiteral("数据来源")}; }

Result<Outcome> combine(Outcome a, Outcome b)
{
    if (a == Outcome::Inserted || b == Outcome::Inserted)
        return Outcome::Inserted;
    if (a == Outcome::Updated || b == Outcome::Updated)
        return Outcome::Updated;
    return Outcome::Unchanged;
}

// Writes the capacity phases and the per-measure, per-precision totals parsed from a centre's text (derived data,
// rebuilt on every change). With updateCentre, the centre's headline columns too (after a rollback restored its
// text, or for a store made before the totals existed).
Result<void> writePhases(UpsertWriter &w, qint64 centreId, const CapacityParser::Result &parsed, bool updateCentre = false)
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

// The kind a security's code family says, for a security row a file implies (SecurityCodes).
Value securityKindOf(const Value &code)
{
    const auto *c = std::get_if<QByteArray>(&code);
    return c ? Value(securityKindCode(SecurityCodes::kindOf(*c))) : Value();
}

std::optional<double> number(const Value &v)
{
    if (const auto *d = std::get_if<double>(&v))
        return *d;
    if (const auto *i = std::get_if<qint64>(&v))
        return double(*i);
    return std::nullopt;
}

QString numberText(double d) { return QString::number(d, 'g', 12); }

// high ≥ low, for a pair of price fields.
void checkHighLow(const ImportRecord &r, int high, int low, QList<RowProblem> &out)
{
    const auto h = number(r[high]), l = number(r[low]);
    if (h && l && *h < *l)
        out.append({high, QCoreApplication::translate("ImportKind", "expected the high to be at least the low (%1), found %2")
                              .arg(numberText(*l), numberText(*h))});
}

// end ≥ start, for ISO date fields.
void checkDateOrder(const ImportRecord &r, int start, int end, QList<RowProblem> &out)
{
    const auto *s = std::get_if<QByteArray>(&r[start]);
    const auto *e = std::get_if<QByteArray>(&r[end]);
    if (s && e && *e < *s) // ISO dates compare as text
        out.append({end, QCoreApplication::translate("ImportKind", "expected an end date on or after the start (%1), found %2")
                             .arg(QString::fromLatin1(*s), QString::fromLatin1(*e))});
}

// A row's value fields followed by its trust fields (KindBuilder::trust).
std::vector<int> plus(std::vector<int> fields, const std::vector<int> &more)
{
    fields.insert(fields.end(), more.begin(), more.end());
    return fields;
}

constexpr auto T = FieldType::Text;
constexpr auto R = FieldType::Real;

const QList<std::pair<QString, QStringList>> modalityChoices{
    {QStringLiteral("text"), {QStringLiteral("文本"), QStringLiteral("语言"), QStringLiteral("text")}},
    {QStringLiteral("multimodal"), {QStringLiteral("多模态"), QStringLiteral("multimodal")}},
    {QStringLiteral("image"), {QStringLiteral("图像"), QStringLiteral("图片"), QStringLiteral("image")}},
    {QStringLiteral("video"), {QStringLiteral("视频"), QStringLiteral("video")}},
    {QStringLiteral("vision"), {QStringLiteral("视觉"), QStringLiteral("vision")}},
    {QStringLiteral("audio"), {QStringLiteral("音频"), QStringLiteral("语音"), QStringLiteral("audio")}},
    {QStringLiteral("code"), {QStringLiteral("代码"), QStringLiteral("code")}}};

const QList<std::pair<QString, QStringList>> siteCategories{
    {QStringLiteral("text"), {QStringLiteral("文本"), QStringLiteral("text")}},
    {QStringLiteral("image"), {QStringLiteral("图片"), QStringLiteral("图像"), QStringLiteral("image")}},
    {QStringLiteral("video"), {QStringLiteral("视频"), QStringLiteral("video")}},
    {QStringLiteral("search"), {QStringLiteral("搜索"), QStringLiteral("search")}},
    {QStringLiteral("other"), {QStringLiteral("其他"), QStringLiteral("other")}}};

const QStringList codeAliases{QStringLiteral("证券代码"), QStringLiteral("公司代码"), QStringLiteral("股票代码"), QStringLiteral("代码")};

const QStringList nameAliases{QStringLiteral("证券简称"), QStringLiteral("公司简称"), QStringLiteral("股票简称"), QStringLiteral("简称"), QStringLiteral("证券名称"), QStringLiteral("名称")};

const QList<std::pair<QString, QStringList>> securityKinds{
    {QStringLiteral("stock"), {QStringLiteral("股票"), QStringLiteral("个股"), QStringLiteral("stock")}},
    {QStringLiteral("index"), {QStringLiteral("指数"), QStringLiteral("index")}},
    {QStringLiteral("industry"), {QStringLiteral("行业"), QStringLiteral("行业指数"), QStringLiteral("industry")}}};

// Organisations: vendors, operators, listed companies.
ImportKind organisationsKind()
{
    KindBuilder b(QStringLiteral("organisations"), QT_TRANSLATE_NOOP("ImportKind", "Organisations"));
    const int name = b.add(QStringLiteral("name"), T, true, {QStringLiteral("机构"), QStringLiteral("公司"), QStringLiteral("名称"), QStringLiteral("机构名称")});
    const int nameEn = b.add(QStringLiteral("name_en"), T, false, {QStringLiteral("英文名")});
    const int kind = b.choice(QStringLiteral("kind"), false,
                              {{QStringLiteral("vendor"), {QStringLiteral("厂商"), QStringLiteral("vendor")}},
                               {QStringLiteral("operator"), {QStringLiteral("运营方"), QStringLiteral("operator")}},
                               {QStringLiteral("listed"), {QStringLiteral("上市公司"), QStringLiteral("listed")}},
                               {QStringLiteral("cloud"), {QStringLiteral("云厂商"), QStringLiteral("cloud")}},
                               {QStringLiteral("research"), {QStringLiteral("研究机构"), QStringLiteral("高校"), QStringLiteral("research")}},
                               {QStringLiteral("government"), {QStringLiteral("政府"), QStringLiteral("政府部门"), QStringLiteral("government")}},
                               {QStringLiteral("other"), {QStringLiteral("其他"), QStringLiteral("other")}}},
                              {QStringLiteral("类型")});
    const int region = b.choice(QStringLiteral("region"), false, regionChoices, {QStringLiteral("地区"), QStringLiteral("境内外")});
    const int ticker = b.add(QStringLiteral("ticker"), FieldType::Code, false, {QStringLiteral("证券代码"), QStringLiteral("股票代码")});
    const int note = b.add(QStringLiteral("note"), T, false, {QStringLiteral("备注")});
    const auto trust = b.trust(true);
    const int source = b.add(QStringLiteral("source"), T, false, sourceAliases());
    b.writeTable("organisation", {name}, plus({nameEn, kind, region, ticker, note, source}, trust));
    return b.kind();
}

// Intelligent-computing centres (智算中心), with the capacity text parsed into phases.
ImportKind centresKind()
{
    KindBuilder b(QStringLiteral("centres"), QT_TRANSLATE_NOOP("ImportKind", "Compute centres"));
    const int name = b.add(QStringLiteral("name"), T, true, {QStringLiteral("中心名称"), QStringLiteral("名称"), QStringLiteral("智算中心")});
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
    const int source = b.add(QStringLiteral("source"), T, false, sourceAliases());
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
                            {Cell{"operator", r[op]}, Cell{"location", r[location]}, Cell{"province", provinceValue},
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
            if (auto ph = writePhases(w, id, parsed); !ph)
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
    const int source = b.add(QStringLiteral("source"), T, false, sourceAliases());
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
    const int source = b.add(QStringLiteral("source"), T, false, sourceAliases());
    b.writeTable("efficiency_threshold", {name}, plus({metric, min, policy, eff, note, source}, trust));
    return b.kind();
}

// AI models.
ImportKind aiModelsKind()
{
    KindBuilder b(QStringLiteral("models"), QT_TRANSLATE_NOOP("ImportKind", "AI models"));
    const int name = b.add(QStringLiteral("name"), T, true, {QStringLiteral("模型"), QStringLiteral("Model"), QStringLiteral("模型名称")});
    const int vendor = b.add(QStringLiteral("vendor"), T, false, {QStringLiteral("厂商"), QStringLiteral("公司")});
    const int family = b.add(QStringLiteral("family"), T, false, {QStringLiteral("系列")});
    const int modality = b.choice(QStringLiteral("modality"), false, modalityChoices, {QStringLiteral("模态")});
    const int total = b.add(QStringLiteral("params_total_b"), R, false, {QStringLiteral("总参数(B)"), QStringLiteral("参数量(B)")});
    const int active = b.add(QStringLiteral("params_active_b"), R, false, {QStringLiteral("激活参数(B)")});
    const int context = b.add(QStringLiteral("context_tokens"), FieldType::Integer, false, {QStringLiteral("上下文长度")});
    const int open = b.add(QStringLiteral("open_weights"), FieldType::Bool, false, {QStringLiteral("是否开源"), QStringLiteral("开源")});
    const int arch = b.add(QStringLiteral("architecture"), T, false, {QStringLiteral("架构")});
    const int region = b.choice(QStringLiteral("region"), false, regionChoices, {QStringLiteral("地区")});
    const int note = b.add(QStringLiteral("note"), T, false, {QStringLiteral("备注")});
    const auto trust = b.trust(true);
    const int source = b.add(QStringLiteral("source"), T, false, sourceAliases());
    b.writeTable("ai_model", {name}, plus({vendor, family, modality, total, active, context, open, arch, region, note, source}, trust),
                 {Parent{vendor, "organisation", "name", {}, {{"kind", QByteArray("vendor")}}}});
    return b.kind();
}

// Model releases (dated).
ImportKind modelReleasesKind()
{
    KindBuilder b(QStringLiteral("releases"), QT_TRANSLATE_NOOP("ImportKind", "Model releases"));
    const int model = b.add(QStringLiteral("model"), T, true, {QStringLiteral("模型")});
    const int date = b.add(QStringLiteral("released_on"), FieldType::Date, true, {QStringLiteral("发布日期"), QStringLiteral("日期")});
    const int title = b.add(QStringLiteral("title"), T, false, {QStringLiteral("标题"), QStringLiteral("事件")});
    const int desc = b.add(QStringLiteral("description"), T, false, {QStringLiteral("说明"), QStringLiteral("描述")});
    const auto trust = b.trust(true);
    const int source = b.add(QStringLiteral("source"), T, false, sourceAliases());
    b.writeTable("model_release", {model, date}, plus({title, desc, source}, trust), {Parent{model, "ai_model", "name", {}, {}}});
    return b.kind();
}

// Benchmark scores, long format.
ImportKind benchmarkScoresKind()
{
    KindBuilder b(QStringLiteral("benchmarks"), QT_TRANSLATE_NOOP("ImportKind", "Benchmark scores"));
    const int model = b.add(QStringLiteral("model"), T, true, {QStringLiteral("模型")});
    const int bench = b.add(QStringLiteral("benchmark"), T, true, {QStringLiteral("评测"), QStringLiteral("基准")});
    const int score = b.add(QStringLiteral("score"), R, true, {QStringLiteral("得分"), QStringLiteral("分数")});
    const int unit = b.add(QStringLiteral("unit"), T, false, {QStringLiteral("单位")});
    const int setting = b.add(QStringLiteral("setting"), T, false, {QStringLiteral("设置")});
    const int asOf = b.add(QStringLiteral("as_of"), FieldType::Date, false, {QStringLiteral("日期")});
    const auto trust = b.trust(false);
    const int source = b.add(QStringLiteral("source"), T, false, sourceAliases());
    ImportKind &k = b.kind();
    k.table = QStringLiteral("benchmark_score");
    k.write = [=](const ImportRecord &r, UpsertWriter &w) -> Result<Outcome> {
        if (auto p = w.upsert("ai_model", {Cell{"name", r[model]}}, {}, UpsertWriter::Mode::FillOnly); !p)
            return p.error();
        const Value src = isMissing(r[source]) ? Value(QByteArray()) : r[source];
        return w.upsert("benchmark_score", {Cell{"model", r[model]}, Cell{"benchmark", r[bench]}, Cell{"source", src}},
                        {Cell{"score", r[score]}, Cell{"unit", r[unit]}, Cell{"setting", r[setting]}, Cell{"as_of", r[asOf]},
                         Cell{"confidence", r[trust[0]]}, Cell{"confidence_note", r[trust[1]]}, Cell{"inferred_fields", r[trust[2]]}});
    };
    return k;
}

// Benchmark table as the reports print it: one row per model, one column per benchmark.
ImportKind benchmarkTableKind()
{
    KindBuilder b(QStringLiteral("benchmark_matrix"), QT_TRANSLATE_NOOP("ImportKind", "Benchmark table (models × benchmarks)"));
    const int model = b.add(QStringLiteral("model"), T, true, {QStringLiteral("Model"), QStringLiteral("模型")});
    const int open = b.add(QStringLiteral("open_weights"), FieldType::Bool, false, {QStringLiteral("是否开源"), QStringLiteral("开源")});
    const int asOf = b.add(QStringLiteral("as_of"), FieldType::Date, false, {QStringLiteral("日期")});
    const auto trust = b.trust(false);
    const int source = b.add(QStringLiteral("source"), T, false, sourceAliases());
    ImportKind &k = b.kind();
    k.table = QStringLiteral("benchmark_score");
    k.takesExtraColumns = true;
    k.write = [=](const ImportRecord &r, UpsertWriter &w) -> Result<Outcome> {
        if (auto p = w.upsert("ai_model", {Cell{"name", r[model]}}, {Cell{"open_weights", r[open]}},
                              UpsertWriter::Mode::FillOnly);
            !p)
            return p.error();
        const Value src = isMissing(r[source]) ? Value(QByteArray()) : r[source];
        Outcome outcome = Outcome::Unchanged;
        for (const auto &[benchmark, value] : r.extras) {
            if (isMissing(value))
                continue; // "-" in the table: not reported, not zero
            auto res = w.upsert("benchmark_score",
                                {Cell{"model", r[model]}, Cell{"benchmark", Value(benchmark.toUtf8())}, Cell{"source", src}},
                                {Cell{"score", value}, Cell{"as_of", r[asOf]}, Cell{"confidence", r[trust[0]]},
                                 Cell{"confidence_note", r[trust[1]]}, Cell{"inferred_fields", r[trust[2]]}});
            if (!res)
                return res;
            outcome = combine(outcome, res.value()).value();
        }
        return outcome;
    };
    return k;
}

// API prices per million tokens.
ImportKind apiPricesKind()
{
    KindBuilder b(QStringLiteral("api_prices"), QT_TRANSLATE_NOOP("ImportKind", "API prices"));
    const int model = b.add(QStringLiteral("model"), T, true, {QStringLiteral("模型"), QStringLiteral("Model")});
    const int asOf = b.add(QStringLiteral("as_of"), FieldType::Date, true, {QStringLiteral("日期"), QStringLiteral("价格日期")});
    const int currency = b.add(QStringLiteral("currency"), T, false, {QStringLiteral("币种")});
    const int in = b.add(QStringLiteral("input_per_mtok"), R, false, {QStringLiteral("输入(元)"), QStringLiteral("输入价格"), QStringLiteral("输入")});
    const int out = b.add(QStringLiteral("output_per_mtok"), R, false, {QStringLiteral("输出(元)"), QStringLiteral("输出价格"), QStringLiteral("输出")});
    const int ctx = b.add(QStringLiteral("context_tokens"), FieldType::Integer, false, {QStringLiteral("上下文")});
    const int note = b.add(QStringLiteral("note"), T, false, {QStringLiteral("备注")});
    const auto trust = b.trust(false);
    const int source = b.add(QStringLiteral("source"), T, false, sourceAliases());
    ImportKind &k = b.kind();
    k.table = QStringLiteral("api_price");
    k.write = [=](const ImportRecord &r, UpsertWriter &w) -> Result<Outcome> {
        if (auto p = w.upsert("ai_model", {Cell{"name", r[model]}}, {}, UpsertWriter::Mode::FillOnly); !p)
            return p.error();
        const Value cur = isMissing(r[currency]) ? Value(QByteArray("CNY")) : r[currency];
        return w.upsert("api_price", {Cell{"model", r[model]}, Cell{"as_of", r[asOf]}, Cell{"currency", cur}},
                        {Cell{"input_per_mtok", r[in]}, Cell{"output_per_mtok", r[out]}, Cell{"context_tokens", r[ctx]},
                         Cell{"note", r[note]}, Cell{"source", r[source]}, Cell{"confidence", r[trust[0]]},
                         Cell{"confidence_note", r[trust[1]]}, Cell{"inferred_fields", r[trust[2]]}});
    };
    return k;
}

// Websites of AI products.
ImportKind websitesKind()
{
    KindBuilder b(QStringLiteral("sites"), QT_TRANSLATE_NOOP("ImportKind", "Websites"));
    const int name = b.add(QStringLiteral("name"), T, true, {QStringLiteral("网站"), QStringLiteral("产品")});
    const int domains = b.add(QStringLiteral("domains"), T, false, {QStringLiteral("域名")});
    const int category = b.choice(QStringLiteral("category"), false, siteCategories, {QStringLiteral("类别")});
    const int region = b.choice(QStringLiteral("region"), false, regionChoices, {QStringLiteral("地区")});
    const int note = b.add(QStringLiteral("note"), T, false, {QStringLiteral("备注")});
    const auto trust = b.trust(true);
    const int source = b.add(QStringLiteral("source"), T, false, sourceAliases());
    b.writeTable("site", {name}, plus({domains, category, region, note, source}, trust));
    return b.kind();
}

// Weekly website visits (Similarweb).
ImportKind websiteVisitsKind()
{
    KindBuilder b(QStringLiteral("traffic"), QT_TRANSLATE_NOOP("ImportKind", "Weekly website visits"));
    const int site = b.add(QStringLiteral("site"), T, true, {QStringLiteral("网站"), QStringLiteral("产品")});
    const int start = b.add(QStringLiteral("week_start"), FieldType::Date, true, {QStringLiteral("周起始日"), QStringLiteral("开始日期")});
    const int end = b.add(QStringLiteral("week_end"), FieldType::Date, true, {QStringLiteral("周截止日"), QStringLiteral("结束日期")});
    const int visits = b.add(QStringLiteral("visits"), R, false, {QStringLiteral("访问量")}, {},
                             {HeaderAlias{QStringLiteral("visits_10k"), 4}});
    b.measure({visits}, Quantity::Count, true);
    const int note = b.add(QStringLiteral("note"), T, false, {QStringLiteral("备注")});
    const auto trust = b.trust(false);
    const int source = b.add(QStringLiteral("source"), T, false, sourceAliases());
    b.writeTable("site_traffic", {site, start}, plus({end, visits, note, source}, trust), {Parent{site, "site", "name", {}, {}}});
    b.kind().checkRow = [=](const ImportRecord &r, QList<RowProblem> &out) { checkDateOrder(r, start, end, out); };
    return b.kind();
}

// Apps.
ImportKind appsKind()
{
    KindBuilder b(QStringLiteral("apps"), QT_TRANSLATE_NOOP("ImportKind", "Apps"));
    const int name = b.add(QStringLiteral("name"), T, true, {QStringLiteral("应用"), QStringLiteral("App")});
    const int vendor = b.add(QStringLiteral("vendor"), T, false, {QStringLiteral("厂商")});
    const int category = b.add(QStringLiteral("category"), T, false, {QStringLiteral("类别")});
    const int note = b.add(QStringLiteral("note"), T, false, {QStringLiteral("备注")});
    const auto trust = b.trust(true);
    const int source = b.add(QStringLiteral("source"), T, false, sourceAliases());
    b.writeTable("app", {name}, plus({vendor, category, note, source}, trust));
    return b.kind();
}

// Monthly app downloads (七麦数据).
ImportKind appDownloadsKind()
{
    KindBuilder b(QStringLiteral("downloads"), QT_TRANSLATE_NOOP("ImportKind", "Monthly app downloads"));
    const int app = b.add(QStringLiteral("app"), T, true, {QStringLiteral("应用"), QStringLiteral("App")});
    const int month = b.add(QStringLiteral("month"), FieldType::Month, true, {QStringLiteral("月份")});
    const int platform = b.add(QStringLiteral("platform"), T, false, {QStringLiteral("平台")});
    const int downloads = b.add(QStringLiteral("downloads"), R, false, {QStringLiteral("下载量")});
    b.measure({downloads}, Quantity::Count, true);
    const int partial = b.add(QStringLiteral("partial"), FieldType::Bool, false, {QStringLiteral("非完全统计")});
    const int cumulative = b.add(QStringLiteral("cumulative"), FieldType::Bool, false, {QStringLiteral("累计")});
    const int note = b.add(QStringLiteral("note"), T, false, {QStringLiteral("备注")});
    const auto trust = b.trust(false);
    const int source = b.add(QStringLiteral("source"), T, false, sourceAliases());
    ImportKind &k = b.kind();
    k.table = QStringLiteral("app_download");
    k.write = [=](const ImportRecord &r, UpsertWriter &w) -> Result<Outcome> {
        if (auto p = w.upsert("app", {Cell{"name", r[app]}}, {}, UpsertWriter::Mode::FillOnly); !p)
            return p.error();
        return w.upsert("app_download",
                        {Cell{"app", r[app]}, Cell{"month", r[month]},
                         Cell{"platform", isMissing(r[platform]) ? Value(QByteArray("all")) : r[platform]}},
                        {Cell{"downloads", r[downloads]}, Cell{"partial", isMissing(r[partial]) ? Value(qint64(0)) : r[partial]},
                         Cell{"cumulative", isMissing(r[cumulative]) ? Value(qint64(0)) : r[cumulative]},
                         Cell{"note", r[note]}, Cell{"source", r[source]}, Cell{"confidence", r[trust[0]]},
                         Cell{"confidence_note", r[trust[1]]}, Cell{"inferred_fields", r[trust[2]]}});
    };
    return k;
}

// Securities, indices and industry indices.
ImportKind securitiesKind()
{
    KindBuilder b(QStringLiteral("securities"), QT_TRANSLATE_NOOP("ImportKind", "Securities and indices"));
    const int code = b.add(QStringLiteral("code"), FieldType::Code, true, codeAliases);
    const int name = b.add(QStringLiteral("name"), T, false, nameAliases);
    const int market = b.add(QStringLiteral("market"), T, false, {QStringLiteral("市场"), QStringLiteral("上市板块")});
    const int kind = b.choice(QStringLiteral("kind"), false, securityKinds, {QStringLiteral("类型")});
    // Optional: the code's family says it (SecurityCodes); a file that states another kind is refused.
    b.kind().fields[kind].keepWhenMissing = true;
    const int sw = b.add(QStringLiteral("industry_sw"), T, false, {QStringLiteral("申万行业"), QStringLiteral("所属申万行业")});
    const int citic = b.add(QStringLiteral("industry_citic"), T, false, {QStringLiteral("中信行业"), QStringLiteral("所属中信行业")});
    const int currency = b.add(QStringLiteral("currency"), T, false, {QStringLiteral("币种")});
    const int note = b.add(QStringLiteral("note"), T, false, {QStringLiteral("备注")});
    const auto trust = b.trust(true);
    const int source = b.add(QStringLiteral("source"), T, false, sourceAliases());
    b.security(code, name, kind);
    b.writeTable("security", {code}, plus({name, market, kind, sw, citic, currency, note, source}, trust));
    return b.kind();
}

// Daily bars (行情序列).
ImportKind dailyBarsKind()
{
    KindBuilder b(QStringLiteral("daily_bars"), QT_TRANSLATE_NOOP("ImportKind", "Daily quotes"));
    const int code = b.add(QStringLiteral("code"), FieldType::Code, true, codeAliases);
    const int name = b.add(QStringLiteral("name"), T, false, nameAliases);
    const int date = b.add(QStringLiteral("trade_date"), FieldType::Date, true, {QStringLiteral("交易日期"), QStringLiteral("日期"), QStringLiteral("时间")});
    const int open = b.add(QStringLiteral("open"), R, false, {QStringLiteral("开盘价"), QStringLiteral("开盘")});
    const int high = b.add(QStringLiteral("high"), R, false, {QStringLiteral("最高价"), QStringLiteral("最高")});
    const int low = b.add(QStringLiteral("low"), R, false, {QStringLiteral("最低价"), QStringLiteral("最低")});
    const int close = b.add(QStringLiteral("close"), R, true, {QStringLiteral("收盘价"), QStringLiteral("收盘")});
    const int volume = b.add(QStringLiteral("volume"), R, false, {QStringLiteral("成交量")});
    const int amount = b.add(QStringLiteral("amount"), R, false, {QStringLiteral("成交额"), QStringLiteral("成交金额")});
    b.measure({open, high, low, close}, Quantity::Price, true);
    b.measure({volume}, Quantity::Shares, true);
    b.measure({amount}, Quantity::Money, true);
    b.security(code, name);
    b.writeTable("daily_bar", {code, date}, {open, high, low, close, volume, amount},
                 {Parent{code, "security", "code", {{name, "name"}}, {}, true}});
    b.kind().checkRow = [=](const ImportRecord &r, QList<RowProblem> &out) { checkHighLow(r, high, low, out); };
    return b.kind();
}

// Returns of stocks, indices and industries over a period (top movers, sector tables), with the valuation snapshot
// that terminal exports of the week's movers carry (总市值, 市盈率PE(TTM), 市净率). A trading week is a weekly
// return; any other period (two weeks, Friday to Friday) a period return, which no weekly view reads.
ImportKind periodReturnsKind()
{
    KindBuilder b(QStringLiteral("weekly_returns"), QT_TRANSLATE_NOOP("ImportKind", "Weekly returns"));
    const int code = b.add(QStringLiteral("code"), FieldType::Code, true, codeAliases);
    const int name = b.add(QStringLiteral("name"), T, false, nameAliases);
    const int kind = b.choice(QStringLiteral("kind"), false, securityKinds, {QStringLiteral("类型")});
    b.kind().fields[kind].keepWhenMissing = true;
    const int start = b.add(QStringLiteral("week_start"), FieldType::Date, true, {QStringLiteral("周起始日"), QStringLiteral("起始日期"), QStringLiteral("区间起始日")});
    // A movers table with a 交易日期 per row gives the week's last trading day; the Monday follows from it.
    const int end = b.add(QStringLiteral("week_end"), FieldType::Date, true, {QStringLiteral("周截止日"), QStringLiteral("截止日期"), QStringLiteral("区间截止日"), QStringLiteral("交易日期")});
    const int ret = b.add(QStringLiteral("return_pct"), FieldType::Percent, false, {QStringLiteral("周涨跌幅"), QStringLiteral("涨跌幅"), QStringLiteral("区间涨跌幅")});
    const int close = b.add(QStringLiteral("close"), R, false, {QStringLiteral("收盘价"), QStringLiteral("区间收盘价"), QStringLiteral("周收盘价")});
    const int low = b.add(QStringLiteral("week_low"), R, false, {QStringLiteral("周最低价"), QStringLiteral("区间最低价")});
    const int high = b.add(QStringLiteral("week_high"), R, false, {QStringLiteral("周最高价"), QStringLiteral("区间最高价")});
    const int pe = b.add(QStringLiteral("pe_ttm"), R, false, {QStringLiteral("市盈率PE(TTM)"), QStringLiteral("市盈率(TTM)"), QStringLiteral("PE(TTM)"), QStringLiteral("市盈率")});
    const int pb = b.add(QStringLiteral("pb"), R, false, {QStringLiteral("市净率PB(MRQ)"), QStringLiteral("市净率PB(LF)"), QStringLiteral("市净率(MRQ)"), QStringLiteral("市净率"), QStringLiteral("PB")});
    const int cap = b.add(QStringLiteral("market_cap_cny"), R, false, {QStringLiteral("总市值"), QStringLiteral("总市值1"), QStringLiteral("总市值2")});
    b.measure({ret}, Quantity::Percent);
    b.measure({close, low, high}, Quantity::Price, true);
    b.measure({pe}, Quantity::Multiple); // PE(TTM) is negative for a loss-maker
    b.measure({pb}, Quantity::Multiple, true);
    b.measure({cap}, Quantity::Money, true);
    const auto trust = b.trust(false);
    const int source = b.add(QStringLiteral("source"), T, false, sourceAliases());
    b.security(code, name, kind);
    b.writeTable("weekly_return", {code, start}, plus({end, ret, close, low, high, source}, trust),
                 {Parent{code, "security", "code", {{name, "name"}, {kind, "kind"}}, {}}});
    ImportKind &k = b.kind();
    k.periodStart = start;
    k.periodEnd = end;
    k.periodReturns = true;
    k.checkRow = [=](const ImportRecord &r, QList<RowProblem> &out) {
        checkDateOrder(r, start, end, out);
        checkHighLow(r, high, low, out);
    };
    // The snapshot is written beside the return, dated the period's end, only when the file has one of its
    // measures. It is written at once (not in the weekly rows' chunks) and does not change the row counts.
    const ImportKind::Writer weekly = k.write;
    k.write = [=](const ImportRecord &r, UpsertWriter &w) -> Result<Outcome> {
        Result<Outcome> res = Outcome::Unchanged;
        if (r.period) {
            if (auto p = w.upsert("security", {Cell{"code", r[code]}}, {Cell{"name", r[name]}, Cell{"kind", r[kind]}},
                                  UpsertWriter::Mode::FillOnly);
                !p)
                return p.error();
            res = w.upsert("period_return", {Cell{"code", r[code]}, Cell{"period_start", r[start]}, Cell{"period_end", r[end]}},
                           {Cell{"week_start", r.periodWeek}, Cell{"return_pct", r[ret]}, Cell{"close", r[close]},
                            Cell{"period_low", r[low]}, Cell{"period_high", r[high]}, Cell{"source", r[source]}, Cell{"confidence", r[trust[0]]},
                            Cell{"confidence_note", r[trust[1]]}, Cell{"inferred_fields", r[trust[2]]}});
        } else {
            res = weekly(r, w);
        }
        if (!res)
            return res;
        if (isAbsent(r[pe]) && isAbsent(r[pb]) && isAbsent(r[cap]))
            return res;
        qint64 rowId = 0; // asking for the row id writes it now, outside the chunk
        auto snap = w.upsert("security_snapshot", {Cell{"code", r[code]}, Cell{"as_of", r[end]}},
                             {Cell{"price", r[close]}, Cell{"pe_ttm", r[pe]}, Cell{"pb", r[pb]},
                              Cell{"market_cap_cny", r[cap]}, Cell{"source", r[source]}, Cell{"confidence", r[trust[0]]},
                              Cell{"confidence_note", r[trust[1]]}, Cell{"inferred_fields", r[trust[2]]}},
                             UpsertWriter::Mode::Authoritative, &rowId);
        if (!snap)
            return snap;
        return res;
    };
    return k;
}

// Key-stock table: price, weekly return, EPS and PE by year (2021EPS, 2023A EPS, EPS 2024E …), PB.
ImportKind keyStockTableKind()
{
    KindBuilder b(QStringLiteral("key_stocks"), QT_TRANSLATE_NOOP("ImportKind", "Key stocks (EPS/PE/PB)"));
    const int code = b.add(QStringLiteral("code"), FieldType::Code, true, codeAliases);
    const int name = b.add(QStringLiteral("name"), T, false, nameAliases);
    const int asOf = b.add(QStringLiteral("as_of"), FieldType::Date, true, {QStringLiteral("日期"), QStringLiteral("截至日期")});
    const int price = b.add(QStringLiteral("price"), R, false, {QStringLiteral("股价"), QStringLiteral("收盘价")});
    const int ret = b.add(QStringLiteral("return_pct"), FieldType::Percent, false, {QStringLiteral("周涨跌幅")});
    const int pb = b.add(QStringLiteral("pb"), R, false, {QStringLiteral("PB"), QStringLiteral("市净率")});
    b.measure({ret}, Quantity::Percent);
    b.measure({price}, Quantity::Price, true);
    b.measure({pb}, Quantity::Multiple, true);
    const auto trust = b.trust(false);
    const int source = b.add(QStringLiteral("source"), T, false, sourceAliases());
    b.security(code, name);
    ImportKind &k = b.kind();
    k.table = QStringLiteral("valuation");
    k.takesExtraColumns = true;
    // Year columns only: EPS per share in yuan, PE as a multiple; A (actual) and E (estimate) are kept.
    k.acceptsExtra = [](const ExportHeader &h) { return h.fiscalYear > 0; };
    k.extraQuantity = [](const ExportHeader &h) { return h.base == QLatin1String("EPS") ? Quantity::Price : Quantity::Multiple; };
    k.write = [=](const ImportRecord &r, UpsertWriter &w) -> Result<Outcome> {
        if (auto p = w.upsert("security", {Cell{"code", r[code]}}, {Cell{"name", r[name]}, Cell{"kind", securityKindOf(r[code])}},
                              UpsertWriter::Mode::FillOnly);
            !p)
            return p.error();
        Outcome outcome = Outcome::Unchanged;
        auto res = w.upsert("security_snapshot", {Cell{"code", r[code]}, Cell{"as_of", r[asOf]}},
                            {Cell{"price", r[price]}, Cell{"pb", r[pb]}, Cell{"source", r[source]}, Cell{"confidence", r[trust[0]]},
                             Cell{"confidence_note", r[trust[1]]}, Cell{"inferred_fields", r[trust[2]]}});
        if (!res)
            return res;
        outcome = combine(outcome, res.value()).value();
        // One valuation row per year: its EPS and PE, and whether they are actual (A) or estimated (E).
        struct Year
        {
            Value eps, pe, basis;
        };
        std::map<qint64, Year> years;
        for (const auto &[header, value] : r.extras) {
            const ExportHeader h = parseExportHeader(header);
            Year &y = years[h.fiscalYear];
            (h.base == QLatin1String("EPS") ? y.eps : y.pe) = value;
            const Value basis = h.yearBasis == QLatin1Char('A')   ? Value(QByteArrayLiteral("actual"))
                                : h.yearBasis == QLatin1Char('E') ? Value(QByteArrayLiteral("estimate"))
                                                                  : Value();
            if (!isMissing(y.basis) && !isMissing(basis) && y.basis != basis)
                return Error{QStringLiteral("year-basis"),
                             QCoreApplication::translate("ImportKind", "expected one basis per year, found %1 both as actual "
                                                                       "(A) and as an estimate (E)")
                                 .arg(h.fiscalYear),
                             header};
            if (!isMissing(basis))
                y.basis = basis;
        }
        for (const auto &[year, v] : years) {
            auto y = w.upsert("valuation", {Cell{"code", r[code]}, Cell{"as_of", r[asOf]}, Cell{"fiscal_year", Value(year)}},
                              {Cell{"eps", v.eps}, Cell{"pe", v.pe}, Cell{"basis", v.basis}, Cell{"source", r[source]},
                               Cell{"confidence", r[trust[0]]}, Cell{"confidence_note", r[trust[1]]},
                               Cell{"inferred_fields", r[trust[2]]}});
            if (!y)
                return y;
            outcome = combine(outcome, y.value()).value();
        }
        if (!isMissing(r[ret])) {
            // 周涨跌幅 of the table's date: the trading week ending that day, which the date must end.
            const QDate day = QDate::fromString(valueToString(r[asOf]), Qt::ISODate);
            const WeekVerdict week = TradingCalendar::sse().weekEndingOn(day);
            if (!week.isWeek)
                return Error{QStringLiteral("not-a-week"),
                             QCoreApplication::translate("ImportKind", "expected the table's date to end a trading week for its "
                                                                       "周涨跌幅, found %1: %2")
                                 .arg(day.toString(Qt::ISODate), week.why),
                             {}};
            auto wr = w.upsert("weekly_return",
                               {Cell{"code", r[code]}, Cell{"week_start", Value(week.monday.toString(Qt::ISODate).toLatin1())}},
                               {Cell{"week_end", Value(week.lastDay.toString(Qt::ISODate).toLatin1())}, Cell{"return_pct", r[ret]},
                                Cell{"close", r[price]}, Cell{"source", r[source]}, Cell{"confidence", r[trust[0]]},
                                Cell{"confidence_note", r[trust[1]]}, Cell{"inferred_fields", r[trust[2]]}},
                               UpsertWriter::Mode::FillOnly);
            if (!wr)
                return wr;
            outcome = combine(outcome, wr.value()).value();
        }
        return outcome;
    };
    return k;
}

// A report's own computed figures: its excess return over a benchmark and the industry's rank, as printed.
ImportKind reportFiguresKind()
{
    KindBuilder b(QStringLiteral("reported_figures"), QT_TRANSLATE_NOOP("ImportKind", "Reported figures (excess returns, industry rank)"));
    const int subject = b.add(QStringLiteral("subject"), FieldType::Code, true, {QStringLiteral("行业代码"), QStringLiteral("指数代码")});
    const int name = b.add(QStringLiteral("name"), T, false, nameAliases);
    const int start = b.add(QStringLiteral("week_start"), FieldType::Date, true, {QStringLiteral("周起始日"), QStringLiteral("起始日期")});
    const int end = b.add(QStringLiteral("week_end"), FieldType::Date, true, {QStringLiteral("周截止日"), QStringLiteral("截止日期")});
    const int figure = b.choice(QStringLiteral("figure"), true,
                                {{QStringLiteral("excess_pcts"), {QStringLiteral("超额收益"), QStringLiteral("超额收益(pcts)"), QStringLiteral("excess")}},
                                 {QStringLiteral("industry_rank"), {QStringLiteral("行业排名"), QStringLiteral("排名"), QStringLiteral("rank")}}},
                                {QStringLiteral("指标")});
    const int against = b.add(QStringLiteral("against"), FieldType::Code, false, {QStringLiteral("基准"), QStringLiteral("基准代码")});
    const int value = b.add(QStringLiteral("value"), R, true, {QStringLiteral("数值"), QStringLiteral("值")});
    const int of = b.add(QStringLiteral("of_count"), R, false, {QStringLiteral("行业数"), QStringLiteral("共")});
    const int source = b.add(QStringLiteral("source"), T, false, sourceAliases());
    b.security(subject, name);
    ImportKind &k = b.kind();
    k.table = QStringLiteral("reported_figure");
    k.oneRowPerRecord = true;
    k.fields[of].nonNegative = true;
    // A report's figures are of its trading week: stored by the week's Monday, whatever day the file names first.
    k.periodStart = start;
    k.periodEnd = end;
    k.checkRow = [=](const ImportRecord &r, QList<RowProblem> &out) { checkDateOrder(r, start, end, out); };
    k.write = [=](const ImportRecord &r, UpsertWriter &w) -> Result<Outcome> {
        if (auto p = w.upsert("security", {Cell{"code", r[subject]}}, {Cell{"name", r[name]}, Cell{"kind", securityKindOf(r[subject])}},
                              UpsertWriter::Mode::FillOnly);
            !p)
            return p.error();
        // A rank has no benchmark: the key keeps '' there (NULL would let duplicates in).
        const Value benchmark = isMissing(r[against]) ? Value(QByteArray("")) : r[against];
        return w.upsert("reported_figure",
                        {Cell{"subject", r[subject]}, Cell{"week_start", r[start]}, Cell{"figure", r[figure]}, Cell{"against", benchmark}},
                        {Cell{"week_end", r[end]}, Cell{"value", r[value]}, Cell{"of_count", r[of]}, Cell{"source", r[source]}});
    };
    return k;
}

// Lockup expiries (限售股解禁).
ImportKind lockupExpiriesKind()
{
    KindBuilder b(QStringLiteral("lockups"), QT_TRANSLATE_NOOP("ImportKind", "Lockup expiries"));
    const int code = b.add(QStringLiteral("code"), FieldType::Code, true, codeAliases);
    const int name = b.add(QStringLiteral("name"), T, false, nameAliases);
    const int date = b.add(QStringLiteral("expiry_date"), FieldType::Date, true, {QStringLiteral("解禁日期")});
    const int shares = b.add(QStringLiteral("shares"), R, false, {QStringLiteral("解禁数量")});
    const int value = b.add(QStringLiteral("market_value_cny"), R, false, {QStringLiteral("解禁市值")});
    const int total = b.add(QStringLiteral("total_shares"), R, false, {QStringLiteral("总股本")});
    const int floatA = b.add(QStringLiteral("float_a_shares"), R, false, {QStringLiteral("流通A股")});
    b.measure({shares, total, floatA}, Quantity::Shares, true);
    b.measure({value}, Quantity::Money, true);
    const int asOf = b.add(QStringLiteral("as_of"), FieldType::Date, false, {QStringLiteral("数据截至")});
    const auto trust = b.trust(false);
    const int source = b.add(QStringLiteral("source"), T, false, sourceAliases());
    b.security(code, name);
    b.writeTable("lockup", {code, date}, plus({shares, value, total, floatA, asOf, source}, trust),
                 {Parent{code, "security", "code", {{name, "name"}}, {}, true}});
    return b.kind();
}

// Events: policies, sanctions, products, earnings, outages.
ImportKind eventsKind()
{
    KindBuilder b(QStringLiteral("events"), QT_TRANSLATE_NOOP("ImportKind", "Events"));
    const int date = b.add(QStringLiteral("event_date"), FieldType::Date, true, {QStringLiteral("日期")});
    const int kind = b.choice(QStringLiteral("kind"), true,
                              {{QStringLiteral("policy"), {QStringLiteral("政策"), QStringLiteral("policy")}},
                               {QStringLiteral("sanction"), {QStringLiteral("制裁"), QStringLiteral("sanction")}},
                               {QStringLiteral("product"), {QStringLiteral("产品"), QStringLiteral("product")}},
                               {QStringLiteral("earnings"), {QStringLiteral("财报"), QStringLiteral("业绩"), QStringLiteral("earnings")}},
                               {QStringLiteral("outage"), {QStringLiteral("故障"), QStringLiteral("宕机"), QStringLiteral("outage")}},
                               {QStringLiteral("market"), {QStringLiteral("市场"), QStringLiteral("market")}},
                               {QStringLiteral("other"), {QStringLiteral("其他"), QStringLiteral("other")}}},
                              {QStringLiteral("类型")});
    const int title = b.add(QStringLiteral("title"), T, true, {QStringLiteral("标题"), QStringLiteral("事件")});
    const int desc = b.add(QStringLiteral("description"), T, false, {QStringLiteral("说明"), QStringLiteral("描述")});
    const int org = b.add(QStringLiteral("organisation"), T, false, {QStringLiteral("机构"), QStringLiteral("公司")});
    const int region = b.choice(QStringLiteral("region"), false, regionChoices, {QStringLiteral("地区")});
    const auto trust = b.trust(true);
    const int source = b.add(QStringLiteral("source"), T, false, sourceAliases());
    b.writeTable("event", {date, title}, plus({kind, desc, org, region, source}, trust));
    return b.kind();
}

// Metrics over time: daily API calls, tokens per day, users, revenues, market sizes.
ImportKind metricsOverTimeKind()
{
    KindBuilder b(QStringLiteral("metrics"), QT_TRANSLATE_NOOP("ImportKind", "Metrics"));
    const int subject = b.add(QStringLiteral("subject"), T, true, {QStringLiteral("对象"), QStringLiteral("主体")});
    const int name = b.add(QStringLiteral("name"), T, true, {QStringLiteral("指标")});
    const int asOf = b.add(QStringLiteral("as_of"), FieldType::Date, true, {QStringLiteral("日期")});
    const int value = b.add(QStringLiteral("value"), R, false, {QStringLiteral("数值"), QStringLiteral("值")});
    const int unit = b.add(QStringLiteral("unit"), T, false, {QStringLiteral("单位")});
    const int note = b.add(QStringLiteral("note"), T, false, {QStringLiteral("备注")});
    const auto trust = b.trust(false);
    const int source = b.add(QStringLiteral("source"), T, false, sourceAliases());
    b.writeTable("metric", {subject, name, asOf}, plus({value, unit, note, source}, trust));
    return b.kind();
}

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
    return writePhases(writer, rowId, parsed, true);
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
