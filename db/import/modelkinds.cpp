#include "kindfamilies.h"

#include "kindbuilder.h"

// Kinds of AI models and their uses: models, releases, benchmark scores (long and as a table), API prices,
// websites and their visits, apps and their downloads.
namespace zhisuan::db {
using namespace kinds;

namespace {

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

} // namespace

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
    const int region = b.choice(QStringLiteral("region"), false, KindBuilder::regionChoices(), {QStringLiteral("地区")});
    const int note = b.add(QStringLiteral("note"), T, false, {QStringLiteral("备注")});
    const auto trust = b.trust(true);
    const int source = b.source();
    b.writeTable("ai_model", {name}, KindBuilder::plus({vendor, family, modality, total, active, context, open, arch, region, note, source}, trust),
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
    const int titleEn = b.english(QStringLiteral("title_en"));
    const int desc = b.add(QStringLiteral("description"), T, false, {QStringLiteral("说明"), QStringLiteral("描述")});
    const int descEn = b.english(QStringLiteral("description_en"));
    const auto trust = b.trust(true);
    const int source = b.source();
    b.writeTable("model_release", {model, date}, KindBuilder::plus({title, titleEn, desc, descEn, source}, trust), {Parent{model, "ai_model", "name", {}, {}}});
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
    const int source = b.source();
    ImportKind &k = b.kind();
    k.table = QStringLiteral("benchmark_score");
    k.write = [=](const ImportRecord &r, UpsertWriter &w) -> Result<Outcome> {
        if (auto p = w.upsert("ai_model", {Cell{"name", r[model]}}, {}, UpsertWriter::Mode::FillOnly); !p)
            return p.error();
        const Value src = isMissing(r[source]) ? Value(QByteArray()) : r[source];
        return w.upsert("benchmark_score", {Cell{"model", r[model]}, Cell{"benchmark", r[bench]}, Cell{"source", src}},
                        KindBuilder::withTrust({Cell{"score", r[score]}, Cell{"unit", r[unit]}, Cell{"setting", r[setting]},
                                                Cell{"as_of", r[asOf]}},
                                               r, trust));
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
    const int source = b.source();
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
                                KindBuilder::withTrust({Cell{"score", value}, Cell{"as_of", r[asOf]}}, r, trust));
            if (!res)
                return res;
            outcome = KindBuilder::combine(outcome, res.value());
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
    const int source = b.source();
    ImportKind &k = b.kind();
    k.table = QStringLiteral("api_price");
    k.write = [=](const ImportRecord &r, UpsertWriter &w) -> Result<Outcome> {
        if (auto p = w.upsert("ai_model", {Cell{"name", r[model]}}, {}, UpsertWriter::Mode::FillOnly); !p)
            return p.error();
        const Value cur = isMissing(r[currency]) ? Value(QByteArray("CNY")) : r[currency];
        return w.upsert("api_price", {Cell{"model", r[model]}, Cell{"as_of", r[asOf]}, Cell{"currency", cur}},
                        KindBuilder::withTrust({Cell{"input_per_mtok", r[in]}, Cell{"output_per_mtok", r[out]}, Cell{"context_tokens", r[ctx]},
                                                Cell{"note", r[note]}, Cell{"source", r[source]}}, r, trust));
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
    const int region = b.choice(QStringLiteral("region"), false, KindBuilder::regionChoices(), {QStringLiteral("地区")});
    const int note = b.add(QStringLiteral("note"), T, false, {QStringLiteral("备注")});
    const auto trust = b.trust(true);
    const int source = b.source();
    b.writeTable("site", {name}, KindBuilder::plus({domains, category, region, note, source}, trust));
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
    const int source = b.source();
    b.writeTable("site_traffic", {site, start}, KindBuilder::plus({end, visits, note, source}, trust), {Parent{site, "site", "name", {}, {}}});
    b.kind().checkRow = [=](const ImportRecord &r, QList<RowProblem> &out) { KindBuilder::checkDateOrder(r, start, end, out); };
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
    const int source = b.source();
    b.writeTable("app", {name}, KindBuilder::plus({vendor, category, note, source}, trust));
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
    const int source = b.source();
    ImportKind &k = b.kind();
    k.table = QStringLiteral("app_download");
    k.write = [=](const ImportRecord &r, UpsertWriter &w) -> Result<Outcome> {
        if (auto p = w.upsert("app", {Cell{"name", r[app]}}, {}, UpsertWriter::Mode::FillOnly); !p)
            return p.error();
        return w.upsert("app_download",
                        {Cell{"app", r[app]}, Cell{"month", r[month]},
                         Cell{"platform", isMissing(r[platform]) ? Value(QByteArray("all")) : r[platform]}},
                        KindBuilder::withTrust({Cell{"downloads", r[downloads]}, Cell{"partial", isMissing(r[partial]) ? Value(qint64(0)) : r[partial]},
                                                Cell{"cumulative", isMissing(r[cumulative]) ? Value(qint64(0)) : r[cumulative]},
                                                Cell{"note", r[note]}, Cell{"source", r[source]}}, r, trust));
    };
    return k;
}

} // namespace zhisuan::db
