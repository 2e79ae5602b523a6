#pragma once

#include "result.h"
#include "value.h"

#include <QList>
#include <QString>

#include <map>
#include <string>
#include <unordered_set>
#include <vector>

namespace zhisuan::db {

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

// Writes import rows by natural key inside the caller's write transaction, and keeps an undo log so that a batch can
// be rolled back. One implementation per engine (SqliteUpsertWriter, PgCopyWriter), made by that engine's
// WriteTransaction::writer(); the import code sees only this interface.
class UpsertWriter
{
public:
    enum class Outcome { Inserted, Updated, Unchanged };
    // Authoritative: the file's missing values overwrite (a corrected file clears a cell).
    // FillOnly: only the given non-missing values, and only into columns that are still empty
    // (parents a file implies, such as a security named in a weekly-returns file).
    enum class Mode { Authoritative, FillOnly };

    virtual ~UpsertWriter() = default;
    UpsertWriter(const UpsertWriter &) = delete;
    UpsertWriter &operator=(const UpsertWriter &) = delete;

    // Overrides do not repeat the defaults: callers hold an UpsertWriter.
    virtual Result<Outcome> upsert(const char *table, const std::vector<Cell> &key, const std::vector<Cell> &values,
                                   Mode mode = Mode::Authoritative, qint64 *rowId = nullptr) = 0;
    // A statement written for SQLite (`?` placeholders, `rowid`); an engine that spells them otherwise translates.
    virtual Result<void> exec(const char *sql, const std::vector<Value> &params) = 0;
    // The first row of a query (empty when there is none); SQL as for exec().
    virtual Result<std::vector<Value>> queryRow(const char *sql, const std::vector<Value> &params) = 0;

    // Rows of the common case (a new row by natural key, nothing asked back) may be written in bulk; upsert() then
    // reports them as Inserted provisionally. When some turn out to exist already (or repeat one another), they are
    // written again row by row and the difference is kept here, with the errors by line. setLine() says which line
    // the next rows come from; finish() writes what waits and returns it all.
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

    qint64 batchId() const { return m_batchId; }
    // The key a parent row implied by a record is remembered by (table, then each cell, \x1f-separated), so that a
    // parent repeated row after row is written once. Both engines' writers use it.
    static void parentKey(std::string &out, const char *table, const std::vector<Cell> &key, const std::vector<Cell> &values);
    // How many stored rows had each column changed (authoritative writes only): "which fields were updated".
    const std::map<std::string, qint64> &changedColumns() const { return m_changedColumns; }
    // The first kMaxChanges stored values that authoritative writes changed, in the file's order.
    static constexpr int kMaxChanges = 200;
    const QList<ValueChange> &changes() const { return m_changes; }

protected:
    explicit UpsertWriter(qint64 batchId) : m_batchId(batchId) { }
    // Writes every row that still waits (finish()); corrections go to m_corrections.
    virtual Result<void> writePending() = 0;

    // What every engine's writer keeps the same way.
    const qint64 m_batchId;
    qint64 m_undoSeq = 0;
    qint64 m_line = 0;
    bool m_chunking = false;
    // Implied parents already written by this batch, by content (parentKey): a 2-million-row quote file names the
    // same few hundred securities over and over.
    std::unordered_set<std::string> m_parentsSeen;
    std::string m_parentKey;
    std::map<std::string, qint64> m_changedColumns;
    QList<ValueChange> m_changes;
    Corrections m_corrections;
};

} // namespace zhisuan::db
