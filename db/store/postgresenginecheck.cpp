#include "postgresengine.h"

#include "schemamigration.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <initializer_list>

// PostgresEngine's part of `zhisuan check` (StoreCheck): the team store's schema read from the server's catalogue and
// compared with the reference.

namespace zhisuan::db {

namespace {

using Finding = StoreCheck::Finding;

// What the server's catalogue holds: tables, indexes and CHECK constraints by name, columns by table, keys in the
// reference's spelling, and the enabled triggers.
struct Catalogue
{
    QSet<QString> present;
    QHash<QString, QStringList> columns;
    QSet<QString> keys;
    QSet<QString> triggers;
};

Result<void> readObjects(QSqlQuery &q, Catalogue &c)
{
    if (!q.exec(QStringLiteral("SELECT 'table', tablename FROM pg_catalog.pg_tables WHERE schemaname = current_schema() "
                               "UNION ALL SELECT 'index', indexname FROM pg_catalog.pg_indexes WHERE schemaname = current_schema()")))
        return sqlError(QCoreApplication::translate("StoreCheck", "Cannot read the store's schema"), q.lastError());
    while (q.next())
        c.present.insert(q.value(1).toString());
    if (!q.exec(QStringLiteral("SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = current_schema()")))
        return sqlError(QCoreApplication::translate("StoreCheck", "Cannot read the store's schema"), q.lastError());
    while (q.next())
        c.columns[q.value(0).toString()] << q.value(1).toString();
    return {};
}

// Keys, constraints and triggers; a disabled trigger or a constraint not validated is a finding.
Result<void> readKeys(QSqlQuery &q, Catalogue &c, QList<Finding> &findings)
{
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
    while (q.next()) {
        const QString kind = q.value(0).toString();
        const QString table = q.value(1).toString();
        if (kind == QLatin1String("t")) {
            if (q.value(4).toBool())
                c.triggers.insert(q.value(5).toString());
            else
                findings.append(Finding{QCoreApplication::translate("StoreCheck", "the trigger “%1” of “%2” is disabled: "
                                                                                              "rows that break its rule may be stored")
                                                        .arg(q.value(5).toString(), table),
                                                    {}});
            continue;
        }
        if (!q.value(4).toBool())
            findings.append(Finding{QCoreApplication::translate("StoreCheck", "the constraint “%1” of “%2” is not validated: "
                                                                                          "rows that break it may be stored")
                                                    .arg(q.value(5).toString(), table),
                                                {}});
        if (kind != QLatin1String("c"))
            c.keys.insert(kind + u' ' + table + u'(' + q.value(2).toString() + u')'
                        + (q.value(3).toString().isEmpty() ? QString() : u' ' + q.value(3).toString()));
        else
            c.present.insert(q.value(5).toString());
    }
    return {};
}

// Every object of the reference present, and every column of its tables.
void compareObjects(const StoreCheck::Reference &reference, const Catalogue &c, QList<Finding> &findings)
{
    for (const StoreCheck::SchemaObject &o : reference.objects) {
        // A rule SQLite enforces with triggers (weekly_return_is_a_week_on_insert/_on_update) is one CHECK constraint
        // on PostgreSQL, named as the triggers less their suffix.
        QString name = o.name;
        if (o.type == QLatin1String("trigger"))
            name.remove(QRegularExpression(QStringLiteral("_on_(insert|update)$")));
        if (!c.present.contains(name)) {
            findings.append(Finding{
                QCoreApplication::translate("StoreCheck", "the %1 “%2” is missing").arg(StoreCheck::typeName(o.type), o.name), {}});
            continue;
        }
        if (o.type != QLatin1String("table"))
            continue;
        for (const QString &column : reference.columns.value(o.name))
            if (!c.columns.value(o.name).contains(column))
                findings.append(Finding{QCoreApplication::translate("StoreCheck", "the table “%1” has no column “%2” "
                                                                                              "(cannot be repaired: restore the store from a backup)")
                                                        .arg(o.name, column),
                                                    {}});
    }
}

// Every key of the reference present (on a table that is: a missing table was reported).
void compareKeys(const StoreCheck::Reference &reference, Catalogue &c, QList<Finding> &findings)
{
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
        if (std::all_of(k.triggers.begin(), k.triggers.end(), [&](const char *t) { return c.triggers.contains(QLatin1String(t)); }))
            c.keys.insert(QLatin1String(k.key));

    QStringList missingKeys;
    for (const QString &key : reference.keys)
        if (!c.keys.contains(key) && c.present.contains(key.section(u' ', 1).section(u'(', 0, 0)))
            missingKeys << key;
    missingKeys.sort();
    for (const QString &key : missingKeys)
        findings.append(Finding{QCoreApplication::translate("StoreCheck", "%1 is missing (cannot be repaired: restore the "
                                                                                      "store from a backup)")
                                                .arg(StoreCheck::keyDescription(key)),
                                            {}});
}

} // namespace

// A team store (issue 17): the same tables, columns, named indexes, foreign keys and unique keys as the SQLite
// reference, read from the server's catalogue, and the schema version its migrations recorded. The server enforces
// the keys it has and checks its own pages (`thorough` adds nothing); a key added NOT VALID (or whose check was
// skipped) is reported, since rows that break it may exist. What is missing is reported without a repair (the
// reference's DDL is SQLite's).
Result<QList<StoreCheck::Finding>> PostgresEngine::checkSchema(const StoreCheck::Reference &reference, bool)
{
    QSqlQuery q(database());
    Catalogue c;
    QList<Finding> findings;
    if (auto r = readObjects(q, c); !r)
        return r.error();
    if (auto r = readKeys(q, c, findings); !r)
        return r.error();
    compareObjects(reference, c, findings);
    compareKeys(reference, c, findings);
    auto version = SchemaMigration::currentVersion(database());
    if (!version)
        return version.error();
    if (version.value() != SchemaMigration::latestVersion())
        findings.append(Finding{QCoreApplication::translate("StoreCheck", "the store records schema version %1, this "
                                                                                      "program's is %2")
                                                .arg(version.value())
                                                .arg(SchemaMigration::latestVersion()),
                                            {}});
    return findings;
}

} // namespace zhisuan::db
