#pragma once

// The PostgreSQL server the suite runs against (issue 17): ./dev test starts a throwaway cluster
// (tests/pg/cluster.sh) and exports its URL as ZHISUAN_TEST_PG_URL and its folder as ZHISUAN_TEST_PG_DIR (its unix
// socket, and tls/ with the test CA ca.crt that signed the server's certificate and an unrelated other-ca.crt; issue
// 26). Each test makes its own database on it.
// Without a server a developer's run SKIPs these tests loudly; under CI=true a missing server FAILs them.

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QMap>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QUrl>

namespace zhisuan::test {

inline QString pgAdminUrl()
{
    return qEnvironmentVariable("ZHISUAN_TEST_PG_URL");
}

// The cluster's folder: its unix socket is there, its TLS files under tls/. Empty when the server was not started by
// tests/pg/cluster.sh (a developer's own ZHISUAN_TEST_PG_URL).
inline QString pgTestDir()
{
    return qEnvironmentVariable("ZHISUAN_TEST_PG_DIR");
}

inline bool pgRequiredByCi()
{
    return qEnvironmentVariable("CI") == QLatin1String("true");
}

// A QPSQL connection named `connection` to the database of a test server's URL, not yet opened (a test's own, beside
// the store's; the caller removes it).
inline QSqlDatabase pgConnection(const QString &url, const QString &connection)
{
    const QUrl u(url);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connection);
    db.setHostName(u.host());
    db.setPort(u.port(5432));
    db.setUserName(u.userName());
    db.setDatabaseName(u.path().mid(1));
    return db;
}

// Runs `sql` on the server's admin database (CREATE/DROP DATABASE cannot run inside a store's connection).
inline QString pgAdminExec(const QString &sql)
{
    QString error;
    {
        QSqlDatabase db = pgConnection(pgAdminUrl(), QStringLiteral("zhisuan-test-admin"));
        if (!db.open())
            error = db.lastError().text();
        else {
            QSqlQuery q(db);
            if (!q.exec(sql))
                error = q.lastError().text();
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("zhisuan-test-admin"));
    return error;
}

// A new, empty database on the test server; returns its URL (empty, with `error` set, when it cannot be made).
inline QString pgCreateDatabase(const QString &prefix, QString *error)
{
    static QAtomicInteger<int> counter;
    const QString name = QStringLiteral("%1_%2_%3").arg(prefix).arg(QCoreApplication::applicationPid()).arg(counter.fetchAndAddRelaxed(1));
    *error = pgAdminExec(QStringLiteral("CREATE DATABASE %1").arg(name));
    if (!error->isEmpty())
        return {};
    QUrl url(pgAdminUrl());
    url.setPath(u'/' + name);
    return url.toString();
}

inline void pgDropDatabase(const QString &storeUrl)
{
    const QString name = QUrl(storeUrl).path().mid(1);
    if (!name.isEmpty())
        pgAdminExec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(name));
}

// Every table's rows, as text, in one digest per table (the import log's batch list aside, counted by what is not
// rolled back: a rollback marks its batch): what a refused write must leave exactly as it was.
inline QMap<QString, QString> pgFingerprint(const QSqlDatabase &db)
{
    QMap<QString, QString> digests;
    QSqlQuery tables(db);
    tables.exec(QStringLiteral("SELECT tablename FROM pg_tables WHERE schemaname = current_schema() AND tablename <> 'import_batch' ORDER BY 1"));
    while (tables.next()) {
        const QString table = tables.value(0).toString();
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("SELECT count(*) || ':' || md5(COALESCE(string_agg(t::text, E'\\n' ORDER BY t::text), '')) FROM %1 t").arg(table))
            || !q.next())
            digests.insert(table, q.lastError().text());
        else
            digests.insert(table, q.value(0).toString());
    }
    QSqlQuery batches(db);
    batches.exec(QStringLiteral("SELECT count(*) FROM import_batch WHERE rolled_back_at IS NULL"));
    digests.insert(QStringLiteral("import_batch (not rolled back)"), batches.next() ? batches.value(0).toString() : QStringLiteral("?"));
    return digests;
}

} // namespace zhisuan::test

// In a test function: skip (developer) or fail (CI) when there is no PostgreSQL server to test against.
#define ZHISUAN_REQUIRE_PG()                                                                                          \
    do {                                                                                                              \
        if (zhisuan::test::pgAdminUrl().isEmpty()) {                                                                  \
            if (zhisuan::test::pgRequiredByCi())                                                                      \
                QFAIL("CI=true but ZHISUAN_TEST_PG_URL is not set: the PostgreSQL tests must run in CI (./dev test)"); \
            QSKIP("SKIPPED: no PostgreSQL test server (ZHISUAN_TEST_PG_URL unset; ./dev test starts one)");           \
        }                                                                                                             \
        if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))                                               \
            QFAIL("Qt's QPSQL driver is missing (Debian package libqt6sql6-psql, in ./dev's PACKAGES)");             \
    } while (false)

// As ZHISUAN_REQUIRE_PG, and the cluster's folder (socket, TLS certificates) must be known too.
#define ZHISUAN_REQUIRE_PG_CLUSTER()                                                                                  \
    do {                                                                                                              \
        ZHISUAN_REQUIRE_PG();                                                                                         \
        if (zhisuan::test::pgTestDir().isEmpty()) {                                                                   \
            if (zhisuan::test::pgRequiredByCi())                                                                      \
                QFAIL("CI=true but ZHISUAN_TEST_PG_DIR is not set: ./dev test exports it with the cluster it starts"); \
            QSKIP("SKIPPED: ZHISUAN_TEST_PG_DIR unset (the cluster's socket and TLS files; ./dev test sets it)");     \
        }                                                                                                             \
    } while (false)
