#pragma once

#include "result.h"

#include <QString>
#include <QStringList>

namespace zhisuan::db {

class Store;

// The roles of a team store (issue 17), made by `zhisuan init --team`: DATABASE_reader may read every table,
// DATABASE_editor may also import and roll back. An administrator grants them to analysts' logins
// (GRANT research_reader TO bob). Roles belong to the server, so their names carry the database's.
class TeamRoles
{
public:
    struct Names
    {
        QString reader;
        QString editor;
    };
    static Names names(const Store &store);
    // Creates the roles when missing and grants them on every table and sequence of the store's schema.
    static Result<Names> create(Store &store);
    // Whether this connection's role may write (import, roll back): false for a reader.
    static Result<bool> canWrite(Store &store);
};

} // namespace zhisuan::db
