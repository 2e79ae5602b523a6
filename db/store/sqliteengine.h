#pragma once

#include "storeengine.h"

struct sqlite3;

namespace zhisuan::db {

// A SQLite file (one analyst's store): writes go through the raw handle, the write lock is SQLite's own (BEGIN
// IMMEDIATE in WAL mode), and the data version is PRAGMA data_version.
class SqliteEngine final : public StoreEngine
{
public:
    using StoreEngine::StoreEngine;

    int schemaVersion() const override;
    Result<qint64> dataVersion() const override;
    void leaveCheckpointToNextWriter(int boundPages) override;
    Result<std::unique_ptr<WriteTransaction>> beginWrite(const WriteIntent &intent, WriteWait *wait) override;
    bool nestsForwardOnlyQueries() const override { return true; }
    QString spelled(const QString &sqliteStatement, QString (*otherSpelling)(const QString &)) const override;
    QString checkPassedText() const override;
    bool takesStarterByCopy() const override { return false; }

private:
    sqlite3 *handle() const;
};

} // namespace zhisuan::db
