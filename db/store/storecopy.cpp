#include "storecopy.h"

#include "pgcopywriter.h"
#include "store.h"

#include <QCoreApplication>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

namespace zhisuan::db {

namespace {

Result<qint64> countRows(Store &store, const QString &table)
{
    QSqlQuery q(store.database());
    if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM ") + table) || !q.next())
        return sqlError(QCoreApplication::translate("StoreCopy", "Cannot count %1").arg(table), q.lastError());
    return q.value(0).toLongLong();
}

// Feeds a table's rows to COPY … FROM STDIN a megabyte at a time (row by row took minutes for a year of quotes).
Result<void> copyIn(pg_conn *conn, QSqlQuery &read, const QString &table, const QStringList &columns, const QString &toPath)
{
    auto rows = [&](QByteArray &out) -> Result<bool> {
        while (out.size() < (1 << 20)) {
            if (!read.next())
                return false;
            for (int i = 0; i < columns.size(); ++i) {
                const QVariant v = read.value(i);
                Value value;
                if (v.isNull())
                    value = Value();
                else if (v.typeId() == QMetaType::Double)
                    value = v.toDouble();
                else if (v.typeId() == QMetaType::LongLong || v.typeId() == QMetaType::Int)
                    value = qint64(v.toLongLong());
                else
                    value = v.toString().toUtf8();
                if (i)
                    out += '\t';
                PgCopyWriter::copyField(out, value);
            }
            out += '\n';
        }
        return true;
    };
    const QByteArray statement = QStringLiteral("COPY %1(%2) FROM STDIN").arg(table, columns.join(u',')).toUtf8();
    if (auto copied = PgCopyWriter::copyIn(conn, statement, rows); !copied)
        return Error{copied.error().code, QCoreApplication::translate("StoreCopy", "Cannot write %1 to %2").arg(table, toPath) +
                                              QStringLiteral(": ") + copied.error().message, copied.error().detail};
    return {};
}

// Inserts a table's rows one prepared statement at a time.
Result<void> insertRows(Store &to, QSqlQuery &read, const QString &table, const QStringList &columns)
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

// One table's rows from `from` into `to`, ids as they are (inside the caller's transaction on `to`).
Result<void> copyTable(Store &from, Store &to, const QString &table)
{
    const QSqlRecord record = from.database().record(table);
    QStringList columns;
    for (int i = 0; i < record.count(); ++i)
        columns << record.fieldName(i);
    QSqlQuery read(from.database());
    read.setForwardOnly(true);
    if (!read.exec(QStringLiteral("SELECT %1 FROM %2").arg(columns.join(u','), table)))
        return sqlError(QCoreApplication::translate("StoreCopy", "Cannot read %1 from %2").arg(table, from.path()), read.lastError());
    const bool server = to.engine() == Store::Engine::PostgreSql;
    // Into a team store: one COPY per table. The counts afterwards check it as they check the row-by-row copy.
    pg_conn *conn = server ? PgCopyWriter::connection(to.database()) : nullptr;
    if (auto written = conn ? copyIn(conn, read, table, columns, to.path()) : insertRows(to, read, table, columns); !written)
        return written;
    if (read.lastError().isValid())
        return sqlError(QCoreApplication::translate("StoreCopy", "Cannot read %1 from %2").arg(table, from.path()), read.lastError());
    // Ids were copied as they are: the identity column continues after the largest.
    if (server && columns.contains(QLatin1String("id"))) {
        QSqlQuery seq(to.database());
        if (!seq.exec(QStringLiteral("SELECT setval(pg_get_serial_sequence('%1', 'id'), COALESCE(MAX(id), 0) + 1, false) "
                                     "FROM %1").arg(table)))
            return sqlError(QCoreApplication::translate("StoreCopy", "Cannot write %1 to %2").arg(table, to.path()), seq.lastError());
    }
    return {};
}

} // namespace

Result<QStringList> StoreCopy::tables(Store &store)
{
    // Both engines list tables in the order they were created, which the migrations keep parents-first.
    const QString sql = store.engine() == Store::Engine::PostgreSql
                            ? QStringLiteral("SELECT c.relname FROM pg_catalog.pg_class c "
                                             "JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace "
                                             "WHERE c.relkind = 'r' AND n.nspname = current_schema() "
                                             "AND c.relname != 'schema_version' ORDER BY c.oid")
                            : QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' "
                                             "AND name NOT LIKE 'sqlite_%' ORDER BY rowid");
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
    if (to.engine() == Store::Engine::PostgreSql && to.isReadOnly())
        return to.readerError();
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
    // A team store's planner needs statistics of what was just loaded: before autovacuum got to it, the market views
    // took 1.8 s instead of 90 ms on a parallel scan of every daily row (issue 26). Analysed now, not by luck.
    if (to.engine() == Store::Engine::PostgreSql) {
        QSqlQuery analyse(target);
        if (!analyse.exec(QStringLiteral("ANALYZE")))
            return sqlError(QCoreApplication::translate("StoreCopy", "Copied to %1, but cannot analyse it for the planner").arg(to.path()),
                            analyse.lastError());
    }

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
