// ./dev bench, team store (issue 17): import speed of a daily-quote CSV into a PostgreSQL store, against `psql \copy`
// of the same file into an empty table of the same shape and key, on the same server in the same run. Reports rows/s
// and the ratio of the medians; then `zhisuan copy-store` of a SQLite store holding the same rows into a new team
// store, against the same reference. The server is ZHISUAN_TEST_PG_URL (tests/bench/run.sh starts a throwaway cluster).
#include "benchprocess.h"
#include "importjob.h"
#include "quotesfile.h"
#include "store.h"
#include "storecopy.h"

#include <QCoreApplication>
#include <QDate>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>
#include <QUrl>

#include <algorithm>

using namespace zhisuan::db;

namespace {

using bench::freshDatabase;
using bench::median;
using bench::psql;

// The reference: `psql \copy` of the file into a new table of daily_bar's columns, types and key (no import
// bookkeeping), as a team member would load it by hand; its seconds, or a negative number with the error.
double psqlCopySeconds(const QString &adminUrl, const QString &database, const QString &csv, QString *error)
{
    const QString table = QStringLiteral(
        "CREATE TABLE daily_bar (code TEXT COLLATE \"C\" NOT NULL, trade_date TEXT COLLATE \"C\" NOT NULL, open DOUBLE PRECISION, "
        "high DOUBLE PRECISION, low DOUBLE PRECISION, close DOUBLE PRECISION, volume DOUBLE PRECISION, amount DOUBLE PRECISION, "
        "UNIQUE (code, trade_date))");
    if (!freshDatabase(adminUrl, database, error) || !psql(adminUrl, database, {table}, error))
        return -1;
    QElapsedTimer t;
    t.start();
    if (!psql(adminUrl, database, {QStringLiteral("\\copy daily_bar FROM '%1' WITH (FORMAT csv, HEADER true)").arg(csv)}, error))
        return -1;
    return t.nsecsElapsed() / 1e9;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const QString admin = qEnvironmentVariable("ZHISUAN_TEST_PG_URL");
    if (admin.isEmpty()) {
        out << "no PostgreSQL server (ZHISUAN_TEST_PG_URL unset): skipped" << Qt::endl;
        return 0;
    }
    const qint64 rows = argc > 1 ? QByteArray(argv[1]).toLongLong() : 2000000;
    const int runs = argc > 2 ? QByteArray(argv[2]).toInt() : 3;
    QTemporaryDir dir;
    const QString csv = dir.filePath(QStringLiteral("quotes.csv"));
    if (!bench::writeQuotes(csv, rows, 400)) // the same file as bench_import's: 400 securities
        return 1;
    out << "rows: " << rows << ", file: " << QFile(csv).size() / (1024 * 1024) << " MiB, runs: " << runs << Qt::endl;

    const QString database = QStringLiteral("zhisuan_bench_%1").arg(QCoreApplication::applicationPid());
    QUrl storeUrl(admin);
    storeUrl.setPath(u'/' + database);
    QList<double> ours, reference;
    QString error;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer t;
        const double copySeconds = psqlCopySeconds(admin, database, csv, &error);
        if (copySeconds < 0 || !freshDatabase(admin, database, &error)) {
            out << error << Qt::endl;
            return 1;
        }
        reference << copySeconds;
        {
            auto store = Store::open(storeUrl.toString());
            if (!store) {
                out << store.error().message << Qt::endl;
                return 1;
            }
            t.start();
            const auto report = ImportJob::run(*store.value(), csv, {});
            ours << t.nsecsElapsed() / 1e9;
            if (!report.ok() || report.inserted != rows) {
                out << "import failed: " << (report.errors.isEmpty() ? QString() : report.errors.first().toString()) << Qt::endl;
                return 1;
            }
        }
        out << QStringLiteral("run %1: zhisuan import %2 s, psql \\copy %3 s").arg(run + 1).arg(ours.last(), 0, 'f', 2).arg(reference.last(), 0, 'f', 2)
            << Qt::endl;
    }
    const double o = median(ours), r = median(reference);
    out << QStringLiteral("zhisuan import into PostgreSQL (validating, upsert, batch): %1 rows/s").arg(rows / o, 0, 'f', 0) << Qt::endl;
    out << QStringLiteral("psql \\copy (no validation):                               %1 rows/s").arg(rows / r, 0, 'f', 0) << Qt::endl;
    out << QStringLiteral("ratio (zhisuan time / psql \\copy time): %1").arg(o / r, 0, 'f', 2) << Qt::endl;

    // zhisuan copy-store of a SQLite store holding the same rows (and its batch, securities, trading days) into a new
    // team store, against the same psql \copy of the rows, measured again in this part of the run.
    const QString sqlitePath = dir.filePath(QStringLiteral("source.sqlite"));
    {
        auto source = Store::open(sqlitePath);
        if (!source) {
            out << source.error().message << Qt::endl;
            return 1;
        }
        const auto report = ImportJob::run(*source.value(), csv, {});
        if (!report.ok() || report.inserted != rows) {
            out << "import into SQLite failed" << Qt::endl;
            return 1;
        }
    }
    QList<double> copies, copyReference;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer t;
        const double copySeconds = psqlCopySeconds(admin, database, csv, &error);
        if (copySeconds < 0 || !freshDatabase(admin, database, &error)) {
            out << error << Qt::endl;
            return 1;
        }
        copyReference << copySeconds;
        auto source = Store::open(sqlitePath, Store::OpenMode::ReadOnly);
        auto target = Store::open(storeUrl.toString());
        if (!source || !target) {
            out << (source ? target.error().message : source.error().message) << Qt::endl;
            return 1;
        }
        t.start();
        const auto copied = StoreCopy::copy(*source.value(), *target.value());
        copies << t.nsecsElapsed() / 1e9;
        if (!copied) {
            out << "copy-store failed: " << copied.error().message << Qt::endl;
            return 1;
        }
        out << QStringLiteral("run %1: zhisuan copy-store %2 s, psql \\copy %3 s").arg(run + 1).arg(copies.last(), 0, 'f', 2).arg(copyReference.last(), 0, 'f', 2)
            << Qt::endl;
    }
    psql(admin, {}, {QStringLiteral("DROP DATABASE IF EXISTS %1").arg(database)}, &error);
    out << QStringLiteral("ratio (zhisuan copy-store time / psql \\copy time): %1").arg(median(copies) / median(copyReference), 0, 'f', 2) << Qt::endl;
    return 0;
}
