#include "storecheck.h"

#include "schemamigration.h"
#include "sqliteengine.h"
#include "storeengine.h"

#include <QCoreApplication>

#include <sqlite3.h>

namespace zhisuan::db {

namespace {

// The schema a store of the latest version has: the migrations applied to an empty in-memory SQLite database, with its
// foreign and unique keys. SQLite's schema is the reference whatever the store's engine (StoreCheck::Reference).
Result<StoreCheck::Reference> referenceSchema()
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
    auto objects = SqliteEngine::schemaObjects(memory);
    if (!objects) {
        sqlite3_close(memory);
        return objects.error();
    }
    StoreCheck::Reference reference;
    reference.objects = objects.value();
    for (const StoreCheck::SchemaObject &o : reference.objects)
        if (o.type == QLatin1String("table"))
            reference.columns.insert(o.name, SqliteEngine::columnsOf(memory, o.name));
    {
        // Foreign keys ("f table(columns) parent") and unique keys ("u table(columns)"), in declared column order.
        auto r = SqliteEngine::textRows(memory, "SELECT 'f', m.name, group_concat(k.\"from\", ','), max(k.\"table\") FROM sqlite_master m, "
                              "pragma_foreign_key_list(m.name) k WHERE m.type = 'table' GROUP BY m.name, k.id "
                              "UNION ALL SELECT 'u', m.name, (SELECT group_concat(c.name, ',') FROM (SELECT name FROM "
                              "pragma_index_info(i.name) ORDER BY seqno) c), '' FROM sqlite_master m, pragma_index_list(m.name) i "
                              "WHERE m.type = 'table' AND i.\"unique\" = 1");
        if (!r) {
            sqlite3_close(memory);
            return r.error();
        }
        for (const QStringList &row : r.value())
            reference.keys.insert(row[0] + u' ' + row[1] + u'(' + row[2] + u')' + (row[3].isEmpty() ? QString() : u' ' + row[3]));
    }
    sqlite3_close(memory);
    return reference;
}

} // namespace

QString StoreCheck::typeName(const QString &type)
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
QString StoreCheck::keyDescription(const QString &key)
{
    const QStringList parts = key.split(u' ');
    const QString columns = parts.value(1).replace(u',', QStringLiteral(", "));
    if (parts.value(0) == QLatin1String("f"))
        return QCoreApplication::translate("StoreCheck", "the foreign key %1 → %2").arg(columns, parts.value(2));
    return QCoreApplication::translate("StoreCheck", "the unique key %1").arg(columns);
}

Result<QList<StoreCheck::Finding>> StoreCheck::run(Store &store, bool thorough)
{
    auto reference = referenceSchema();
    if (!reference)
        return reference.error();
    return store.storeEngine().checkSchema(reference.value(), thorough);
}

Result<QStringList> StoreCheck::repair(Store &store)
{
    // A team store's schema is created and upgraded in one transaction by Store::open; what is missing on it is
    // reported by run() and not repaired here. A reader's login is told first that it may not change the store at all.
    if (auto refused = store.storeEngine().refuseReader(); !refused)
        return refused.error();
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
    return store.storeEngine().repair(findings.value());
}

} // namespace zhisuan::db
