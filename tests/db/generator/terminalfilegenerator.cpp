#include "terminalfilegenerator.h"

#include "exactdecimal.h"
#include "importcontract.h"
#include "tradingcalendar.h"

#include <QSet>

#include <functional>
#include <initializer_list>
#include <map>
#include <optional>
#include <random>

namespace zhisuan::db::gen {

namespace {

// ---------------------------------------------------------------------------------------------------------------
// Randomness: one generator per case, seeded from the case's seed, so a case is made again from its seed alone.

struct Rng
{
    std::mt19937_64 g;
    explicit Rng(quint64 seed) : g(seed) {}
    int between(int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(g); }
    qint64 between64(qint64 lo, qint64 hi) { return std::uniform_int_distribution<qint64>(lo, hi)(g); }
    bool chance(double p) { return std::uniform_real_distribution<double>(0.0, 1.0)(g) < p; }
    template<typename T>
    const T &pick(const QList<T> &l) { return l[between(0, int(l.size()) - 1)]; }
    int weighted(std::initializer_list<double> weights)
    {
        double total = 0;
        for (double w : weights)
            total += w;
        double x = std::uniform_real_distribution<double>(0.0, total)(g);
        int i = 0;
        for (double w : weights) {
            if (x < w)
                return i;
            x -= w;
            ++i;
        }
        return int(weights.size()) - 1;
    }
};

qint64 pow10(int n)
{
    qint64 p = 1;
    while (n-- > 0)
        p *= 10;
    return p;
}

// A number with between minDigits and maxDigits digits before the point and `decimals` after it.
ExactDecimal randomDecimal(Rng &r, int minDigits, int maxDigits, int decimals, bool negative = false)
{
    const int digits = r.between(minDigits, maxDigits);
    const qint64 lo = digits <= 1 ? 0 : pow10(digits - 1) * pow10(decimals);
    const qint64 hi = pow10(digits) * pow10(decimals) - 1;
    qint64 m = r.between64(lo, hi);
    return {negative ? -m : m, -decimals};
}

const QStringList &shapeList()
{
    static const QStringList shapes{QStringLiteral("weekly-movers"), QStringLiteral("weekly-wind"),  QStringLiteral("weekly-ifind"),
                                    QStringLiteral("daily-multi"),   QStringLiteral("daily-wind-single"), QStringLiteral("key-stocks"),
                                    QStringLiteral("lockups"),       QStringLiteral("traffic"),      QStringLiteral("gbk-looks-utf8"),
                                    QStringLiteral("centres")};
    return shapes;
}

// ---------------------------------------------------------------------------------------------------------------
// Securities: code families as the contract lists them, each with its canonical code, kind and the forms a file may
// write the code in.

enum class Family { Sh60, Sh68, Sz00x, Sz000, Sz30x, Bj, Sz399, Sh000Index, Bj899, Si801, Si85, Csi, Hi, Gi, Wi88, WiCi, Hk, Us };

struct Security
{
    QString code; // canonical
    QString name;
    QString kind; // stock, index, industry
    Family family = Family::Sh60;
    QString familyTag;
    bool known = false; // in the store already
};

const char *const kNameChars = "华中科信数智云天海安博通讯宇光电达新创恒泰兴盛联软网航微视芯易金鼎佳瑞启明朗润泽锐捷汇川思源拓维星环卓越和顺凯立";

QString randomName(Rng &r, int minLen, int maxLen)
{
    static const QString pool = QString::fromUtf8(kNameChars);
    QString s;
    const int n = r.between(minLen, maxLen);
    for (int i = 0; i < n; ++i)
        s += pool[r.between(0, int(pool.size()) - 1)];
    return s;
}

struct NamedCode
{
    const char *code;
    const char *name;
};

const NamedCode kSz399[] = {{"399001", "深证成指"}, {"399006", "创业板指"}, {"399005", "中小100"}, {"399330", "深证100"}, {"399673", "创业板50"}};
// The SSE indices a bare 000xxx may name (the contract: 000001 with 上证指数/上证综指 is 000001.SH).
const NamedCode kSh000[] = {{"000001", "上证指数"}, {"000001", "上证综指"}, {"000300", "沪深300"}, {"000016", "上证50"}, {"000688", "科创50"}};
const NamedCode kSi801[] = {{"801750", "计算机"}, {"801770", "通信"}, {"801080", "电子"}, {"801760", "传媒"}, {"801950", "煤炭"},
                            {"801010", "农林牧渔"}, {"801030", "基础化工"}, {"801040", "钢铁"}, {"801050", "有色金属"}, {"801880", "汽车"},
                            {"801110", "家用电器"}, {"801120", "食品饮料"}, {"801150", "医药生物"}, {"801780", "银行"}, {"801790", "非银金融"},
                            {"801730", "电力设备"}, {"801890", "机械设备"}, {"801740", "国防军工"}, {"801960", "石油石化"}, {"801980", "美容护理"}};
const char *const kSwLevel2[] = {"软件开发", "IT服务Ⅱ", "计算机设备", "通信设备", "半导体", "光学光电子", "游戏Ⅱ", "数字媒体", "元件", "消费电子"};
const NamedCode kHi[] = {{"HSI.HI", "恒生指数"}, {"HSTECH.HI", "恒生科技"}, {"HSCEI.HI", "恒生中国企业指数"}};
const NamedCode kGi[] = {{"SPX.GI", "标普500"}, {"IXIC.GI", "纳斯达克指数"}, {"DJI.GI", "道琼斯工业指数"}};
const NamedCode kUs[] = {{"NVDA.O", "英伟达"}, {"AMD.O", "超威半导体"}, {"INTC.O", "英特尔"}, {"MSFT.O", "微软"}, {"TSM.N", "台积电"}, {"ORCL.N", "甲骨文"}};

QString familyTag(Family f)
{
    switch (f) {
    case Family::Sh60: return QStringLiteral("sh-60");
    case Family::Sh68: return QStringLiteral("sh-68");
    case Family::Sz00x: return QStringLiteral("sz-00x");
    case Family::Sz000: return QStringLiteral("sz-000-stock");
    case Family::Sz30x: return QStringLiteral("sz-30x");
    case Family::Bj: return QStringLiteral("bj-stock");
    case Family::Sz399: return QStringLiteral("sz-399-index");
    case Family::Sh000Index: return QStringLiteral("sh-000-index");
    case Family::Bj899: return QStringLiteral("bj-899-index");
    case Family::Si801: return QStringLiteral("si-801-industry");
    case Family::Si85: return QStringLiteral("si-85-industry");
    case Family::Csi: return QStringLiteral("csi-index");
    case Family::Hi: return QStringLiteral("hi-index");
    case Family::Gi: return QStringLiteral("gi-index");
    case Family::Wi88: return QStringLiteral("wi-88-index");
    case Family::WiCi: return QStringLiteral("wi-ci-industry");
    case Family::Hk: return QStringLiteral("hk-stock");
    case Family::Us: return QStringLiteral("us-stock");
    }
    return {};
}

bool unambiguousBare(Family f)
{
    switch (f) {
    case Family::Sh60: case Family::Sh68: case Family::Sz00x: case Family::Sz30x: case Family::Bj: case Family::Sz399:
    case Family::Bj899: case Family::Si801: case Family::Si85:
        return true;
    default:
        return false;
    }
}

// ---------------------------------------------------------------------------------------------------------------
// Units: one vocabulary (the contract's "Header units"), the power of ten each scales by.

struct Unit
{
    const char *text;
    int exponent;
};

const QList<Unit> kPriceUnits{{"元", 0}};
const QList<Unit> kMoneyUnits{{"元", 0}, {"千元", 3}, {"万元", 4}, {"百万元", 6}, {"亿元", 8}};
const QList<Unit> kShareUnits{{"股", 0}, {"万股", 4}, {"亿股", 8}, {"手", 2}};
const QList<Unit> kCountUnits{{"万次", 4}, {"次", 0}, {"亿次", 8}};

enum class HeaderForm { Plain, FullWidth, Wind, None };

QString withUnit(const QString &base, const QString &unit, HeaderForm form)
{
    switch (form) {
    case HeaderForm::Plain: return base + QLatin1Char('(') + unit + QLatin1Char(')');
    case HeaderForm::FullWidth: return base + QChar(0xFF08) + unit + QChar(0xFF09);
    case HeaderForm::Wind: return base + QStringLiteral("[单位]") + unit;
    case HeaderForm::None: return base;
    }
    return base;
}

QString formTag(HeaderForm form)
{
    switch (form) {
    case HeaderForm::Plain: return QStringLiteral("header:paren-unit");
    case HeaderForm::FullWidth: return QStringLiteral("header:fullwidth-paren-unit");
    case HeaderForm::Wind: return QStringLiteral("header:wind-unit");
    case HeaderForm::None: return QStringLiteral("header:no-unit");
    }
    return {};
}

// ---------------------------------------------------------------------------------------------------------------
// Dates as terminals and Excel write them.

struct Written
{
    QString text;
    QString tag;
    QDate date{}; // a date's: what a spreadsheet's date cell holds
};

const QStringList kDateForms{QStringLiteral("date:iso"), QStringLiteral("date:slash"), QStringLiteral("date:slash-unpadded"), QStringLiteral("date:compact"),
                             QStringLiteral("date:chinese"), QStringLiteral("date:dotted"), QStringLiteral("date:datetime-zero")};

Written dateFormText(int form, QDate d);

Written dateForm(int form, QDate d)
{
    Written w = dateFormText(form, d);
    w.date = d;
    return w;
}

// A date cell: the text as written, and the date for a writer that keeps types.
TableCell dateCell(const Written &d, QStringList tags = {})
{
    tags.prepend(d.tag);
    return TableCell{d.text, tags, CellValue{CellValue::Type::Date, {}, false, d.date}};
}

Written dateFormText(int form, QDate d)
{
    const QString y = QString::number(d.year()), m = QString::number(d.month()), day = QString::number(d.day());
    switch (form) {
    case 0: return {d.toString(Qt::ISODate), QStringLiteral("date:iso")};
    case 1: return {d.toString(QStringLiteral("yyyy/MM/dd")), QStringLiteral("date:slash")};
    case 2:
        if (d.month() < 10 || d.day() < 10)
            return {y + QLatin1Char('/') + m + QLatin1Char('/') + day, QStringLiteral("date:slash-unpadded")};
        return {d.toString(QStringLiteral("yyyy/MM/dd")), QStringLiteral("date:slash")};
    case 3: return {d.toString(QStringLiteral("yyyyMMdd")), QStringLiteral("date:compact")};
    case 4: return {y + QStringLiteral("年") + m + QStringLiteral("月") + day + QStringLiteral("日"), QStringLiteral("date:chinese")};
    case 5: return {d.toString(QStringLiteral("yyyy.MM.dd")), QStringLiteral("date:dotted")};
    default: return {d.toString(Qt::ISODate) + QStringLiteral(" 00:00:00"), QStringLiteral("date:datetime-zero")};
    }
}

Written writeDate(Rng &r, QDate d)
{
    return dateForm(r.weighted({4, 2, 1.5, 1.5, 1.5, 1, 1.5}), d);
}

// "2024 年 8 月 12 日" as the reports print it, or without the spaces.
QString chineseDate(QDate d, bool spaced)
{
    const QString s = spaced ? QStringLiteral(" ") : QString();
    return QString::number(d.year()) + s + QStringLiteral("年") + s + QString::number(d.month()) + s + QStringLiteral("月") + s
        + QString::number(d.day()) + s + QStringLiteral("日");
}

// The ways a message may name a date (for "naming both" checks).
QStringList dateMentions(QDate d)
{
    return {d.toString(Qt::ISODate), d.toString(QStringLiteral("yyyyMMdd")), d.toString(QStringLiteral("yyyy/MM/dd")),
            chineseDate(d, true), chineseDate(d, false), d.toString(QStringLiteral("yyyy/M/d")), d.toString(QStringLiteral("M.d")),
            d.toString(QStringLiteral("MM.dd")), d.toString(QStringLiteral("MM-dd"))};
}

// ---------------------------------------------------------------------------------------------------------------
// Periods of weekly-return files.

struct Period
{
    QDate start, end;
    bool week = false; // a trading week (weekly_return), else a period return
    QDate monday;
    QString tag;
};

Period randomPeriod(Rng &r, bool weekOnly, bool plain = false)
{
    static const QList<QDate> weeks = TradingCalendar::tradingWeeks();
    QList<QDate> normal, holiday;
    for (QDate w : weeks)
        (TradingCalendar::holidayOf(w).isEmpty() ? normal : holiday).append(w);
    Period p;
    const int kind = plain ? 0 : weekOnly ? r.weighted({6, 3}) : r.weighted({6, 3, 1.2, 1, 1, 0.6, 0.6});
    switch (kind) {
    case 0: { // Monday to Friday
        const QDate monday = r.pick(normal);
        p = {monday, monday.addDays(4), true, monday, QStringLiteral("period:week")};
        break;
    }
    case 1: { // a week a holiday shortens, stated as its trading days or as Monday to Friday
        const QDate monday = r.pick(holiday);
        const QString name = TradingCalendar::holidayOf(monday);
        if (r.chance(0.6))
            p = {TradingCalendar::firstTradingDay(monday), TradingCalendar::lastTradingDay(monday), true, monday,
                 QStringLiteral("period:holiday-week-trading-days-") + name};
        else
            p = {monday, monday.addDays(4), true, monday, QStringLiteral("period:holiday-week-mon-fri-") + name};
        break;
    }
    case 2: { // two weeks
        const QDate monday = r.pick(normal.mid(0, normal.size() - 2));
        p = {monday, monday.addDays(11), false, {}, QStringLiteral("period:two-weeks")};
        break;
    }
    case 3: { // Friday to Friday
        const QDate monday = r.pick(normal.mid(1));
        p = {monday.addDays(-3), monday.addDays(4), false, {}, QStringLiteral("period:fri-fri")};
        break;
    }
    case 4: { // Tuesday to Friday of a full week
        const QDate monday = r.pick(normal);
        p = {monday.addDays(1), monday.addDays(4), false, {}, QStringLiteral("period:tue-fri")};
        break;
    }
    case 5: { // Monday to Thursday of a full week
        const QDate monday = r.pick(normal);
        p = {monday, monday.addDays(3), false, {}, QStringLiteral("period:mon-thu")};
        break;
    }
    default: { // a month's trading days
        const int month = r.between(3, 11);
        QDate first(2024, month, 1), last = QDate(2024, month, 1).addMonths(1).addDays(-1);
        while (!TradingCalendar::isTradingDay(first))
            first = first.addDays(1);
        while (!TradingCalendar::isTradingDay(last))
            last = last.addDays(-1);
        p = {first, last, false, {}, QStringLiteral("period:month")};
        break;
    }
    }
    // The calendar decides, not the way the period was drawn.
    p.week = TradingCalendar::isTradingWeek(p.start, p.end);
    p.monday = QDate();
    for (QDate d = p.start; p.week && d <= p.end && !p.monday.isValid(); d = d.addDays(1))
        if (TradingCalendar::isTradingDay(d))
            p.monday = TradingCalendar::mondayOf(d); // the week of its first trading day (Friday 5 April 2024 was 清明)
    return p;
}

// ---------------------------------------------------------------------------------------------------------------
// The faults a bad file carries (one per file).

const QStringList &genericFaults()
{
    static const QStringList faults{QStringLiteral("bad-number"), QStringLiteral("percent-in-non-percent"), QStringLiteral("cell-unit-misfit"),
                                    QStringLiteral("header-unit-misfit"), QStringLiteral("header-unit-unknown"), QStringLiteral("date-time"),
                                    QStringLiteral("date-invalid"), QStringLiteral("code-lost-zeros"), QStringLiteral("code-000-unknown"),
                                    QStringLiteral("required-missing"), QStringLiteral("mixed-encoding")};
    return faults;
}

QStringList shapeFaults(const QString &shape)
{
    if (shape == QLatin1String("weekly-movers"))
        return {QStringLiteral("period-conflict-text"), QStringLiteral("period-conflict-option"), QStringLiteral("kind-contradicts-family"),
                QStringLiteral("weekly-header-non-week"), QStringLiteral("trade-date-not-last")};
    if (shape.startsWith(QLatin1String("weekly-")))
        return {QStringLiteral("period-conflict-text"), QStringLiteral("period-conflict-option"), QStringLiteral("kind-contradicts-family")};
    if (shape == QLatin1String("key-stocks"))
        return {QStringLiteral("key-stocks-no-date")};
    return {};
}

// ---------------------------------------------------------------------------------------------------------------

struct ColumnInfo
{
    enum class Role { Code, Name, Kind, Date, Percent, Price, Money, Shares, Count, Multiple, Text };
    Role role = Role::Text;
    bool required = false;
    // The header as written with another unit (for a unit that does not fit); empty when the header takes none.
    std::function<QString(const QString &unit)> withUnit;
};

class CaseBuilder
{
public:
    CaseBuilder(quint64 seed, const QList<KnownSecurity> &known, const QHash<QString, KnownSecurity> &byCode)
        : r(splitmix(seed ^ 0x5A5A5A5A5A5A5A5Aull)), m_known(known), m_byCode(byCode)
    {
        for (const KnownSecurity &k : known)
            m_takenNames.insert(k.name);
        for (const NamedCode &n : kSh000)
            m_takenNames.insert(QString::fromUtf8(n.name));
    }

    Rng r;
    TerminalTable t;
    CsvStyle style;
    QString fault;
    // A mixed case varies every group of features at random; a focused case varies one group (focus) and writes the
    // rest the plain way the import has always read (UTF-8, comma, ISO dates, 300474.SZ, 1234.5, Mon–Fri weeks), so
    // that what fails, fails by itself.
    bool mixed = true;
    QString focus;
    bool vary(const char *group) const
    {
        // Code forms need the families they apply to (hk-short needs Hong Kong codes), units the securities that take
        // them (点 is an index's, 原始币种 a Hong Kong or US stock's).
        return mixed || focus == QLatin1String(group)
            || ((focus == QLatin1String("codes") || focus == QLatin1String("units")) && QLatin1String(group) == QLatin1String("securities"));
    }
    // A focused case of numbers, codes, dates or style uses one feature of its group (num:accounting, code-form:hk-short):
    // in most of the cells it can, so that a failure is that feature's.
    QString feature;
    bool use(const char *name, double p)
    {
        if (mixed)
            return r.chance(p);
        return feature == QLatin1String(name) && r.chance(0.75);
    }
    // A unit from a measure's list (the first is the one docs/import-formats.md has always listed).
    Unit unit(const QList<Unit> &units) { return vary("units") ? r.pick(units) : units.first(); }
    Written date(QDate d)
    {
        if (mixed)
            return writeDate(r, d);
        if (focus == QLatin1String("dates") && r.chance(0.75))
            return dateForm(int(kDateForms.indexOf(feature)), d);
        return dateForm(0, d);
    }
    QList<ColumnInfo> columns;
    QList<int> dataLines;
    int headerIndex = -1;

    // -- lines --------------------------------------------------------------------------------------------------
    int addLine(TableLine::Role role, const QList<TableCell> &cells, const QStringList &tags = {})
    {
        t.lines.append(TableLine{role, cells, tags});
        if (role == TableLine::Role::Data)
            dataLines.append(int(t.lines.size()) - 1);
        if (role == TableLine::Role::Header)
            headerIndex = int(t.lines.size()) - 1;
        return int(t.lines.size()) - 1;
    }
    void addText(TableLine::Role role, const QString &text, const QString &tag)
    {
        addLine(role, {TableCell{text, {tag}}}, {tag});
        t.tags << tag;
    }
    void maybeBlank(double p)
    {
        if (vary("layout") && r.chance(p)) {
            addLine(TableLine::Role::Blank, {TableCell{}}, {QStringLiteral("layout:blank-line")});
            t.tags << QStringLiteral("layout:blank-line");
        }
    }
    void titles(const QStringList &pool, double p)
    {
        if (!vary("layout"))
            return;
        if (r.chance(0.15))
            addText(TableLine::Role::Title, QStringLiteral("Sheet1"), QStringLiteral("layout:title-sheet1"));
        if (r.chance(p)) {
            QString title = r.pick(pool);
            if (r.chance(0.12)) { // a quoted title cell over two lines: every line below is one further down
                title.insert(title.size() / 2, QLatin1Char('\n'));
                addText(TableLine::Role::Title, title, QStringLiteral("layout:multiline-title"));
            } else {
                addText(TableLine::Role::Title, title, QStringLiteral("layout:title"));
            }
        }
        maybeBlank(0.2);
    }
    void footers(const QStringList &pool, double p)
    {
        if (!vary("layout") || !r.chance(p))
            return;
        maybeBlank(0.3);
        addText(TableLine::Role::Footer, r.pick(pool), QStringLiteral("layout:footer"));
        if (r.chance(0.3))
            addText(TableLine::Role::Footer, QStringLiteral("注：以上数据仅供参考"), QStringLiteral("layout:footer-note"));
    }

    // -- header cells -------------------------------------------------------------------------------------------
    int addColumn(QList<TableCell> &header, const QString &text, const QStringList &tags, ColumnInfo info)
    {
        header.append(TableCell{text, tags});
        columns.append(std::move(info));
        return int(header.size()) - 1;
    }
    HeaderForm plainForm(double none = 0.15)
    {
        if (!vary("units"))
            return HeaderForm::Plain;
        switch (r.weighted({1.0 - none - 0.15, 0.15, none})) {
        case 0: return HeaderForm::Plain;
        case 1: return HeaderForm::FullWidth;
        default: return HeaderForm::None;
        }
    }
    // A header with a unit, in a form; the unit's tag names the measure ("unit:shares:万股"). A header without a unit
    // counts in the measure's base unit (股, 元, 次): `unit` becomes that.
    int unitColumn(QList<TableCell> &header, const QString &base, const QString &measure, Unit &unit, HeaderForm form,
                   ColumnInfo::Role role, bool required = false)
    {
        if (form == HeaderForm::None)
            unit = Unit{measure == QLatin1String("shares") ? "股" : measure == QLatin1String("count") ? "次" : unit.exponent == 0 ? unit.text : "元", 0};
        const QString u = QString::fromUtf8(unit.text);
        QStringList tags{formTag(form)};
        if (form != HeaderForm::None)
            tags << QStringLiteral("unit:") + measure + QLatin1Char(':') + u;
        const HeaderForm rewrite = form == HeaderForm::None ? HeaderForm::Plain : form;
        return addColumn(header, withUnit(base, u, form), tags,
                         ColumnInfo{role, required, [base, rewrite](const QString &other) { return withUnit(base, other, rewrite); }});
    }

    // -- cells --------------------------------------------------------------------------------------------------
    // Writes a number as a terminal or Excel may: grouping, signs, full-width, %, accounting negatives, ="…", padding,
    // and (where the column counts or prices in yuan or shares) a 万/亿 suffix. Returns the cell and adds to
    // `exponent` the powers of ten a suffix scales by.
    TableCell number(ExactDecimal v, bool percentColumn, bool suffixAllowed, int &exponent)
    {
        QStringList tags;
        exponent = 0;
        if (suffixAllowed && !v.isNegative() && use("num:cell-unit", 0.08)) {
            // 1.2万 is 12000: the written number is the value ÷ 10^4 (or 10^8).
            const bool yi = r.chance(0.3);
            exponent = yi ? 8 : 4;
            tags << (yi ? QStringLiteral("num:cell-unit-亿") : QStringLiteral("num:cell-unit-万"));
            QString text = v.integerDigits();
            if (v.decimals() > 0)
                text += QLatin1Char('.') + v.fractionDigits();
            return TableCell{text + (yi ? QStringLiteral("亿") : QStringLiteral("万")), tags};
        }
        QString intPart = v.integerDigits();
        const QString frac = v.fractionDigits();
        const bool fullWidth = use("num:fullwidth-digits", 0.05);
        if (!fullWidth && intPart.size() >= 4 && use("num:thousands", 0.35)) {
            QString grouped;
            for (int i = 0; i < intPart.size(); ++i) {
                if (i > 0 && (intPart.size() - i) % 3 == 0)
                    grouped += QLatin1Char(',');
                grouped += intPart[i];
            }
            intPart = grouped;
            tags << QStringLiteral("num:thousands");
        }
        QString body = intPart + (frac.isEmpty() ? QString() : QLatin1Char('.') + frac);
        if (fullWidth) {
            QString w;
            for (QChar c : body)
                w += c == QLatin1Char('.') ? QChar(0xFF0E) : QChar(char16_t(0xFF10 + (c.unicode() - u'0')));
            body = w;
            tags << QStringLiteral("num:fullwidth-digits");
        }
        QString percent;
        if (percentColumn) {
            if (use("num:percent-fullwidth", 0.07)) {
                percent = QString(QChar(0xFF05));
                tags << QStringLiteral("num:percent-fullwidth");
            } else if (use("num:percent-sign", 0.28)) {
                percent = QStringLiteral("%");
                tags << QStringLiteral("num:percent-sign");
            }
        }
        QString text;
        if (v.isNegative()) {
            if (use("num:minus-u2212", 0.1)) {
                text = QChar(0x2212) + body + percent;
                tags << QStringLiteral("num:minus-u2212");
            } else if (use("num:minus-fullwidth", 0.1)) {
                text = QChar(0xFF0D) + body + percent;
                tags << QStringLiteral("num:minus-fullwidth");
            } else if (use("num:accounting", 0.12)) {
                text = QLatin1Char('(') + body + percent + QLatin1Char(')');
                tags << QStringLiteral("num:accounting");
            } else if (use("num:accounting-fullwidth", 0.1)) {
                text = QChar(0xFF08) + body + percent + QChar(0xFF09);
                tags << QStringLiteral("num:accounting-fullwidth");
            } else {
                text = QLatin1Char('-') + body + percent;
                tags << QStringLiteral("num:minus");
            }
        } else if (v.mantissa != 0 && use("num:plus-fullwidth", 0.04)) {
            text = QChar(0xFF0B) + body + percent;
            tags << QStringLiteral("num:plus-fullwidth");
        } else if (v.mantissa != 0 && use("num:plus", 0.08)) {
            text = QLatin1Char('+') + body + percent;
            tags << QStringLiteral("num:plus");
        } else {
            text = body + percent;
        }
        if (use("num:excel-text", 0.05)) {
            text = QStringLiteral("=\"") + text + QLatin1Char('"');
            tags << QStringLiteral("num:excel-text");
        }
        if (use("num:padded", 0.05)) {
            static const QList<QChar> pads{QLatin1Char(' '), QChar(0x00A0), QChar(0x3000)};
            const QChar pad = r.pick(pads);
            text = pad + text + (r.chance(0.5) ? QString(pad) : QString());
            tags << (pad == QLatin1Char(' ') ? QStringLiteral("num:padded-space") : pad == QChar(0x00A0) ? QStringLiteral("num:padded-nbsp")
                                                                                                         : QStringLiteral("num:padded-u3000"));
        }
        if (tags.isEmpty())
            tags << QStringLiteral("num:plain");
        return TableCell{text, tags, CellValue{CellValue::Type::Number, v, percentColumn, {}}};
    }

    TableCell missing()
    {
        static const QStringList forms{QString(), QStringLiteral("--"), QStringLiteral("-"), QStringLiteral("/"), QStringLiteral("—"),
                                       QStringLiteral("N/A"), QStringLiteral("#N/A"), QStringLiteral("NULL")};
        const QString f = r.pick(forms);
        return TableCell{f, {QStringLiteral("missing:") + (f.isEmpty() ? QStringLiteral("empty") : f)}};
    }

    // A numeric cell appended to `row` (of the line about to be added), and what the store must hold for it: the
    // written number scaled by the header's unit and any suffix. Optional measures are missing at times.
    ExpectedValue measure(QList<TableCell> &row, const QString &column, ExactDecimal written, int headerExponent, bool percent,
                          bool suffixAllowed, bool optional, int headerColumn)
    {
        const CellRef ref{int(t.lines.size()), int(row.size())};
        QStringList headerTags = t.lines[headerIndex].cells[headerColumn].tags;
        if (optional && use("num:missing", 0.06)) {
            const TableCell cell = missing();
            row.append(cell);
            return ExpectedValue{column, ExpectedValue::Type::Null, {}, cell.tags, ref};
        }
        int suffix = 0;
        // 1.2万 under a header that scales already (总市值(万元)) would say the unit twice: the import refuses it, so a good
        // file never has it.
        const TableCell cell = number(written, percent, suffixAllowed && headerExponent == 0, suffix);
        row.append(cell);
        QStringList tags = cell.tags;
        for (const QString &h : headerTags)
            if (h.startsWith(QLatin1String("unit:")))
                tags << h;
        if (written.decimals() == 0)
            tags << QStringLiteral("num:integer");
        return ExpectedValue{column, ExpectedValue::Type::Number, written.scaledBy(headerExponent + suffix).toPlainText(), tags, ref};
    }

    ExpectedValue textValue(const QString &column, const QString &text, const QStringList &tags, CellRef ref = {})
    {
        return ExpectedValue{column, ExpectedValue::Type::Text, text, tags, ref};
    }

    // -- securities ---------------------------------------------------------------------------------------------
    // A new security of the family (or one the store knows, taken as the store has it); a family of a few fixed codes
    // (北证50, 恒生指数) runs out, and then a family with room stands in.
    Security security(Family f)
    {
        if (auto s = tryFamily(f))
            return *s;
        if (auto s = tryFamily(f == Family::Si801 || f == Family::Si85 || f == Family::WiCi ? Family::Si85 : f == Family::Hk || f == Family::Us ? Family::Hk : Family::Wi88))
            return *s;
        qFatal("the generator found no free code");
    }

    std::optional<Security> tryFamily(Family f)
    {
        for (int attempt = 0; attempt < 60; ++attempt) {
            Security s;
            s.family = f;
            s.familyTag = familyTag(f);
            auto digits = [&](int n) { return QString::number(r.between64(0, pow10(n) - 1)).rightJustified(n, QLatin1Char('0')); };
            auto named = [&](const auto &list, const char *suffix) {
                const auto &n = list[r.between(0, int(std::size(list)) - 1)];
                s.code = QString::fromUtf8(n.code) + QString::fromLatin1(suffix);
                s.name = QString::fromUtf8(n.name);
            };
            switch (f) {
            case Family::Sh60: s.code = r.pick(QStringList{QStringLiteral("600"), QStringLiteral("601"), QStringLiteral("603"), QStringLiteral("605")}) + digits(3) + QStringLiteral(".SH"); s.kind = QStringLiteral("stock"); break;
            case Family::Sh68: s.code = QStringLiteral("688") + digits(3) + QStringLiteral(".SH"); s.kind = QStringLiteral("stock"); break;
            case Family::Sz00x: s.code = r.pick(QStringList{QStringLiteral("001"), QStringLiteral("002"), QStringLiteral("003")}) + digits(3) + QStringLiteral(".SZ"); s.kind = QStringLiteral("stock"); break;
            case Family::Sz000: s.code = QStringLiteral("000") + digits(3) + QStringLiteral(".SZ"); s.kind = QStringLiteral("stock"); break;
            case Family::Sz30x: s.code = r.pick(QStringList{QStringLiteral("300"), QStringLiteral("301")}) + digits(3) + QStringLiteral(".SZ"); s.kind = QStringLiteral("stock"); break;
            case Family::Bj: s.code = r.pick(QStringList{QStringLiteral("43"), QStringLiteral("83"), QStringLiteral("87"), QStringLiteral("92")}) + digits(4) + QStringLiteral(".BJ"); s.kind = QStringLiteral("stock"); break;
            case Family::Sz399:
                if (r.chance(0.5))
                    named(kSz399, ".SZ");
                else
                    s.code = QStringLiteral("399") + digits(3) + QStringLiteral(".SZ"), s.name = QStringLiteral("深证") + randomName(r, 2, 2) + QStringLiteral("指数");
                s.kind = QStringLiteral("index");
                break;
            case Family::Sh000Index: named(kSh000, ".SH"); s.kind = QStringLiteral("index"); break;
            case Family::Bj899: s.code = QStringLiteral("899050.BJ"); s.name = QStringLiteral("北证50"); s.kind = QStringLiteral("index"); break;
            case Family::Si801:
                if (r.chance(0.5))
                    named(kSi801, ".SI");
                else
                    s.code = QStringLiteral("801") + digits(3) + QStringLiteral(".SI"), s.name = randomName(r, 2, 3) + QStringLiteral("Ⅱ");
                s.kind = QStringLiteral("industry");
                break;
            case Family::Si85:
                s.code = QStringLiteral("85") + digits(4) + QStringLiteral(".SI");
                s.name = QString::fromUtf8(kSwLevel2[r.between(0, int(std::size(kSwLevel2)) - 1)]);
                s.kind = QStringLiteral("industry");
                break;
            case Family::Csi: s.code = QStringLiteral("93") + digits(4) + QStringLiteral(".CSI"); s.name = QStringLiteral("中证") + randomName(r, 2, 3); s.kind = QStringLiteral("index"); break;
            case Family::Hi: named(kHi, ""); s.kind = QStringLiteral("index"); break;
            case Family::Gi: named(kGi, ""); s.kind = QStringLiteral("index"); break;
            case Family::Wi88: s.code = QStringLiteral("88") + digits(4) + QStringLiteral(".WI"); s.name = QStringLiteral("万得") + randomName(r, 2, 3) + QStringLiteral("指数"); s.kind = QStringLiteral("index"); break;
            case Family::WiCi: s.code = QStringLiteral("CI005") + digits(3) + QStringLiteral(".WI"); s.name = randomName(r, 2, 3) + QStringLiteral("(中信)"); s.kind = QStringLiteral("industry"); break;
            case Family::Hk: s.code = QString::number(r.between(1, 9999)).rightJustified(4, QLatin1Char('0')) + QStringLiteral(".HK"); s.kind = QStringLiteral("stock"); break;
            case Family::Us:
                if (r.chance(0.5))
                    named(kUs, "");
                else {
                    QString t;
                    for (int i = r.between(2, 4); i > 0; --i)
                        t += QChar(char16_t(u'A' + r.between(0, 25)));
                    s.code = t + (r.chance(0.6) ? QStringLiteral(".O") : QStringLiteral(".N"));
                }
                s.kind = QStringLiteral("stock");
                break;
            }
            if (m_usedCodes.contains(s.code))
                continue;
            if (const auto it = m_byCode.constFind(s.code); it != m_byCode.constEnd()) {
                // A code the store holds: its name and kind are the store's (an import only fills what is empty).
                if (f == Family::Sh000Index && it->name != s.name && s.name != QStringLiteral("上证综指"))
                    continue;
                s.known = true;
                s.kind = it->kind;
                if (f != Family::Sh000Index)
                    s.name = it->name;
            } else {
                if (s.name.isEmpty() || (m_takenNames.contains(s.name) && f != Family::Sh000Index))
                    s.name = randomName(r, 2, 4);
                if (m_takenNames.contains(s.name) && f != Family::Sh000Index)
                    continue;
            }
            m_usedCodes.insert(s.code);
            m_takenNames.insert(s.name);
            return s;
        }
        return std::nullopt;
    }

    // A security the store knows, with a bare 000xxx code that only its name resolves (000977 浪潮信息).
    std::optional<Security> known000()
    {
        QList<KnownSecurity> candidates;
        for (const KnownSecurity &k : m_known)
            if (k.code.startsWith(QLatin1String("000")) && k.code.endsWith(QLatin1String(".SZ")) && !m_usedCodes.contains(k.code) && !k.name.isEmpty())
                candidates.append(k);
        if (candidates.isEmpty())
            return std::nullopt;
        const KnownSecurity k = r.pick(candidates);
        m_usedCodes.insert(k.code);
        return Security{k.code, k.name, k.kind, Family::Sz000, familyTag(Family::Sz000), true};
    }

    Security stock()
    {
        if (!mixed && feature.startsWith(QLatin1String("code-form:hk")) && r.chance(0.6))
            return security(Family::Hk);
        if (!mixed && feature == QLatin1String("code-form:bare-000-index-by-name") && r.chance(0.6))
            return security(Family::Sh000Index);
        if (!mixed && feature == QLatin1String("code-form:bare-000-stock-by-store-name") && r.chance(0.6))
            if (auto k = known000())
                return *k;
        switch (r.weighted({3, 3, 2, vary("securities") ? 0.7 : 0, 3, 1})) {
        case 0: return security(Family::Sh60);
        case 1: return security(Family::Sh68);
        case 2: return security(Family::Sz00x);
        case 3:
            // A 000xxx stock the store knows: its bare code is resolved by its name.
            if (r.chance(0.5))
                if (auto k = known000())
                    return *k;
            return security(Family::Sz000);
        case 4: return security(Family::Sz30x);
        default: return security(Family::Bj);
        }
    }
    Security indexOrIndustry()
    {
        switch (r.weighted({2, 1.2, 0.4, 2.5, 1, 0.8, 0.6, 0.6, 0.8, 0.8})) {
        case 0: return security(Family::Sz399);
        case 1: return security(Family::Sh000Index);
        case 2: return security(Family::Bj899);
        case 3: return security(Family::Si801);
        case 4: return security(Family::Si85);
        case 5: return security(Family::Csi);
        case 6: return security(Family::Hi);
        case 7: return security(Family::Gi);
        case 8: return security(Family::Wi88);
        default: return security(Family::WiCi);
        }
    }

    // The code as the file writes it; the canonical code is what the store keeps.
    TableCell codeCell(const Security &s, bool nameColumn)
    {
        if (!vary("codes"))
            return TableCell{s.code, {QStringLiteral("code-form:suffix"), QStringLiteral("code:") + s.familyTag}};
        QList<Written> forms;
        QList<double> weights;
        auto add = [&](const QString &text, const QString &tag, double w) {
            forms.append({text, QStringLiteral("code-form:") + tag});
            weights.append(w);
        };
        const QString digits = s.code.section(QLatin1Char('.'), 0, 0);
        const QString suffix = s.code.section(QLatin1Char('.'), 1);
        add(s.code, QStringLiteral("suffix"), 6);
        add(digits + QLatin1Char('.') + suffix.toLower(), QStringLiteral("lower-suffix"), 0.8);
        add(QStringLiteral("=\"") + s.code + QLatin1Char('"'), QStringLiteral("excel-text-suffix"), 0.5);
        add(QLatin1Char(' ') + s.code + QLatin1Char(' '), QStringLiteral("padded"), 0.3);
        if (unambiguousBare(s.family)) {
            add(digits, QStringLiteral("bare-") + s.familyTag, 1.5);
            add(QStringLiteral("=\"") + digits + QLatin1Char('"'), QStringLiteral("excel-text-bare"), 0.5);
        }
        if (nameColumn && s.family == Family::Sh000Index)
            add(digits, QStringLiteral("bare-000-index-by-name"), 1.5);
        if (nameColumn && s.family == Family::Sz000 && s.known)
            add(digits, QStringLiteral("bare-000-stock-by-store-name"), 1.5);
        if (s.family == Family::Hk) {
            add(QLatin1Char('0') + s.code, QStringLiteral("hk-5-digits"), 2);
            if (digits.startsWith(QLatin1Char('0'))) {
                QString stripped = digits;
                while (stripped.startsWith(QLatin1Char('0')))
                    stripped.remove(0, 1);
                if (!stripped.isEmpty())
                    add(stripped + QStringLiteral(".HK"), QStringLiteral("hk-short"), 2);
            }
        }
        if ((s.family == Family::Sz00x || s.family == Family::Sz000) && suffix == QLatin1String("SZ")) {
            QString stripped = digits;
            while (stripped.startsWith(QLatin1Char('0')))
                stripped.remove(0, 1);
            if (!stripped.isEmpty()) // 000000.SZ is no one's code: a terminal never writes it, with or without zeros
                add(stripped + QStringLiteral(".SZ"), QStringLiteral("lost-zeros-with-suffix"), 1);
        }
        if (!mixed) { // focused on one form: that form where it applies
            for (int k = 0; k < forms.size(); ++k) {
                const QString &tag = forms[k].tag;
                const bool match = tag == feature
                    || (feature == QLatin1String("code-form:bare") && tag.startsWith(QLatin1String("code-form:bare-")) && !tag.contains(QLatin1String("000")));
                if (match && r.chance(0.8))
                    return TableCell{forms[k].text, {forms[k].tag, QStringLiteral("code:") + s.familyTag}};
            }
            return TableCell{forms[0].text, {forms[0].tag, QStringLiteral("code:") + s.familyTag}};
        }
        double total = 0;
        for (double w : weights)
            total += w;
        double x = std::uniform_real_distribution<double>(0.0, total)(r.g);
        int i = 0;
        for (; i < weights.size() - 1 && x >= weights[i]; ++i)
            x -= weights[i];
        return TableCell{forms[i].text, {forms[i].tag, QStringLiteral("code:") + s.familyTag}};
    }

    // The security row the import must leave: a new one with the family's kind and the file's name; a known one
    // keeps its kind.
    void expectSecurity(const Security &s, CellRef ref, const QStringList &codeTags, bool nameWritten)
    {
        ExpectedRow row{QStringLiteral("security"), {{QStringLiteral("code"), s.code}}, {}, false, codeTags, ref};
        row.values.append(textValue(QStringLiteral("kind"), s.kind, codeTags + QStringList{QStringLiteral("kind:") + s.familyTag}, ref));
        if (!s.known && nameWritten)
            row.values.append(textValue(QStringLiteral("name"), s.name, codeTags, ref));
        t.stored.append(row);
    }

private:
    const QList<KnownSecurity> &m_known;
    const QHash<QString, KnownSecurity> &m_byCode;
    QSet<QString> m_usedCodes;
    QSet<QString> m_takenNames;
};

// ---------------------------------------------------------------------------------------------------------------
// Prices of a row: low ≤ close ≤ high, same decimals, all positive.

struct Prices
{
    ExactDecimal open, high, low, close;
};

Prices randomPrices(Rng &r, int minDigits, int maxDigits)
{
    const int decimals = r.between(0, 4);
    const ExactDecimal close = randomDecimal(r, minDigits, maxDigits, decimals);
    const qint64 c = qMax<qint64>(close.mantissa, 2);
    const qint64 spread = qMax<qint64>(1, c / 10);
    const qint64 low = c - r.between64(0, spread), high = c + r.between64(0, spread);
    const qint64 open = r.between64(low, high);
    return {{open, -decimals}, {high, -decimals}, {low, -decimals}, {c, -decimals}};
}

// ---------------------------------------------------------------------------------------------------------------
// Weekly returns: top movers (plain headers), Wind and iFinD exports with bracket headers.

void buildWeekly(CaseBuilder &b, const QString &shape)
{
    Rng &r = b.r;
    const bool movers = shape == QLatin1String("weekly-movers");
    const bool wind = shape == QLatin1String("weekly-wind");
    const bool ifind = shape == QLatin1String("weekly-ifind");
    const QString &fault = b.fault;

    Period p = randomPeriod(r, fault == QLatin1String("trade-date-not-last") || fault == QLatin1String("period-conflict-option"),
                            !b.vary("period") && fault != QLatin1String("weekly-header-non-week"));
    if (fault == QLatin1String("weekly-header-non-week"))
        while (p.week)
            p = randomPeriod(r, false);
    b.t.tags << p.tag << (p.week ? QStringLiteral("period:is-week") : QStringLiteral("period:is-period"));
    const QDate lastDay = p.week ? TradingCalendar::lastTradingDay(p.monday) : QDate();
    const bool endsOnLastDay = p.week && p.end == lastDay;

    // Who is in the table.
    const bool stocks = !b.vary("securities") || (movers ? !r.chance(0.15) : r.chance(0.25));
    const bool overseas = movers && !stocks; // a compute-chain table of HK and US names
    const int n = r.between(1, 7);
    QList<Security> secs;
    for (int i = 0; i < n; ++i) {
        if (overseas)
            secs.append(b.security(r.chance(0.6) ? Family::Hk : Family::Us));
        else if (stocks)
            secs.append(b.stock());
        else
            secs.append(b.indexOrIndustry());
    }
    if (!p.week) // a known security may have a weekly row for this Monday already: new ones only
        for (Security &s : secs)
            while (s.known)
                s = stocks ? b.stock() : b.indexOrIndustry();
    const bool index = !stocks && !overseas;

    // How the period is stated.
    enum Source { Columns, Header, Text, Option, TradeDate };
    QList<Source> sources;
    bool weeklyDateHeader = false; // Wind 周涨跌幅[交易日期]E
    if (wind || ifind) {
        sources << Header;
        weeklyDateHeader = b.vary("period") && wind && endsOnLastDay && r.chance(0.25);
    } else {
        QList<Source> possible{Columns, Text};
        if (endsOnLastDay)
            possible << Option << TradeDate;
        sources << (b.vary("period") ? r.pick(possible) : Columns);
    }
    if (b.vary("period") && r.chance(0.25)) { // a second statement that agrees
        QList<Source> more{Text, Columns};
        if (endsOnLastDay)
            more << Option;
        const Source s = r.pick(more);
        if (!sources.contains(s) && !(s == Columns && sources.contains(TradeDate)))
            sources << s;
    }
    if (fault == QLatin1String("trade-date-not-last")) {
        sources = {TradeDate};
    } else if (fault == QLatin1String("period-conflict-option")) {
        sources.removeAll(Option);
        sources.removeAll(TradeDate);
        if (sources.isEmpty())
            sources << Columns;
    } else if (fault == QLatin1String("period-conflict-text")) {
        sources.removeAll(Text);
        sources.removeAll(Option);
        sources.removeAll(TradeDate);
        if (sources.isEmpty())
            sources << Columns;
    }
    for (Source s : sources)
        b.t.tags << QStringLiteral("period-source:")
                + QStringList{QStringLiteral("columns"), QStringLiteral("header"), QStringLiteral("title-or-footer"), QStringLiteral("option-week"), QStringLiteral("trade-date-column")}[s];

    // A conflicting statement (fault): another week's dates.
    Period other = p;
    if (fault.startsWith(QLatin1String("period-conflict"))) {
        while (other.start == p.start || other.end == p.end || (other.week && p.week && other.monday == p.monday))
            other = randomPeriod(r, true);
    }
    QDate tradeDate = lastDay;
    if (fault == QLatin1String("trade-date-not-last")) {
        QList<QDate> days;
        for (QDate d = p.monday; d < lastDay; d = d.addDays(1))
            if (TradingCalendar::isTradingDay(d))
                days << d;
        if (days.isEmpty()) { // a one-day week: take another
            b.fault = QStringLiteral("bad-number");
            return buildWeekly(b, shape);
        }
        tradeDate = r.pick(days);
    }

    // Titles and the period in words.
    const bool spaced = r.chance(0.6);
    const QString phrase = r.chance(0.7) ? QStringLiteral("涨跌幅区间为 ") : QStringLiteral("涨幅区间为 ");
    const Period textPeriod = fault == QLatin1String("period-conflict-text") ? other : p;
    const QString periodWords = phrase + chineseDate(textPeriod.start, spaced) + QStringLiteral("至") + chineseDate(textPeriod.end, spaced);
    const bool textInTitle = (sources.contains(Text) || fault == QLatin1String("period-conflict-text")) && r.chance(0.4);
    const bool textInFooter = (sources.contains(Text) || fault == QLatin1String("period-conflict-text")) && !textInTitle;
    int textLine = -1;
    const QStringList titles = movers ? QStringList{QStringLiteral("本周计算机板块个股涨幅前五名"), QStringLiteral("本周计算机板块个股跌幅前五名"), QStringLiteral("算力产业链个股周涨跌幅")}
                                      : QStringList{QStringLiteral("主要指数周涨跌幅"), QStringLiteral("申万一级行业周涨跌幅"), QStringLiteral("表1：主要指数表现")};
    if (textInTitle) {
        if (r.chance(0.15))
            b.addText(TableLine::Role::Title, QStringLiteral("Sheet1"), QStringLiteral("layout:title-sheet1"));
        b.addText(TableLine::Role::Title, r.pick(titles) + QStringLiteral("（") + periodWords + QStringLiteral("）"), QStringLiteral("period-text:title"));
        textLine = int(b.t.lines.size()) - 1;
        b.maybeBlank(0.2);
    } else {
        b.titles(titles, 0.6);
    }

    // The header.
    const QString S = p.start.toString(QStringLiteral("yyyyMMdd")), E = p.end.toString(QStringLiteral("yyyyMMdd"));
    QList<TableCell> header;
    const int headerLine = int(b.t.lines.size());
    b.headerIndex = headerLine; // measure() reads header tags as columns are added; the line is appended below
    b.t.lines.append(TableLine{TableLine::Role::Header, {}, {}});
    auto sync = [&] { b.t.lines[headerLine].cells = header; };

    const int codeCol = b.addColumn(header, r.pick(QStringList{QStringLiteral("证券代码"), QStringLiteral("代码"), QStringLiteral("股票代码")}), {}, {ColumnInfo::Role::Code, true, {}});
    const bool nameColumn = r.chance(0.9) || fault == QLatin1String("code-000-unknown");
    if (nameColumn)
        b.addColumn(header, r.pick(QStringList{QStringLiteral("证券简称"), QStringLiteral("名称"), QStringLiteral("股票简称")}), {}, {ColumnInfo::Role::Name, false, {}});
    const bool kindColumn = r.chance(0.12) || fault == QLatin1String("kind-contradicts-family");
    const int kindCol = kindColumn ? b.addColumn(header, QStringLiteral("类型"), {QStringLiteral("column:kind")}, {ColumnInfo::Role::Kind, false, {}}) : -1;
    int startCol = -1, endCol = -1, tradeCol = -1;
    if (sources.contains(Columns)) {
        const int style = r.between(0, 2);
        startCol = b.addColumn(header, QStringList{QStringLiteral("周起始日"), QStringLiteral("起始日期"), QStringLiteral("区间起始日")}[style], {}, {ColumnInfo::Role::Date, true, {}});
        endCol = b.addColumn(header, QStringList{QStringLiteral("周截止日"), QStringLiteral("截止日期"), QStringLiteral("区间截止日")}[style], {}, {ColumnInfo::Role::Date, true, {}});
    }
    if (sources.contains(TradeDate))
        tradeCol = b.addColumn(header, QStringLiteral("交易日期"), {QStringLiteral("column:trade-date")}, {ColumnInfo::Role::Date, true, {}});

    // The return's header says what it measures: a weekly measure (周涨跌幅) or an interval's (区间涨跌幅).
    const bool weeklyWordAllowed = p.week || fault == QLatin1String("weekly-header-non-week");
    QString retHeader;
    QStringList retTags;
    std::function<QString(const QString &)> retWithUnit;
    if (wind) {
        if (weeklyDateHeader) {
            retHeader = QStringLiteral("周涨跌幅[交易日期]") + E + QStringLiteral("[单位]%");
            retTags << QStringLiteral("header:wind-weekly-trade-date");
            retWithUnit = [E](const QString &u) { return QStringLiteral("周涨跌幅[交易日期]") + E + QStringLiteral("[单位]") + u; };
        } else {
            const QString adjust = r.chance(0.3) ? QStringLiteral("[复权方式]前复权") : QString();
            retHeader = QStringLiteral("区间涨跌幅[起始交易日期]") + S + QStringLiteral("[截止交易日期]") + E + adjust + QStringLiteral("[单位]%");
            retTags << QStringLiteral("header:wind-range");
            retWithUnit = [S, E, adjust](const QString &u) { return QStringLiteral("区间涨跌幅[起始交易日期]") + S + QStringLiteral("[截止交易日期]") + E + adjust + QStringLiteral("[单位]") + u; };
        }
    } else if (ifind) {
        const QString base = r.pick(QStringList{QStringLiteral("区间涨跌幅:前复权"), QStringLiteral("区间涨跌幅:不复权"), QStringLiteral("区间涨跌幅")});
        const bool unit = r.chance(0.7);
        retHeader = base + QLatin1Char('[') + S + QLatin1Char('-') + E + QLatin1Char(']') + (unit ? QStringLiteral("(%)") : QString());
        retTags << QStringLiteral("header:ifind-range") << (unit ? QStringLiteral("header:ifind-percent-unit") : QStringLiteral("header:ifind-no-unit"));
        retWithUnit = [base, S, E](const QString &u) { return base + QLatin1Char('[') + S + QLatin1Char('-') + E + QLatin1Char(']') + QLatin1Char('(') + u + QLatin1Char(')'); };
    } else {
        QStringList weekly{QStringLiteral("周涨跌幅(%)"), QStringLiteral("周涨跌幅"), QStringLiteral("周涨跌幅（%）")};
        QStringList interval{QStringLiteral("涨跌幅(%)"), QStringLiteral("涨跌幅"), QStringLiteral("区间涨跌幅(%)"), QStringLiteral("区间涨跌幅")};
        const bool weeklyWord = fault == QLatin1String("weekly-header-non-week") || (weeklyWordAllowed && r.chance(0.6));
        retHeader = r.pick(weeklyWord ? weekly : interval);
        retTags << (weeklyWord ? QStringLiteral("header:weekly-measure") : QStringLiteral("header:interval-measure"));
        const QString base = retHeader.section(QLatin1Char('('), 0, 0).section(QChar(0xFF08), 0, 0);
        retWithUnit = [base](const QString &u) { return base + QLatin1Char('(') + u + QLatin1Char(')'); };
    }
    const int retCol = b.addColumn(header, retHeader, retTags, {ColumnInfo::Role::Percent, false, retWithUnit});

    // Close, and (for a week) low, high and the valuation snapshot.
    // 元 is the yuan: a table with Hong Kong or US stocks quotes them in their own currency (原始币种) or says nothing.
    bool foreign = overseas;
    for (const Security &s : secs)
        foreign = foreign || s.family == Family::Hk || s.family == Family::Us;
    const QString priceUnit = !b.vary("units") ? (index || foreign ? QString() : QStringLiteral("元"))
        : index ? (r.chance(0.7) ? QStringLiteral("点") : QString()) : foreign ? QStringLiteral("原始币种") : QStringLiteral("元");
    const bool closeColumn = r.chance(0.85);
    int closeCol = -1, lowCol = -1, highCol = -1, peCol = -1, pbCol = -1, capCol = -1;
    int capExponent = 0;
    auto bracketDate = [wind, S, E](const QString &base, bool range, const QString &unit) { // by value: rewrites outlive this function
        if (wind)
            return base + (range ? QStringLiteral("[起始交易日期]") + S + QStringLiteral("[截止交易日期]") + E : QStringLiteral("[交易日期]") + E)
                + (unit.isEmpty() ? QString() : QStringLiteral("[单位]") + unit);
        return base + QLatin1Char('[') + (range ? S + QLatin1Char('-') + E : E) + QLatin1Char(']') + (unit.isEmpty() ? QString() : QLatin1Char('(') + unit + QLatin1Char(')'));
    };
    auto priceColumn = [&](const QString &plainBase, const QString &windBase, const QString &ifindBase, bool range) {
        const QString unit = priceUnit.isEmpty() || (!wind && !ifind && b.vary("units") && r.chance(0.2)) ? QString() : priceUnit;
        QStringList tags;
        if (!unit.isEmpty())
            tags << QStringLiteral("unit:price:") + unit;
        QString text;
        std::function<QString(const QString &)> rewrite;
        if (wind || ifind) {
            const QString base = wind ? windBase : ifindBase;
            text = bracketDate(base, range, unit);
            tags << (wind ? QStringLiteral("header:wind-param") : QStringLiteral("header:ifind-param"));
            rewrite = [=](const QString &u) { return bracketDate(base, range, u); };
        } else {
            const HeaderForm form = unit.isEmpty() ? HeaderForm::None : (b.vary("units") && r.chance(0.2) ? HeaderForm::FullWidth : HeaderForm::Plain);
            text = withUnit(plainBase, unit, form);
            tags << formTag(form);
            rewrite = [=](const QString &u) { return withUnit(plainBase, u, HeaderForm::Plain); };
        }
        return b.addColumn(header, text, tags, {ColumnInfo::Role::Price, false, rewrite});
    };
    if (closeColumn)
        closeCol = priceColumn(QStringLiteral("收盘价"), QStringLiteral("收盘价"),
                               r.chance(0.5) ? QStringLiteral("收盘价:不复权") : QStringLiteral("区间收盘价:前复权"), false);
    if (p.week && r.chance(0.4)) {
        lowCol = priceColumn(QStringLiteral("周最低价"), QStringLiteral("区间最低价"), QStringLiteral("区间最低价:前复权"), true);
        highCol = priceColumn(QStringLiteral("周最高价"), QStringLiteral("区间最高价"), QStringLiteral("区间最高价:前复权"), true);
    }
    if (p.week && !ifind && r.chance(0.3)) {
        if (r.chance(0.6))
            peCol = b.addColumn(header, wind ? QStringLiteral("市盈率PE(TTM)[交易日期]") + E : QStringLiteral("市盈率PE(TTM)"), {QStringLiteral("column:pe-ttm")}, {ColumnInfo::Role::Multiple, false, {}});
        if (r.chance(0.6))
            pbCol = b.addColumn(header, wind ? QStringLiteral("市净率PB(MRQ)[交易日期]") + E : QStringLiteral("市净率PB(MRQ)"), {QStringLiteral("column:pb")}, {ColumnInfo::Role::Multiple, false, {}});
        if (stocks && r.chance(0.6)) {
            const Unit u = b.unit(QList<Unit>{{"元", 0}, {"万元", 4}, {"亿元", 8}});
            capExponent = u.exponent;
            const QString unit = QString::fromUtf8(u.text);
            const QString text = wind ? QStringLiteral("总市值[交易日期]") + E + QStringLiteral("[单位]") + unit : withUnit(QStringLiteral("总市值"), unit, HeaderForm::Plain);
            capCol = b.addColumn(header, text, {QStringLiteral("unit:money:") + unit, wind ? QStringLiteral("header:wind-param") : QStringLiteral("header:paren-unit")},
                                 {ColumnInfo::Role::Money, false, [wind, E](const QString &uu) { return wind ? QStringLiteral("总市值[交易日期]") + E + QStringLiteral("[单位]") + uu : withUnit(QStringLiteral("总市值"), uu, HeaderForm::Plain); }});
        }
    }
    sync();

    // The rows.
    for (const Security &s : secs) {
        QList<TableCell> row;
        const int line = int(b.t.lines.size());
        const TableCell code = b.codeCell(s, nameColumn);
        row.append(code);
        const CellRef codeRef{line, codeCol};
        if (nameColumn)
            row.append(TableCell{s.name, {}});
        if (kindColumn) {
            const QString written = s.kind == QLatin1String("stock") ? r.pick(QStringList{QStringLiteral("股票"), QStringLiteral("个股")})
                : s.kind == QLatin1String("index") ? QStringLiteral("指数") : r.pick(QStringList{QStringLiteral("行业"), QStringLiteral("行业指数")});
            row.append(TableCell{written, {QStringLiteral("column:kind")}});
        }
        QList<ExpectedValue> values;
        if (startCol >= 0) {
            const Period stated = p;
            const Written a = b.date(stated.start), z = b.date(stated.end);
            row.append(dateCell(a));
            row.append(dateCell(z));
            if (p.week)
                values.append(b.textValue(QStringLiteral("week_end"), p.end.toString(Qt::ISODate), {z.tag}, {line, endCol}));
        }
        if (tradeCol >= 0) {
            const Written d = b.date(tradeDate);
            row.append(dateCell(d, {QStringLiteral("column:trade-date")}));
            values.append(b.textValue(QStringLiteral("week_end"), tradeDate.toString(Qt::ISODate), {d.tag}, {line, tradeCol}));
        } else if (startCol < 0 && p.week) {
            values.append(b.textValue(QStringLiteral("week_end"), p.end.toString(Qt::ISODate), {}, {line, retCol}));
        }
        values.append(b.measure(row, QStringLiteral("return_pct"), randomDecimal(r, 0, 2, r.between(0, 4), r.chance(0.45)), 0, true, false, true, retCol));
        const Prices px = randomPrices(r, index ? 3 : 1, index ? 5 : 4);
        ExpectedValue closeValue;
        if (closeCol >= 0) {
            closeValue = b.measure(row, QStringLiteral("close"), px.close, 0, false, false, true, closeCol);
            values.append(closeValue);
        }
        if (lowCol >= 0) {
            values.append(b.measure(row, QStringLiteral("week_low"), px.low, 0, false, false, true, lowCol));
            values.append(b.measure(row, QStringLiteral("week_high"), px.high, 0, false, false, true, highCol));
        }
        QList<ExpectedValue> snapshot;
        if (peCol >= 0)
            snapshot.append(b.measure(row, QStringLiteral("pe_ttm"), randomDecimal(r, 1, 3, r.between(0, 2), r.chance(0.15)), 0, false, false, true, peCol));
        if (pbCol >= 0)
            snapshot.append(b.measure(row, QStringLiteral("pb"), randomDecimal(r, 1, 2, 2), 0, false, false, true, pbCol));
        if (capCol >= 0) {
            const int digits = capExponent == 8 ? 2 : capExponent == 4 ? 5 : 9;
            snapshot.append(b.measure(row, QStringLiteral("market_cap_cny"), randomDecimal(r, digits, digits + 2, r.between(0, 2)), capExponent, false, true, true, capCol));
        }
        b.addLine(TableLine::Role::Data, row);

        QStringList rowTags = code.tags;
        rowTags << p.tag;
        if (p.week) {
            b.t.stored.append(ExpectedRow{QStringLiteral("weekly_return"), {{QStringLiteral("code"), s.code}, {QStringLiteral("week_start"), p.monday.toString(Qt::ISODate)}},
                                          values, false, rowTags, codeRef});
            if (!s.known) // and no second row for it under another week_start (a Wednesday's)
                b.t.stored.append(ExpectedRow{QStringLiteral("weekly_return"), {{QStringLiteral("code"), s.code}}, {}, false, rowTags, codeRef});
            if (!snapshot.isEmpty()) {
                if (closeCol >= 0) {
                    ExpectedValue price = closeValue;
                    price.column = QStringLiteral("price");
                    snapshot.append(price);
                }
                b.t.stored.append(ExpectedRow{QStringLiteral("security_snapshot"), {{QStringLiteral("code"), s.code}, {QStringLiteral("as_of"), p.end.toString(Qt::ISODate)}},
                                              snapshot, false, rowTags, codeRef});
            }
        } else {
            QList<ExpectedValue> periodValues;
            for (const ExpectedValue &v : values)
                if (v.column == QLatin1String("return_pct") || v.column == QLatin1String("close"))
                    periodValues.append(v);
            b.t.stored.append(ExpectedRow{ImportContract::periodTable(),
                                          {{QStringLiteral("code"), s.code}, {ImportContract::periodStart(), p.start.toString(Qt::ISODate)}, {ImportContract::periodEnd(), p.end.toString(Qt::ISODate)}},
                                          periodValues, false, rowTags, codeRef});
            // Not a weekly return under any week_start (the securities of a period file are new ones).
            b.t.stored.append(ExpectedRow{QStringLiteral("weekly_return"), {{QStringLiteral("code"), s.code}}, {}, true, rowTags, codeRef});
        }
        b.expectSecurity(s, codeRef, code.tags, nameColumn);
    }

    // Footers (and the period in words).
    if (textInFooter) {
        b.maybeBlank(0.3);
        const QString vendor = r.chance(0.5) ? QStringLiteral("iFinD") : QStringLiteral("Wind");
        b.addText(TableLine::Role::Footer, QStringLiteral("数据来源：") + vendor + QStringLiteral("（") + periodWords + QStringLiteral("）"), QStringLiteral("period-text:footer"));
        textLine = int(b.t.lines.size()) - 1;
    } else {
        b.footers({QStringLiteral("数据来源：Wind"), QStringLiteral("资料来源：iFinD"), QStringLiteral("数据来源：Wind，民生证券研究院"), QStringLiteral("注：区间涨跌幅为前复权涨跌幅")}, 0.5);
    }
    if (sources.contains(Option))
        b.t.week = lastDay;

    b.t.kinds = p.week ? QStringList{QStringLiteral("weekly_returns")} : ImportContract::periodKinds();
    b.t.rows = secs.size();

    // Faults that only a weekly file can have.
    auto refuse = [&](const QList<CellRef> &at, const QList<QStringList> &mentions, const QString &tag) {
        b.t.outcome = TerminalTable::Outcome::Refused;
        b.t.refusal = ExpectedRefusal{at, mentions, {QStringLiteral("bad:") + tag}, true};
        b.t.stored.clear();
    };
    // Any header cell that states the file's dates (区间最低价[起始交易日期]…) is a fair place to report a conflict with them.
    auto datedHeaders = [&b, headerLine] {
        QList<CellRef> at;
        const auto &cells = b.t.lines[headerLine].cells;
        for (int c = 0; c < cells.size(); ++c)
            if (cells[c].text.contains(QLatin1Char('[')))
                at << CellRef{headerLine, c};
        return at;
    };
    if (fault == QLatin1String("period-conflict-text")) {
        QList<CellRef> at{{textLine, -1}, {headerLine, retCol}};
        at << datedHeaders();
        if (startCol >= 0)
            at << CellRef{b.dataLines.first(), startCol} << CellRef{b.dataLines.first(), endCol};
        refuse(at, {dateMentions(other.end), dateMentions(p.end)}, fault);
    } else if (fault == QLatin1String("period-conflict-option")) {
        b.t.week = TradingCalendar::lastTradingDay(other.monday);
        QList<CellRef> at{{headerLine, retCol}};
        at << datedHeaders();
        if (startCol >= 0)
            at << CellRef{b.dataLines.first(), startCol} << CellRef{b.dataLines.first(), endCol};
        if (textLine >= 0)
            at << CellRef{textLine, -1};
        refuse(at, {dateMentions(b.t.week), dateMentions(p.end)}, fault);
    } else if (fault == QLatin1String("weekly-header-non-week")) {
        QList<CellRef> at{{headerLine, retCol}};
        if (startCol >= 0)
            at << CellRef{b.dataLines.first(), startCol} << CellRef{b.dataLines.first(), endCol};
        if (textLine >= 0)
            at << CellRef{textLine, -1};
        refuse(at, {}, fault);
    } else if (fault == QLatin1String("trade-date-not-last")) {
        refuse({{b.dataLines.first(), tradeCol}}, {dateMentions(tradeDate)}, fault);
        b.t.refusal.oneError = false; // every row states the same date: one error a row is fair
        QList<CellRef> all;
        for (int l : b.dataLines)
            all << CellRef{l, tradeCol};
        b.t.refusal.at = all;
    } else if (fault == QLatin1String("kind-contradicts-family")) {
        const int victim = r.between(0, int(b.dataLines.size()) - 1);
        const int line = b.dataLines[victim];
        const QString kind = secs[victim].kind;
        const QString wrong = kind == QLatin1String("stock") ? QStringLiteral("指数") : QStringLiteral("股票");
        b.t.lines[line].cells[kindCol] = TableCell{wrong, {QStringLiteral("bad:kind-contradicts-family")}};
        refuse({{line, kindCol}}, {{wrong, secs[victim].code}}, fault);
    }
}

// ---------------------------------------------------------------------------------------------------------------
// Daily quotes: many securities with a code column, or Wind's single-security export with the code in the title.

void buildDaily(CaseBuilder &b, bool single)
{
    Rng &r = b.r;
    QList<Security> secs;
    const int nSecs = single ? 1 : r.between(1, 3);
    for (int i = 0; i < nSecs; ++i)
        secs.append(!b.vary("securities") || r.chance(0.6) ? b.stock() : b.indexOrIndustry());
    const bool index = !single ? false : secs.first().kind != QLatin1String("stock");
    // Days: consecutive trading days of one stretch.
    const QList<QDate> weeks = TradingCalendar::tradingWeeks();
    QDate d = r.pick(weeks);
    QList<QDate> days;
    const int nDays = r.between(1, single ? 8 : 4);
    while (days.size() < nDays) {
        if (TradingCalendar::isTradingDay(d))
            days.append(d);
        d = d.addDays(1);
    }

    int titleLine = 0;
    if (single) {
        if (b.vary("layout") && r.chance(0.5))
            b.addText(TableLine::Role::Title, QStringLiteral("Sheet1"), QStringLiteral("layout:title-sheet1"));
        const bool fw = b.vary("layout") && r.chance(0.2);
        titleLine = int(b.t.lines.size());
        b.addText(TableLine::Role::Title, secs.first().name + (fw ? QStringLiteral("（") : QStringLiteral("(")) + secs.first().code + (fw ? QStringLiteral("）") : QStringLiteral(")")),
                  fw ? QStringLiteral("daily:title-code-fullwidth-paren") : QStringLiteral("daily:title-code"));
        b.maybeBlank(0.2);
    } else {
        b.titles({QStringLiteral("行情序列"), QStringLiteral("日行情")}, 0.3);
    }

    QList<TableCell> header;
    const int headerLine = int(b.t.lines.size());
    b.headerIndex = headerLine;
    b.t.lines.append(TableLine{TableLine::Role::Header, {}, {}});
    int codeCol = -1, nameCol = -1;
    if (!single) {
        codeCol = b.addColumn(header, r.pick(QStringList{QStringLiteral("证券代码"), QStringLiteral("代码")}), {}, {ColumnInfo::Role::Code, true, {}});
        if (r.chance(0.7))
            nameCol = b.addColumn(header, r.pick(QStringList{QStringLiteral("证券简称"), QStringLiteral("名称")}), {}, {ColumnInfo::Role::Name, false, {}});
    }
    const int dateCol = b.addColumn(header, r.pick(QStringList{QStringLiteral("日期"), QStringLiteral("交易日期")}), {}, {ColumnInfo::Role::Date, true, {}});
    const HeaderForm form = b.plainForm(0.3);
    bool foreign = false; // a Hong Kong or US stock's prices are in its own currency, not 元
    for (const Security &s : secs)
        foreign = foreign || s.family == Family::Hk || s.family == Family::Us;
    Unit price = index ? Unit{"点", 0} : foreign ? Unit{"原始币种", 0} : Unit{"元", 0};
    const bool ohl = r.chance(0.8);
    int openCol = -1, highCol = -1, lowCol = -1;
    if (ohl) {
        openCol = b.unitColumn(header, QStringLiteral("开盘价"), QStringLiteral("price"), price, form, ColumnInfo::Role::Price);
        highCol = b.unitColumn(header, QStringLiteral("最高价"), QStringLiteral("price"), price, form, ColumnInfo::Role::Price);
        lowCol = b.unitColumn(header, QStringLiteral("最低价"), QStringLiteral("price"), price, form, ColumnInfo::Role::Price);
    }
    const int closeCol = b.unitColumn(header, QStringLiteral("收盘价"), QStringLiteral("price"), price, form, ColumnInfo::Role::Price, true);
    Unit volume = b.unit(kShareUnits);
    Unit amount = b.unit(kMoneyUnits);
    const bool va = r.chance(0.8);
    int volCol = -1, amtCol = -1;
    if (va) {
        volCol = b.unitColumn(header, QStringLiteral("成交量"), QStringLiteral("shares"), volume, b.plainForm(0.2), ColumnInfo::Role::Shares);
        amtCol = b.unitColumn(header, QStringLiteral("成交额"), QStringLiteral("money"), amount, b.plainForm(0.2), ColumnInfo::Role::Money);
    }
    b.t.lines[headerLine].cells = header;

    for (const Security &s : secs) {
        for (QDate day : days) {
            QList<TableCell> row;
            const int line = int(b.t.lines.size());
            QStringList rowTags;
            CellRef ref{line, dateCol};
            if (!single) {
                const TableCell code = b.codeCell(s, nameCol >= 0);
                row.append(code);
                rowTags = code.tags;
                ref = {line, codeCol};
                if (nameCol >= 0)
                    row.append(TableCell{s.name, {}});
            }
            const Written date = b.date(day);
            row.append(dateCell(date));
            rowTags << date.tag;
            QList<ExpectedValue> values;
            const Prices px = randomPrices(r, index || s.kind != QLatin1String("stock") ? 3 : 1, index || s.kind != QLatin1String("stock") ? 5 : 3);
            if (ohl) {
                values.append(b.measure(row, QStringLiteral("open"), px.open, 0, false, false, true, openCol));
                values.append(b.measure(row, QStringLiteral("high"), px.high, 0, false, false, true, highCol));
                values.append(b.measure(row, QStringLiteral("low"), px.low, 0, false, false, true, lowCol));
            }
            values.append(b.measure(row, QStringLiteral("close"), px.close, 0, false, false, false, closeCol));
            if (va) {
                const int vd = volume.exponent >= 4 ? r.between(0, 2) : 0;
                values.append(b.measure(row, QStringLiteral("volume"), randomDecimal(r, volume.exponent == 8 ? 0 : volume.exponent == 4 ? 2 : 4, volume.exponent == 8 ? 2 : volume.exponent == 4 ? 5 : 9, vd), volume.exponent, false,
                                        volume.exponent == 0, true, volCol));
                const int ad = amount.exponent >= 4 ? r.between(0, 4) : r.between(0, 2);
                values.append(b.measure(row, QStringLiteral("amount"), randomDecimal(r, amount.exponent >= 6 ? 1 : 3, amount.exponent >= 6 ? 4 : 10, ad), amount.exponent, false,
                                        amount.exponent == 0, true, amtCol));
            }
            b.addLine(TableLine::Role::Data, row);
            b.t.stored.append(ExpectedRow{QStringLiteral("daily_bar"), {{QStringLiteral("code"), s.code}, {QStringLiteral("trade_date"), day.toString(Qt::ISODate)}}, values, false, rowTags, ref});
            b.t.stored.append(ExpectedRow{QStringLiteral("trading_day"), {{QStringLiteral("trade_date"), day.toString(Qt::ISODate)}}, {}, false, rowTags, ref});
        }
        const CellRef first{b.dataLines.isEmpty() ? headerLine : b.dataLines.last(), single ? -1 : codeCol};
        b.expectSecurity(s, single ? CellRef{titleLine, -1} : first, single ? QStringList{QStringLiteral("daily:title-code")} : QStringList{}, single || nameCol >= 0);
    }
    b.footers({QStringLiteral("数据来源：Wind"), QStringLiteral("数据来源：iFinD")}, single ? 0.6 : 0.3);
    b.t.kinds = {QStringLiteral("daily_bars")};
    b.t.rows = qint64(secs.size()) * days.size();
}

// ---------------------------------------------------------------------------------------------------------------
// Key stocks: price, EPS and PE by fiscal year in the headers analysts write, PB; dated by --as-of or the title.

void buildKeyStocks(CaseBuilder &b)
{
    Rng &r = b.r;
    const QList<QDate> weeks = TradingCalendar::tradingWeeks();
    const QDate asOf = TradingCalendar::lastTradingDay(r.pick(weeks));
    const bool noDate = b.fault == QLatin1String("key-stocks-no-date");
    const int how = noDate ? -1 : b.vary("as-of") ? r.weighted({4, 2.5, 1.5, 1}) : 0;
    const bool spaced = r.chance(0.6);
    static const QStringList titles{QStringLiteral("重点公司盈利预测与估值"), QStringLiteral("表4：重点公司盈利预测、估值与评级"), QStringLiteral("重点关注个股")};
    if (how == 1) {
        const QString words = r.chance(0.5) ? QStringLiteral("股价为 ") + chineseDate(asOf, spaced) + QStringLiteral("收盘价")
                                            : QStringLiteral("数据截至 ") + chineseDate(asOf, spaced);
        b.addText(TableLine::Role::Title, r.pick(titles) + QStringLiteral("（") + words + QStringLiteral("）"), QStringLiteral("as-of:title"));
        b.maybeBlank(0.2);
    } else {
        b.titles(titles, 0.6);
    }
    if (how == 0)
        b.t.asOf = asOf, b.t.tags << QStringLiteral("as-of:option");

    const int firstYear = r.between(2021, 2023);
    const int reportYear = firstYear + 1; // the first year is actual, the others estimates
    QList<TableCell> header;
    const int headerLine = int(b.t.lines.size());
    b.headerIndex = headerLine;
    b.t.lines.append(TableLine{TableLine::Role::Header, {}, {}});
    const int codeCol = b.addColumn(header, r.pick(QStringList{QStringLiteral("证券代码"), QStringLiteral("代码"), QStringLiteral("股票代码")}), {}, {ColumnInfo::Role::Code, true, {}});
    b.addColumn(header, r.pick(QStringList{QStringLiteral("证券简称"), QStringLiteral("公司简称"), QStringLiteral("简称")}), {}, {ColumnInfo::Role::Name, false, {}});
    int dateCol = -1;
    if (how == 3)
        dateCol = b.addColumn(header, QStringLiteral("日期"), {QStringLiteral("as-of:column")}, {ColumnInfo::Role::Date, true, {}});
    const HeaderForm priceForm = b.plainForm(0.3);
    Unit yuan{"元", 0};
    const int priceCol = b.unitColumn(header, r.pick(QStringList{QStringLiteral("股价"), QStringLiteral("收盘价")}), QStringLiteral("price"), yuan, priceForm, ColumnInfo::Role::Price);

    // Year columns: a style for the table, at times one a column.
    struct YearColumn
    {
        int year;
        bool eps;
        int column;
        QString basis; // actual, estimate or empty (unstated)
        QString tag;
    };
    const int tableStyle = b.vary("years") ? r.between(0, 7) : 5;
    const bool perColumn = b.vary("years") && r.chance(0.2);
    QList<bool> lettered;
    for (int i = 0; i < 3; ++i)
        lettered << (tableStyle < 5);
    QList<YearColumn> years;
    auto yearHeader = [&](int year, bool eps, bool letter, int style, QString &tag) {
        const QString Y = QString::number(year);
        const QString L = letter ? (year < reportYear ? QStringLiteral("A") : QStringLiteral("E")) : QString();
        const QString M = eps ? QStringLiteral("EPS") : QStringLiteral("PE");
        if (!letter)
            style = 5 + style % 3;
        switch (style) {
        case 0: tag = QStringLiteral("year-header:YL M"); return Y + L + QLatin1Char(' ') + M;     // 2023A EPS
        case 1: tag = QStringLiteral("year-header:M YL"); return M + QLatin1Char(' ') + Y + L;     // EPS 2024E
        case 2: tag = QStringLiteral("year-header:YLM"); return Y + L + M;                         // 2025EPE
        case 3: tag = QStringLiteral("year-header:M(YL)"); return M + QLatin1Char('(') + Y + L + QLatin1Char(')'); // EPS(2024E)
        case 4: tag = QStringLiteral("year-header:M-YL"); return M + QLatin1Char('-') + Y + L;     // PE-2024E
        case 5: tag = QStringLiteral("year-header:YM"); return Y + M;                              // 2021EPS
        case 6: tag = QStringLiteral("year-header:MY"); return M + Y;                              // PE2022
        default: tag = QStringLiteral("year-header:Y M"); return Y + QLatin1Char(' ') + M;         // 2021 EPS
        }
    };
    const bool interleave = r.chance(0.3);
    QList<std::pair<int, bool>> order;
    for (int pass = 0; pass < 2; ++pass)
        for (int i = 0; i < 3; ++i)
            if (!interleave)
                order.append({firstYear + i, pass == 0});
    if (interleave)
        for (int i = 0; i < 3; ++i)
            order << std::pair{firstYear + i, true} << std::pair{firstYear + i, false};
    for (const auto &[year, eps] : order) {
        if (!r.chance(0.9))
            continue;
        const bool letter = lettered[year - firstYear];
        const int style = perColumn ? r.between(0, letter ? 4 : 7) : tableStyle;
        QString tag;
        const QString text = yearHeader(year, eps, letter, style, tag);
        const int col = b.addColumn(header, text, {tag}, {eps ? ColumnInfo::Role::Price : ColumnInfo::Role::Multiple, false, {}});
        years.append({year, eps, col, letter ? (year < reportYear ? ImportContract::actual() : ImportContract::estimate()) : QString(), tag});
    }
    const bool pbColumn = r.chance(0.6);
    const int pbCol = pbColumn ? b.addColumn(header, r.pick(QStringList{QStringLiteral("PB"), QStringLiteral("市净率")}), {QStringLiteral("column:pb")}, {ColumnInfo::Role::Multiple, false, {}}) : -1;
    b.t.lines[headerLine].cells = header;

    const int n = r.between(1, 6);
    for (int i = 0; i < n; ++i) {
        // A key-stock table's prices are in 元 (股价(元)): A-shares only; a Hong Kong or US price in 元 would be a
        // converted one, which the import refuses.
        Security s = b.stock();
        while (s.family == Family::Hk || s.family == Family::Us)
            s = b.stock();
        QList<TableCell> row;
        const int line = int(b.t.lines.size());
        const TableCell code = b.codeCell(s, true);
        row.append(code);
        row.append(TableCell{s.name, {}});
        if (dateCol >= 0) {
            const Written d = b.date(asOf);
            row.append(dateCell(d));
        }
        QList<ExpectedValue> snapshot;
        snapshot.append(b.measure(row, QStringLiteral("price"), randomDecimal(r, 1, 3, r.between(0, 2)), 0, false, false, true, priceCol));
        std::map<int, QList<ExpectedValue>> valuation;
        std::map<int, QStringList> valuationTags;
        // Cells are appended in header order.
        QList<std::pair<int, ExpectedValue>> cells;
        for (const YearColumn &y : years) {
            ExpectedValue v = b.measure(row, y.eps ? QStringLiteral("eps") : QStringLiteral("pe"),
                                        y.eps ? randomDecimal(r, 0, 1, r.between(2, 4), r.chance(0.12)) : randomDecimal(r, 1, 3, r.between(0, 2), r.chance(0.05)), 0,
                                        false, false, true, y.column);
            v.tags << y.tag;
            valuation[y.year].append(v);
            valuationTags[y.year] << y.tag;
            bool haveBasis = false;
            for (const ExpectedValue &e : valuation[y.year])
                haveBasis = haveBasis || e.column == ImportContract::basisColumn();
            if (!haveBasis) // valuation.basis: actual for 2023A, estimate for 2024E, NULL when the header does not say
                valuation[y.year].append(y.basis.isEmpty() ? ExpectedValue{ImportContract::basisColumn(), ExpectedValue::Type::Null, {}, {y.tag, QStringLiteral("basis:unstated")}, {line, y.column}}
                                                           : b.textValue(ImportContract::basisColumn(), y.basis, {y.tag, QStringLiteral("basis:") + y.basis}, {line, y.column}));
        }
        if (pbCol >= 0)
            snapshot.append(b.measure(row, QStringLiteral("pb"), randomDecimal(r, 1, 2, 2), 0, false, false, true, pbCol));
        b.addLine(TableLine::Role::Data, row);
        const QString date = asOf.toString(Qt::ISODate);
        b.t.stored.append(ExpectedRow{QStringLiteral("security_snapshot"), {{QStringLiteral("code"), s.code}, {QStringLiteral("as_of"), date}}, snapshot, false, code.tags, {line, codeCol}});
        for (const auto &[year, values] : valuation)
            b.t.stored.append(ExpectedRow{QStringLiteral("valuation"), {{QStringLiteral("code"), s.code}, {QStringLiteral("as_of"), date}, {QStringLiteral("fiscal_year"), QString::number(year)}},
                                          values, false, code.tags + valuationTags[year], {line, codeCol}});
        b.expectSecurity(s, {line, codeCol}, code.tags, true);
    }
    if (how == 2) {
        b.maybeBlank(0.3);
        b.addText(TableLine::Role::Footer, QStringLiteral("资料来源：Wind（数据截至 ") + chineseDate(asOf, spaced) + QStringLiteral("）"), QStringLiteral("as-of:footer"));
    } else {
        b.footers({QStringLiteral("资料来源：Wind，民生证券研究院预测"), QStringLiteral("注：EPS 为一致预期")}, 0.4);
    }
    b.t.kinds = {QStringLiteral("key_stocks")};
    b.t.rows = n;
    if (noDate) {
        b.t.outcome = TerminalTable::Outcome::Refused;
        b.t.refusal = ExpectedRefusal{{{headerLine, -1}, {0, -1}}, ImportContract::keyStocksWithoutDate(),
                                      {QStringLiteral("bad:key-stocks-no-date")}, true};
        b.t.stored.clear();
    }
}

// ---------------------------------------------------------------------------------------------------------------
// Lockup expiries with units in every header.

void buildLockups(CaseBuilder &b)
{
    Rng &r = b.r;
    b.titles({QStringLiteral("表5: 计算机行业限售股解禁情况汇总"), QStringLiteral("限售股解禁一览")}, 0.5);
    QList<TableCell> header;
    const int headerLine = int(b.t.lines.size());
    b.headerIndex = headerLine;
    b.t.lines.append(TableLine{TableLine::Role::Header, {}, {}});
    const int codeCol = b.addColumn(header, r.pick(QStringList{QStringLiteral("公司代码"), QStringLiteral("证券代码"), QStringLiteral("代码")}), {}, {ColumnInfo::Role::Code, true, {}});
    const bool nameColumn = r.chance(0.85) || b.fault == QLatin1String("code-000-unknown");
    if (nameColumn)
        b.addColumn(header, r.pick(QStringList{QStringLiteral("公司简称"), QStringLiteral("证券简称")}), {}, {ColumnInfo::Role::Name, false, {}});
    const int dateCol = b.addColumn(header, QStringLiteral("解禁日期"), {}, {ColumnInfo::Role::Date, true, {}});
    Q_UNUSED(dateCol);
    auto windOr = [&](double none) {
        const HeaderForm f = b.plainForm(none);
        return f != HeaderForm::None && b.vary("units") && r.chance(0.2) ? HeaderForm::Wind : f;
    };
    Unit shares = b.unit(kShareUnits.mid(0, 3));
    Unit value = b.unit(QList<Unit>{{"元", 0}, {"万元", 4}, {"亿元", 8}});
    Unit total = b.unit(kShareUnits.mid(0, 3));
    Unit floatA = b.unit(kShareUnits.mid(0, 3));
    const int sharesCol = b.unitColumn(header, QStringLiteral("解禁数量"), QStringLiteral("shares"), shares, windOr(0.05), ColumnInfo::Role::Shares);
    const int valueCol = r.chance(0.85) ? b.unitColumn(header, QStringLiteral("解禁市值"), QStringLiteral("money"), value, windOr(0.05), ColumnInfo::Role::Money) : -1;
    const int totalCol = r.chance(0.6) ? b.unitColumn(header, QStringLiteral("总股本"), QStringLiteral("shares"), total, windOr(0.05), ColumnInfo::Role::Shares) : -1;
    const int floatCol = r.chance(0.6) ? b.unitColumn(header, r.chance(0.3) ? QStringLiteral("流通 A 股 ") : QStringLiteral("流通A股"), QStringLiteral("shares"), floatA, windOr(0.05), ColumnInfo::Role::Shares) : -1;
    b.t.lines[headerLine].cells = header;

    auto digitsFor = [](const Unit &u, int &decimals, Rng &rr) {
        decimals = u.exponent >= 4 ? rr.between(0, 2 + (u.exponent == 8 ? 2 : 0)) : 0;
        return u.exponent == 8 ? std::pair{1, 2} : u.exponent == 4 ? std::pair{2, 6} : std::pair{5, 10};
    };
    const int n = r.between(1, 6);
    for (int i = 0; i < n; ++i) {
        const Security s = b.stock();
        QList<TableCell> row;
        const int line = int(b.t.lines.size());
        const TableCell code = b.codeCell(s, nameColumn);
        row.append(code);
        if (nameColumn)
            row.append(TableCell{s.name, {}});
        const QDate expiry = QDate(2024, 1, 2).addDays(r.between(0, 360));
        const Written d = b.date(expiry);
        row.append(dateCell(d));
        QList<ExpectedValue> values;
        int dec = 0;
        auto [lo, hi] = digitsFor(shares, dec, r);
        values.append(b.measure(row, QStringLiteral("shares"), randomDecimal(r, lo, hi, dec), shares.exponent, false, shares.exponent == 0, true, sharesCol));
        if (valueCol >= 0) {
            auto [vlo, vhi] = digitsFor(value, dec, r);
            values.append(b.measure(row, QStringLiteral("market_value_cny"), randomDecimal(r, vlo, vhi, dec), value.exponent, false, value.exponent == 0, true, valueCol));
        }
        if (totalCol >= 0) {
            auto [tlo, thi] = digitsFor(total, dec, r);
            values.append(b.measure(row, QStringLiteral("total_shares"), randomDecimal(r, tlo, thi, dec), total.exponent, false, total.exponent == 0, true, totalCol));
        }
        if (floatCol >= 0) {
            auto [flo, fhi] = digitsFor(floatA, dec, r);
            values.append(b.measure(row, QStringLiteral("float_a_shares"), randomDecimal(r, flo, fhi, dec), floatA.exponent, false, floatA.exponent == 0, true, floatCol));
        }
        b.addLine(TableLine::Role::Data, row);
        b.t.stored.append(ExpectedRow{QStringLiteral("lockup"), {{QStringLiteral("code"), s.code}, {QStringLiteral("expiry_date"), expiry.toString(Qt::ISODate)}}, values, false,
                                      code.tags + QStringList{d.tag}, {line, codeCol}});
        b.expectSecurity(s, {line, codeCol}, code.tags, nameColumn);
    }
    // The date the table is as of: in the footer, by --as-of, or not at all.
    const QList<QDate> weeks = TradingCalendar::tradingWeeks();
    const QDate asOf = TradingCalendar::lastTradingDay(r.pick(weeks));
    const int how = b.vary("as-of") ? r.weighted({2, 1, 2}) : 1;
    if (how == 0) {
        b.maybeBlank(0.3);
        b.addText(TableLine::Role::Footer, QStringLiteral("资料来源：iFinD（数据截至 ") + chineseDate(asOf, r.chance(0.6)) + QStringLiteral("）"), QStringLiteral("as-of:footer"));
    } else if (how == 1) {
        b.t.asOf = asOf;
        b.t.tags << QStringLiteral("as-of:option");
    } else {
        b.footers({QStringLiteral("资料来源：iFinD"), QStringLiteral("数据来源：Wind")}, 0.4);
    }
    for (ExpectedRow &row : b.t.stored)
        if (row.table == QLatin1String("lockup"))
            row.values.append(how == 2 ? ExpectedValue{QStringLiteral("as_of"), ExpectedValue::Type::Null, {}, {}, {}}
                                       : b.textValue(QStringLiteral("as_of"), asOf.toString(Qt::ISODate), {how == 0 ? QStringLiteral("as-of:footer") : QStringLiteral("as-of:option")}));
    b.t.kinds = {QStringLiteral("lockups")};
    b.t.rows = n;
}

// ---------------------------------------------------------------------------------------------------------------
// Weekly website visits (Similarweb): visits in 次, 万次 or 亿次.

void buildTraffic(CaseBuilder &b)
{
    Rng &r = b.r;
    b.titles({QStringLiteral("全球 AI 网站周访问量"), QStringLiteral("Similarweb 周访问量")}, 0.5);
    QList<TableCell> header;
    const int headerLine = int(b.t.lines.size());
    b.headerIndex = headerLine;
    b.t.lines.append(TableLine{TableLine::Role::Header, {}, {}});
    const int siteCol = b.addColumn(header, r.pick(QStringList{QStringLiteral("网站"), QStringLiteral("产品")}), {}, {ColumnInfo::Role::Text, true, {}});
    const int startCol = b.addColumn(header, QStringLiteral("周起始日"), {}, {ColumnInfo::Role::Date, true, {}});
    b.addColumn(header, QStringLiteral("周截止日"), {}, {ColumnInfo::Role::Date, true, {}});
    Unit written = b.unit(kCountUnits);
    const HeaderForm form = b.plainForm(0.1);
    const int visitsCol = b.unitColumn(header, QStringLiteral("访问量"), QStringLiteral("count"), written, form, ColumnInfo::Role::Count);
    b.t.lines[headerLine].cells = header;
    Q_UNUSED(startCol);

    const QDate start = QDate(2024, 1, 5).addDays(7 * r.between(0, 48));
    const int n = r.between(1, 6);
    QSet<QString> names;
    for (int i = 0; i < n; ++i) {
        QString name;
        do
            name = r.pick(QStringList{QStringLiteral("站点"), QStringLiteral("AI"), QStringLiteral("智能")}) + randomName(r, 2, 3) + QString::number(r.between(1, 999));
        while (names.contains(name));
        names.insert(name);
        QList<TableCell> row;
        const int line = int(b.t.lines.size());
        row.append(TableCell{name, {}});
        const Written a = b.date(start), z = b.date(start.addDays(6));
        row.append(dateCell(a));
        row.append(dateCell(z));
        QList<ExpectedValue> values;
        values.append(b.textValue(QStringLiteral("week_end"), start.addDays(6).toString(Qt::ISODate), {z.tag}, {line, 2}));
        const int dec = written.exponent >= 4 ? r.between(0, 2) : 0;
        values.append(b.measure(row, QStringLiteral("visits"), randomDecimal(r, written.exponent == 8 ? 1 : written.exponent == 4 ? 1 : 4, written.exponent == 8 ? 2 : written.exponent == 4 ? 6 : 10, dec),
                                written.exponent, false, written.exponent == 0, true, visitsCol));
        b.addLine(TableLine::Role::Data, row);
        b.t.stored.append(ExpectedRow{QStringLiteral("site_traffic"), {{QStringLiteral("site"), name}, {QStringLiteral("week_start"), start.toString(Qt::ISODate)}}, values, false,
                                      {a.tag}, {line, siteCol}});
    }
    b.footers({QStringLiteral("数据来源：Similarweb")}, 0.5);
    b.t.kinds = {QStringLiteral("traffic")};
    b.t.rows = n;
}

// ---------------------------------------------------------------------------------------------------------------
// Compute centres: capacity text with numbers in the forms a report table has them ("10,000P", "１００Ｐ", "1.2万P",
// "一期 1,500P，远期 12,000P", "500P(INT8)"). current_pflops / planned_pflops hold the FLOPS figures exactly (an EFLOPS
// figure × 1000); an OPS figure (INT8, POPS) is never a PFLOPS one.

void buildCentres(CaseBuilder &b)
{
    Rng &r = b.r;
    b.titles({QStringLiteral("表2：全国智算中心建设情况"), QStringLiteral("智算中心一览")}, 0.4);
    QList<TableCell> header;
    const int headerLine = int(b.t.lines.size());
    b.headerIndex = headerLine;
    b.t.lines.append(TableLine{TableLine::Role::Header, {}, {}});
    const int nameCol = b.addColumn(header, r.pick(QStringList{QStringLiteral("中心名称"), QStringLiteral("智算中心")}), {}, {ColumnInfo::Role::Text, true, {}});
    const int capCol = b.addColumn(header, r.pick(QStringList{QStringLiteral("算力规模"), QStringLiteral("算力")}), {}, {ColumnInfo::Role::Text, false, {}});
    b.addColumn(header, r.pick(QStringList{QStringLiteral("建设情况"), QStringLiteral("状态")}), {}, {ColumnInfo::Role::Text, false, {}});
    b.t.lines[headerLine].cells = header;

    // A figure as the text writes it: the number's form, then its unit (an OPS unit when `ops`). Returns the text and
    // the PFLOPS it is (meaningless for OPS).
    auto figure = [&](ExactDecimal v, QStringList &tags, int unit) {
        QString digits = v.integerDigits() + (v.decimals() > 0 ? QLatin1Char('.') + v.fractionDigits() : QString());
        int exponent = 0;
        const bool numbers = b.vary("numbers");
        if (numbers && v.decimals() == 0 && v.integerDigits().size() >= 5 && v.mantissa % 1000 == 0 && r.chance(0.3)) {
            // 12,000 as 1.2万: the written number is the value ÷ 10^4.
            const ExactDecimal w = v.scaledBy(-4);
            QString t = w.integerDigits() + (w.decimals() > 0 ? QLatin1Char('.') + w.fractionDigits() : QString());
            while (t.contains(QLatin1Char('.')) && (t.endsWith(QLatin1Char('0')) || t.endsWith(QLatin1Char('.'))))
                t.chop(1);
            digits = t + QStringLiteral("万");
            tags << QStringLiteral("capacity:wan");
        } else if (numbers && v.integerDigits().size() >= 4 && r.chance(0.5)) {
            QString grouped, intPart = v.integerDigits();
            for (int i = 0; i < intPart.size(); ++i) {
                if (i > 0 && (intPart.size() - i) % 3 == 0)
                    grouped += QLatin1Char(',');
                grouped += intPart[i];
            }
            digits = grouped + (v.decimals() > 0 ? QLatin1Char('.') + v.fractionDigits() : QString());
            tags << QStringLiteral("capacity:thousands");
        } else if (numbers && r.chance(0.25)) {
            QString w;
            for (QChar c : digits)
                w += c == QLatin1Char('.') ? QChar(0xFF0E) : QChar(char16_t(0xFF10 + (c.unicode() - u'0')));
            digits = w;
            tags << QStringLiteral("capacity:fullwidth-digits");
        }
        QString text;
        switch (unit) {
        case 0: text = digits + (tags.contains(QStringLiteral("capacity:fullwidth-digits")) && r.chance(0.5) ? QStringLiteral("Ｐ") : QStringLiteral("P")); tags << QStringLiteral("capacity:unit-P"); break;
        case 1: text = digits + QStringLiteral("PFLOPS"); tags << QStringLiteral("capacity:unit-PFLOPS"); break;
        case 2: text = digits + QStringLiteral(" PFLOPS"); tags << QStringLiteral("capacity:unit-space-PFLOPS"); break;
        case 3: text = digits + QStringLiteral("P(FP16)"); tags << QStringLiteral("capacity:unit-P-FP16"); break;
        case 4: text = digits + QStringLiteral("EFLOPS"); exponent = 3; tags << QStringLiteral("capacity:unit-EFLOPS"); break;
        default: text = digits + (r.chance(0.5) ? QStringLiteral("P(INT8)") : QStringLiteral("POPS")); tags << QStringLiteral("capacity:ops"); break;
        }
        return std::pair{text, v.scaledBy(exponent)};
    };

    const int n = r.between(1, 5);
    QSet<QString> names;
    for (int i = 0; i < n; ++i) {
        QString name;
        do
            name = randomName(r, 2, 3) + r.pick(QStringList{QStringLiteral("智算中心"), QStringLiteral("人工智能计算中心"), QStringLiteral("算力中心")}) + QString::number(r.between(1, 99));
        while (names.contains(name));
        names.insert(name);
        const bool built = r.chance(0.6);
        const bool twoPhases = built && r.chance(0.35);
        QStringList tags{built ? QStringLiteral("capacity:status-built") : QStringLiteral("capacity:status-construction")};
        QString text;
        // INT8/POPS figures are OPS: never counted as PFLOPS. A text is all FLOPS or all OPS (a mix is not generated:
        // what its planned FLOPS total is, is not settled).
        const bool ops = b.vary("units") && r.chance(0.15);
        // One unit a text (一期 512EFLOPS，远期 4096PFLOPS would put the larger phase first).
        const int unit = ops ? 5 : b.vary("units") ? r.weighted({4, 2, 1, 1, 1.2}) : 0;
        const bool exa = unit == 4; // EFLOPS: small numbers (1.14E is 1,140 PFLOPS)
        ExactDecimal current, planned;
        bool haveCurrent = false, havePlanned = false;
        if (twoPhases) {
            // 一期 A，远期 B with B > A: current A, planned B.
            const int decimals = r.between(0, exa ? 2 : 1);
            const ExactDecimal a = exa ? randomDecimal(r, 1, 1, decimals) : randomDecimal(r, 2, 4, decimals);
            const ExactDecimal bb{a.mantissa * r.between(2, 10), a.exponent};
            const auto [ta, pa] = figure(a, tags, unit);
            const auto [tb, pb] = figure(bb, tags, unit);
            text = QStringLiteral("一期 ") + ta + r.pick(QStringList{QStringLiteral("，远期 "), QStringLiteral(",远期 "), QStringLiteral("(远期 ")}) + tb;
            if (text.contains(QStringLiteral("(远期")))
                text += QLatin1Char(')');
            tags << QStringLiteral("capacity:two-phases");
            if (!ops)
                current = pa, haveCurrent = true;
            if (!ops)
                planned = pb, havePlanned = true;
        } else {
            const ExactDecimal v = exa ? randomDecimal(r, 1, 2, r.between(0, 2))
                : r.chance(0.3)    ? ExactDecimal{qint64(r.between(1, 60)) * 1000, 0}
                                   : randomDecimal(r, 1, 5, r.between(0, 2));
            const auto [t, pf] = figure(v, tags, unit);
            text = t;
            if (!ops)
                (built ? current : planned) = pf, (built ? haveCurrent : havePlanned) = true;
        }
        tags.removeDuplicates();
        const int line = int(b.t.lines.size());
        QList<TableCell> row{{name, {}}, {text, tags}, {built ? QStringLiteral("已建成") : QStringLiteral("建设中"), {}}};
        b.addLine(TableLine::Role::Data, row);
        QList<ExpectedValue> values;
        values.append(b.textValue(QStringLiteral("capacity_text"), text, tags, {line, capCol}));
        values.append(b.textValue(QStringLiteral("capacity_kind"), QStringLiteral("parsed"), tags, {line, capCol}));
        auto number = [&](const QString &column, bool have, ExactDecimal v) {
            values.append(have ? ExpectedValue{column, ExpectedValue::Type::Number, v.toPlainText(), tags, {line, capCol}}
                               : ExpectedValue{column, ExpectedValue::Type::Null, {}, tags, {line, capCol}});
        };
        number(QStringLiteral("current_pflops"), haveCurrent, current);
        number(QStringLiteral("planned_pflops"), havePlanned, planned);
        b.t.stored.append(ExpectedRow{QStringLiteral("compute_centre"), {{QStringLiteral("name"), name}}, values, false, tags, {line, nameCol}});
    }
    b.footers({QStringLiteral("资料来源：各地政府官网，民生证券研究院")}, 0.4);
    b.t.kinds = {QStringLiteral("centres")};
    b.t.rows = n;
}

// ---------------------------------------------------------------------------------------------------------------
// A short GB18030 file whose bytes are also valid UTF-8 (煤炭 = C3 BA CC BF): native headers, industry names whose
// GB18030 bytes happen to be UTF-8.

void buildGbkLooksUtf8(CaseBuilder &b)
{
    Rng &r = b.r;
    static const QStringList names{QStringLiteral("煤炭"), QStringLiteral("证券"), QStringLiteral("证券II"), QStringLiteral("煤炭II")};
    QList<TableCell> header{{QStringLiteral("code"), {}}, {QStringLiteral("name"), {}}, {QStringLiteral("week_start"), {}}, {QStringLiteral("week_end"), {}}, {QStringLiteral("return_pct"), {}}};
    b.headerIndex = 0;
    b.t.lines.append(TableLine{TableLine::Role::Header, header, {}});
    for (int i = 0; i < header.size(); ++i)
        b.columns.append({i == 0 ? ColumnInfo::Role::Code : i == 1 ? ColumnInfo::Role::Name : i < 4 ? ColumnInfo::Role::Date : ColumnInfo::Role::Percent, i != 1 && i != 4, {}});
    const QList<QDate> weeks = TradingCalendar::tradingWeeks();
    QDate monday;
    do
        monday = r.pick(weeks);
    while (!TradingCalendar::holidayOf(monday).isEmpty());
    const int n = r.between(1, 2);
    QSet<QString> used;
    for (int i = 0; i < n; ++i) {
        Security s = b.security(Family::Si801);
        while (s.known)
            s = b.security(Family::Si801);
        do
            s.name = r.pick(names);
        while (used.contains(s.name));
        used.insert(s.name);
        const int line = int(b.t.lines.size());
        QList<TableCell> row{{s.code, {QStringLiteral("code-form:suffix")}}, {s.name, {}}, {monday.toString(Qt::ISODate), {}}, {monday.addDays(4).toString(Qt::ISODate), {}}};
        QList<ExpectedValue> values;
        values.append(b.measure(row, QStringLiteral("return_pct"), randomDecimal(r, 0, 1, 2, r.chance(0.5)), 0, true, false, false, 4));
        b.addLine(TableLine::Role::Data, row);
        b.t.stored.append(ExpectedRow{QStringLiteral("weekly_return"), {{QStringLiteral("code"), s.code}, {QStringLiteral("week_start"), monday.toString(Qt::ISODate)}}, values, false,
                                      {QStringLiteral("enc:gbk-valid-utf8")}, {line, 0}});
        ExpectedRow sec{QStringLiteral("security"), {{QStringLiteral("code"), s.code}}, {}, false, {QStringLiteral("enc:gbk-valid-utf8")}, {line, 0}};
        sec.values.append(b.textValue(QStringLiteral("kind"), QStringLiteral("industry"), {QStringLiteral("kind:si-801-industry")}, {line, 0}));
        sec.values.append(b.textValue(QStringLiteral("name"), s.name, {QStringLiteral("enc:gbk-valid-utf8")}, {line, 1}));
        b.t.stored.append(sec);
    }
    b.t.kinds = {QStringLiteral("weekly_returns")};
    b.t.rows = n;
    b.t.tags << QStringLiteral("enc:gbk-valid-utf8");
}

// ---------------------------------------------------------------------------------------------------------------
// Faults every shape can carry: one bad cell or header in an otherwise good file.

bool injectGenericFault(CaseBuilder &b)
{
    Rng &r = b.r;
    const QString &fault = b.fault;
    auto columnsWith = [&](std::initializer_list<ColumnInfo::Role> roles) {
        QList<int> out;
        for (int i = 0; i < b.columns.size(); ++i)
            for (ColumnInfo::Role role : roles)
                if (b.columns[i].role == role)
                    out.append(i);
        return out;
    };
    using R = ColumnInfo::Role;
    auto refuse = [&](CellRef at, const QList<QStringList> &mentions, const QString &tag) {
        b.t.outcome = TerminalTable::Outcome::Refused;
        b.t.refusal = ExpectedRefusal{{at}, mentions, {QStringLiteral("bad:") + tag}, true};
        b.t.stored.clear();
        return true;
    };
    if (b.dataLines.isEmpty())
        return false;
    const int line = r.pick(b.dataLines);
    auto setCell = [&](int col, const QString &text, const QString &tag) {
        b.t.lines[line].cells[col] = TableCell{text, {QStringLiteral("bad:") + tag}};
    };
    if (fault == QLatin1String("bad-number") || fault == QLatin1String("percent-in-non-percent") || fault == QLatin1String("cell-unit-misfit")) {
        QList<int> cols = fault == QLatin1String("bad-number") ? columnsWith({R::Percent, R::Price, R::Money, R::Shares, R::Count, R::Multiple})
            : fault == QLatin1String("percent-in-non-percent") ? columnsWith({R::Price, R::Money, R::Shares, R::Count, R::Multiple})
                                                                : columnsWith({R::Percent, R::Price, R::Shares, R::Money});
        if (cols.isEmpty())
            return false;
        const int col = r.pick(cols);
        QString text, tag;
        if (fault == QLatin1String("bad-number")) {
            const bool percent = b.columns[col].role == R::Percent;
            static const QList<std::pair<const char *, const char *>> forms{
                {"1,2", "grouping"}, {"12,34.5", "grouping"}, {"1,2345.6", "grouping"}, {"1.2.3", "two-points"}, {"abc", "word"},
                {"minus 24", "word"}, {"inf", "inf"}, {"-inf", "inf"}, {"Infinity", "inf"}, {"NaN", "nan"}, {"nan", "nan"}, {"十七", "chinese-numeral"}};
            const auto &f = forms[r.between(0, int(forms.size()) - 1)];
            text = QString::fromUtf8(f.first);
            if (percent && QString::fromUtf8(f.second) == QLatin1String("chinese-numeral"))
                text += QLatin1Char('%');
            tag = QStringLiteral("number-") + QString::fromUtf8(f.second);
        } else if (fault == QLatin1String("percent-in-non-percent")) {
            text = randomDecimal(r, 1, 2, 2).toPlainText() + QLatin1Char('%');
            tag = fault;
        } else {
            const R role = b.columns[col].role;
            text = randomDecimal(r, 1, 2, 1).toPlainText()
                + (role == R::Percent ? QStringLiteral("万") : role == R::Price ? QStringLiteral("万股") : role == R::Shares ? QStringLiteral("亿元") : QStringLiteral("万股"));
            tag = fault;
        }
        setCell(col, text, tag);
        return refuse({line, col}, {{text}}, tag);
    }
    if (fault == QLatin1String("header-unit-misfit") || fault == QLatin1String("header-unit-unknown")) {
        QList<int> cols;
        for (int i : columnsWith({R::Percent, R::Price, R::Money, R::Shares, R::Count}))
            if (b.columns[i].withUnit)
                cols.append(i);
        if (cols.isEmpty())
            return false;
        const int col = r.pick(cols);
        const R role = b.columns[col].role;
        QString unit;
        if (fault == QLatin1String("header-unit-misfit"))
            unit = role == R::Price ? QStringLiteral("万股") : role == R::Percent ? QStringLiteral("万元") : role == R::Shares ? QStringLiteral("万元")
                : role == R::Money ? QStringLiteral("万股") : QStringLiteral("元");
        else
            unit = r.pick(QStringList{QStringLiteral("万美元"), QStringLiteral("欧元"), QStringLiteral("英镑")}); // 美元 is known: a US close
        TableCell &h = b.t.lines[b.headerIndex].cells[col];
        h = TableCell{b.columns[col].withUnit(unit), {QStringLiteral("bad:") + fault}};
        return refuse({b.headerIndex, col}, {{unit}}, fault);
    }
    if (fault == QLatin1String("date-time") || fault == QLatin1String("date-invalid")) {
        const QList<int> cols = columnsWith({R::Date});
        if (cols.isEmpty())
            return false;
        const int col = r.pick(cols);
        // A time that is not midnight (Excel's datetime of a date is 00:00:00), or a day that does not exist.
        const QString text = fault == QLatin1String("date-time")
            ? QDate(2024, 1, 2).addDays(r.between(0, 360)).toString(Qt::ISODate)
                + r.pick(QStringList{QStringLiteral(" 15:00:00"), QStringLiteral(" 09:30:00"), QStringLiteral(" 00:00:01"), QStringLiteral(" 14:57:03")})
            : r.pick(QStringList{QStringLiteral("2024-02-30"), QStringLiteral("2024-13-01"), QStringLiteral("2024/11/31"), QStringLiteral("2023-02-29")});
        setCell(col, text, fault);
        return refuse({line, col}, {{text}}, fault);
    }
    if (fault == QLatin1String("code-lost-zeros") || fault == QLatin1String("required-missing")) {
        const QList<int> cols = columnsWith({R::Code});
        if (cols.isEmpty())
            return false;
        const int col = cols.first();
        if (fault == QLatin1String("required-missing")) {
            setCell(col, QString(), fault);
            return refuse({line, col}, {}, fault);
        }
        const int len = r.between(1, 5); // fewer than six digits: Excel dropped the zeros
        const qint64 number = r.between64(pow10(len - 1), pow10(len) - 1);
        const QString text = QString::number(number);
        setCell(col, text, fault);
        b.t.lines[line].cells[col].value = CellValue{CellValue::Type::Number, {number, 0}, false, {}}; // Excel's number cell
        return refuse({line, col}, {{text}}, fault);
    }
    if (fault == QLatin1String("code-000-unknown")) {
        const QList<int> codes = columnsWith({R::Code}), names = columnsWith({R::Name});
        if (codes.isEmpty() || names.isEmpty())
            return false;
        const QString text = QStringLiteral("000") + QString::number(r.between(0, 999)).rightJustified(3, QLatin1Char('0'));
        setCell(codes.first(), text, fault);
        b.t.lines[line].cells[names.first()] = TableCell{randomName(r, 3, 4) + QStringLiteral("股份"), {}};
        return refuse({line, codes.first()}, {{text}}, fault);
    }
    if (fault == QLatin1String("mixed-encoding")) {
        if (b.style.encoding != CsvStyle::Encoding::Gb18030 && b.style.encoding != CsvStyle::Encoding::Utf8)
            b.style.encoding = r.chance(0.6) ? CsvStyle::Encoding::Gb18030 : CsvStyle::Encoding::Utf8;
        auto nonAscii = [](const TableLine &l) {
            for (const TableCell &c : l.cells)
                for (QChar ch : c.text)
                    if (ch.unicode() > 0x7F)
                        return true;
            return false;
        };
        QList<int> candidates;
        int others = 0;
        for (int l : b.dataLines)
            if (nonAscii(b.t.lines[l]))
                candidates.append(l);
        for (int l = 0; l < b.t.lines.size(); ++l)
            others += nonAscii(b.t.lines[l]) ? 1 : 0;
        if (candidates.isEmpty() || others < 3)
            return false;
        // Not the first line with Chinese text: the file's encoding is the one the lines before it show.
        const int mixed = r.pick(candidates);
        b.style.otherEncodingLine = mixed;
        b.t.tags << QStringLiteral("bad:mixed-encoding");
        return refuse({mixed, -1}, ImportContract::mixedEncodings(), fault);
    }
    return false;
}

} // namespace

// ---------------------------------------------------------------------------------------------------------------

QStringList GeneratedCase::tags() const
{
    QStringList all = table.tags + style.tags();
    all << QStringLiteral("shape:") + table.shape;
    for (const TableLine &l : table.lines) {
        all += l.tags;
        for (const TableCell &c : l.cells)
            all += c.tags;
    }
    for (const ExpectedRow &row : table.stored) {
        all += row.tags;
        for (const ExpectedValue &v : row.values)
            all += v.tags;
    }
    all += table.refusal.tags;
    all.removeDuplicates();
    all.removeAll(QString());
    return all;
}

TerminalFileGenerator::TerminalFileGenerator(const QList<KnownSecurity> &known) : m_known(known)
{
    for (const KnownSecurity &k : known)
        m_knownByCode.insert(k.code, k);
}

QStringList TerminalFileGenerator::shapes()
{
    return shapeList();
}

QString TerminalFileGenerator::shapeOf(quint64 seed)
{
    Rng r(splitmix(seed));
    const int i = r.weighted({3, 3, 2.5, 2, 1.2, 2, 2, 1, 0.4, 1.2});
    return shapeList()[i];
}

quint64 TerminalFileGenerator::caseSeed(quint64 runSeed, quint64 index)
{
    return splitmix(splitmix(runSeed) + index);
}

GeneratedCase TerminalFileGenerator::generate(quint64 seed) const
{
    CaseBuilder b(seed, m_known, m_knownByCode);
    Rng &r = b.r;
    const QString shape = shapeOf(seed);
    b.t.shape = shape;

    // Mixed (every group varies, a third of them with a fault), focused on one group (the rest plain), or a plain
    // file with one fault.
    QStringList groups{QStringLiteral("style"), QStringLiteral("layout"), QStringLiteral("numbers"), QStringLiteral("codes"),
                       QStringLiteral("dates"), QStringLiteral("units"), QStringLiteral("securities")};
    if (shape.startsWith(QLatin1String("weekly-")))
        groups << QStringLiteral("period");
    if (shape == QLatin1String("key-stocks"))
        groups << QStringLiteral("years") << QStringLiteral("as-of");
    if (shape == QLatin1String("lockups"))
        groups << QStringLiteral("as-of");
    if (shape == QLatin1String("traffic") || shape == QLatin1String("daily-wind-single") || shape == QLatin1String("centres"))
        groups.removeAll(QStringLiteral("securities"));
    if (shape == QLatin1String("centres"))
        groups.removeAll(QStringLiteral("codes")), groups.removeAll(QStringLiteral("dates"));
    const int mode = shape == QLatin1String("gbk-looks-utf8") ? 0 : r.weighted({45, 37, 3, 15});
    b.mixed = mode == 0;
    if (mode == 1)
        b.focus = r.pick(groups);
    if (b.focus == QLatin1String("numbers"))
        b.feature = r.pick(QStringList{QStringLiteral("num:cell-unit"), QStringLiteral("num:fullwidth-digits"), QStringLiteral("num:thousands"), QStringLiteral("num:percent-fullwidth"),
                                       QStringLiteral("num:percent-sign"), QStringLiteral("num:minus-u2212"), QStringLiteral("num:minus-fullwidth"), QStringLiteral("num:accounting"),
                                       QStringLiteral("num:accounting-fullwidth"), QStringLiteral("num:plus-fullwidth"), QStringLiteral("num:plus"), QStringLiteral("num:excel-text"),
                                       QStringLiteral("num:padded"), QStringLiteral("num:missing")});
    if (b.focus == QLatin1String("codes")) {
        QStringList forms{QStringLiteral("code-form:lower-suffix"), QStringLiteral("code-form:excel-text-suffix"), QStringLiteral("code-form:padded"), QStringLiteral("code-form:bare"),
                          QStringLiteral("code-form:excel-text-bare"), QStringLiteral("code-form:lost-zeros-with-suffix"), QStringLiteral("code-form:bare-000-stock-by-store-name"),
                          QStringLiteral("code-form:hk-5-digits"), QStringLiteral("code-form:hk-short")};
        if (shape.startsWith(QLatin1String("weekly-")) || shape == QLatin1String("daily-multi"))
            forms << QStringLiteral("code-form:bare-000-index-by-name");
        b.feature = r.pick(forms);
    }
    if (b.focus == QLatin1String("dates"))
        b.feature = r.pick(kDateForms.mid(1));
    if (b.focus == QLatin1String("style"))
        b.feature = r.pick(QStringList{QStringLiteral("enc:utf8-bom"), QStringLiteral("enc:gb18030"), QStringLiteral("enc:utf16le-bom"), QStringLiteral("enc:utf16be-bom"),
                                       QStringLiteral("enc:utf16le-nobom"), QStringLiteral("enc:utf16be-nobom"), QStringLiteral("delim:tab"), QStringLiteral("delim:semicolon"),
                                       QStringLiteral("eol:crlf"), QStringLiteral("quote:random"), QStringLiteral("layout:padded-lines")});
    b.t.tags << (mode == 0 ? QStringLiteral("mode:mixed") : mode == 1 ? QStringLiteral("mode:focus-") + b.focus : mode == 2 ? QStringLiteral("mode:plain") : QStringLiteral("mode:fault"));
    if (!b.feature.isEmpty())
        b.t.tags << QStringLiteral("focus:") + b.feature;

    // How it is written (decided first: a mixed-encoding fault needs a GB18030 or UTF-8 file).
    switch (r.weighted({3, 1.5, 3, 0.8, 0.4, 0.8, 0.5})) {
    case 0: b.style.encoding = CsvStyle::Encoding::Utf8; break;
    case 1: b.style.encoding = CsvStyle::Encoding::Utf8Bom; break;
    case 2: b.style.encoding = CsvStyle::Encoding::Gb18030; break;
    case 3: b.style.encoding = CsvStyle::Encoding::Utf16LeBom; break;
    case 4: b.style.encoding = CsvStyle::Encoding::Utf16BeBom; break;
    case 5: b.style.encoding = CsvStyle::Encoding::Utf16Le; break;
    default: b.style.encoding = CsvStyle::Encoding::Utf16Be; break;
    }
    b.style.delimiter = QList<char>{',', ',', ',', ',', '\t', '\t', ';'}[r.between(0, 6)];
    b.style.eol = r.chance(0.5) ? QStringLiteral("\r\n") : QStringLiteral("\n");
    b.style.quoteChance = r.chance(0.35) ? 0.25 : 0.0;
    b.style.quoteSeed = splitmix(seed + 1);
    b.style.padShortLines = r.chance(0.3);
    if (!b.mixed) { // plain, or the one feature a style-focused case is about
        const QString &f = b.feature;
        static const QList<std::pair<const char *, CsvStyle::Encoding>> encodings{
            {"enc:utf8-bom", CsvStyle::Encoding::Utf8Bom}, {"enc:gb18030", CsvStyle::Encoding::Gb18030}, {"enc:utf16le-bom", CsvStyle::Encoding::Utf16LeBom},
            {"enc:utf16be-bom", CsvStyle::Encoding::Utf16BeBom}, {"enc:utf16le-nobom", CsvStyle::Encoding::Utf16Le}, {"enc:utf16be-nobom", CsvStyle::Encoding::Utf16Be}};
        b.style.encoding = CsvStyle::Encoding::Utf8;
        for (const auto &[name, e] : encodings)
            if (f == QLatin1String(name))
                b.style.encoding = e;
        b.style.delimiter = f == QLatin1String("delim:tab") ? '\t' : f == QLatin1String("delim:semicolon") ? ';' : ',';
        b.style.eol = f == QLatin1String("eol:crlf") ? QStringLiteral("\r\n") : QStringLiteral("\n");
        b.style.quoteChance = f == QLatin1String("quote:random") ? 0.4 : 0.0;
        b.style.padShortLines = f == QLatin1String("layout:padded-lines");
    }
    if (shape == QLatin1String("gbk-looks-utf8")) {
        b.style.encoding = CsvStyle::Encoding::Gb18030;
        b.style.delimiter = ',';
        b.style.quoteChance = 0;
        b.style.padShortLines = false;
    }

    // One fault in about a third of the mixed files, and in every fault file.
    QStringList faults = genericFaults() + shapeFaults(shape);
    if (shape != QLatin1String("gbk-looks-utf8") && ((mode == 0 && r.chance(0.33)) || mode == 3))
        b.fault = r.pick(faults);

    if (shape.startsWith(QLatin1String("weekly-")))
        buildWeekly(b, shape);
    else if (shape == QLatin1String("daily-multi"))
        buildDaily(b, false);
    else if (shape == QLatin1String("daily-wind-single"))
        buildDaily(b, true);
    else if (shape == QLatin1String("key-stocks"))
        buildKeyStocks(b);
    else if (shape == QLatin1String("lockups"))
        buildLockups(b);
    else if (shape == QLatin1String("traffic"))
        buildTraffic(b);
    else if (shape == QLatin1String("centres"))
        buildCentres(b);
    else
        buildGbkLooksUtf8(b);

    // A header cell over two lines (Excel's Alt+Enter; not inside Wind's or iFinD's brackets): the cells after it, and a
    // fault in them, are on the next physical line.
    if (b.vary("layout") && b.headerIndex >= 0 && r.chance(0.1)) {
        QList<TableCell> &header = b.t.lines[b.headerIndex].cells;
        const int c = r.between(0, int(header.size()) - 1);
        QString &h = header[c].text;
        const qsizetype paren = h.indexOf(QLatin1Char('('));
        const qsizetype at = paren > 0 ? paren : h.size() / 2;
        if (!h.contains(QLatin1Char('[')) && at > 0) {
            h.insert(at, QLatin1Char('\n'));
            header[c].tags << QStringLiteral("layout:multiline-header-cell");
            b.t.tags << QStringLiteral("layout:multiline-header-cell");
        }
    }
    if (!b.fault.isEmpty() && b.t.outcome == TerminalTable::Outcome::Imports && genericFaults().contains(b.fault)) {
        // A fault the table has no place for (no date column for a bad date) leaves a good file.
        injectGenericFault(b);
    }
    return GeneratedCase{seed, b.t, b.style};
}

} // namespace zhisuan::db::gen
