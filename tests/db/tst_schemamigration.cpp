#include "schemamigration.h"
#include "store.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using namespace zhisuan::db;

class TestSchemaMigration : public QObject
{
    Q_OBJECT
private:
    QByteArray fileHash(const QString &path)
    {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return {};
        return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
    }
    QVariant scalar(Store &store, const QString &sql)
    {
        QSqlQuery q(store.database());
        if (!q.exec(sql) || !q.next())
            return {};
        return q.value(0);
    }

private slots:
    void freshStoreHasTheLatestSchema()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("new.sqlite"));
        auto store = Store::open(path);
        QVERIFY2(store.ok(), qPrintable(store.ok() ? QString() : store.error().message));
        QVERIFY(store.value()->isNew());
        QVERIFY(SchemaMigration::latestVersion() >= 1);
        QCOMPARE(store.value()->schemaVersion(), SchemaMigration::latestVersion());
        QCOMPARE(scalar(*store.value(), QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
        QCOMPARE(scalar(*store.value(), QStringLiteral("PRAGMA foreign_keys")).toInt(), 1);
        // Every entity of the product has its table.
        for (const char *table : {"organisation", "compute_centre", "centre_capacity_phase", "ai_model", "model_release",
                                  "benchmark_score", "api_price", "site", "site_traffic", "app", "app_download", "chip",
                                  "efficiency_threshold", "security", "daily_bar", "weekly_return", "valuation", "lockup",
                                  "event", "metric", "import_batch", "import_undo", "import_preset"}) {
            QCOMPARE(scalar(*store.value(), QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE type='table' AND name='%1'")
                                                .arg(QLatin1String(table)))
                         .toInt(),
                     1);
        }
    }

    void foreignKeysAreEnforced()
    {
        QTemporaryDir dir;
        auto store = Store::open(dir.filePath(QStringLiteral("fk.sqlite")));
        QVERIFY(store.ok());
        QSqlQuery q(store.value()->database());
        QVERIFY(!q.exec(QStringLiteral("INSERT INTO daily_bar(code, trade_date, close) VALUES('NOPE.SZ', '2024-08-16', 1)")));
    }

    void reopeningKeepsDataAndDoesNotMigrateAgain()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("keep.sqlite"));
        {
            auto store = Store::open(path);
            QVERIFY(store.ok());
            QVERIFY(store.value()->exec(QStringLiteral("INSERT INTO security(code, name) VALUES('300531.SZ', '优博讯')")).ok());
        }
        auto again = Store::open(path, Store::OpenMode::ExistingOnly);
        QVERIFY(again.ok());
        QVERIFY(!again.value()->isNew());
        QCOMPARE(scalar(*again.value(), QStringLiteral("SELECT name FROM security WHERE code='300531.SZ'")).toString(),
                 QStringLiteral("优博讯"));
    }

    void aVersionOneStoreIsUpgradedKeepingItsRows()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("v1.sqlite"));
        {
            QFile f(QStringLiteral(":/migrations/001_initial.sql"));
            QVERIFY(f.open(QIODevice::ReadOnly));
            sqlite3 *db = nullptr;
            QCOMPARE(sqlite3_open(QFile::encodeName(path).constData(), &db), SQLITE_OK);
            QCOMPARE(sqlite3_exec(db, f.readAll().constData(), nullptr, nullptr, nullptr), SQLITE_OK);
            QCOMPARE(sqlite3_exec(db, "INSERT INTO compute_centre(name) VALUES('成都人工智能计算中心'); PRAGMA user_version = 1",
                                  nullptr, nullptr, nullptr),
                     SQLITE_OK);
            sqlite3_close(db);
        }
        auto store = Store::open(path);
        QVERIFY2(store.ok(), qPrintable(store.ok() ? QString() : store.error().message));
        QCOMPARE(store.value()->schemaVersion(), SchemaMigration::latestVersion());
        QCOMPARE(scalar(*store.value(), QStringLiteral("SELECT COUNT(*) FROM compute_centre")).toInt(), 1);
        QVERIFY(scalar(*store.value(), QStringLiteral("SELECT place_note IS NULL FROM compute_centre")).toBool());
    }

    void newerStoreIsRefusedAndLeftUntouched()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("future.sqlite"));
        {
            sqlite3 *db = nullptr;
            QCOMPARE(sqlite3_open(QFile::encodeName(path).constData(), &db), SQLITE_OK);
            const QByteArray sql = "CREATE TABLE t(x); PRAGMA user_version = "
                                   + QByteArray::number(SchemaMigration::latestVersion() + 1);
            QCOMPARE(sqlite3_exec(db, sql.constData(), nullptr, nullptr, nullptr), SQLITE_OK);
            sqlite3_close(db);
        }
        const QByteArray before = fileHash(path);
        auto store = Store::open(path);
        QVERIFY(!store.ok());
        QCOMPARE(store.error().code, QStringLiteral("newer-store"));
        QVERIFY(store.error().message.contains(QStringLiteral("newer version")));
        QVERIFY(store.error().message.contains(path));
        QCOMPARE(fileHash(path), before);
        QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
    }

    void missingStoreIsNotCreatedWhenExistingOnly()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("absent.sqlite"));
        auto store = Store::open(path, Store::OpenMode::ExistingOnly);
        QVERIFY(!store.ok());
        QCOMPARE(store.error().code, QStringLiteral("not-found"));
        QVERIFY(!QFile::exists(path));
    }

    void aFileThatIsNotAStoreIsRefused()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("notes.sqlite"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("these are my notes, not a database\n");
        f.close();
        auto store = Store::open(path);
        QVERIFY(!store.ok());
    }

    void failedMigrationLeavesTheStoreAsItWas()
    {
        // A store whose tables clash with migration 1 cannot be migrated; the failure must roll back.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("clash.sqlite"));
        {
            sqlite3 *db = nullptr;
            QCOMPARE(sqlite3_open(QFile::encodeName(path).constData(), &db), SQLITE_OK);
            QCOMPARE(sqlite3_exec(db, "CREATE TABLE security(x)", nullptr, nullptr, nullptr), SQLITE_OK);
            sqlite3_close(db);
        }
        auto store = Store::open(path);
        QVERIFY(!store.ok());
        sqlite3 *db = nullptr;
        QCOMPARE(sqlite3_open(QFile::encodeName(path).constData(), &db), SQLITE_OK);
        auto version = SchemaMigration::currentVersion(db);
        QVERIFY(version.ok());
        QCOMPARE(version.value(), 0);
        sqlite3_stmt *stmt = nullptr;
        sqlite3_prepare_v2(db, "SELECT COUNT(*) FROM sqlite_master WHERE name='import_batch'", -1, &stmt, nullptr);
        QCOMPARE(sqlite3_step(stmt), SQLITE_ROW);
        QCOMPARE(sqlite3_column_int(stmt, 0), 0);
        sqlite3_finalize(stmt);
        sqlite3_close(db);
    }
};

QTEST_GUILESS_MAIN(TestSchemaMigration)
#include "tst_schemamigration.moc"
