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

Result<TradingDayRepository::BatchDays> TradingDayRepository::daysOfBatch(sqlite3 *db, qint64 batchId, qint64 firstId, qint64 lastId)
{
    Statement s;
    const char *sql = firstId > 0 ? "SELECT trade_date, code FROM daily_bar WHERE id BETWEEN ?2 AND ?3 AND batch_id = ?1"
                                  : "SELECT trade_date, code FROM daily_bar WHERE batch_id = ?1";
    if (sqlite3_prepare_v2(db, sql, -1, &s.stmt, nullptr) != SQLITE_OK)
        return sqliteError(db, what());
    sqlite3_bind_int64(s.stmt, 1, batchId);
    if (firstId > 0) {
        sqlite3_bind_int64(s.stmt, 2, firstId);
        sqlite3_bind_int64(s.stmt, 3, lastId);
    }
    BatchDays batch;
    int rc;
    std::vector<bool> *day = nullptr;
    QByteArray lastDate;
    while ((rc = sqlite3_step(s.stmt)) == SQLITE_ROW) {
        const QByteArrayView date(reinterpret_cast<const char *>(sqlite3_column_text(s.stmt, 0)), sqlite3_column_bytes(s.stmt, 0));
        const QByteArray code(reinterpret_cast<const char *>(sqlite3_column_text(s.stmt, 1)), sqlite3_column_bytes(s.stmt, 1));
        if (!day || date != lastDate) {
            lastDate = date.toByteArray();
            day = &batch.days[lastDate];
        }
        auto it = batch.codes.constFind(code);
        if (it == batch.codes.constEnd())
            it = batch.codes.insert(code, int(batch.codes.size()));
        const int c = it.value();
        if (size_t(c) >= day->size())
            day->resize(size_t(c) + 1, false);
        (*day)[size_t(c)] = true;
    }
    if (rc != SQLITE_DONE)
        return sqliteError(db, what());
    return batch;
}

Result<void> TradingDayRepository::removeUnused(sqlite3 *db, const BatchDays &batch)
{
    if (batch.days.empty())
        return {};
    Statement securities, used, remove;
    if (sqlite3_prepare_v2(db, "SELECT code FROM security ORDER BY code", -1, &securities.stmt, nullptr) != SQLITE_OK
        || sqlite3_prepare_v2(db, "SELECT 1 FROM daily_bar WHERE code = ?1 AND trade_date = ?2", -1, &used.stmt, nullptr) != SQLITE_OK
        || sqlite3_prepare_v2(db, "DELETE FROM trading_day WHERE trade_date = ?1", -1, &remove.stmt, nullptr) != SQLITE_OK)
        return sqliteError(db, what());
    // Each security with the batch's number for its code (-1: the batch had none of its rows).
    std::vector<std::pair<QByteArray, int>> codes;
    int rc;
    while ((rc = sqlite3_step(securities.stmt)) == SQLITE_ROW) {
        QByteArray code(reinterpret_cast<const char *>(sqlite3_column_text(securities.stmt, 0)), sqlite3_column_bytes(securities.stmt, 0));
        const int index = batch.codes.value(code, -1);
        codes.emplace_back(std::move(code), index);
    }
    if (rc != SQLITE_DONE)
        return sqliteError(db, what());
    for (const auto &[date, deleted] : batch.days) {
        bool stillTraded = false;
        for (const auto &[code, index] : codes) {
            if (index >= 0 && size_t(index) < deleted.size() && deleted[size_t(index)])
                continue; // its row of that day was the batch's, and is gone
            sqlite3_bind_text(used.stmt, 1, code.constData(), int(code.size()), SQLITE_TRANSIENT);
            sqlite3_bind_text(used.stmt, 2, date.constData(), int(date.size()), SQLITE_TRANSIENT);
            rc = sqlite3_step(used.stmt);
            sqlite3_reset(used.stmt);
            if (rc != SQLITE_ROW && rc != SQLITE_DONE)
                return sqliteError(db, what());
            if (rc == SQLITE_ROW) {
                stillTraded = true;
                break;
            }
        }
        if (stillTraded)
            continue;
        sqlite3_bind_text(remove.stmt, 1, date.constData(), int(date.size()), SQLITE_TRANSIENT);
        if (sqlite3_step(remove.stmt) != SQLITE_DONE)
            return sqliteError(db, what());
        sqlite3_reset(remove.stmt);
    }
    return {};
}

} // namespace zhisuan::db
