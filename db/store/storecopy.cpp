#include "storecopy.h"

#include "pgcopywriter.h"
#include "store.h"

#include <QCoreApplication>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

#include <sqlite3.h>

#include <charconv>
#include <functional>
#include <future>

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

// One SQLite value in COPY's text format, read straight from the statement (no QVariant, no QString: copy-store of a
// year of quotes spent most of its client time there): \N, an integer, a double's shortest round-trip digits, or text
// with the separators escaped. Appended before the next step, while SQLite's buffer is alive.
void appendSqliteField(QByteArray &out, sqlite3_stmt *stmt, int column)
{
    char digits[32];
    switch (sqlite3_column_type(stmt, column)) {
    case SQLITE_NULL:
        out += "\\N";
        return;
    case SQLITE_INTEGER: {
        const auto r = std::to_chars(digits, digits + sizeof digits, sqlite3_column_int64(stmt, column));
        out.append(digits, r.ptr - digits);
        return;
    }
    case SQLITE_FLOAT: {
        const auto r = std::to_chars(digits, digits + sizeof digits, sqlite3_column_double(stmt, column));
        out.append(digits, r.ptr - digits);
        return;
    }
    default: { // the text first, then its length (SQLite's order: the length is the converted text's)
        const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(stmt, column));
        PgCopyWriter::copyText(out, text, sqlite3_column_bytes(stmt, column));
    }
    }
}

// A SQLite table into a team store's COPY: the rows are read a megabyte at a time on a second thread while the
// previous megabyte is sent, so that reading SQLite and the server's writing overlap.
Result<void> copyInFromSqlite(pg_conn *conn, sqlite3 *source, const QString &table, const QStringList &columns, const QString &fromPath,
                              const QString &toPath)
{
    sqlite3_stmt *stmt = nullptr;
    const QByteArray select = QStringLiteral("SELECT %1 FROM %2").arg(columns.join(u','), table).toUtf8();
    if (sqlite3_prepare_v2(source, select.constData(), int(select.size()), &stmt, nullptr) != SQLITE_OK)
        return Error{QStringLiteral("sql"), QCoreApplication::translate("StoreCopy", "Cannot read %1 from %2").arg(table, fromPath),
                     QString::fromUtf8(sqlite3_errmsg(source))};
    const int count = int(columns.size());
    auto produce = [stmt, count, source, table, fromPath](QByteArray &out) -> Result<bool> {
        while (out.size() < (1 << 20)) {
            const int rc = sqlite3_step(stmt);
            if (rc == SQLITE_DONE)
                return false;
            if (rc != SQLITE_ROW)
                return Error{QStringLiteral("sql"), QCoreApplication::translate("StoreCopy", "Cannot read %1 from %2").arg(table, fromPath),
                             QString::fromUtf8(sqlite3_errmsg(source))};
            for (int i = 0; i < count; ++i) {
                if (i)
                    out += '\t';
                appendSqliteField(out, stmt, i);
            }
            out += '\n';
        }
        return true;
    };
    QByteArray ahead;
    ahead.reserve((1 << 20) + 4096);
    std::future<Result<bool>> reading = std::async(std::launch::async, produce, std::ref(ahead));
    auto next = [&](QByteArray &out) -> Result<bool> {
        Result<bool> more = reading.get();
        out.swap(ahead);
        ahead.clear();
        if (more && more.value())
            reading = std::async(std::launch::async, produce, std::ref(ahead));
        return more;
    };
    const QByteArray statement = QStringLiteral("COPY %1(%2) FROM STDIN").arg(table, columns.join(u',')).toUtf8();
    auto copied = PgCopyWriter::copyIn(conn, statement, next);
    if (reading.valid()) // the COPY stopped early: the reader finishes its megabyte before the statement goes
        (void)reading.get();
    sqlite3_finalize(stmt);
    if (!copied)
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

// Ids were copied as they are: on a team store the identity column continues after the largest.
Result<void> continueIds(Store &to, const QString &table, const QStringList &columns)
{
    if (to.engine() != Store::Engine::PostgreSql || !columns.contains(QLatin1String("id")))
        return {};
    QSqlQuery seq(to.database());
    if (!seq.exec(QStringLiteral("SELECT setval(pg_get_serial_sequence('%1', 'id'), COALESCE(MAX(id), 0) + 1, false) "
                                 "FROM %1").arg(table)))
        return sqlError(QCoreApplication::translate("StoreCopy", "Cannot write %1 to %2").arg(table, to.path()), seq.lastError());
    return {};
}

// One table's rows from `from` into `to`, ids as they are (inside the caller's transaction on `to`).
Result<void> copyTable(Store &from, Store &to, const QString &table)
{
    const QSqlRecord record = from.database().record(table);
    QStringList columns;
    for (int i = 0; i < record.count(); ++i)
        columns << record.fieldName(i);
    const bool server = to.engine() == Store::Engine::PostgreSql;
    pg_conn *conn = server ? PgCopyWriter::connection(to.database()) : nullptr;
    if (conn && from.handle()) { // SQLite into a team store: the fast way
        if (auto written = copyInFromSqlite(conn, from.handle(), table, columns, from.path(), to.path()); !written)
            return written;
        return continueIds(to, table, columns);
    }
    QSqlQuery read(from.database());
    read.setForwardOnly(true);
    if (!read.exec(QStringLiteral("SELECT %1 FROM %2").arg(columns.join(u','), table)))
        return sqlError(QCoreApplication::translate("StoreCopy", "Cannot read %1 from %2").arg(table, from.path()), read.lastError());
    // Into a team store: one COPY per table. The counts afterwards check it as they check the row-by-row copy.
    if (auto written = conn ? copyIn(conn, read, table, columns, to.path()) : insertRows(to, read, table, columns); !written)
        return written;
    if (read.lastError().isValid())
        return sqlError(QCoreApplication::translate("StoreCopy", "Cannot read %1 from %2").arg(table, from.path()), read.lastError());
    return continueIds(to, table, columns);
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
