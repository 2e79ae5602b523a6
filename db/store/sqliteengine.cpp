#include "sqliteengine.h"

#include "schemamigration.h"
#include "sqlitewritetransaction.h"
#include "store.h"

#include <QCoreApplication>

#include <sqlite3.h>

namespace zhisuan::db {

sqlite3 *SqliteEngine::handle() const
{
    return m_store.handle();
}

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

QString SqliteEngine::spelled(const QString &sqliteStatement, QString (*)(const QString &)) const
{
    return sqliteStatement;
}

QString SqliteEngine::checkPassedText() const
{
    return QCoreApplication::translate("CommandLine", "%1: no problems found (schema version %2, integrity and foreign keys checked).");
}

} // namespace zhisuan::db
