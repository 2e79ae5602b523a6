#include "store.h"

#include "importkind.h"
#include "schemamigration.h"
#include "upsertwriter.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QThread>

#include <sqlite3.h>

namespace zhisuan::db {

namespace {

QString nextConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("zhisuan-%1-%2")
        .arg(quintptr(QThread::currentThreadId()))
        .arg(counter.fetchAndAddRelaxed(1));
}

sqlite3 *handleOf(const QSqlDatabase &db)
{
    const QVariant v = db.driver()->handle();
    if (v.isValid() && qstrcmp(v.typeName(), "sqlite3*") == 0)
        return *static_cast<sqlite3 *const *>(v.constData());
    return nullptr;
}

// Reads user_version through a read-only connection so that a store we must refuse is never written.
Result<int> peekVersion(const QString &path)
{
    sqlite3 *raw = nullptr;
    const QByteArray file = QFile::encodeName(path);
    if (sqlite3_open_v2(file.constData(), &raw, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) {
        const QString why = raw ? QString::fromUtf8(sqlite3_errmsg(raw)) : QString();
        sqlite3_close(raw);
        return Error{QStringLiteral("io"),
                     QCoreApplication::translate("Store", "Cannot open the store %1: %2").arg(path, why), why};
    }
    auto version = SchemaMigration::currentVersion(raw);
    sqlite3_close(raw);
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
    UpsertWriter writer(db, 0);
    if (auto r = ImportKindRegistry::rederiveAll(writer, QStringLiteral("compute_centre")); !r) {
        sqlite3_exec(db, "ROLLBACK", nullptr, nullptr, nullptr);
        return r;
    }
    sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr);
    return {};
}

} // namespace

Error sqlError(const QString &what, const QSqlError &error)
{
    return Error{QStringLiteral("sql"), what + QStringLiteral(": ") + error.text(), error.text()};
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

QString Store::resolvePath(const QString &commandLinePath)
{
    if (!commandLinePath.isEmpty())
        return QFileInfo(commandLinePath).absoluteFilePath();
    const QString env = qEnvironmentVariable("ZHISUAN_DB");
    if (!env.isEmpty())
        return QFileInfo(env).absoluteFilePath();
    return defaultPath();
}

Result<std::unique_ptr<Store>> Store::open(const QString &path, OpenMode mode)
{
    const QFileInfo info(path);
    const bool exists = info.exists();
    if (!exists && mode == OpenMode::ExistingOnly) {
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
    if (exists) {
        auto version = peekVersion(path);
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
    } else if (!QDir().mkpath(info.absolutePath())) {
        return Error{QStringLiteral("io"),
                     QCoreApplication::translate("Store", "Cannot create the folder %1 for the store.")
                         .arg(info.absolutePath()),
                     path};
    }

    const QString name = nextConnectionName();
    std::unique_ptr<Store> store(new Store(info.absoluteFilePath(), name, !exists));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(store->m_path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        if (!db.open())
            return sqlError(QCoreApplication::translate("Store", "Cannot open the store %1").arg(path), db.lastError());
    }
    // A 64 MiB page cache: bulk imports keep the natural-key indexes of big tables (daily quotes) in memory.
    for (const char *pragma : {"PRAGMA foreign_keys = ON", "PRAGMA journal_mode = WAL", "PRAGMA synchronous = NORMAL",
                               "PRAGMA cache_size = -65536"}) {
        if (auto r = store->exec(QString::fromLatin1(pragma)); !r)
            return r.error();
    }
    const auto before = SchemaMigration::currentVersion(store->handle());
    auto migrated = SchemaMigration::apply(store->handle());
    if (!migrated)
        return migrated.error();
    if (before && before.value() > 0)
        if (auto r = deriveAfterMigration(store->handle(), before.value(), migrated.value()); !r)
            return r.error();
    return store;
}

QSqlDatabase Store::database() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

sqlite3 *Store::handle() const
{
    return handleOf(database());
}

int Store::schemaVersion() const
{
    auto v = SchemaMigration::currentVersion(handle());
    return v ? v.value() : -1;
}

Result<void> Store::exec(const QString &sql)
{
    QSqlQuery q(database());
    if (!q.exec(sql))
        return sqlError(sql, q.lastError());
    return {};
}

} // namespace zhisuan::db
