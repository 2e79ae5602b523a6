#include "tradingdayrepository.h"

#include <QCoreApplication>

#include <sqlite3.h>

namespace zhisuan::db {

namespace {

Error sqliteError(sqlite3 *db, const QString &what)
{
    const QString why = QString::fromUtf8(sqlite3_errmsg(db));
    return Error{QStringLiteral("sql"), what + QStringLiteral(": ") + why, why};
}

// Owns a prepared statement for the length of one function.
struct Statement
{
    sqlite3_stmt *stmt = nullptr;
    ~Statement() { sqlite3_finalize(stmt); }
};

QString what() { return QCoreApplication::translate("TradingDayRepository", "Cannot update the list of trading days"); }

} // namespace

Result<void> TradingDayRepository::add(sqlite3 *db, const std::set<QByteArray> &dates)
{
    if (dates.empty())
        return {};
    Statement s;
    if (sqlite3_prepare_v2(db, "INSERT OR IGNORE INTO trading_day(trade_date) VALUES(?)", -1, &s.stmt, nullptr) != SQLITE_OK)
        return sqliteError(db, what());
    for (const QByteArray &date : dates) {
        sqlite3_bind_text(s.stmt, 1, date.constData(), int(date.size()), SQLITE_TRANSIENT);
        if (sqlite3_step(s.stmt) != SQLITE_DONE)
            return sqliteError(db, what());
        sqlite3_reset(s.stmt);
    }
    return {};
}

Result<std::set<QByteArray>> TradingDayRepository::datesOfBatch(sqlite3 *db, qint64 batchId, qint64 firstId, qint64 lastId)
{
    Statement s;
    const char *sql = firstId > 0 ? "SELECT DISTINCT trade_date FROM daily_bar WHERE id BETWEEN ?2 AND ?3 AND batch_id = ?1"
                                  : "SELECT DISTINCT trade_date FROM daily_bar WHERE batch_id = ?1";
    if (sqlite3_prepare_v2(db, sql, -1, &s.stmt, nullptr) != SQLITE_OK)
        return sqliteError(db, what());
    sqlite3_bind_int64(s.stmt, 1, batchId);
    if (firstId > 0) {
        sqlite3_bind_int64(s.stmt, 2, firstId);
        sqlite3_bind_int64(s.stmt, 3, lastId);
    }
    std::set<QByteArray> dates;
    int rc;
    while ((rc = sqlite3_step(s.stmt)) == SQLITE_ROW)
        dates.insert(QByteArray(reinterpret_cast<const char *>(sqlite3_column_text(s.stmt, 0)), sqlite3_column_bytes(s.stmt, 0)));
    if (rc != SQLITE_DONE)
        return sqliteError(db, what());
    return dates;
}

Result<void> TradingDayRepository::removeUnused(sqlite3 *db, const std::set<QByteArray> &dates)
{
    if (dates.empty())
        return {};
    Statement used, remove;
    // CROSS JOIN keeps security outside, so each probe is a seek on daily_bar's (code, trade_date) key.
    if (sqlite3_prepare_v2(db,
                           "SELECT 1 FROM security s CROSS JOIN daily_bar d ON d.code = s.code AND d.trade_date = ?1 LIMIT 1",
                           -1, &used.stmt, nullptr)
            != SQLITE_OK
        || sqlite3_prepare_v2(db, "DELETE FROM trading_day WHERE trade_date = ?1", -1, &remove.stmt, nullptr) != SQLITE_OK)
        return sqliteError(db, what());
    for (const QByteArray &date : dates) {
        sqlite3_bind_text(used.stmt, 1, date.constData(), int(date.size()), SQLITE_TRANSIENT);
        const int rc = sqlite3_step(used.stmt);
        sqlite3_reset(used.stmt);
        if (rc == SQLITE_ROW)
            continue;
        if (rc != SQLITE_DONE)
            return sqliteError(db, what());
        sqlite3_bind_text(remove.stmt, 1, date.constData(), int(date.size()), SQLITE_TRANSIENT);
        if (sqlite3_step(remove.stmt) != SQLITE_DONE)
            return sqliteError(db, what());
        sqlite3_reset(remove.stmt);
    }
    return {};
}

} // namespace zhisuan::db
