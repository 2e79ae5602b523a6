#include "kindfamilies.h"

#include "kindbuilder.h"

// Kinds that every family refers to: organisations (vendors, operators, listed companies), dated events and
// metrics over time.
namespace zhisuan::db {
using namespace kinds;

// Organisations: vendors, operators, listed companies.
ImportKind organisationsKind()
{
    KindBuilder b(QStringLiteral("organisations"), QT_TRANSLATE_NOOP("ImportKind", "Organisations"));
    const int name = b.add(QStringLiteral("name"), T, true, {QStringLiteral("机构"), QStringLiteral("公司"), QStringLiteral("名称"), QStringLiteral("机构名称")});
    const int nameEn = b.english(QStringLiteral("name_en"));
    const int kind = b.choice(QStringLiteral("kind"), false,
                              {{QStringLiteral("vendor"), {QStringLiteral("厂商"), QStringLiteral("vendor")}},
                               {QStringLiteral("operator"), {QStringLiteral("运营方"), QStringLiteral("operator")}},
                               {QStringLiteral("listed"), {QStringLiteral("上市公司"), QStringLiteral("listed")}},
                               {QStringLiteral("cloud"), {QStringLiteral("云厂商"), QStringLiteral("cloud")}},
                               {QStringLiteral("research"), {QStringLiteral("研究机构"), QStringLiteral("高校"), QStringLiteral("research")}},
                               {QStringLiteral("government"), {QStringLiteral("政府"), QStringLiteral("政府部门"), QStringLiteral("government")}},
                               {QStringLiteral("other"), {QStringLiteral("其他"), QStringLiteral("other")}}},
                              {QStringLiteral("类型")});
    const int region = b.choice(QStringLiteral("region"), false, KindBuilder::regionChoices(), {QStringLiteral("地区"), QStringLiteral("境内外")});
    const int ticker = b.add(QStringLiteral("ticker"), FieldType::Code, false, {QStringLiteral("证券代码"), QStringLiteral("股票代码")});
    const int note = b.add(QStringLiteral("note"), T, false, {QStringLiteral("备注")});
    const auto trust = b.trust(true);
    const int source = b.source();
    b.writeTable("organisation", {name}, KindBuilder::plus({nameEn, kind, region, ticker, note, source}, trust));
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
    const int titleEn = b.english(QStringLiteral("title_en"));
    const int desc = b.add(QStringLiteral("description"), T, false, {QStringLiteral("说明"), QStringLiteral("描述")});
    const int descEn = b.english(QStringLiteral("description_en"));
    const int org = b.add(QStringLiteral("organisation"), T, false, {QStringLiteral("机构"), QStringLiteral("公司")});
    const int region = b.choice(QStringLiteral("region"), false, KindBuilder::regionChoices(), {QStringLiteral("地区")});
    const auto trust = b.trust(true);
    const int source = b.source();
    b.writeTable("event", {date, title}, KindBuilder::plus({kind, titleEn, desc, descEn, org, region, source}, trust));
    return b.kind();
}

// Metrics over time: daily API calls, tokens per day, users, revenues, market sizes.
ImportKind metricsOverTimeKind()
{
    KindBuilder b(QStringLiteral("metrics"), QT_TRANSLATE_NOOP("ImportKind", "Metrics"));
    const int subject = b.add(QStringLiteral("subject"), T, true, {QStringLiteral("对象"), QStringLiteral("主体")});
    const int subjectEn = b.english(QStringLiteral("subject_en"));
    const int name = b.add(QStringLiteral("name"), T, true, {QStringLiteral("指标")});
    const int asOf = b.add(QStringLiteral("as_of"), FieldType::Date, true, {QStringLiteral("日期")});
    const int value = b.add(QStringLiteral("value"), R, false, {QStringLiteral("数值"), QStringLiteral("值")});
    const int unit = b.add(QStringLiteral("unit"), T, false, {QStringLiteral("单位")});
    const int note = b.add(QStringLiteral("note"), T, false, {QStringLiteral("备注")});
    const auto trust = b.trust(false);
    const int source = b.source();
    b.writeTable("metric", {subject, name, asOf}, KindBuilder::plus({subjectEn, value, unit, note, source}, trust));
    return b.kind();
}

} // namespace zhisuan::db
