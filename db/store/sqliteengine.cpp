#include "sqliteengine.h"

#include "schemamigration.h"
#include "sqlitewritetransaction.h"
#include "store.h"
#include "storecopy.h"
#include "storeprobe.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

#include <sqlite3.h>

namespace zhisuan::db {

int SqliteEngine::schemaVersion() const
{
    auto v = SchemaMigration::currentVersion(handle());
    return v ? v.value() : -1;
}

Result<qint64> SqliteEngine::dataVersion() const
{
    sqlite3 *db = handle();
    sqlite3_stmt *stmt = nullptr;
    if (!db || sqlite3_prepare_v2(db, "PRAGMA data_version", -1, &stmt, nullptr) != SQLITE_OK)
        return Error{QStringLiteral("sql"), QCoreApplication::translate("Store", "Cannot read the store's data version"), {}};
    const int rc = sqlite3_step(stmt);
    const qint64 version = rc == SQLITE_ROW ? sqlite3_column_int64(stmt, 0) : -1;
    sqlite3_finalize(stmt);
    if (rc != SQLITE_ROW)
        return Store::accessError(m_store.path(), rc, QString::fromUtf8(sqlite3_errmsg(db)));
    return version;
}

void SqliteEngine::leaveCheckpointToNextWriter(int boundPages)
{
    sqlite3 *db = handle();
    if (!db)
        return;
    sqlite3_wal_autocheckpoint(db, boundPages);
    int set = 0;
    sqlite3_db_config(db, SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 1, &set);
}

Result<std::unique_ptr<WriteTransaction>> SqliteEngine::beginWrite(const WriteIntent &intent, WriteWait *)
{
    return SqliteWriteTransaction::begin(handle(), database(), m_store.path(), intent);
}

QString SqliteEngine::text(const Statement &statement) const
{
    return QString::fromUtf8(statement.sqlite);
}

QString SqliteEngine::checkPassedText() const
{
    return QCoreApplication::translate("CommandLine", "%1: no problems found (schema version %2, integrity and foreign keys checked).");
}

QString SqliteEngine::joinedText(const QString &expr, const QString &separator, const QString &) const
{
    return QStringLiteral("group_concat(%1, %2)").arg(expr, separator);
}

QString SqliteEngine::position(const QString &haystack, const QString &needle) const
{
    return QStringLiteral("instr(%1, %2)").arg(haystack, needle);
}

QString SqliteEngine::rowOrder(const QString &alias) const
{
    return alias + QStringLiteral(".rowid");
}

QString SqliteEngine::daysBetween(const QString &from, const QString &to) const
{
    return QStringLiteral("CAST(julianday(%2) - julianday(%1) AS INTEGER)").arg(from, to);
}

QString SqliteEngine::plusDays(const QString &date, const QString &days) const
{
    return QStringLiteral("date(%1, '+' || %2 || ' days')").arg(date, days);
}

QString SqliteEngine::dateOf(const QString &dateTime) const
{
    return QStringLiteral("date(%1)").arg(dateTime);
}

Result<void> SqliteEngine::describe(StoreSummary &summary) const
{
    QSqlQuery q(database());
    if (!q.exec(QStringLiteral("SELECT sqlite_version()")) || !q.next())
        return sqlError(QCoreApplication::translate("StoreProbe", "Cannot read the version of the store's engine"), q.lastError());
    summary.engineVersion = q.value(0).toString();
    return {};
}

// A file's permissions protect it: this connection may write unless the store was opened read-only.
Result<bool> SqliteEngine::canWrite() const
{
    return !m_store.isReadOnly();
}

Result<void> SqliteEngine::createRoles(const QString &, const QString &)
{
    return Error{QStringLiteral("not-a-team-store"),
                 QCoreApplication::translate("TeamRoles", "Roles are for a team store on PostgreSQL: %1 is a SQLite "
                                                          "file, which the file's permissions protect.")
                     .arg(m_store.path()),
                 {}};
}

QString SqliteEngine::tablesQuery() const
{
    return QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY rowid");
}

// Into a SQLite store: an INSERT per row, through Qt.
Result<void> SqliteEngine::copyTable(Store &from, const QString &table, const QStringList &columns)
{
    return StoreCopy::copyRows(from, table, columns,
                               [&](QSqlQuery &read) { return StoreCopy::insertRows(m_store, read, table, columns); });
}

} // namespace zhisuan::db
