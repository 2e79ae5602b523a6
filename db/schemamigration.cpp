#include "schemamigration.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QRegularExpression>

#include <sqlite3.h>

#include <algorithm>

namespace zhisuan::db {

namespace {

Error sqliteError(sqlite3 *db, const QString &what)
{
    const QString why = QString::fromUtf8(sqlite3_errmsg(db));
    return Error{QStringLiteral("sql"), what + QStringLiteral(": ") + why, why};
}

} // namespace

QList<SchemaMigration::Step> SchemaMigration::steps()
{
    static const QList<Step> all = [] {
        QList<Step> list;
        static const QRegularExpression pattern(QStringLiteral("^(\\d{3})_(\\w+)\\.sql$"));
        const QDir dir(QStringLiteral(":/migrations"));
        for (const QString &file : dir.entryList(QDir::Files, QDir::Name)) {
            const auto m = pattern.match(file);
            if (!m.hasMatch())
                continue;
            QFile f(dir.filePath(file));
            if (!f.open(QIODevice::ReadOnly))
                continue;
            list.append(Step{m.captured(1).toInt(), m.captured(2), QString::fromUtf8(f.readAll())});
        }
        std::sort(list.begin(), list.end(), [](const Step &a, const Step &b) { return a.version < b.version; });
        return list;
    }();
    return all;
}

int SchemaMigration::latestVersion()
{
    const auto all = steps();
    return all.isEmpty() ? 0 : all.last().version;
}

Result<int> SchemaMigration::currentVersion(sqlite3 *db)
{
    sqlite3_stmt *stmt = nullptr;
    if (sqlite3_prepare_v2(db, "PRAGMA user_version", -1, &stmt, nullptr) != SQLITE_OK)
        return sqliteError(db, QCoreApplication::translate("SchemaMigration", "Cannot read the schema version"));
    int version = 0;
    const int rc = sqlite3_step(stmt);
    if (rc == SQLITE_ROW)
        version = sqlite3_column_int(stmt, 0);
    sqlite3_finalize(stmt);
    if (rc != SQLITE_ROW) {
        return Error{QStringLiteral("not-a-store"),
                     QCoreApplication::translate("SchemaMigration", "The file is not a ZhiSuan store (not SQLite): %1")
                         .arg(QString::fromUtf8(sqlite3_errstr(rc))),
                     {}};
    }
    return version;
}

Result<int> SchemaMigration::apply(sqlite3 *db)
{
    auto current = currentVersion(db);
    if (!current)
        return current;
    const int from = current.value();
    if (from > latestVersion()) {
        return Error{QStringLiteral("newer-store"),
                     QCoreApplication::translate("SchemaMigration",
                                                 "The store was written by a newer version (schema %1, known up to %2).")
                         .arg(from)
                         .arg(latestVersion()),
                     {}};
    }
    if (from == latestVersion())
        return from;

    if (sqlite3_exec(db, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr) != SQLITE_OK)
        return sqliteError(db, QCoreApplication::translate("SchemaMigration", "Cannot start the schema upgrade"));
    int to = from;
    for (const Step &step : steps()) {
        if (step.version <= from)
            continue;
        const QByteArray sql = step.sql.toUtf8();
        if (sqlite3_exec(db, sql.constData(), nullptr, nullptr, nullptr) != SQLITE_OK) {
            Error e = sqliteError(db, QCoreApplication::translate("SchemaMigration", "Schema migration %1 (%2) failed")
                                          .arg(step.version)
                                          .arg(step.name));
            sqlite3_exec(db, "ROLLBACK", nullptr, nullptr, nullptr);
            return e;
        }
        to = step.version;
    }
    const QByteArray setVersion = "PRAGMA user_version = " + QByteArray::number(to);
    if (sqlite3_exec(db, setVersion.constData(), nullptr, nullptr, nullptr) != SQLITE_OK
        || sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr) != SQLITE_OK) {
        Error e = sqliteError(db, QCoreApplication::translate("SchemaMigration", "Cannot finish the schema upgrade"));
        sqlite3_exec(db, "ROLLBACK", nullptr, nullptr, nullptr);
        return e;
    }
    return to;
}

} // namespace zhisuan::db
