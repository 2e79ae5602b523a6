#pragma once

#include "result.h"

#include <QList>
#include <QStringList>
#include <QVariant>

namespace zhisuan::db {

// The data behind one view: named columns and raw values (numbers stay numbers; the UI and the command
// line format them).
struct QueryTable
{
    QStringList columns;
    QList<QVariantList> rows;

    int column(const QString &name) const { return int(columns.indexOf(name)); }
    QVariant value(int row, const QString &name) const { return rows.value(row).value(column(name)); }
};

class Store;

// Runs a SELECT (with positional binds) and returns its rows under the given column names.
Result<QueryTable> selectTable(Store &store, const QString &sql, const QStringList &columns, const QVariantList &binds = {});

} // namespace zhisuan::db
