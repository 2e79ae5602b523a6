// The two engines' schemas are written twice by hand (resources/migrations/ and resources/migrations/postgresql/):
// after every migration N, a real SQLite file and a real PostgreSQL database migrated to N must have the same tables,
// columns (name, nullability, type family), primary keys, unique constraints and indexes, and foreign keys (issue 27).
// A difference that is meant is listed in kAllowed with its reason; anything else fails with both sides' lines.

#include "schemamigration.h"

#include "../pgtestserver.h"

#include <QFile>
#include <QMap>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

#include <algorithm>

using namespace zhisuan::db;
using namespace zhisuan::test;

namespace {

// Differences that are meant, each with why. A line here is dropped from both sides before they are compared.
struct Allowed
{
    const char *line;
    const char *reason;
    int from = 0; // the first schema version where it applies (0: every one)
};
const Allowed kAllowed[] = {
    {"table schema_version", "PostgreSQL keeps the schema version in this table; SQLite in PRAGMA user_version"},
    {"column schema_version.version integer not null", "as above"},
    {"foreign daily_bar(code) -> security(code) on delete no action",
     "PostgreSQL checks it once per statement by triggers (postgresql/011), not per row; tst_pgimport proves its rules"},
    {"foreign daily_bar(batch_id) -> import_batch(id) on delete no action", "as above"},
    {"primary daily_bar(id)", "the team store finds daily quotes by their key (code, trade_date) and keeps no index on id, "
                              "which every bulk import paid for (postgresql/014); SQLite's rowid costs nothing", 14},
    {"column daily_bar.id integer not null", "the team store leaves daily_bar.id empty: nothing there reads it, and its identity cost "
                                             "every bulk import (postgresql/015); SQLite's id is the rowid", 15},
    {"column daily_bar.id integer", "as above", 15},
};

// SQLite's declared types and PostgreSQL's types as one family each: what a value of the column can be.
QString family(const QString &declared)
{
    const QString t = declared.toLower();
    if (t.contains(QLatin1String("int")))
        return QStringLiteral("integer");
    if (t.contains(QLatin1String("real")) || t.contains(QLatin1String("double")) || t.contains(QLatin1String("numeric")))
        return QStringLiteral("real");
    if (t.contains(QLatin1String("text")) || t.contains(QLatin1String("char")))
        return QStringLiteral("text");
    if (t.contains(QLatin1String("blob")) || t.contains(QLatin1String("bytea")))
        return QStringLiteral("blob");
    return t.isEmpty() ? QStringLiteral("any") : t; // date, boolean …: compared as they are, so that a mismatch shows
}

QString line(QStringView kind, const QString &table, const QStringList &columns, const QString &rest = {})
{
    return QStringLiteral("%1 %2(%3)%4").arg(kind, table, columns.join(u','), rest.isEmpty() ? QString() : u' ' + rest);
}

// SQLite: PRAGMA table_info, index_list, index_info, foreign_key_list on every table of the file.
QStringList describeSqlite(sqlite3 *db)
{
    auto rows = [db](const QString &sql) {
        QList<QStringList> out;
        sqlite3_stmt *stmt = nullptr;
        if (sqlite3_prepare_v2(db, sql.toUtf8().constData(), -1, &stmt, nullptr) != SQLITE_OK)
            return out;
        while (sqlite3_step(stmt) == SQLITE_ROW) {
            QStringList row;
            for (int i = 0; i < sqlite3_column_count(stmt); ++i)
                row << QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(stmt, i)));
            out << row;
        }
        sqlite3_finalize(stmt);
        return out;
    };
    QStringList lines;
    for (const QStringList &t : rows(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"))) {
        const QString table = t[0];
        lines << QStringLiteral("table ") + table;
        QStringList primary;
        // cid, name, type, notnull, dflt_value, pk
        for (const QStringList &c : rows(QStringLiteral("PRAGMA table_info(\"%1\")").arg(table))) {
            if (c[5].toInt() > 0)
                primary << c[1]; // in key order below
            // A primary key's columns are never null on PostgreSQL; on SQLite an INTEGER PRIMARY KEY is the rowid.
            const bool notNull = c[3] == QLatin1String("1") || c[5].toInt() > 0;
            lines << QStringLiteral("column %1.%2 %3%4").arg(table, c[1], family(c[2]), notNull ? QStringLiteral(" not null") : QString());
        }
        std::sort(primary.begin(), primary.end()); // key order is kept by the unique line below when it matters
        if (!primary.isEmpty())
            lines << line(u"primary", table, primary);
        // seq, name, unique, origin, partial
        for (const QStringList &i : rows(QStringLiteral("PRAGMA index_list(\"%1\")").arg(table))) {
            if (i[2] != QLatin1String("1") || i[3] == QLatin1String("pk"))
                continue;
            QStringList columns;
            for (const QStringList &c : rows(QStringLiteral("PRAGMA index_info(\"%1\")").arg(i[1])))
                columns << (c[2].isEmpty() ? QStringLiteral("(expression)") : c[2]);
            lines << line(u"unique", table, columns, i[4] == QLatin1String("1") ? QStringLiteral("partial") : QString());
        }
        // id, seq, table, from, to, on_update, on_delete, match
        QMap<int, QStringList> from, to, parent, onDelete;
        for (const QStringList &f : rows(QStringLiteral("PRAGMA foreign_key_list(\"%1\")").arg(table))) {
            const int id = f[0].toInt();
            from[id] << f[3];
            to[id] << f[4];
            parent[id] = {f[2]};
            onDelete[id] = {f[6].toLower()};
        }
        for (auto it = from.cbegin(); it != from.cend(); ++it) {
            QStringList target = to[it.key()];
            if (target.join(QString()).isEmpty()) { // REFERENCES parent with no columns: the parent's primary key
                target.clear();
                for (const QStringList &c : rows(QStringLiteral("PRAGMA table_info(\"%1\")").arg(parent[it.key()][0])))
                    if (c[5].toInt() > 0)
                        target << c[1];
            }
            lines << line(u"foreign", table, it.value(),
                          QStringLiteral("-> %1(%2) on delete %3").arg(parent[it.key()][0], target.join(u','), onDelete[it.key()][0]));
        }
    }
    lines.sort();
    return lines;
}

// PostgreSQL: the catalog of the current schema.
QStringList describePostgres(const QSqlDatabase &db)
{
    auto rows = [&db](const QString &sql) {
        QList<QStringList> out;
        QSqlQuery q(db);
        if (!q.exec(sql))
            qWarning("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
        while (q.next()) {
            QStringList row;
            for (int i = 0; i < q.record().count(); ++i)
                row << q.value(i).toString();
            out << row;
        }
        return out;
    };
    QStringList lines;
    const QString tables = QStringLiteral("SELECT c.oid, c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
                                          "WHERE c.relkind IN ('r', 'p') AND n.nspname = current_schema()");
    for (const QStringList &t : rows(tables)) {
        const QString oid = t[0], table = t[1];
        lines << QStringLiteral("table ") + table;
        for (const QStringList &c : rows(QStringLiteral("SELECT attname, format_type(atttypid, atttypmod), attnotnull FROM pg_attribute "
                                                         "WHERE attrelid = %1 AND attnum > 0 AND NOT attisdropped").arg(oid)))
            lines << QStringLiteral("column %1.%2 %3%4").arg(table, c[0], family(c[1]), c[2] == QLatin1String("true") ? QStringLiteral(" not null") : QString());
        // Each index's columns in index order (0: an expression), whether it is the primary key, and its predicate.
        const QString indexes = QStringLiteral(
            "SELECT i.indisprimary, i.indpred IS NOT NULL, "
            "  (SELECT string_agg(COALESCE(a.attname, '(expression)'), ',' ORDER BY k.n) "
            "   FROM unnest(i.indkey) WITH ORDINALITY k(attnum, n) LEFT JOIN pg_attribute a "
            "   ON a.attrelid = i.indrelid AND a.attnum = k.attnum AND k.attnum > 0) "
            "FROM pg_index i WHERE i.indrelid = %1 AND i.indisunique").arg(oid);
        for (const QStringList &i : rows(indexes)) {
            QStringList columns = i[2].split(u',');
            if (i[0] == QLatin1String("true")) {
                std::sort(columns.begin(), columns.end());
                lines << line(u"primary", table, columns);
            } else {
                lines << line(u"unique", table, columns, i[1] == QLatin1String("true") ? QStringLiteral("partial") : QString());
            }
        }
        const QString foreign = QStringLiteral(
            "SELECT (SELECT string_agg(a.attname, ',' ORDER BY k.n) FROM unnest(f.conkey) WITH ORDINALITY k(attnum, n) "
            "        JOIN pg_attribute a ON a.attrelid = f.conrelid AND a.attnum = k.attnum), "
            "  p.relname, "
            "  (SELECT string_agg(a.attname, ',' ORDER BY k.n) FROM unnest(f.confkey) WITH ORDINALITY k(attnum, n) "
            "        JOIN pg_attribute a ON a.attrelid = f.confrelid AND a.attnum = k.attnum), "
            "  CASE f.confdeltype WHEN 'a' THEN 'no action' WHEN 'r' THEN 'restrict' WHEN 'c' THEN 'cascade' "
            "                     WHEN 'n' THEN 'set null' ELSE 'set default' END "
            "FROM pg_constraint f JOIN pg_class p ON p.oid = f.confrelid WHERE f.conrelid = %1 AND f.contype = 'f'").arg(oid);
        for (const QStringList &f : rows(foreign))
            lines << line(u"foreign", table, f[0].split(u','), QStringLiteral("-> %1(%2) on delete %3").arg(f[1], f[2], f[3]));
    }
    lines.sort();
    return lines;
}

QStringList withoutAllowed(QStringList lines, int version)
{
    for (const Allowed &a : kAllowed)
        if (version >= a.from)
            lines.removeAll(QString::fromUtf8(a.line));
    return lines;
}

} // namespace

class TestSchemaParity : public QObject
{
    Q_OBJECT

private slots:
    // (That both engines have a migration for every number is tst_pgstore's migrationsVersionBothEngines.)
    void schemasAreEqualAfterEveryMigration_data()
    {
        QTest::addColumn<int>("version");
        for (const auto &s : SchemaMigration::steps())
            QTest::addRow("%03d_%s", s.version, qPrintable(s.name)) << s.version;
    }

    void schemasAreEqualAfterEveryMigration()
    {
        ZHISUAN_REQUIRE_PG();
        QFETCH(int, version);

        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        sqlite3 *file = nullptr;
        QCOMPARE(sqlite3_open(QFile::encodeName(dir.filePath(QStringLiteral("parity.sqlite"))).constData(), &file), SQLITE_OK);
        auto migrated = SchemaMigration::apply(file, version);
        QVERIFY2(migrated.ok(), qPrintable(migrated ? QString() : migrated.error().message));
        QCOMPARE(migrated.value(), version);
        const QStringList sqliteSchema = withoutAllowed(describeSqlite(file), version);
        sqlite3_close(file);

        QString error;
        const QString url = pgCreateDatabase(QStringLiteral("zhisuan_parity"), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QStringList serverSchema;
        {
            QSqlDatabase db = pgConnection(url, QStringLiteral("parity"));
            QVERIFY2(db.open(), qPrintable(db.lastError().text()));
            auto server = SchemaMigration::apply(db, version);
            QVERIFY2(server.ok(), qPrintable(server ? QString() : server.error().message));
            QCOMPARE(server.value(), version);
            serverSchema = withoutAllowed(describePostgres(db), version);
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("parity"));
        pgDropDatabase(url);

        // Each side was read whole: every kind of line is there (a catalog query that failed would leave none).
        for (const QStringList *schema : {&sqliteSchema, static_cast<const QStringList *>(&serverSchema)})
            for (const char *kind : {"table ", "column ", "primary ", "unique ", "foreign "})
                QVERIFY2(std::any_of(schema->cbegin(), schema->cend(), [kind](const QString &l) { return l.startsWith(QLatin1String(kind)); }),
                         kind);
        QStringList onlySqlite, onlyServer;
        for (const QString &l : sqliteSchema)
            if (!serverSchema.contains(l))
                onlySqlite << l;
        for (const QString &l : serverSchema)
            if (!sqliteSchema.contains(l))
                onlyServer << l;
        QVERIFY2(onlySqlite.isEmpty() && onlyServer.isEmpty(),
                 qPrintable(QStringLiteral("after migration %1\n  only in SQLite:\n    %2\n  only in PostgreSQL:\n    %3")
                                .arg(version)
                                .arg(onlySqlite.join(QStringLiteral("\n    ")), onlyServer.join(QStringLiteral("\n    ")))));
    }
};

QTEST_GUILESS_MAIN(TestSchemaParity)
#include "tst_schemaparity.moc"
