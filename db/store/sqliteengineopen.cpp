// SqliteEngine: opening a SQLite store (the checks before anything is written, the connection, migrations).
#include "sqliteengine.h"

#include "importkind.h"
#include "schemamigration.h"
#include "sqliteupsertwriter.h"
#include "store.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>

#include <sqlite3.h>

namespace zhisuan::db {

namespace {

// A file that is not a store we can open (`message` names it as %1): said before anything is written to it.
Error notAStore(const QString &path, const QString &message)
{
    return Error{QStringLiteral("not-a-store"), message.arg(path), path};
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
        return notAStore(path, QCoreApplication::translate("Store", "The file %1 is not a ZhiSuan store: it is an SQLite database "
                                                          "of another program. It was not changed. Check that --db or "
                                                          "ZHISUAN_DB names your store."));
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

} // namespace

sqlite3 *SqliteEngine::handle() const
{
    const QSqlDatabase db = database();
    if (!db.isValid() || !db.driver())
        return nullptr;
    const QVariant v = db.driver()->handle();
    if (v.isValid() && qstrcmp(v.typeName(), "sqlite3*") == 0)
        return *static_cast<sqlite3 *const *>(v.constData());
    return nullptr;
}

// A SQLite file: made when allowed, refused when it is a folder, empty or another program's database, or written by a
// newer version, all before anything is written to it.
Result<StoreEngine::Opened> SqliteEngine::open(const QString &path, Store::OpenMode mode)
{
    const QFileInfo info(path);
    const bool exists = info.exists();
    if (!exists && mode != Store::OpenMode::CreateIfMissing) {
        // Never create a store as a side effect of a typo in --db: say where we looked and how to make one.
        const bool isDefault = QFileInfo(path).absoluteFilePath() == QFileInfo(Store::defaultPath()).absoluteFilePath();
        return Error{QStringLiteral("not-found"),
                     isDefault ? QCoreApplication::translate("Store", "There is no store at %1. Run “zhisuan init” to create one.")
                                     .arg(path)
                               : QCoreApplication::translate("Store", "There is no store at %1. Check the path, or run "
                                                                      "“zhisuan init --db %1” to create one there.")
                                     .arg(path),
                     path};
    }
    if (exists && info.isDir()) {
        return notAStore(path, QCoreApplication::translate("Store", "%1 is a folder, not a ZhiSuan store: --db and ZHISUAN_DB "
                                                          "name the store file itself."));
    }
    if (exists && info.size() == 0 && mode != Store::OpenMode::CreateIfMissing) {
        return notAStore(path, QCoreApplication::translate("Store", "The file %1 is empty (0 bytes), not a ZhiSuan store. If it "
                                                          "should be one, it was lost: restore it from a backup, or run "
                                                          "“zhisuan init” to make a new store there."));
    }
    bool pending = true;
    const bool immutable = exists && mode == Store::OpenMode::ReadOnly && readableOnlyAsImmutable(info);
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

    // An empty file is a new store too (SQLite gives it a header on the first write): it gets the starter data.
    Opened opened{info.absoluteFilePath(), !exists || info.size() == 0, false};
    // Reading commands open read-only (no write lock, no journal-mode change) unless a migration is pending.
    opened.readOnly = mode == Store::OpenMode::ReadOnly && !pending;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName());
        if (immutable && opened.readOnly) {
            db.setDatabaseName(immutableUri(opened.path));
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI"));
        } else {
            db.setDatabaseName(opened.path);
            db.setConnectOptions(opened.readOnly ? QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000;QSQLITE_OPEN_READONLY")
                                                   : QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        }
        if (!db.open())
            return Store::accessError(path, nativeCode(db.lastError()), db.lastError().driverText());
    }
    // A 64 MiB page cache: bulk imports keep the natural-key indexes of big tables (daily quotes) in memory.
    QList<const char *> pragmas{"PRAGMA foreign_keys = ON", "PRAGMA cache_size = -65536"};
    if (!opened.readOnly)
        pragmas << "PRAGMA journal_mode = WAL" << "PRAGMA synchronous = NORMAL";
    for (const char *pragma : pragmas) {
        QSqlQuery q(database());
        if (!q.exec(QString::fromLatin1(pragma)))
            return Store::accessError(path, nativeCode(q.lastError()), q.lastError().databaseText());
    }
    if (pending) {
        const auto before = SchemaMigration::currentVersion(handle());
        auto migrated = SchemaMigration::apply(handle());
        if (!migrated) {
            const int rc = sqlite3_errcode(handle());
            if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED || rc == SQLITE_READONLY || rc == SQLITE_CANTOPEN)
                return Store::accessError(path, rc, migrated.error().detail);
            return migrated.error();
        }
        if (before && before.value() > 0)
            if (auto r = deriveAfterMigration(handle(), before.value(), migrated.value()); !r)
                return r.error();
    }
    return opened;
}

} // namespace zhisuan::db
