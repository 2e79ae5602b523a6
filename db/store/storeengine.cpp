#include "storeengine.h"

#include "store.h"

namespace zhisuan::db {

Error StoreEngine::writeError(const QString &what, const QSqlError &error) const
{
    return sqlError(what, error);
}

QSqlDatabase StoreEngine::database() const
{
    return m_store.database();
}

} // namespace zhisuan::db
