#pragma once

#include "result.h"

#include <QHash>
#include <QList>
#include <QSet>
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
    struct SchemaObject
    {
        QString type; // table, index, view, trigger
        QString name;
        QString table;
        QString sql; // SQLite's DDL
    };
    // The schema a store of the latest version has: the migrations applied to an empty in-memory SQLite database
    // (SQLite's schema is the reference every engine's is compared with, as tst_schemaparity compares them).
    struct Reference
    {
        QList<SchemaObject> objects;
        QHash<QString, QStringList> columns; // by table
        QSet<QString> keys; // "f table(columns) parent", "u table(columns)"
    };

    // `thorough` adds PRAGMA integrity_check and foreign_key_check (they read every page: slow on big stores).
    static Result<QList<Finding>> run(Store &store, bool thorough);
    // Re-creates, in one transaction, every missing object that can be re-created (an empty table in place of a
    // dropped one; its rows are gone). Refuses when anything cannot be repaired. Returns what was done.
    static Result<QStringList> repair(Store &store);

    // For the engines' checks: "table", "index" … as the user reads it; a key of Reference::keys as the user reads it.
    static QString typeName(const QString &type);
    static QString keyDescription(const QString &key);
};

} // namespace zhisuan::db
