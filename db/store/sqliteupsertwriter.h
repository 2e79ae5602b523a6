#pragma once

#include "upsertwriter.h"

#include <string>
#include <unordered_map>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace zhisuan::db {

// UpsertWriter on a SQLite store, through the raw sqlite3 handle (bulk import is bound by this path): a row is tried
// as an INSERT that does nothing on a conflict of its natural key, and a row that met a stored one is compared with it
// and, where it differs, written over it after the old values went to the undo log. The common case (a file's main
// rows, nothing asked back) is inserted 32 rows per statement under a savepoint; a chunk that met stored rows is
// undone and written row by row.
class SqliteUpsertWriter final : public UpsertWriter
{
public:
    SqliteUpsertWriter(sqlite3 *db, qint64 batchId);
    ~SqliteUpsertWriter() override;

    Result<Outcome> upsert(const char *table, const std::vector<Cell> &key, const std::vector<Cell> &values, Mode mode,
                           qint64 *rowId) override;
    Result<void> exec(const char *sql, const std::vector<Value> &params) override;
    Result<std::vector<Value>> queryRow(const char *sql, const std::vector<Value> &params) override;

protected:
    Result<void> writePending() override;

private:
    struct Pending
    {
        qint64 line;
        std::vector<Cell> key;
        std::vector<Cell> values;
    };
    // The three statements of one upsert shape (table, key columns, value columns), prepared once.
    struct Shape
    {
        sqlite3_stmt *insert = nullptr;
        sqlite3_stmt *select = nullptr;
        sqlite3_stmt *update = nullptr;
    };
    // The stored row a new one met on its key, and what writing the new one over it changes.
    struct StoredRow;

    Result<void> flush();
    Result<Outcome> upsertNow(const char *table, const std::vector<Cell> &key, const std::vector<Cell> &values, Mode mode,
                              qint64 *rowId);
    // The steps of upsertNow: whether an implied parent was written before; try the row as new (true when it was);
    // read the stored row and compare; keep the old values in the undo log and write the new ones.
    bool parentSeen(const char *table, const std::vector<Cell> &key, const std::vector<Cell> &values);
    Result<bool> insertNew(const Shape &sh, const char *table, const std::vector<Cell> &key,
                           const std::vector<const Cell *> &values, qint64 *rowId);
    Result<StoredRow> compareWithStored(const Shape &sh, const char *table, const std::vector<Cell> &key,
                                        const std::vector<const Cell *> &values, Mode mode);
    Result<void> overwrite(const Shape &sh, const char *table, const std::vector<Cell> &key,
                           const std::vector<const Cell *> &values, const StoredRow &row);
    void noteChange(const char *table, const std::vector<Cell> &key, const Cell &cell, const unsigned char *before);

    sqlite3_stmt *statement(const std::string &sql);
    Shape *shape(const char *table, const std::vector<Cell> &key, const std::vector<const Cell *> &values);
    Error error(const QString &what) const;

    sqlite3 *m_db = nullptr;
    std::unordered_map<std::string, sqlite3_stmt *> m_statements;
    // Shapes are keyed by the addresses of the table and column names (string literals or stable
    // buffers), so the hot path builds no SQL and hashes a few pointers.
    std::unordered_map<std::string, Shape> m_shapes;
    std::string m_shapeKey;
    std::string m_lastShapeKey; // most rows have the shape of the row before: compared before hashing
    Shape *m_lastShape = nullptr;
    std::string m_lastParentKey; // files sorted by security repeat the same parent row after row
    std::vector<const Cell *> m_values;
    std::vector<Cell> m_present; // a row's cells without the absent ones

    static constexpr int kChunk = 32;
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
    bool m_flushing = false;
};

} // namespace zhisuan::db
