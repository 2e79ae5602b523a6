#pragma once

#include "writetransaction.h"

#include <QSqlDatabase>

struct pg_conn;

namespace zhisuan::db {

class StoreEngine;

// A write transaction on a team store: BEGIN on libpq's connection, the team's write lock (an advisory lock the
// other analysts' writers wait for, ImportTransaction), rows through PgCopyWriter, and NOTIFY to
// the other windows at commit.
class PgWriteTransaction final : public WriteTransaction
{
public:
    // Begins and takes the write lock, waiting `intent.waitSeconds` at most (a wait is noted in `wait`); a reader's
    // role is refused here, as StoreEngine::writeError says.
    static Result<std::unique_ptr<WriteTransaction>> begin(pg_conn *pg, QSqlDatabase db, const StoreEngine &engine,
                                                           const WriteIntent &intent, WriteWait *wait);
    ~PgWriteTransaction() override;

    std::unique_ptr<UpsertWriter> writer(qint64 batchId) override;
    Result<qint64> openBatch(const BatchRecord &batch) override;
    Result<void> closeBatch(const BatchRecord &batch) override;
    Result<qint64> maxId(const char *table) override;
    bool recordsDailyBarIds() const override { return false; }
    Result<void> addTradingDays(const std::set<QByteArray> &dates) override;
    Result<TradingDayRepository::BatchDays> tradingDaysOfBatch(qint64 batchId, qint64 firstId, qint64 lastId) override;
    Result<void> removeUnusedTradingDays(const TradingDayRepository::BatchDays &batch) override;
    Result<void> commit(qint64 changedBatch) override;
    void rollback() override;
    Result<bool> refreshStatistics(const QString &table, qint64 inserted) override;

private:
    PgWriteTransaction(pg_conn *pg, QSqlDatabase db, const StoreEngine &engine) : m_pg(pg), m_db(std::move(db)), m_engine(engine) { }

    pg_conn *m_pg;
    QSqlDatabase m_db;
    const StoreEngine &m_engine;
    bool m_open = true;
};

} // namespace zhisuan::db
