#include "storecheck.h"

#include "schemamigration.h"
#include "store.h"

#include <QCoreApplication>
#include <QSet>
#include <QSqlError>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QHash>

#include <sqlite3.h>

#include <algorithm>
#include <initializer_list>

namespace zhisuan::db {

namespace {

struct SchemaObject
{
    QString type; // table, index, view, trigger
    QString name;
    QString table;
    QString sql;
};

QString text(sqlite3_stmt *stmt, int column)
{
    return QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(stmt, column)));
}

Error sqliteFailure(sqlite3 *db, const QString &what)
{
    const QString why = QString::fromUtf8(sqlite3_errmsg(db));
    return Error{QStringLiteral("sql"), what + QStringLiteral(": ") + why, why};
}

// Rows of a query with one to four text columns.
Result<QList<QStringList>> rows(sqlite3 *db, const QByteArray &sql)
{
    sqlite3_stmt *stmt = nullptr;
    if (sqlite3_prepare_v2(db, sql.constData(), -1, &stmt, nullptr) != SQLITE_OK)
        return sqliteFailure(db, QString::fromUtf8(sql));
    QList<QStringList> out;
    int rc;
    while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
        QStringList row;
        for (int c = 0; c < sqlite3_column_count(stmt); ++c)
            row << text(stmt, c);
        out.append(row);
    }
    sqlite3_finalize(stmt);
    if (rc != SQLITE_DONE)
        return sqliteFailure(db, QString::fromUtf8(sql));
    return out;
}

Result<QList<SchemaObject>> schema(sqlite3 *db)
{
    auto r = rows(db, "SELECT type, name, tbl_name, sql FROM sqlite_master WHERE sql IS NOT NULL "
                      "AND name NOT LIKE 'sqlite_%' ORDER BY CASE type WHEN 'table' THEN 0 WHEN 'index' THEN 1 "
                      "WHEN 'view' THEN 2 ELSE 3 END, rowid");
    if (!r)
        return r.error();
    QList<SchemaObject> objects;
    for (const QStringList &row : r.value())
        objects.append(SchemaObject{row[0], row[1], row[2], row[3]});
    return objects;
}

QStringList columns(sqlite3 *db, const QString &table)
{
    QStringList names;
    const auto r = rows(db, "SELECT name FROM pragma_table_info('" + table.toUtf8().replace('\'', "''") + "')");
    if (r)
        for (const QStringList &row : r.value())
            names << row.value(0);
    return names;
}

// The schema a store of the latest version has: the migrations applied to an empty in-memory database.
// With `keys`, also its foreign and unique keys, as keyText() writes them.
Result<QList<SchemaObject>> referenceSchema(QHash<QString, QStringList> *tableColumns, QSet<QString> *keys = nullptr)
{
    sqlite3 *memory = nullptr;
    if (sqlite3_open(":memory:", &memory) != SQLITE_OK) {
        sqlite3_close(memory);
        return Error{QStringLiteral("sql"), QStringLiteral("cannot open an in-memory database"), {}};
    }
    auto applied = SchemaMigration::apply(memory);
    if (!applied) {
        sqlite3_close(memory);
        return applied.error();
    }
    auto objects = schema(memory);
    if (objects)
        for (const SchemaObject &o : objects.value())
            if (o.type == QLatin1String("table"))
                tableColumns->insert(o.name, columns(memory, o.name));
    if (objects && keys) {
        // Foreign keys ("f table(columns) parent") and unique keys ("u table(columns)"), in declared column order.
        auto r = rows(memory, "SELECT 'f', m.name, group_concat(k.\"from\", ','), max(k.\"table\") FROM sqlite_master m, "
                              "pragma_foreign_key_list(m.name) k WHERE m.type = 'table' GROUP BY m.name, k.id "
                              "UNION ALL SELECT 'u', m.name, (SELECT group_concat(c.name, ',') FROM (SELECT name FROM "
                              "pragma_index_info(i.name) ORDER BY seqno) c), '' FROM sqlite_master m, pragma_index_list(m.name) i "
                              "WHERE m.type = 'table' AND i.\"unique\" = 1");
        if (!r) {
            sqlite3_close(memory);
            return r.error();
        }
        for (const QStringList &row : r.value())
            keys->insert(row[0] + u' ' + row[1] + u'(' + row[2] + u')' + (row[3].isEmpty() ? QString() : u' ' + row[3]));
    }
    sqlite3_close(memory);
    return objects;
}

QString typeName(const QString &type)
{
    if (type == QLatin1String("table"))
        return QCoreApplication::translate("StoreCheck", "table");
    if (type == QLatin1String("index"))
        return QCoreApplication::translate("StoreCheck", "index");
    if (type == QLatin1String("view"))
        return QCoreApplication::translate("StoreCheck", "view");
    return QCoreApplication::translate("StoreCheck", "trigger");
}

// "the foreign key orders(customer_id) → customer", "the unique key daily_bar(code, trade_date)".
QString keyDescription(const QString &key)
{
    const QStringList parts = key.split(u' ');
    const QString columns = parts.value(1).replace(u',', QStringLiteral(", "));
    if (parts.value(0) == QLatin1String("f"))
        return QCoreApplication::translate("StoreCheck", "the foreign key %1 → %2").arg(columns, parts.value(2));
    return QCoreApplication::translate("StoreCheck", "the unique key %1").arg(columns);
}

// A team store (issue 17): the same tables, columns, named indexes, foreign keys and unique keys as the SQLite
// reference, read from the server's catalogue, and the schema version its migrations recorded. The server enforces
// the keys it has and checks its own pages; a key added NOT VALID (or whose check was skipped) is reported, since
// rows that break it may exist. What is missing is reported without a repair (the reference's DDL is SQLite's).
Result<QList<StoreCheck::Finding>> checkServer(Store &store, const QList<SchemaObject> &expected,
                                               const QHash<QString, QStringList> &expectedColumns, const QSet<QString> &expectedKeys)
{
    QSqlQuery q(store.database());
    QSet<QString> present;
    QHash<QString, QStringList> have;
    if (!q.exec(QStringLiteral("SELECT 'table', tablename FROM pg_catalog.pg_tables WHERE schemaname = current_schema() "
                               "UNION ALL SELECT 'index', indexname FROM pg_catalog.pg_indexes WHERE schemaname = current_schema()")))
        return sqlError(QCoreApplication::translate("StoreCheck", "Cannot read the store's schema"), q.lastError());
    while (q.next())
        present.insert(q.value(1).toString());
    if (!q.exec(QStringLiteral("SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = current_schema()")))
        return sqlError(QCoreApplication::translate("StoreCheck", "Cannot read the store's schema"), q.lastError());
    while (q.next())
        have[q.value(0).toString()] << q.value(1).toString();
    QList<StoreCheck::Finding> findings;
    // Keys, in the reference's spelling: constraints and unique indexes alike (a PRIMARY KEY is a unique key).
    if (!q.exec(QStringLiteral(
            "SELECT 'f', c.conrelid::regclass::text, (SELECT string_agg(a.attname, ',' ORDER BY k.n) FROM "
            "unnest(c.conkey) WITH ORDINALITY k(num, n) JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.num), "
            "c.confrelid::regclass::text, c.convalidated, c.conname FROM pg_constraint c "
            "WHERE c.contype = 'f' AND c.connamespace = current_schema()::regnamespace "
            "UNION ALL SELECT 'u', i.indrelid::regclass::text, (SELECT string_agg(a.attname, ',' ORDER BY k.n) FROM "
            "unnest(i.indkey::int2[]) WITH ORDINALITY k(num, n) JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = k.num), "
            "'', i.indisvalid, i.indexrelid::regclass::text FROM pg_index i JOIN pg_class t ON t.oid = i.indrelid "
            "WHERE i.indisunique AND t.relnamespace = current_schema()::regnamespace "
            "UNION ALL SELECT 'c', c.conrelid::regclass::text, '', '', c.convalidated, c.conname FROM pg_constraint c "
            "WHERE c.contype = 'c' AND c.connamespace = current_schema()::regnamespace "
            "UNION ALL SELECT 't', t.tgrelid::regclass::text, '', '', t.tgenabled <> 'D', t.tgname FROM pg_trigger t "
            "JOIN pg_class r ON r.oid = t.tgrelid WHERE NOT t.tgisinternal AND r.relnamespace = current_schema()::regnamespace")))
        return sqlError(QCoreApplication::translate("StoreCheck", "Cannot read the store's schema"), q.lastError());
    QSet<QString> keys, triggers;
    while (q.next()) {
        const QString kind = q.value(0).toString();
        const QString table = q.value(1).toString();
        if (kind == QLatin1String("t")) {
            if (q.value(4).toBool())
                triggers.insert(q.value(5).toString());
            else
                findings.append(StoreCheck::Finding{QCoreApplication::translate("StoreCheck", "the trigger “%1” of “%2” is disabled: "
                                                                                              "rows that break its rule may be stored")
                                                        .arg(q.value(5).toString(), table),
                                                    {}});
            continue;
        }
        if (!q.value(4).toBool())
            findings.append(StoreCheck::Finding{QCoreApplication::translate("StoreCheck", "the constraint “%1” of “%2” is not validated: "
                                                                                          "rows that break it may be stored")
                                                    .arg(q.value(5).toString(), table),
                                                {}});
        if (kind != QLatin1String("c"))
            keys.insert(kind + u' ' + table + u'(' + q.value(2).toString() + u')'
                        + (q.value(3).toString().isEmpty() ? QString() : u' ' + q.value(3).toString()));
        else
            present.insert(q.value(5).toString());
    }
    for (const SchemaObject &o : expected) {
        // A rule SQLite enforces with triggers (weekly_return_is_a_week_on_insert/_on_update) is one CHECK constraint
        // on PostgreSQL, named as the triggers less their suffix.
        QString name = o.name;
        if (o.type == QLatin1String("trigger"))
            name.remove(QRegularExpression(QStringLiteral("_on_(insert|update)$")));
        if (!present.contains(name)) {
            findings.append(StoreCheck::Finding{
                QCoreApplication::translate("StoreCheck", "the %1 “%2” is missing").arg(typeName(o.type), o.name), {}});
            continue;
        }
        if (o.type != QLatin1String("table"))
            continue;
        for (const QString &column : expectedColumns.value(o.name))
            if (!have.value(o.name).contains(column))
                findings.append(StoreCheck::Finding{QCoreApplication::translate("StoreCheck", "the table “%1” has no column “%2” "
                                                                                              "(cannot be repaired: restore the store from a backup)")
                                                        .arg(o.name, column),
                                                    {}});
    }


    // Foreign keys the team store checks once per statement (postgresql/011): present when all their triggers are.
    struct KeyByTriggers
    {
        const char *key;
        std::initializer_list<const char *> triggers;
    };
    static const KeyByTriggers byTriggers[] = {
        {"f daily_bar(code) security", {"daily_bar_refers_on_insert", "daily_bar_refers_on_update", "security_used_by_daily_bar",
                                        "security_code_to_daily_bar"}},
        {"f daily_bar(batch_id) import_batch", {"daily_bar_refers_on_insert", "daily_bar_refers_on_update", "import_batch_used_by_daily_bar"}},
    };
    for (const KeyByTriggers &k : byTriggers)
        if (std::all_of(k.triggers.begin(), k.triggers.end(), [&](const char *t) { return triggers.contains(QLatin1String(t)); }))
            keys.insert(QLatin1String(k.key));

    QStringList missingKeys;
    for (const QString &key : expectedKeys)
        if (!keys.contains(key) && present.contains(key.section(u' ', 1).section(u'(', 0, 0)))
            missingKeys << key;
    missingKeys.sort();
    for (const QString &key : missingKeys)
        findings.append(StoreCheck::Finding{QCoreApplication::translate("StoreCheck", "%1 is missing (cannot be repaired: restore the "
                                                                                      "store from a backup)")
                                                .arg(keyDescription(key)),
                                            {}});

    auto version = SchemaMigration::currentVersion(store.database());
    if (!version)
        return version.error();
    if (version.value() != SchemaMigration::latestVersion())
        findings.append(StoreCheck::Finding{QCoreApplication::translate("StoreCheck", "the store records schema version %1, this "
                                                                                      "program's is %2")
                                                .arg(version.value())
                                                .arg(SchemaMigration::latestVersion()),
                                            {}});
    return findings;
}

} // namespace

Result<QList<StoreCheck::Finding>> StoreCheck::run(Store &store, bool thorough)
{
    QList<Finding> findings;
    QHash<QString, QStringList> expectedColumns;
    QSet<QString> expectedKeys;
    const bool server = store.engine() != Store::Engine::Sqlite;
    auto expected = referenceSchema(&expectedColumns, server ? &expectedKeys : nullptr);
    if (!expected)
        return expected.error();
    if (server)
        return checkServer(store, expected.value(), expectedColumns, expectedKeys);
    sqlite3 *db = store.handle();
    auto actual = schema(db);
    if (!actual)
        return Store::accessError(store.path(), sqlite3_extended_errcode(db), actual.error().detail);
    QHash<QString, SchemaObject> present;
    for (const SchemaObject &o : actual.value())
        present.insert(o.name, o);
    for (const SchemaObject &o : expected.value()) {
        if (!present.contains(o.name)) {
            findings.append(Finding{QCoreApplication::translate("StoreCheck", "the %1 “%2” is missing").arg(typeName(o.type), o.name),
                                    o.sql});
            continue;
        }
        if (o.type != QLatin1String("table"))
            continue;
        const QStringList have = columns(db, o.name);
        for (const QString &column : expectedColumns.value(o.name))
            if (!have.contains(column))
                findings.append(Finding{QCoreApplication::translate("StoreCheck", "the table “%1” has no column “%2” "
                                                                                  "(cannot be repaired: restore the store from a backup)")
                                            .arg(o.name, column),
                                        {}});
    }
    if (!thorough)
        return findings;

    auto integrity = rows(db, "PRAGMA integrity_check(50)");
    if (!integrity)
        findings.append(Finding{QCoreApplication::translate("StoreCheck", "the integrity check could not run: %1").arg(integrity.error().message), {}});
    else
        for (const QStringList &row : integrity.value())
            if (row.value(0) != QLatin1String("ok"))
                findings.append(Finding{QCoreApplication::translate("StoreCheck", "damaged: %1").arg(row.value(0)), {}});
    // One line per table and parent: a dropped table leaves every row that referred to it dangling.
    auto foreign = rows(db, "SELECT \"table\", parent, count(*), min(rowid) FROM pragma_foreign_key_check GROUP BY 1, 2");
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

Result<QStringList> StoreCheck::repair(Store &store)
{
    // A team store's schema is created and upgraded in one transaction by Store::open; what is missing on it is
    // reported by run() and not repaired here. A reader's login is told first that it may not change the store at all.
    if (store.engine() == Store::Engine::PostgreSql && store.isReadOnly())
        return store.readerError();
    auto findings = run(store, false);
    if (!findings)
        return findings.error();
    QStringList done;
    for (const Finding &f : findings.value())
        if (f.repairSql.isEmpty())
            return Error{QStringLiteral("damaged"),
                         QCoreApplication::translate("StoreCheck", "The store %1 cannot be repaired: %2. Nothing was changed.")
                             .arg(store.path(), f.message),
                         {}};
    if (findings.value().isEmpty())
        return done;
    sqlite3 *db = store.handle();
    if (sqlite3_exec(db, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr) != SQLITE_OK)
        return Store::accessError(store.path(), sqlite3_extended_errcode(db), QString::fromUtf8(sqlite3_errmsg(db)));
    for (const Finding &f : findings.value()) {
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
