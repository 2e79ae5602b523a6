#pragma once

#include "result.h"
#include "tradingdayrepository.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <set>

struct sqlite3;
struct pg_conn;

namespace zhisuan::db {

// The import's and the rollback's transaction on either engine: one of `db` (SQLite's handle) and `pg` (libpq's
// connection of a team store) is set. On a team store, writers take turns by a transaction-level advisory lock.
class ImportTransaction
{
public:
    static Result<void> exec(sqlite3 *db, pg_conn *pg, const char *sql);
    // The largest id in a table (daily_bar, import_batch), 0 when it is empty: one seek.
    static Result<qint64> maxId(sqlite3 *db, pg_conn *pg, const char *table);
    // Used on paths that already report an error: a failing ROLLBACK adds nothing the user can act on.
    static void rollbackQuietly(sqlite3 *db, pg_conn *pg);

    // The trading-day list on a team store (TradingDayRepository is the SQLite side, on the raw handle).
    static Result<void> addTradingDays(pg_conn *pg, const std::set<QByteArray> &dates);
    static Result<TradingDayRepository::BatchDays> tradingDaysOfBatch(pg_conn *pg, qint64 batchId);
    static Result<void> removeUnusedTradingDays(pg_conn *pg, const TradingDayRepository::BatchDays &batch);

    // Who holds the team store's write lock, as the user should read it: "alice (zhisuan: importing w46.csv, since
    // 05:31:02 UTC)".
    static QString writeLockHolder(pg_conn *pg);
    // Takes the team store's write lock inside the open transaction, waiting at most `waitSeconds` for the analyst who
    // holds it. `doing` names this session to the others ("importing w46.csv"). A wait is noted; a timeout is an error
    // with code "busy" that says who holds the lock. `waitedMs`, when given, holds how long earlier attempts waited
    // (for `waitedFor`) and gets this attempt's wait added: the note counts the whole wait, never "Waited 0 seconds"
    // after a retry.
    static Result<void> takeWriteLock(pg_conn *pg, const QString &doing, int waitSeconds, QStringList *notes,
                                      QString *holderOut = nullptr, qint64 *waitedMs = nullptr, const QString &waitedFor = {});
    // ANALYZE after a bulk load, as the store's owner when this login is an editor (TeamRoles' zhisuan_analyse()).
    static Result<void> analyse(pg_conn *pg);
    // Tells every window open on the team store that a batch changed it; PostgreSQL delivers it when the transaction
    // commits, and never when it rolls back.
    static Result<void> notifyChange(pg_conn *pg, qint64 batchId);
};

} // namespace zhisuan::db
