#pragma once

#include "result.h"

#include <QByteArray>

#include <set>

struct sqlite3;

namespace zhisuan::db {

// The days that have daily quotes (table trading_day), kept by the importer and by rollback so that the weeks
// list is read without scanning daily_bar. Both run inside the caller's transaction on the raw handle.
class TradingDayRepository
{
public:
    // Records the trade dates of daily_bar rows just written (every such row exists when the batch commits).
    static Result<void> add(sqlite3 *db, const std::set<QByteArray> &dates);
    // The trade dates of the rows a batch inserted, read before they are deleted: by rowid range when the batch
    // recorded one (firstId > 0), else by batch_id.
    static Result<std::set<QByteArray>> datesOfBatch(sqlite3 *db, qint64 batchId, qint64 firstId, qint64 lastId);
    // Forgets the dates that no daily_bar row has any more: one seek per security and date (code, trade_date)
    // stops at the first row found, so a date that is still traded costs a few seeks.
    static Result<void> removeUnused(sqlite3 *db, const std::set<QByteArray> &dates);
};

} // namespace zhisuan::db
