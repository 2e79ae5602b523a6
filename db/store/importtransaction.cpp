#include "importtransaction.h"

#include "pgcopywriter.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QStringList>

namespace zhisuan::db {

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
        const int seconds = int((ms + 999) / 1000);
        if (notes && ms > 0)
            notes->append(QCoreApplication::translate("ImportJob", "Waited %n second(s) for %1 to finish writing to the team store.", nullptr,
                                                      seconds)
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
// run as the owner (TeamRoles); the owner, or a store without roles, analyses the table directly (the rest of the
// database took 0.08 s more after 500k quotes, for tables the import hardly changed).
Result<void> ImportTransaction::analyse(pg_conn *pg, const QByteArray &table)
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
    if (table == "daily_bar")
        return PgCopyWriter::command(pg, QByteArray("ANALYZE ").append(kDailyBarPlanned).constData());
    auto list = table.isEmpty() ? PgCopyWriter::queryOnce(pg, kEveryTableQuery, {}) : PgCopyWriter::queryOnce(pg, "SELECT quote_ident($1)", {Value(table)});
    if (!list)
        return list.error();
    const auto *names = list.value().empty() ? nullptr : std::get_if<QByteArray>(&list.value()[0]);
    if (!names) // no table at all
        return {};
    return PgCopyWriter::command(pg, ("ANALYZE " + *names).constData());
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
