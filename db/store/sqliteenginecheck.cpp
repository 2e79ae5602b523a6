#include "sqliteengine.h"

#include <QCoreApplication>
#include <QHash>

#include <sqlite3.h>

// SqliteEngine's part of `zhisuan check` (StoreCheck): the file's schema read from sqlite_master and compared with the
// reference, SQLite's integrity and foreign-key checks, and the repair of what is missing.

namespace zhisuan::db {

namespace {

using Finding = StoreCheck::Finding;

QString columnText(sqlite3_stmt *stmt, int column)
{
    return QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(stmt, column)));
}

Error sqliteFailure(sqlite3 *db, const QString &what)
{
    const QString why = QString::fromUtf8(sqlite3_errmsg(db));
    return Error{QStringLiteral("sql"), what + QStringLiteral(": ") + why, why};
}

} // namespace

// Rows of a query with one to four text columns.
Result<QList<QStringList>> SqliteEngine::textRows(sqlite3 *db, const QByteArray &sql)
{
    sqlite3_stmt *stmt = nullptr;
    if (sqlite3_prepare_v2(db, sql.constData(), -1, &stmt, nullptr) != SQLITE_OK)
        return sqliteFailure(db, QString::fromUtf8(sql));
    QList<QStringList> out;
    int rc;
    while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
        QStringList row;
        for (int c = 0; c < sqlite3_column_count(stmt); ++c)
            row << columnText(stmt, c);
        out.append(row);
    }
    sqlite3_finalize(stmt);
    if (rc != SQLITE_DONE)
        return sqliteFailure(db, QString::fromUtf8(sql));
    return out;
}

Result<QList<StoreCheck::SchemaObject>> SqliteEngine::schemaObjects(sqlite3 *db)
{
    auto r = textRows(db, "SELECT type, name, tbl_name, sql FROM sqlite_master WHERE sql IS NOT NULL "
                      "AND name NOT LIKE 'sqlite_%' ORDER BY CASE type WHEN 'table' THEN 0 WHEN 'index' THEN 1 "
                      "WHEN 'view' THEN 2 ELSE 3 END, rowid");
    if (!r)
        return r.error();
    QList<StoreCheck::SchemaObject> objects;
    for (const QStringList &row : r.value())
        objects.append(StoreCheck::SchemaObject{row[0], row[1], row[2], row[3]});
    return objects;
}

QStringList SqliteEngine::columnsOf(sqlite3 *db, const QString &table)
{
    QStringList names;
    const auto r = textRows(db, "SELECT name FROM pragma_table_info('" + table.toUtf8().replace('\'', "''") + "')");
    if (r)
        for (const QStringList &row : r.value())
            names << row.value(0);
    return names;
}

// `thorough` adds PRAGMA integrity_check and foreign_key_check (they read every page: slow on big stores).
Result<QList<StoreCheck::Finding>> SqliteEngine::checkSchema(const StoreCheck::Reference &reference, bool thorough)
{
    sqlite3 *db = handle();
    QList<Finding> findings;
    auto actual = schemaObjects(db);
    if (!actual)
        return Store::accessError(m_store.path(), sqlite3_extended_errcode(db), actual.error().detail);
    QHash<QString, StoreCheck::SchemaObject> present;
    for (const StoreCheck::SchemaObject &o : actual.value())
        present.insert(o.name, o);
    for (const StoreCheck::SchemaObject &o : reference.objects) {
        if (!present.contains(o.name)) {
            findings.append(Finding{QCoreApplication::translate("StoreCheck", "the %1 “%2” is missing").arg(StoreCheck::typeName(o.type), o.name),
                                    o.sql});
            continue;
        }
        if (o.type != QLatin1String("table"))
            continue;
        const QStringList have = columnsOf(db, o.name);
        for (const QString &column : reference.columns.value(o.name))
            if (!have.contains(column))
                findings.append(Finding{QCoreApplication::translate("StoreCheck", "the table “%1” has no column “%2” "
                                                                                  "(cannot be repaired: restore the store from a backup)")
                                            .arg(o.name, column),
                                        {}});
    }
    if (!thorough)
        return findings;

    auto integrity = textRows(db, "PRAGMA integrity_check(50)");
    if (!integrity)
        findings.append(Finding{QCoreApplication::translate("StoreCheck", "the integrity check could not run: %1").arg(integrity.error().message), {}});
    else
        for (const QStringList &row : integrity.value())
            if (row.value(0) != QLatin1String("ok"))
                findings.append(Finding{QCoreApplication::translate("StoreCheck", "damaged: %1").arg(row.value(0)), {}});
    // One line per table and parent: a dropped table leaves every row that referred to it dangling.
    auto foreign = textRows(db, "SELECT \"table\", parent, count(*), min(rowid) FROM pragma_foreign_key_check GROUP BY 1, 2");
    if (!foreign)
        findings.append(Finding{QCoreApplication::translate("StoreCheck", "the foreign-key check could not run: %1").arg(foreign.error().message), {}});
    else
        for (const QStringList &row : foreign.value()) {
            const int dangling = row.value(2).toInt();
            const QString message = QCoreApplication::translate(
                "StoreCheck", "%n row(s) of “%1” refer to rows of “%2” that do not exist (the first: row %3)", nullptr, dangling);
            findings.append(Finding{message.arg(row.value(0), row.value(1), row.value(3)), {}});
        }
    return findings;
}

Result<QStringList> SqliteEngine::repair(const QList<StoreCheck::Finding> &findings)
{
    QStringList done;
    sqlite3 *db = handle();
    if (sqlite3_exec(db, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr) != SQLITE_OK)
        return Store::accessError(m_store.path(), sqlite3_extended_errcode(db), QString::fromUtf8(sqlite3_errmsg(db)));
    for (const Finding &f : findings) {
        if (sqlite3_exec(db, f.repairSql.toUtf8().constData(), nullptr, nullptr, nullptr) != SQLITE_OK) {
            Error e = sqliteFailure(db, QCoreApplication::translate("StoreCheck", "Cannot repair the store (%1)").arg(f.message));
            sqlite3_exec(db, "ROLLBACK", nullptr, nullptr, nullptr);
            return e;
        }
        done << QCoreApplication::translate("StoreCheck", "%1: re-created").arg(f.message);
    }
    if (sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr) != SQLITE_OK) {
        Error e = sqliteFailure(db, QCoreApplication::translate("StoreCheck", "Cannot repair the store"));
        sqlite3_exec(db, "ROLLBACK", nullptr, nullptr, nullptr);
        return e;
    }
    return done;
}

} // namespace zhisuan::db
