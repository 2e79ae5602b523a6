#pragma once

#include "result.h"

#include <QList>
#include <QString>

#include <functional>

namespace zhisuan::db {

class Store;

// `zhisuan copy-store FROM TO` (issue 17): moves a personal SQLite store to a team's PostgreSQL store and back
// (any engine to any engine). The target must be an empty store at the same schema version; every table is copied
// in one transaction on the target, ids kept, and the rows are counted on both sides afterwards.
class StoreCopy
{
public:
    struct TableCount
    {
        QString table;
        qint64 source = 0;
        qint64 target = 0;
    };
    // `progress(tablesDone, tablesTotal)` returns false to cancel (nothing is then written).
    static Result<QList<TableCount>> copy(Store &from, Store &to,
                                          const std::function<bool(int, int)> &progress = {});
    // Tables in creation order (parents before the rows that refer to them), without the engine's own.
    static Result<QStringList> tables(Store &store);

private:
    static Result<QList<TableCount>> plan(Store &from, Store &to);
};

} // namespace zhisuan::db
