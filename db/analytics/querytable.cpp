#include "querytable.h"

#include "store.h"

#include <QCoreApplication>

namespace zhisuan::db {

Result<QueryTable> selectTable(Store &store, const QString &sql, const QStringList &columns, const QVariantList &binds)
{
    auto read = store.select(QCoreApplication::translate("QueryTable", "Cannot read the data"), sql, binds);
    if (!read)
        return read.error();
    return QueryTable{columns, read.value().rows()};
}

} // namespace zhisuan::db
