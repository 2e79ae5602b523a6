#include "sqlitewritetransaction.h"

#include "store.h"
#include "sqliteupsertwriter.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

#include <sqlite3.h>

namespace zhisuan::db {

Result<std::unique_ptr<WriteTransaction>> SqliteWriteTransaction::begin(sqlite3 *db, QSqlDatabase database, const QString &path,
                                                                         const WriteIntent &intent)
{
    std::unique_ptr<SqliteWriteTransaction> tx(new SqliteWriteTransaction(db, std::move(database)));
    if (intent.bulk) {
        // Every importer writes the rows a record refers to (security, model, organisation …) before the record
        // itself, so the per-row foreign-key lookups are redundant inside an import; they cost a sixth of a bulk
        // import. Enforcement is off for the import transaction only (it cannot change inside one) and back on
        // for everything else, rollback included; tests check PRAGMA foreign_key_check after every import.
        tx->m_foreignKeysOff = sqlite3_exec(db, "PRAGMA foreign_keys = OFF", nullptr, nullptr, nullptr) == SQLITE_OK;
        // Chunked inserts open a savepoint (and SQLite a statement journal) per 32 rows. Their sub-journal holds the
        // few pages a chunk changes and is emptied when the chunk is released, but once one chunk outgrew SQLite's
        // 64 KiB spill threshold it became a temporary file for the rest of the transaction: at 12.5M daily quotes
        // about 600,000 page writes (2.4 GB) to /var/tmp that nothing ever read. Kept in memory it stays a chunk's
        // pages. Only for the import transaction (it cannot change inside one): elsewhere temporary storage keeps
        // SQLite's default, so that sorting a big table never has to fit in memory.
        tx->m_tempStoreInMemory = sqlite3_exec(db, "PRAGMA temp_store = MEMORY", nullptr, nullptr, nullptr) == SQLITE_OK;
    }
    // SQLite opens a file it may not write read-only without a word, and BEGIN IMMEDIATE still succeeds in WAL mode.
    if (sqlite3_db_readonly(db, "main") == 1)
        return Store::accessError(path, SQLITE_READONLY, {});
    // Busy (another program writes), read-only file or folder, full disk: said as what happened and what to do.
    if (sqlite3_exec(db, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr) != SQLITE_OK)
        return Store::accessError(path, sqlite3_extended_errcode(db), QString::fromUtf8(sqlite3_errmsg(db)));
    tx->m_open = true;
    return std::unique_ptr<WriteTransaction>(std::move(tx));
}

SqliteWriteTransaction::~SqliteWriteTransaction()
{
    rollback();
    restorePragmas();
}

void SqliteWriteTransaction::restorePragmas()
{
    if (m_foreignKeysOff)
        sqlite3_exec(m_db, "PRAGMA foreign_keys = ON", nullptr, nullptr, nullptr);
    if (m_tempStoreInMemory)
        sqlite3_exec(m_db, "PRAGMA temp_store = DEFAULT", nullptr, nullptr, nullptr);
    m_foreignKeysOff = m_tempStoreInMemory = false;
}

std::unique_ptr<UpsertWriter> SqliteWriteTransaction::writer(qint64 batchId)
{
    return std::make_unique<SqliteUpsertWriter>(m_db, batchId);
}

// The batch's row is written whole at the end (closeBatch), under the id an insert now would take (the write lock is
// held since BEGIN IMMEDIATE). Inserting it first and updating it last changed a page at both ends of the
// transaction: the page had been spilled to the WAL in between, and rewriting a frame of the transaction made SQLite
// read back and re-checksum every later frame at commit (the whole 1.3 GB WAL at 12.5M daily quotes).
Result<qint64> SqliteWriteTransaction::openBatch(const BatchRecord &)
{
    auto last = maxId("import_batch");
    if (!last)
        return sqlError(QCoreApplication::translate("ImportJob", "Cannot record the import"),
                        QSqlError({}, last.error().message, QSqlError::StatementError));
    return last.value() + 1;
}

Result<void> SqliteWriteTransaction::closeBatch(const BatchRecord &batch)
{
    QSqlQuery q(m_database);
    const bool prepared = q.prepare(QStringLiteral("INSERT INTO import_batch(sha256,rows_read,rows_inserted,rows_updated,rows_unchanged,"
                                                   "daily_bar_first_id,daily_bar_last_id,id,file_name,kind,preset,encoding,imported_at,"
                                                   "imported_by) VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?)"));
    bindClosing(q, batch);
    q.addBindValue(batch.fileName);
    q.addBindValue(batch.kind);
    q.addBindValue(batch.preset);
    q.addBindValue(batch.encoding);
    q.addBindValue(batch.importedAt);
    // A personal store is one person's: the account that ran the import.
    q.addBindValue(batch.importedBy.isEmpty() ? QVariant() : QVariant(batch.importedBy));
    if (!prepared || !q.exec())
        return Error{QStringLiteral("sql"), q.lastError().text(), {}};
    return {};
}

Result<qint64> SqliteWriteTransaction::maxId(const char *table)
{
    const std::string sql = std::string("SELECT COALESCE(MAX(id), 0) FROM ") + table;
    sqlite3_stmt *stmt = nullptr;
    if (sqlite3_prepare_v2(m_db, sql.c_str(), -1, &stmt, nullptr) != SQLITE_OK)
        return Error{QStringLiteral("sql"), QString::fromUtf8(sqlite3_errmsg(m_db)), {}};
    const int rc = sqlite3_step(stmt);
    const qint64 id = rc == SQLITE_ROW ? sqlite3_column_int64(stmt, 0) : 0;
    sqlite3_finalize(stmt);
    if (rc != SQLITE_ROW)
        return Error{QStringLiteral("sql"), QString::fromUtf8(sqlite3_errmsg(m_db)), {}};
    return id;
}

Result<void> SqliteWriteTransaction::addTradingDays(const std::set<QByteArray> &dates)
{
    return TradingDayRepository::add(m_db, dates);
}

Result<TradingDayRepository::BatchDays> SqliteWriteTransaction::tradingDaysOfBatch(qint64 batchId, qint64 firstId, qint64 lastId)
{
    return TradingDayRepository::daysOfBatch(m_db, batchId, firstId, lastId);
}

Result<void> SqliteWriteTransaction::removeUnusedTradingDays(const TradingDayRepository::BatchDays &batch)
{
    return TradingDayRepository::removeUnused(m_db, batch);
}

Result<void> SqliteWriteTransaction::commit(qint64)
{
    if (sqlite3_exec(m_db, "COMMIT", nullptr, nullptr, nullptr) != SQLITE_OK) {
        const Error e{QStringLiteral("sql"), QString::fromUtf8(sqlite3_errmsg(m_db)), QStringLiteral("COMMIT")};
        rollback();
        return e;
    }
    m_open = false;
    return {};
}

void SqliteWriteTransaction::rollback()
{
    if (m_open)
        sqlite3_exec(m_db, "ROLLBACK", nullptr, nullptr, nullptr); // a failing ROLLBACK adds nothing the user can act on
    m_open = false;
}

} // namespace zhisuan::db
