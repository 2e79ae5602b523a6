#include "store.h"

#include "importkind.h"
#include "pgcopywriter.h"
#include "postgresengine.h"
#include "schemamigration.h"
#include "serveraddress.h"
#include "sqliteengine.h"
#include "sqliteupsertwriter.h"
#include "writetransaction.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QSet>
#include <QHash>
#include <QMutex>
#include <QRegularExpression>
#include <QThread>
#include <QUrl>

#include <libpq-fe.h>
#include <sqlite3.h>

#include <algorithm>
#include <sys/mman.h>
#include <sys/stat.h>

namespace zhisuan::db {

namespace {

QString nextConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("zhisuan-%1-%2")
        .arg(quintptr(QThread::currentThreadId()))
        .arg(counter.fetchAndAddRelaxed(1));
}

// `text` as one word for a shell command the user may copy: quoted when it holds a space, '&', '?' ….
QString shellWord(const QString &text)
{
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z0-9_/:@.,%+=-]+$"));
    if (plain.match(text).hasMatch())
        return text;
    return u'\'' + QString(text).replace(u'\'', QLatin1String("'\\''")) + u'\'';
}

sqlite3 *handleOf(const QSqlDatabase &db)
{
    const QVariant v = db.driver()->handle();
    if (v.isValid() && qstrcmp(v.typeName(), "sqlite3*") == 0)
        return *static_cast<sqlite3 *const *>(v.constData());
    return nullptr;
}

// Reads user_version through a read-only connection so that a store we must refuse is never written.
// Also refuses an SQLite database of another program (version 0 with tables in it): migrations would
// otherwise add our tables to it.
// A store in a folder we may not write, with no -wal beside it (every writer has finished and checkpointed), can
// only be read as an immutable file: SQLite could not create the -shm it needs to read a WAL store otherwise.
// Immutable is then exact: nobody can have written to it in WAL mode without leaving a -wal behind.
bool readableOnlyAsImmutable(const QFileInfo &info)
{
    const QFileInfo wal(info.absoluteFilePath() + QStringLiteral("-wal"));
    return !QFileInfo(info.absolutePath()).isWritable() && (!wal.exists() || wal.size() == 0);
}

QString immutableUri(const QString &path)
{
    return QUrl::fromLocalFile(path).toString(QUrl::FullyEncoded) + QStringLiteral("?immutable=1");
}

Result<int> peekVersion(const QString &path, bool immutable)
{
    sqlite3 *raw = nullptr;
    const QByteArray file = immutable ? immutableUri(path).toUtf8() : QFile::encodeName(path);
    auto failed = [&](int rc) {
        const Error e = Store::accessError(path, rc, raw ? QString::fromUtf8(sqlite3_errmsg(raw)) : QString());
        sqlite3_close(raw);
        return e;
    };
    int rc = sqlite3_open_v2(file.constData(), &raw, SQLITE_OPEN_READONLY | (immutable ? SQLITE_OPEN_URI : 0), nullptr);
    if (rc != SQLITE_OK)
        return failed(rc);
    sqlite3_busy_timeout(raw, 5000);
    sqlite3_stmt *stmt = nullptr;
    rc = sqlite3_prepare_v2(raw, "SELECT (SELECT user_version FROM pragma_user_version), "
                                 "(SELECT count(*) FROM sqlite_master)", -1, &stmt, nullptr);
    if (rc != SQLITE_OK)
        return failed(rc);
    rc = sqlite3_step(stmt);
    const int version = sqlite3_column_int(stmt, 0);
    const int objects = sqlite3_column_int(stmt, 1);
    sqlite3_finalize(stmt);
    if (rc != SQLITE_ROW)
        return failed(rc);
    sqlite3_close(raw);
    if (version == 0 && objects > 0) {
        return Error{QStringLiteral("not-a-store"),
                     QCoreApplication::translate("Store", "The file %1 is not a ZhiSuan store: it is an SQLite database "
                                                          "of another program. It was not changed. Check that --db or "
                                                          "ZHISUAN_DB names your store.")
                         .arg(path),
                     path};
    }
    return version;
}

// Data derived in C++ for tables and columns a migration has just added (version 4: capacity totals by measure
// and precision), so that a store made by an earlier version shows the same figures as a new one.
Result<void> deriveAfterMigration(sqlite3 *db, int from, int to)
{
    if (!(from < 4 && to >= 4))
        return {};
    if (sqlite3_exec(db, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr) != SQLITE_OK)
        return Error{QStringLiteral("sql"), QCoreApplication::translate("Store", "Cannot update the capacity figures: %1")
                                                .arg(QString::fromUtf8(sqlite3_errmsg(db))), {}};
    SqliteUpsertWriter writer(db, 0);
    if (auto r = ImportKindRegistry::rederiveAll(writer, QStringLiteral("compute_centre")); !r) {
        sqlite3_exec(db, "ROLLBACK", nullptr, nullptr, nullptr);
        return r;
    }
    sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr);
    return {};
}

int nativeCode(const QSqlError &error)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    return ok ? code : SQLITE_ERROR;
}

// The secrets (password, sslpassword) of the team stores this process opened or was given (setPassword), by the
// address without them: never written anywhere by us.
QMutex secretsLock;
QHash<QString, QList<ServerAddress::Option>> secretsByAddress;

} // namespace

Error sqlError(const QString &what, const QSqlError &error)
{
    // SQLite's own words ("no such table: weekly_return"), without the driver's "Unable to execute statement".
    const QString said = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    // A table or column the schema should have is gone: the store was damaged or changed behind our back. Say so
    // in a user's terms and name the commands that find and repair it.
    static const QRegularExpression missing(QStringLiteral("^no such (table|column): (\\S+)"));
    if (const auto m = missing.match(said); m.hasMatch()) {
        const QString message = m.captured(1) == QLatin1String("table")
            ? QCoreApplication::translate("Store", "the store has no table “%1”: it is damaged or was changed by another program. "
                                                   "Run “zhisuan check” to see what is wrong; “zhisuan init” repairs it.")
            : QCoreApplication::translate("Store", "the store has no column “%1”: it is damaged or was changed by another program. "
                                                   "Run “zhisuan check” to see what is wrong.");
        return Error{QStringLiteral("damaged"), what + QStringLiteral(": ") + message.arg(m.captured(2)), error.text()};
    }
    return Error{QStringLiteral("sql"), what + QStringLiteral(": ") + said, error.text()};
}

bool Store::reservePageCache(int pages)
{
    static bool done = false;
    static bool taken = false;
    if (done)
        return taken;
    done = true;
    // Slots for 4 KiB pages (SQLite's default, and every store's) with SQLite's header for each.
    int header = 0;
    if (sqlite3_config(SQLITE_CONFIG_PCACHE_HDRSZ, &header) != SQLITE_OK || header <= 0)
        return false;
    const size_t slot = size_t(4096 + header + 7) & ~size_t(7);
    const size_t count = size_t(std::max(pages, 1));
    const size_t huge = size_t(2) << 20;
    const size_t bytes = (slot * count + huge - 1) / huge * huge;
    // Over-reserve by one huge page so that the region can start on a 2 MiB boundary (huge pages need it).
    void *raw = mmap(nullptr, bytes + huge, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
    if (raw == MAP_FAILED)
        return false;
    char *base = reinterpret_cast<char *>((reinterpret_cast<quintptr>(raw) + huge - 1) & ~quintptr(huge - 1));
#ifdef MADV_HUGEPAGE
    madvise(base, bytes, MADV_HUGEPAGE); // advice only: without transparent huge pages, 4 KiB pages as before
#endif
    if (sqlite3_config(SQLITE_CONFIG_PAGECACHE, base, int(slot), int(count)) != SQLITE_OK) {
        munmap(raw, bytes + huge);
        return false;
    }
    taken = true; // kept for the life of the process, as SQLite requires
    return true;
}

Store::Store(QString path, QString connectionName, bool created)
    : m_path(std::move(path)), m_connectionName(std::move(connectionName)), m_created(created)
{
}

Store::~Store()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QString Store::defaultPath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(dir).filePath(QStringLiteral("zhisuan.sqlite"));
}

bool Store::isServerAddress(const QString &path)
{
    return ServerAddress::looksLikeServer(path);
}

QString Store::resolvePath(const QString &commandLinePath)
{
    if (!commandLinePath.isEmpty())
        return isServerAddress(commandLinePath) ? commandLinePath : QFileInfo(commandLinePath).absoluteFilePath();
    const QString env = qEnvironmentVariable("ZHISUAN_DB");
    if (!env.isEmpty())
        return isServerAddress(env) ? env : QFileInfo(env).absoluteFilePath();
    return defaultPath();
}

Result<std::unique_ptr<Store>> Store::open(const QString &path, OpenMode mode)
{
    if (isServerAddress(path))
        return openServer(path, mode);
    const QFileInfo info(path);
    const bool exists = info.exists();
    if (!exists && mode != OpenMode::CreateIfMissing) {
        // Never create a store as a side effect of a typo in --db: say where we looked and how to make one.
        const bool isDefault = QFileInfo(path).absoluteFilePath() == QFileInfo(defaultPath()).absoluteFilePath();
        return Error{QStringLiteral("not-found"),
                     isDefault ? QCoreApplication::translate("Store", "There is no store at %1. Run “zhisuan init” to create one.")
                                     .arg(path)
                               : QCoreApplication::translate("Store", "There is no store at %1. Check the path, or run "
                                                                      "“zhisuan init --db %1” to create one there.")
                                     .arg(path),
                     path};
    }
    if (exists && info.isDir()) {
        return Error{QStringLiteral("not-a-store"),
                     QCoreApplication::translate("Store", "%1 is a folder, not a ZhiSuan store: --db and ZHISUAN_DB "
                                                          "name the store file itself.")
                         .arg(path),
                     path};
    }
    if (exists && info.size() == 0 && mode != OpenMode::CreateIfMissing) {
        return Error{QStringLiteral("not-a-store"),
                     QCoreApplication::translate("Store", "The file %1 is empty (0 bytes), not a ZhiSuan store. If it "
                                                          "should be one, it was lost: restore it from a backup, or run "
                                                          "“zhisuan init” to make a new store there.")
                         .arg(path),
                     path};
    }
    bool pending = true;
    const bool immutable = exists && mode == OpenMode::ReadOnly && readableOnlyAsImmutable(info);
    if (exists) {
        auto version = peekVersion(path, immutable);
        if (!version)
            return version.error();
        if (version.value() > SchemaMigration::latestVersion()) {
            return Error{QStringLiteral("newer-store"),
                         QCoreApplication::translate("Store",
                                                     "The store %1 was written by a newer version of ZhiSuan Board "
                                                     "(schema version %2; this version knows up to %3). It was not "
                                                     "opened and nothing in it was changed: update ZhiSuan Board.")
                             .arg(path)
                             .arg(version.value())
                             .arg(SchemaMigration::latestVersion()),
                         path};
        }
        pending = version.value() < SchemaMigration::latestVersion();
    } else if (!QDir().mkpath(info.absolutePath())) {
        return Error{QStringLiteral("io"),
                     QCoreApplication::translate("Store", "Cannot create the folder %1 for the store.")
                         .arg(info.absolutePath()),
                     path};
    }

    const QString name = nextConnectionName();
    // An empty file is a new store too (SQLite gives it a header on the first write): it gets the starter data.
    std::unique_ptr<Store> store(new Store(info.absoluteFilePath(), name, !exists || info.size() == 0));
    store->m_storeEngine = std::make_unique<SqliteEngine>(*store);
    // Reading commands open read-only (no write lock, no journal-mode change) unless a migration is pending.
    store->m_readOnly = mode == OpenMode::ReadOnly && !pending;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        if (immutable && store->m_readOnly) {
            db.setDatabaseName(immutableUri(store->m_path));
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI"));
        } else {
            db.setDatabaseName(store->m_path);
            db.setConnectOptions(store->m_readOnly ? QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000;QSQLITE_OPEN_READONLY")
                                                   : QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        }
        if (!db.open())
            return accessError(path, nativeCode(db.lastError()), db.lastError().driverText());
    }
    // A 64 MiB page cache: bulk imports keep the natural-key indexes of big tables (daily quotes) in memory.
    QList<const char *> pragmas{"PRAGMA foreign_keys = ON", "PRAGMA cache_size = -65536"};
    if (!store->m_readOnly)
        pragmas << "PRAGMA journal_mode = WAL" << "PRAGMA synchronous = NORMAL";
    for (const char *pragma : pragmas) {
        QSqlQuery q(store->database());
        if (!q.exec(QString::fromLatin1(pragma)))
            return accessError(path, nativeCode(q.lastError()), q.lastError().databaseText());
    }
    if (pending) {
        const auto before = SchemaMigration::currentVersion(store->handle());
        auto migrated = SchemaMigration::apply(store->handle());
        if (!migrated) {
            const int rc = sqlite3_errcode(store->handle());
            if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED || rc == SQLITE_READONLY || rc == SQLITE_CANTOPEN)
                return accessError(path, rc, migrated.error().detail);
            return migrated.error();
        }
        if (before && before.value() > 0)
            if (auto r = deriveAfterMigration(store->handle(), before.value(), migrated.value()); !r)
                return r.error();
    }
    return store;
}

void Store::setPassword(const QString &address, const QString &password)
{
    auto parsed = ServerAddress::parse(address);
    if (!parsed || password.isEmpty())
        return;
    QMutexLocker locker(&secretsLock);
    secretsByAddress.insert(parsed.value().shown(), {{QStringLiteral("password"), password}});
}

// Any address libpq takes (ServerAddress): libpq parses it and connects with it, so the service file, the PG*
// environment, ~/.pgpass and every TLS mode work as in psql. A password written in the address is kept in this
// process only, by the address without it; it is never written anywhere by us.
Result<std::unique_ptr<Store>> Store::openServer(const QString &path, OpenMode mode)
{
    auto parsed = ServerAddress::parse(path);
    if (!parsed)
        return parsed.error();
    const ServerAddress &address = parsed.value();
    const QString shown = address.shown();
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL"))) {
        return Error{QStringLiteral("no-driver"),
                     QCoreApplication::translate("Store", "Cannot open the team store %1: Qt's PostgreSQL driver is not "
                                                          "installed (Debian package libqt6sql6-psql).")
                         .arg(shown),
                     shown};
    }
    // path() is shown in the title, status bar and messages, and other threads reopen the store by it: the secrets
    // (password, sslpassword) stay here, by the address without them.
    QList<ServerAddress::Option> secrets = address.secrets();
    {
        QMutexLocker locker(&secretsLock);
        if (!secrets.isEmpty())
            secretsByAddress.insert(shown, secrets);
        else
            secrets = secretsByAddress.value(shown);
    }
    const QString name = nextConnectionName();
    std::unique_ptr<Store> store(new Store(shown, name, false));
    store->m_storeEngine = std::make_unique<PostgresEngine>(*store);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        if (auto configured = address.configure(db, secrets); !configured)
            return configured.error();
        if (!db.open()) {
            // libpq's own words ("SSL error: certificate verify failed", "server does not support SSL, but SSL was
            // required") reach the user.
            const QString reason = db.lastError().databaseText().trimmed();
            return Error{QStringLiteral("connect"),
                         QCoreApplication::translate("Store", "Cannot connect to the team store %1: %2")
                             .arg(shown, reason.isEmpty() ? db.lastError().text() : reason),
                         db.lastError().text()};
        }
        // What libpq connected to, whether the address, the service file or the environment named it: the roles
        // (TeamRoles) and messages use these, and a reconnect asks for the same database and user.
        if (pg_conn *conn = PgCopyWriter::connection(db)) {
            db.setDatabaseName(QString::fromUtf8(PQdb(conn)));
            db.setUserName(QString::fromUtf8(PQuser(conn)));
        }
    }
    auto version = SchemaMigration::currentVersion(store->database());
    if (!version)
        return Error{version.error().code, shown + QStringLiteral(": ") + version.error().message, version.error().detail};
    const int latest = SchemaMigration::serverSteps().isEmpty() ? 0 : SchemaMigration::serverSteps().last().version;
    if (version.value() > latest) {
        return Error{QStringLiteral("newer-store"),
                     QCoreApplication::translate("Store", "The store %1 was written by a newer version of ZhiSuan Board "
                                                          "(schema %2; this version knows up to %3). It was not changed. "
                                                          "Update ZhiSuan Board to open it.")
                         .arg(shown)
                         .arg(version.value())
                         .arg(latest),
                     shown};
    }
    if (version.value() == 0 && mode != OpenMode::CreateIfMissing) {
        return Error{QStringLiteral("not-found"),
                     QCoreApplication::translate("Store", "The database %1 holds no ZhiSuan store yet. Run “zhisuan init "
                                                          "--db %2” to create one there.")
                         .arg(shown, shellWord(shown)),
                     shown};
    }
    store->m_created = version.value() == 0;
    store->m_readOnly = mode == OpenMode::ReadOnly && version.value() == latest;
    if (version.value() < latest) {
        auto migrated = SchemaMigration::apply(store->database());
        if (!migrated)
            return Error{migrated.error().code, shown + QStringLiteral(": ") + migrated.error().message, migrated.error().detail};
    }
    // A reader's role (zhisuan init --team) may not write: the store is read-only for this connection. The same
    // round trip turns JIT off for the session: on these statements it only ever added time (issue 26: 75 ms of
    // JIT in a 90 ms view, the brief 857 → 780 ms without it).
    QSqlQuery q(store->database());
    if (!q.exec(QStringLiteral("SELECT has_table_privilege('import_batch', 'INSERT'), set_config('jit', 'off', false)")) || !q.next())
        return sqlError(shown, q.lastError());
    if (!q.value(0).toBool())
        store->m_readOnly = true;
    return store;
}

Store::Engine Store::engine() const { return m_storeEngine->kind(); }
int Store::schemaVersion() const { return m_storeEngine->schemaVersion(); }
Result<qint64> Store::dataVersion() const { return m_storeEngine->dataVersion(); }
void Store::leaveCheckpointToNextWriter(int boundPages) { m_storeEngine->leaveCheckpointToNextWriter(boundPages); }
Result<bool> Store::reconnectIfLost() { return m_storeEngine->reconnectIfLost(); }
QSqlDriver *Store::subscribeToChanges() { return m_storeEngine->subscribeToChanges(); }
Error Store::writeError(const QString &what, const QSqlError &error) const { return m_storeEngine->writeError(what, error); }
Result<RowSet> Store::select(const QString &what, const QString &sql, const QVariantList &binds) const
{
    return m_storeEngine->select(what, sql, binds);
}
bool Store::takesStarterByCopy() const { return m_storeEngine->takesStarterByCopy(); }
QString Store::checkPassedText() const { return m_storeEngine->checkPassedText(); }

QString Store::spelled(const QString &sqliteStatement, QString (*otherSpelling)(const QString &)) const
{
    return m_storeEngine->spelled(sqliteStatement, otherSpelling);
}

Result<std::unique_ptr<WriteTransaction>> Store::beginWrite(const WriteIntent &intent, WriteWait *wait)
{
    return m_storeEngine->beginWrite(intent, wait);
}

QSqlDatabase Store::database() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

sqlite3 *Store::handle() const
{
    return handleOf(database());
}



QString Store::lockHolders(const QString &path, bool writersOnly)
{
    // /proc/locks: "1: POSIX  ADVISORY  WRITE 4711 fe:00:10953503 120 120". A writer holds a WRITE lock on the
    // -shm (WAL write lock) or on the database file; readers hold READ locks.
    QFile locks(QStringLiteral("/proc/locks"));
    if (!locks.open(QIODevice::ReadOnly))
        return {};
    QSet<quint64> inodes;
    for (const QString &f : {path, path + QStringLiteral("-shm")}) {
        struct stat st;
        if (::stat(QFile::encodeName(f).constData(), &st) == 0)
            inodes.insert(quint64(st.st_ino));
    }
    if (inodes.isEmpty())
        return {};
    QList<qint64> writers, readers;
    const qint64 self = QCoreApplication::applicationPid();
    for (const QByteArray &line : locks.readAll().split('\n')) {
        const QList<QByteArray> f = line.simplified().split(' ');
        if (f.size() < 6)
            continue;
        const int at = f[1] == "->" ? 1 : 0; // blocked waiters are listed as "1: -> POSIX …"
        if (f.size() < 6 + at)
            continue;
        const qint64 pid = f[4 + at].toLongLong();
        const quint64 inode = f[5 + at].split(':').value(2).toULongLong();
        if (pid <= 0 || pid == self || !inodes.contains(inode))
            continue;
        auto &list = f[3 + at] == "WRITE" ? writers : readers;
        if (!list.contains(pid))
            list.append(pid);
    }
    QStringList names;
    for (qint64 pid : writers.isEmpty() && !writersOnly ? readers : writers) {
        QFile cmdline(QStringLiteral("/proc/%1/cmdline").arg(pid));
        QString what;
        if (cmdline.open(QIODevice::ReadOnly)) {
            QList<QByteArray> args = cmdline.readAll().split('\0');
            while (!args.isEmpty() && args.last().isEmpty())
                args.removeLast();
            if (!args.isEmpty())
                args.first() = QFileInfo(QFile::decodeName(args.first())).fileName().toUtf8();
            what = QString::fromUtf8(args.join(' ')).simplified().left(80);
        }
        names << (what.isEmpty() ? QCoreApplication::translate("Store", "process %1").arg(pid)
                                 : QCoreApplication::translate("Store", "“%1” (process %2)").arg(what).arg(pid));
    }
    return names.join(QStringLiteral(", "));
}

Error Store::accessError(const QString &path, int code, const QString &sqliteMessage)
{
    const QFileInfo file(path);
    const QFileInfo folder(file.absolutePath());
    auto error = [&](const char *id, const QString &message) { return Error{QString::fromLatin1(id), message, sqliteMessage}; };
    switch (code & 0xff) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED: {
        const QString holders = lockHolders(path);
        return error("busy", holders.isEmpty()
                                 ? QCoreApplication::translate("Store", "The store %1 is busy: another program is writing "
                                                                        "to it. Nothing was changed; try again when it has "
                                                                        "finished.")
                                       .arg(path)
                                 : QCoreApplication::translate("Store", "The store %1 is busy: %2 is writing to it. Nothing "
                                                                        "was changed; try again when it has finished.")
                                       .arg(path, holders));
    }
    case SQLITE_READONLY:
    case SQLITE_CANTOPEN:
    case SQLITE_PERM:
        if (file.exists() && !file.isReadable())
            return error("read-only", QCoreApplication::translate("Store", "Cannot read the store %1: you have no read "
                                                                           "permission on it (ask its owner, or use chmod).")
                                          .arg(path));
        if (!folder.isWritable())
            return error("read-only", QCoreApplication::translate("Store", "The folder %1 is read-only: SQLite keeps two "
                                                                           "working files (-wal, -shm) next to the store "
                                                                           "and cannot create them. Make the folder "
                                                                           "writable, or copy the store to a folder you "
                                                                           "can write to and pass it with --db.")
                                          .arg(folder.absoluteFilePath()));
        if (file.exists() && !file.isWritable())
            return error("read-only", QCoreApplication::translate("Store", "The store %1 is read-only (no write permission "
                                                                           "on the file): commands that change it cannot run. "
                                                                           "Make it writable (chmod u+w) to import or roll back.")
                                          .arg(path));
        return error("io", QCoreApplication::translate("Store", "Cannot open the store %1: %2").arg(path, sqliteMessage));
    case SQLITE_NOTADB:
        return error("not-a-store", QCoreApplication::translate("Store", "The file %1 is not a ZhiSuan store: it is not an "
                                                                         "SQLite database. It was not changed. Check that "
                                                                         "--db or ZHISUAN_DB names your store.")
                                        .arg(path));
    case SQLITE_CORRUPT:
        return error("corrupt", QCoreApplication::translate("Store", "The store %1 is damaged (%2). Run “zhisuan check” to "
                                                                     "see what is wrong, and restore it from a backup.")
                                    .arg(path, sqliteMessage));
    case SQLITE_FULL:
        return error("disk-full", QCoreApplication::translate("Store", "The disk holding the store %1 is full: nothing was "
                                                                       "changed. Free some space and try again.")
                                      .arg(path));
    default:
        return error("io", QCoreApplication::translate("Store", "Cannot open the store %1: %2").arg(path, sqliteMessage));
    }
}

Error Store::serverUnsupported(const QString &what) const
{
    return Error{QStringLiteral("not-on-server"),
                 QCoreApplication::translate("Store", "%1 is not available on a PostgreSQL team store in this version yet: "
                                                      "do it in a SQLite store and move that with “zhisuan copy-store”.")
                     .arg(what),
                 m_path};
}


Result<void> Store::exec(const QString &sql)
{
    QSqlQuery q(database());
    if (!q.exec(sql))
        return writeError(sql, q.lastError());
    return {};
}




Error Store::readerError() const
{
    return Error{QStringLiteral("read-only"),
                 QCoreApplication::translate("Store", "You can read the team store %1 but not change it: your role "
                                                      "(%2) is a reader. Ask the store's administrator for the editor "
                                                      "role to import or roll back.")
                     .arg(m_path, database().userName()),
                 {}};
}

} // namespace zhisuan::db
