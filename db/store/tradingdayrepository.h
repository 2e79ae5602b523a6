#pragma once

#include "result.h"

#include <QByteArray>
#include <QHash>

#include <map>
#include <vector>

#include <set>

struct sqlite3;

namespace zhisuan::db {

// The days that have daily quotes (table trading_day), kept by the importer and by rollback so that the weeks
// list is read without scanning daily_bar, on a SQLite store (SqliteWriteTransaction; PgWriteTransaction keeps a
// team store's). All run inside the caller's transaction on the raw handle.
class TradingDayRepository
{
public:
    // Records the trade dates of daily_bar rows just written (every such row exists when the batch commits).
    static Result<void> add(sqlite3 *db, const std::set<QByteArray> &dates);
    // The trade dates of the rows a batch inserted, and which codes it inserted a row for on each, read before they
    // are deleted: by rowid range when the batch recorded one (firstId > 0), else by batch_id. Codes are numbered
    // once and each day holds a bit per code, so a batch of ten years of the whole market stays a few megabytes.
    struct BatchDays
    {
        QHash<QByteArray, int> codes;
        std::map<QByteArray, std::vector<bool>> days;
    };
    static Result<BatchDays> daysOfBatch(sqlite3 *db, qint64 batchId, qint64 firstId, qint64 lastId);
    // Forgets the days that no daily_bar row has any more, once the batch's rows are deleted. A code the batch
    // inserted a row for on a day has none left on it ((code, trade_date) is unique), so only the other securities
    // are probed, each by a seek on that key, stopping at the first row found: for a week of the whole market,
    // the few securities the file did not have, not all 5,000 per day.
    static Result<void> removeUnused(sqlite3 *db, const BatchDays &batch);
};

} // namespace zhisuan::db
