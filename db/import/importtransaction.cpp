#include "importtransaction.h"

#include "pgcopywriter.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QStringList>

#include <sqlite3.h>

namespace zhisuan::db {

Result<void> ImportTransaction::exec(sqlite3 *db, pg_conn *pg, const char *sql)
{
    if (pg)
        return PgCopyWriter::command(pg, sql);
    if (sqlite3_exec(db, sql, nullptr, nullptr, nullptr) != SQLITE_OK) {
        const QString why = QString::fromUtf8(sqlite3_errmsg(db));
        return Error{QStringLiteral("sql"), why, QString::fromUtf8(sql)};
    }
    return {};
}

// The largest id in a table (daily_bar, import_batch), 0 when it is empty: one seek.
Result<qint64> ImportTransaction::maxId(sqlite3 *db, pg_conn *pg, const char *table)
{
    const std::string sql = std::string("SELECT COALESCE(MAX(id), 0) FROM ") + table;
    if (pg) {
        auto row = PgCopyWriter::queryOnce(pg, sql.c_str(), {});
        if (!row)
            return row.error();
        const auto *id = row.value().empty() ? nullptr : std::get_if<qint64>(&row.value()[0]);
        return id ? *id : 0;
    }
    sqlite3_stmt *stmt = nullptr;
    if (sqlite3_prepare_v2(db, sql.c_str(), -1, &stmt, nullptr) != SQLITE_OK)
        return Error{QStringLiteral("sql"), QString::fromUtf8(sqlite3_errmsg(db)), {}};
    const int rc = sqlite3_step(stmt);
    const qint64 id = rc == SQLITE_ROW ? sqlite3_column_int64(stmt, 0) : 0;
    sqlite3_finalize(stmt);
    if (rc != SQLITE_ROW)
        return Error{QStringLiteral("sql"), QString::fromUtf8(sqlite3_errmsg(db)), {}};
    return id;
}

// Used on paths that already report an error: a failing ROLLBACK adds nothing the user can act on.
void ImportTransaction::rollbackQuietly(sqlite3 *db, pg_conn *pg)
{
    if (pg)
        (void)PgCopyWriter::command(pg, "ROLLBACK");
    else
        sqlite3_exec(db, "ROLLBACK", nullptr, nullptr, nullptr);
}

// The trading-day list on a team store (TradingDayRepository is the SQLite side, on the raw handle).
Result<void> ImportTransaction::addTradingDays(pg_conn *pg, const std::set<QByteArray> &dates)
{
    if (dates.empty())
        return {};
    QByteArray list;
    for (const QByteArray &date : dates)
        list += (list.isEmpty() ? "" : ",") + date;
    auto r = PgCopyWriter::queryOnce(pg, "INSERT INTO trading_day(trade_date) SELECT unnest(string_to_array($1, ',')) ON CONFLICT DO NOTHING",
                                     {Value(list)});
    if (!r)
        return r.error();
    return {};
}

// The days only (the server probes each day whole, so SQLite's per-code bits are left empty).
Result<TradingDayRepository::BatchDays> ImportTransaction::tradingDaysOfBatch(pg_conn *pg, qint64 batchId)
{
    auto r = PgCopyWriter::queryOnce(pg, "SELECT string_agg(DISTINCT trade_date, ',') FROM daily_bar WHERE batch_id = $1", {Value(batchId)});
    if (!r)
        return r.error();
    TradingDayRepository::BatchDays days;
    if (const auto *list = r.value().empty() ? nullptr : std::get_if<QByteArray>(&r.value()[0]))
        for (const QByteArray &date : list->split(','))
            days.days[date];
    return days;
}

Result<void> ImportTransaction::removeUnusedTradingDays(pg_conn *pg, const TradingDayRepository::BatchDays &batch)
{
    if (batch.days.empty())
        return {};
    QByteArray list;
    for (const auto &[date, codes] : batch.days)
        list += (list.isEmpty() ? "" : ",") + date;
    auto r = PgCopyWriter::queryOnce(pg, "DELETE FROM trading_day t WHERE t.trade_date = ANY(string_to_array($1, ',')) AND NOT EXISTS "
                                         "(SELECT 1 FROM daily_bar d WHERE d.trade_date = t.trade_date)",
                                     {Value(list)});
    if (!r)
        return r.error();
    return {};
}

namespace {
// Imports and rollbacks on one team store take turns (issue 17): each holds this transaction-level advisory lock from
// its first write to its commit, so that two analysts' overlapping files end as one file's rows or the other's, whole,
// and every count is right. The key is "ZHSU".
constexpr qint64 kWriteLockKey = 0x5A485355;
} // namespace

// Who holds the write lock, as the user should read it: "alice (zhisuan: importing w46.csv, since 05:31:02 UTC)".
QString ImportTransaction::writeLockHolder(pg_conn *pg)
{
    auto r = PgCopyWriter::queryOnce(pg, "SELECT a.usename, a.application_name, to_char(a.xact_start AT TIME ZONE 'UTC', 'HH24:MI:SS') "
                                         "FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid "
                                         "WHERE l.locktype = 'advisory' AND l.granted AND l.classid = 0 AND l.objid = $1 AND l.objsubid = 1 "
                                         "AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database()) LIMIT 1",
                                     {Value(kWriteLockKey)});
    if (!r || r.value().empty())
        return QCoreApplication::translate("ImportJob", "another analyst");
    const QString user = valueToString(r.value()[0]);
    const QString application = valueToString(r.value()[1]);
    const QString since = valueToString(r.value()[2]);
    QStringList about;
    if (!application.isEmpty())
        about << application;
    if (!since.isEmpty())
        about << QCoreApplication::translate("ImportJob", "since %1 UTC").arg(since);
    return about.isEmpty() ? user : QStringLiteral("%1 (%2)").arg(user, about.join(QStringLiteral(", ")));
}

// Takes the team store's write lock inside the open transaction, waiting at most `waitSeconds` for the analyst who
// holds it. `doing` names this session to the others ("importing w46.csv"). A wait is noted; a timeout is an error
// with code "busy" that says who holds the lock.
Result<void> ImportTransaction::takeWriteLock(pg_conn *pg, const QString &doing, int waitSeconds, QStringList *notes, QString *holderOut,
                                              qint64 *waitedMs, const QString &waitedFor)
{
    const qint64 before = waitedMs ? *waitedMs : 0;
    // The whole wait, earlier attempts included, rounded up: 0.4 s of waiting is "1 second", never "0 seconds".
    const auto noteWait = [&](qint64 ms, const QString &holder) {
        if (waitedMs)
            *waitedMs = ms;
        if (notes && ms > 0)
            notes->append(QCoreApplication::translate("ImportJob", "Waited %n second(s) for %1 to finish writing to the team store.", nullptr,
                                                      int((ms + 999) / 1000))
                              .arg(holder.isEmpty() ? QCoreApplication::translate("ImportJob", "another analyst") : holder));
    };
    if (auto r = PgCopyWriter::queryOnce(pg, "SELECT set_config('application_name', $1, true)",
                                         {Value((QStringLiteral("zhisuan: ") + doing).left(60).toUtf8())});
        !r)
        return r.error();
    auto got = PgCopyWriter::queryOnce(pg, "SELECT pg_try_advisory_xact_lock($1)", {Value(kWriteLockKey)});
    if (!got)
        return got.error();
    if (!got.value().empty() && valueToString(got.value()[0]) == QLatin1String("t")) {
        noteWait(before, waitedFor); // the holder finished between the caller's attempts
        return {};
    }
    const QString holder = writeLockHolder(pg);
    if (holderOut)
        *holderOut = holder;
    QElapsedTimer waited;
    waited.start();
    if (auto r = PgCopyWriter::command(pg, QByteArray("SET LOCAL lock_timeout = '" + QByteArray::number(qMax(1, waitSeconds)) + "s'").constData()); !r)
        return r.error();
    if (auto r = PgCopyWriter::queryOnce(pg, "SELECT pg_advisory_xact_lock($1)", {Value(kWriteLockKey)}); !r) {
        if (waitedMs)
            *waitedMs = before + waited.elapsed();
        const int limit = qMax(1, waitSeconds);
        const QString message = QCoreApplication::translate("ImportJob", "The team store is busy: %1 is writing to it and has not "
                                                                         "finished after %n second(s). Nothing was written; try "
                                                                         "again when they have finished.", nullptr, limit);
        return Error{QStringLiteral("busy"), message.arg(holder), r.error().detail};
    }
    const qint64 total = before + waited.elapsed();
    if (auto r = PgCopyWriter::command(pg, "SET LOCAL lock_timeout = 0"); !r)
        return r.error();
    noteWait(total, holder);
    return {};
}

// Statistics for the planner after a bulk load. PostgreSQL lets only a table's owner analyse it (an editor's ANALYZE
// skips every table with a warning): an editor goes through zhisuan_analyse(), which `zhisuan init --team` makes to
// run as the owner (TeamRoles); the owner, or a store without roles, analyses directly.
Result<void> ImportTransaction::analyse(pg_conn *pg)
{
    auto viaOwner = PgCopyWriter::queryOnce(pg, "SELECT to_regprocedure('public.zhisuan_analyse()') IS NOT NULL "
                                                "AND has_function_privilege(to_regprocedure('public.zhisuan_analyse()'), 'EXECUTE')",
                                            {});
    if (!viaOwner)
        return viaOwner.error();
    const bool function = !viaOwner.value().empty() && valueToString(viaOwner.value()[0]) == QLatin1String("t");
    if (function) {
        if (auto r = PgCopyWriter::queryOnce(pg, "SELECT public.zhisuan_analyse()", {}); !r)
            return r.error();
        return {};
    }
    return PgCopyWriter::command(pg, "ANALYZE");
}

// Tells every window open on the team store that a batch changed it; PostgreSQL delivers it when the transaction
// commits, and never when it rolls back.
Result<void> ImportTransaction::notifyChange(pg_conn *pg, qint64 batchId)
{
    auto r = PgCopyWriter::queryOnce(pg, "SELECT pg_notify('zhisuan_data', $1)", {Value(QByteArray::number(batchId))});
    if (!r)
        return r.error();
    return {};
}


} // namespace zhisuan::db
