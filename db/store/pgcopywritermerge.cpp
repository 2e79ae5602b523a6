// PgCopyWriter's staging and merging (split from pgcopywriter.cpp, which keeps the connection helpers, the row-by-row
// path and the buffering): the rows of one upsert shape go by COPY into a temporary staging table with the target's
// column types, and a few statements per slice merge them into the table (rows that differ updated, with what they
// overwrite recorded in import_undo; new keys inserted). A slice the merge refuses is redone row by row (upsertNow),
// so that the error names its line.

#include "pgcopywriter.h"

#include "pgcopybinary.h"

#include <QCoreApplication>
#include <QStringList>

#include <libpq-fe.h>

#include <algorithm>
#include <cstdlib>
#include <future>
#include <utility>

namespace zhisuan::db {

std::vector<Cell> PgCopyWriter::Staged::key(size_t row) const
{
    const auto first = cells.begin() + qsizetype(row * stride);
    return std::vector<Cell>(first, first + qsizetype(keys));
}

std::vector<Cell> PgCopyWriter::Staged::values(size_t row) const
{
    const auto first = cells.begin() + qsizetype(row * stride);
    return std::vector<Cell>(first + qsizetype(keys), first + qsizetype(stride));
}

QByteArray PgCopyWriter::Staged::text(bool withLines, qint64 batchId) const
{
    QByteArray out;
    out.reserve(qsizetype(size() * (stride * 10 + 16)));
    const QByteArray batch = batchId >= 0 ? QByteArray::number(batchId) : QByteArray();
    for (size_t r = 0; r < size(); ++r) {
        if (withLines)
            out += QByteArray::number(lines[r]) + '\t';
        for (size_t c = 0; c < stride; ++c) {
            if (c)
                out += '\t';
            copyField(out, cells[r * stride + c].value);
        }
        if (batchId >= 0)
            out += '\t' + batch;
        out += '\n';
    }
    return out;
}

Result<void> PgCopyWriter::flush(Shape &shape)
{
    if (auto r = settle(); !r)
        return r;
    if (shape.rows.empty())
        return {};
    if (!shape.fill)
        if (auto r = flushFills(); !r) // parents before the rows that refer to them
            return r;
    Staged rows = std::move(shape.rows);
    shape.sliceRows = std::min(shape.sliceRows * 2, kMaxSliceRows);
    shape.rows = Staged{};
    shape.rows.keys = rows.keys;
    shape.rows.stride = rows.stride;
    shape.rows.lines.reserve(shape.sliceRows);
    shape.rows.cells.reserve(shape.sliceRows * rows.stride);
    const std::string columns = joined(shape.keyColumns, "", ",") + (shape.valueColumns.empty() ? "" : ",") + joined(shape.valueColumns, "", ",");
    if (!shape.fill && shape.straightIn)
        return startStraightIn(shape, columns, std::move(rows));
    return stageAndMerge(shape, columns, rows, rows.text(true, -1));
}

// A slice whose keys are all new to the table (a new week's quotes, a backfill: the bulk of every large import) goes
// straight into it by one COPY, as `psql \copy` would, with the batch id on each row: the table's unique key refuses
// a key it holds or one the slice repeats, its types and constraints refuse a bad value. The COPY runs on a second
// thread while this one reads the next slice (the connection is that thread's until settle()). A refusal rolls the
// COPY back and the slice goes the staging way, which finds stored rows, merges them and names the line of a bad one;
// so do the shape's next slices (a file that met stored keys once likely meets them again).
Result<void> PgCopyWriter::startStraightIn(Shape &shape, const std::string &columns, Staged rows)
{
    if (auto r = binaryTypes(shape); !r)
        return r;
    if (auto r = savepoint(); !r)
        return r;
    auto pending = std::make_unique<PendingCopy>();
    pending->shape = &shape;
    pending->columns = columns;
    pending->rows = std::move(rows);
    const QByteArray copy = QByteArray::fromStdString("COPY " + shape.table + "(" + columns + ",batch_id) FROM STDIN");
    pending->done = std::async(std::launch::async, [conn = m_conn, copy, rows = &pending->rows,
                                                    types = shape.binaryTypes, batchId = m_batchId]() -> Result<void> {
        // In COPY's binary format where every value fits its column's (the rows stay the pending copy's until
        // settle()), written a piece at a time while the server reads the previous one.
        if (!types.empty() && PgCopyBinary::fits(rows->cells, rows->stride, rows->size(), types)) {
            constexpr size_t kPiece = 8192;
            size_t at = 0;
            return copyIn(conn, copy + " WITH (FORMAT binary)", [&](QByteArray &out) -> Result<bool> {
                if (at == 0)
                    PgCopyBinary::appendHeader(out);
                const size_t to = std::min(at + kPiece, rows->size());
                PgCopyBinary::appendRows(rows->cells, rows->stride, at, to, types, batchId, out);
                at = to;
                if (at < rows->size())
                    return true;
                PgCopyBinary::appendTrailer(out);
                return false;
            });
        }
        // Else as text, each row ending in the batch id.
        bool sent = false;
        return copyIn(conn, copy, [&](QByteArray &out) -> Result<bool> {
            if (!std::exchange(sent, true))
                out = rows->text(false, batchId);
            return false;
        });
    });
    m_pending = std::move(pending);
    return {};
}

// The types of the shape's columns and batch_id, once, for COPY's binary format; left empty when one of them is not a
// type PgCopyBinary encodes (the shape's rows then go as text).
Result<void> PgCopyWriter::binaryTypes(Shape &shape)
{
    if (shape.typesRead)
        return {};
    auto res = run("SELECT attname, atttypid FROM pg_attribute WHERE attrelid = to_regclass(quote_ident($1)) AND attnum > 0 "
                   "AND NOT attisdropped",
                   {Value(QByteArray::fromStdString(shape.table))}, QString::fromStdString(shape.table));
    if (!res)
        return res.error();
    std::map<std::string, unsigned> typeOf;
    for (int r = 0; r < PQntuples(res.value()); ++r)
        typeOf[PQgetvalue(res.value(), r, 0)] = unsigned(std::strtoul(PQgetvalue(res.value(), r, 1), nullptr, 10));
    PQclear(res.value());
    shape.typesRead = true;
    std::vector<unsigned> types;
    for (const std::vector<std::string> *names : {&shape.keyColumns, &shape.valueColumns})
        for (const std::string &name : *names)
            types.push_back(typeOf.count(name) ? typeOf[name] : 0);
    types.push_back(typeOf.count("batch_id") ? typeOf["batch_id"] : 0);
    if (std::all_of(types.begin(), types.end(), PgCopyBinary::encodes) && types.back() == 20) // batch_id: bigint
        shape.binaryTypes = std::move(types);
    return {};
}

// Waits for the COPY startStraightIn began: kept when it went in, else rolled back and its slice staged instead.
Result<void> PgCopyWriter::settle()
{
    if (!m_pending)
        return {};
    const std::unique_ptr<PendingCopy> pending = std::move(m_pending);
    const Result<void> copied = pending->done.get();
    if (copied)
        return command(m_conn, "RELEASE SAVEPOINT zhisuan_row");
    rollbackToSavepoint();
    if (PQstatus(m_conn) == CONNECTION_BAD)
        return copied;
    pending->shape->straightIn = false;
    return stageAndMerge(*pending->shape, pending->columns, pending->rows, pending->rows.text(true, -1));
}

// COPY into the shape's staging table, then merge (or, for parents, fill); a slice the merge refuses is redone row by
// row, so that each error names its line.
Result<void> PgCopyWriter::stageAndMerge(Shape &shape, const std::string &columns, const Staged &rows, const QByteArray &data)
{
    const QString what = QString::fromStdString(shape.table);
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
        for (size_t i = 0; i < rows.size(); ++i) {
            m_line = rows.lines[i];
            if (auto outcome = upsertNow(shape.table.c_str(), rows.key(i), rows.values(i), Mode::FillOnly, nullptr, true); !outcome) {
                if (PQstatus(m_conn) == CONNECTION_BAD)
                    return outcome.error();
                m_corrections.errors.append({rows.lines[i], outcome.error()});
            }
        }
        return {};
    }
    // Rows that repeat a key, or a value or row the store refuses (a type, a constraint): each row alone gives its
    // true outcome and its error by line, as SQLite's writer does for a chunk.
    for (size_t i = 0; i < rows.size(); ++i) {
        m_line = rows.lines[i];
        auto outcome = upsertNow(shape.table.c_str(), rows.key(i), rows.values(i), Mode::Authoritative, nullptr, true);
        if (!outcome) {
            m_corrections.inserted -= 1;
            if (PQstatus(m_conn) == CONNECTION_BAD)
                return outcome.error();
            m_corrections.errors.append({rows.lines[i], outcome.error()});
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
    auto byId = findsById(t);
    if (!byId)
        return byId.error();
    MergeSql sql;
    for (size_t i = 0; i < shape.keyColumns.size(); ++i)
        sql.on += (i ? " AND t." : "t.") + shape.keyColumns[i] + " = s." + shape.keyColumns[i];
    for (const std::string &c : shape.valueColumns)
        sql.differs.push_back("t." + c + " IS DISTINCT FROM s." + c);
    sql.anyDiffers = sql.differs.empty() ? std::string("false") : '(' + joined(sql.differs, "", " OR ") + ')';
    const std::string &on = sql.on;
    const std::vector<std::string> &differs = sql.differs;
    const std::string &anyDiffers = sql.anyDiffers;

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
    if (changed > 0 && m_changes.size() < UpsertWriter::kMaxChanges)
        if (auto listed = listChanges(shape, sql); !listed)
            return listed;
    if (changed > 0)
        if (auto written = overwriteChanged(shape, sql, byId.value(), changed); !written)
            return written;

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

// The first changed values for the report, row by row in the file's order: key, then per column whether it changed,
// before and after.
Result<void> PgCopyWriter::listChanges(const Shape &shape, const MergeSql &sql)
{
    const QString what = QString::fromStdString(shape.table);
    const std::string &t = shape.table;
    const std::string &s = shape.stageTable;
    std::string list = "SELECT " + joined(shape.keyColumns, "s.", "::text,") + "::text";
    for (size_t i = 0; i < sql.differs.size(); ++i)
        list += ", " + sql.differs[i] + ", t." + shape.valueColumns[i] + "::text, s." + shape.valueColumns[i] + "::text";
    list += " FROM " + s + " s JOIN " + t + " t ON " + sql.on + " WHERE " + sql.anyDiffers + " ORDER BY s.zhisuan_line LIMIT " +
            std::to_string(UpsertWriter::kMaxChanges - m_changes.size());
    auto rows = run(list, {}, what);
    if (!rows)
        return rows.error();
    const int keys = int(shape.keyColumns.size());
    for (int r = 0; r < PQntuples(rows.value()) && m_changes.size() < UpsertWriter::kMaxChanges; ++r) {
        QStringList keyText;
        for (int k = 0; k < keys; ++k)
            keyText << QString::fromUtf8(PQgetvalue(rows.value(), r, k));
        for (size_t i = 0; i < sql.differs.size(); ++i) {
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
    return {};
}

// The stored rows the slice changes: their changed columns' old values to the undo log (as SQLite's writer keeps them),
// then the new values over them.
Result<void> PgCopyWriter::overwriteChanged(const Shape &shape, const MergeSql &sql, bool byId, qint64 changed)
{
    const QString what = QString::fromStdString(shape.table);
    const std::string &t = shape.table;
    const std::string &s = shape.stageTable;
    std::string old = "jsonb_build_object()";
    for (size_t i = 0; i < sql.differs.size(); ++i)
        old += " || CASE WHEN " + sql.differs[i] + " THEN jsonb_build_object('" + shape.valueColumns[i] + "', t." +
               shape.valueColumns[i] + ") ELSE '{}'::jsonb END";
    if (!byId) { // no id to find the row by: its key, which rollback reads
        old += " || jsonb_build_object('$key', jsonb_build_object(";
        for (size_t i = 0; i < shape.keyColumns.size(); ++i)
            old += (i ? ", '" : "'") + shape.keyColumns[i] + "', t." + shape.keyColumns[i];
        old += "))";
    }
    const std::string undo = "INSERT INTO import_undo(batch_id,seq,table_name,row_id,old_batch_id,old_values) "
                             "SELECT $1::bigint, $2::bigint + row_number() OVER (ORDER BY s.zhisuan_line), $3::text, " +
                             std::string(byId ? "t.id" : "0") + ", t.batch_id, (" + old + ")::text FROM " + s +
                             " s JOIN " + t + " t ON " + sql.on + " WHERE " + sql.anyDiffers;
    auto res = run(undo, {Value(m_batchId), Value(m_undoSeq), Value(QByteArray::fromStdString(t))}, QStringLiteral("import_undo"));
    if (!res)
        return res.error();
    PQclear(res.value());
    m_undoSeq += changed;
    std::string update = "UPDATE " + t + " t SET ";
    for (const std::string &c : shape.valueColumns)
        update += c + " = s." + c + ", ";
    update += "batch_id = $1::bigint FROM " + s + " s WHERE " + sql.on + " AND " + sql.anyDiffers;
    res = run(update, {Value(m_batchId)}, what);
    if (!res)
        return res.error();
    PQclear(res.value());
    return {};
}

// Implied parents: a key new to the store is inserted with the first values the file gives it; a stored row gets only
// its empty columns filled (the old NULLs kept in the undo log), as SQLite's writer does row by row.
Result<void> PgCopyWriter::mergeFill(Shape &shape)
{
    const QString what = QString::fromStdString(shape.table);
    const std::string &t = shape.table;
    auto byId = findsById(t);
    if (!byId)
        return byId.error();
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
        if (!byId.value()) {
            old += " || jsonb_build_object('$key', jsonb_build_object(";
            for (size_t i = 0; i < shape.keyColumns.size(); ++i)
                old += (i ? ", '" : "'") + shape.keyColumns[i] + "', t." + shape.keyColumns[i];
            old += "))";
        }
        const std::string undo = first + ", u AS (INSERT INTO import_undo(batch_id,seq,table_name,row_id,old_batch_id,old_values) "
                                 "SELECT $1::bigint, $2::bigint + row_number() OVER (ORDER BY f.zhisuan_line), $3::text, " +
                                 std::string(byId.value() ? "t.id" : "0") + ", t.batch_id, (" + old + ")::text FROM f JOIN " + t + " t ON " + on +
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

} // namespace zhisuan::db
