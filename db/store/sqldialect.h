#pragma once

#include "storeengine.h"

#include <QString>

namespace zhisuan::db {

// Where SQLite and PostgreSQL spell the same thing differently (issue 17), one function per difference, each spelled
// by the store's engine class (StoreEngine). SQL both engines read alike is written once where it is used; only these
// fragments differ.
namespace SqlDialect {

// The values of `expr` joined by `separator` (a SQL literal), in `order` (PostgreSQL; SQLite 3.40 has no ORDER BY in
// aggregates and joins in the order rows arrive, which the caller's query fixes).
inline QString joinedText(const Store &store, const QString &expr, const QString &separator, const QString &order)
{
    return store.storeEngine().joinedText(expr, separator, order);
}

// The position of `needle` in `haystack` (1-based; 0 when absent).
inline QString position(const Store &store, const QString &haystack, const QString &needle)
{
    return store.storeEngine().position(haystack, needle);
}

// The insertion order of a table's rows: SQLite's rowid; the identity column on PostgreSQL.
inline QString rowOrder(const Store &store, const QString &alias)
{
    return store.storeEngine().rowOrder(alias);
}

// Whole days from ISO date text `from` to `to`.
inline QString daysBetween(const Store &store, const QString &from, const QString &to)
{
    return store.storeEngine().daysBetween(from, to);
}

// The ISO date text `days` (an integer expression) after ISO date text `date`.
inline QString plusDays(const Store &store, const QString &date, const QString &days)
{
    return store.storeEngine().plusDays(date, days);
}

// The date part (ISO text) of an ISO date-time text.
inline QString dateOf(const Store &store, const QString &dateTime)
{
    return store.storeEngine().dateOf(dateTime);
}

} // namespace SqlDialect

} // namespace zhisuan::db
