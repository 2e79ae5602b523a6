#pragma once

#include "result.h"

#include <QString>

namespace zhisuan::db {

class Store;

// What Settings ▸ Store's "Test connection" reports about an open store: the engine's version (PostgreSQL's
// server_version, SQLite's library version), the store's schema version, and whether this connection may write
// (an editor, or a writable file) or only read (a reader role, a read-only file).
struct StoreSummary
{
    QString engineVersion;
    int schemaVersion = 0;
    bool canWrite = false;
    // A team store's connection, as libpq made it: whether TLS is in use (protocol and cipher), the sslmode it
    // applied (from the address, a service file, PGSSLMODE, or libpq's default "prefer"), the CA file named for the
    // check (empty: libpq's default ~/.postgresql/root.crt) and the host it reached (a socket folder starts with '/').
    bool encrypted = false;
    QString tlsProtocol;
    QString tlsCipher;
    QString sslMode;
    QString sslRootCert;
    QString host;
};

class StoreProbe
{
public:
    static Result<StoreSummary> describe(Store &store);
};

} // namespace zhisuan::db
