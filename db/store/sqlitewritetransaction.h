#pragma once

#include "writetransaction.h"

#include <QSqlDatabase>
#include <QString>

struct sqlite3;

namespace zhisuan::db {

// A write transaction on a SQLite store: BEGIN IMMEDIATE on the raw handle (SQLite's write lock), rows through
// SqliteUpsertWriter on that handle, the trading days through TradingDayRepository.
class SqliteWriteTransaction final : public WriteTransaction
{
public:
    // Begins; a store the process may not write, or that another program writes, is refused as Store::accessError
    // says (code "busy" for the latter).
    static Result<std::unique_ptr<WriteTransaction>> begin(sqlite3 *db, QSqlDatabase database, const QString &path,
                                                           const WriteIntent &intent);
    ~SqliteWriteTransaction() override;

    std::unique_ptr<UpsertWriter> writer(qint64 batchId) override;
    Result<qint64> openBatch(const BatchRecord &batch) override;
    Result<void> closeBatch(const BatchRecord &batch) override;
    Result<qint64> maxId(const char *table) override;
    Result<void> addTradingDays(const std::set<QByteArray> &dates) override;
    Result<TradingDayRepository::BatchDays> tradingDaysOfBatch(qint64 batchId, qint64 firstId, qint64 lastId) override;
    Result<void> removeUnusedTradingDays(const TradingDayRepository::BatchDays &batch) override;
    Result<void> commit(qint64 changedBatch) override;
    void rollback() override;

private:
    SqliteWriteTransaction(sqlite3 *db, QSqlDatabase database) : m_db(db), m_database(std::move(database)) { }
    // A bulk import's pragmas back to every other connection's (they cannot change inside a transaction).
    void restorePragmas();

    sqlite3 *m_db;
    QSqlDatabase m_database;
    bool m_foreignKeysOff = false;
    bool m_tempStoreInMemory = false;
    bool m_open = false;
};

} // namespace zhisuan::db
