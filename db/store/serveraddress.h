#pragma once

#include "result.h"

#include <QList>
#include <QString>

#include <utility>

class QSqlDatabase;

namespace zhisuan::db {

// The address of a team store, in any form libpq (and so psql) takes: a URI (postgresql://… or postgres://…, with
// every query parameter libpq knows), or a keyword/value string ("host=/run/x port=26413 dbname=zhisuan
// sslmode=verify-full", "service=team"). libpq parses it (PQconninfoParse) and connects with it; what the address
// leaves out comes, as for psql, from the service file (~/.pg_service.conf, PGSERVICEFILE) and the PG* environment
// (PGHOST, PGPORT, PGSSLMODE, PGSSLROOTCERT, PGPASSFILE …) at connect time. Nothing here re-implements its grammar.
class ServerAddress
{
public:
    using Option = std::pair<QString, QString>; // libpq's keyword, its value as the address gives it

    // Whether --db / ZHISUAN_DB names a server rather than a store file: a URI (libpq's two prefixes), or a string
    // whose first word is one of libpq's keywords followed by '=' ("host=…", "service=…") when no file or folder of
    // that name exists. Anything else is a file path, '=' or not: /srv/a=b/zhisuan.sqlite, ./host=x.sqlite,
    // notes=2024.sqlite (not a keyword).
    static bool looksLikeServer(const QString &text);

    // libpq's reading of `text`; its own reason when it refuses ("invalid URI query parameter: "sslmod"").
    static Result<ServerAddress> parse(const QString &text);

    // The address as given.
    QString text() const { return m_text; }
    // The same without its secrets (password, sslpassword): shown in the title, status line and messages, saved in the
    // settings, and what other threads and processes reopen the store by. A URI keeps its form; a keyword/value string
    // with a secret in it is written again, keyword by keyword, without it.
    QString shown() const { return m_shown; }
    bool isUri() const { return m_uri; }

    // Every option the address itself sets (not the environment's or the service file's), in libpq's order.
    const QList<Option> &options() const { return m_options; }
    bool has(const QString &keyword) const;
    QString value(const QString &keyword) const;
    // The options libpq shows as passwords (dispchar "*"): password, sslpassword.
    QList<Option> secrets() const;
    static bool isSecret(const QString &keyword);

    // Gives `db` (a QPSQL connection) every option, so that Qt hands libpq exactly this address: host, dbname and user
    // through Qt's setters, every other option through connectOptions, each value quoted by libpq's rules. Qt turns
    // every ';' of connectOptions into a space before libpq reads it: a value with ';' in it cannot pass intact and is
    // refused, naming the option. `secrets` replace the address's own (a password kept in this process). Adds the
    // program's defaults where the user set none: fallback_application_name=zhisuan, and connect_timeout=10 unless
    // the address, PGCONNECT_TIMEOUT or a service (which may set one) says otherwise.
    Result<void> configure(QSqlDatabase &db, const QList<Option> &secrets) const;

    // The secrets (password, sslpassword) of the team stores this process opened or was given, by the address shown
    // without them (shown()): kept in this process only, never written anywhere by us. A password the desktop keyring
    // gave for `address` (Store::setPassword); the secrets an address was opened with; those kept for `shown`.
    static void rememberPassword(const QString &address, const QString &password);
    static void rememberSecrets(const QString &shown, const QList<Option> &secrets);
    static QList<Option> rememberedSecrets(const QString &shown);

    // A value as libpq's keyword/value form reads it back: bare when it can be, else in single quotes with \ and '
    // escaped.
    static QString quoted(const QString &value, bool always = false);
    // Keyword/value form of `options`, in their order.
    static QString keywordValueString(const QList<Option> &options);

private:
    QString m_text;
    QString m_shown;
    bool m_uri = false;
    QList<Option> m_options;
};

} // namespace zhisuan::db
