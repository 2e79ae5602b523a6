#include "teamroles.h"

#include "store.h"

#include <QCoreApplication>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

namespace zhisuan::db {

TeamRoles::Names TeamRoles::names(const Store &store)
{
    const QString database = store.database().databaseName();
    return {database + QStringLiteral("_reader"), database + QStringLiteral("_editor")};
}

Result<TeamRoles::Names> TeamRoles::create(Store &store)
{
    if (store.engine() != Store::Engine::PostgreSql) {
        return Error{QStringLiteral("not-a-team-store"),
                     QCoreApplication::translate("TeamRoles", "Roles are for a team store on PostgreSQL: %1 is a SQLite "
                                                              "file, which the file's permissions protect.")
                         .arg(store.path()),
                     {}};
    }
    const Names n = names(store);
    QSqlDriver *driver = store.database().driver();
    const QString reader = driver->escapeIdentifier(n.reader, QSqlDriver::TableName);
    const QString editor = driver->escapeIdentifier(n.editor, QSqlDriver::TableName);
    const QString readerLiteral = QString(n.reader).replace(u'\'', QStringLiteral("''"));
    const QString editorLiteral = QString(n.editor).replace(u'\'', QStringLiteral("''"));
    const QStringList statements{
        QStringLiteral("DO $$ BEGIN "
                       "IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '%1') THEN CREATE ROLE %3 NOLOGIN; END IF; "
                       "IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '%2') THEN CREATE ROLE %4 NOLOGIN; END IF; "
                       "END $$")
            .arg(readerLiteral, editorLiteral, reader, editor),
        QStringLiteral("GRANT CONNECT ON DATABASE %1 TO %2, %3")
            .arg(driver->escapeIdentifier(store.database().databaseName(), QSqlDriver::TableName), reader, editor),
        QStringLiteral("GRANT USAGE ON SCHEMA public TO %1, %2").arg(reader, editor),
        QStringLiteral("GRANT SELECT ON ALL TABLES IN SCHEMA public TO %1").arg(reader),
        QStringLiteral("GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO %1").arg(editor),
        QStringLiteral("GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA public TO %1").arg(editor),
        // Tables a later migration adds get the same grants.
        QStringLiteral("ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT ON TABLES TO %1").arg(reader),
        QStringLiteral("ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO %1").arg(editor),
        QStringLiteral("ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT, UPDATE ON SEQUENCES TO %1").arg(editor),
        // PostgreSQL lets only a table's owner analyse it (15 and 16 have no MAINTAIN privilege): an editor's bulk import
        // gets the planner its statistics through this function, which runs as the store's owner and does only that.
        QStringLiteral("CREATE OR REPLACE FUNCTION public.zhisuan_analyse() RETURNS void LANGUAGE plpgsql SECURITY DEFINER "
                       "SET search_path = public AS $f$ DECLARE t text; BEGIN "
                       "FOR t IN SELECT tablename FROM pg_tables WHERE schemaname = 'public' LOOP EXECUTE format('ANALYZE %I', t); END LOOP; "
                       "END $f$"),
        QStringLiteral("REVOKE ALL ON FUNCTION public.zhisuan_analyse() FROM PUBLIC"),
        QStringLiteral("GRANT EXECUTE ON FUNCTION public.zhisuan_analyse() TO %1").arg(editor),
    };
    QSqlDatabase db = store.database();
    if (!db.transaction())
        return sqlError(QCoreApplication::translate("TeamRoles", "Cannot create the team roles"), db.lastError());
    for (const QString &sql : statements) {
        QSqlQuery q(db);
        if (!q.exec(sql)) {
            Error e = sqlError(QCoreApplication::translate("TeamRoles", "Cannot create the team roles (you need the "
                                                                        "CREATEROLE privilege and to own the database)"),
                               q.lastError());
            db.rollback();
            return e;
        }
    }
    if (!db.commit())
        return sqlError(QCoreApplication::translate("TeamRoles", "Cannot create the team roles"), db.lastError());
    return n;
}

Result<bool> TeamRoles::canWrite(Store &store)
{
    if (store.engine() != Store::Engine::PostgreSql)
        return !store.isReadOnly();
    QSqlQuery q(store.database());
    if (!q.exec(QStringLiteral("SELECT has_table_privilege('import_batch', 'INSERT')")) || !q.next())
        return sqlError(QCoreApplication::translate("TeamRoles", "Cannot read your role's privileges"), q.lastError());
    return q.value(0).toBool();
}

} // namespace zhisuan::db
