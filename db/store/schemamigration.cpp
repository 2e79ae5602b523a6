#include "schemamigration.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

#include <sqlite3.h>

#include <algorithm>

namespace zhisuan::db {

namespace {

Error sqliteError(sqlite3 *db, const QString &what)
{
    const QString why = QString::fromUtf8(sqlite3_errmsg(db));
    return Error{QStringLiteral("sql"), what + QStringLiteral(": ") + why, why};
}

QList<SchemaMigration::Step> loadSteps(const QString &folder)
{
    QList<SchemaMigration::Step> list;
    static const QRegularExpression pattern(QStringLiteral("^(\\d{3})_(\\w+)\\.sql$"));
    const QDir dir(folder);
    for (const QString &file : dir.entryList(QDir::Files, QDir::Name)) {
        const auto m = pattern.match(file);
        if (!m.hasMatch())
            continue;
        QFile f(dir.filePath(file));
        if (!f.open(QIODevice::ReadOnly))
            continue;
        list.append(SchemaMigration::Step{m.captured(1).toInt(), m.captured(2), QString::fromUtf8(f.readAll())});
    }
    std::sort(list.begin(), list.end(), [](const SchemaMigration::Step &a, const SchemaMigration::Step &b) { return a.version < b.version; });
    return list;
}

Error serverError(const QString &what, const QSqlError &error)
{
    const QString why = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    return Error{QStringLiteral("sql"), what + QStringLiteral(": ") + why, why};
}

} // namespace

QList<SchemaMigration::Step> SchemaMigration::steps()
{
    static const QList<Step> all = loadSteps(QStringLiteral(":/migrations"));
    return all;
}

QList<SchemaMigration::Step> SchemaMigration::serverSteps()
{
    static const QList<Step> all = loadSteps(QStringLiteral(":/migrations/postgresql"));
    return all;
}

int SchemaMigration::latestVersion()
{
    const auto all = steps();
    return all.isEmpty() ? 0 : all.last().version;
}

Result<int> SchemaMigration::currentVersion(sqlite3 *db)
{
    sqlite3_stmt *stmt = nullptr;
    if (sqlite3_prepare_v2(db, "PRAGMA user_version", -1, &stmt, nullptr) != SQLITE_OK)
        return sqliteError(db, QCoreApplication::translate("SchemaMigration", "Cannot read the schema version"));
    int version = 0;
    const int rc = sqlite3_step(stmt);
    if (rc == SQLITE_ROW)
        version = sqlite3_column_int(stmt, 0);
    sqlite3_finalize(stmt);
    if (rc != SQLITE_ROW) {
        return Error{QStringLiteral("not-a-store"),
                     QCoreApplication::translate("SchemaMigration", "The file is not a ZhiSuan store (not SQLite): %1")
                         .arg(QString::fromUtf8(sqlite3_errstr(rc))),
                     {}};
    }
    return version;
}

Result<int> SchemaMigration::apply(sqlite3 *db, int upTo)
{
    auto current = currentVersion(db);
    if (!current)
        return current;
    const int from = current.value();
    if (from > latestVersion()) {
        return Error{QStringLiteral("newer-store"),
                     QCoreApplication::translate("SchemaMigration",
                                                 "The store was written by a newer version (schema %1, known up to %2).")
                         .arg(from)
                         .arg(latestVersion()),
                     {}};
    }
    if (from >= std::min(upTo, latestVersion()))
        return from;

    if (sqlite3_exec(db, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr) != SQLITE_OK)
        return sqliteError(db, QCoreApplication::translate("SchemaMigration", "Cannot start the schema upgrade"));
    int to = from;
    for (const Step &step : steps()) {
        if (step.version <= from)
            continue;
        if (step.version > upTo)
            break;
        const QByteArray sql = step.sql.toUtf8();
        if (sqlite3_exec(db, sql.constData(), nullptr, nullptr, nullptr) != SQLITE_OK) {
            Error e = sqliteError(db, QCoreApplication::translate("SchemaMigration", "Schema migration %1 (%2) failed")
                                          .arg(step.version)
                                          .arg(step.name));
            sqlite3_exec(db, "ROLLBACK", nullptr, nullptr, nullptr);
            return e;
        }
        to = step.version;
    }
    const QByteArray setVersion = "PRAGMA user_version = " + QByteArray::number(to);
    if (sqlite3_exec(db, setVersion.constData(), nullptr, nullptr, nullptr) != SQLITE_OK
        || sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr) != SQLITE_OK) {
        Error e = sqliteError(db, QCoreApplication::translate("SchemaMigration", "Cannot finish the schema upgrade"));
        sqlite3_exec(db, "ROLLBACK", nullptr, nullptr, nullptr);
        return e;
    }
    return to;
}

Result<int> SchemaMigration::currentVersion(const QSqlDatabase &db)
{
    // Every command opens the store through here: the catalog's table list (pg_tables, a view over all of
    // pg_class) is read only for a database without a schema_version, which costs a new session 10-15 ms more.
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT to_regclass('schema_version') IS NOT NULL")) || !q.next())
        return serverError(QCoreApplication::translate("SchemaMigration", "Cannot read the schema version"), q.lastError());
    if (!q.value(0).toBool()) {
        if (!q.exec(QStringLiteral("SELECT count(*) FROM pg_catalog.pg_tables WHERE schemaname = current_schema()")) || !q.next())
            return serverError(QCoreApplication::translate("SchemaMigration", "Cannot read the schema version"), q.lastError());
        const qint64 tables = q.value(0).toLongLong();
        if (tables > 0)
            return Error{QStringLiteral("not-a-store"),
                         QCoreApplication::translate("SchemaMigration", "The database is not a ZhiSuan store: its schema "
                                                                        "already holds %1 tables of another program and no "
                                                                        "schema_version. It was not changed.")
                             .arg(tables),
                         {}};
        return 0;
    }
    if (!q.exec(QStringLiteral("SELECT max(version) FROM schema_version")) || !q.next())
        return serverError(QCoreApplication::translate("SchemaMigration", "Cannot read the schema version"), q.lastError());
    return q.value(0).toInt();
}

Result<int> SchemaMigration::apply(const QSqlDatabase &db, int upTo)
{
    auto current = currentVersion(db);
    if (!current)
        return current;
    const int latest = serverSteps().isEmpty() ? 0 : serverSteps().last().version;
    if (current.value() > latest) {
        return Error{QStringLiteral("newer-store"),
                     QCoreApplication::translate("SchemaMigration",
                                                 "The store was written by a newer version (schema %1, known up to %2).")
                         .arg(current.value())
                         .arg(latest),
                     {}};
    }
    if (current.value() >= std::min(upTo, latest))
        return current.value();

    QSqlQuery q(db);
    auto fail = [&](const QString &what) {
        Error e = serverError(what, q.lastError());
        QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
        return e;
    };
    if (!q.exec(QStringLiteral("BEGIN")))
        return serverError(QCoreApplication::translate("SchemaMigration", "Cannot start the schema upgrade"), q.lastError());
    // Another analyst may be creating or upgrading the same store: wait for them, then read the version again.
    if (!q.exec(QStringLiteral("SELECT pg_advisory_xact_lock(hashtext('zhisuan schema migration'))")))
        return fail(QCoreApplication::translate("SchemaMigration", "Cannot start the schema upgrade"));
    auto from = currentVersion(db);
    if (!from) {
        QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
        return from;
    }
    if (from.value() == 0 && !q.exec(QStringLiteral("CREATE TABLE schema_version (version INTEGER NOT NULL)")))
        return fail(QCoreApplication::translate("SchemaMigration", "Cannot start the schema upgrade"));
    int to = from.value();
    for (const Step &step : serverSteps()) {
        if (step.version <= to)
            continue;
        if (step.version > upTo)
            break;
        if (!q.exec(step.sql))
            return fail(QCoreApplication::translate("SchemaMigration", "Schema migration %1 (%2) failed").arg(step.version).arg(step.name));
        to = step.version;
    }
    if (!q.exec(QStringLiteral("DELETE FROM schema_version"))
        || !q.exec(QStringLiteral("INSERT INTO schema_version(version) VALUES (%1)").arg(to)) || !q.exec(QStringLiteral("COMMIT")))
        return fail(QCoreApplication::translate("SchemaMigration", "Cannot finish the schema upgrade"));
    return to;
}

} // namespace zhisuan::db
