// How a team store is reached (issue 26): the address goes to libpq as it is, so every form psql takes works — URIs
// with any query parameter, keyword/value strings, service files, the PG* environment — and so do its TLS modes:
// verify-full connects with the CA that signed the server's certificate and is refused, with libpq's reason and
// nothing opened, with another. Runs against the cluster ./dev test starts (tests/pg/cluster.sh: TLS on, a test CA,
// a server certificate for localhost and 127.0.0.1, an unrelated CA, and a login that needs its password).
#include "serveraddress.h"
#include "store.h"
#include "storeprobe.h"

#include "../pgtestserver.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <optional>
#include <utility>
#include <vector>

using namespace zhisuan::db;
using namespace zhisuan::test;

namespace {

// Environment variables for one scope (libpq reads them when it connects); what was there before comes back.
class ScopedEnvironment
{
public:
    explicit ScopedEnvironment(const std::vector<std::pair<const char *, QString>> &values)
    {
        for (const auto &[name, value] : values) {
            m_saved.push_back({name, qEnvironmentVariableIsSet(name) ? std::optional<QByteArray>(qgetenv(name)) : std::nullopt});
            if (value.isNull())
                qunsetenv(name);
            else
                qputenv(name, value.toUtf8());
        }
    }
    ~ScopedEnvironment()
    {
        for (const auto &[name, value] : m_saved) {
            if (value)
                qputenv(name, *value);
            else
                qunsetenv(name);
        }
    }
    ScopedEnvironment(const ScopedEnvironment &) = delete;
    ScopedEnvironment &operator=(const ScopedEnvironment &) = delete;

private:
    std::vector<std::pair<const char *, std::optional<QByteArray>>> m_saved;
};

QString errorOf(const Result<std::unique_ptr<Store>> &r)
{
    return r ? QString() : r.error().message;
}

// A TCP port on 127.0.0.1 that accepts connections (the kernel completes them) and never says a word: a server that
// hangs, for connect_timeout.
class SilentServer
{
public:
    SilentServer()
    {
        m_fd = ::socket(AF_INET, SOCK_STREAM, 0);
        sockaddr_in a{};
        a.sin_family = AF_INET;
        a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        socklen_t length = sizeof a;
        if (m_fd < 0 || ::bind(m_fd, reinterpret_cast<sockaddr *>(&a), sizeof a) != 0 || ::listen(m_fd, 8) != 0
            || ::getsockname(m_fd, reinterpret_cast<sockaddr *>(&a), &length) != 0)
            return;
        m_port = ntohs(a.sin_port);
    }
    ~SilentServer()
    {
        if (m_fd >= 0)
            ::close(m_fd);
    }
    SilentServer(const SilentServer &) = delete;
    SilentServer &operator=(const SilentServer &) = delete;
    int port() const { return m_port; }

private:
    int m_fd = -1;
    int m_port = 0;
};

} // namespace

class TestPgConnect : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_database; // a store made once, reached below by every form
    QString m_user;
    int m_port = 0;
    QString m_socketDir, m_ca, m_otherCa;

    QString tcp(const QString &query = {}) const
    {
        return QStringLiteral("postgresql://%1@127.0.0.1:%2/%3").arg(m_user).arg(m_port).arg(m_database)
            + (query.isEmpty() ? QString() : u'?' + query);
    }
    // Which server port and address the store's own connection reached, whether it is encrypted, and under which name.
    struct Reached
    {
        int port = 0;
        bool socket = false;
        bool ssl = false;
        QString applicationName;
        QString database;
    };
    static Reached reached(Store &store)
    {
        QSqlQuery q(store.database());
        Reached r;
        if (!q.exec(QStringLiteral("SELECT COALESCE(inet_server_port(), current_setting('port')::int), inet_server_addr() IS NULL, "
                                   "(SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()), "
                                   "(SELECT application_name FROM pg_stat_activity WHERE pid = pg_backend_pid()), "
                                   "current_database()"))
            || !q.next())
            return r;
        r.port = q.value(0).toInt();
        r.socket = q.value(1).toBool();
        r.ssl = q.value(2).toBool();
        r.applicationName = q.value(3).toString();
        r.database = q.value(4).toString();
        return r;
    }
    QString writeFile(const QString &name, const QByteArray &bytes, QFile::Permissions permissions = QFile::ReadOwner | QFile::WriteOwner)
    {
        QFile f(m_dir.filePath(name));
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(bytes) != bytes.size())
            return {};
        f.close();
        f.setPermissions(permissions);
        return f.fileName();
    }
    static bool databaseIsEmpty(const QString &url)
    {
        auto store = Store::open(url, Store::OpenMode::ExistingOnly);
        return !store && store.error().code == QLatin1String("not-found");
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        if (pgAdminUrl().isEmpty() || pgTestDir().isEmpty())
            return; // the server tests skip (or fail under CI) one by one
        const QUrl admin(pgAdminUrl());
        m_user = admin.userName();
        m_port = admin.port();
        m_socketDir = pgTestDir();
        m_ca = QDir(pgTestDir()).filePath(QStringLiteral("tls/ca.crt"));
        m_otherCa = QDir(pgTestDir()).filePath(QStringLiteral("tls/other-ca.crt"));
        QString error;
        const QString url = pgCreateDatabase(QStringLiteral("zt_pgconnect"), &error);
        QVERIFY2(!url.isEmpty(), qPrintable(error));
        m_database = QUrl(url).path().mid(1);
        auto store = Store::open(url);
        QVERIFY2(store.ok(), qPrintable(errorOf(store)));
        // The cluster's password login (pg_hba.conf: scram-sha-256 for zhisuan_pw), allowed to read this store.
        QCOMPARE(pgAdminExec(QStringLiteral("DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'zhisuan_pw') "
                                            "THEN CREATE ROLE zhisuan_pw LOGIN; END IF; END $$")),
                 QString());
        QCOMPARE(pgAdminExec(QStringLiteral("ALTER ROLE zhisuan_pw PASSWORD 'pa;ss wo''rd\\@%'")), QString());
        QVERIFY(store.value()->exec(QStringLiteral("GRANT SELECT ON ALL TABLES IN SCHEMA public TO zhisuan_pw")).ok());
    }

    void cleanupTestCase()
    {
        if (!m_database.isEmpty())
            pgDropDatabase(tcp());
        pgAdminExec(QStringLiteral("DROP ROLE IF EXISTS zhisuan_pw"));
    }

    // Which --db values name a server: libpq's two URI prefixes, and a keyword/value string that starts with one of
    // libpq's keywords. Every other value is a store file, '=' in it or not.
    void serverAddressOrFile_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("server");
        QTest::newRow("URI") << QStringLiteral("postgresql://zs@db.example:5433/research") << true;
        QTest::newRow("short URI") << QStringLiteral("postgres://db.example/research") << true;
        QTest::newRow("URI, all from a service") << QStringLiteral("postgresql:///?service=team") << true;
        QTest::newRow("URI, all from the environment") << QStringLiteral("postgresql://") << true;
        QTest::newRow("keyword/value") << QStringLiteral("host=/run/x port=26413 dbname=zhisuan sslmode=verify-full") << true;
        QTest::newRow("service") << QStringLiteral("service=team") << true;
        QTest::newRow("spaces around =") << QStringLiteral("  dbname = research") << true;
        QTest::newRow("absolute path with =") << QStringLiteral("/srv/a=b/zhisuan.sqlite") << false;
        QTest::newRow("relative path with =") << QStringLiteral("./host=x.sqlite") << false;
        QTest::newRow("not a libpq keyword") << QStringLiteral("notes=2024.sqlite") << false;
        QTest::newRow("keyword in capitals") << QStringLiteral("HOST=x.sqlite") << false;
        QTest::newRow("plain file") << QStringLiteral("zhisuan.sqlite") << false;
        QTest::newRow("scheme in capitals") << QStringLiteral("POSTGRESQL://db/x") << false;
    }
    void serverAddressOrFile()
    {
        QFETCH(QString, text);
        QFETCH(bool, server);
        QCOMPARE(Store::isServerAddress(text), server);
        // A server address is kept as written; a file becomes absolute.
        if (server)
            QCOMPARE(Store::resolvePath(text), text);
        else
            QVERIFY(QFileInfo(Store::resolvePath(text)).isAbsolute());
    }

    // "host=x.sqlite" reads as libpq's keyword/value form, unless a file of that name is there: then it is that file.
    void anExistingFileWithAKeywordNameStaysAFile()
    {
        const QString before = QDir::currentPath();
        QVERIFY(QDir::setCurrent(m_dir.path()));
        const QString name = QStringLiteral("host=x.sqlite");
        QVERIFY(Store::isServerAddress(name));
        QVERIFY(!writeFile(name, QByteArray()).isEmpty());
        QVERIFY(!Store::isServerAddress(name));
        QCOMPARE(Store::resolvePath(name), m_dir.filePath(name));
        QVERIFY(QFile::remove(m_dir.filePath(name)));
        QVERIFY(QDir::setCurrent(before));
    }

    // The address shown (title, status line, messages, settings; other threads reopen by it) keeps every option and
    // never a secret. A URI keeps its form; a keyword/value string with a secret is written again without it.
    void shownAddressKeepsOptionsNotSecrets_data()
    {
        QTest::addColumn<QString>("given");
        QTest::addColumn<QString>("shown");
        QTest::newRow("URI, no secret")
            << QStringLiteral("postgresql://zs@db.example:5433/research?sslmode=verify-full&sslrootcert=/etc/team/ca.crt")
            << QStringLiteral("postgresql://zs@db.example:5433/research?sslmode=verify-full&sslrootcert=/etc/team/ca.crt");
        QTest::newRow("URI, password in the user part")
            << QStringLiteral("postgresql://zs:s3cret%40x@db.example:5433/research?sslmode=verify-full&sslrootcert=/etc/team/ca.crt")
            << QStringLiteral("postgresql://zs@db.example:5433/research?sslmode=verify-full&sslrootcert=/etc/team/ca.crt");
        QTest::newRow("URI, password in the query")
            << QStringLiteral("postgresql://zs@/zhisuan?host=/run/x&password=s3cret&port=26413")
            << QStringLiteral("postgresql://zs@/zhisuan?host=/run/x&port=26413");
        QTest::newRow("URI, both secrets")
            << QStringLiteral("postgres://zs:s3cret@h/db?sslpassword=s3cret-key&application_name=a%20b&sslkey=/k.pem")
            << QStringLiteral("postgres://zs@h/db?application_name=a%20b&sslkey=/k.pem");
        QTest::newRow("keyword/value, no secret")
            << QStringLiteral("host=/run/x port=26413 dbname=zhisuan sslmode=verify-full")
            << QStringLiteral("host=/run/x port=26413 dbname=zhisuan sslmode=verify-full");
        QTest::newRow("keyword/value, password")
            << QStringLiteral("host=/run/x port=26413 dbname=zhisuan password='s3cret pw' sslmode=verify-full application_name='my app'")
            << QStringLiteral("dbname=zhisuan host=/run/x port=26413 application_name='my app' sslmode=verify-full");
        QTest::newRow("keyword/value, quotes and backslashes")
            << QStringLiteral("password=s3cret sslrootcert='/srv/o\\'brien\\\\ca.crt' service=team")
            << QStringLiteral("service=team sslrootcert='/srv/o\\'brien\\\\ca.crt'");
    }
    void shownAddressKeepsOptionsNotSecrets()
    {
        QFETCH(QString, given);
        QFETCH(QString, shown);
        auto parsed = ServerAddress::parse(given);
        QVERIFY2(parsed.ok(), qPrintable(parsed ? QString() : parsed.error().message));
        QCOMPARE(parsed.value().shown(), shown);
        QVERIFY(!parsed.value().shown().contains(QLatin1String("s3cret")));
        // libpq reads the shown address as every option of the given one but the secrets.
        auto again = ServerAddress::parse(parsed.value().shown());
        QVERIFY(again.ok());
        QList<ServerAddress::Option> expected;
        for (const auto &o : parsed.value().options())
            if (!ServerAddress::isSecret(o.first))
                expected << o;
        QCOMPARE(again.value().options(), expected);
    }

    // libpq's own reason for an address it cannot read, and no password in it.
    void unreadableAddressesSayWhy_data()
    {
        QTest::addColumn<QString>("address");
        QTest::addColumn<QString>("reason");
        QTest::newRow("misspelt query parameter") << QStringLiteral("postgresql://zs:s3cret@db/research?sslmod=verify-full")
                                                  << QStringLiteral("invalid URI query parameter: \"sslmod\"");
        QTest::newRow("misspelt keyword") << QStringLiteral("host=db password=s3cret sslmod=verify-full")
                                          << QStringLiteral("invalid connection option \"sslmod\"");
        QTest::newRow("bad escape in the password") << QStringLiteral("postgresql://zs:s3cret%zz@db/research")
                                                    << QStringLiteral("invalid percent-encoded token");
    }
    void unreadableAddressesSayWhy()
    {
        QFETCH(QString, address);
        QFETCH(QString, reason);
        auto store = Store::open(address);
        QVERIFY(!store.ok());
        QCOMPARE(store.error().code, QStringLiteral("bad-url"));
        QVERIFY2(store.error().message.contains(reason), qPrintable(store.error().message));
        QVERIFY2(!store.error().message.contains(QLatin1String("s3cret")), qPrintable(store.error().message));
        QVERIFY2(!store.error().detail.contains(QLatin1String("s3cret")), qPrintable(store.error().detail));
    }

    // Qt's driver turns every ';' of the options it passes into a space: such a value is refused, not sent altered.
    void aValueQtWouldAlterIsRefused()
    {
        if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
            QSKIP("SKIPPED: Qt's QPSQL driver is missing");
        auto store = Store::open(QStringLiteral("postgresql://zs@127.0.0.1:1/research?sslrootcert=/srv/a;b/ca.crt&sslmode=verify-full"));
        QVERIFY(!store.ok());
        QCOMPARE(store.error().code, QStringLiteral("bad-url"));
        QVERIFY2(store.error().message.contains(QLatin1String("sslrootcert")) && store.error().message.contains(QStringLiteral("“;”")),
                 qPrintable(store.error().message));
    }

    // TLS as psql does it: verify-full connects when the CA named signed the server's certificate, by either name the
    // certificate gives; the test reports the connection as encrypted and checked.
    void verifyFullWithTheRightCaConnects_data()
    {
        QTest::addColumn<QString>("host");
        QTest::newRow("127.0.0.1") << QStringLiteral("127.0.0.1");
        QTest::newRow("localhost") << QStringLiteral("localhost");
    }
    void verifyFullWithTheRightCaConnects()
    {
        ZHISUAN_REQUIRE_PG_CLUSTER();
        QFETCH(QString, host);
        const QString address = QStringLiteral("postgresql://%1@%2:%3/%4?sslmode=verify-full&sslrootcert=%5")
                                    .arg(m_user, host)
                                    .arg(m_port)
                                    .arg(m_database, m_ca);
        auto store = Store::open(address, Store::OpenMode::ExistingOnly);
        QVERIFY2(store.ok(), qPrintable(errorOf(store)));
        QCOMPARE(store.value()->path(), address);
        QVERIFY(reached(*store.value()).ssl);
        auto summary = StoreProbe::describe(*store.value());
        QVERIFY(summary.ok());
        QVERIFY(summary.value().encrypted);
        QCOMPARE(summary.value().sslMode, QStringLiteral("verify-full"));
        QCOMPARE(summary.value().sslRootCert, m_ca);
        QVERIFY2(summary.value().tlsProtocol.startsWith(QLatin1String("TLSv1.")), qPrintable(summary.value().tlsProtocol));
    }

    // The server's certificate was not signed by the CA named, or names another host: refused with libpq's reason,
    // and nothing opened — a new database is not made a store.
    void verifyFullRefusesAnImpostor_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("reason");
        QTest::newRow("another CA") << QStringLiteral("sslmode=verify-full&sslrootcert=%1").arg(m_otherCa)
                                    << QStringLiteral("certificate verify failed");
        QTest::newRow("verify-ca, another CA") << QStringLiteral("sslmode=verify-ca&sslrootcert=%1").arg(m_otherCa)
                                               << QStringLiteral("certificate verify failed");
        QTest::newRow("another host name") << QStringLiteral("sslmode=verify-full&sslrootcert=%1&host=zhisuan.invalid&hostaddr=127.0.0.1").arg(m_ca)
                                           << QStringLiteral("does not match host name \"zhisuan.invalid\"");
        QTest::newRow("no CA file") << QStringLiteral("sslmode=verify-full&sslrootcert=%1").arg(m_dir.filePath(QStringLiteral("none.crt")))
                                    << QStringLiteral("root certificate file");
    }
    void verifyFullRefusesAnImpostor()
    {
        ZHISUAN_REQUIRE_PG_CLUSTER();
        QFETCH(QString, query);
        QFETCH(QString, reason);
        QString error;
        const QString fresh = pgCreateDatabase(QStringLiteral("zt_impostor"), &error);
        QVERIFY2(!fresh.isEmpty(), qPrintable(error));
        QUrl withPassword(fresh + u'?' + query);
        withPassword.setPassword(QStringLiteral("s3cret"));
        auto store = Store::open(withPassword.toString(), Store::OpenMode::CreateIfMissing);
        QVERIFY(!store.ok());
        QCOMPARE(store.error().code, QStringLiteral("connect"));
        QVERIFY2(store.error().message.contains(reason), qPrintable(store.error().message));
        QVERIFY2(!store.error().message.contains(QLatin1String("s3cret")), qPrintable(store.error().message));
        QVERIFY2(databaseIsEmpty(fresh), "the refused open must not have created the store");
        pgDropDatabase(fresh);
    }

    // sslmode is honoured both ways: require encrypts (and checks nothing), disable does not encrypt.
    void sslModeIsHonoured_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<bool>("ssl");
        QTest::newRow("require") << QStringLiteral("sslmode=require") << true;
        QTest::newRow("ssl=true (libpq's alias of require)") << QStringLiteral("ssl=true") << true;
        QTest::newRow("disable") << QStringLiteral("sslmode=disable") << false;
    }
    void sslModeIsHonoured()
    {
        ZHISUAN_REQUIRE_PG_CLUSTER();
        QFETCH(QString, query);
        QFETCH(bool, ssl);
        auto store = Store::open(tcp(query), Store::OpenMode::ExistingOnly);
        QVERIFY2(store.ok(), qPrintable(errorOf(store)));
        QCOMPARE(reached(*store.value()).ssl, ssl);
        QCOMPARE(store.value()->path(), tcp(query));
    }

    // Every libpq form reaches the cluster on its own port (never 5432 here), by TCP or its socket folder.
    void everyFormReachesTheServer_data()
    {
        QTest::addColumn<QString>("address");
        QTest::addColumn<bool>("socket");
        QTest::addColumn<bool>("ssl");
        const QString port = QString::number(m_port);
        QTest::newRow("URI, port in the query only") << QStringLiteral("postgresql://%1@127.0.0.1/%2?port=%3").arg(m_user, m_database, port)
                                                     << false << true;
        QTest::newRow("URI, host and port in the query") << QStringLiteral("postgresql://%1@/%2?host=127.0.0.1&port=%3").arg(m_user, m_database, port)
                                                         << false << true;
        QTest::newRow("URI, socket folder in the query")
            << QStringLiteral("postgresql://%1@/%2?host=%3&port=%4").arg(m_user, m_database, m_socketDir, port) << true << false;
        QTest::newRow("URI, socket folder %-encoded in the authority")
            << QStringLiteral("postgresql://%1@%2:%3/%4").arg(m_user, QString::fromLatin1(QUrl::toPercentEncoding(m_socketDir)), port, m_database)
            << true << false;
        QTest::newRow("keyword/value, socket") << QStringLiteral("host=%1 port=%2 dbname=%3 user=%4").arg(m_socketDir, port, m_database, m_user)
                                               << true << false;
        QTest::newRow("keyword/value, verify-full")
            << QStringLiteral("host=localhost port=%1 dbname=%2 user=%3 sslmode=verify-full sslrootcert='%4'").arg(port, m_database, m_user, m_ca)
            << false << true;
        QTest::newRow("keyword/value, two hosts, the first down")
            << QStringLiteral("host=127.0.0.1,127.0.0.1 port=1,%1 dbname=%2 user=%3").arg(port, m_database, m_user) << false << true;
    }
    void everyFormReachesTheServer()
    {
        ZHISUAN_REQUIRE_PG_CLUSTER();
        QFETCH(QString, address);
        QFETCH(bool, socket);
        QFETCH(bool, ssl);
        QVERIFY(Store::isServerAddress(address));
        auto store = Store::open(address, Store::OpenMode::ExistingOnly);
        QVERIFY2(store.ok(), qPrintable(errorOf(store)));
        const Reached r = reached(*store.value());
        QCOMPARE(r.port, m_port);
        QCOMPARE(r.socket, socket);
        QCOMPARE(r.ssl, ssl);
        QCOMPARE(r.database, m_database);
        QCOMPARE(store.value()->path(), address);
        // What libpq connected to is what the store says it uses (roles and messages name them).
        QCOMPARE(store.value()->database().databaseName(), m_database);
        QCOMPARE(store.value()->database().userName(), m_user);
        // Another thread reopens the store by its path().
        auto again = Store::open(store.value()->path(), Store::OpenMode::ExistingOnly);
        QVERIFY2(again.ok(), qPrintable(errorOf(again)));
    }

    // What the address leaves out comes from the PG* environment, as for psql.
    void environmentFillsTheRest_data()
    {
        QTest::addColumn<QString>("address");
        QTest::addColumn<QString>("sslMode");
        QTest::addColumn<QString>("rootCert");
        QTest::addColumn<QString>("refusal"); // empty: connects
        QTest::newRow("PGHOST, PGPORT, PGUSER") << QStringLiteral("postgresql:///%1").arg(m_database) << QString() << QString() << QString();
        QTest::newRow("and PGDATABASE") << QStringLiteral("postgresql://") << QString() << QString() << QString();
        QTest::newRow("PGSSLMODE verify-full, PGSSLROOTCERT the CA")
            << QStringLiteral("postgresql:///%1").arg(m_database) << QStringLiteral("verify-full") << m_ca << QString();
        QTest::newRow("PGSSLMODE verify-full, PGSSLROOTCERT another CA")
            << QStringLiteral("postgresql:///%1").arg(m_database) << QStringLiteral("verify-full") << m_otherCa
            << QStringLiteral("certificate verify failed");
        QTest::newRow("the address beats PGSSLMODE") << QStringLiteral("postgresql:///%1?sslmode=disable").arg(m_database)
                                                     << QStringLiteral("verify-full") << m_otherCa << QString();
    }
    void environmentFillsTheRest()
    {
        ZHISUAN_REQUIRE_PG_CLUSTER();
        QFETCH(QString, address);
        QFETCH(QString, sslMode);
        QFETCH(QString, rootCert);
        QFETCH(QString, refusal);
        ScopedEnvironment env({{"PGHOST", QStringLiteral("localhost")},
                               {"PGPORT", QString::number(m_port)},
                               {"PGUSER", m_user},
                               {"PGDATABASE", m_database},
                               {"PGSSLMODE", sslMode.isEmpty() ? QString() : sslMode},
                               {"PGSSLROOTCERT", rootCert.isEmpty() ? QString() : rootCert}});
        QVERIFY(Store::isServerAddress(address));
        auto store = Store::open(address, Store::OpenMode::ExistingOnly);
        if (!refusal.isEmpty()) {
            QVERIFY(!store.ok());
            QVERIFY2(store.error().message.contains(refusal), qPrintable(store.error().message));
            return;
        }
        QVERIFY2(store.ok(), qPrintable(errorOf(store)));
        const Reached r = reached(*store.value());
        QCOMPARE(r.port, m_port);
        QCOMPARE(r.database, m_database);
        QCOMPARE(store.value()->database().userName(), m_user);
        QCOMPARE(r.ssl, !address.contains(QLatin1String("sslmode=disable")));
    }

    // A service file (PGSERVICEFILE) names the server; the URI and keyword/value forms both reach it, and what the
    // address adds beats the service.
    void serviceFile_data()
    {
        QTest::addColumn<QString>("address");
        QTest::addColumn<QString>("applicationName");
        QTest::addColumn<QString>("refusal");
        QTest::newRow("URI") << QStringLiteral("postgresql:///?service=zt_team") << QStringLiteral("zt_from_service") << QString();
        QTest::newRow("keyword/value") << QStringLiteral("service=zt_team") << QStringLiteral("zt_from_service") << QString();
        QTest::newRow("the address adds application_name") << QStringLiteral("service=zt_team application_name=zt_mine")
                                                           << QStringLiteral("zt_mine") << QString();
        QTest::newRow("a service with another CA") << QStringLiteral("postgresql:///?service=zt_impostor") << QString()
                                                   << QStringLiteral("certificate verify failed");
        QTest::newRow("no such service") << QStringLiteral("service=zt_nowhere") << QString() << QStringLiteral("zt_nowhere");
    }
    void serviceFile()
    {
        ZHISUAN_REQUIRE_PG_CLUSTER();
        QFETCH(QString, address);
        QFETCH(QString, applicationName);
        QFETCH(QString, refusal);
        const QString services = writeFile(QStringLiteral("pg_service.conf"),
                                           QStringLiteral("[zt_team]\nhost=localhost\nport=%1\nuser=%2\ndbname=%3\nsslmode=verify-full\n"
                                                          "sslrootcert=%4\napplication_name=zt_from_service\n\n"
                                                          "[zt_impostor]\nhost=127.0.0.1\nport=%1\nuser=%2\ndbname=%3\n"
                                                          "sslmode=verify-full\nsslrootcert=%5\n")
                                               .arg(m_port)
                                               .arg(m_user, m_database, m_ca, m_otherCa)
                                               .toUtf8());
        QVERIFY(!services.isEmpty());
        ScopedEnvironment env({{"PGSERVICEFILE", services}, {"PGHOST", QString()}, {"PGPORT", QString()}, {"PGSERVICE", QString()}});
        auto store = Store::open(address, Store::OpenMode::ExistingOnly);
        if (!refusal.isEmpty()) {
            QVERIFY(!store.ok());
            QVERIFY2(store.error().message.contains(refusal), qPrintable(store.error().message));
            return;
        }
        QVERIFY2(store.ok(), qPrintable(errorOf(store)));
        const Reached r = reached(*store.value());
        QCOMPARE(r.port, m_port);
        QCOMPARE(r.database, m_database);
        QVERIFY(r.ssl);
        QCOMPARE(r.applicationName, applicationName);
    }

    // The program names itself "zhisuan" to the server only when the user named nothing (address, PGAPPNAME).
    void applicationNameReachesTheServer_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("environment");
        QTest::addColumn<QString>("expected");
        QTest::newRow("none given") << QString() << QString() << QStringLiteral("zhisuan");
        QTest::newRow("in the address") << QStringLiteral("application_name=zt%20desk%20%27a%27") << QString() << QStringLiteral("zt desk 'a'");
        QTest::newRow("PGAPPNAME") << QString() << QStringLiteral("zt_env") << QStringLiteral("zt_env");
        QTest::newRow("the address beats PGAPPNAME") << QStringLiteral("application_name=zt_mine") << QStringLiteral("zt_env")
                                                     << QStringLiteral("zt_mine");
    }
    void applicationNameReachesTheServer()
    {
        ZHISUAN_REQUIRE_PG_CLUSTER();
        QFETCH(QString, query);
        QFETCH(QString, environment);
        QFETCH(QString, expected);
        ScopedEnvironment env({{"PGAPPNAME", environment.isEmpty() ? QString() : environment}});
        auto store = Store::open(tcp(query), Store::OpenMode::ExistingOnly);
        QVERIFY2(store.ok(), qPrintable(errorOf(store)));
        QCOMPARE(reached(*store.value()).applicationName, expected);
    }

    // connect_timeout from the address or PGCONNECT_TIMEOUT is libpq's, not the program's 10 s default: a server that
    // accepts and never answers is given up after it, with libpq's reason.
    void connectTimeoutIsHonoured_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("environment");
        QTest::newRow("in the address") << QStringLiteral("connect_timeout=2") << QString();
        QTest::newRow("PGCONNECT_TIMEOUT") << QString() << QStringLiteral("2");
    }
    void connectTimeoutIsHonoured()
    {
        if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
            QSKIP("SKIPPED: Qt's QPSQL driver is missing");
        QFETCH(QString, query);
        QFETCH(QString, environment);
        SilentServer silent;
        QVERIFY(silent.port() > 0);
        ScopedEnvironment env({{"PGCONNECT_TIMEOUT", environment.isEmpty() ? QString() : environment}});
        QElapsedTimer elapsed;
        elapsed.start();
        auto store = Store::open(QStringLiteral("postgresql://zs@127.0.0.1:%1/research?sslmode=disable%2")
                                     .arg(silent.port())
                                     .arg(query.isEmpty() ? QString() : u'&' + query));
        QVERIFY(!store.ok());
        QVERIFY2(store.error().message.contains(QLatin1String("timeout expired")), qPrintable(store.error().message));
        // Two seconds (libpq may wait for each address once more), well before the default's ten.
        QVERIFY2(elapsed.elapsed() < 8000, qPrintable(QString::number(elapsed.elapsed())));
    }

    // A login that must give its password (the cluster's zhisuan_pw, scram-sha-256): the password reaches libpq intact
    // in every form — ';', quotes, a backslash, '@' and spaces included —, ~/.pgpass (PGPASSFILE) works, and no
    // password is ever shown. A password in the address is kept in this process: the store reopens by path().
    void passwordsReachLibpqIntact_data()
    {
        QTest::addColumn<QString>("address"); // {password} as the form writes it, {port}, {database}
        QTest::addColumn<QString>("password");
        QTest::addColumn<bool>("passfile");
        QTest::addColumn<bool>("accepted");
        const QString hard = QStringLiteral("pa;ss wo'rd\\@%");
        QTest::newRow("URI, %-encoded")
            << QStringLiteral("postgresql://zhisuan_pw:{password}@127.0.0.1:{port}/{database}?application_name=zt_1")
            << QString::fromLatin1(QUrl::toPercentEncoding(hard)) << false << true;
        QTest::newRow("URI, in the query")
            << QStringLiteral("postgresql://zhisuan_pw@127.0.0.1:{port}/{database}?application_name=zt_2&password={password}")
            << QString::fromLatin1(QUrl::toPercentEncoding(hard)) << false << true;
        QTest::newRow("keyword/value, quoted") << QStringLiteral("host=127.0.0.1 port={port} dbname={database} user=zhisuan_pw password={password} application_name=zt_3")
                                               << ServerAddress::quoted(hard) << false << true;
        QTest::newRow("PGPASSFILE") << QStringLiteral("postgresql://zhisuan_pw@127.0.0.1:{port}/{database}?application_name=zt_4") << QString() << true << true;
        QTest::newRow("wrong password") << QStringLiteral("postgresql://zhisuan_pw:{password}@127.0.0.1:{port}/{database}?application_name=zt_5")
                                        << QStringLiteral("s3cret-wrong") << false << false;
    }
    void passwordsReachLibpqIntact()
    {
        ZHISUAN_REQUIRE_PG_CLUSTER();
        QFETCH(QString, address);
        QFETCH(QString, password);
        QFETCH(bool, passfile);
        QFETCH(bool, accepted);
        const QString hard = QStringLiteral("pa;ss wo'rd\\@%"); // as initTestCase set it
        // ~/.pgpass's escapes: \ and : with a backslash.
        const QString pgpass = writeFile(QStringLiteral("pgpass"), QStringLiteral("127.0.0.1:%1:*:zhisuan_pw:%2\n")
                                                                     .arg(m_port)
                                                                     .arg(QString(hard).replace(u'\\', QLatin1String("\\\\")))
                                                                     .toUtf8());
        ScopedEnvironment env({{"PGPASSFILE", passfile ? pgpass : m_dir.filePath(QStringLiteral("no-pgpass"))}, {"PGPASSWORD", QString()}});
        const QString text = QString(address)
                                 .replace(QLatin1String("{password}"), password)
                                 .replace(QLatin1String("{port}"), QString::number(m_port))
                                 .replace(QLatin1String("{database}"), m_database);
        auto store = Store::open(text, Store::OpenMode::ExistingOnly);
        if (!accepted) {
            QVERIFY(!store.ok());
            QVERIFY2(store.error().message.contains(QLatin1String("password authentication failed for user \"zhisuan_pw\"")),
                     qPrintable(store.error().message));
            QVERIFY2(!store.error().message.contains(QLatin1String("s3cret")), qPrintable(store.error().message));
            return;
        }
        QVERIFY2(store.ok(), qPrintable(errorOf(store)));
        QCOMPARE(store.value()->database().userName(), QStringLiteral("zhisuan_pw"));
        const QString shown = store.value()->path();
        QVERIFY2(!shown.contains(QLatin1String("pa;ss")) && !shown.contains(QLatin1String("pa%3Bss")) && !shown.contains(QLatin1String("password")),
                 qPrintable(shown));
        auto again = Store::open(shown, Store::OpenMode::ExistingOnly);
        QVERIFY2(again.ok(), qPrintable(errorOf(again)));
        QCOMPARE(again.value()->database().userName(), QStringLiteral("zhisuan_pw"));
    }
};

QTEST_GUILESS_MAIN(TestPgConnect)
#include "tst_pgconnect.moc"
