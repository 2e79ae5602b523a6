#include "storecopy.h"

#include "storeengine.h"

#include <QCoreApplication>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

#include <functional>

namespace zhisuan::db {

namespace {

Result<qint64> countRows(Store &store, const QString &table)
{
    QSqlQuery q(store.database());
    if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM ") + table) || !q.next())
        return sqlError(QCoreApplication::translate("StoreCopy", "Cannot count %1").arg(table), q.lastError());
    return q.value(0).toLongLong();
}

// Whether both stores number `table`'s rows by id, so that the copy keeps its ids.
Result<bool> idsCarried(Store &from, Store &to, const QString &table)
{
    auto source = from.storeEngine().keepsIds(table);
    if (!source)
        return source.error();
    auto target = to.storeEngine().keepsIds(table);
    if (!target)
        return target.error();
    return source.value() && target.value();
}

// One table's rows from `from` into `to`, ids as they are (inside the caller's transaction on `to`). Where one side
// does not number the rows (daily_bar on the team store, schema 15) the ids stay behind: SQLite gives each copied row
// its rowid, the team store leaves id empty. The batches' ranges of daily_bar ids named the source's ids, so the
// target's are cleared: rollback then finds a batch's quotes by batch_id, as it does for a batch without a range.
Result<void> copyTable(Store &from, Store &to, const QString &table)
{
    const QSqlRecord record = from.database().record(table);
    QStringList columns;
    for (int i = 0; i < record.count(); ++i)
        columns << record.fieldName(i);
    bool dropIds = false;
    if (columns.contains(QLatin1String("id"))) {
        auto carried = idsCarried(from, to, table);
        if (!carried)
            return carried.error();
        dropIds = !carried.value();
    }
    if (dropIds)
        columns.removeAll(QStringLiteral("id"));
    if (auto copied = to.storeEngine().copyTable(from, table, columns); !copied || !dropIds || table != QLatin1String("daily_bar"))
        return copied;
    QSqlQuery clear(to.database());
    if (!clear.exec(QStringLiteral("UPDATE import_batch SET daily_bar_first_id = NULL, daily_bar_last_id = NULL "
                                   "WHERE daily_bar_first_id IS NOT NULL OR daily_bar_last_id IS NOT NULL")))
        return sqlError(QCoreApplication::translate("StoreCopy", "Cannot write %1 to %2").arg(QStringLiteral("import_batch"), to.path()), clear.lastError());
    return {};
}

} // namespace

// Inserts a table's rows one prepared statement at a time.
Result<void> StoreCopy::insertRows(const Store &to, QSqlQuery &read, const QString &table, const QStringList &columns)
{
    QStringList marks;
    for (qsizetype i = 0; i < columns.size(); ++i)
        marks << QStringLiteral("?");
    QSqlQuery write(to.database());
    if (!write.prepare(QStringLiteral("INSERT INTO %1(%2) VALUES (%3)").arg(table, columns.join(u','), marks.join(u','))))
        return sqlError(QCoreApplication::translate("StoreCopy", "Cannot write %1 to %2").arg(table, to.path()), write.lastError());
    while (read.next()) {
        for (int i = 0; i < columns.size(); ++i)
            write.bindValue(i, read.value(i));
        if (!write.exec())
            return to.writeError(QCoreApplication::translate("StoreCopy", "Cannot write %1 to %2").arg(table, to.path()), write.lastError());
    }
    return {};
}

Result<void> StoreCopy::copyRows(Store &from, const QString &table, const QStringList &columns,
                                 const std::function<Result<void>(QSqlQuery &)> &write)
{
    QSqlQuery read(from.database());
    read.setForwardOnly(true);
    if (!read.exec(QStringLiteral("SELECT %1 FROM %2").arg(columns.join(u','), table)))
        return sqlError(QCoreApplication::translate("StoreCopy", "Cannot read %1 from %2").arg(table, from.path()), read.lastError());
    if (auto written = write(read); !written)
        return written;
    if (read.lastError().isValid())
        return sqlError(QCoreApplication::translate("StoreCopy", "Cannot read %1 from %2").arg(table, from.path()), read.lastError());
    return {};
}

Result<QStringList> StoreCopy::tables(Store &store)
{
    // In the order they were created, which the migrations keep parents-first.
    const QString sql = store.storeEngine().tablesQuery();
    QSqlQuery q(store.database());
    if (!q.exec(sql))
        return sqlError(QCoreApplication::translate("StoreCopy", "Cannot list the tables of %1").arg(store.path()), q.lastError());
    QStringList names;
    while (q.next())
        names << q.value(0).toString();
    return names;
}

// What copy-store will copy: the source's tables and their rows, once the target is known to take them (the same
// schema version, a login that may write, every table there and empty).
Result<QList<StoreCopy::TableCount>> StoreCopy::plan(Store &from, Store &to)
{
    if (from.schemaVersion() != to.schemaVersion()) {
        return Error{QStringLiteral("schema-mismatch"),
                     QCoreApplication::translate("StoreCopy", "Cannot copy %1 to %2: they are at different schema versions (%3 and %4). Open both with this "
                        "version of ZhiSuan Board first, which upgrades them.")
                         .arg(from.path(), to.path())
                         .arg(from.schemaVersion())
                         .arg(to.schemaVersion()),
                     {}};
    }
    // A reader's login may not write to the team store: refused before a row is read, naming the role.
    if (auto refused = to.storeEngine().refuseReader(); !refused)
        return refused.error();
    auto sourceTables = tables(from);
    if (!sourceTables)
        return sourceTables.error();
    auto targetTables = tables(to);
    if (!targetTables)
        return targetTables.error();
    QList<TableCount> counts;
    for (const QString &table : sourceTables.value()) {
        if (!targetTables.value().contains(table))
            return Error{QStringLiteral("schema-mismatch"), QCoreApplication::translate("StoreCopy", "The target %1 has no table %2.").arg(to.path(), table), {}};
        auto source = countRows(from, table);
        if (!source)
            return source.error();
        auto target = countRows(to, table);
        if (!target)
            return target.error();
        if (target.value() > 0) {
            return Error{QStringLiteral("target-not-empty"),
                         QCoreApplication::translate("StoreCopy", "The target %1 is not empty (%2 holds %n row(s)): copy-store only fills an empty store, so "
                            "that nothing in it is overwritten. Name a new store (a new file, or a new database).",
                            nullptr, int(target.value()))
                             .arg(to.path(), table),
                         {}};
        }
        counts.append(TableCount{table, source.value(), 0});
    }
    return counts;
}

Result<QList<StoreCopy::TableCount>> StoreCopy::copy(Store &from, Store &to, const std::function<bool(int, int)> &progress)
{
    auto planned = plan(from, to);
    if (!planned)
        return planned.error();
    QList<TableCount> counts = planned.value();

    QSqlDatabase target = to.database();
    if (!target.transaction())
        return sqlError(QCoreApplication::translate("StoreCopy", "Cannot start writing to %1").arg(to.path()), target.lastError());
    auto fail = [&](const Error &e) -> Result<QList<TableCount>> {
        target.rollback();
        return e;
    };
    int done = 0;
    for (const TableCount &c : std::as_const(counts)) {
        if (auto copied = copyTable(from, to, c.table); !copied)
            return fail(copied.error());
        if (progress && !progress(++done, int(counts.size())))
            return fail(Error{QStringLiteral("cancelled"), QCoreApplication::translate("StoreCopy", "Copy cancelled: %1 was not changed.").arg(to.path()), {}});
    }
    if (!target.commit())
        return fail(sqlError(QCoreApplication::translate("StoreCopy", "Cannot finish writing to %1").arg(to.path()), target.lastError()));
    if (auto analysed = to.storeEngine().analyse(
            QCoreApplication::translate("StoreCopy", "Copied to %1, but cannot analyse it for the planner").arg(to.path()));
        !analysed)
        return analysed.error();

    for (TableCount &c : counts) {
        auto n = countRows(to, c.table);
        if (!n)
            return n.error();
        c.target = n.value();
        if (c.target != c.source) {
            return Error{QStringLiteral("count-mismatch"),
                         QCoreApplication::translate("StoreCopy", "The copy of %1 holds %2 rows where %3 has %4.").arg(c.table).arg(c.target).arg(from.path()).arg(c.source),
                         {}};
        }
    }
    return counts;
}

} // namespace zhisuan::db
