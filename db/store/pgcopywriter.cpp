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
#include <charconv>
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

// A double's shortest text that reads back as the same double (std::to_chars): "9.9", where 17 significant digits
// said "9.9000000000000004". Formatting those 17 digits was a sixth of an import's client time, and the server
// parsed the longer text again.
void appendDouble(QByteArray &out, double d)
{
    char digits[32];
    const auto r = std::to_chars(digits, digits + sizeof digits, d);
    out.append(digits, r.ptr - digits);
}

// A value as libpq's text format reads it back exactly.
bool textOf(const Value &v, QByteArray &out)
{
    if (const auto *i = std::get_if<qint64>(&v)) {
        out = QByteArray::number(*i);
    } else if (const auto *d = std::get_if<double>(&v)) {
        out.clear();
        appendDouble(out, *d);
    } else if (const auto *t = std::get_if<QByteArray>(&v)) {
        out = *t;
    } else {
        return false;
    }
    return true;
}

// COPY's text format: tab-separated, \N for null, backslash escapes for the separators.
void appendCopyField(QByteArray &out, const Value &v)
{
    if (const auto *t = std::get_if<QByteArray>(&v)) {
        PgCopyWriter::copyText(out, t->constData(), t->size());
        return;
    }
    if (const auto *d = std::get_if<double>(&v)) {
        appendDouble(out, *d);
        return;
    }
    if (const auto *i = std::get_if<qint64>(&v)) {
        char digits[24];
        const auto r = std::to_chars(digits, digits + sizeof digits, *i);
        out.append(digits, r.ptr - digits);
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


} // namespace

// The user reads this next to a file and line, as they read the SQLite writer's (the same words, translated once).
Error PgCopyWriter::serverError(pg_conn *conn, const PGresult *res, const QString &what)
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

std::string PgCopyWriter::joined(const std::vector<std::string> &names, const char *prefix, const char *separator)
{
    std::string out;
    for (size_t i = 0; i < names.size(); ++i) {
        if (i)
            out += separator;
        out += prefix + names[i];
    }
    return out;
}

void PgCopyWriter::copyText(QByteArray &out, const char *text, qsizetype size)
{
    // Runs without a character to escape (a code, a date: nearly every text) go in whole.
    qsizetype plain = 0;
    while (plain < size && text[plain] != '\\' && text[plain] != '\t' && text[plain] != '\n' && text[plain] != '\r')
        ++plain;
    out.append(text, plain);
    for (qsizetype i = plain; i < size; ++i) {
        switch (text[i]) {
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
            out += text[i];
        }
    }
}

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

PgCopyWriter::PgCopyWriter(pg_conn *conn, qint64 batchId) : UpsertWriter(batchId), m_conn(conn) {}

PgCopyWriter::~PgCopyWriter()
{
    if (m_pending) // a COPY still running on the connection ends before anything else uses it (its outcome: the caller's rollback)
        (void)m_pending->done.get();
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

Result<bool> PgCopyWriter::findsById(const std::string &table)
{
    if (auto it = m_byId.find(table); it != m_byId.end())
        return it->second;
    // An id column with a unique index of its own: daily_bar's id has none on the team store (schema 14), so its rows
    // are named by key in the undo log, as a security's are.
    auto row = queryOnce(m_conn,
                         "SELECT 1 FROM pg_index i JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = i.indkey[0] "
                         "WHERE i.indrelid = to_regclass(quote_ident($1)) AND i.indisunique AND i.indnatts = 1 AND a.attname = 'id'",
                         {Value(QByteArray::fromStdString(table))});
    if (!row)
        return row.error();
    m_byId[table] = !row.value().empty();
    return !row.value().empty();
}

Result<void> PgCopyWriter::exec(const char *sql, const std::vector<Value> &params)
{
    if (auto r = settle(); !r)
        return r;
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
    if (auto r = settle(); !r)
        return r.error();
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
        slot->rows.keys = slot->keyColumns.size();
        slot->rows.stride = slot->keyColumns.size() + slot->valueColumns.size();
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
    Staged &rows = shape->rows;
    rows.lines.push_back(m_line);
    rows.cells.insert(rows.cells.end(), key.begin(), key.end());
    for (const Cell &c : valuesIn)
        if (!(fill ? isMissing(c.value) : isAbsent(c.value)))
            rows.cells.push_back(c);
    // A file of millions of rows is merged in slices: memory stays bounded, and each slice is one COPY. The first are
    // small (8,192 rows, then twice as many each time up to kMaxSliceRows), so that the server starts writing while the
    // rest of the file is read rather than after the first slice.
    if (shape->rows.size() >= shape->sliceRows)
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

Result<void> PgCopyWriter::writePending()
{
    if (auto r = flushAll(); !r)
        return r;
    return settle();
}

// A row's statements on the row-by-row path: the INSERT that takes it when its key is new, and the SELECT of the
// stored row (id, batch_id, then `values`' columns) when it is not.
struct PgCopyWriter::RowStatements
{
    std::string insert;
    std::string select;
    std::vector<Value> params; // the key's values, `values`' values, the batch id
};

// The stored row a new one met on its key, and what writing the new one over it changes.
struct PgCopyWriter::StoredRow
{
    qint64 id = 0;
    qint64 oldBatch = -1;
    bool changed = false;
    QJsonObject old;                   // the values it overwrites, for import_undo
    std::vector<const Cell *> written; // the columns the update writes
};

PgCopyWriter::RowStatements PgCopyWriter::rowStatements(const char *table, const std::vector<Cell> &key,
                                                        const std::vector<const Cell *> &values, bool byId)
{
    RowStatements st;
    std::string keyList, where;
    for (size_t i = 0; i < key.size(); ++i) {
        keyList += i ? "," : "";
        keyList += key[i].column;
        where += i ? " AND " : "";
        where += std::string(key[i].column) + "=$" + std::to_string(i + 1);
        st.params.push_back(key[i].value);
    }
    st.insert = std::string("INSERT INTO ") + table + "(" + keyList;
    std::string placeholders;
    for (size_t i = 0; i < key.size() + values.size() + 1; ++i)
        placeholders += (i ? ",$" : "$") + std::to_string(i + 1);
    st.select = byId ? "SELECT id,batch_id" : "SELECT 0,batch_id";
    for (const Cell *c : values) {
        st.insert += std::string(",") + c->column;
        st.select += std::string(",") + c->column;
        st.params.push_back(c->value);
    }
    st.insert += ",batch_id) VALUES(" + placeholders + ") ON CONFLICT(" + keyList + ") DO NOTHING RETURNING " + (byId ? "id" : "0");
    st.select += std::string(" FROM ") + table + " WHERE " + where;
    st.params.push_back(Value(m_batchId));
    return st;
}

// Reads the stored row and compares it with `values`: FillOnly (implicit parents) writes only into empty columns, as
// on SQLite; an authoritative write counts each changed column and keeps the first changes to show the user.
Result<PgCopyWriter::StoredRow> PgCopyWriter::compareWithStored(const char *table, const std::vector<Cell> &key,
                                                               const std::vector<const Cell *> &values, Mode mode,
                                                               const RowStatements &st)
{
    const QString what = QString::fromLatin1(table);
    std::vector<Value> keyValues(st.params.begin(), st.params.begin() + qsizetype(key.size()));
    auto stored = run(st.select, keyValues, what);
    if (!stored)
        return stored.error();
    PGresult *row = stored.value();
    if (PQntuples(row) != 1) {
        PQclear(row);
        return Error{QStringLiteral("sql"), QCoreApplication::translate("UpsertWriter", "the store refused the row (%1): %2")
                                                .arg(what, QStringLiteral("ON CONFLICT without a row")), {}};
    }
    StoredRow result;
    result.id = std::strtoll(PQgetvalue(row, 0, 0), nullptr, 10);
    for (size_t i = 0; i < values.size(); ++i) {
        const int column = int(i + 2);
        if (mode == Mode::FillOnly && !PQgetisnull(row, 0, column))
            continue;
        if (!sameValue(row, column, values[i]->value)) {
            result.changed = true;
            result.old.insert(QString::fromLatin1(values[i]->column), jsonAt(row, column));
            if (mode == Mode::Authoritative) {
                ++m_changedColumns[values[i]->column];
                if (m_changes.size() < UpsertWriter::kMaxChanges) {
                    QStringList keyText;
                    for (const Cell &c : key)
                        keyText << valueToString(c.value);
                    m_changes.append(ValueChange{what, keyText.join(QLatin1Char(' ')), QString::fromLatin1(values[i]->column),
                                                 PQgetisnull(row, 0, column) ? QString() : QString::fromUtf8(PQgetvalue(row, 0, column)),
                                                 valueToString(values[i]->value)});
                }
            }
        }
        result.written.push_back(values[i]);
    }
    result.oldBatch = PQgetisnull(row, 0, 1) ? -1 : std::strtoll(PQgetvalue(row, 0, 1), nullptr, 10);
    PQclear(row);
    return result;
}

// Remembers what is overwritten (import_undo; a row not found by id is named by its key), then updates the columns
// that take part.
Result<void> PgCopyWriter::overwrite(const char *table, const std::vector<Cell> &key, const StoredRow &row, bool byId)
{
    QJsonObject old = row.old;
    if (!byId) {
        QJsonObject keyObject;
        for (const Cell &c : key)
            keyObject.insert(QString::fromLatin1(c.column), valueToString(c.value));
        old.insert(QStringLiteral("$key"), keyObject);
    }
    const QByteArray oldJson = QJsonDocument(old).toJson(QJsonDocument::Compact);
    auto undo = run("INSERT INTO import_undo(batch_id,seq,table_name,row_id,old_batch_id,old_values) VALUES($1,$2,$3,$4,$5,$6)",
                    {Value(m_batchId), Value(++m_undoSeq), Value(QByteArray(table)), Value(row.id),
                     row.oldBatch < 0 ? Value() : Value(row.oldBatch), Value(oldJson)},
                    QStringLiteral("import_undo"));
    if (!undo)
        return undo.error();
    PQclear(undo.value());
    std::string update = std::string("UPDATE ") + table + " SET ";
    std::vector<Value> params;
    for (const Cell *c : row.written) {
        params.push_back(c->value);
        update += std::string(c->column) + "=$" + std::to_string(params.size()) + ",";
    }
    params.push_back(Value(m_batchId));
    update += "batch_id=$" + std::to_string(params.size());
    if (byId) {
        params.push_back(Value(row.id));
        update += " WHERE id=$" + std::to_string(params.size());
    } else {
        update += " WHERE ";
        for (size_t i = 0; i < key.size(); ++i) {
            params.push_back(key[i].value);
            update += (i ? " AND " : "") + std::string(key[i].column) + "=$" + std::to_string(params.size());
        }
    }
    auto updated = run(update, params, QString::fromLatin1(table));
    if (!updated)
        return updated.error();
    PQclear(updated.value());
    return {};
}

Result<PgCopyWriter::Outcome> PgCopyWriter::upsertNow(const char *table, const std::vector<Cell> &key,
                                                      const std::vector<Cell> &valuesIn, Mode mode, qint64 *rowId, bool redo)
{
    // An implied parent (FillOnly) seen already in this import is not written again.
    const bool parent = mode == Mode::FillOnly && !rowId;
    if (parent && !redo) {
        UpsertWriter::parentKey(m_parentKey, table, key, valuesIn);
        if (m_parentsSeen.count(m_parentKey))
            return Outcome::Unchanged;
    }
    std::vector<const Cell *> values;
    for (const Cell &c : valuesIn)
        if (!isAbsent(c.value) && (mode == Mode::Authoritative || !isMissing(c.value)))
            values.push_back(&c);
    if (auto r = settle(); !r)
        return r.error();
    // Rows still waiting in a COPY buffer go in first: parents this row refers to, rows of its table it may repeat.
    if (!redo) {
        if (auto r = flushFills(); !r)
            return r.error();
        if (auto r = flushTable(table); !r)
            return r.error();
    }
    auto byId = findsById(table);
    if (!byId)
        return byId.error();
    const RowStatements st = rowStatements(table, key, values, byId.value());

    if (auto r = savepoint(); !r)
        return r.error();
    auto fail = [this](const Error &e) -> Result<Outcome> {
        rollbackToSavepoint();
        return e;
    };
    auto release = [this, parent](Outcome outcome) -> Result<Outcome> {
        if (auto r = command(m_conn, "RELEASE SAVEPOINT zhisuan_row"); !r)
            return r.error();
        if (parent)
            m_parentsSeen.insert(m_parentKey);
        return outcome;
    };

    // 1. Try to insert; a conflict on the natural key means the row exists.
    auto inserted = run(st.insert, st.params, QString::fromLatin1(table));
    if (!inserted)
        return fail(inserted.error());
    const bool isNew = PQntuples(inserted.value()) == 1;
    if (isNew && rowId)
        *rowId = std::strtoll(PQgetvalue(inserted.value(), 0, 0), nullptr, 10);
    PQclear(inserted.value());
    if (isNew)
        return release(Outcome::Inserted);

    // 2. Compare with what is stored.
    auto stored = compareWithStored(table, key, values, mode, st);
    if (!stored)
        return fail(stored.error());
    if (rowId)
        *rowId = stored.value().id;
    if (mode == Mode::Authoritative && stored.value().oldBatch == m_batchId) {
        return fail(Error{QStringLiteral("duplicate"),
                          QCoreApplication::translate("UpsertWriter",
                                                      "expected each row once, found a second row with the same key "
                                                      "earlier in this file"),
                          QString::fromLatin1(table)});
    }
    if (!stored.value().changed)
        return release(Outcome::Unchanged);

    // 3. Remember what is overwritten, then update.
    if (auto r = overwrite(table, key, stored.value(), byId.value()); !r)
        return fail(r.error());
    return release(Outcome::Updated);
}

} // namespace zhisuan::db
