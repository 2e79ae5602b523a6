#include "storeprobe.h"

#include "store.h"
#include "teamroles.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace zhisuan::db {

Result<StoreSummary> StoreProbe::describe(Store &store)
{
    StoreSummary summary;
    QSqlQuery q(store.database());
    const bool server = store.engine() == Store::Engine::PostgreSql;
    if (!q.exec(server ? QStringLiteral("SHOW server_version") : QStringLiteral("SELECT sqlite_version()")) || !q.next())
        return sqlError(QCoreApplication::translate("StoreProbe", "Cannot read the version of the store's engine"), q.lastError());
    // "15.8 (Debian 15.8-0+deb12u1)": the number is what people compare.
    summary.engineVersion = q.value(0).toString().section(u' ', 0, 0);
    summary.schemaVersion = store.schemaVersion();
    auto write = TeamRoles::canWrite(store);
    if (!write)
        return write.error();
    summary.canWrite = write.value();
    return summary;
}

} // namespace zhisuan::db
