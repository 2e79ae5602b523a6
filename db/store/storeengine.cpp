#include "storeengine.h"

#include "postgresengine.h"
#include "serveraddress.h"
#include "sqliteengine.h"
#include "store.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

namespace zhisuan::db {

std::unique_ptr<StoreEngine> StoreEngine::forAddress(const QString &address, const Store &store)
{
    if (ServerAddress::looksLikeServer(address))
        return std::make_unique<PostgresEngine>(store);
    return std::make_unique<SqliteEngine>(store);
}

Error StoreEngine::writeError(const QString &what, const QSqlError &error) const
{
    return sqlError(what, error);
}

QSqlDatabase StoreEngine::database() const
{
    return m_store.database();
}

Result<RowSet> StoreEngine::select(const QString &what, const QString &sql, const QVariantList &binds) const
{
    QSqlQuery q(database());
    q.setForwardOnly(true);
    if (!q.prepare(sql))
        return sqlError(what, q.lastError());
    for (const QVariant &b : binds)
        q.addBindValue(b);
    if (!q.exec())
        return sqlError(what, q.lastError());
    QList<QVariantList> rows;
    const int columns = q.record().count();
    while (q.next()) {
        QVariantList row;
        row.reserve(columns);
        for (int c = 0; c < columns; ++c)
            row << q.value(c);
        rows.append(std::move(row));
    }
    return RowSet(std::move(rows));
}

} // namespace zhisuan::db
