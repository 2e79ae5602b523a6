// PostgresEngine: opening a team store (libpq's connection, the schema's version, migrations, the role's rights).
#include "postgresengine.h"

#include "pgcopywriter.h"
#include "schemamigration.h"
#include "serveraddress.h"
#include "steptimer.h"
#include "store.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

#include <libpq-fe.h>

namespace zhisuan::db {

namespace {

// `text` as one word for a shell command the user may copy: quoted when it holds a space, '&', '?' ….
QString shellWord(const QString &text)
{
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z0-9_/:@.,%+=-]+$"));
    if (plain.match(text).hasMatch())
        return text;
    return u'\'' + QString(text).replace(u'\'', QLatin1String("'\\''")) + u'\'';
}

} // namespace

// Any address libpq takes (ServerAddress): libpq parses it and connects with it, so the service file, the PG*
// environment, ~/.pgpass and every TLS mode work as in psql. A password written in the address is kept in this
// process only, by the address without it; it is never written anywhere by us.
Result<StoreEngine::Opened> PostgresEngine::open(const QString &path, Store::OpenMode mode)
{
    StepTimer timer("team store"); // ZHISUAN_TIMINGS=1: where opening a team store spends its time
    auto parsed = ServerAddress::parse(path);
    if (!parsed)
        return parsed.error();
    const ServerAddress &address = parsed.value();
    const QString shown = address.shown();
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL"))) {
        return Error{QStringLiteral("no-driver"),
                     QCoreApplication::translate("Store", "Cannot open the team store %1: Qt's PostgreSQL driver is not "
                                                          "installed (Debian package libqt6sql6-psql).")
                         .arg(shown),
                     shown};
    }
    // path() is shown in the title, status bar and messages, and other threads reopen the store by it: the secrets
    // (password, sslpassword) stay here, by the address without them.
    QList<ServerAddress::Option> secrets = address.secrets();
    if (!secrets.isEmpty())
        ServerAddress::rememberSecrets(shown, secrets);
    else
        secrets = ServerAddress::rememberedSecrets(shown);
    Opened opened{shown, false, false};
    timer.step("address and secrets");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connectionName());
        if (auto configured = address.configure(db, secrets); !configured)
            return configured.error();
        timer.step("driver");
        if (!db.open()) {
            // libpq's own words ("SSL error: certificate verify failed", "server does not support SSL, but SSL was
            // required") reach the user.
            const QString reason = db.lastError().databaseText().trimmed();
            return Error{QStringLiteral("connect"),
                         QCoreApplication::translate("Store", "Cannot connect to the team store %1: %2")
                             .arg(shown, reason.isEmpty() ? db.lastError().text() : reason),
                         db.lastError().text()};
        }
        // What libpq connected to, whether the address, the service file or the environment named it: the roles
        // (TeamRoles) and messages use these, and a reconnect asks for the same database and user.
        if (pg_conn *conn = PgCopyWriter::connection(db)) {
            db.setDatabaseName(QString::fromUtf8(PQdb(conn)));
            db.setUserName(QString::fromUtf8(PQuser(conn)));
        }
    }
    timer.step("connected");
    auto version = SchemaMigration::currentVersion(database());
    if (!version)
        return Error{version.error().code, shown + QStringLiteral(": ") + version.error().message, version.error().detail};
    const int latest = SchemaMigration::serverSteps().isEmpty() ? 0 : SchemaMigration::serverSteps().last().version;
    if (version.value() > latest) {
        return Error{QStringLiteral("newer-store"),
                     QCoreApplication::translate("Store", "The store %1 was written by a newer version of ZhiSuan Board "
                                                          "(schema %2; this version knows up to %3). It was not changed. "
                                                          "Update ZhiSuan Board to open it.")
                         .arg(shown)
                         .arg(version.value())
                         .arg(latest),
                     shown};
    }
    if (version.value() == 0 && mode != Store::OpenMode::CreateIfMissing) {
        return Error{QStringLiteral("not-found"),
                     QCoreApplication::translate("Store", "The database %1 holds no ZhiSuan store yet. Run “zhisuan init "
                                                          "--db %2” to create one there.")
                         .arg(shown, shellWord(shown)),
                     shown};
    }
    opened.created = version.value() == 0;
    opened.readOnly = mode == Store::OpenMode::ReadOnly && version.value() == latest;
    if (version.value() < latest) {
        auto migrated = SchemaMigration::apply(database());
        if (!migrated)
            return Error{migrated.error().code, shown + QStringLiteral(": ") + migrated.error().message, migrated.error().detail};
    }
    // A reader's role (zhisuan init --team) may not write: the store is read-only for this connection. The same
    // round trip turns JIT off for the session: on these statements it only ever added time (issue 26: 75 ms of
    // JIT in a 90 ms view, the brief 857 → 780 ms without it).
    timer.step("schema version");
    QSqlQuery q(database());
    if (!q.exec(QStringLiteral("SELECT has_table_privilege('import_batch', 'INSERT'), set_config('jit', 'off', false)")) || !q.next())
        return sqlError(shown, q.lastError());
    if (!q.value(0).toBool())
        opened.readOnly = true;
    timer.step("rights");
    return opened;
}

} // namespace zhisuan::db
