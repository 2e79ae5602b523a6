#pragma once

#include "result.h"
#include "rowset.h"
#include "storecheck.h"
#include "store.h"

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <memory>

class QSqlDriver;
struct sqlite3;
class QSqlError;

namespace zhisuan::db {

class WriteTransaction;
struct StoreSummary;
struct WriteIntent;
struct WriteWait;

// What differs between the engines a Store can talk to, one implementation per engine (SqliteEngine, PostgresEngine).
// A Store owns one and hands every engine-specific question to it; code outside db/store/ asks the Store, and
// db/store/'s own classes (SqlDialect, StoreCheck, StoreCopy, StoreProbe, TeamRoles) ask this class through
// Store::storeEngine(): none of them asks which engine answered. Adding an engine is adding a class here
// (docs/architecture.md).
class StoreEngine
{
public:
    explicit StoreEngine(const Store &store) : m_store(store) { }
    virtual ~StoreEngine() = default;
    StoreEngine(const StoreEngine &) = delete;
    StoreEngine &operator=(const StoreEngine &) = delete;

    // The engine for a store's address: PostgreSQL for a libpq address (ServerAddress::looksLikeServer), else a SQLite
    // file. The one place that knows which engines there are.
    static std::unique_ptr<StoreEngine> forAddress(const QString &address, const Store &store);

    // What opening found: the store's path as shown (a file's absolute path; a server's address without its
    // password), whether this open created it (the caller then loads the starter dataset), and whether it is
    // read-only for this connection (a reading command's open, or a team store's reader role).
    struct Opened
    {
        QString path;
        bool created = false;
        bool readOnly = false;
    };
    // Connects (Store's connection name), refuses a store written by a newer version without touching it, sets the
    // session up and applies pending migrations (Store::open says what each mode allows).
    virtual Result<Opened> open(const QString &address, Store::OpenMode mode) = 0;

    // Which engine this is, for Store::engine() (tests assert on it; no code branches on it).
    virtual Store::Engine kind() const = 0;

    virtual int schemaVersion() const = 0;
    // The SQLite connection's raw handle (the import's fast path); nullptr for an engine that has none.
    virtual sqlite3 *handle() const { return nullptr; }
    virtual Result<qint64> dataVersion() const = 0;
    virtual Result<bool> reconnectIfLost() { return false; }
    virtual QSqlDriver *subscribeToChanges() { return nullptr; }
    virtual void leaveCheckpointToNextWriter(int boundPages) { Q_UNUSED(boundPages) }
    virtual Error writeError(const QString &what, const QSqlError &error) const;

    // Begins a write transaction holding the store's write lock (Store::beginWrite).
    virtual Result<std::unique_ptr<WriteTransaction>> beginWrite(const WriteIntent &intent, WriteWait *wait) = 0;

    // A read with positional binds (?), its rows whole; a failure is sqlError(what, …). This one prepares it through
    // Qt's driver; an engine whose driver spends round trips on that (PostgreSQL: PREPARE, EXECUTE, DEALLOCATE)
    // sends it its own way.
    virtual Result<RowSet> select(const QString &what, const QString &sql, const QVariantList &binds) const;
    // A statement's text as this engine reads it: SQLite's, or the server's spelling where one is written.
    virtual QString text(const Statement &statement) const = 0;
    // What a check that found nothing wrong says: "%1" is the store, "%2" its schema version.
    virtual QString checkPassedText() const = 0;
    // A new store of this engine gets the starter dataset copied from a temporary SQLite store (ids and batches as a
    // personal store has them) instead of importing it.
    virtual bool takesStarterByCopy() const = 0;

    // How this engine spells what the engines spell differently (SqlDialect says what each is).
    virtual QString joinedText(const QString &expr, const QString &separator, const QString &order) const = 0;
    virtual QString position(const QString &haystack, const QString &needle) const = 0;
    virtual QString rowOrder(const QString &alias) const = 0;
    virtual QString daysBetween(const QString &from, const QString &to) const = 0;
    virtual QString plusDays(const QString &date, const QString &days) const = 0;
    virtual QString dateOf(const QString &dateTime) const = 0;

    // StoreProbe: the engine's version, and for a server how the connection was made (TLS, sslmode, host).
    virtual Result<void> describe(StoreSummary &summary) const = 0;
    // TeamRoles: whether this connection may write; creating the reader and editor roles (an engine without roles
    // says why it has none).
    virtual Result<bool> canWrite() const = 0;
    virtual Result<void> createRoles(const QString &reader, const QString &editor) = 0;
    // A write (copy-store into it, a repair) refused before it starts: a team store's reader is told so first.
    virtual Result<void> refuseReader() const { return {}; }

    // StoreCheck: this store compared with the reference schema (`thorough`: the engine's own page checks too), and
    // the re-creation of what it found missing, in one transaction (only findings with a repairSql reach here).
    virtual Result<QList<StoreCheck::Finding>> checkSchema(const StoreCheck::Reference &reference, bool thorough) = 0;
    virtual Result<QStringList> repair(const QList<StoreCheck::Finding> &findings) = 0;

    // StoreCopy: the tables in creation order (parents first), without the engine's own; one table's rows from `from`
    // into this store, ids as they are, inside the caller's transaction; and, after a copy commits, what the planner
    // needs to know of the rows (`what` is the error's message).
    virtual QString tablesQuery() const = 0;
    virtual Result<void> copyTable(Store &from, const QString &table, const QStringList &columns) = 0;
    // Whether the store numbers a table's rows by its id column: copy-store carries ids only between two stores that
    // do. The team store leaves daily_bar.id empty (schema 15).
    virtual Result<bool> keepsIds(const QString &table) { Q_UNUSED(table) return true; }
    virtual Result<void> analyse(const QString &what) { Q_UNUSED(what) return {}; }

protected:
    QSqlDatabase database() const;
    // The name of the Store's connection, which open() makes.
    QString connectionName() const { return m_store.m_connectionName; }
    const Store &m_store;
};

} // namespace zhisuan::db
