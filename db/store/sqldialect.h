#pragma once

#include "store.h"

#include <QString>

namespace zhisuan::db {

// Where SQLite and PostgreSQL spell the same thing differently (issue 17), one function per difference, chosen by
// the store's engine. SQL both engines read alike is written once where it is used; only these fragments differ.
namespace SqlDialect {

inline bool server(const Store &store)
{
    return store.engine() == Store::Engine::PostgreSql;
}

// The values of `expr` joined by `separator` (a SQL literal), in `order` (PostgreSQL; SQLite 3.40 has no ORDER BY in
// aggregates and joins in the order rows arrive, which the caller's query fixes).
inline QString joinedText(const Store &store, const QString &expr, const QString &separator, const QString &order)
{
    return server(store) ? QStringLiteral("string_agg(%1, %2 ORDER BY %3)").arg(expr, separator, order)
                         : QStringLiteral("group_concat(%1, %2)").arg(expr, separator);
}

// The position of `needle` in `haystack` (1-based; 0 when absent).
inline QString position(const Store &store, const QString &haystack, const QString &needle)
{
    return server(store) ? QStringLiteral("strpos(%1, %2)").arg(haystack, needle)
                         : QStringLiteral("instr(%1, %2)").arg(haystack, needle);
}

// The insertion order of a table's rows: SQLite's rowid; the identity column on PostgreSQL.
inline QString rowOrder(const Store &store, const QString &alias)
{
    return alias + (server(store) ? QStringLiteral(".id") : QStringLiteral(".rowid"));
}

// Whole days from ISO date text `from` to `to`.
inline QString daysBetween(const Store &store, const QString &from, const QString &to)
{
    return server(store) ? QStringLiteral("(CAST(%2 AS date) - CAST(%1 AS date))").arg(from, to)
                         : QStringLiteral("CAST(julianday(%2) - julianday(%1) AS INTEGER)").arg(from, to);
}

// The ISO date text `days` (an integer expression) after ISO date text `date`.
inline QString plusDays(const Store &store, const QString &date, const QString &days)
{
    return server(store) ? QStringLiteral("to_char(CAST(%1 AS date) + CAST(%2 AS integer), 'YYYY-MM-DD')").arg(date, days)
                         : QStringLiteral("date(%1, '+' || %2 || ' days')").arg(date, days);
}

// The date part (ISO text) of an ISO date-time text.
inline QString dateOf(const Store &store, const QString &dateTime)
{
    return server(store) ? QStringLiteral("substr(%1, 1, 10)").arg(dateTime) : QStringLiteral("date(%1)").arg(dateTime);
}

// A statement written for SQLite with CROSS JOIN ... ON, which fixes SQLite's join order (the left table outside:
// a seek per row of it); PostgreSQL has no ON for a cross join and plans the order itself, so it reads a JOIN.
inline QString joinOrder(const Store &store, const QString &sqliteStatement)
{
    if (!server(store))
        return sqliteStatement;
    QString sql = sqliteStatement;
    return sql.replace(QStringLiteral(" CROSS JOIN "), QStringLiteral(" JOIN "));
}

} // namespace SqlDialect

} // namespace zhisuan::db
