#pragma once

#include "upsertwriter.h"

#include <QString>

#include <functional>
#include <future>

#include <map>
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

class QSqlDatabase;
struct pg_conn;
struct pg_result;

namespace zhisuan::db {

// UpsertWriter on a PostgreSQL store (issue 17): the same upserts by natural key, undo log and counts, through libpq on
// the connection Qt's QPSQL driver holds, inside the caller's transaction. The common case (a file's main rows: one
// new or changed row per record, nothing asked back) is COPYed into a temporary table and merged with one UPDATE and
// one INSERT per table; everything else (implied parents, rows whose id is asked back, statements) is written row
// by row under a savepoint, so that a refused row is reported by its line and the next rows still run.
class PgCopyWriter final : public UpsertWriter
{
public:
    PgCopyWriter(pg_conn *conn, qint64 batchId);
    ~PgCopyWriter() override;

    Result<Outcome> upsert(const char *table, const std::vector<Cell> &key, const std::vector<Cell> &values, Mode mode,
                           qint64 *rowId) override;
    // SQL written for SQLite's writer: `?` placeholders and `rowid` read as $n and the id column.
    Result<void> exec(const char *sql, const std::vector<Value> &params) override;
    Result<std::vector<Value>> queryRow(const char *sql, const std::vector<Value> &params) override;

    // The libpq connection under a QPSQL connection (nullptr for another driver).
    static pg_conn *connection(const QSqlDatabase &db);
    // A statement without parameters or rows (BEGIN, COMMIT, ROLLBACK …); the error keeps the server's words.
    static Result<void> command(pg_conn *conn, const char *sql);
    // COPY … FROM STDIN on `conn`, fed by `next`, which appends rows in COPY's text format (copyField, tabs, newlines)
    // and returns false once it has nothing more; its error ends the COPY and is returned. Used by copy-store.
    static Result<void> copyIn(pg_conn *conn, const QByteArray &statement, const std::function<Result<bool>(QByteArray &)> &next);
    // One value in COPY's text format: \N for none, backslash escapes in text, a double's shortest
    // round-trip digits.
    static void copyField(QByteArray &out, const Value &value);
    // Text in COPY's text format: backslash, tab, newline and carriage return escaped.
    static void copyText(QByteArray &out, const char *text, qsizetype size);
    // The first row of a query run with text parameters (empty when there is none).
    static Result<std::vector<Value>> queryOnce(pg_conn *conn, const QByteArray &sql, const std::vector<Value> &params);

protected:
    Result<void> writePending() override;

private:
    // A slice's rows as upsert() took them, kept for a redo row by row: each row's line, and its key's then its
    // values' cells (as many for every row of a shape) in one array, not two vectors a row (their allocations were a
    // tenth of the import's client time).
    struct Staged
    {
        std::vector<qint64> lines;
        std::vector<Cell> cells;
        size_t keys = 0, stride = 0; // cells of a key, and of a whole row
        bool empty() const { return lines.empty(); }
        size_t size() const { return lines.size(); }
        std::vector<Cell> key(size_t row) const;
        std::vector<Cell> values(size_t row) const;
        // The rows in COPY's text format, each row's line first when `lines`, the batch id last when `batchId` >= 0
        // (written when a slice is sent as text, not as each row comes: most go in COPY's binary format).
        QByteArray text(bool lines, qint64 batchId) const;
    };
    // The largest slice. The last slice's COPY is the one nothing overlaps (the file is read by then): 100,000 rows
    // left 0.28 s of a 500k-row import's 2.4 s to it; 50,000 half that, for two statements more (their reference
    // check is per statement, a few milliseconds).
    static constexpr size_t kMaxSliceRows = 50000;
    // One upsert shape (table, key columns, value columns) whose rows wait in a COPY buffer.
    struct Shape
    {
        std::string table;
        std::vector<std::string> keyColumns, valueColumns;
        std::string stageTable;
        bool fill = false; // implied parents (Mode::FillOnly): new keys inserted, empty columns filled
        bool stageCreated = false;
        size_t sliceRows = 8192; // the rows that make the next slice
        bool straightIn = true; // no slice met a stored key yet: the next one is tried straight into the table
        Staged rows;
        bool typesRead = false;
        std::vector<unsigned> binaryTypes; // its columns' and batch_id's types, when COPY's binary format can take them
    };

    Result<Outcome> upsertNow(const char *table, const std::vector<Cell> &key, const std::vector<Cell> &values, Mode mode,
                              qint64 *rowId, bool redo = false);
    struct RowStatements;
    struct StoredRow;
    RowStatements rowStatements(const char *table, const std::vector<Cell> &key, const std::vector<const Cell *> &values,
                                bool byId);
    Result<StoredRow> compareWithStored(const char *table, const std::vector<Cell> &key,
                                        const std::vector<const Cell *> &values, Mode mode, const RowStatements &st);
    Result<void> overwrite(const char *table, const std::vector<Cell> &key, const StoredRow &row, bool byId);
    Shape *shapeFor(const char *table, const std::vector<Cell> &key, const std::vector<Cell> &values, bool fill);
    Result<void> flushAll();
    Result<void> flushFills();
    Result<void> flushTable(const std::string &table);
    Result<void> flush(Shape &shape);
    // A slice COPYed straight into its table on a second thread (startStraightIn), until settle() waits for it.
    struct PendingCopy
    {
        Shape *shape = nullptr;
        std::string columns;
        Staged rows;
        std::future<Result<void>> done;
    };
    Result<void> startStraightIn(Shape &shape, const std::string &columns, Staged rows);
    Result<void> settle();
    Result<void> binaryTypes(Shape &shape);
    Result<void> stageAndMerge(Shape &shape, const std::string &columns, const Staged &rows, const QByteArray &data);
    Result<void> merge(Shape &shape, bool *redo);
    // The SQL a slice's merge repeats: the stage joined to its table on the key, and whether each value column differs.
    struct MergeSql
    {
        std::string on;
        std::vector<std::string> differs;
        std::string anyDiffers;
    };
    Result<void> listChanges(const Shape &shape, const MergeSql &sql);
    Result<void> overwriteChanged(const Shape &shape, const MergeSql &sql, bool byId, qint64 changed);
    Result<void> mergeFill(Shape &shape);
    // The user reads this next to a file and line, as they read the SQLite writer's (the same words, translated once).
    static Error serverError(pg_conn *conn, const pg_result *res, const QString &what);
    // `names`, each after `prefix`, between `separator`s.
    static std::string joined(const std::vector<std::string> &names, const char *prefix, const char *separator);
    // Runs a prepared statement (prepared once per SQL text); the result is the caller's to PQclear.
    Result<pg_result *> run(const std::string &sql, const std::vector<Value> &params, const QString &what);
    // Whether `table`'s rows are found by id (an index on id alone); if not, the undo log names them by key.
    Result<bool> findsById(const std::string &table);
    Result<void> savepoint();
    void rollbackToSavepoint();

    pg_conn *m_conn;
    int m_stageCount = 0;
    std::unordered_map<std::string, std::string> m_prepared; // SQL -> statement name
    std::unordered_map<std::string, bool> m_byId;
    std::map<std::string, std::unique_ptr<Shape>> m_shapes; // by "table|keys|values"
    std::string m_shapeKey;
    Shape *m_lastShape = nullptr;
    std::string m_lastShapeKey;
    std::unique_ptr<PendingCopy> m_pending; // the connection is its thread's until settle()
};

} // namespace zhisuan::db
