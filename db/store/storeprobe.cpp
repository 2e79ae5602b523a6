#include "storeprobe.h"

#include "storeengine.h"
#include "teamroles.h"

namespace zhisuan::db {

Result<StoreSummary> StoreProbe::describe(Store &store)
{
    StoreSummary summary;
    if (auto described = store.storeEngine().describe(summary); !described)
        return described.error();
    summary.schemaVersion = store.schemaVersion();
    auto write = TeamRoles::canWrite(store);
    if (!write)
        return write.error();
    summary.canWrite = write.value();
    return summary;
}

} // namespace zhisuan::db
