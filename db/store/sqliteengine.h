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

    Store::Engine kind() const override { return Store::Engine::Sqlite; }

    Result<Opened> open(const QString &address, Store::OpenMode mode) override;
    sqlite3 *handle() const override;
    int schemaVersion() const override;
    Result<qint64> dataVersion() const override;
    void leaveCheckpointToNextWriter(int boundPages) override;
    Result<std::unique_ptr<WriteTransaction>> beginWrite(const WriteIntent &intent, WriteWait *wait) override;
    QString text(const Statement &statement) const override;
    QString checkPassedText() const override;
    bool takesStarterByCopy() const override { return false; }

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

    // SQLite's catalogue, for this engine's check and for StoreCheck's reference schema (built on SQLite whatever the
    // store's engine): rows of a query with text columns; the schema's objects (tables, indexes, views, triggers, in
    // that order); a table's columns.
    static Result<QList<QStringList>> textRows(sqlite3 *db, const QByteArray &sql);
    static Result<QList<StoreCheck::SchemaObject>> schemaObjects(sqlite3 *db);
    static QStringList columnsOf(sqlite3 *db, const QString &table);
};

} // namespace zhisuan::db
