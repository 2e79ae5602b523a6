#pragma once

#include "result.h"
#include "tradingdayrepository.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QVariant>

class QSqlQuery;

#include <memory>
#include <set>

namespace zhisuan::db {

class UpsertWriter;


// What a write (an import, a rollback) tells the store when it begins.
struct WriteIntent
{
    // What it does, for the analysts who wait for it ("importing w46.csv"); a team store's busy message names it.
    QString doing;
    // How long to wait for another writer before giving up with the error code "busy".
    int waitSeconds = 120;
    // A bulk import: the engine tunes the transaction for many rows (SQLite: no per-row foreign-key lookups, since
    // every importer writes the rows a record refers to first, and temporary storage in memory; PostgreSQL: the
    // merge's sort in memory).
    bool bulk = false;
    // What the user is told failed when their role may not write ("Cannot roll back the import").
    QString refusal;
    // The operation as a store that cannot do it names it ("Importing", "Rolling back an import").
    QString operation;
    // How long earlier attempts of the same write already waited, and for whom (a caller that retries after "busy"):
    // the note of the attempt that gets through counts the whole wait.
    qint64 waitedMs = 0;
    QString waitedFor;
};

// How a write began: the waits it made ("Waited 25 seconds for alice (…) to finish writing"), and when the store was
// busy, who held it as the user should read it ("alice (zhisuan: importing w46.csv, since 05:31:02 UTC)"); empty
// when the store cannot tell.
struct WriteWait
{
    QStringList notes;
    QString holder;
    // The whole wait so far, earlier attempts included (WriteIntent::waitedMs plus this one's).
    qint64 waitedMs = 0;
};

// The record of one import batch (table import_batch): what openBatch() is given first, what closeBatch() completes.
struct BatchRecord
{
    qint64 id = -1;
    QString fileName;
    QString kind;
    QString preset;
    QString encoding;
    QString importedAt;
    // The account that ran the import, for a personal store (a team store's server records its login role itself).
    QString importedBy;
    QString sha256;
    qint64 rowsRead = 0;
    qint64 inserted = 0;
    qint64 updated = 0;
    qint64 unchanged = 0;
    // The ids of the daily quotes the batch inserted (consecutive), null when it inserted none.
    QVariant dailyBarFirstId;
    QVariant dailyBarLastId;
};

// One write transaction on a store, holding the store's write lock from Store::beginWrite until commit() or the end
// of the object, which rolls back what was not committed. Everything an import or a rollback writes goes through
// here: rows through writer(), the batch record, the list of trading days. Each engine implements it
// (SqliteWriteTransaction, PgWriteTransaction); callers never know which.
class WriteTransaction
{
public:
    virtual ~WriteTransaction() = default;
    WriteTransaction(const WriteTransaction &) = delete;
    WriteTransaction &operator=(const WriteTransaction &) = delete;

    // A writer of rows for batch `batchId`, valid while this transaction is.
    virtual std::unique_ptr<UpsertWriter> writer(qint64 batchId) = 0;

    // Records a new import batch and returns its id. The engine may keep the row until closeBatch() (SQLite writes
    // it whole at the end, under the id an insert now would take); its id is fixed now.
    virtual Result<qint64> openBatch(const BatchRecord &batch) = 0;
    // Completes the batch's record (`batch.id` from openBatch): its hash, counts and the ids of its daily quotes.
    virtual Result<void> closeBatch(const BatchRecord &batch) = 0;
    // The largest id in `table` (daily_bar, import_batch), 0 when it is empty: one seek.
    virtual Result<qint64> maxId(const char *table) = 0;
    // Whether a batch records the range of daily_bar ids it inserted (rollback then deletes that range by its index).
    // The team store has no index on daily_bar.id (schema 14): reading the range would scan the table.
    virtual bool recordsDailyBarIds() const { return true; }

    // The days that have daily quotes (table trading_day), kept by the importer and by rollback so that the weeks
    // list is read without scanning daily_bar: the trade dates of daily_bar rows just written.
    virtual Result<void> addTradingDays(const std::set<QByteArray> &dates) = 0;
    // The trade dates of the rows a batch inserted, read before they are deleted: by id range when the batch recorded
    // one (firstId > 0), else by batch_id.
    virtual Result<TradingDayRepository::BatchDays> tradingDaysOfBatch(qint64 batchId, qint64 firstId, qint64 lastId) = 0;
    // Forgets the days that no daily_bar row has any more, once the batch's rows are deleted.
    virtual Result<void> removeUnusedTradingDays(const TradingDayRepository::BatchDays &batch) = 0;

    // Commits; the store's other windows learn that batch `changedBatch` changed it (a team store tells them when the
    // commit is done, never for a rollback). A failed commit is rolled back.
    virtual Result<void> commit(qint64 changedBatch) = 0;
    // Rolls back now, quietly: used on paths that already report an error or that keep nothing.
    virtual void rollback() = 0;
    // After a commit that loaded `inserted` rows, most of them into `table`: the engine refreshes what its planner
    // knows of them, if it needs to. True when it did.
    virtual Result<bool> refreshStatistics(const QString &table, qint64 inserted)
    {
        Q_UNUSED(table) Q_UNUSED(inserted) return false;
    }

protected:
    WriteTransaction() = default;
    // Binds, in this order, what closeBatch() writes on every engine: sha256, rows read, inserted, updated,
    // unchanged, the first and last daily_bar id, the batch id.
    static void bindClosing(QSqlQuery &q, const BatchRecord &batch);
};

} // namespace zhisuan::db
