#include "teamroles.h"

#include "storeengine.h"

namespace zhisuan::db {

TeamRoles::Names TeamRoles::names(const Store &store)
{
    const QString database = store.database().databaseName();
    return {database + QStringLiteral("_reader"), database + QStringLiteral("_editor")};
}

Result<TeamRoles::Names> TeamRoles::create(Store &store)
{
    const Names n = names(store);
    if (auto created = store.storeEngine().createRoles(n.reader, n.editor); !created)
        return created.error();
    return n;
}

Result<bool> TeamRoles::canWrite(Store &store)
{
    return store.storeEngine().canWrite();
}

} // namespace zhisuan::db
