// The PostgreSQL store (issue 17): opening a team store by URL, versioned migrations, refusals that leave the
// server's database untouched. Runs against the server ./dev test starts (tests/pgtestserver.h).
#include "schemamigration.h"
#include "store.h"
#include "storecheck.h"
#include "teamroles.h"

#include "../pgtestserver.h"

#include <QSqlQuery>
#include <QUrl>

#include <atomic>
#include <thread>
#include <vector>
#include <QTest>

using namespace zhisuan::db;
using namespace zhisuan::test;

class TestPgStore : public QObject
{
    Q_OBJECT
private:
    QStringList m_databases;
    QString newDatabase()
    {
        QString error;
        const QString url = pgCreateDatabase(QStringLiteral("zt_pgstore"), &error);
        if (url.isEmpty())
            qWarning("cannot create a test database: %s", qPrintable(error));
        m_databases << url;
        return url;
    }
    static QStringList tablesOf(const QString &url)
    {
        auto store = Store::open(url, Store::OpenMode::CreateIfMissing);
        QStringList names;
        if (!store)
            return {QStringLiteral("cannot open: ") + store.error().message};
        QSqlQuery q(store.value()->database());
        q.exec(QStringLiteral("SELECT tablename FROM pg_tables WHERE schemaname = current_schema() ORDER BY 1"));
        while (q.next())
            names << q.value(0).toString();
        return names;
    }

private slots:
    void cleanupTestCase()
    {
        for (const QString &url : std::as_const(m_databases))
            pgDropDatabase(url);
    }

    // Every SQLite migration has its PostgreSQL dialect with the same number: a migration added for one engine only
    // (a merge of another branch) fails here, not on a team's server.
    void migrationsVersionBothEngines()
    {
        QList<int> sqlite, server;
        for (const auto &s : SchemaMigration::steps())
            sqlite << s.version;
        for (const auto &s : SchemaMigration::serverSteps())
            server << s.version;
        QVERIFY(!sqlite.isEmpty());
        QCOMPARE(server, sqlite);
    }

    void urlSelectsPostgresAndPathsStayFiles()
    {
        const QString url = QStringLiteral("postgresql://analyst@db.example:5433/research");
        QCOMPARE(Store::resolvePath(url), url);
        QVERIFY(Store::isServerAddress(url));
        QVERIFY(!Store::isServerAddress(QStringLiteral("/home/a/postgresql/zhisuan.sqlite")));
        QVERIFY(Store::resolvePath(QStringLiteral("x.sqlite")).endsWith(QLatin1String("/x.sqlite")));
        qputenv("ZHISUAN_DB", url.toUtf8());
        QCOMPARE(Store::resolvePath({}), url);
        qunsetenv("ZHISUAN_DB");
    }

    // A password written in the address (instead of ~/.pgpass) never shows: path() is the window title, the status bar
    // and every message. The store still reopens by path() in this process (the market page's loading thread does).
    void aPasswordInTheAddressIsNeverShown()
    {
        ZHISUAN_REQUIRE_PG();
        QUrl withPassword(newDatabase());
        QVERIFY(!withPassword.isEmpty());
        withPassword.setPassword(QStringLiteral("s3cret-pw"));
        auto store = Store::open(withPassword.toString());
        QVERIFY2(store.ok(), qPrintable(store ? QString() : store.error().message));
        QVERIFY2(!store.value()->path().contains(QStringLiteral("s3cret-pw")), qPrintable(store.value()->path()));
        QCOMPARE(store.value()->path(), withPassword.toString(QUrl::RemovePassword));
        auto again = Store::open(store.value()->path(), Store::OpenMode::ExistingOnly);
        QVERIFY2(again.ok(), qPrintable(again ? QString() : again.error().message));
        QCOMPARE(again.value()->database().password(), QStringLiteral("s3cret-pw"));
    }

    void newDatabaseGetsTheSchema()
    {
        ZHISUAN_REQUIRE_PG();
        const QString url = newDatabase();
        QVERIFY(!url.isEmpty());
        {
            auto store = Store::open(url);
            QVERIFY2(store.ok(), qPrintable(store ? QString() : store.error().message));
            QCOMPARE(store.value()->engine(), Store::Engine::PostgreSql);
            QVERIFY(store.value()->isNew());
            QCOMPARE(store.value()->schemaVersion(), SchemaMigration::latestVersion());
            QVERIFY(store.value()->handle() == nullptr);
            QVERIFY(store.value()->exec(QStringLiteral("INSERT INTO security(code, name, kind) VALUES ('000001.SH', '上证指数', 'index')")).ok());
        }
        auto again = Store::open(url, Store::OpenMode::ExistingOnly);
        QVERIFY2(again.ok(), qPrintable(again ? QString() : again.error().message));
        QVERIFY(!again.value()->isNew());
        QSqlQuery q(again.value()->database());
        QVERIFY(q.exec(QStringLiteral("SELECT name FROM security")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("上证指数"));
        QVERIFY(tablesOf(url).contains(QStringLiteral("daily_bar")));
    }

    // Four analysts open a new team store at the same moment: one creates the schema, the others wait for it and
    // find it made (an advisory lock around the migrations); nobody gets an error and the version row is single.
    void concurrentFirstOpensCreateTheSchemaOnce()
    {
        ZHISUAN_REQUIRE_PG();
        const QString url = newDatabase();
        std::atomic<int> opened{0}, created{0};
        std::vector<QString> errors(4);
        std::vector<std::thread> analysts;
        for (int i = 0; i < 4; ++i)
            analysts.emplace_back([&, i] {
                auto store = Store::open(url);
                if (!store) {
                    errors[size_t(i)] = store.error().message;
                    return;
                }
                ++opened;
                if (store.value()->isNew())
                    ++created;
            });
        for (auto &t : analysts)
            t.join();
        for (const QString &e : errors)
            QVERIFY2(e.isEmpty(), qPrintable(e));
        QCOMPARE(opened.load(), 4);
        QVERIFY(created.load() >= 1);
        auto store = Store::open(url, Store::OpenMode::ExistingOnly);
        QVERIFY(store.ok());
        QSqlQuery q(store.value()->database());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*), max(version) FROM schema_version")) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        QCOMPARE(q.value(1).toInt(), SchemaMigration::latestVersion());
    }

    // Reading commands never create a team store as a side effect: the empty database stays empty.
    void emptyDatabaseIsNotCreatedByReaders()
    {
        ZHISUAN_REQUIRE_PG();
        const QString url = newDatabase();
        auto store = Store::open(url, Store::OpenMode::ExistingOnly);
        QVERIFY(!store.ok());
        QCOMPARE(store.error().code, QStringLiteral("not-found"));
        QVERIFY2(store.error().message.contains(QLatin1String("zhisuan init --db ") + url), qPrintable(store.error().message));
        // Nothing was written: the database still has no table at all.
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("peek-empty"));
            const QUrl u(url);
            db.setHostName(u.host());
            db.setPort(u.port());
            db.setUserName(u.userName());
            db.setDatabaseName(u.path().mid(1));
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'")) && q.next());
            QCOMPARE(q.value(0).toInt(), 0);
        }
        QSqlDatabase::removeDatabase(QStringLiteral("peek-empty"));
    }

    void newerSchemaIsRefusedUntouched()
    {
        ZHISUAN_REQUIRE_PG();
        const QString url = newDatabase();
        const int future = SchemaMigration::latestVersion() + 1;
        {
            auto store = Store::open(url);
            QVERIFY(store.ok());
            QVERIFY(store.value()->exec(QStringLiteral("UPDATE schema_version SET version = %1").arg(future)).ok());
            QVERIFY(store.value()->exec(QStringLiteral("CREATE TABLE added_by_the_future (x TEXT)")).ok());
        }
        for (auto mode : {Store::OpenMode::CreateIfMissing, Store::OpenMode::ExistingOnly, Store::OpenMode::ReadOnly}) {
            auto store = Store::open(url, mode);
            QVERIFY(!store.ok());
            QCOMPARE(store.error().code, QStringLiteral("newer-store"));
            QVERIFY2(store.error().message.contains(QString::number(future)), qPrintable(store.error().message));
        }
        // Untouched: the version row and the newer version's table are as that version left them.
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("peek"));
        {
            const QUrl u(url);
            db.setHostName(u.host());
            db.setPort(u.port());
            db.setUserName(u.userName());
            db.setDatabaseName(u.path().mid(1));
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("SELECT version FROM schema_version")) && q.next());
            QCOMPARE(q.value(0).toInt(), future);
            QVERIFY(!q.next());
            QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM added_by_the_future")) && q.next());
            db.close();
        }
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("peek"));
    }

    // A database that already holds another program's tables is not turned into a store.
    void foreignDatabaseIsRefused()
    {
        ZHISUAN_REQUIRE_PG();
        const QString url = newDatabase();
        const QString name = QUrl(url).path().mid(1);
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("other"));
            const QUrl u(url);
            db.setHostName(u.host());
            db.setPort(u.port());
            db.setUserName(u.userName());
            db.setDatabaseName(name);
            QVERIFY(db.open());
            QVERIFY(QSqlQuery(db).exec(QStringLiteral("CREATE TABLE invoices (id INTEGER)")));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("other"));
        auto store = Store::open(url);
        QVERIFY(!store.ok());
        QCOMPARE(store.error().code, QStringLiteral("not-a-store"));
        QVERIFY2(store.error().message.contains(QLatin1String("not a ZhiSuan store")), qPrintable(store.error().message));
    }

    // zhisuan init --team: a reader's login reads everything and is refused any write with a message that says why;
    // an editor's login writes (identity columns included).
    void readerIsRefusedAWriteEditorIsNot()
    {
        ZHISUAN_REQUIRE_PG();
        const QString url = newDatabase();
        TeamRoles::Names roles;
        {
            auto owner = Store::open(url);
            QVERIFY(owner.ok());
            QVERIFY(!owner.value()->isReadOnly());
            auto made = TeamRoles::create(*owner.value());
            QVERIFY2(made.ok(), qPrintable(made ? QString() : made.error().message));
            roles = made.value();
            QCOMPARE(roles.reader, QUrl(url).path().mid(1) + QStringLiteral("_reader"));
            QVERIFY(TeamRoles::create(*owner.value()).ok()); // again: the roles exist, the grants are renewed
            QVERIFY(owner.value()->exec(QStringLiteral("INSERT INTO organisation(name) VALUES ('华为')")).ok());
        }
        const QString pid = QString::number(QCoreApplication::applicationPid());
        const QString bob = QStringLiteral("zt_bob_") + pid, alice = QStringLiteral("zt_alice_") + pid;
        QCOMPARE(pgAdminExec(QStringLiteral("CREATE ROLE %1 LOGIN IN ROLE %2").arg(bob, roles.reader)), QString());
        QCOMPARE(pgAdminExec(QStringLiteral("CREATE ROLE %1 LOGIN IN ROLE %2").arg(alice, roles.editor)), QString());
        auto as = [&](const QString &user) {
            QUrl u(url);
            u.setUserName(user);
            return u.toString();
        };
        {
            auto reader = Store::open(as(bob), Store::OpenMode::ExistingOnly);
            QVERIFY2(reader.ok(), qPrintable(reader ? QString() : reader.error().message));
            QVERIFY(reader.value()->isReadOnly());
            QSqlQuery q(reader.value()->database());
            QVERIFY(q.exec(QStringLiteral("SELECT name FROM organisation")) && q.next());
            QCOMPARE(q.value(0).toString(), QStringLiteral("华为"));
            auto refused = reader.value()->exec(QStringLiteral("INSERT INTO organisation(name) VALUES ('寒武纪')"));
            QVERIFY(!refused.ok());
            QCOMPARE(refused.error().code, QStringLiteral("read-only"));
            QVERIFY2(refused.error().message.contains(QLatin1String("reader")) && refused.error().message.contains(bob),
                     qPrintable(refused.error().message));
        }
        {
            auto editor = Store::open(as(alice), Store::OpenMode::ExistingOnly);
            QVERIFY2(editor.ok(), qPrintable(editor ? QString() : editor.error().message));
            QVERIFY(!editor.value()->isReadOnly());
            auto written = editor.value()->exec(QStringLiteral("INSERT INTO organisation(name) VALUES ('寒武纪')"));
            QVERIFY2(written.ok(), qPrintable(written ? QString() : written.error().message));
        }
        pgDropDatabase(url);
        for (const QString &role : {bob, alice, roles.reader, roles.editor})
            QCOMPARE(pgAdminExec(QStringLiteral("DROP ROLE %1").arg(role)), QString());
    }

    // The server drops the connection mid-session (a restart, pg_terminate_backend): a query fails, the store
    // reconnects, and reads work again with nothing lost.
    void lostConnectionReconnects()
    {
        ZHISUAN_REQUIRE_PG();
        const QString url = newDatabase();
        auto store = Store::open(url);
        QVERIFY(store.ok());
        QVERIFY(store.value()->exec(QStringLiteral("INSERT INTO organisation(name) VALUES ('华为')")).ok());
        auto same = store.value()->reconnectIfLost();
        QVERIFY(same.ok());
        QVERIFY(!same.value()); // nothing was lost
        QCOMPARE(pgAdminExec(QStringLiteral("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '%1'")
                                 .arg(QUrl(url).path().mid(1))),
                 QString());
        QVERIFY(!store.value()->dataVersion().ok());
        auto again = store.value()->reconnectIfLost();
        QVERIFY2(again.ok(), qPrintable(again ? QString() : again.error().message));
        QVERIFY(again.value());
        QVERIFY(store.value()->dataVersion().ok());
        QSqlQuery q(store.value()->database());
        QVERIFY(q.exec(QStringLiteral("SELECT name FROM organisation")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("华为"));
    }

    // zhisuan check on a team store: every table, column, named index, foreign key and unique key of the SQLite
    // reference is there, and the recorded schema version is this program's; a table, column or key dropped by hand, a
    // constraint added NOT VALID and a version changed by hand are reported (and init refuses to "repair" with SQLite's DDL).
    void checkComparesTheSchema()
    {
        ZHISUAN_REQUIRE_PG();
        const QString url = newDatabase();
        auto store = Store::open(url);
        QVERIFY(store.ok());
        auto healthy = StoreCheck::run(*store.value(), true);
        QVERIFY2(healthy.ok(), qPrintable(healthy ? QString() : healthy.error().message));
        QCOMPARE(healthy.value().size(), 0);
        QVERIFY(store.value()->exec(QStringLiteral("DROP TABLE metric")).ok());
        QVERIFY(store.value()->exec(QStringLiteral("ALTER TABLE chip DROP COLUMN fp16_basis")).ok());
        auto damaged = StoreCheck::run(*store.value(), false);
        QVERIFY(damaged.ok());
        QStringList messages;
        for (const auto &f : damaged.value())
            messages << f.message;
        QVERIFY2(messages.join(u'|').contains(QStringLiteral("“metric” is missing")), qPrintable(messages.join(u'|')));
        QVERIFY2(messages.join(u'|').contains(QStringLiteral("“chip” has no column “fp16_basis”")), qPrintable(messages.join(u'|')));
        QVERIFY(!StoreCheck::repair(*store.value()).ok());

        // Keys dropped by hand, a check added NOT VALID, a schema version changed by hand: each is said. daily_bar's
        // references are statement triggers on the team store (postgresql/011): one dropped, one disabled.
        QVERIFY(store.value()->exec(QStringLiteral("DROP TRIGGER security_used_by_daily_bar ON security")).ok());
        QVERIFY(store.value()->exec(QStringLiteral("ALTER TABLE daily_bar DISABLE TRIGGER daily_bar_refers_on_update")).ok());
        QVERIFY(store.value()->exec(QStringLiteral("ALTER TABLE daily_bar DROP CONSTRAINT daily_bar_code_trade_date_key")).ok());
        QVERIFY(store.value()->exec(QStringLiteral("ALTER TABLE daily_bar ADD CONSTRAINT positive_close CHECK (close > 0) NOT VALID")).ok());
        QVERIFY(store.value()->exec(QStringLiteral("UPDATE schema_version SET version = 7")).ok());
        auto keys = StoreCheck::run(*store.value(), true);
        QVERIFY(keys.ok());
        messages.clear();
        for (const auto &f : keys.value())
            messages << f.message;
        const QString all = messages.join(u'|');
        QVERIFY2(all.contains(QStringLiteral("the foreign key daily_bar(code) → security is missing")), qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("the foreign key daily_bar(batch_id) → import_batch is missing")), qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("the trigger “daily_bar_refers_on_update” of “daily_bar” is disabled")), qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("the unique key daily_bar(code, trade_date) is missing")), qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("the constraint “positive_close” of “daily_bar” is not validated")), qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("the store records schema version 7, this program's is %1").arg(SchemaMigration::latestVersion())),
                 qPrintable(all));
        // The six above and the three from before (metric, its index metric_batch, fp16_basis): the keys still there are
        // not reported.
        QVERIFY2(messages.size() == 9, qPrintable(all));
    }

    void unreachableServerSaysWhere()
    {
        // Port 1 on loopback: nothing listens there. No test server needed, but the driver is.
        if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
            QSKIP("SKIPPED: Qt's QPSQL driver is missing");
        auto store = Store::open(QStringLiteral("postgresql://analyst:secret@127.0.0.1:1/research"));
        QVERIFY(!store.ok());
        QCOMPARE(store.error().code, QStringLiteral("connect"));
        QVERIFY2(store.error().message.contains(QLatin1String("postgresql://analyst@127.0.0.1:1/research")), qPrintable(store.error().message));
        QVERIFY2(!store.error().message.contains(QLatin1String("secret")), qPrintable(store.error().message));

        // An address libpq cannot read: its own reason (every form is tested in tst_pgconnect).
        auto bad = Store::open(QStringLiteral("postgresql://analyst@db.example/research?sslmod=verify-full"));
        QVERIFY(!bad.ok());
        QCOMPARE(bad.error().code, QStringLiteral("bad-url"));
        QVERIFY2(bad.error().message.contains(QLatin1String("sslmod")), qPrintable(bad.error().message));
    }
};

QTEST_GUILESS_MAIN(TestPgStore)
#include "tst_pgstore.moc"
