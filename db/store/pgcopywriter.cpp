#include "pgcopywriter.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QVariant>

#include <libpq-fe.h>

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <cstring>

namespace zhisuan::db {

namespace {

// Type OIDs of the columns the schema uses (pg_type.h): numbers compare as numbers, the rest as text.
constexpr Oid kInt8 = 20, kInt2 = 21, kInt4 = 23, kFloat4 = 700, kFloat8 = 701, kNumeric = 1700;

bool isInteger(Oid type)
{
    return type == kInt8 || type == kInt2 || type == kInt4;
}

bool isNumber(Oid type)
{
    return isInteger(type) || type == kFloat4 || type == kFloat8 || type == kNumeric;
}

// A value as libpq's text format reads it back exactly: a double with 17 significant digits round-trips.
bool textOf(const Value &v, QByteArray &out)
{
    if (const auto *i = std::get_if<qint64>(&v))
        out = QByteArray::number(*i);
    else if (const auto *d = std::get_if<double>(&v))
        out = QByteArray::number(*d, 'g', 17);
    else if (const auto *t = std::get_if<QByteArray>(&v))
        out = *t;
    else
        return false;
    return true;
}

// COPY's text format: tab-separated, \N for null, backslash escapes for the separators.
void appendCopyField(QByteArray &out, const Value &v)
{
    if (const auto *t = std::get_if<QByteArray>(&v)) {
        for (char c : *t) {
            switch (c) {
            case '\\':
                out += "\\\\";
                break;
            case '\t':
                out += "\\t";
                break;
            case '\n':
                out += "\\n";
                break;
            case '\r':
                out += "\\r";
                break;
            default:
                out += c;
            }
        }
        return;
    }
    QByteArray text;
    if (textOf(v, text))
        out += text;
    else
        out += "\\N";
}

Value valueAt(const PGresult *res, int row, int column)
{
    if (PQgetisnull(res, row, column))
        return Value();
    const char *text = PQgetvalue(res, row, column);
    const Oid type = PQftype(res, column);
    if (isInteger(type))
        return qint64(std::strtoll(text, nullptr, 10));
    if (isNumber(type))
        return std::strtod(text, nullptr);
    return QByteArray(text, PQgetlength(res, row, column));
}

bool sameValue(const PGresult *res, int column, const Value &value)
{
    if (PQgetisnull(res, 0, column))
        return isMissing(value);
    const Oid type = PQftype(res, column);
    const char *text = PQgetvalue(res, 0, column);
    if (const auto *i = std::get_if<qint64>(&value))
        return isNumber(type) && std::strtod(text, nullptr) == double(*i);
    if (const auto *d = std::get_if<double>(&value))
        return isNumber(type) && std::strtod(text, nullptr) == *d;
    if (const auto *t = std::get_if<QByteArray>(&value))
        return !isNumber(type) && PQgetlength(res, 0, column) == t->size() && std::memcmp(text, t->constData(), size_t(t->size())) == 0;
    return false;
}

QJsonValue jsonAt(const PGresult *res, int column)
{
    const Value v = valueAt(res, 0, column);
    if (const auto *i = std::get_if<qint64>(&v))
        return QJsonValue(*i);
    if (const auto *d = std::get_if<double>(&v))
        return QJsonValue(*d);
    if (const auto *t = std::get_if<QByteArray>(&v))
        return QJsonValue(QString::fromUtf8(*t));
    return QJsonValue(QJsonValue::Null);
}

// SQL written for SQLite's writer (`?` placeholders, the rowid) as PostgreSQL reads it.
std::string serverSql(const char *sql)
{
    std::string out;
    int n = 0;
    bool quoted = false;
    for (const char *p = sql; *p; ++p) {
        if (*p == '\'')
            quoted = !quoted;
        if (!quoted && *p == '?') {
            out += '$' + std::to_string(++n);
        } else if (!quoted && std::strncmp(p, "rowid", 5) == 0 && (p == sql || !(std::isalnum(uchar(p[-1])) || p[-1] == '_'))
                   && !(std::isalnum(uchar(p[5])) || p[5] == '_')) {
            out += "id";
            p += 4;
        } else {
            out += *p;
        }
    }
    return out;
}

// The user reads this next to a file and line, as they read the SQLite writer's (the same words, translated once).
Error serverError(pg_conn *conn, const PGresult *res, const QString &what)
{
    const QString why = QString::fromUtf8(res ? PQresultErrorMessage(res) : PQerrorMessage(conn)).trimmed();
    const QByteArray state = res && PQresultErrorField(res, PG_DIAG_SQLSTATE) ? PQresultErrorField(res, PG_DIAG_SQLSTATE) : "";
    auto field = [res](int code) { return res ? QString::fromUtf8(PQresultErrorField(res, code)) : QString(); };
    QString message;
    if (PQstatus(conn) == CONNECTION_BAD) {
        message = QCoreApplication::translate("PgCopyWriter", "the connection to the team store was lost: nothing was imported; "
                                                              "try again when the server is back");
    } else if (state == "23502") {
        message = QCoreApplication::translate("UpsertWriter", "expected a value for “%1”, found none (the store needs one)")
                      .arg(field(PG_DIAG_COLUMN_NAME));
    } else if (state == "23514") {
        message = QCoreApplication::translate("UpsertWriter", "a value in this row is outside what the store accepts (%1)")
                      .arg(field(PG_DIAG_TABLE_NAME) + u'.' + field(PG_DIAG_CONSTRAINT_NAME));
    } else if (state == "23503") {
        message = QCoreApplication::translate("UpsertWriter", "this row refers to something the store does not have (%1)").arg(what);
    } else if (state == "40001" || state == "40P01" || state == "55P03") {
        message = QCoreApplication::translate("UpsertWriter", "the store is busy: another program is writing to it; try again when it has finished");
    } else if (state == "42501" || state == "25006") {
        message = QCoreApplication::translate("UpsertWriter", "the store is read-only: nothing was imported");
    } else {
        message = QCoreApplication::translate("UpsertWriter", "the store refused the row (%1): %2").arg(what, field(PG_DIAG_MESSAGE_PRIMARY));
    }
    return Error{QStringLiteral("sql"), message, why + (state.isEmpty() ? QString() : QStringLiteral(" [%1]").arg(QLatin1String(state)))};
}

struct Params
{
    std::vector<QByteArray> texts;
    std::vector<const char *> pointers;
    std::vector<int> lengths;
    explicit Params(const std::vector<Value> &values) : texts(values.size()), pointers(values.size()), lengths(values.size())
    {
        for (size_t i = 0; i < values.size(); ++i) {
            if (textOf(values[i], texts[i])) {
                pointers[i] = texts[i].constData();
                lengths[i] = int(texts[i].size());
            }
        }
    }
};

bool succeeded(const PGresult *res)
{
    const ExecStatusType status = PQresultStatus(res);
    return status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK;
}

std::string joined(const std::vector<std::string> &names, const char *prefix, const char *separator)
{
    std::string out;
    for (size_t i = 0; i < names.size(); ++i) {
        if (i)
            out += separator;
        out += prefix + names[i];
    }
    return out;
}

} // namespace

void PgCopyWriter::copyField(QByteArray &out, const Value &value)
{
    appendCopyField(out, value);
}

Result<void> PgCopyWriter::copyIn(pg_conn *conn, const QByteArray &statement, const std::function<Result<bool>(QByteArray &)> &next)
{
    PGresult *res = PQexec(conn, statement.constData());
    if (PQresultStatus(res) != PGRES_COPY_IN) {
        const Error e = serverError(conn, res, QString::fromUtf8(statement));
        PQclear(res);
        return e;
    }
    PQclear(res);
    QByteArray buffer;
    Error failed;
    bool ok = true;
    for (bool more = true; more && ok;) {
        buffer.clear();
        auto got = next(buffer);
        if (!got) {
            failed = got.error();
            ok = false;
            break;
        }
        more = got.value();
        if (!buffer.isEmpty() && PQputCopyData(conn, buffer.constData(), int(buffer.size())) != 1) {
            failed = serverError(conn, nullptr, QString::fromUtf8(statement));
            ok = false;
        }
    }
    PQputCopyEnd(conn, ok ? nullptr : "the copy was stopped");
    while (PGresult *r = PQgetResult(conn)) {
        if (PQresultStatus(r) != PGRES_COMMAND_OK && ok) {
            ok = false;
            failed = serverError(conn, r, QString::fromUtf8(statement));
        }
        PQclear(r);
    }
    if (!ok)
        return failed;
    return {};
}

pg_conn *PgCopyWriter::connection(const QSqlDatabase &db)
{
    const QVariant v = db.driver() ? db.driver()->handle() : QVariant();
    // Qt registers the handle's type by libpq's struct name ("pg_conn*"); older versions said "PGconn*".
    if (v.isValid() && (qstrcmp(v.typeName(), "pg_conn*") == 0 || qstrcmp(v.typeName(), "PGconn*") == 0))
        return *static_cast<pg_conn *const *>(v.constData());
    return nullptr;
}

Result<void> PgCopyWriter::command(pg_conn *conn, const char *sql)
{
    PGresult *res = PQexec(conn, sql);
    const bool ok = succeeded(res);
    const Error e = ok ? Error{} : serverError(conn, res, QString::fromUtf8(sql));
    PQclear(res);
    if (!ok)
        return e;
    return {};
}

Result<std::vector<Value>> PgCopyWriter::queryOnce(pg_conn *conn, const QByteArray &sql, const std::vector<Value> &params)
{
    const Params p(params);
    PGresult *res = PQexecParams(conn, sql.constData(), int(params.size()), nullptr, p.pointers.data(), p.lengths.data(), nullptr, 0);
    if (!succeeded(res)) {
        const Error e = serverError(conn, res, QString::fromUtf8(sql));
        PQclear(res);
        return e;
    }
    std::vector<Value> row;
    if (PQntuples(res) > 0)
        for (int c = 0; c < PQnfields(res); ++c)
            row.push_back(valueAt(res, 0, c));
    PQclear(res);
    return row;
}

PgCopyWriter::PgCopyWriter(pg_conn *conn, qint64 batchId) : m_conn(conn), m_batchId(batchId) {}

PgCopyWriter::~PgCopyWriter()
{
    // Prepared statements outlive transactions: give their names back (a failed transaction refuses this, and the
    // names are unique to this writer anyway).
    if (PQtransactionStatus(m_conn) == PQTRANS_IDLE)
        for (const auto &[sql, name] : m_prepared)
            PQclear(PQexec(m_conn, ("DEALLOCATE " + name).c_str()));
}

Result<pg_result *> PgCopyWriter::run(const std::string &sql, const std::vector<Value> &params, const QString &what)
{
    auto it = m_prepared.find(sql);
    if (it == m_prepared.end()) {
        static QAtomicInteger<qint64> statements;
        const std::string name = "zhisuan_w" + std::to_string(statements.fetchAndAddRelaxed(1));
        PGresult *res = PQprepare(m_conn, name.c_str(), sql.c_str(), 0, nullptr);
        if (!succeeded(res)) {
            const Error e = serverError(m_conn, res, what);
            PQclear(res);
            return e;
        }
        PQclear(res);
        it = m_prepared.emplace(sql, name).first;
    }
    const Params p(params);
    PGresult *res = PQexecPrepared(m_conn, it->second.c_str(), int(params.size()), p.pointers.data(), p.lengths.data(), nullptr, 0);
    if (!succeeded(res)) {
        const Error e = serverError(m_conn, res, what);
        PQclear(res);
        return e;
    }
    return res;
}

Result<void> PgCopyWriter::savepoint()
{
    return command(m_conn, "SAVEPOINT zhisuan_row");
}

void PgCopyWriter::rollbackToSavepoint()
{
    PQclear(PQexec(m_conn, "ROLLBACK TO SAVEPOINT zhisuan_row; RELEASE SAVEPOINT zhisuan_row"));
}

Result<bool> PgCopyWriter::hasIdColumn(const std::string &table)
{
    if (auto it = m_hasId.find(table); it != m_hasId.end())
        return it->second;
    auto row = queryOnce(m_conn,
                         "SELECT 1 FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = $1 "
                         "AND column_name = 'id'",
                         {Value(QByteArray::fromStdString(table))});
    if (!row)
        return row.error();
    m_hasId[table] = !row.value().empty();
    return !row.value().empty();
}

Result<void> PgCopyWriter::exec(const char *sql, const std::vector<Value> &params)
{
    if (auto r = flushAll(); !r)
        return r.error();
    if (auto r = savepoint(); !r)
        return r.error();
    auto res = run(serverSql(sql), params, QString::fromUtf8(sql));
    if (!res) {
        rollbackToSavepoint();
        return res.error();
    }
    PQclear(res.value());
    return command(m_conn, "RELEASE SAVEPOINT zhisuan_row");
}

Result<std::vector<Value>> PgCopyWriter::queryRow(const char *sql, const std::vector<Value> &params)
{
    if (auto r = flushAll(); !r)
        return r.error();
    auto res = run(serverSql(sql), params, QString::fromUtf8(sql));
    if (!res)
        return res.error();
    std::vector<Value> row;
    if (PQntuples(res.value()) > 0)
        for (int c = 0; c < PQnfields(res.value()); ++c)
            row.push_back(valueAt(res.value(), 0, c));
    PQclear(res.value());
    return row;
}

PgCopyWriter::Shape *PgCopyWriter::shapeFor(const char *table, const std::vector<Cell> &key, const std::vector<Cell> &values, bool fill)
{
    // Only the cells that take part: absent ones (a file without the column) and, for parents, missing ones leave the
    // stored value (or the column's default) alone, as on SQLite.
    auto takesPart = [fill](const Cell &c) { return fill ? !isMissing(c.value) : !isAbsent(c.value); };
    m_shapeKey.assign(fill ? "F|" : "A|");
    m_shapeKey += table;
    m_shapeKey += '|';
    for (const Cell &c : key) {
        m_shapeKey += c.column;
        m_shapeKey += ',';
    }
    m_shapeKey += '|';
    for (const Cell &c : values) {
        if (!takesPart(c))
            continue;
        m_shapeKey += c.column;
        m_shapeKey += ',';
    }
    if (m_lastShape && m_shapeKey == m_lastShapeKey)
        return m_lastShape;
    auto &slot = m_shapes[m_shapeKey];
    if (!slot) {
        slot = std::make_unique<Shape>();
        slot->table = table;
        slot->fill = fill;
        for (const Cell &c : key)
            slot->keyColumns.emplace_back(c.column);
        for (const Cell &c : values)
            if (takesPart(c))
                slot->valueColumns.emplace_back(c.column);
        slot->stageTable = "zhisuan_stage_" + std::to_string(++m_stageCount);
    }
    m_lastShape = slot.get();
    m_lastShapeKey = m_shapeKey;
    return m_lastShape;
}

Result<PgCopyWriter::Outcome> PgCopyWriter::upsert(const char *table, const std::vector<Cell> &key,
                                                   const std::vector<Cell> &valuesIn, Mode mode, qint64 *rowId)
{
    // Writers of one main row per record (the bulk of every large file) are staged: their rows, and the parents they
    // imply, whose outcome they do not use. Everything else is written now.
    if (!m_chunking || rowId)
        return upsertNow(table, key, valuesIn, mode, rowId);
    const bool fill = mode == Mode::FillOnly;
    if (fill) {
        UpsertWriter::parentKey(m_parentKey, table, key, valuesIn);
        if (!m_parentsSeen.insert(m_parentKey).second)
            return Outcome::Unchanged;
    }
    Shape *shape = shapeFor(table, key, valuesIn, fill);
    Staged row{m_line, key, {}};
    row.values.reserve(shape->valueColumns.size());
    QByteArray &data = shape->copyData;
    data += QByteArray::number(m_line);
    for (const Cell &c : key) {
        data += '\t';
        appendCopyField(data, c.value);
    }
    for (const Cell &c : valuesIn) {
        if (fill ? isMissing(c.value) : isAbsent(c.value))
            continue;
        data += '\t';
        appendCopyField(data, c.value);
        row.values.push_back(c);
    }
    data += '\n';
    shape->rows.push_back(std::move(row));
    // A file of millions of rows is merged in slices: memory stays bounded, and each slice is one COPY.
    if (shape->rows.size() >= 100000)
        if (auto r = flush(*shape); !r)
            return r.error();
    return fill ? Outcome::Unchanged : Outcome::Inserted; // provisional: see finish()
}

Result<void> PgCopyWriter::flushFills()
{
    for (auto &[key, shape] : m_shapes)
        if (shape->fill)
            if (auto r = flush(*shape); !r)
                return r;
    return {};
}

Result<void> PgCopyWriter::flushAll()
{
    if (auto r = flushFills(); !r) // parents before the rows that refer to them
        return r;
    for (auto &[key, shape] : m_shapes)
        if (auto r = flush(*shape); !r)
            return r;
    return {};
}

Result<void> PgCopyWriter::flushTable(const std::string &table)
{
    for (auto &[key, shape] : m_shapes)
        if (shape->table == table)
            if (auto r = flush(*shape); !r)
                return r;
    return {};
}

Result<void> PgCopyWriter::flush(Shape &shape)
{
    if (shape.rows.empty())
        return {};
    if (!shape.fill)
        if (auto r = flushFills(); !r) // parents before the rows that refer to them
            return r;
    std::vector<Staged> rows;
    rows.swap(shape.rows);
    QByteArray data;
    data.swap(shape.copyData);
    const QString what = QString::fromStdString(shape.table);
    const std::string columns = joined(shape.keyColumns, "", ",") + (shape.valueColumns.empty() ? "" : ",") + joined(shape.valueColumns, "", ",");
    if (!shape.stageCreated) {
        // The staging table has the target's column types, so COPY parses each value as the table would.
        const std::string sql = "CREATE TEMP TABLE " + shape.stageTable + " ON COMMIT DROP AS SELECT 0::bigint AS zhisuan_line," + columns +
                                " FROM " + shape.table + " WITH NO DATA";
        if (auto r = command(m_conn, sql.c_str()); !r)
            return r;
        shape.stageCreated = true;
    }
    if (auto r = savepoint(); !r)
        return r;
    bool redo = false;
    Result<void> merged = [&]() -> Result<void> {
        const std::string copy = "COPY " + shape.stageTable + "(zhisuan_line," + columns + ") FROM STDIN";
        PGresult *res = PQexec(m_conn, copy.c_str());
        if (PQresultStatus(res) != PGRES_COPY_IN) {
            const Error e = serverError(m_conn, res, what);
            PQclear(res);
            return e;
        }
        PQclear(res);
        constexpr qsizetype kPiece = 1 << 20;
        bool sent = true;
        for (qsizetype at = 0; sent && at < data.size(); at += kPiece)
            sent = PQputCopyData(m_conn, data.constData() + at, int(std::min(kPiece, data.size() - at))) == 1;
        PQputCopyEnd(m_conn, sent ? nullptr : "the data could not be sent");
        Error copyError;
        bool ok = true;
        while (PGresult *r = PQgetResult(m_conn)) {
            if (PQresultStatus(r) != PGRES_COMMAND_OK && ok) {
                ok = false;
                copyError = serverError(m_conn, r, what);
            }
            PQclear(r);
        }
        if (!ok)
            return copyError;
        return shape.fill ? mergeFill(shape) : merge(shape, &redo);
    }();
    if (merged && !redo) {
        if (auto r = command(m_conn, ("TRUNCATE " + shape.stageTable).c_str()); !r)
            return r;
        return command(m_conn, "RELEASE SAVEPOINT zhisuan_row");
    }
    rollbackToSavepoint();
    if (PQstatus(m_conn) == CONNECTION_BAD)
        return merged ? Result<void>(serverError(m_conn, nullptr, what)) : merged;
    if (shape.fill) { // parents: their outcome counts for nothing, only their errors
        for (const Staged &row : rows) {
            m_line = row.line;
            if (auto outcome = upsertNow(shape.table.c_str(), row.key, row.values, Mode::FillOnly, nullptr, true); !outcome) {
                if (PQstatus(m_conn) == CONNECTION_BAD)
                    return outcome.error();
                m_corrections.errors.append({row.line, outcome.error()});
            }
        }
        return {};
    }
    // Rows that repeat a key, or a value or row the store refuses (a type, a constraint): each row alone gives its
    // true outcome and its error by line, as SQLite's writer does for a chunk.
    for (const Staged &row : rows) {
        m_line = row.line;
        auto outcome = upsertNow(shape.table.c_str(), row.key, row.values, Mode::Authoritative, nullptr, true);
        if (!outcome) {
            m_corrections.inserted -= 1;
            if (PQstatus(m_conn) == CONNECTION_BAD)
                return outcome.error();
            m_corrections.errors.append({row.line, outcome.error()});
            continue;
        }
        m_corrections.recount(outcome.value());
    }
    return {};
}

Result<void> PgCopyWriter::merge(Shape &shape, bool *redo)
{
    const QString what = QString::fromStdString(shape.table);
    const std::string &t = shape.table;
    const std::string &s = shape.stageTable;
    auto hasId = hasIdColumn(t);
    if (!hasId)
        return hasId.error();
    std::string on;
    for (size_t i = 0; i < shape.keyColumns.size(); ++i)
        on += (i ? " AND t." : "t.") + shape.keyColumns[i] + " = s." + shape.keyColumns[i];
    std::vector<std::string> differs;
    for (const std::string &c : shape.valueColumns)
        differs.push_back("t." + c + " IS DISTINCT FROM s." + c);
    const std::string anyDiffers = differs.empty() ? std::string("false") : '(' + joined(differs, "", " OR ") + ')';

    // 1. What the slice holds: repeated keys, rows this batch wrote already (both errors a row at a time names), and
    // how many rows exist and differ, column by column.
    std::string check = "SELECT (SELECT count(*) FROM " + s + "), (SELECT count(*) FROM (SELECT DISTINCT " +
                        joined(shape.keyColumns, "", ",") + " FROM " + s + ") d), count(*), count(*) FILTER (WHERE t.batch_id = $1::bigint), "
                        "count(*) FILTER (WHERE " + anyDiffers + ")";
    for (const std::string &d : differs)
        check += ", count(*) FILTER (WHERE " + d + ")";
    check += " FROM " + s + " s JOIN " + t + " t ON " + on;
    auto counts = run(check, {Value(m_batchId)}, what);
    if (!counts)
        return counts.error();
    auto number = [&](int column) { return std::strtoll(PQgetvalue(counts.value(), 0, column), nullptr, 10); };
    const qint64 total = number(0), distinct = number(1), existing = number(2), ours = number(3), changed = number(4);
    std::vector<qint64> changedBy;
    for (size_t i = 0; i < differs.size(); ++i)
        changedBy.push_back(number(int(5 + i)));
    PQclear(counts.value());
    if (distinct != total || ours > 0) {
        *redo = true;
        return {};
    }

    // 2. Remember what is overwritten (the changed columns' old values, as SQLite's writer keeps them), then update.
    if (changed > 0 && m_changes.size() < UpsertWriter::kMaxChanges) {
        // The first changed values for the report, row by row in the file's order: key, then per column whether it
        // changed, before and after.
        std::string list = "SELECT " + joined(shape.keyColumns, "s.", "::text,") + "::text";
        for (size_t i = 0; i < differs.size(); ++i)
            list += ", " + differs[i] + ", t." + shape.valueColumns[i] + "::text, s." + shape.valueColumns[i] + "::text";
        list += " FROM " + s + " s JOIN " + t + " t ON " + on + " WHERE " + anyDiffers + " ORDER BY s.zhisuan_line LIMIT " +
                std::to_string(UpsertWriter::kMaxChanges - m_changes.size());
        auto rows = run(list, {}, what);
        if (!rows)
            return rows.error();
        const int keys = int(shape.keyColumns.size());
        for (int r = 0; r < PQntuples(rows.value()) && m_changes.size() < UpsertWriter::kMaxChanges; ++r) {
            QStringList keyText;
            for (int k = 0; k < keys; ++k)
                keyText << QString::fromUtf8(PQgetvalue(rows.value(), r, k));
            for (size_t i = 0; i < differs.size(); ++i) {
                const int at = keys + int(i) * 3;
                if (QByteArrayView(PQgetvalue(rows.value(), r, at)) != "t")
                    continue;
                auto text = [&](int column) {
                    return PQgetisnull(rows.value(), r, column) ? QString() : QString::fromUtf8(PQgetvalue(rows.value(), r, column));
                };
                m_changes.append(ValueChange{what, keyText.join(QLatin1Char(' ')), QString::fromStdString(shape.valueColumns[i]),
                                             text(at + 1), text(at + 2)});
            }
        }
        PQclear(rows.value());
    }
    if (changed > 0) {
        std::string old = "jsonb_build_object()";
        for (size_t i = 0; i < differs.size(); ++i)
            old += " || CASE WHEN " + differs[i] + " THEN jsonb_build_object('" + shape.valueColumns[i] + "', t." +
                   shape.valueColumns[i] + ") ELSE '{}'::jsonb END";
        if (!hasId.value()) { // no id to find the row by: its key, which rollback reads
            old += " || jsonb_build_object('$key', jsonb_build_object(";
            for (size_t i = 0; i < shape.keyColumns.size(); ++i)
                old += (i ? ", '" : "'") + shape.keyColumns[i] + "', t." + shape.keyColumns[i];
            old += "))";
        }
        const std::string undo = "INSERT INTO import_undo(batch_id,seq,table_name,row_id,old_batch_id,old_values) "
                                 "SELECT $1::bigint, $2::bigint + row_number() OVER (ORDER BY s.zhisuan_line), $3::text, " +
                                 std::string(hasId.value() ? "t.id" : "0") + ", t.batch_id, (" + old + ")::text FROM " + s +
                                 " s JOIN " + t + " t ON " + on + " WHERE " + anyDiffers;
        auto res = run(undo, {Value(m_batchId), Value(m_undoSeq), Value(QByteArray::fromStdString(t))}, QStringLiteral("import_undo"));
        if (!res)
            return res.error();
        PQclear(res.value());
        m_undoSeq += changed;
        std::string update = "UPDATE " + t + " t SET ";
        for (const std::string &c : shape.valueColumns)
            update += c + " = s." + c + ", ";
        update += "batch_id = $1::bigint FROM " + s + " s WHERE " + on + " AND " + anyDiffers;
        res = run(update, {Value(m_batchId)}, what);
        if (!res)
            return res.error();
        PQclear(res.value());
    }

    // 3. The new rows, in the file's order (their ids are the insertion order, as SQLite's rowids are).
    if (total > existing) {
        const std::string columns = joined(shape.keyColumns, "", ",") + (shape.valueColumns.empty() ? "" : ",") + joined(shape.valueColumns, "", ",");
        const std::string insert = "INSERT INTO " + t + "(" + columns + ",batch_id) SELECT " + joined(shape.keyColumns, "s.", ",") +
                                   (shape.valueColumns.empty() ? "" : ",") + joined(shape.valueColumns, "s.", ",") + ", $1::bigint FROM " + s +
                                   " s WHERE NOT EXISTS (SELECT 1 FROM " + t + " t WHERE " + on + ") ORDER BY s.zhisuan_line";
        auto res = run(insert, {Value(m_batchId)}, what);
        if (!res)
            return res.error();
        PQclear(res.value());
    }
    m_corrections.inserted -= existing;
    m_corrections.updated += changed;
    m_corrections.unchanged += existing - changed;
    for (size_t i = 0; i < changedBy.size(); ++i)
        if (changedBy[i] > 0)
            m_changedColumns[shape.valueColumns[i]] += changedBy[i];
    return {};
}

// Implied parents: a key new to the store is inserted with the first values the file gives it; a stored row gets only
// its empty columns filled (the old NULLs kept in the undo log), as SQLite's writer does row by row.
Result<void> PgCopyWriter::mergeFill(Shape &shape)
{
    const QString what = QString::fromStdString(shape.table);
    const std::string &t = shape.table;
    auto hasId = hasIdColumn(t);
    if (!hasId)
        return hasId.error();
    std::string on;
    for (size_t i = 0; i < shape.keyColumns.size(); ++i)
        on += (i ? " AND t." : "t.") + shape.keyColumns[i] + " = f." + shape.keyColumns[i];
    const std::string first = "WITH f AS (SELECT DISTINCT ON (" + joined(shape.keyColumns, "", ",") + ") * FROM " + shape.stageTable +
                              " ORDER BY " + joined(shape.keyColumns, "", ",") + ", zhisuan_line) ";
    std::vector<std::string> empty;
    for (const std::string &c : shape.valueColumns)
        empty.push_back("t." + c + " IS NULL");
    if (!empty.empty()) {
        const std::string anyEmpty = '(' + joined(empty, "", " OR ") + ')';
        std::string old = "jsonb_build_object()";
        for (size_t i = 0; i < empty.size(); ++i)
            old += " || CASE WHEN " + empty[i] + " THEN jsonb_build_object('" + shape.valueColumns[i] + "', NULL) ELSE '{}'::jsonb END";
        if (!hasId.value()) {
            old += " || jsonb_build_object('$key', jsonb_build_object(";
            for (size_t i = 0; i < shape.keyColumns.size(); ++i)
                old += (i ? ", '" : "'") + shape.keyColumns[i] + "', t." + shape.keyColumns[i];
            old += "))";
        }
        const std::string undo = first + ", u AS (INSERT INTO import_undo(batch_id,seq,table_name,row_id,old_batch_id,old_values) "
                                 "SELECT $1::bigint, $2::bigint + row_number() OVER (ORDER BY f.zhisuan_line), $3::text, " +
                                 std::string(hasId.value() ? "t.id" : "0") + ", t.batch_id, (" + old + ")::text FROM f JOIN " + t + " t ON " + on +
                                 " WHERE " + anyEmpty + " RETURNING 1) SELECT count(*) FROM u";
        auto res = run(undo, {Value(m_batchId), Value(m_undoSeq), Value(QByteArray::fromStdString(t))}, QStringLiteral("import_undo"));
        if (!res)
            return res.error();
        const qint64 logged = std::strtoll(PQgetvalue(res.value(), 0, 0), nullptr, 10);
        PQclear(res.value());
        m_undoSeq += logged;
        if (logged > 0) {
            std::string update = first + "UPDATE " + t + " t SET ";
            for (const std::string &c : shape.valueColumns)
                update += c + " = COALESCE(t." + c + ", f." + c + "), ";
            update += "batch_id = $1::bigint FROM f WHERE " + on + " AND " + anyEmpty;
            res = run(update, {Value(m_batchId)}, what);
            if (!res)
                return res.error();
            PQclear(res.value());
        }
    }
    const std::string columns = joined(shape.keyColumns, "", ",") + (shape.valueColumns.empty() ? "" : ",") + joined(shape.valueColumns, "", ",");
    const std::string insert = first + "INSERT INTO " + t + "(" + columns + ",batch_id) SELECT " + joined(shape.keyColumns, "f.", ",") +
                               (shape.valueColumns.empty() ? "" : ",") + joined(shape.valueColumns, "f.", ",") + ", $1::bigint FROM f WHERE NOT EXISTS " +
                               "(SELECT 1 FROM " + t + " t WHERE " + on + ") ORDER BY f.zhisuan_line";
    auto res = run(insert, {Value(m_batchId)}, what);
    if (!res)
        return res.error();
    PQclear(res.value());
    return {};
}

Result<PgCopyWriter::Corrections> PgCopyWriter::finish()
{
    if (auto r = flushAll(); !r)
        return r.error();
    Corrections c = m_corrections;
    m_corrections = {};
    return c;
}

Result<PgCopyWriter::Outcome> PgCopyWriter::upsertNow(const char *table, const std::vector<Cell> &key,
                                                      const std::vector<Cell> &valuesIn, Mode mode, qint64 *rowId, bool redo)
{
    if (mode == Mode::FillOnly && !rowId && !redo) {
        UpsertWriter::parentKey(m_parentKey, table, key, valuesIn);
        if (m_parentsSeen.count(m_parentKey))
            return Outcome::Unchanged;
    }
    std::vector<const Cell *> values;
    for (const Cell &c : valuesIn)
        if (!isAbsent(c.value) && (mode == Mode::Authoritative || !isMissing(c.value)))
            values.push_back(&c);
    // Rows still waiting in a COPY buffer go in first: parents this row refers to, rows of its table it may repeat.
    if (!redo) {
        if (auto r = flushFills(); !r)
            return r.error();
        if (auto r = flushTable(table); !r)
            return r.error();
    }
    auto hasId = hasIdColumn(table);
    if (!hasId)
        return hasId.error();
    const QString what = QString::fromLatin1(table);

    std::string keyList, where;
    std::vector<Value> params;
    for (size_t i = 0; i < key.size(); ++i) {
        keyList += i ? "," : "";
        keyList += key[i].column;
        where += i ? " AND " : "";
        where += std::string(key[i].column) + "=$" + std::to_string(i + 1);
        params.push_back(key[i].value);
    }
    std::string insert = std::string("INSERT INTO ") + table + "(" + keyList;
    std::string placeholders;
    for (size_t i = 0; i < key.size() + values.size() + 1; ++i)
        placeholders += (i ? ",$" : "$") + std::to_string(i + 1);
    std::string select = hasId.value() ? "SELECT id,batch_id" : "SELECT 0,batch_id";
    for (const Cell *c : values) {
        insert += std::string(",") + c->column;
        select += std::string(",") + c->column;
        params.push_back(c->value);
    }
    insert += ",batch_id) VALUES(" + placeholders + ") ON CONFLICT(" + keyList + ") DO NOTHING RETURNING " +
              (hasId.value() ? "id" : "0");
    select += std::string(" FROM ") + table + " WHERE " + where;
    params.push_back(Value(m_batchId));

    if (auto r = savepoint(); !r)
        return r.error();
    auto fail = [this](const Error &e) -> Result<Outcome> {
        rollbackToSavepoint();
        return e;
    };
    auto release = [this](Outcome outcome) -> Result<Outcome> {
        if (auto r = command(m_conn, "RELEASE SAVEPOINT zhisuan_row"); !r)
            return r.error();
        return outcome;
    };

    // 1. Try to insert; a conflict on the natural key means the row exists.
    auto inserted = run(insert, params, what);
    if (!inserted)
        return fail(inserted.error());
    const bool isNew = PQntuples(inserted.value()) == 1;
    if (isNew && rowId)
        *rowId = std::strtoll(PQgetvalue(inserted.value(), 0, 0), nullptr, 10);
    PQclear(inserted.value());
    if (isNew) {
        if (mode == Mode::FillOnly && !rowId)
            m_parentsSeen.insert(m_parentKey);
        return release(Outcome::Inserted);
    }

    // 2. Compare with what is stored.
    std::vector<Value> keyValues(params.begin(), params.begin() + qsizetype(key.size()));
    auto stored = run(select, keyValues, what);
    if (!stored)
        return fail(stored.error());
    PGresult *row = stored.value();
    if (PQntuples(row) != 1) {
        PQclear(row);
        return fail(Error{QStringLiteral("sql"), QCoreApplication::translate("UpsertWriter", "the store refused the row (%1): %2")
                                                     .arg(what, QStringLiteral("ON CONFLICT without a row")), {}});
    }
    const qint64 id = std::strtoll(PQgetvalue(row, 0, 0), nullptr, 10);
    if (rowId)
        *rowId = id;
    QJsonObject old;
    bool changed = false;
    std::vector<const Cell *> written;
    for (size_t i = 0; i < values.size(); ++i) {
        // FillOnly (implicit parents) writes only into empty columns, as on SQLite.
        if (mode == Mode::FillOnly && !PQgetisnull(row, 0, int(i + 2)))
            continue;
        if (!sameValue(row, int(i + 2), values[i]->value)) {
            changed = true;
            old.insert(QString::fromLatin1(values[i]->column), jsonAt(row, int(i + 2)));
            if (mode == Mode::Authoritative) {
                ++m_changedColumns[values[i]->column];
                if (m_changes.size() < UpsertWriter::kMaxChanges) {
                    QStringList keyText;
                    for (const Cell &c : key)
                        keyText << valueToString(c.value);
                    m_changes.append(ValueChange{what, keyText.join(QLatin1Char(' ')), QString::fromLatin1(values[i]->column),
                                                 PQgetisnull(row, 0, int(i + 2)) ? QString() : QString::fromUtf8(PQgetvalue(row, 0, int(i + 2))),
                                                 valueToString(values[i]->value)});
                }
            }
        }
        written.push_back(values[i]);
    }
    const qint64 oldBatch = PQgetisnull(row, 0, 1) ? -1 : std::strtoll(PQgetvalue(row, 0, 1), nullptr, 10);
    PQclear(row);
    if (mode == Mode::Authoritative && oldBatch == m_batchId) {
        return fail(Error{QStringLiteral("duplicate"),
                          QCoreApplication::translate("UpsertWriter",
                                                      "expected each row once, found a second row with the same key "
                                                      "earlier in this file"),
                          what});
    }
    if (!changed) {
        if (mode == Mode::FillOnly && !rowId)
            m_parentsSeen.insert(m_parentKey);
        return release(Outcome::Unchanged);
    }

    // 3. Remember what is overwritten, then update the columns that take part.
    if (!hasId.value()) {
        QJsonObject keyObject;
        for (const Cell &c : key)
            keyObject.insert(QString::fromLatin1(c.column), valueToString(c.value));
        old.insert(QStringLiteral("$key"), keyObject);
    }
    const QByteArray oldJson = QJsonDocument(old).toJson(QJsonDocument::Compact);
    auto undo = run("INSERT INTO import_undo(batch_id,seq,table_name,row_id,old_batch_id,old_values) VALUES($1,$2,$3,$4,$5,$6)",
                    {Value(m_batchId), Value(++m_undoSeq), Value(QByteArray(table)), Value(id),
                     oldBatch < 0 ? Value() : Value(oldBatch), Value(oldJson)},
                    QStringLiteral("import_undo"));
    if (!undo)
        return fail(undo.error());
    PQclear(undo.value());
    std::string update = std::string("UPDATE ") + table + " SET ";
    std::vector<Value> updateParams;
    for (const Cell *c : written) {
        updateParams.push_back(c->value);
        update += std::string(c->column) + "=$" + std::to_string(updateParams.size()) + ",";
    }
    updateParams.push_back(Value(m_batchId));
    update += "batch_id=$" + std::to_string(updateParams.size());
    if (hasId.value()) {
        updateParams.push_back(Value(id));
        update += " WHERE id=$" + std::to_string(updateParams.size());
    } else {
        update += " WHERE ";
        for (size_t i = 0; i < key.size(); ++i) {
            updateParams.push_back(key[i].value);
            update += (i ? " AND " : "") + std::string(key[i].column) + "=$" + std::to_string(updateParams.size());
        }
    }
    auto updated = run(update, updateParams, what);
    if (!updated)
        return fail(updated.error());
    PQclear(updated.value());
    if (mode == Mode::FillOnly && !rowId)
        m_parentsSeen.insert(m_parentKey);
    return release(Outcome::Updated);
}

} // namespace zhisuan::db
