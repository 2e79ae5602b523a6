#include "batchrepository.h"

#include "importkind.h"
#include "steptimer.h"
#include "store.h"
#include "upsertwriter.h"
#include "writetransaction.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace zhisuan::db {

Result<QList<BatchInfo>> BatchRepository::list(Store &store)
{
    QList<BatchInfo> batches;
    QSqlQuery q(store.database());
    if (!q.exec(QStringLiteral("SELECT id,file_name,sha256,kind,preset,encoding,imported_at,rows_read,rows_inserted,"
                               "rows_updated,rows_unchanged,rolled_back_at,imported_by FROM import_batch ORDER BY id DESC")))
        return sqlError(QCoreApplication::translate("ImportJob", "Cannot read the import batches"), q.lastError());
    while (q.next()) {
        BatchInfo b;
        b.id = q.value(0).toLongLong();
        b.fileName = q.value(1).toString();
        b.sha256 = q.value(2).toString();
        b.kind = q.value(3).toString();
        b.preset = q.value(4).toString();
        b.encoding = q.value(5).toString();
        b.importedAt = q.value(6).toString();
        b.rowsRead = q.value(7).toLongLong();
        b.inserted = q.value(8).toLongLong();
        b.updated = q.value(9).toLongLong();
        b.unchanged = q.value(10).toLongLong();
        b.rolledBackAt = q.value(11).toString();
        b.importedBy = q.value(12).toString();
        batches.append(b);
    }
    return batches;
}

namespace {

// Writes back, newest first, every value batch `batchId` overwrote (its undo log), and re-derives what depends on it.
Result<void> restoreOverwritten(Store &store, UpsertWriter &w, qint64 batchId)
{
    static const QRegularExpression identifier(QStringLiteral("^[a-z_0-9]+$"));
    QList<std::tuple<QString, qint64, qint64, QByteArray>> undo;
    {
        QSqlQuery q(store.database());
        const bool prepared = q.prepare(QStringLiteral("SELECT table_name,row_id,old_batch_id,old_values FROM import_undo WHERE batch_id=? ORDER BY seq DESC"));
        q.addBindValue(batchId);
        if (!prepared || !q.exec())
            return sqlError(QCoreApplication::translate("ImportJob", "Cannot read the undo log"), q.lastError());
        while (q.next())
            undo.append({q.value(0).toString(), q.value(1).toLongLong(), q.value(2).isNull() ? -1 : q.value(2).toLongLong(),
                         q.value(3).toByteArray()});
    }
    for (const auto &[table, rowId, oldBatch, json] : std::as_const(undo)) {
        if (!identifier.match(table).hasMatch())
            return Error{QStringLiteral("undo"), QCoreApplication::translate("ImportJob", "Corrupt undo log entry for table “%1”.").arg(table), {}};
        QJsonObject old = QJsonDocument::fromJson(json).object();
        // A team store's table whose rows are not found by id (security, daily_bar) names its row by key (PgCopyWriter).
        const QJsonObject rowKey = old.take(QStringLiteral("$key")).toObject();
        QByteArray sql = "UPDATE " + table.toLatin1() + " SET ";
        std::vector<Value> params;
        for (auto it = old.begin(); it != old.end(); ++it) {
            if (!identifier.match(it.key()).hasMatch())
                return Error{QStringLiteral("undo"), QCoreApplication::translate("ImportJob", "Corrupt undo log entry for column “%1”.").arg(it.key()), {}};
            sql += it.key().toLatin1() + "=?,";
            const QJsonValue v = it.value();
            if (v.isNull())
                params.emplace_back();
            else if (v.isString())
                params.emplace_back(v.toString().toUtf8());
            else if (v.isDouble() && v.toDouble() == double(v.toInteger()))
                params.emplace_back(qint64(v.toInteger()));
            else
                params.emplace_back(v.toDouble());
        }
        sql += "batch_id=? WHERE ";
        params.emplace_back(oldBatch < 0 ? Value() : Value(oldBatch));
        if (rowKey.isEmpty()) {
            sql += "rowid=?";
            params.emplace_back(rowId);
        }
        for (auto it = rowKey.begin(); it != rowKey.end(); ++it) {
            if (!identifier.match(it.key()).hasMatch())
                return Error{QStringLiteral("undo"), QCoreApplication::translate("ImportJob", "Corrupt undo log entry for column “%1”.").arg(it.key()), {}};
            sql += (it == rowKey.begin() ? "" : " AND ") + it.key().toLatin1() + "=?";
            params.emplace_back(it.value().toString().toUtf8());
        }
        if (auto r = w.exec(sql.constData(), params); !r)
            return r.error();
        if (auto r = ImportKindRegistry::rederive(w, table, rowId); !r)
            return r.error();
    }
    return {};
}

} // namespace

Result<void> BatchRepository::rollback(Store &store, qint64 batchId)
{
    WriteIntent intent;
    intent.doing = QCoreApplication::translate("ImportJob", "rolling back batch %1").arg(batchId);
    intent.refusal = QCoreApplication::translate("ImportJob", "Cannot roll back the import");
    intent.operation = QCoreApplication::translate("ImportJob", "Rolling back an import");
    auto begun = store.beginWrite(intent);
    if (!begun)
        return begun.error();
    WriteTransaction &tx = *begun.value();
    auto fail = [&](Error e) -> Result<void> {
        tx.rollback();
        return e;
    };
    std::unique_ptr<UpsertWriter> writerOwner = tx.writer(batchId);
    UpsertWriter &w = *writerOwner;
    StepTimer timer("rollback");
    auto batch = w.queryRow("SELECT rolled_back_at, daily_bar_first_id, daily_bar_last_id FROM import_batch WHERE id=?", {Value(batchId)});
    if (!batch)
        return fail(batch.error());
    if (batch.value().empty())
        return fail(Error{QStringLiteral("not-found"), QCoreApplication::translate("ImportJob", "There is no import batch %1.").arg(batchId), {}});
    if (!isMissing(batch.value()[0]))
        return fail(Error{QStringLiteral("rolled-back"), QCoreApplication::translate("ImportJob", "Batch %1 was rolled back already.").arg(batchId), {}});
    auto later = w.queryRow("SELECT u.batch_id FROM import_undo u JOIN import_batch b ON b.id=u.batch_id "
                            "WHERE u.old_batch_id=? AND b.rolled_back_at IS NULL LIMIT 1",
                            {Value(batchId)});
    if (!later)
        return fail(later.error());
    if (!later.value().empty()) {
        return fail(Error{QStringLiteral("later-batch"),
                          QCoreApplication::translate("ImportJob", "Batch %1 cannot be rolled back: batch %2 changed rows it wrote. Roll back batch %2 first.")
                              .arg(batchId)
                              .arg(valueToString(later.value()[0])),
                          {}});
    }

    // 1. Restore what the batch overwrote, newest first.
    if (auto r = restoreOverwritten(store, w, batchId); !r)
        return fail(r.error());

    // 2. Delete what it inserted, children before parents; daily_bar by the rowid range the batch recorded
    // (batches imported before it was recorded, and every batch of a team store since schema 14, are found by a
    // scan of batch_id, as the team store finds their days), the tables that grow with history by their
    // batch_id index (schema 6), and the days left without quotes. A team store's batch may still name a range (one
    // imported before schema 14, or copied from a SQLite store): its quotes' ids are not kept there (schema 15), so
    // the range is not read.
    timer.step("undo");
    const bool ranged = tx.recordsDailyBarIds();
    const qint64 *firstId = ranged ? std::get_if<qint64>(&batch.value()[1]) : nullptr;
    const qint64 *lastId = ranged ? std::get_if<qint64>(&batch.value()[2]) : nullptr;
    auto dates = tx.tradingDaysOfBatch(batchId, firstId ? *firstId : 0, lastId ? *lastId : 0);
    if (!dates)
        return fail(dates.error());
    timer.step("dates of the batch");
    static const char *const tables[] = {"daily_bar", "weekly_return", "reported_figure", "valuation", "security_snapshot", "lockup",
                                         "benchmark_score", "api_price", "model_release", "site_traffic", "app_download",
                                         "compute_centre", "chip", "event", "metric", "efficiency_threshold", "ai_model",
                                         "site", "app", "security", "organisation"};
    for (const char *table : tables) {
        const bool range = firstId && lastId && qstrcmp(table, "daily_bar") == 0;
        const QByteArray sql = QByteArray("DELETE FROM ") + table + (range ? " WHERE id BETWEEN ? AND ? AND batch_id=?" : " WHERE batch_id=?");
        if (auto r = range ? w.exec(sql.constData(), {Value(*firstId), Value(*lastId), Value(batchId)}) : w.exec(sql.constData(), {Value(batchId)});
            !r) {
            return fail(Error{QStringLiteral("in-use"),
                              QCoreApplication::translate("ImportJob", "Batch %1 cannot be rolled back: rows it added to %2 are used by rows of other "
                                 "batches (%3).")
                                  .arg(batchId)
                                  .arg(QString::fromLatin1(table), r.error().detail),
                              r.error().detail});
        }
        timer.step(table);
    }
    if (auto r = tx.removeUnusedTradingDays(dates.value()); !r)
        return fail(r.error());
    timer.step("trading days left empty");
    if (auto r = w.exec("DELETE FROM import_undo WHERE batch_id=?", {Value(batchId)}); !r)
        return fail(r.error());
    if (auto r = w.exec("UPDATE import_batch SET rolled_back_at=? WHERE id=?",
                        {Value(QDateTime::currentDateTimeUtc().toString(Qt::ISODate).toUtf8()), Value(batchId)});
        !r)
        return fail(r.error());
    if (auto r = tx.commit(batchId); !r)
        return r.error();
    timer.step("commit");
    return {};
}

} // namespace zhisuan::db
