#pragma once

#include "result.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

class QSqlQuery;

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

    // For the engines' StoreEngine::copyTable: the rows of `table`'s `columns` in `from`, read forward only and handed to
    // `write`, whose error is returned, as is a read that failed on the way; and writing them with one INSERT each.
    static Result<void> copyRows(Store &from, const QString &table, const QStringList &columns,
                                 const std::function<Result<void>(QSqlQuery &)> &write);
    static Result<void> insertRows(const Store &to, QSqlQuery &read, const QString &table, const QStringList &columns);

private:
    static Result<QList<TableCount>> plan(Store &from, Store &to);
};

} // namespace zhisuan::db
