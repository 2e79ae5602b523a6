#pragma once

#include "querytable.h"
#include "result.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace zhisuan::db {

class Store;

// A trading week as the reports write it: Monday to the last trading day with data ("7.22–7.26").
struct TradingWeek
{
    QDate start;
    QDate end;
    QString label() const; // 7.22–7.26
    bool isValid() const { return start.isValid(); }
    bool operator==(const TradingWeek &o) const { return start == o.start; }
};

struct WatchItem
{
    QString code;
    QString segment; // e.g. "CPU/GPU", "国产算力链", "云计算"
};

// The market review of the reports as queries: index and industry returns of a week, the tracked industry's
// excess return over each benchmark in percentage points, its rank among industries, top movers, a watchlist,
// key stocks and lockups. Weekly returns come from imported weekly files, or are derived from daily closes
// (last close of the week against the last close before it) for securities that have only dailies.
class MarketAnalytics
{
public:
    explicit MarketAnalytics(Store &store) : m_store(store) {}

    struct Settings
    {
        QString industry = QStringLiteral("801750.SI"); // 计算机(申万)
        QStringList benchmarks{QStringLiteral("000001.SH"), QStringLiteral("399006.SZ"), QStringLiteral("000300.SH"),
                               QStringLiteral("399005.SZ")};
        QList<WatchItem> watchlist = defaultWatchlist();
        int movers = 5;
        int lockupDays = 90;
    };

    static QList<WatchItem> defaultWatchlist();
    static QStringList views(); // index-returns, excess-returns, …

    // Weeks with any weekly or daily data, newest first.
    Result<QList<TradingWeek>> weeks();
    // The week that contains `day` (Monday-based), as far as data knows its end. `known`: whether any weekly or daily
    // data falls in it, i.e. whether weeks() lists it (else the end is Friday).
    Result<TradingWeek> weekContaining(const QDate &day, bool *known = nullptr);

    Result<QueryTable> view(const QString &name, const TradingWeek &week, const Settings &settings);

    Result<QueryTable> indexReturns(const TradingWeek &week, const Settings &settings);
    Result<QueryTable> excessReturns(const TradingWeek &week, const Settings &settings);
    Result<QueryTable> industryRanking(const TradingWeek &week, const Settings &settings);
    // A report's own figures for the industry in the week: figure (excess_pcts, industry_rank), against, value,
    // of_count, source.
    Result<QueryTable> reportedFigures(const TradingWeek &week, const QString &industry);
    Result<QueryTable> topMovers(const TradingWeek &week, const Settings &settings);
    Result<QueryTable> watchlistMoves(const TradingWeek &week, const Settings &settings);
    Result<QueryTable> keyStocks(const TradingWeek &week, const Settings &settings);
    // Returns over periods that are not a whole week and end in the week (imported as period returns).
    Result<QueryTable> periodReturns(const TradingWeek &week);
    Result<QueryTable> lockups(const TradingWeek &week, const Settings &settings);

    struct WeekReturn
    {
        QString code, name, kind, industry, market;
        QVariant returnPct, close, low, high;
        bool derived = false;
        // A return over the week's trading days so far (imported as a period return, Monday to Wednesday): the days
        // it covers, which a view shows instead of calling it the week's. Invalid for a whole week's return.
        QDate from, to;
    };
    // The industry index used for a week: the tracked one, or, when it has no return that week, an index of
    // the same industry in the other classification (计算机(申万) ↔ 计算机(中信)), as the reports switch between them.
    Result<QString> industryFor(const TradingWeek &week, const Settings &settings);

    // The index level over time: daily closes when there are any, else weekly returns chained from 100 over
    // contiguous weeks, the base restarting at 100 after a trading week without a return.
    // Columns: date, level, source ("daily" or "weekly"), stretch (0, 1, …: a new one at each restart).
    Result<QueryTable> history(const QString &code);
    // The securities of a kind ("industry", "index"): code, name, by code (the pickers of the market page).
    Result<QueryTable> securities(const QString &kind);
    // The securities of any of these kinds (the pickers of the watchlist and benchmarks dialogs).
    Result<QueryTable> securities(const QStringList &kinds);
    // PE over time from metrics named PE/PE(TTM)/市盈率 of the security, with the 10th, 50th and 90th percentile
    // of the whole history in `percentiles` (empty when there is no PE series).
    Result<QueryTable> peHistory(const QString &code, QList<double> *percentiles);

    // Every security's return in the week: imported rows first, else derived from daily closes. Read once per
    // week by this object: the views of one page or one brief share it.
    Result<QList<WeekReturn>> weekReturns(const TradingWeek &week);
    // The same for what the views show with these settings: indices and industries, the tracked industry's
    // stocks and the watchlist (returns derived from dailies are read for those securities only).
    Result<QList<WeekReturn>> weekReturns(const TradingWeek &week, const Settings &settings);

private:
    // A week's returns and the settings with the industry resolved against them: loaded once per view.
    struct LoadedWeek
    {
        Settings settings;
        QList<WeekReturn> returns;
    };
    Result<LoadedWeek> load(const TradingWeek &week, const Settings &requested);
    Result<QString> resolveIndustry(const QList<WeekReturn> &returns, const Settings &settings);
    // A column of English names (security.name_en, empty where there is none) beside each code column of `t`: `name_en`
    // beside `code`, `<x>_name_en` beside `<x>`. The views keep the stored name; the pages pick (LocalNames::pick).
    Result<void> addEnglishNames(QueryTable &t, const QStringList &codeColumns = {QStringLiteral("code")});

    Store &m_store;
    // Derived returns for every security (empty industry and codes) or for those a page shows.
    Result<QList<WeekReturn>> readWeekReturns(const TradingWeek &week, bool all, const QString &industry, const QStringList &codes);

    QHash<QString, QList<WeekReturn>> m_weekReturns; // by week and selection: every view of a week reads it once
    std::optional<QHash<QString, QString>> m_englishNames; // security.name_en by code, read once
};

} // namespace zhisuan::db
