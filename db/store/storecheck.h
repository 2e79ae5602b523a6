#pragma once

#include "result.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace zhisuan::db {

class Store;

// What `zhisuan check` reports and `zhisuan init` repairs: the store compared with the schema its migrations
// create (tables, columns, indexes, views, triggers), and optionally SQLite's own integrity and foreign-key checks.
class StoreCheck
{
public:
    struct Finding
    {
        QString message;  // for a person: what is wrong, where
        QString repairSql; // re-creates the missing object; empty when it cannot be repaired safely
    };

    // `thorough` adds PRAGMA integrity_check and foreign_key_check (they read every page: slow on big stores).
    static Result<QList<Finding>> run(Store &store, bool thorough);
    // Re-creates, in one transaction, every missing object that can be re-created (an empty table in place of a
    // dropped one; its rows are gone). Refuses when anything cannot be repaired. Returns what was done.
    static Result<QStringList> repair(Store &store);
};

} // namespace zhisuan::db
