#include "kindfamilies.h"

#include "kindbuilder.h"
#include "securitycodes.h"
#include "tradingcalendar.h"

#include <QCoreApplication>
#include <QDate>

#include <map>
#include <optional>

// Kinds of the stock market: securities, daily quotes, period returns, key-stock tables, a report's own figures
// and lockup expiries.
namespace zhisuan::db {
using namespace kinds;

namespace {

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

const QStringList codeAliases{QStringLiteral("证券代码"), QStringLiteral("公司代码"), QStringLiteral("股票代码"), QStringLiteral("代码")};

const QStringList nameAliases{QStringLiteral("证券简称"), QStringLiteral("公司简称"), QStringLiteral("股票简称"), QStringLiteral("简称"), QStringLiteral("证券名称"), QStringLiteral("名称")};

const QList<std::pair<QString, QStringList>> securityKinds{
    {QStringLiteral("stock"), {QStringLiteral("股票"), QStringLiteral("个股"), QStringLiteral("stock")}},
    {QStringLiteral("index"), {QStringLiteral("指数"), QStringLiteral("index")}},
    {QStringLiteral("industry"), {QStringLiteral("行业"), QStringLiteral("行业指数"), QStringLiteral("industry")}}};

} // namespace

// Securities, indices and industry indices.
ImportKind securitiesKind()
{
    KindBuilder b(QStringLiteral("securities"), QT_TRANSLATE_NOOP("ImportKind", "Securities and indices"));
    const int code = b.add(QStringLiteral("code"), FieldType::Code, true, codeAliases);
    const int name = b.add(QStringLiteral("name"), T, false, nameAliases);
    const int nameEn = b.english(QStringLiteral("name_en"));
    const int market = b.add(QStringLiteral("market"), T, false, {QStringLiteral("市场"), QStringLiteral("上市板块")});
    const int kind = b.choice(QStringLiteral("kind"), false, securityKinds, {QStringLiteral("类型")});
    // Optional: the code's family says it (SecurityCodes); a file that states another kind is refused.
    b.kind().fields[kind].keepWhenMissing = true;
    const int sw = b.add(QStringLiteral("industry_sw"), T, false, {QStringLiteral("申万行业"), QStringLiteral("所属申万行业")});
    const int citic = b.add(QStringLiteral("industry_citic"), T, false, {QStringLiteral("中信行业"), QStringLiteral("所属中信行业")});
    const int currency = b.add(QStringLiteral("currency"), T, false, {QStringLiteral("币种")});
    const int note = b.add(QStringLiteral("note"), T, false, {QStringLiteral("备注")});
    const auto trust = b.trust(true);
    const int source = b.source();
    b.security(code, name, kind);
    b.writeTable("security", {code}, KindBuilder::plus({name, nameEn, market, kind, sw, citic, currency, note, source}, trust));
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
    const int source = b.source();
    b.security(code, name, kind);
    b.writeTable("weekly_return", {code, start}, KindBuilder::plus({end, ret, close, low, high, source}, trust),
                 {Parent{code, "security", "code", {{name, "name"}, {kind, "kind"}}, {}}});
    ImportKind &k = b.kind();
    k.periodStart = start;
    k.periodEnd = end;
    k.periodReturns = true;
    k.checkRow = [=](const ImportRecord &r, QList<RowProblem> &out) {
        KindBuilder::checkDateOrder(r, start, end, out);
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
                           KindBuilder::withTrust({Cell{"week_start", r.periodWeek}, Cell{"return_pct", r[ret]}, Cell{"close", r[close]},
                                                   Cell{"period_low", r[low]}, Cell{"period_high", r[high]}, Cell{"source", r[source]}}, r, trust));
        } else {
            res = weekly(r, w);
        }
        if (!res)
            return res;
        if (isAbsent(r[pe]) && isAbsent(r[pb]) && isAbsent(r[cap]))
            return res;
        qint64 rowId = 0; // asking for the row id writes it now, outside the chunk
        auto snap = w.upsert("security_snapshot", {Cell{"code", r[code]}, Cell{"as_of", r[end]}},
                             KindBuilder::withTrust({Cell{"price", r[close]}, Cell{"pe_ttm", r[pe]}, Cell{"pb", r[pb]},
                                                     Cell{"market_cap_cny", r[cap]}, Cell{"source", r[source]}}, r, trust),
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
    const int source = b.source();
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
                            KindBuilder::withTrust({Cell{"price", r[price]}, Cell{"pb", r[pb]}, Cell{"source", r[source]}}, r, trust));
        if (!res)
            return res;
        outcome = KindBuilder::combine(outcome, res.value());
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
                              KindBuilder::withTrust({Cell{"eps", v.eps}, Cell{"pe", v.pe}, Cell{"basis", v.basis}, Cell{"source", r[source]}}, r, trust));
            if (!y)
                return y;
            outcome = KindBuilder::combine(outcome, y.value());
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
                               KindBuilder::withTrust({Cell{"week_end", Value(week.lastDay.toString(Qt::ISODate).toLatin1())}, Cell{"return_pct", r[ret]},
                                                       Cell{"close", r[price]}, Cell{"source", r[source]}}, r, trust),
                               UpsertWriter::Mode::FillOnly);
            if (!wr)
                return wr;
            outcome = KindBuilder::combine(outcome, wr.value());
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
    const int source = b.source();
    b.security(subject, name);
    ImportKind &k = b.kind();
    k.table = QStringLiteral("reported_figure");
    k.oneRowPerRecord = true;
    k.fields[of].nonNegative = true;
    // A report's figures are of its trading week: stored by the week's Monday, whatever day the file names first.
    k.periodStart = start;
    k.periodEnd = end;
    k.checkRow = [=](const ImportRecord &r, QList<RowProblem> &out) { KindBuilder::checkDateOrder(r, start, end, out); };
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
    const int source = b.source();
    b.security(code, name);
    b.writeTable("lockup", {code, date}, KindBuilder::plus({shares, value, total, floatA, asOf, source}, trust),
                 {Parent{code, "security", "code", {{name, "name"}}, {}, true}});
    return b.kind();
}

} // namespace zhisuan::db
