#pragma once

#include "result.h"
#include "value.h"

#include <QList>
#include <QString>

#include <map>
#include <memory>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;
struct pg_conn;

namespace zhisuan::db {

class PgCopyWriter;

struct Cell
{
    const char *column;
    Value value;
};

// A stored value that a write of an import changed: the row by its key as the file names it, the column, and the
// value before and after ("300531.SZ 2024-08-12: return_pct 18.31 → 18.35"). A missing value is empty.
struct ValueChange
{
    QString table;
    QString key;
    QString column;
    QString before;
    QString after;
};

// Writes import rows by natural key inside the caller's transaction, through the raw sqlite3 handle
// (bulk import is bound by this path), and keeps an undo log so a batch can be rolled back.
class UpsertWriter
{
public:
    enum class Outcome { Inserted, Updated, Unchanged };
    // Authoritative: the file's missing values overwrite (a corrected file clears a cell).
    // FillOnly: only the given non-missing values, and only into columns that are still empty
    // (parents a file implies, such as a security named in a weekly-returns file).
    enum class Mode { Authoritative, FillOnly };

    UpsertWriter(sqlite3 *db, qint64 batchId);
    // A PostgreSQL store (issue 17): the same writes through PgCopyWriter, on libpq's connection.
    UpsertWriter(pg_conn *server, qint64 batchId);
    ~UpsertWriter();
    UpsertWriter(const UpsertWriter &) = delete;
    UpsertWriter &operator=(const UpsertWriter &) = delete;

    Result<Outcome> upsert(const char *table, const std::vector<Cell> &key, const std::vector<Cell> &values,
                           Mode mode = Mode::Authoritative, qint64 *rowId = nullptr);
    Result<void> exec(const char *sql, const std::vector<Value> &params);

    // Rows of the common case (a new row by natural key, nothing asked back) are inserted 32 at a time in one
    // statement; upsert() then reports them as Inserted provisionally. When a chunk turns out to hold rows that
    // already exist (or repeat one another), it is redone row by row and the difference is kept here, with the
    // errors by line. setLine() says which line the next rows come from; finish() flushes and returns it all.
    struct Corrections
    {
        qint64 inserted = 0, updated = 0, unchanged = 0; // to add to the provisional counts
        QList<std::pair<qint64, Error>> errors;          // line, error
        // A row of a chunk written again on its own: it was counted as inserted; count what it really was.
        void recount(Outcome real)
        {
            inserted -= 1;
            (real == Outcome::Inserted ? inserted : real == Outcome::Updated ? updated : unchanged) += 1;
        }
    };
    void setLine(qint64 line) { m_line = line; }
    // Only for writers that write exactly one main row per record, so that corrections match the report's counts.
    void setChunking(bool on) { m_chunking = on; }
    Result<Corrections> finish();
    // The first row of a query (empty when there is none).
    Result<std::vector<Value>> queryRow(const char *sql, const std::vector<Value> &params);

    qint64 batchId() const { return m_batchId; }
    // The key a parent row implied by a record is remembered by (table, then each cell, \x1f-separated), so that a
    // parent repeated row after row is written once. Both engines' writers use it.
    static void parentKey(std::string &out, const char *table, const std::vector<Cell> &key, const std::vector<Cell> &values);
    // How many stored rows had each column changed (authoritative writes only): "which fields were updated".
    const std::map<std::string, qint64> &changedColumns() const { return m_changedColumns; }
    // The first kMaxChanges stored values that authoritative writes changed, in the file's order.
    static constexpr int kMaxChanges = 200;
    const QList<ValueChange> &changes() const { return m_changes; }

private:
    struct Pending
    {
        qint64 line;
        std::vector<Cell> key;
        std::vector<Cell> values;
    };
    Result<void> flush();
    Result<Outcome> upsertNow(const char *table, const std::vector<Cell> &key, const std::vector<Cell> &values, Mode mode,
                              qint64 *rowId);

    // The three statements of one upsert shape (table, key columns, value columns), prepared once.
    struct Shape
    {
        sqlite3_stmt *insert = nullptr;
        sqlite3_stmt *select = nullptr;
        sqlite3_stmt *update = nullptr;
    };
    sqlite3_stmt *statement(const std::string &sql);
    Shape *shape(const char *table, const std::vector<Cell> &key, const std::vector<const Cell *> &values);
    Error error(const QString &what) const;

    sqlite3 *m_db = nullptr;
    std::unique_ptr<PgCopyWriter> m_server;
    qint64 m_batchId;
    qint64 m_undoSeq = 0;
    std::unordered_map<std::string, sqlite3_stmt *> m_statements;
    // Shapes are keyed by the addresses of the table and column names (string literals or stable
    // buffers), so the hot path builds no SQL and hashes a few pointers.
    std::unordered_map<std::string, Shape> m_shapes;
    std::string m_shapeKey;
    std::string m_lastShapeKey; // most rows have the shape of the row before: compared before hashing
    Shape *m_lastShape = nullptr;
    // Implied parents already written by this batch, by content: a 2-million-row quote file names
    // the same few hundred securities over and over.
    std::unordered_set<std::string> m_parentsSeen;
    std::string m_parentKey;
    std::string m_lastParentKey; // files sorted by security repeat the same parent row after row
    std::vector<const Cell *> m_values;
    std::vector<Cell> m_present; // a row's cells without the absent ones
    std::map<std::string, qint64> m_changedColumns;
    QList<ValueChange> m_changes;

    static constexpr int kChunk = 32;
    qint64 m_line = 0;
    const char *m_pendingTable = nullptr;
    std::string m_pendingShape;
    std::vector<Pending> m_pending; // slots reused chunk after chunk; the first m_pendingCount are the chunk
    size_t m_pendingCount = 0;
    std::string m_rowShape;
    sqlite3_stmt *m_chunkStatement = nullptr; // the last chunk's statement (owned by m_chunkStatements)
    size_t m_chunkStatementRows = 0;
    std::string m_chunkStatementShape;
    sqlite3_stmt *m_savepointStatement = nullptr, *m_releaseStatement = nullptr; // owned by m_statements
    std::unordered_map<std::string, sqlite3_stmt *> m_chunkStatements;
    Corrections m_corrections;
    bool m_flushing = false;
    bool m_chunking = false;
};

void bindValue(sqlite3_stmt *stmt, int index, const Value &value);

} // namespace zhisuan::db
