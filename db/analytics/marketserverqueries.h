#pragma once

#include "marketqueries.h"

#include <QHash>
#include <QString>

namespace zhisuan::db {

// The PostgreSQL dialect of the market dashboard's statements where it differs from MarketQueries (issue 17): the
// same parameters in the same order, the same columns. Statements not listed here read alike on both engines.
// tst_engineparity compares every market view on both engines, so a change to one side that the other misses fails.
namespace MarketServerQueries {

// SQLite's CROSS JOIN fixes the join order: securities outside, daily_bar sought by its (code, trade_date) key. A
// plain JOIN leaves the order to the planner, which without statistics (right after a bulk load) chose a parallel
// scan of every daily row: ×20 (issue 26). LATERAL writes the order down: each security's week is one index range.
// The same parameters in the same order (the select list's three, the week's two, then the filter's); instr is strpos.
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
inline constexpr const char *derivedReturns = ZHISUAN_SERVER_DERIVED_RETURNS_SELECT "ORDER BY s.code";
inline constexpr const char *derivedReturnsShown =
    ZHISUAN_SERVER_DERIVED_RETURNS_SELECT
    "AND (s.kind != 'stock' OR COALESCE(s.industry_sw, s.industry_citic) = ? OR strpos(?, ',' || s.code || ',') > 0) "
    "ORDER BY s.code";
#undef ZHISUAN_SERVER_DERIVED_RETURNS_SELECT
// The snapshot's own order: the identity column where SQLite has the rowid.
inline constexpr const char *keyStocks = "SELECT p.code, s.name, p.price, w.return_pct, p.pb FROM security_snapshot p "
                                         "JOIN security s ON s.code = p.code "
                                         "LEFT JOIN weekly_return w ON w.code = p.code AND w.week_start = ? "
                                         "WHERE p.as_of = ? ORDER BY p.id";
// Date arithmetic on ISO date text: casts to date instead of julianday()/date(…, '+N days').
inline constexpr const char *lockups =
    "SELECT l.expiry_date, l.code, s.name, l.shares, l.market_value_cny, l.total_shares, "
    "l.float_a_shares, CAST(l.expiry_date AS date) - CAST(? AS date), l.as_of "
    "FROM lockup l JOIN security s ON s.code = l.code "
    "WHERE l.expiry_date > ? AND l.expiry_date <= to_char(CAST(? AS date) + CAST(? AS integer), 'YYYY-MM-DD') "
    "ORDER BY l.expiry_date, l.code";

inline std::vector<std::pair<const char *, const char *>> all()
{
    return {{"derivedReturns", derivedReturns}, {"derivedReturnsShown", derivedReturnsShown}, {"keyStocks", keyStocks},
            {"lockups", lockups}};
}

// The statement to run on PostgreSQL for a MarketQueries statement: its dialect above, else the same text.
inline QString forServer(const QString &sqliteStatement)
{
    static const QHash<QString, QString> byText = [] {
        QHash<QString, QString> map;
        const auto server = all();
        for (const auto &[name, sql] : MarketQueries::all())
            for (const auto &[serverName, serverSql] : server)
                if (qstrcmp(name, serverName) == 0)
                    map.insert(QString::fromUtf8(sql), QString::fromUtf8(serverSql));
        return map;
    }();
    return byText.value(sqliteStatement, sqliteStatement);
}

} // namespace MarketServerQueries

} // namespace zhisuan::db
