#include "postgresengine.h"

#include "importtransaction.h"
#include "pgcopywriter.h"
#include "pgwritetransaction.h"
#include "schemamigration.h"
#include "store.h"
#include "storeprobe.h"
#include "writetransaction.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

#include <libpq-fe.h>

namespace zhisuan::db {

namespace {

// "… WHERE a = ? AND b = ?" → "… $1 … $2", leaving quoted text, quoted names and comments alone (what QPSQL does
// before its PREPARE).
QByteArray numberedPlaceholders(const QString &sql)
{
    const QByteArray in = sql.toUtf8();
    QByteArray out;
    out.reserve(in.size() + 16);
    int n = 0;
    char quote = 0;
    for (qsizetype i = 0; i < in.size(); ++i) {
        const char c = in[i];
        if (quote) {
            out += c;
            if (c == quote)
                quote = 0;
        } else if (c == '\'' || c == '"') {
            quote = c;
            out += c;
        } else if (c == '-' && i + 1 < in.size() && in[i + 1] == '-') {
            const qsizetype end = in.indexOf('\n', i);
            out += in.mid(i, end < 0 ? -1 : end - i);
            i = end < 0 ? in.size() : end - 1;
        } else if (c == '?') {
            out += '$' + QByteArray::number(++n);
        } else {
            out += c;
        }
    }
    return out;
}

// A bound value as the text PostgreSQL parses for a parameter of unknown type, as QPSQL writes it into EXECUTE.
QByteArray parameterText(const QVariant &v)
{
    switch (v.typeId()) {
    case QMetaType::Bool:
        return v.toBool() ? "t" : "f";
    case QMetaType::Double:
    case QMetaType::Float:
        return QByteArray::number(v.toDouble(), 'g', 17);
    case QMetaType::QDate:
        return v.toDate().toString(Qt::ISODate).toUtf8();
    case QMetaType::QDateTime:
        return v.toDateTime().toString(Qt::ISODateWithMs).toUtf8();
    default:
        return v.toString().toUtf8();
    }
}

// A result cell as QPSQL gives it, by the column's type (pg_type's oid): numbers as numbers, dates as dates, the
// rest as text; NULL as a null value of that type.
QVariant cellValue(const PGresult *res, int row, int column)
{
    QMetaType type;
    switch (PQftype(res, column)) {
    case 16: type = QMetaType(QMetaType::Bool); break;
    case 20: type = QMetaType(QMetaType::LongLong); break;
    case 21: case 23: type = QMetaType(QMetaType::Int); break;
    case 26: type = QMetaType(QMetaType::UInt); break;
    case 700: case 701: case 1700: type = QMetaType(QMetaType::Double); break;
    case 1082: type = QMetaType(QMetaType::QDate); break;
    case 1114: case 1184: type = QMetaType(QMetaType::QDateTime); break;
    default: type = QMetaType(QMetaType::QString); break;
    }
    if (PQgetisnull(res, row, column))
        return QVariant(type);
    const char *text = PQgetvalue(res, row, column);
    switch (type.id()) {
    case QMetaType::Bool: return QVariant(text[0] == 't');
    case QMetaType::LongLong: return QVariant(QByteArray(text).toLongLong());
    case QMetaType::Int: return QVariant(QByteArray(text).toInt());
    case QMetaType::UInt: return QVariant(QByteArray(text).toUInt());
    case QMetaType::Double: return QVariant(QByteArray(text).toDouble());
    case QMetaType::QDate: return QVariant(QDate::fromString(QString::fromLatin1(text), Qt::ISODate));
    case QMetaType::QDateTime: return QVariant(QDateTime::fromString(QString::fromLatin1(text).left(19).replace(u' ', u'T'), Qt::ISODate));
    default: return QVariant(QString::fromUtf8(text, PQgetlength(res, row, column)));
    }
}

} // namespace

int PostgresEngine::schemaVersion() const
{
    auto v = SchemaMigration::currentVersion(database());
    return v ? v.value() : -1;
}

Result<qint64> PostgresEngine::dataVersion() const
{
    QSqlQuery q(database());
    if (!q.exec(QStringLiteral("SELECT count(*), COALESCE(max(id), 0), count(rolled_back_at) FROM import_batch")) || !q.next())
        return sqlError(QCoreApplication::translate("Store", "Cannot read the store's data version"), q.lastError());
    // Batches are only added and rolled back: the three numbers only grow, so their sum changes with each.
    return q.value(0).toLongLong() + q.value(1).toLongLong() + q.value(2).toLongLong();
}

Result<bool> PostgresEngine::reconnectIfLost()
{
    QSqlDatabase db = database();
    if (db.isOpen() && QSqlQuery(db).exec(QStringLiteral("SELECT 1")))
        return false;
    db.close();
    if (!db.open()) {
        return Error{QStringLiteral("connect"),
                     QCoreApplication::translate("Store", "The team store %1 cannot be reached: %2")
                         .arg(m_store.path(), db.lastError().databaseText().trimmed().isEmpty()
                                                  ? db.lastError().text()
                                                  : db.lastError().databaseText().trimmed()),
                     db.lastError().text()};
    }
    return true;
}

QSqlDriver *PostgresEngine::subscribeToChanges()
{
    QSqlDriver *driver = database().driver();
    const QString channel = QStringLiteral("zhisuan_data"); // PgWriteTransaction::commit's NOTIFY
    if (!driver)
        return nullptr;
    if (driver->subscribedToNotifications().contains(channel)) // from before a reconnect: that session is gone
        driver->unsubscribeFromNotification(channel);
    if (!driver->subscribeToNotification(channel))
        return nullptr;
    return driver;
}

Error PostgresEngine::writeError(const QString &what, const QSqlError &error) const
{
    // 42501: insufficient_privilege, what a reader's role gets for any write.
    if (error.nativeErrorCode() == QLatin1String("42501")) {
        Error e = m_store.readerError();
        e.detail = error.text();
        return e;
    }
    return sqlError(what, error);
}

// Writes go through libpq on the connection Qt holds (PgCopyWriter).
Result<std::unique_ptr<WriteTransaction>> PostgresEngine::beginWrite(const WriteIntent &intent, WriteWait *wait)
{
    pg_conn *pg = PgCopyWriter::connection(database());
    if (!pg)
        return m_store.serverUnsupported(intent.operation);
    return PgWriteTransaction::begin(pg, database(), *this, intent, wait);
}

QString PostgresEngine::text(const Statement &statement) const
{
    return QString::fromUtf8(statement.server ? statement.server : statement.sqlite);
}

// The server checks its own pages.
QString PostgresEngine::checkPassedText() const
{
    return QCoreApplication::translate("CommandLine", "%1: no problems found (schema version %2; tables, columns, indexes, "
                                                      "keys and constraints checked).");
}

QString PostgresEngine::joinedText(const QString &expr, const QString &separator, const QString &order) const
{
    return QStringLiteral("string_agg(%1, %2 ORDER BY %3)").arg(expr, separator, order);
}

QString PostgresEngine::position(const QString &haystack, const QString &needle) const
{
    return QStringLiteral("strpos(%1, %2)").arg(haystack, needle);
}

QString PostgresEngine::rowOrder(const QString &alias) const
{
    return alias + QStringLiteral(".id");
}

QString PostgresEngine::daysBetween(const QString &from, const QString &to) const
{
    return QStringLiteral("(CAST(%2 AS date) - CAST(%1 AS date))").arg(from, to);
}

QString PostgresEngine::plusDays(const QString &date, const QString &days) const
{
    return QStringLiteral("to_char(CAST(%1 AS date) + CAST(%2 AS integer), 'YYYY-MM-DD')").arg(date, days);
}

QString PostgresEngine::dateOf(const QString &dateTime) const
{
    return QStringLiteral("substr(%1, 1, 10)").arg(dateTime);
}

// The server's version, and how libpq made the connection: TLS (protocol and cipher), the sslmode it applied, the CA
// file named for the check and the host it reached.
Result<void> PostgresEngine::describe(StoreSummary &summary) const
{
    QSqlQuery q(database());
    if (!q.exec(QStringLiteral("SHOW server_version")) || !q.next())
        return sqlError(QCoreApplication::translate("StoreProbe", "Cannot read the version of the store's engine"), q.lastError());
    // "15.8 (Debian 15.8-0+deb12u1)": the number is what people compare.
    summary.engineVersion = q.value(0).toString().section(u' ', 0, 0);
    pg_conn *conn = PgCopyWriter::connection(database());
    if (!conn)
        return {};
    summary.encrypted = PQsslInUse(conn) == 1;
    if (summary.encrypted) {
        summary.tlsProtocol = QString::fromUtf8(PQsslAttribute(conn, "protocol"));
        summary.tlsCipher = QString::fromUtf8(PQsslAttribute(conn, "cipher"));
    }
    summary.host = QString::fromUtf8(PQhost(conn));
    if (PQconninfoOption *options = PQconninfo(conn)) {
        for (const PQconninfoOption *o = options; o->keyword; ++o) {
            if (qstrcmp(o->keyword, "sslmode") == 0)
                summary.sslMode = QString::fromUtf8(o->val);
            else if (qstrcmp(o->keyword, "sslrootcert") == 0)
                summary.sslRootCert = QString::fromUtf8(o->val);
        }
        PQconninfoFree(options);
    }
    return {};
}

Result<bool> PostgresEngine::canWrite() const
{
    QSqlQuery q(database());
    if (!q.exec(QStringLiteral("SELECT has_table_privilege('import_batch', 'INSERT')")) || !q.next())
        return sqlError(QCoreApplication::translate("TeamRoles", "Cannot read your role's privileges"), q.lastError());
    return q.value(0).toBool();
}

// The roles are the server's, so their names carry the database's (TeamRoles::names).
Result<void> PostgresEngine::createRoles(const QString &readerRole, const QString &editorRole)
{
    QSqlDatabase db = database();
    QSqlDriver *driver = db.driver();
    const QString reader = driver->escapeIdentifier(readerRole, QSqlDriver::TableName);
    const QString editor = driver->escapeIdentifier(editorRole, QSqlDriver::TableName);
    const QString readerLiteral = QString(readerRole).replace(u'\'', QStringLiteral("''"));
    const QString editorLiteral = QString(editorRole).replace(u'\'', QStringLiteral("''"));
    const QStringList statements{
        QStringLiteral("DO $$ BEGIN "
                       "IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '%1') THEN CREATE ROLE %3 NOLOGIN; END IF; "
                       "IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '%2') THEN CREATE ROLE %4 NOLOGIN; END IF; "
                       "END $$")
            .arg(readerLiteral, editorLiteral, reader, editor),
        QStringLiteral("GRANT CONNECT ON DATABASE %1 TO %2, %3")
            .arg(driver->escapeIdentifier(db.databaseName(), QSqlDriver::TableName), reader, editor),
        QStringLiteral("GRANT USAGE ON SCHEMA public TO %1, %2").arg(reader, editor),
        QStringLiteral("GRANT SELECT ON ALL TABLES IN SCHEMA public TO %1").arg(reader),
        QStringLiteral("GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO %1").arg(editor),
        QStringLiteral("GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA public TO %1").arg(editor),
        // Tables a later migration adds get the same grants.
        QStringLiteral("ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT ON TABLES TO %1").arg(reader),
        QStringLiteral("ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO %1").arg(editor),
        QStringLiteral("ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT, UPDATE ON SEQUENCES TO %1").arg(editor),
        // PostgreSQL lets only a table's owner analyse it (15 and 16 have no MAINTAIN privilege): an editor's bulk import
        // gets the planner its statistics through this function, which runs as the store's owner and does only that
        // (daily_bar in the columns plans depend on, ImportTransaction::kDailyBarPlanned).
        QStringLiteral("CREATE OR REPLACE FUNCTION public.zhisuan_analyse() RETURNS void LANGUAGE plpgsql SECURITY DEFINER "
                       "SET search_path = public AS $f$ DECLARE t text; BEGIN "
                       "FOR t IN SELECT tablename FROM pg_tables WHERE schemaname = 'public' LOOP "
                       "EXECUTE CASE WHEN t = 'daily_bar' THEN 'ANALYZE %1' ELSE format('ANALYZE %I', t) END; END LOOP; "
                       "END $f$").arg(QLatin1String(ImportTransaction::kDailyBarPlanned)),
        QStringLiteral("REVOKE ALL ON FUNCTION public.zhisuan_analyse() FROM PUBLIC"),
        QStringLiteral("GRANT EXECUTE ON FUNCTION public.zhisuan_analyse() TO %1").arg(editor),
    };
    if (!db.transaction())
        return sqlError(QCoreApplication::translate("TeamRoles", "Cannot create the team roles"), db.lastError());
    for (const QString &sql : statements) {
        QSqlQuery q(db);
        if (!q.exec(sql)) {
            Error e = sqlError(QCoreApplication::translate("TeamRoles", "Cannot create the team roles (you need the "
                                                                        "CREATEROLE privilege and to own the database)"),
                               q.lastError());
            db.rollback();
            return e;
        }
    }
    if (!db.commit())
        return sqlError(QCoreApplication::translate("TeamRoles", "Cannot create the team roles"), db.lastError());
    return {};
}

// A reader's login may not write to the team store: refused before a row is read, naming the role.
Result<void> PostgresEngine::refuseReader() const
{
    if (m_store.isReadOnly())
        return m_store.readerError();
    return {};
}

// A team store's schema is created and upgraded in one transaction by Store::open; what is missing on it is reported
// by checkSchema without a repair, so nothing reaches here.
Result<QStringList> PostgresEngine::repair(const QList<StoreCheck::Finding> &)
{
    return m_store.serverUnsupported(QCoreApplication::translate("StoreCheck", "Repairing a store"));
}

// One round trip (PQexecParams, an unnamed statement) where Qt's driver sends three (PREPARE, EXECUTE, DEALLOCATE):
// a small view reads in a third of the time, more so when the server is far or busy (bench_pgviews). The whole
// result is read at once, as QPSQL reads it.
Result<RowSet> PostgresEngine::select(const QString &what, const QString &sql, const QVariantList &binds) const
{
    pg_conn *conn = PgCopyWriter::connection(database());
    if (!conn)
        return StoreEngine::select(what, sql, binds);
    std::vector<QByteArray> texts;
    texts.reserve(binds.size());
    for (const QVariant &b : binds)
        texts.push_back(b.isNull() ? QByteArray() : parameterText(b));
    std::vector<const char *> params;
    params.reserve(binds.size());
    for (qsizetype i = 0; i < binds.size(); ++i)
        params.push_back(binds[i].isNull() ? nullptr : texts[size_t(i)].constData());
    const QByteArray statement = numberedPlaceholders(sql);
    std::unique_ptr<PGresult, void (*)(PGresult *)> res(
        PQexecParams(conn, statement.constData(), int(params.size()), nullptr, params.data(), nullptr, nullptr, 0), PQclear);
    if (!res || PQresultStatus(res.get()) != PGRES_TUPLES_OK) {
        const QString said = QString::fromUtf8(res ? PQresultErrorMessage(res.get()) : PQerrorMessage(conn)).trimmed();
        const char *state = res ? PQresultErrorField(res.get(), PG_DIAG_SQLSTATE) : nullptr;
        return sqlError(what, QSqlError(QString(), said, QSqlError::StatementError, QString::fromLatin1(state ? state : "")));
    }
    const int rowCount = PQntuples(res.get()), columns = PQnfields(res.get());
    QList<QVariantList> rows;
    rows.reserve(rowCount);
    for (int r = 0; r < rowCount; ++r) {
        QVariantList row;
        row.reserve(columns);
        for (int c = 0; c < columns; ++c)
            row << cellValue(res.get(), r, c);
        rows.append(std::move(row));
    }
    return RowSet(std::move(rows));
}

} // namespace zhisuan::db
