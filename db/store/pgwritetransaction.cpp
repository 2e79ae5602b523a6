#include "pgwritetransaction.h"

#include <QScopeGuard>

#include "importtransaction.h"
#include "pgcopywriter.h"
#include "storeengine.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace zhisuan::db {

Result<std::unique_ptr<WriteTransaction>> PgWriteTransaction::begin(pg_conn *pg, QSqlDatabase db, const StoreEngine &engine,
                                                                     const WriteIntent &intent, WriteWait *wait)
{
    // One transaction per write, holding the team store's write lock: another analyst's import waits for it. The
    // object rolls back whatever fails from here on.
    std::unique_ptr<PgWriteTransaction> tx(new PgWriteTransaction(pg, db, engine));
    if (auto r = PgCopyWriter::command(pg, "BEGIN"); !r)
        return r.error();
    // The merge sorts a slice of up to 50,000 rows (PgCopyWriter::kMaxSliceRows) by line: in memory rather than
    // spilled to disk.
    if (intent.bulk)
        if (auto r = PgCopyWriter::command(pg, "SET LOCAL work_mem = '64MB'"); !r)
            return r.error();
    qint64 waitedMs = intent.waitedMs;
    const auto waitedSoFar = qScopeGuard([&] {
        if (wait)
            wait->waitedMs = waitedMs;
    });
    if (auto r = ImportTransaction::takeWriteLock(pg, intent.doing, intent.waitSeconds, wait ? &wait->notes : nullptr,
                                                  wait ? &wait->holder : nullptr, &waitedMs, intent.waitedFor);
        !r)
        return r.error();
    // A reader's role is refused at the first write: said as such, before anything else is tried.
    QSqlQuery probe(db);
    if (!probe.exec(QStringLiteral("UPDATE import_batch SET rolled_back_at = rolled_back_at WHERE false")))
        return engine.writeError(intent.refusal, probe.lastError());
    return std::unique_ptr<WriteTransaction>(std::move(tx));
}

PgWriteTransaction::~PgWriteTransaction()
{
    rollback();
}

std::unique_ptr<UpsertWriter> PgWriteTransaction::writer(qint64 batchId)
{
    return std::make_unique<PgCopyWriter>(m_pg, batchId);
}

// The batch's row is inserted now (its id comes from the identity column) and completed at the end.
Result<qint64> PgWriteTransaction::openBatch(const BatchRecord &batch)
{
    QSqlQuery q(m_db);
    const bool prepared = q.prepare(QStringLiteral("INSERT INTO import_batch(file_name,sha256,kind,preset,encoding,imported_at) "
                                                   "VALUES(?,?,?,?,?,?) RETURNING id"));
    q.addBindValue(batch.fileName);
    q.addBindValue(QStringLiteral("")); // filled in at the end, when the hash is ready
    q.addBindValue(batch.kind);
    q.addBindValue(batch.preset);
    q.addBindValue(batch.encoding);
    q.addBindValue(batch.importedAt);
    if (!prepared || !q.exec() || !q.next())
        return m_engine.writeError(QCoreApplication::translate("ImportJob", "Cannot record the import"), q.lastError());
    return q.value(0).toLongLong();
}

// The server records who imported (its login role) itself.
Result<void> PgWriteTransaction::closeBatch(const BatchRecord &batch)
{
    QSqlQuery q(m_db);
    const bool prepared = q.prepare(QStringLiteral("UPDATE import_batch SET sha256=?, rows_read=?, rows_inserted=?, rows_updated=?, "
                                                   "rows_unchanged=?, daily_bar_first_id=?, daily_bar_last_id=? WHERE id=?"));
    bindClosing(q, batch);
    if (!prepared || !q.exec())
        return Error{QStringLiteral("sql"), q.lastError().text(), {}};
    return {};
}

Result<qint64> PgWriteTransaction::maxId(const char *table)
{
    auto row = PgCopyWriter::queryOnce(m_pg, QByteArray("SELECT COALESCE(MAX(id), 0) FROM ") + table, {});
    if (!row)
        return row.error();
    const auto *id = row.value().empty() ? nullptr : std::get_if<qint64>(&row.value()[0]);
    return id ? *id : 0;
}

Result<void> PgWriteTransaction::addTradingDays(const std::set<QByteArray> &dates)
{
    if (dates.empty())
        return {};
    QByteArray list;
    for (const QByteArray &date : dates)
        list += (list.isEmpty() ? "" : ",") + date;
    auto r = PgCopyWriter::queryOnce(m_pg, "INSERT INTO trading_day(trade_date) SELECT unnest(string_to_array($1, ',')) ON CONFLICT DO NOTHING",
                                     {Value(list)});
    if (!r)
        return r.error();
    return {};
}

// The days only: the server probes each day whole, so the id range is not needed and SQLite's per-code bits are left
// empty.
Result<TradingDayRepository::BatchDays> PgWriteTransaction::tradingDaysOfBatch(qint64 batchId, qint64, qint64)
{
    auto r = PgCopyWriter::queryOnce(m_pg, "SELECT string_agg(DISTINCT trade_date, ',') FROM daily_bar WHERE batch_id = $1", {Value(batchId)});
    if (!r)
        return r.error();
    TradingDayRepository::BatchDays days;
    if (const auto *list = r.value().empty() ? nullptr : std::get_if<QByteArray>(&r.value()[0]))
        for (const QByteArray &date : list->split(','))
            days.days[date];
    return days;
}

Result<void> PgWriteTransaction::removeUnusedTradingDays(const TradingDayRepository::BatchDays &batch)
{
    if (batch.days.empty())
        return {};
    QByteArray list;
    for (const auto &[date, codes] : batch.days)
        list += (list.isEmpty() ? "" : ",") + date;
    // The days still quoted, found by one pass over daily_bar (a hashed subplan): NOT EXISTS per day searched the
    // (code, trade_date) index whole for each day, 13.9 s of rolling back 500k quotes over 1,250 days.
    auto r = PgCopyWriter::queryOnce(m_pg, "DELETE FROM trading_day t WHERE t.trade_date = ANY(string_to_array($1, ',')) AND t.trade_date "
                                           "NOT IN (SELECT d.trade_date FROM daily_bar d WHERE d.trade_date = ANY(string_to_array($1, ',')))",
                                     {Value(list)});
    if (!r)
        return r.error();
    return {};
}

Result<void> PgWriteTransaction::commit(qint64 changedBatch)
{
    Result<void> r = ImportTransaction::notifyChange(m_pg, changedBatch);
    if (r)
        r = PgCopyWriter::command(m_pg, "COMMIT");
    if (!r)
        rollback();
    m_open = false;
    return r;
}

void PgWriteTransaction::rollback()
{
    if (m_open)
        (void)PgCopyWriter::command(m_pg, "ROLLBACK"); // a failing ROLLBACK adds nothing the user can act on
    m_open = false;
}

// A bulk load gets statistics now, not when autovacuum gets to it, where they change what the planner knows: the table
// had none (a new store), or the load added a tenth of the rows they counted or more (autovacuum's own measure, whose
// ANALYZE would come later and in the middle of someone's work). A smaller load into a large table leaves them as
// they are: ANALYZE reads 30,000 rows whatever the load (0.13 s of a 500k-row import) and the market statements seek
// daily_bar by key whatever the counts say (LATERAL, tests/db/tst_pgplans.cpp).
Result<bool> PgWriteTransaction::refreshStatistics(const QString &table, qint64 inserted)
{
    if (!table.isEmpty()) { // empty: a kind without one main table, whose load analyses every table
        auto counted = PgCopyWriter::queryOnce(m_pg, "SELECT reltuples FROM pg_class WHERE oid = to_regclass(quote_ident($1))",
                                               {Value(table.toUtf8())});
        if (!counted)
            return counted.error();
        const auto *reltuples = counted.value().empty() ? nullptr : std::get_if<double>(&counted.value()[0]);
        if (reltuples && *reltuples >= 0 && double(inserted) < *reltuples * 0.1)
            return false;
    }
    if (auto r = ImportTransaction::analyse(m_pg, table.toUtf8()); !r)
        return r.error();
    return true;
}

} // namespace zhisuan::db
