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

    Store::Engine kind() const override { return Store::Engine::PostgreSql; }

    Result<Opened> open(const QString &address, Store::OpenMode mode) override;
    int schemaVersion() const override;
    Result<qint64> dataVersion() const override;
    Result<bool> reconnectIfLost() override;
    QSqlDriver *subscribeToChanges() override;
    Error writeError(const QString &what, const QSqlError &error) const override;
    Result<std::unique_ptr<WriteTransaction>> beginWrite(const WriteIntent &intent, WriteWait *wait) override;
    Result<RowSet> select(const QString &what, const QString &sql, const QVariantList &binds) const override;
    QString text(const Statement &statement) const override;
    QString checkPassedText() const override;
    bool takesStarterByCopy() const override { return true; }

    // SqlDialect
    QString joinedText(const QString &expr, const QString &separator, const QString &order) const override;
    QString position(const QString &haystack, const QString &needle) const override;
    QString rowOrder(const QString &alias) const override;
    QString daysBetween(const QString &from, const QString &to) const override;
    QString plusDays(const QString &date, const QString &days) const override;
    QString dateOf(const QString &dateTime) const override;

    Result<void> describe(StoreSummary &summary) const override;
    Result<bool> canWrite() const override;
    Result<void> createRoles(const QString &readerRole, const QString &editorRole) override;
    Result<QList<StoreCheck::Finding>> checkSchema(const StoreCheck::Reference &reference, bool thorough) override;
    Result<QStringList> repair(const QList<StoreCheck::Finding> &findings) override;
    QString tablesQuery() const override;
    Result<void> copyTable(Store &from, const QString &table, const QStringList &columns) override;
    Result<bool> keepsIds(const QString &table) override;
    Result<void> refuseReader() const override;
    Result<void> analyse(const QString &what) override;
};

} // namespace zhisuan::db
