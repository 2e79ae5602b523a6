#pragma once

#include "storeengine.h"

struct pg_conn;

namespace zhisuan::db {

// A team's PostgreSQL database: writes go through libpq on the connection Qt's QPSQL driver holds (PgCopyWriter),
// writers take turns by an advisory lock (ImportTransaction), other windows learn of a commit by NOTIFY, and a
// reader's role is refused at its first write.
class PostgresEngine final : public StoreEngine
{
public:
    using StoreEngine::StoreEngine;

    int schemaVersion() const override;
    Result<qint64> dataVersion() const override;
    Result<bool> reconnectIfLost() override;
    QSqlDriver *subscribeToChanges() override;
    Error writeError(const QString &what, const QSqlError &error) const override;
    Result<std::unique_ptr<WriteTransaction>> beginWrite(const WriteIntent &intent, WriteWait *wait) override;
    bool nestsForwardOnlyQueries() const override { return false; }
    QString spelled(const QString &sqliteStatement, QString (*otherSpelling)(const QString &)) const override;
    QString checkPassedText() const override;
    bool takesStarterByCopy() const override { return true; }
};

} // namespace zhisuan::db
