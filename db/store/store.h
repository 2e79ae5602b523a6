#pragma once

#include "result.h"
#include "rowset.h"
#include "statement.h"

#include <QSqlDatabase>
#include <QSqlDriver>
#include <QString>

#include <memory>

struct sqlite3;


namespace zhisuan::db {

class StoreEngine;
class WriteTransaction;
struct WriteIntent;
struct WriteWait;

// One connection to a ZhiSuan store: a SQLite file (one analyst), or a PostgreSQL database named by any address
// libpq takes (a team, issue 17; ServerAddress: postgresql://user@host:port/dbname?sslmode=verify-full, "host=/run/x
// dbname=zhisuan", "service=team" …). A Store belongs to the thread that opened it: open another Store on the same
// path for work on another thread.
class Store
{
public:
    enum class Engine { Sqlite, PostgreSql };

    // ReadOnly: an existing store, opened read-only (reading commands): it takes no write lock, so it works
    // while another program imports. Pending migrations still run (they need the write lock once).
    enum class OpenMode { CreateIfMissing, ExistingOnly, ReadOnly };

    ~Store();
    Store(const Store &) = delete;
    Store &operator=(const Store &) = delete;

    // Gives SQLite's page cache, for the whole process, `pages` slots of 4 KiB pages in one region backed by huge
    // pages where the kernel allows them (madvise), instead of one malloc per page. Reading 5,000 pages into the
    // cache then faults in a 2 MiB page once per 450 pages instead of a 4 KiB one per page: a rollback that rewrites
    // one leaf of the (code, trade_date) key per code touches 5,000 pages, and the faults were most of its delete
    // (docs/performance.md, fifth round). SQLite writes into every slot when it starts, so the whole region is
    // resident from the first open: for one-shot commands with one connection (rollback), not the window. SQLite
    // falls back to malloc when it is full or a store has larger pages. Call before anything opens a database;
    // later calls do nothing. Returns whether SQLite took it.
    static bool reservePageCache(int pages);

    // Opens (and creates, if allowed) the store, refuses one written by a newer version without
    // touching it, turns on WAL, foreign keys and a busy timeout, and applies pending migrations.
    static Result<std::unique_ptr<Store>> open(const QString &path, OpenMode mode = OpenMode::CreateIfMissing);

    // The store used when neither --db nor ZHISUAN_DB says otherwise: under AppDataLocation.
    static QString defaultPath();
    // --db beats ZHISUAN_DB beats the default. A server address is kept as it is, a path is made absolute.
    static QString resolvePath(const QString &commandLinePath);
    // The store is a PostgreSQL database: a libpq URI (postgresql://…, postgres://…) or keyword/value string
    // ("host=… dbname=…", "service=…"); see ServerAddress::looksLikeServer for how a path with '=' stays a path.
    static bool isServerAddress(const QString &path);
    // A password for the team store at `address` that this process got elsewhere (the desktop keyring): opening that
    // address, written without a password, gives it to libpq (its `password` keyword), the address itself untouched.
    // Without one libpq looks in ~/.pgpass and PGPASSWORD as usual. Kept in this process only.
    static void setPassword(const QString &address, const QString &password);

    // Which engine the store is: for tests that assert which one opened. No code branches on it: what differs is asked
    // of the Store (beginWrite, text, select …) or, inside db/store/, of its storeEngine().
    Engine engine() const;
    // The engine class that answers every engine-specific question (StoreEngine): for db/store/'s own classes.
    StoreEngine &storeEngine() const { return *m_storeEngine; }

    QSqlDatabase database() const;
    // The file's absolute path, or the server's address as given but without its password (ServerAddress::shown):
    // shown to the user, saved, and enough to open the store again in this process (the password stays in memory).
    QString path() const { return m_path; }
    // The SQLite connection's raw handle (the import fast path); nullptr for a PostgreSQL store.
    sqlite3 *handle() const;
    int schemaVersion() const;
    // True when this open created the file (the caller then loads the starter dataset).
    bool isNew() const { return m_created; }

    // For a one-shot command that writes a few thousand pages (rollback): its commit and close no longer copy them
    // from the WAL into the store file and sync it (the checkpoint, most of such a command's time on the big
    // store); the next writer's commit, or its close, does, as SQLite does for any small commit. The WAL stays
    // bounded: once it holds `boundPages` pages (64 MiB by default), this connection's commit checkpoints anyway.
    // Atomicity is unchanged; as for every commit with synchronous = NORMAL, a power cut before that checkpoint can
    // lose the last commits, never leave half of one. Nothing on a PostgreSQL store.
    void leaveCheckpointToNextWriter(int boundPages = 16384);

    Result<void> exec(const QString &sql);
    // Begins a write transaction (an import, a rollback) holding the store's write lock: SQLite's BEGIN IMMEDIATE, or
    // the team store's advisory lock, waited for `intent.waitSeconds` at most. `wait` (if given) learns of a wait and
    // of who held the lock when the store was busy (error code "busy"). A read-only store or a reader's role is
    // refused here, as the user should read it.
    Result<std::unique_ptr<WriteTransaction>> beginWrite(const WriteIntent &intent, WriteWait *wait = nullptr);
    // A statement's text in this store's engine's dialect (Statement: SQLite's, or the server's where it differs).
    QString text(const Statement &statement) const;
    // A read with positional binds (?), its rows whole, in one round trip on a team store; a failure is
    // sqlError(what, …) (StoreEngine::select).
    Result<RowSet> select(const QString &what, const QString &sql, const QVariantList &binds = {}) const;
    // The same for a statement written in both dialects, in this store's.
    Result<RowSet> select(const QString &what, const Statement &statement, const QVariantList &binds = {}) const
    {
        return select(what, text(statement), binds);
    }
    // What “zhisuan check” says when it found nothing wrong: "%1" the store, "%2" its schema version.
    QString checkPassedText() const;
    // A new store gets the starter dataset copied from a temporary SQLite store (a team store: ids and batches as a
    // personal store has them) rather than imported into it.
    bool takesStarterByCopy() const;
    // A team store whose server went away (restarted, network lost): connect again. True when it had to; an error
    // says the server still cannot be reached. A SQLite store has nothing to reconnect.
    Result<bool> reconnectIfLost();
    // A failed write as the user should read it: a reader's refused write says so (PostgreSQL's 42501).
    Error writeError(const QString &what, const QSqlError &error) const;
    // What a write refused to a team store's reader role says, before it is tried (isReadOnly() on a team store).
    Error readerError() const;
    // What an operation that has only its SQLite path so far (import, rollback, check) says on a team store.
    Error serverUnsupported(const QString &what) const;

    // Changes when another connection commits to the store: PRAGMA data_version on SQLite; on PostgreSQL the
    // import batches' count, last id and rollbacks (what another analyst's import or rollback changes).
    Result<qint64> dataVersion() const;
    bool isReadOnly() const { return m_readOnly; }
    // A team store tells its windows when another analyst's import or rollback commits (LISTEN/NOTIFY, sent by the
    // importer in its transaction): returns the driver whose QSqlDriver::notification then fires. nullptr for SQLite
    // (poll dataVersion) or when the server refused. Call again after a reconnect: a new session listens anew.
    QSqlDriver *subscribeToChanges();

    // Who holds a lock on the store (from /proc/locks on Linux), e.g. "zhisuan import (process 4711)";
    // empty when no other process does or it cannot be found out cheaply. Writers are named when there are
    // any, else readers (unless `writersOnly`).
    static QString lockHolders(const QString &path, bool writersOnly = false);
    // A message for a store that could not be opened, read or written: what happened and what to do.
    // `code` is SQLite's result code (SQLITE_BUSY, SQLITE_READONLY, SQLITE_CANTOPEN, …).
    static Error accessError(const QString &path, int code, const QString &sqliteMessage);

private:
    // The engine (StoreEngine::open) makes the connection by this name; the Store closes it.
    explicit Store(QString connectionName);
    friend class StoreEngine;

    std::unique_ptr<StoreEngine> m_storeEngine;
    QString m_path;
    QString m_connectionName;
    bool m_created = false;
    bool m_readOnly = false;
};

Error sqlError(const QString &what, const QSqlError &error);

} // namespace zhisuan::db
