#include "storeprobe.h"

#include "pgcopywriter.h"
#include "store.h"
#include "teamroles.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

#include <libpq-fe.h>

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
    if (pg_conn *conn = server ? PgCopyWriter::connection(store.database()) : nullptr) {
        summary.encrypted = PQsslInUse(conn) == 1;
        if (summary.encrypted) {
            summary.tlsProtocol = QString::fromUtf8(PQsslAttribute(conn, "protocol"));
            summary.tlsCipher = QString::fromUtf8(PQsslAttribute(conn, "cipher"));
        }
        summary.host = QString::fromUtf8(PQhost(conn));
        if (PQconninfoOption *options = PQconninfo(conn)) {
            for (const PQconninfoOption *o = options; o->keyword; ++o) {
                if (qstrcmp(o->keyword, "sslmode") == 0)
                    summary.sslMode = QString::fromUtf8(o->val);
                else if (qstrcmp(o->keyword, "sslrootcert") == 0)
                    summary.sslRootCert = QString::fromUtf8(o->val);
            }
            PQconninfoFree(options);
        }
    }
    return summary;
}

} // namespace zhisuan::db
