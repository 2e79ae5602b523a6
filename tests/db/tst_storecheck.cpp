// Damaged stores: what Store::open says about files that are not (or no longer) a ZhiSuan store, and what
// StoreCheck finds and repairs. Real SQLite files in temporary directories.

#include "schemamigration.h"
#include "storecheck.h"
#include "store.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using namespace zhisuan::db;

class TestStoreCheck : public QObject
{
    Q_OBJECT
private:
    // Another program's hand on the file: a plain sqlite3 connection, foreign keys off (as the sqlite3 shell).
    static bool rawExec(const QString &path, const char *sql)
    {
        sqlite3 *db = nullptr;
        const bool ok = sqlite3_open(QFile::encodeName(path).constData(), &db) == SQLITE_OK
                        && sqlite3_exec(db, sql, nullptr, nullptr, nullptr) == SQLITE_OK;
        sqlite3_close(db);
        return ok;
    }
    static QString newStore(const QTemporaryDir &dir, const QString &name)
    {
        const QString path = dir.filePath(name);
        auto store = Store::open(path);
        return store ? path : QString();
    }
    static QString messages(const QList<StoreCheck::Finding> &findings)
    {
        QStringList m;
        for (const auto &f : findings)
            m << f.message;
        return m.join(QLatin1Char('\n'));
    }

private slots:
    void soundStoreHasNoFindings()
    {
        QTemporaryDir dir;
        auto store = Store::open(dir.filePath(QStringLiteral("ok.sqlite")));
        QVERIFY(store);
        auto findings = StoreCheck::run(*store.value(), true);
        QVERIFY(findings);
        QVERIFY2(findings.value().isEmpty(), qPrintable(messages(findings.value())));
    }

    void droppedTableIsFoundAndRecreated()
    {
        QTemporaryDir dir;
        const QString path = newStore(dir, QStringLiteral("dropped.sqlite"));
        QVERIFY(rawExec(path, "DROP TABLE weekly_return"));
        auto store = Store::open(path, Store::OpenMode::ExistingOnly);
        QVERIFY2(store, "a store with a table dropped still opens: the pages say what is missing");
        auto findings = StoreCheck::run(*store.value(), true);
        QVERIFY(findings);
        QVERIFY2(messages(findings.value()).contains(QStringLiteral("the table “weekly_return” is missing")),
                 qPrintable(messages(findings.value())));
        auto repaired = StoreCheck::repair(*store.value());
        QVERIFY2(repaired, qPrintable(repaired ? QString() : repaired.error().message));
        QVERIFY(!repaired.value().isEmpty());
        auto after = StoreCheck::run(*store.value(), true);
        QVERIFY(after);
        QVERIFY2(after.value().isEmpty(), qPrintable(messages(after.value())));
        QSqlQuery q(store.value()->database());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM weekly_return")));
    }

    void droppedIndexIsFound()
    {
        QTemporaryDir dir;
        const QString path = newStore(dir, QStringLiteral("index.sqlite"));
        sqlite3 *db = nullptr;
        QCOMPARE(sqlite3_open(QFile::encodeName(path).constData(), &db), SQLITE_OK);
        sqlite3_stmt *stmt = nullptr;
        QCOMPARE(sqlite3_prepare_v2(db, "SELECT name FROM sqlite_master WHERE type='index' AND sql IS NOT NULL LIMIT 1", -1, &stmt, nullptr), SQLITE_OK);
        QCOMPARE(sqlite3_step(stmt), SQLITE_ROW);
        const QByteArray index = reinterpret_cast<const char *>(sqlite3_column_text(stmt, 0));
        sqlite3_finalize(stmt);
        QCOMPARE(sqlite3_exec(db, ("DROP INDEX " + index).constData(), nullptr, nullptr, nullptr), SQLITE_OK);
        sqlite3_close(db);
        auto store = Store::open(path, Store::OpenMode::ReadOnly);
        QVERIFY(store);
        auto findings = StoreCheck::run(*store.value(), false);
        QVERIFY(findings);
        QVERIFY2(messages(findings.value()).contains(QString::fromUtf8(index)), qPrintable(messages(findings.value())));
    }

    void missingColumnIsNotRepaired()
    {
        QTemporaryDir dir;
        const QString path = newStore(dir, QStringLiteral("column.sqlite"));
        QVERIFY(rawExec(path, "ALTER TABLE event DROP COLUMN source"));
        auto store = Store::open(path, Store::OpenMode::ExistingOnly);
        QVERIFY(store);
        auto findings = StoreCheck::run(*store.value(), false);
        QVERIFY(findings);
        QVERIFY2(messages(findings.value()).contains(QStringLiteral("“event” has no column “source”")), qPrintable(messages(findings.value())));
        auto repaired = StoreCheck::repair(*store.value());
        QVERIFY(!repaired);
        QVERIFY2(repaired.error().message.contains(QStringLiteral("Nothing was changed")), qPrintable(repaired.error().message));
    }

    void unusableFilesAreRefusedWithAReason_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<int>("mode");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("says");
        QTest::newRow("garbage") << QByteArray("this is a CSV file, not a database\n1,2,3\n").repeated(200)
                                 << int(Store::OpenMode::ExistingOnly) << QStringLiteral("not-a-store")
                                 << QStringLiteral("not an SQLite database");
        QTest::newRow("zero bytes") << QByteArray() << int(Store::OpenMode::ExistingOnly) << QStringLiteral("not-a-store")
                                    << QStringLiteral("is empty (0 bytes)");
        QTest::newRow("zero bytes, read-only") << QByteArray() << int(Store::OpenMode::ReadOnly)
                                               << QStringLiteral("not-a-store") << QStringLiteral("is empty (0 bytes)");
    }
    void unusableFilesAreRefusedWithAReason()
    {
        QFETCH(QByteArray, content);
        QFETCH(int, mode);
        QFETCH(QString, code);
        QFETCH(QString, says);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("bad.sqlite"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(content);
        f.close();
        auto store = Store::open(path, Store::OpenMode(mode));
        QVERIFY(!store);
        QCOMPARE(store.error().code, code);
        QVERIFY2(store.error().message.contains(says), qPrintable(store.error().message));
        QFile again(path);
        QVERIFY(again.open(QIODevice::ReadOnly));
        QCOMPARE(again.readAll(), content); // never "repaired" into something else
    }

    void anotherProgramsDatabaseIsNotTouched()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("other.db"));
        QVERIFY(rawExec(path, "CREATE TABLE notes(text); INSERT INTO notes VALUES('mine')"));
        auto store = Store::open(path, Store::OpenMode::CreateIfMissing);
        QVERIFY(!store);
        QCOMPARE(store.error().code, QStringLiteral("not-a-store"));
        QVERIFY2(store.error().message.contains(QStringLiteral("another program")), qPrintable(store.error().message));
    }

    void newerSchemaIsRefusedUnchanged()
    {
        QTemporaryDir dir;
        const QString path = newStore(dir, QStringLiteral("newer.sqlite"));
        QVERIFY(rawExec(path, QByteArray("PRAGMA user_version = " + QByteArray::number(SchemaMigration::latestVersion() + 1)).constData()));
        for (auto mode : {Store::OpenMode::CreateIfMissing, Store::OpenMode::ExistingOnly, Store::OpenMode::ReadOnly}) {
            auto store = Store::open(path, mode);
            QVERIFY(!store);
            QCOMPARE(store.error().code, QStringLiteral("newer-store"));
        }
    }

    void readOnlyOpenTakesNoWriteLock()
    {
        QTemporaryDir dir;
        const QString path = newStore(dir, QStringLiteral("ro.sqlite"));
        // Another connection is in the middle of a write transaction.
        auto writer = Store::open(path, Store::OpenMode::ExistingOnly);
        QVERIFY(writer);
        QVERIFY(writer.value()->exec(QStringLiteral("BEGIN IMMEDIATE")));
        QVERIFY(writer.value()->exec(QStringLiteral("INSERT INTO import_preset(name,kind,mapping,created_at) VALUES('p','k','{}','now')")));
        auto reader = Store::open(path, Store::OpenMode::ReadOnly);
        QVERIFY2(reader, qPrintable(reader ? QString() : reader.error().message));
        QVERIFY(reader.value()->isReadOnly());
        QSqlQuery q(reader.value()->database());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM import_preset")) && q.next());
        QCOMPARE(q.value(0).toInt(), 0); // the writer has not committed
        QVERIFY(writer.value()->exec(QStringLiteral("COMMIT")));
    }

    void busyStoreSaysSo()
    {
        const Error e = Store::accessError(QStringLiteral("/tmp/x.sqlite"), SQLITE_BUSY, QStringLiteral("database is locked"));
        QCOMPARE(e.code, QStringLiteral("busy"));
        QVERIFY2(e.message.contains(QStringLiteral("busy")) && e.message.contains(QStringLiteral("try again")), qPrintable(e.message));
        QVERIFY(!e.message.contains(QStringLiteral("not a ZhiSuan store")));
    }
};

QTEST_GUILESS_MAIN(TestStoreCheck)
#include "tst_storecheck.moc"
