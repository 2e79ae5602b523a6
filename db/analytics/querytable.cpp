#include "querytable.h"

#include "store.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace zhisuan::db {

Result<QueryTable> selectTable(Store &store, const QString &sql, const QStringList &columns, const QVariantList &binds)
{
    QSqlQuery q(store.database());
    q.setForwardOnly(true);
    if (!q.prepare(sql))
        return sqlError(QCoreApplication::translate("QueryTable", "Cannot read the data"), q.lastError());
    for (const QVariant &b : binds)
        q.addBindValue(b);
    if (!q.exec())
        return sqlError(QCoreApplication::translate("QueryTable", "Cannot read the data"), q.lastError());
    QueryTable t{columns, {}};
    while (q.next()) {
        QVariantList row;
        row.reserve(columns.size());
        for (int c = 0; c < columns.size(); ++c)
            row << q.value(c);
        t.rows.append(row);
    }
    return t;
}

} // namespace zhisuan::db
