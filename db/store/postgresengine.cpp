#include "postgresengine.h"

#include "pgcopywriter.h"
#include "pgwritetransaction.h"
#include "schemamigration.h"
#include "store.h"
#include "writetransaction.h"

#include <QCoreApplication>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

namespace zhisuan::db {

int PostgresEngine::schemaVersion() const
{
    auto v = SchemaMigration::currentVersion(database());
    return v ? v.value() : -1;
}

Result<qint64> PostgresEngine::dataVersion() const
{
    QSqlQuery q(database());
    if (!q.exec(QStringLiteral("SELECT count(*), COALESCE(max(id), 0), count(rolled_back_at) FROM import_batch")) || !q.next())
        return sqlError(QCoreApplication::translate("Store", "Cannot read the store's data version"), q.lastError());
    // Batches are only added and rolled back: the three numbers only grow, so their sum changes with each.
    return q.value(0).toLongLong() + q.value(1).toLongLong() + q.value(2).toLongLong();
}

Result<bool> PostgresEngine::reconnectIfLost()
{
    QSqlDatabase db = database();
    if (db.isOpen() && QSqlQuery(db).exec(QStringLiteral("SELECT 1")))
        return false;
    db.close();
    if (!db.open()) {
        return Error{QStringLiteral("connect"),
                     QCoreApplication::translate("Store", "The team store %1 cannot be reached: %2")
                         .arg(m_store.path(), db.lastError().databaseText().trimmed().isEmpty()
                                                  ? db.lastError().text()
                                                  : db.lastError().databaseText().trimmed()),
                     db.lastError().text()};
    }
    return true;
}

QSqlDriver *PostgresEngine::subscribeToChanges()
{
    QSqlDriver *driver = database().driver();
    const QString channel = QStringLiteral("zhisuan_data"); // PgWriteTransaction::commit's NOTIFY
    if (!driver)
        return nullptr;
    if (driver->subscribedToNotifications().contains(channel)) // from before a reconnect: that session is gone
        driver->unsubscribeFromNotification(channel);
    if (!driver->subscribeToNotification(channel))
        return nullptr;
    return driver;
}

Error PostgresEngine::writeError(const QString &what, const QSqlError &error) const
{
    // 42501: insufficient_privilege, what a reader's role gets for any write.
    if (error.nativeErrorCode() == QLatin1String("42501")) {
        Error e = m_store.readerError();
        e.detail = error.text();
        return e;
    }
    return sqlError(what, error);
}

// Writes go through libpq on the connection Qt holds (PgCopyWriter).
Result<std::unique_ptr<WriteTransaction>> PostgresEngine::beginWrite(const WriteIntent &intent, WriteWait *wait)
{
    pg_conn *pg = PgCopyWriter::connection(database());
    if (!pg)
        return m_store.serverUnsupported(intent.operation);
    return PgWriteTransaction::begin(pg, database(), *this, intent, wait);
}

QString PostgresEngine::spelled(const QString &sqliteStatement, QString (*otherSpelling)(const QString &)) const
{
    return otherSpelling ? otherSpelling(sqliteStatement) : sqliteStatement;
}

// The server checks its own pages.
QString PostgresEngine::checkPassedText() const
{
    return QCoreApplication::translate("CommandLine", "%1: no problems found (schema version %2; tables, columns, indexes, "
                                                      "keys and constraints checked).");
}

} // namespace zhisuan::db
