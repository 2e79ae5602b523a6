#pragma once

#include "statement.h"

#include <utility>
#include <vector>

namespace zhisuan::db {

// Every statement of the market dashboard in both engines' dialects (Statement: the team store's spelling next to
// SQLite's where the two differ, the same parameters and columns; tst_engineparity compares every view's rows on both), in one place, so that tst_marketqueries can ask SQLite for each plan
// (EXPLAIN QUERY PLAN) and fail on a scan of a table that grows with history (daily_bar: 12.5M rows for ten
// years of the A-share market). Parameters are positional (plain ?, bound in order: Qt's SQLite driver does not reuse ?NNN); the comment
// says what each one is.
namespace MarketQueries {

// Weeks with imported weekly returns and their last day: one seek per week (a skip scan written out).
inline constexpr Statement importedWeeks{"WITH RECURSIVE w(s) AS (SELECT MIN(week_start) FROM weekly_return "
    "  UNION ALL SELECT (SELECT MIN(week_start) FROM weekly_return WHERE week_start > w.s) FROM w WHERE w.s IS NOT NULL) "
    "SELECT s, (SELECT MAX(week_end) FROM weekly_return WHERE week_start = w.s) FROM w WHERE s IS NOT NULL"};
// Weeks with returns over their trading days so far (period_return.week_start: Monday to Wednesday, "本周以来") and
// the last day those cover.
inline constexpr Statement weekToDateWeeks{"SELECT week_start, MAX(period_end) FROM period_return WHERE week_start IS NOT NULL GROUP BY week_start"};
// Monday: the last day the week's returns-so-far cover.
inline constexpr Statement weekToDateEnd{"SELECT MAX(period_end) FROM period_return WHERE week_start = ?"};
// Monday: the week's returns so far, the latest first for each security (a file of Monday to Tuesday and one of Monday
// to Wednesday may both be there), with the period each covers.
inline constexpr Statement weekToDateReturns{"SELECT p.code, s.name, s.kind, COALESCE(s.industry_sw, s.industry_citic), s.market, "
    "p.return_pct, p.close, p.period_low, p.period_high, p.period_start, p.period_end FROM period_return p "
    "JOIN security s ON s.code = p.code WHERE p.week_start = ? ORDER BY p.code, p.period_end DESC"};
// Monday, Sunday: returns over periods that are not a whole week (two weeks, a week so far, Friday to Friday) that
// end in the week, with the days each covers: the latest first.
inline constexpr Statement periodReturns{"SELECT p.code, s.name, s.kind, p.period_start, p.period_end, p.return_pct, p.close, p.source FROM period_return p "
    "JOIN security s ON s.code = p.code WHERE p.period_end BETWEEN ? AND ? ORDER BY p.period_end DESC, p.code, p.period_start"};
// Days with daily quotes (kept by the importer and rollback).
inline constexpr Statement tradingDays{"SELECT trade_date FROM trading_day"};
// Monday, Monday, Sunday: the week's last imported week end and its last trading day.
inline constexpr Statement weekEnd{"SELECT (SELECT MAX(week_end) FROM weekly_return WHERE week_start = ?), "
                                       "(SELECT MAX(trade_date) FROM trading_day WHERE trade_date BETWEEN ? AND ?)"};
// Monday: the week's imported returns.
inline constexpr Statement importedReturns{"SELECT w.code, s.name, s.kind, COALESCE(s.industry_sw, s.industry_citic), s.market, "
    "w.return_pct, w.close, w.week_low, w.week_high FROM weekly_return w "
    "JOIN security s ON s.code = w.code WHERE w.week_start = ?"};
// The shared body of derivedReturns and derivedReturnsShown: returns derived from daily closes, driven from the
// securities (thousands) with seeks on daily_bar's (code, trade_date) key: the week's rows, the last close in it
// and the last close before it. Parameters: Monday, Sunday, Monday, Monday, Sunday. (A macro so that both
// statements stay compile-time literals, one text.)
#define ZHISUAN_DERIVED_RETURNS_SELECT                                                                              \
    "SELECT s.code, s.name, s.kind, COALESCE(s.industry_sw, s.industry_citic), s.market, "                          \
    "  (SELECT close FROM daily_bar x WHERE x.code = s.code AND x.trade_date BETWEEN ? AND ? "                      \
    "   ORDER BY x.trade_date DESC LIMIT 1) AS last_close, "                                                        \
    "  (SELECT close FROM daily_bar x WHERE x.code = s.code AND x.trade_date < ? "                                  \
    "   ORDER BY x.trade_date DESC LIMIT 1) AS previous_close, "                                                    \
    "  MIN(d.low), MAX(d.high) "                                                                                    \
    "FROM security s CROSS JOIN daily_bar d ON d.code = s.code AND d.trade_date BETWEEN ? AND ? "
// The team store's: SQLite's CROSS JOIN fixes the join order (securities outside, daily_bar sought by its (code,
// trade_date) key). A plain JOIN leaves the order to PostgreSQL's planner, which without statistics (right after a bulk
// load) chose a parallel scan of every daily row: ×20 (issue 26). LATERAL writes the order down: each security's week
// is one index range. The same parameters in the same order (the select list's three, the week's two, then the
// filter's); instr is strpos.
#define ZHISUAN_SERVER_DERIVED_RETURNS_SELECT                                                                       \
    "SELECT s.code, s.name, s.kind, COALESCE(s.industry_sw, s.industry_citic), s.market, "                          \
    "  (SELECT close FROM daily_bar x WHERE x.code = s.code AND x.trade_date BETWEEN ? AND ? "                      \
    "   ORDER BY x.trade_date DESC LIMIT 1) AS last_close, "                                                        \
    "  (SELECT close FROM daily_bar x WHERE x.code = s.code AND x.trade_date < ? "                                  \
    "   ORDER BY x.trade_date DESC LIMIT 1) AS previous_close, "                                                    \
    "  w.low, w.high "                                                                                              \
    "FROM security s, LATERAL (SELECT MIN(d.low) AS low, MAX(d.high) AS high, COUNT(*) AS days "                     \
    "  FROM daily_bar d WHERE d.code = s.code AND d.trade_date BETWEEN ? AND ?) w "                                 \
    "WHERE w.days > 0 "
// Monday, Sunday, Monday, Monday, Sunday: every security's returns derived from daily closes.
inline constexpr Statement derivedReturns{ZHISUAN_DERIVED_RETURNS_SELECT "GROUP BY s.code",
                                          ZHISUAN_SERVER_DERIVED_RETURNS_SELECT "ORDER BY s.code"};
// The same for the securities a market page shows (five thousand stocks need not be read for thirty industries
// and a watchlist): Monday, Sunday, Monday, Monday, Sunday, the tracked industry's name, ",CODE,CODE," (watchlist).
inline constexpr Statement derivedReturnsShown{
    ZHISUAN_DERIVED_RETURNS_SELECT
    "WHERE s.kind != 'stock' OR COALESCE(s.industry_sw, s.industry_citic) = ? OR instr(?, ',' || s.code || ',') > 0 "
    "GROUP BY s.code",
    ZHISUAN_SERVER_DERIVED_RETURNS_SELECT
    "AND (s.kind != 'stock' OR COALESCE(s.industry_sw, s.industry_citic) = ? OR strpos(?, ',' || s.code || ',') > 0) "
    "ORDER BY s.code"};
#undef ZHISUAN_DERIVED_RETURNS_SELECT
#undef ZHISUAN_SERVER_DERIVED_RETURNS_SELECT
// code: the industry name of a security.
inline constexpr Statement industryOf{"SELECT COALESCE(industry_sw, industry_citic) FROM security WHERE code = ?"};
// code: the industry name of a security, else its own name.
inline constexpr Statement industryOrNameOf{"SELECT COALESCE(industry_sw, industry_citic, name) FROM security WHERE code = ?"};
// code: the name of a security, when it has one.
inline constexpr Statement securityName{"SELECT name FROM security WHERE code = ? AND name IS NOT NULL AND name != ''"};
// The English names of the securities that have one (security.name_en, issue 29): read whole, as the pickers read the
// security list; far fewer rows than the securities.
inline constexpr Statement englishNames{"SELECT code, name_en FROM security WHERE name_en IS NOT NULL AND name_en != ''"};
// code: daily closes.
inline constexpr Statement dailyHistory{"SELECT trade_date, close FROM daily_bar WHERE code = ? AND close IS NOT NULL ORDER BY trade_date"};
// code: weekly returns.
// A return a report gave for "the sector" without naming an index (its source says 未注明指数, as MarketView reads it
// for the week's bar) is not the index's: it is not chained into the index's level (issue 29).
inline constexpr Statement weeklyHistory{"SELECT week_start, week_end, return_pct FROM weekly_return "
                                             "WHERE code = ? AND return_pct IS NOT NULL "
                                             "AND COALESCE(source, '') NOT LIKE '%未注明指数%' ORDER BY week_start"};
// code: the PE series.
inline constexpr Statement peHistory{"SELECT as_of, value FROM metric WHERE subject = ? AND value IS NOT NULL "
                                         "AND upper(name) IN ('PE', 'PE(TTM)', 'PE_TTM', '市盈率', '市盈率(TTM)') ORDER BY as_of"};
// Sunday: the latest snapshot date by the end of the week.
inline constexpr Statement snapshotDate{"SELECT MAX(as_of) FROM security_snapshot WHERE as_of <= ?"};
// snapshot date: the fiscal years valued then.
inline constexpr Statement valuationYears{"SELECT DISTINCT fiscal_year FROM valuation WHERE as_of = ? ORDER BY 1"};
// Monday of the snapshot's week, snapshot date: the key stocks.
inline constexpr Statement keyStocks{"SELECT p.code, s.name, p.price, w.return_pct, p.pb FROM security_snapshot p "
                                         "JOIN security s ON s.code = p.code "
                                         "LEFT JOIN weekly_return w ON w.code = p.code AND w.week_start = ? "
                                         "WHERE p.as_of = ? ORDER BY p.rowid",
                                     // the team store's: the snapshot's own order is the identity column
                                     "SELECT p.code, s.name, p.price, w.return_pct, p.pb FROM security_snapshot p "
                                     "JOIN security s ON s.code = p.code "
                                     "LEFT JOIN weekly_return w ON w.code = p.code AND w.week_start = ? "
                                     "WHERE p.as_of = ? ORDER BY p.id"};
// code, snapshot date: its valuations.
// Every key stock's forecasts of one snapshot date in one statement (one per stock cost a round trip each on a team
// store: key-stocks sent 77 statements, issue 26).
inline constexpr Statement valuationsOfDate{"SELECT code, fiscal_year, eps, pe FROM valuation WHERE as_of = ?"};
// the week's last day three times, days ahead: lockup expiries after the week.
inline constexpr Statement lockups{"SELECT l.expiry_date, l.code, s.name, l.shares, l.market_value_cny, l.total_shares, "
    "l.float_a_shares, CAST(julianday(l.expiry_date) - julianday(?) AS INTEGER), l.as_of "
    "FROM lockup l JOIN security s ON s.code = l.code "
    "WHERE l.expiry_date > ? AND l.expiry_date <= date(?, '+' || ? || ' days') "
    "ORDER BY l.expiry_date, l.code",
    // the team store's: date arithmetic on ISO date text by casts to date, not julianday()/date(…, '+N days')
    "SELECT l.expiry_date, l.code, s.name, l.shares, l.market_value_cny, l.total_shares, "
    "l.float_a_shares, CAST(l.expiry_date AS date) - CAST(? AS date), l.as_of "
    "FROM lockup l JOIN security s ON s.code = l.code "
    "WHERE l.expiry_date > ? AND l.expiry_date <= to_char(CAST(? AS date) + CAST(? AS integer), 'YYYY-MM-DD') "
    "ORDER BY l.expiry_date, l.code"};

// A report's own figures for the industry in the week (excess returns by benchmark, its rank): by the unique key.
inline constexpr Statement reportedFigures{"SELECT figure, against, value, of_count, source FROM reported_figure "
                                               "WHERE subject = ? AND week_start = ?"};

// Where a week's return came from, as imported (its remark included: "未注明指数"): by the unique key.
inline constexpr Statement returnSource{"SELECT source FROM weekly_return WHERE code = ? AND week_start = ?"};

// Every statement above by name, for the plan test.
inline std::vector<std::pair<const char *, Statement>> all()
{
    return {{"importedWeeks", importedWeeks}, {"weekToDateWeeks", weekToDateWeeks}, {"weekToDateEnd", weekToDateEnd},
            {"weekToDateReturns", weekToDateReturns}, {"periodReturns", periodReturns}, {"tradingDays", tradingDays},   {"weekEnd", weekEnd},
            {"importedReturns", importedReturns}, {"derivedReturns", derivedReturns}, {"derivedReturnsShown", derivedReturnsShown}, {"industryOf", industryOf},
            {"industryOrNameOf", industryOrNameOf}, {"securityName", securityName}, {"englishNames", englishNames}, {"dailyHistory", dailyHistory}, {"weeklyHistory", weeklyHistory},
            {"peHistory", peHistory},           {"snapshotDate", snapshotDate}, {"valuationYears", valuationYears},
            {"keyStocks", keyStocks},           {"valuationsOfDate", valuationsOfDate},     {"lockups", lockups},
            {"reportedFigures", reportedFigures}, {"returnSource", returnSource}};
}

} // namespace MarketQueries

} // namespace zhisuan::db
