#include "serveraddress.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QHash>
#include <QMutex>
#include <QRegularExpression>
#include <QSet>
#include <QSqlDatabase>
#include <QStringList>
#include <QUrl>

#include <libpq-fe.h>

namespace zhisuan::db {

namespace {

bool isUriText(const QString &text)
{
    // libpq's own test (uri_prefix_length): these two prefixes, case as written.
    return text.startsWith(QLatin1String("postgresql://")) || text.startsWith(QLatin1String("postgres://"));
}

// libpq reads `text`: the options it sets, in libpq's order, or libpq's reason for refusing it (the error's message,
// which the caller puts in its own words).
Result<QList<ServerAddress::Option>> libpqParse(const QString &text)
{
    if (text.contains(QChar(0)))
        return Error{QStringLiteral("bad-url"), QCoreApplication::translate("ServerAddress", "the address contains a NUL character"), {}};
    char *message = nullptr;
    const QByteArray utf8 = text.toUtf8();
    PQconninfoOption *parsed = PQconninfoParse(utf8.constData(), &message);
    if (!parsed) {
        const QString why = message ? QString::fromUtf8(message).trimmed() : QCoreApplication::translate("ServerAddress", "out of memory");
        PQfreemem(message);
        return Error{QStringLiteral("bad-url"), why, {}};
    }
    QList<ServerAddress::Option> options;
    for (const PQconninfoOption *o = parsed; o->keyword; ++o)
        if (o->val)
            options.append({QString::fromUtf8(o->keyword), QString::fromUtf8(o->val)});
    PQconninfoFree(parsed);
    return options;
}

struct Keywords
{
    QSet<QString> all;
    QSet<QString> secret;
};

// Every keyword this libpq knows, and those it shows as passwords: from libpq itself, so a newer libpq's options
// (require_auth, sslnegotiation …) are known without a change here.
const Keywords &keywords()
{
    static const Keywords k = [] {
        Keywords result;
        char *message = nullptr;
        PQconninfoOption *all = PQconninfoParse("", &message);
        PQfreemem(message);
        for (const PQconninfoOption *o = all; o && o->keyword; ++o) {
            result.all.insert(QString::fromUtf8(o->keyword));
            if (o->dispchar && o->dispchar[0] == '*')
                result.secret.insert(QString::fromUtf8(o->keyword));
        }
        PQconninfoFree(all);
        return result;
    }();
    return k;
}

QList<ServerAddress::Option> withoutSecrets(const QList<ServerAddress::Option> &options)
{
    QList<ServerAddress::Option> kept;
    for (const auto &o : options)
        if (!ServerAddress::isSecret(o.first))
            kept << o;
    return kept;
}

// The URI with its password (user:PASSWORD@) and its secret query parameters (?password=…, &sslpassword=…) cut out,
// the rest as written. The caller checks the result with libpq.
QString uriWithoutSecrets(const QString &uri)
{
    QString s = uri;
    const qsizetype start = s.indexOf(QLatin1String("://")) + 3;
    // As libpq reads it: the user part ends at the first '@' met before any '/'; the password is what follows its
    // first ':'.
    qsizetype at = start;
    while (at < s.size() && s.at(at) != u'@' && s.at(at) != u'/')
        ++at;
    qsizetype hostStart = start;
    if (at < s.size() && s.at(at) == u'@') {
        const qsizetype colon = s.indexOf(u':', start);
        if (colon >= 0 && colon < at) {
            s.remove(colon, at - colon);
            at = colon;
        }
        hostStart = at + 1;
    }
    const qsizetype query = s.indexOf(u'?', hostStart);
    if (query < 0)
        return s;
    QStringList kept;
    for (const QString &param : s.mid(query + 1).split(u'&')) {
        const QString key = QUrl::fromPercentEncoding(param.section(u'=', 0, 0).toUtf8());
        if (!ServerAddress::isSecret(key))
            kept << param;
    }
    return s.left(query) + (kept.isEmpty() ? QString() : u'?' + kept.join(u'&'));
}

} // namespace

bool ServerAddress::looksLikeServer(const QString &text)
{
    if (isUriText(text))
        return true;
    // libpq's keyword/value form starts with a keyword, then '=' (spaces allowed around it).
    static const QRegularExpression firstWord(QStringLiteral("^\\s*([A-Za-z0-9_]+)\\s*="));
    const QRegularExpressionMatch m = firstWord.match(text);
    if (!m.hasMatch() || !keywords().all.contains(m.captured(1)))
        return false;
    // A store file that happens to be called "host=x" in the current folder stays a file.
    return !QFileInfo::exists(text);
}

bool ServerAddress::isSecret(const QString &keyword)
{
    return keywords().secret.contains(keyword);
}

Result<ServerAddress> ServerAddress::parse(const QString &text)
{
    ServerAddress a;
    a.m_text = text;
    a.m_uri = isUriText(text);
    auto options = libpqParse(text);
    if (!options) {
        QString reason = options.error().message;
        // libpq quotes the piece it could not read: a URI's password may be in it (a bad %-escape). Say it without.
        if (a.m_uri) {
            const QString shown = uriWithoutSecrets(text);
            const qsizetype start = text.indexOf(QLatin1String("://")) + 3;
            const qsizetype at = text.indexOf(u'@', start);
            const qsizetype colon = text.indexOf(u':', start);
            if (at > 0 && colon > 0 && colon < at && at - colon > 1)
                reason.replace(text.mid(colon + 1, at - colon - 1), QStringLiteral("…"));
            for (const QString &param : text.mid(text.indexOf(u'?') + 1).split(u'&'))
                if (isSecret(QUrl::fromPercentEncoding(param.section(u'=', 0, 0).toUtf8())) && !param.section(u'=', 1).isEmpty())
                    reason.replace(param.section(u'=', 1), QStringLiteral("…"));
            return Error{QStringLiteral("bad-url"),
                         QCoreApplication::translate("ServerAddress", "“%1” is not a PostgreSQL address libpq can read: %2.")
                             .arg(shown, reason),
                         reason};
        }
        // A keyword/value string: libpq's reasons name keywords, never values; the string itself is not repeated
        // (it may hold a password).
        return Error{QStringLiteral("bad-url"),
                     QCoreApplication::translate("ServerAddress", "The PostgreSQL address is not one libpq can read: %1.").arg(reason),
                     reason};
    }
    a.m_options = options.value();
    a.m_shown = text;
    if (!a.secrets().isEmpty()) {
        const QList<Option> expected = withoutSecrets(a.m_options);
        // A URI keeps its form; whatever libpq reads from it must be exactly the options less the secrets, else (an
        // address whose parts are ambiguous to cut) the keyword/value form of those options, which is exact.
        a.m_shown = a.m_uri ? uriWithoutSecrets(text) : keywordValueString(expected);
        auto check = libpqParse(a.m_shown);
        if (!check || check.value() != expected)
            a.m_shown = keywordValueString(expected);
    }
    return a;
}

bool ServerAddress::has(const QString &keyword) const
{
    for (const auto &o : m_options)
        if (o.first == keyword)
            return true;
    return false;
}

QString ServerAddress::value(const QString &keyword) const
{
    for (const auto &o : m_options)
        if (o.first == keyword)
            return o.second;
    return {};
}

QList<ServerAddress::Option> ServerAddress::secrets() const
{
    QList<Option> found;
    for (const auto &o : m_options)
        if (isSecret(o.first))
            found << o;
    return found;
}

QString ServerAddress::quoted(const QString &value, bool always)
{
    static const QRegularExpression plain(QStringLiteral("^[^\\s'\\\\]+$"));
    if (!always && plain.match(value).hasMatch())
        return value;
    QString q = value;
    q.replace(u'\\', QLatin1String("\\\\"));
    q.replace(u'\'', QLatin1String("\\'"));
    return u'\'' + q + u'\'';
}

QString ServerAddress::keywordValueString(const QList<Option> &options)
{
    QStringList parts;
    for (const auto &o : options)
        parts << o.first + u'=' + quoted(o.second);
    return parts.join(u' ');
}

Result<void> ServerAddress::configure(QSqlDatabase &db, const QList<Option> &secrets) const
{
    QList<Option> all = withoutSecrets(m_options);
    all += secrets;
    QStringList connectOptions;
    for (const auto &[keyword, value] : std::as_const(all)) {
        // Qt's setters quote their value as libpq reads it (qQuote in qsql_psql.cpp) and leave ';' alone.
        if (!value.isEmpty() && keyword == QLatin1String("host"))
            db.setHostName(value);
        else if (!value.isEmpty() && keyword == QLatin1String("dbname"))
            db.setDatabaseName(value);
        else if (!value.isEmpty() && keyword == QLatin1String("user"))
            db.setUserName(value);
        else if (!value.isEmpty() && keyword == QLatin1String("password"))
            db.setPassword(value);
        else if (value.contains(u';'))
            return Error{QStringLiteral("bad-url"),
                         QCoreApplication::translate("ServerAddress",
                                                     "The option %1 of the address %2 contains “;”: Qt's PostgreSQL driver "
                                                     "turns every “;” of the options it passes to libpq into a space, so "
                                                     "it cannot be used as written. Nothing was opened. Use a value "
                                                     "without “;” (for a file, rename it or link it from another path).")
                             .arg(keyword, m_shown),
                         keyword};
        else
            connectOptions << keyword + u'=' + quoted(value, true);
    }
    // The program's defaults, only where the user set nothing that libpq would use instead.
    if (!has(QStringLiteral("fallback_application_name")))
        connectOptions << QStringLiteral("fallback_application_name=zhisuan");
    if (!has(QStringLiteral("connect_timeout")) && !has(QStringLiteral("service")) && qEnvironmentVariableIsEmpty("PGCONNECT_TIMEOUT")
        && qEnvironmentVariableIsEmpty("PGSERVICE"))
        connectOptions << QStringLiteral("connect_timeout=10");
    db.setConnectOptions(connectOptions.join(u';'));
    return {};
}

namespace {
QMutex secretsLock;
QHash<QString, QList<ServerAddress::Option>> secretsByAddress;
} // namespace

void ServerAddress::rememberPassword(const QString &address, const QString &password)
{
    auto parsed = parse(address);
    if (!parsed || password.isEmpty())
        return;
    rememberSecrets(parsed.value().shown(), {{QStringLiteral("password"), password}});
}

void ServerAddress::rememberSecrets(const QString &shown, const QList<Option> &secrets)
{
    QMutexLocker locker(&secretsLock);
    secretsByAddress.insert(shown, secrets);
}

QList<ServerAddress::Option> ServerAddress::rememberedSecrets(const QString &shown)
{
    QMutexLocker locker(&secretsLock);
    return secretsByAddress.value(shown);
}

} // namespace zhisuan::db
