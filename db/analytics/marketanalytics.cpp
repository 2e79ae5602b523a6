#include "marketanalytics.h"

#include "marketqueries.h"
#include "querytable.h"
#include "store.h"
#include "tradingcalendar.h"

#include <QCoreApplication>
#include <QMap>
#include <QSqlError>

#include <algorithm>
#include <cmath>
#include <map>

namespace zhisuan::db {

namespace {


// Every market read, as this store's engine spells it, read whole (one round trip on a team store).
Result<RowSet> run(Store &store, const Statement &statement, const QVariantList &binds = {})
{
    return store.select(QCoreApplication::translate("MarketAnalytics", "Cannot read the market data"), statement, binds);
}

QDate mondayOf(const QDate &d) { return d.addDays(1 - d.dayOfWeek()); }

double round2(double v) { return std::round(v * 100.0) / 100.0; }

} // namespace

QString TradingWeek::label() const
{
    if (!start.isValid())
        return {};
    return QStringLiteral("%1.%2–%3.%4").arg(start.month()).arg(start.day()).arg(end.month()).arg(end.day());
}

QList<WatchItem> MarketAnalytics::defaultWatchlist()
{
    // The compute chain and cloud names the weekly compute tracker (001) follows.
    return {{QStringLiteral("NVDA.O"), QStringLiteral("CPU/GPU")},       {QStringLiteral("INTC.O"), QStringLiteral("CPU/GPU")},
            {QStringLiteral("AMD.O"), QStringLiteral("CPU/GPU")},        {QStringLiteral("688047.SH"), QStringLiteral("国产算力链")},
            {QStringLiteral("688256.SH"), QStringLiteral("国产算力链")}, {QStringLiteral("688041.SH"), QStringLiteral("国产算力链")},
            {QStringLiteral("MSFT.O"), QStringLiteral("云计算")},        {QStringLiteral("AMZN.O"), QStringLiteral("云计算")},
            {QStringLiteral("META.O"), QStringLiteral("云计算")},        {QStringLiteral("0020.HK"), QStringLiteral("云计算")}};
}

QStringList MarketAnalytics::views()
{
    return {QStringLiteral("index-returns"), QStringLiteral("excess-returns"), QStringLiteral("industry-ranking"),
            QStringLiteral("top-movers"),    QStringLiteral("watchlist-moves"), QStringLiteral("key-stocks"),
            QStringLiteral("lockups"), QStringLiteral("period-returns")};
}

Result<QList<TradingWeek>> MarketAnalytics::weeks()
{
    std::map<QDate, QDate> ends; // week start -> last day with data
    auto q = run(m_store, MarketQueries::importedWeeks);
    if (!q)
        return q.error();
    while (q.value().next())
        ends[QDate::fromString(q.value().value(0).toString(), Qt::ISODate)] =
            QDate::fromString(q.value().value(1).toString(), Qt::ISODate);
    // Weeks known only by their returns so far (本周以来): they end on the last day those cover.
    auto p = run(m_store, MarketQueries::weekToDateWeeks);
    if (!p)
        return p.error();
    while (p.value().next()) {
        const QDate day = QDate::fromString(p.value().value(1).toString(), Qt::ISODate);
        QDate &end = ends[QDate::fromString(p.value().value(0).toString(), Qt::ISODate)];
        if (!end.isValid() || day > end)
            end = day;
    }
    auto d = run(m_store, MarketQueries::tradingDays);
    if (!d)
        return d.error();
    while (d.value().next()) {
        const QDate day = QDate::fromString(d.value().value(0).toString(), Qt::ISODate);
        QDate &end = ends[mondayOf(day)];
        if (!end.isValid() || day > end)
            end = day;
    }
    QList<TradingWeek> weeks;
    for (auto it = ends.rbegin(); it != ends.rend(); ++it)
        weeks.append(TradingWeek{it->first, it->second});
    return weeks;
}

Result<TradingWeek> MarketAnalytics::weekContaining(const QDate &day, bool *known)
{
    // Two seeks instead of the whole weeks list: the week's last imported end and its last trading day.
    const QDate monday = mondayOf(day);
    auto q = run(m_store, MarketQueries::weekEnd,
                 {monday.toString(Qt::ISODate), monday.toString(Qt::ISODate), monday.addDays(6).toString(Qt::ISODate)});
    if (!q)
        return q.error();
    QDate end;
    if (q.value().next())
        for (int c = 0; c < 2; ++c) {
            const QDate d = QDate::fromString(q.value().value(c).toString(), Qt::ISODate);
            if (d.isValid() && (!end.isValid() || d > end))
                end = d;
        }
    auto p = run(m_store, MarketQueries::weekToDateEnd, {monday.toString(Qt::ISODate)});
    if (!p)
        return p.error();
    if (p.value().next()) {
        const QDate d = QDate::fromString(p.value().value(0).toString(), Qt::ISODate);
        if (d.isValid() && (!end.isValid() || d > end))
            end = d;
    }
    if (known)
        *known = end.isValid();
    return TradingWeek{monday, end.isValid() ? end : monday.addDays(4)};
}

Result<QList<MarketAnalytics::WeekReturn>> MarketAnalytics::weekReturns(const TradingWeek &week)
{
    return readWeekReturns(week, true, {}, {});
}

Result<QList<MarketAnalytics::WeekReturn>> MarketAnalytics::weekReturns(const TradingWeek &week, const Settings &settings)
{
    // The tracked industry's stocks: those classified under its name in either classification (as topMovers).
    auto ind = run(m_store, MarketQueries::industryOrNameOf, {settings.industry});
    if (!ind)
        return ind.error();
    const QString industryName = ind.value().next() ? ind.value().value(0).toString() : QString();
    QStringList codes{settings.industry};
    for (const WatchItem &w : settings.watchlist)
        codes << w.code;
    return readWeekReturns(week, false, industryName, codes);
}

Result<QList<MarketAnalytics::WeekReturn>> MarketAnalytics::readWeekReturns(const TradingWeek &week, bool all,
                                                                            const QString &industry, const QStringList &codes)
{
    // Every view of a week needs the same list: it is read once per week, selection and object (a page, the brief).
    const QString codeList = QLatin1Char(',') + codes.join(QLatin1Char(',')) + QLatin1Char(',');
    const QString key = week.start.toString(Qt::ISODate) + (all ? QStringLiteral("|all") : QLatin1Char('|') + industry + codeList);
    if (auto cached = m_weekReturns.constFind(key); cached != m_weekReturns.constEnd())
        return *cached;
    QList<WeekReturn> list;
    QSet<QString> seen;
    const QString start = week.start.toString(Qt::ISODate);
    const QString sunday = week.start.addDays(6).toString(Qt::ISODate);
    auto q = run(m_store, MarketQueries::importedReturns, {start});
    if (!q)
        return q.error();
    while (q.value().next()) {
        RowSet &r = q.value();
        list.append(WeekReturn{r.value(0).toString(), r.value(1).toString(), r.value(2).toString(), r.value(3).toString(),
                               r.value(4).toString(), r.value(5), r.value(6), r.value(7), r.value(8), false, {}, {}});
        seen.insert(r.value(0).toString());
    }
    // Returns over the week's trading days so far, where the week has no return of its own for the security: the
    // latest such period, labelled with its days.
    auto p = run(m_store, MarketQueries::weekToDateReturns, {start});
    if (!p)
        return p.error();
    while (p.value().next()) {
        RowSet &r = p.value();
        if (seen.contains(r.value(0).toString()))
            continue;
        WeekReturn w{r.value(0).toString(), r.value(1).toString(), r.value(2).toString(), r.value(3).toString(),
                     r.value(4).toString(), r.value(5), r.value(6), r.value(7), r.value(8), false, {}, {}};
        w.from = QDate::fromString(r.value(9).toString(), Qt::ISODate);
        w.to = QDate::fromString(r.value(10).toString(), Qt::ISODate);
        list.append(w);
        seen.insert(w.code);
    }
    // From daily closes: the last close of the week against the last close before it; holidays and missing
    // days need no special case because both are "the last one there is".
    auto d = all ? run(m_store, MarketQueries::derivedReturns, {start, sunday, start, start, sunday})
                 : run(m_store, MarketQueries::derivedReturnsShown,
                       {start, sunday, start, start, sunday, industry, codeList});
    if (!d)
        return d.error();
    while (d.value().next()) {
        RowSet &r = d.value();
        if (seen.contains(r.value(0).toString()))
            continue;
        QVariant ret;
        if (!r.value(6).isNull() && r.value(6).toDouble() != 0.0)
            ret = (r.value(5).toDouble() / r.value(6).toDouble() - 1.0) * 100.0;
        list.append(WeekReturn{r.value(0).toString(), r.value(1).toString(), r.value(2).toString(), r.value(3).toString(),
                               r.value(4).toString(), ret, r.value(5), r.value(7), r.value(8), true, {}, {}});
    }
    m_weekReturns.insert(key, list);
    return list;
}

Result<QString> MarketAnalytics::industryFor(const TradingWeek &week, const Settings &settings)
{
    auto all = weekReturns(week, settings);
    if (!all)
        return all.error();
    return resolveIndustry(all.value(), settings);
}

Result<QString> MarketAnalytics::resolveIndustry(const QList<WeekReturn> &returns, const Settings &settings)
{
    for (const WeekReturn &r : returns)
        if (r.code == settings.industry && !r.returnPct.isNull())
            return settings.industry;
    auto name = run(m_store, MarketQueries::industryOf,
                    {settings.industry});
    if (!name)
        return name.error();
    const QString industry = name.value().next() ? name.value().value(0).toString() : QString();
    if (!industry.isEmpty())
        for (const WeekReturn &r : returns)
            if (r.kind == QLatin1String("industry") && r.industry == industry && !r.returnPct.isNull())
                return r.code;
    return settings.industry;
}

Result<MarketAnalytics::LoadedWeek> MarketAnalytics::load(const TradingWeek &week, const Settings &requested)
{
    auto all = weekReturns(week, requested);
    if (!all)
        return all.error();
    auto industry = resolveIndustry(all.value(), requested);
    if (!industry)
        return industry.error();
    LoadedWeek loaded{requested, std::move(all).value()};
    loaded.settings.industry = industry.value();
    return loaded;
}

Result<QueryTable> MarketAnalytics::history(const QString &code)
{
    QueryTable t{{QStringLiteral("date"), QStringLiteral("level"), QStringLiteral("source"), QStringLiteral("stretch")}, {}};
    auto daily = run(m_store, MarketQueries::dailyHistory,
                     {code});
    if (!daily)
        return daily.error();
    while (daily.value().next())
        t.rows.append({daily.value().value(0), daily.value().value(1), QStringLiteral("daily"), 0});
    if (!t.rows.isEmpty())
        return t;
    auto weekly = run(m_store, MarketQueries::weeklyHistory,
                      {code});
    if (!weekly)
        return weekly.error();
    // Weekly returns chain into a level only across contiguous weeks: after a trading week without a return the
    // chain would multiply returns that do not follow each other into a number that is no index (report weeks
    // 5.6–5.10 and 7.22–7.26 made 95.2 across ten missing weeks). There the base restarts at 100, as a new stretch.
    const TradingCalendar &calendar = TradingCalendar::sse();
    double level = 100.0;
    int stretch = -1;
    QDate previousEnd;
    while (weekly.value().next()) {
        const QDate start = QDate::fromString(weekly.value().value(0).toString(), Qt::ISODate);
        const QDate end = QDate::fromString(weekly.value().value(1).toString(), Qt::ISODate);
        bool contiguous = previousEnd.isValid();
        for (QDate d = previousEnd.addDays(1); contiguous && d < start; d = d.addDays(1))
            contiguous = !calendar.isTradingDay(d);
        if (!contiguous) { // the first week, or one after a gap: the level before it is the base
            ++stretch;
            level = 100.0;
            t.rows.append({start.addDays(-3).toString(Qt::ISODate), level, QStringLiteral("weekly"), stretch});
        }
        level *= 1.0 + weekly.value().value(2).toDouble() / 100.0;
        t.rows.append({weekly.value().value(1), level, QStringLiteral("weekly"), stretch});
        previousEnd = end;
    }
    return t;
}

Result<QueryTable> MarketAnalytics::peHistory(const QString &code, QList<double> *percentiles)
{
    QueryTable t{{QStringLiteral("date"), QStringLiteral("pe")}, {}};
    auto q = run(m_store, MarketQueries::peHistory,
                 {code});
    if (!q)
        return q.error();
    QList<double> values;
    while (q.value().next()) {
        t.rows.append({q.value().value(0), q.value().value(1)});
        values << q.value().value(1).toDouble();
    }
    if (percentiles) {
        percentiles->clear();
        if (!values.isEmpty()) {
            std::sort(values.begin(), values.end());
            // Linear interpolation between closest ranks, as spreadsheets compute PERCENTILE.INC.
            for (double p : {0.1, 0.5, 0.9}) {
                const double pos = p * double(values.size() - 1);
                const int lo = int(std::floor(pos));
                const int hi = std::min(lo + 1, int(values.size() - 1));
                percentiles->append(values[lo] + (values[hi] - values[lo]) * (pos - lo));
            }
        }
    }
    return t;
}

Result<QueryTable> MarketAnalytics::view(const QString &name, const TradingWeek &week, const Settings &settings)
{
    if (name == QLatin1String("index-returns"))
        return indexReturns(week, settings);
    if (name == QLatin1String("excess-returns"))
        return excessReturns(week, settings);
    if (name == QLatin1String("industry-ranking"))
        return industryRanking(week, settings);
    if (name == QLatin1String("top-movers"))
        return topMovers(week, settings);
    if (name == QLatin1String("watchlist-moves"))
        return watchlistMoves(week, settings);
    if (name == QLatin1String("key-stocks"))
        return keyStocks(week, settings);
    if (name == QLatin1String("lockups"))
        return lockups(week, settings);
    if (name == QLatin1String("period-returns"))
        return periodReturns(week);
    return Error{QStringLiteral("view"),
                 QCoreApplication::translate("MarketAnalytics", "unknown view “%1”; expected one of %2")
                     .arg(name, views().join(QStringLiteral(", "))),
                 {}};
}

Result<void> MarketAnalytics::addEnglishNames(QueryTable &t, const QStringList &codeColumns)
{
    if (!m_englishNames) {
        auto q = run(m_store, MarketQueries::englishNames);
        if (!q)
            return q.error();
        QHash<QString, QString> names;
        while (q.value().next())
            names.insert(q.value().value(0).toString(), q.value().value(1).toString());
        m_englishNames = std::move(names);
    }
    for (const QString &codeColumn : codeColumns) {
        const int c = t.column(codeColumn);
        t.columns << (codeColumn == QLatin1String("code") ? QStringLiteral("name_en") : codeColumn + QStringLiteral("_name_en"));
        for (QVariantList &row : t.rows) {
            const QString english = m_englishNames->value(row.value(c).toString());
            row << (english.isEmpty() ? QVariant() : QVariant(english));
        }
    }
    return {};
}

Result<QueryTable> MarketAnalytics::indexReturns(const TradingWeek &week, const Settings &requested)
{
    auto loaded = load(week, requested);
    if (!loaded)
        return loaded.error();
    const Settings &settings = loaded.value().settings;
    const QList<WeekReturn> &returns = loaded.value().returns;
    QueryTable t{{QStringLiteral("code"), QStringLiteral("name"), QStringLiteral("kind"), QStringLiteral("return_pct"),
                   QStringLiteral("tracked")},
                  {}};
    // Benchmarks in the order chosen, then the tracked industry, then the other indices and industries.
    auto rank = [&](const WeekReturn &r) {
        const int b = int(settings.benchmarks.indexOf(r.code));
        if (b >= 0)
            return b;
        if (r.code == settings.industry)
            return 1000;
        return r.kind == QLatin1String("index") ? 2000 : 3000;
    };
    QList<WeekReturn> rows;
    for (const WeekReturn &r : returns)
        if (r.kind != QLatin1String("stock") && !r.returnPct.isNull())
            rows.append(r);
    std::stable_sort(rows.begin(), rows.end(), [&](const WeekReturn &a, const WeekReturn &b) { return rank(a) < rank(b); });
    for (const WeekReturn &r : std::as_const(rows))
        t.rows.append({r.code, r.name, r.kind, r.returnPct, r.code == settings.industry});
    if (auto e = addEnglishNames(t); !e)
        return e.error();
    return t;
}

Result<QueryTable> MarketAnalytics::excessReturns(const TradingWeek &week, const Settings &requested)
{
    auto loaded = load(week, requested);
    if (!loaded)
        return loaded.error();
    const Settings &settings = loaded.value().settings;
    const QList<WeekReturn> &returns = loaded.value().returns;
    QueryTable t{{QStringLiteral("industry"), QStringLiteral("industry_name"), QStringLiteral("industry_return_pct"),
                   QStringLiteral("benchmark"), QStringLiteral("benchmark_name"), QStringLiteral("benchmark_return_pct"),
                   QStringLiteral("excess_pcts"), QStringLiteral("reported_excess_pcts")},
                  {}};
    const WeekReturn *industry = nullptr;
    for (const WeekReturn &r : returns)
        if (r.code == settings.industry && !r.returnPct.isNull())
            industry = &r;
    if (!industry)
        return t;
    auto reported = reportedFigures(week, industry->code);
    if (!reported)
        return reported.error();
    for (const QString &code : settings.benchmarks) {
        for (const WeekReturn &r : returns) {
            if (r.code != code || r.returnPct.isNull())
                continue;
            // In percentage points, from the returns as published (two decimals), as the reports compute it.
            const double excess = round2(round2(industry->returnPct.toDouble()) - round2(r.returnPct.toDouble()));
            // The report's own figure beside it (2.15 where the published returns give 2.14): never replaced.
            QVariant asReported;
            for (const auto &row : std::as_const(reported.value().rows))
                if (row.value(0).toString() == QLatin1String("excess_pcts") && row.value(1).toString() == r.code)
                    asReported = row.value(2);
            t.rows.append({industry->code, industry->name, industry->returnPct, r.code, r.name, r.returnPct, excess, asReported});
        }
    }
    if (auto e = addEnglishNames(t, {QStringLiteral("industry"), QStringLiteral("benchmark")}); !e)
        return e.error();
    return t;
}

Result<QueryTable> MarketAnalytics::industryRanking(const TradingWeek &week, const Settings &requested)
{
    auto loaded = load(week, requested);
    if (!loaded)
        return loaded.error();
    const Settings &settings = loaded.value().settings;
    const QList<WeekReturn> &returns = loaded.value().returns;
    QueryTable t{{QStringLiteral("rank"), QStringLiteral("code"), QStringLiteral("name"), QStringLiteral("return_pct"),
                   QStringLiteral("tracked"), QStringLiteral("of"), QStringLiteral("reported_rank"), QStringLiteral("reported_of")},
                  {}};
    // Rank among industries of the same classification as the tracked one (申万 .SI or 中信 .WI codes).
    const QString suffix = settings.industry.section(QLatin1Char('.'), -1);
    QList<WeekReturn> rows;
    for (const WeekReturn &r : returns)
        if (r.kind == QLatin1String("industry") && !r.returnPct.isNull() && r.code.endsWith(QLatin1Char('.') + suffix))
            rows.append(r);
    std::sort(rows.begin(), rows.end(),
              [](const WeekReturn &a, const WeekReturn &b) { return a.returnPct.toDouble() > b.returnPct.toDouble(); });
    for (int i = 0; i < rows.size(); ++i)
        t.rows.append({i + 1, rows[i].code, rows[i].name, rows[i].returnPct, rows[i].code == settings.industry,
                       int(rows.size()), QVariant(), QVariant()});
    // The rank the report gives, on the tracked industry's row: the store seldom holds every industry's return.
    auto reported = reportedFigures(week, settings.industry);
    if (!reported)
        return reported.error();
    for (const auto &row : std::as_const(reported.value().rows)) {
        if (row.value(0).toString() != QLatin1String("industry_rank"))
            continue;
        bool placed = false;
        for (auto &r : t.rows)
            if (r.value(1).toString() == settings.industry) {
                r[6] = row.value(2).toInt();
                r[7] = row.value(3);
                placed = true;
            }
        if (!placed) {
            QString name = settings.industry;
            for (const WeekReturn &r : returns)
                if (r.code == settings.industry)
                    name = r.name;
            t.rows.append({QVariant(), settings.industry, name, QVariant(), true, QVariant(), row.value(2).toInt(), row.value(3)});
        }
    }
    if (auto e = addEnglishNames(t); !e)
        return e.error();
    return t;
}

Result<QueryTable> MarketAnalytics::reportedFigures(const TradingWeek &week, const QString &industry)
{
    auto q = run(m_store, MarketQueries::reportedFigures, {industry, week.start.toString(Qt::ISODate)});
    if (!q)
        return q.error();
    QueryTable t{{QStringLiteral("figure"), QStringLiteral("against"), QStringLiteral("value"), QStringLiteral("of_count"), QStringLiteral("source")}, {}};
    while (q.value().next())
        t.rows.append({q.value().value(0), q.value().value(1), q.value().value(2), q.value().value(3), q.value().value(4)});
    return t;
}

Result<QueryTable> MarketAnalytics::topMovers(const TradingWeek &week, const Settings &settings)
{
    auto all = weekReturns(week, settings);
    if (!all)
        return all.error();
    QueryTable t{{QStringLiteral("side"), QStringLiteral("rank"), QStringLiteral("code"), QStringLiteral("name"),
                   QStringLiteral("return_pct"), QStringLiteral("close"), QStringLiteral("week_low"),
                   QStringLiteral("week_high")},
                  {}};
    // The tracked industry's stocks: those classified under its name in either classification.
    auto ind = run(m_store, MarketQueries::industryOrNameOf,
                   {settings.industry});
    if (!ind)
        return ind.error();
    const QString industryName = ind.value().next() ? ind.value().value(0).toString() : QString();
    QList<WeekReturn> stocks;
    for (const WeekReturn &r : all.value())
        if (r.kind == QLatin1String("stock") && !r.returnPct.isNull() && !industryName.isEmpty() && r.industry == industryName)
            stocks.append(r);
    std::sort(stocks.begin(), stocks.end(),
              [](const WeekReturn &a, const WeekReturn &b) { return a.returnPct.toDouble() > b.returnPct.toDouble(); });
    const int n = std::min<int>(settings.movers, int(stocks.size()));
    for (int i = 0; i < n; ++i)
        t.rows.append({QStringLiteral("gainer"), i + 1, stocks[i].code, stocks[i].name, stocks[i].returnPct, stocks[i].close,
                       stocks[i].low, stocks[i].high});
    for (int i = 0; i < n; ++i) {
        const WeekReturn &r = stocks[stocks.size() - 1 - i];
        t.rows.append({QStringLiteral("loser"), i + 1, r.code, r.name, r.returnPct, r.close, r.low, r.high});
    }
    if (auto e = addEnglishNames(t); !e)
        return e.error();
    return t;
}

Result<QueryTable> MarketAnalytics::watchlistMoves(const TradingWeek &week, const Settings &settings)
{
    auto all = weekReturns(week, settings);
    if (!all)
        return all.error();
    QueryTable t{{QStringLiteral("segment"), QStringLiteral("code"), QStringLiteral("name"), QStringLiteral("market"),
                   QStringLiteral("return_pct")},
                  {}};
    QHash<QString, const WeekReturn *> byCode;
    for (const WeekReturn &r : all.value())
        byCode.insert(r.code, &r);
    for (const WatchItem &w : settings.watchlist) {
        const WeekReturn *r = byCode.value(w.code);
        if (r && !r->returnPct.isNull())
            t.rows.append({w.segment, r->code, r->name, r->market, r->returnPct});
    }
    if (auto e = addEnglishNames(t); !e)
        return e.error();
    return t;
}

Result<QueryTable> MarketAnalytics::periodReturns(const TradingWeek &week)
{
    auto t = selectTable(m_store, m_store.text(MarketQueries::periodReturns),
                         {QStringLiteral("code"), QStringLiteral("name"), QStringLiteral("kind"), QStringLiteral("period_start"),
                          QStringLiteral("period_end"), QStringLiteral("return_pct"), QStringLiteral("close"), QStringLiteral("source")},
                         {week.start.toString(Qt::ISODate), week.start.addDays(6).toString(Qt::ISODate)});
    if (!t)
        return t;
    if (auto e = addEnglishNames(t.value()); !e)
        return e.error();
    return t;
}

Result<QueryTable> MarketAnalytics::securities(const QString &kind)
{
    return selectTable(m_store, QStringLiteral("SELECT code, name, name_en FROM security WHERE kind = ? ORDER BY code"),
                       {QStringLiteral("code"), QStringLiteral("name"), QStringLiteral("name_en")}, {kind});
}

Result<QueryTable> MarketAnalytics::securities(const QStringList &kinds)
{
    const QStringList marks(kinds.size(), QStringLiteral("?"));
    QVariantList binds;
    for (const QString &k : kinds)
        binds << k;
    return selectTable(m_store, QStringLiteral("SELECT code, name, name_en FROM security WHERE kind IN (%1) ORDER BY code").arg(marks.join(QLatin1Char(','))),
                       {QStringLiteral("code"), QStringLiteral("name"), QStringLiteral("name_en")}, binds);
}

Result<QueryTable> MarketAnalytics::keyStocks(const TradingWeek &week, const Settings &)
{
    // The latest snapshot taken by the end of the week (the reports' 股价为 … 收盘价).
    auto asOf = run(m_store, MarketQueries::snapshotDate,
                    {week.start.addDays(6).toString(Qt::ISODate)});
    if (!asOf)
        return asOf.error();
    const QString date = asOf.value().next() ? asOf.value().value(0).toString() : QString();
    QueryTable t{{QStringLiteral("code"), QStringLiteral("name"), QStringLiteral("price"), QStringLiteral("return_pct")}, {}};
    if (date.isEmpty())
        return t;
    auto years = run(m_store, MarketQueries::valuationYears, {date});
    if (!years)
        return years.error();
    QList<int> fy;
    while (years.value().next())
        fy << years.value().value(0).toInt();
    for (int y : std::as_const(fy))
        t.columns << QStringLiteral("eps_%1").arg(y);
    for (int y : std::as_const(fy))
        t.columns << QStringLiteral("pe_%1").arg(y);
    t.columns << QStringLiteral("pb") << QStringLiteral("as_of");
    // The date's forecasts, by code and fiscal year (EPS, PE).
    QHash<QString, QHash<int, std::pair<QVariant, QVariant>>> forecasts;
    {
        auto v = run(m_store, MarketQueries::valuationsOfDate, {date});
        if (!v)
            return v.error();
        while (v.value().next())
            forecasts[v.value().value(0).toString()].insert(v.value().value(1).toInt(), {v.value().value(2), v.value().value(3)});
    }
    auto rows = run(m_store, MarketQueries::keyStocks,
                    {mondayOf(QDate::fromString(date, Qt::ISODate)).toString(Qt::ISODate), date});
    if (!rows)
        return rows.error();
    while (rows.value().next()) {
        RowSet &r = rows.value();
        QVariantList row{r.value(0), r.value(1), r.value(2), r.value(3)};
        const QHash<int, std::pair<QVariant, QVariant>> val = forecasts.value(r.value(0).toString());
        for (int y : std::as_const(fy))
            row << val.value(y).first;
        for (int y : std::as_const(fy))
            row << val.value(y).second;
        row << r.value(4) << date;
        t.rows.append(row);
    }
    if (auto e = addEnglishNames(t); !e)
        return e.error();
    return t;
}

Result<QueryTable> MarketAnalytics::lockups(const TradingWeek &week, const Settings &settings)
{
    // Expiries in the next N days after the week, as a report of that week lists them.
    const QDate from = week.end.isValid() ? week.end : week.start.addDays(4);
    auto q = run(m_store, MarketQueries::lockups, {from.toString(Qt::ISODate), from.toString(Qt::ISODate), from.toString(Qt::ISODate), settings.lockupDays});
    if (!q)
        return q.error();
    QueryTable t{{QStringLiteral("expiry_date"), QStringLiteral("code"), QStringLiteral("name"), QStringLiteral("shares"),
                   QStringLiteral("market_value_cny"), QStringLiteral("total_shares"), QStringLiteral("float_a_shares"),
                   QStringLiteral("days_until"), QStringLiteral("as_of")},
                  {}};
    while (q.value().next()) {
        QVariantList row;
        for (int c = 0; c < 9; ++c)
            row << q.value().value(c);
        t.rows.append(row);
    }
    if (auto e = addEnglishNames(t); !e)
        return e.error();
    return t;
}

} // namespace zhisuan::db
