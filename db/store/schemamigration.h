#pragma once

#include "result.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <limits>

struct sqlite3;

namespace zhisuan::db {

// The schema lives in resources/migrations/NNN_name.sql; the store records the last applied one in
// PRAGMA user_version. All pending migrations run in one transaction: a failure leaves the store as it was.
class SchemaMigration
{
public:
    struct Step
    {
        int version = 0;
        QString name;
        QString sql;
    };

    static QList<Step> steps();
    static int latestVersion();

    static Result<int> currentVersion(sqlite3 *db);
    // Returns the version the store is at afterwards: the latest, or `upTo` if that is lower (tst_schemaparity
    // compares the engines' schemas after every migration).
    static Result<int> apply(sqlite3 *db, int upTo = std::numeric_limits<int>::max());

    // PostgreSQL (issue 17): resources/migrations/postgresql/NNN_name.sql, one per SQLite migration with the same
    // number; the version is the one row of the table schema_version. 0 for a database without our schema;
    // "not-a-store" when the schema already holds tables of another program.
    static QList<Step> serverSteps();
    static Result<int> currentVersion(const QSqlDatabase &db);
    // All pending migrations in one transaction, under an advisory lock so that two analysts opening a new team
    // store at once do not both create it. A newer schema is refused without writing anything.
    static Result<int> apply(const QSqlDatabase &db, int upTo = std::numeric_limits<int>::max());
};

} // namespace zhisuan::db
