#include "sqliteupsertwriter.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

#include <sqlite3.h>

#include <algorithm>

namespace zhisuan::db {

namespace {

void bindValue(sqlite3_stmt *stmt, int index, const Value &value)
{
    if (const auto *i = std::get_if<qint64>(&value))
        sqlite3_bind_int64(stmt, index, *i);
    else if (const auto *d = std::get_if<double>(&value))
        sqlite3_bind_double(stmt, index, *d);
    else if (const auto *t = std::get_if<QByteArray>(&value))
        // SQLite copies the text: a bound value may come from a record whose buffer is reused before the
        // statement runs (chunked inserts), and copying costs less than proving every caller's lifetime.
        sqlite3_bind_text(stmt, index, t->constData(), int(t->size()), SQLITE_TRANSIENT);
    else
        sqlite3_bind_null(stmt, index);
}

bool sameValue(sqlite3_stmt *stmt, int column, const Value &value)
{
    const int type = sqlite3_column_type(stmt, column);
    if (const auto *i = std::get_if<qint64>(&value))
        return (type == SQLITE_INTEGER || type == SQLITE_FLOAT) && sqlite3_column_double(stmt, column) == double(*i);
    if (const auto *d = std::get_if<double>(&value))
        return (type == SQLITE_INTEGER || type == SQLITE_FLOAT) && sqlite3_column_double(stmt, column) == *d;
    if (const auto *t = std::get_if<QByteArray>(&value)) {
        if (type != SQLITE_TEXT)
            return false;
        const int n = sqlite3_column_bytes(stmt, column);
        return n == t->size() && memcmp(sqlite3_column_text(stmt, column), t->constData(), size_t(n)) == 0;
    }
    return type == SQLITE_NULL;
}

QJsonValue columnJson(sqlite3_stmt *stmt, int column)
{
    switch (sqlite3_column_type(stmt, column)) {
    case SQLITE_INTEGER:
        return QJsonValue(qint64(sqlite3_column_int64(stmt, column)));
    case SQLITE_FLOAT:
        return QJsonValue(sqlite3_column_double(stmt, column));
    case SQLITE_TEXT:
        return QJsonValue(QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(stmt, column)),
                                            sqlite3_column_bytes(stmt, column)));
    default:
        return QJsonValue(QJsonValue::Null);
    }
}

} // namespace

SqliteUpsertWriter::SqliteUpsertWriter(sqlite3 *db, qint64 batchId) : UpsertWriter(batchId), m_db(db) {}

SqliteUpsertWriter::~SqliteUpsertWriter()
{
    for (auto &[sql, stmt] : m_statements)
        sqlite3_finalize(stmt);
    for (auto &[sql, stmt] : m_chunkStatements)
        sqlite3_finalize(stmt);
}

Error SqliteUpsertWriter::error(const QString &what) const
{
    // The user reads this next to a file and line: say what is wrong with the row in their terms, and keep
    // SQLite's own words for the details.
    const QString why = QString::fromUtf8(sqlite3_errmsg(m_db));
    const int code = sqlite3_extended_errcode(m_db);
    const QString column = why.section(QLatin1Char(':'), 1).trimmed(); // "NOT NULL constraint failed: security.kind"
    QString message;
    switch (code) {
    case SQLITE_CONSTRAINT_NOTNULL:
        message = QCoreApplication::translate("UpsertWriter", "expected a value for “%1”, found none (the store needs one)")
                      .arg(column.section(QLatin1Char('.'), -1));
        break;
    case SQLITE_CONSTRAINT_CHECK:
        message = QCoreApplication::translate("UpsertWriter", "a value in this row is outside what the store accepts (%1)")
                      .arg(column);
        break;
    case SQLITE_CONSTRAINT_FOREIGNKEY:
        message = QCoreApplication::translate("UpsertWriter", "this row refers to something the store does not have (%1)").arg(what);
        break;
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        message = QCoreApplication::translate("UpsertWriter", "the store is busy: another program is writing to it; try again when it has finished");
        break;
    case SQLITE_FULL:
        message = QCoreApplication::translate("UpsertWriter", "the disk is full: nothing was imported; free some space and try again");
        break;
    case SQLITE_READONLY:
        message = QCoreApplication::translate("UpsertWriter", "the store is read-only: nothing was imported");
        break;
    default:
        message = QCoreApplication::translate("UpsertWriter", "the store refused the row (%1): %2").arg(what, why);
    }
    return Error{QStringLiteral("sql"), message, why};
}

sqlite3_stmt *SqliteUpsertWriter::statement(const std::string &sql)
{
    auto it = m_statements.find(sql);
    if (it != m_statements.end()) {
        sqlite3_reset(it->second);
        sqlite3_clear_bindings(it->second);
        return it->second;
    }
    sqlite3_stmt *stmt = nullptr;
    if (sqlite3_prepare_v3(m_db, sql.c_str(), int(sql.size()), SQLITE_PREPARE_PERSISTENT, &stmt, nullptr) != SQLITE_OK)
        return nullptr;
    m_statements.emplace(sql, stmt);
    return stmt;
}

Result<void> SqliteUpsertWriter::exec(const char *sql, const std::vector<Value> &params)
{
    sqlite3_stmt *stmt = statement(sql);
    if (!stmt)
        return error(QString::fromUtf8(sql));
    for (size_t i = 0; i < params.size(); ++i)
        bindValue(stmt, int(i + 1), params[i]);
    int rc;
    while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
    }
    if (rc != SQLITE_DONE)
        return error(QString::fromUtf8(sql));
    return {};
}

Result<std::vector<Value>> SqliteUpsertWriter::queryRow(const char *sql, const std::vector<Value> &params)
{
    sqlite3_stmt *stmt = statement(sql);
    if (!stmt)
        return error(QString::fromUtf8(sql));
    for (size_t i = 0; i < params.size(); ++i)
        bindValue(stmt, int(i + 1), params[i]);
    std::vector<Value> row;
    const int rc = sqlite3_step(stmt);
    if (rc == SQLITE_ROW) {
        for (int c = 0; c < sqlite3_column_count(stmt); ++c) {
            switch (sqlite3_column_type(stmt, c)) {
            case SQLITE_INTEGER:
                row.emplace_back(qint64(sqlite3_column_int64(stmt, c)));
                break;
            case SQLITE_FLOAT:
                row.emplace_back(sqlite3_column_double(stmt, c));
                break;
            case SQLITE_TEXT:
                row.emplace_back(QByteArray(reinterpret_cast<const char *>(sqlite3_column_text(stmt, c)),
                                            sqlite3_column_bytes(stmt, c)));
                break;
            default:
                row.emplace_back();
            }
        }
    } else if (rc != SQLITE_DONE) {
        return error(QString::fromUtf8(sql));
    }
    sqlite3_reset(stmt);
    return row;
}

SqliteUpsertWriter::Shape *SqliteUpsertWriter::shape(const char *table, const std::vector<Cell> &key,
                                         const std::vector<const Cell *> &values)
{
    m_shapeKey.clear();
    auto addPointer = [this](const void *p) { m_shapeKey.append(reinterpret_cast<const char *>(&p), sizeof p); };
    addPointer(table);
    for (const Cell &c : key)
        addPointer(c.column);
    m_shapeKey.push_back('|');
    for (const Cell *c : values)
        addPointer(c->column);
    if (m_lastShape && m_shapeKey == m_lastShapeKey)
        return m_lastShape;
    auto it = m_shapes.find(m_shapeKey);
    if (it != m_shapes.end()) {
        m_lastShapeKey = m_shapeKey;
        m_lastShape = &it->second;
        return m_lastShape;
    }

    std::string keyList, where;
    for (size_t i = 0; i < key.size(); ++i) {
        keyList += i ? "," : "";
        keyList += key[i].column;
        where += i ? " AND " : "";
        where += key[i].column;
        where += "=?";
    }
    std::string insert = std::string("INSERT INTO ") + table + "(" + keyList;
    std::string select = "SELECT rowid,batch_id";
    std::string update = std::string("UPDATE ") + table + " SET ";
    for (const Cell *c : values) {
        insert += ',';
        insert += c->column;
        select += ',';
        select += c->column;
        update += c->column;
        update += "=?,";
    }
    insert += ",batch_id) VALUES(";
    for (size_t i = 0; i < key.size() + values.size() + 1; ++i)
        insert += i ? ",?" : "?";
    insert += ") ON CONFLICT(" + keyList + ") DO NOTHING";
    select += std::string(" FROM ") + table + " WHERE " + where;
    update += "batch_id=? WHERE rowid=?";
    Shape shape{statement(insert), statement(select), statement(update)};
    if (!shape.insert || !shape.select || !shape.update)
        return nullptr;
    m_lastShapeKey = m_shapeKey;
    m_lastShape = &m_shapes.emplace(m_shapeKey, shape).first->second;
    return m_lastShape;
}

Result<UpsertWriter::Outcome> SqliteUpsertWriter::upsert(const char *table, const std::vector<Cell> &key,
                                                   const std::vector<Cell> &valuesIn, Mode mode, qint64 *rowId)
{
    if (!m_chunking || mode != Mode::Authoritative || rowId || m_flushing)
        return upsertNow(table, key, valuesIn, mode, rowId);
    // Fields the file has no column for take no part: the chunk's INSERT leaves them to the column defaults.
    const std::vector<Cell> *present = &valuesIn;
    if (std::any_of(valuesIn.begin(), valuesIn.end(), [](const Cell &c) { return isAbsent(c.value); })) {
        m_present.clear();
        for (const Cell &c : valuesIn)
            if (!isAbsent(c.value))
                m_present.push_back(c);
        present = &m_present;
    }
    const std::vector<Cell> &values = *present;
    // The shape of this row: table and the addresses of its column names (built in a reused buffer: this runs per row).
    std::string &shapeKey = m_rowShape;
    shapeKey.clear();
    auto add = [&](const void *p) { shapeKey.append(reinterpret_cast<const char *>(&p), sizeof p); };
    add(table);
    for (const Cell &c : key)
        add(c.column);
    for (const Cell &c : values)
        add(c.column);
    if (m_pendingCount > 0 && shapeKey != m_pendingShape)
        if (auto r = flush(); !r)
            return r.error();
    m_pendingTable = table;
    m_pendingShape = shapeKey;
    // The chunk's rows live in slots kept from one chunk to the next, so a row costs copies, not allocations.
    if (m_pending.size() == m_pendingCount)
        m_pending.emplace_back();
    Pending &slot = m_pending[m_pendingCount++];
    slot.line = m_line;
    slot.key.assign(key.begin(), key.end());
    slot.values.assign(values.begin(), values.end());
    if (int(m_pendingCount) >= kChunk)
        if (auto r = flush(); !r)
            return r.error();
    return Outcome::Inserted; // provisional: see finish()
}

Result<void> SqliteUpsertWriter::flush()
{
    if (m_pendingCount == 0)
        return {};
    const Pending &first = m_pending.front();
    const size_t n = m_pendingCount;
    // Chunks come one after the other with the same shape and size: the last one's statement is reused without
    // building its SQL (hundreds of characters) again.
    sqlite3_stmt *stmt = nullptr;
    if (m_chunkStatement && m_chunkStatementRows == n && m_chunkStatementShape == m_pendingShape) {
        stmt = m_chunkStatement;
        sqlite3_reset(stmt);
    } else {
        std::string sql = std::string("INSERT INTO ") + m_pendingTable + "(";
        std::string keyList;
        for (size_t i = 0; i < first.key.size(); ++i) {
            if (i)
                keyList += ',';
            keyList += first.key[i].column;
        }
        sql += keyList;
        for (const Cell &c : first.values)
            sql += std::string(",") + c.column;
        sql += ",batch_id) VALUES";
        const size_t perRow = first.key.size() + first.values.size() + 1;
        for (size_t r = 0; r < n; ++r) {
            sql += r ? ",(" : "(";
            for (size_t i = 0; i < perRow; ++i)
                sql += i ? ",?" : "?";
            sql += ")";
        }
        sql += " ON CONFLICT(" + keyList + ") DO NOTHING";
        sqlite3_stmt *&cached = m_chunkStatements[sql];
        if (!cached) {
            if (sqlite3_prepare_v3(m_db, sql.c_str(), int(sql.size()), SQLITE_PREPARE_PERSISTENT, &cached, nullptr) != SQLITE_OK)
                return error(QString::fromLatin1(m_pendingTable));
        } else {
            sqlite3_reset(cached);
        }
        stmt = cached;
        m_chunkStatement = stmt;
        m_chunkStatementRows = n;
        m_chunkStatementShape = m_pendingShape;
    }
    int p = 1;
    for (size_t r = 0; r < n; ++r) {
        const Pending &row = m_pending[r];
        for (const Cell &c : row.key)
            bindValue(stmt, p++, c.value);
        for (const Cell &c : row.values)
            bindValue(stmt, p++, c.value);
        sqlite3_bind_int64(stmt, p++, m_batchId);
    }
    // The savepoint's two statements are prepared once (sqlite3_exec would compile them twice per chunk).
    auto run = [this](sqlite3_stmt *&stmt, const char *sql) {
        if (!stmt)
            stmt = statement(sql);
        if (!stmt)
            return false;
        const int rc = sqlite3_step(stmt);
        sqlite3_reset(stmt);
        return rc == SQLITE_DONE;
    };
    if (!run(m_savepointStatement, "SAVEPOINT zhisuan_chunk"))
        return error(QStringLiteral("savepoint"));
    const int rc = sqlite3_step(stmt);
    sqlite3_reset(stmt);
    if (rc == SQLITE_DONE && size_t(sqlite3_changes(m_db)) == n) {
        if (!run(m_releaseStatement, "RELEASE zhisuan_chunk"))
            return error(QStringLiteral("savepoint"));
        m_pendingCount = 0;
        return {};
    }
    // Some rows exist already or repeat one another (or the store refused one): undo the chunk and take the rows
    // one by one, which gives each its true outcome and error.
    sqlite3_exec(m_db, "ROLLBACK TO zhisuan_chunk", nullptr, nullptr, nullptr);
    if (!run(m_releaseStatement, "RELEASE zhisuan_chunk"))
        return error(QStringLiteral("savepoint"));
    const std::vector<Pending> rows(m_pending.begin(), m_pending.begin() + std::ptrdiff_t(n));
    m_pendingCount = 0;
    m_flushing = true;
    for (const Pending &row : rows) {
        auto outcome = upsertNow(m_pendingTable, row.key, row.values, Mode::Authoritative, nullptr);
        if (!outcome) {
            m_corrections.inserted -= 1;
            m_corrections.errors.append({row.line, outcome.error()});
            continue;
        }
        m_corrections.recount(outcome.value());
    }
    m_flushing = false;
    return {};
}

Result<void> SqliteUpsertWriter::writePending()
{
    return flush();
}

// The stored row a new one met on its key: its id and batch, the values it had where the new row differs (for the
// undo log), and the cells to write over it (all of the row's for an authoritative write; for a fill, only those
// whose column is still empty).
struct SqliteUpsertWriter::StoredRow
{
    qint64 id = 0;
    qint64 oldBatch = -1;
    bool changed = false;
    QJsonObject old;
    std::vector<const Cell *> written;
};

Result<UpsertWriter::Outcome> SqliteUpsertWriter::upsertNow(const char *table, const std::vector<Cell> &key,
                                                            const std::vector<Cell> &valuesIn, Mode mode, qint64 *rowId)
{
    const bool impliedParent = mode == Mode::FillOnly && !rowId;
    if (impliedParent && parentSeen(table, key, valuesIn))
        return Outcome::Unchanged;
    std::vector<const Cell *> &values = m_values;
    values.clear();
    for (const Cell &c : valuesIn)
        if (!isAbsent(c.value) && (mode == Mode::Authoritative || !isMissing(c.value)))
            values.push_back(&c);

    // 1. Try to insert; a conflict on the natural key means the row exists.
    Shape *sh = shape(table, key, values);
    if (!sh)
        return error(QString::fromLatin1(table));
    auto inserted = insertNew(*sh, table, key, values, rowId);
    if (!inserted)
        return inserted.error();
    if (inserted.value()) {
        if (impliedParent)
            m_parentsSeen.insert(m_parentKey);
        return Outcome::Inserted;
    }

    // 2. Compare with what is stored.
    auto stored = compareWithStored(*sh, table, key, values, mode);
    if (!stored)
        return stored.error();
    const StoredRow &row = stored.value();
    if (rowId)
        *rowId = row.id;
    if (mode == Mode::Authoritative && row.oldBatch == m_batchId) {
        return Error{QStringLiteral("duplicate"),
                     QCoreApplication::translate("UpsertWriter",
                                                 "expected each row once, found a second row with the same key "
                                                 "earlier in this file"),
                     QString::fromLatin1(table)};
    }
    if (!row.changed) {
        if (impliedParent)
            m_parentsSeen.insert(m_parentKey);
        return Outcome::Unchanged;
    }

    // 3. Remember what is overwritten, then update the columns that take part.
    if (auto r = overwrite(*sh, table, key, values, row); !r)
        return r.error();
    if (impliedParent)
        m_parentsSeen.insert(m_parentKey);
    return Outcome::Updated;
}

// An implied parent this batch wrote (or found) before, by content; else its key waits in m_parentKey until it is.
bool SqliteUpsertWriter::parentSeen(const char *table, const std::vector<Cell> &key, const std::vector<Cell> &values)
{
    parentKey(m_parentKey, table, key, values);
    if (m_parentKey == m_lastParentKey || m_parentsSeen.count(m_parentKey)) {
        m_lastParentKey = m_parentKey;
        return true;
    }
    return false;
}

// The row as new: true when it was inserted (its id in `rowId`), false when its natural key is stored already.
Result<bool> SqliteUpsertWriter::insertNew(const Shape &sh, const char *table, const std::vector<Cell> &key,
                                           const std::vector<const Cell *> &values, qint64 *rowId)
{
    sqlite3_stmt *insert = sh.insert;
    sqlite3_reset(insert);
    int p = 1;
    for (const Cell &c : key)
        bindValue(insert, p++, c.value);
    for (const Cell *c : values)
        bindValue(insert, p++, c->value);
    sqlite3_bind_int64(insert, p, m_batchId);
    if (sqlite3_step(insert) != SQLITE_DONE)
        return error(QString::fromLatin1(table));
    if (sqlite3_changes(m_db) != 1)
        return false;
    if (rowId)
        *rowId = sqlite3_last_insert_rowid(m_db);
    return true;
}

// The stored row with `key`, compared column by column with `values`; an authoritative write counts and lists what
// it changes.
Result<SqliteUpsertWriter::StoredRow> SqliteUpsertWriter::compareWithStored(const Shape &sh, const char *table,
                                                                          const std::vector<Cell> &key,
                                                                          const std::vector<const Cell *> &values, Mode mode)
{
    sqlite3_stmt *select = sh.select;
    sqlite3_reset(select);
    int p = 1;
    for (const Cell &c : key)
        bindValue(select, p++, c.value);
    if (sqlite3_step(select) != SQLITE_ROW)
        return error(QString::fromLatin1(table));
    StoredRow row;
    row.id = sqlite3_column_int64(select, 0);
    for (size_t i = 0; i < values.size(); ++i) {
        const int column = int(i + 2);
        // FillOnly (implicit parents) writes only into empty columns: curated values are never clobbered
        // by what another file implies, which keeps re-imports idempotent.
        if (mode == Mode::FillOnly && sqlite3_column_type(select, column) != SQLITE_NULL)
            continue;
        if (!sameValue(select, column, values[i]->value)) {
            row.changed = true;
            row.old.insert(QString::fromLatin1(values[i]->column), columnJson(select, column));
            if (mode == Mode::Authoritative)
                noteChange(table, key, *values[i], sqlite3_column_text(select, column));
        }
        row.written.push_back(values[i]);
    }
    row.oldBatch = sqlite3_column_type(select, 1) == SQLITE_NULL ? -1 : sqlite3_column_int64(select, 1);
    sqlite3_reset(select);
    return row;
}

// One more stored row whose `cell.column` an authoritative write changes from `before` (SQLite's text of it).
void SqliteUpsertWriter::noteChange(const char *table, const std::vector<Cell> &key, const Cell &cell,
                                    const unsigned char *before)
{
    ++m_changedColumns[cell.column];
    if (m_changes.size() >= kMaxChanges)
        return;
    QStringList keyText;
    for (const Cell &c : key)
        keyText << valueToString(c.value);
    m_changes.append(ValueChange{QString::fromLatin1(table), keyText.join(QLatin1Char(' ')), QString::fromLatin1(cell.column),
                                 before ? QString::fromUtf8(reinterpret_cast<const char *>(before)) : QString(),
                                 valueToString(cell.value)});
}

// The stored row's old values to the undo log, then the new ones over them (only the columns in `row.written`).
Result<void> SqliteUpsertWriter::overwrite(const Shape &sh, const char *table, const std::vector<Cell> &key,
                                           const std::vector<const Cell *> &values, const StoredRow &row)
{
    const QByteArray oldJson = QJsonDocument(row.old).toJson(QJsonDocument::Compact);
    sqlite3_stmt *undo = statement("INSERT INTO import_undo(batch_id,seq,table_name,row_id,old_batch_id,old_values) "
                                   "VALUES(?,?,?,?,?,?)");
    if (!undo)
        return error(QStringLiteral("import_undo"));
    sqlite3_bind_int64(undo, 1, m_batchId);
    sqlite3_bind_int64(undo, 2, ++m_undoSeq);
    sqlite3_bind_text(undo, 3, table, -1, SQLITE_TRANSIENT);
    sqlite3_bind_int64(undo, 4, row.id);
    if (row.oldBatch < 0)
        sqlite3_bind_null(undo, 5);
    else
        sqlite3_bind_int64(undo, 5, row.oldBatch);
    sqlite3_bind_text(undo, 6, oldJson.constData(), int(oldJson.size()), SQLITE_TRANSIENT);
    if (sqlite3_step(undo) != SQLITE_DONE)
        return error(QStringLiteral("import_undo"));

    const Shape *updateShape = row.written.size() == values.size() ? &sh : shape(table, key, row.written);
    if (!updateShape)
        return error(QString::fromLatin1(table));
    sqlite3_stmt *update = updateShape->update;
    sqlite3_reset(update);
    int p = 1;
    for (const Cell *c : row.written)
        bindValue(update, p++, c->value);
    sqlite3_bind_int64(update, p++, m_batchId);
    sqlite3_bind_int64(update, p, row.id);
    if (sqlite3_step(update) != SQLITE_DONE)
        return error(QString::fromLatin1(table));
    return {};
}

} // namespace zhisuan::db
