#pragma once

#include "result.h"

#include <QString>
#include <QStringList>

struct pg_conn;

namespace zhisuan::db {

// The team store's write lock (PgWriteTransaction): writers take turns by a transaction-level advisory lock, and a
// commit tells the other windows by NOTIFY.
class ImportTransaction
{
public:
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
    // ANALYZE of `table` (empty: of every table) after a bulk load; as the store's owner when this login is an editor (TeamRoles'
    // zhisuan_analyse(), which analyses every table). daily_bar only in kDailyBarPlanned's columns.
    static Result<void> analyse(pg_conn *pg, const QByteArray &table);
    // daily_bar's columns a plan's choice depends on: its key, which every market statement seeks or joins by, and
    // batch_id, which joins import_batch and which rollback scans. Its prices are only returned, or filtered inside a
    // key range; autovacuum's ANALYZE gives them statistics later. Analysing these three took 0.08 s of 500k quotes'
    // 0.16 s (issue 26); tests/db/tst_pgplans.cpp checks the plans right after such a load.
    static constexpr const char *kDailyBarPlanned = "daily_bar (code, trade_date, batch_id)";
    // ANALYZE's list for every table of the store's schema, daily_bar as above: one statement (not the catalogs too, as
    // a bare ANALYZE would).
    static constexpr const char *kEveryTableQuery =
        "SELECT string_agg(CASE WHEN c.relname = 'daily_bar' THEN 'daily_bar (code, trade_date, batch_id)' ELSE quote_ident(c.relname) END, "
        "', ' ORDER BY c.oid) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
        "WHERE c.relkind = 'r' AND n.nspname = current_schema()";
    // Tells every window open on the team store that a batch changed it; PostgreSQL delivers it when the transaction
    // commits, and never when it rolls back.
    static Result<void> notifyChange(pg_conn *pg, qint64 batchId);
};

} // namespace zhisuan::db
