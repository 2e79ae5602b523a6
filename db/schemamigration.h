#pragma once

#include "result.h"

#include <QList>
#include <QString>

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
    // Returns the version the store is at afterwards.
    static Result<int> apply(sqlite3 *db);
};

} // namespace zhisuan::db
