#pragma once

#include "result.h"

#include <QSqlDatabase>
#include <QString>

#include <memory>

class QSqlDriver;
class QSqlError;

namespace zhisuan::db {

class Store;
class WriteTransaction;
struct WriteIntent;
struct WriteWait;

// What differs between the engines a Store can talk to, one implementation per engine (SqliteEngine, PostgresEngine).
// A Store owns one and hands every engine-specific question to it; code outside db/store/ asks the Store and never
// learns which engine answered. Adding an engine is adding a class here (docs/architecture.md).
class StoreEngine
{
public:
    explicit StoreEngine(const Store &store) : m_store(store) { }
    virtual ~StoreEngine() = default;
    StoreEngine(const StoreEngine &) = delete;
    StoreEngine &operator=(const StoreEngine &) = delete;

    virtual int schemaVersion() const = 0;
    virtual Result<qint64> dataVersion() const = 0;
    virtual Result<bool> reconnectIfLost() { return false; }
    virtual QSqlDriver *subscribeToChanges() { return nullptr; }
    virtual void leaveCheckpointToNextWriter(int boundPages) { Q_UNUSED(boundPages) }
    virtual Error writeError(const QString &what, const QSqlError &error) const;

    // Begins a write transaction holding the store's write lock (Store::beginWrite).
    virtual Result<std::unique_ptr<WriteTransaction>> beginWrite(const WriteIntent &intent, WriteWait *wait) = 0;

    // Whether a forward-only query can stay open while another query runs on the connection (SQLite); QPSQL streams
    // a forward-only result, and a second query would end it.
    virtual bool nestsForwardOnlyQueries() const = 0;
    // A statement written for SQLite, spelled for this engine: as it is, or as `otherSpelling` gives it.
    virtual QString spelled(const QString &sqliteStatement, QString (*otherSpelling)(const QString &)) const = 0;
    // What a check that found nothing wrong says: "%1" is the store, "%2" its schema version.
    virtual QString checkPassedText() const = 0;
    // A new store of this engine gets the starter dataset copied from a temporary SQLite store (ids and batches as a
    // personal store has them) instead of importing it.
    virtual bool takesStarterByCopy() const = 0;

protected:
    QSqlDatabase database() const;
    const Store &m_store;
};

} // namespace zhisuan::db
