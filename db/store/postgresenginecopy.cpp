#include "postgresengine.h"

#include "pgcopybinary.h"
#include "importtransaction.h"
#include "pgcopywriter.h"
#include "storecopy.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

#include <sqlite3.h>

#include <charconv>
#include <functional>
#include <future>
#include <utility>
#include <vector>

// PostgresEngine's part of `zhisuan copy-store` (StoreCopy): a table's rows into the team store by COPY.

namespace zhisuan::db {

namespace {

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

// A number as a text column's value: the digits the text format sends.
template<typename T>
void appendDigits(QByteArray &out, T v)
{
    char digits[32];
    const auto r = std::to_chars(digits, digits + sizeof digits, v);
    PgCopyBinary::appendText(out, digits, r.ptr - digits);
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

// The target columns' types when every one is a type COPY's binary format takes from SQLite here (text, bigint,
// double precision: the server then reads a double's 8 bytes instead of parsing its digits); else none.
Result<std::vector<unsigned>> binaryTypes(pg_conn *conn, const QString &table, const QStringList &columns)
{
    auto row = PgCopyWriter::queryOnce(conn, "SELECT string_agg(attname || ':' || atttypid, ',') FROM pg_attribute "
                                             "WHERE attrelid = to_regclass(quote_ident($1)) AND attnum > 0 AND NOT attisdropped",
                                       {Value(table.toUtf8())});
    if (!row)
        return row.error();
    QHash<QString, unsigned> typeOf;
    for (const QString &pair : valueToString(row.value().empty() ? Value() : row.value()[0]).split(u',', Qt::SkipEmptyParts))
        typeOf.insert(pair.section(u':', 0, 0), pair.section(u':', 1).toUInt());
    std::vector<unsigned> types;
    for (const QString &c : columns) {
        const unsigned t = typeOf.value(c);
        if (t != PgCopyBinary::kTextType && t != PgCopyBinary::kBigintType && t != PgCopyBinary::kDoubleType)
            return std::vector<unsigned>();
        types.push_back(t);
    }
    return types;
}

// One SQLite value for a column of `type` in COPY's binary format, as the text format would have read it; false for
// one the server would refuse (a text in a number column, a fraction in a bigint).
bool appendSqliteBinary(QByteArray &out, sqlite3_stmt *stmt, int column, unsigned type)
{
    switch (sqlite3_column_type(stmt, column)) {
    case SQLITE_NULL:
        PgCopyBinary::appendNull(out);
        return true;
    case SQLITE_INTEGER: {
        const qint64 v = sqlite3_column_int64(stmt, column);
        if (type == PgCopyBinary::kBigintType)
            PgCopyBinary::appendBigint(out, v);
        else if (type == PgCopyBinary::kDoubleType)
            PgCopyBinary::appendDouble(out, double(v));
        else
            appendDigits(out, v);
        return true;
    }
    case SQLITE_FLOAT: {
        const double v = sqlite3_column_double(stmt, column);
        if (type == PgCopyBinary::kBigintType)
            return false;
        if (type == PgCopyBinary::kDoubleType)
            PgCopyBinary::appendDouble(out, v);
        else
            appendDigits(out, v);
        return true;
    }
    default: {
        if (type != PgCopyBinary::kTextType)
            return false;
        const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(stmt, column));
        PgCopyBinary::appendText(out, text, sqlite3_column_bytes(stmt, column));
        return true;
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
    auto types = binaryTypes(conn, table, columns);
    if (!types) {
        sqlite3_finalize(stmt);
        return types.error();
    }
    const bool binary = !types.value().empty();
    bool started = false;
    auto produce = [stmt, count, source, table, fromPath, binary, &started, types = types.value()](QByteArray &out) -> Result<bool> {
        if (binary && !std::exchange(started, true))
            PgCopyBinary::appendHeader(out);
        while (out.size() < (1 << 20)) {
            const int rc = sqlite3_step(stmt);
            if (rc == SQLITE_DONE) {
                if (binary)
                    PgCopyBinary::appendTrailer(out);
                return false;
            }
            if (rc != SQLITE_ROW)
                return Error{QStringLiteral("sql"), QCoreApplication::translate("StoreCopy", "Cannot read %1 from %2").arg(table, fromPath),
                             QString::fromUtf8(sqlite3_errmsg(source))};
            if (binary) {
                PgCopyBinary::appendRowStart(out, count);
                for (int i = 0; i < count; ++i)
                    if (!appendSqliteBinary(out, stmt, i, types[size_t(i)]))
                        return Error{QStringLiteral("sql"), QCoreApplication::translate("StoreCopy", "Cannot read %1 from %2").arg(table, fromPath),
                                     QStringLiteral("a value of column %1 does not fit its type").arg(i + 1)};
                continue;
            }
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
    const QByteArray statement = QStringLiteral("COPY %1(%2) FROM STDIN%3").arg(table, columns.join(u','), binary ? QStringLiteral(" WITH (FORMAT binary)") : QString()).toUtf8();
    auto copied = PgCopyWriter::copyIn(conn, statement, next);
    if (reading.valid()) // the COPY stopped early: the reader finishes its megabyte before the statement goes
        (void)reading.get();
    sqlite3_finalize(stmt);
    if (!copied)
        return Error{copied.error().code, QCoreApplication::translate("StoreCopy", "Cannot write %1 to %2").arg(table, toPath) +
                                              QStringLiteral(": ") + copied.error().message, copied.error().detail};
    return {};
}

} // namespace

// Both engines list tables in the order they were created, which the migrations keep parents-first.
QString PostgresEngine::tablesQuery() const
{
    return QStringLiteral("SELECT c.relname FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace "
                          "WHERE c.relkind = 'r' AND n.nspname = current_schema() AND c.relname != 'schema_version' ORDER BY c.oid");
}

// One COPY per table: from a SQLite store straight from its statement (the fast way), from another through Qt. The
// counts afterwards check it as they check the row-by-row copy. Ids were copied as they are: the identity column then
// continues after the largest.
Result<void> PostgresEngine::copyTable(Store &from, const QString &table, const QStringList &columns)
{
    pg_conn *conn = PgCopyWriter::connection(database());
    Result<void> written;
    if (conn && from.handle())
        written = copyInFromSqlite(conn, from.handle(), table, columns, from.path(), m_store.path());
    else
        written = StoreCopy::copyRows(from, table, columns, [&](QSqlQuery &read) {
            return conn ? copyIn(conn, read, table, columns, m_store.path()) : StoreCopy::insertRows(m_store, read, table, columns);
        });
    if (!written || !columns.contains(QLatin1String("id")))
        return written;
    // The largest id from a SQLite source, where it is the rowid (one seek): on the team store daily_bar.id has no
    // index (schema 14), and MAX(id) there read the whole table again.
    qint64 sourceMax = -1;
    if (conn && from.handle()) {
        sqlite3_stmt *max = nullptr;
        const QByteArray sql = QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM %1").arg(table).toUtf8();
        if (sqlite3_prepare_v2(from.handle(), sql.constData(), int(sql.size()), &max, nullptr) == SQLITE_OK && sqlite3_step(max) == SQLITE_ROW)
            sourceMax = sqlite3_column_int64(max, 0);
        sqlite3_finalize(max);
    }
    QSqlQuery seq(database());
    if (!seq.exec(sourceMax >= 0 ? QStringLiteral("SELECT setval(pg_get_serial_sequence('%1', 'id'), %2 + 1, false)").arg(table).arg(sourceMax)
                                 : QStringLiteral("SELECT setval(pg_get_serial_sequence('%1', 'id'), COALESCE(MAX(id), 0) + 1, false) "
                                                  "FROM %1").arg(table)))
        return sqlError(QCoreApplication::translate("StoreCopy", "Cannot write %1 to %2").arg(table, m_store.path()), seq.lastError());
    return {};
}

// An id column that is an identity numbers the table's rows; daily_bar's is none since schema 15 (left empty).
Result<bool> PostgresEngine::keepsIds(const QString &table)
{
    QSqlQuery q(database());
    q.prepare(QStringLiteral("SELECT attidentity <> '' FROM pg_attribute WHERE attrelid = to_regclass(quote_ident(?)) AND attname = 'id' "
                             "AND NOT attisdropped"));
    q.addBindValue(table);
    if (!q.exec())
        return sqlError(QCoreApplication::translate("StoreCopy", "Cannot read the columns of %1 in %2").arg(table, m_store.path()), q.lastError());
    return !q.next() || q.value(0).toBool();
}

// A team store's planner needs statistics of what was just loaded: before autovacuum got to it, the market views took
// 1.8 s instead of 90 ms on a parallel scan of every daily row (issue 26). Analysed now, not by luck:
// every table of the store's schema, daily_bar in the columns plans depend on (ImportTransaction::kDailyBarPlanned).
Result<void> PostgresEngine::analyse(const QString &what)
{
    QSqlQuery list(database());
    if (!list.exec(QString::fromLatin1(ImportTransaction::kEveryTableQuery)) || !list.next())
        return sqlError(what, list.lastError());
    if (list.value(0).isNull())
        return {};
    QSqlQuery analyse(database());
    if (!analyse.exec(QStringLiteral("ANALYZE ") + list.value(0).toString()))
        return sqlError(what, analyse.lastError());
    return {};
}

} // namespace zhisuan::db
