// ./dev bench: import speed of a 2,000,000-row (and a 12,500,000-row) daily-quote CSV, against the sqlite3 CLI's .import of the same
// file into a table of the same shape and constraints, measured in the same run. Reports rows/s and the ratio
// (medians of three runs each), since these machines are shared and noisy.
#include "importjob.h"
#include "quotesfile.h"
#include "store.h"

#include <QCoreApplication>
#include <QDate>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <cstdio>

using namespace zhisuan::db;

namespace {

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

void removeStore(const QString &path)
{
    for (const char *suffix : {"", "-wal", "-shm"})
        QFile::remove(path + QLatin1String(suffix));
}

// Peak RSS in KiB from /usr/bin/time -f %M's last line of standard error, or -1.
qint64 peakKiB(const QByteArray &stderrText)
{
    const QList<QByteArray> lines = stderrText.trimmed().split('\n');
    bool ok = false;
    const qint64 kib = lines.isEmpty() ? -1 : lines.last().trimmed().toLongLong(&ok);
    return ok ? kib : -1;
}

} // namespace

// bench_import [ROWS [RUNS [ZHISUAN [CACHE]]]]: with ZHISUAN (the zhisuan binary), each zhisuan import is that
// program run as a user runs it (`zhisuan import --db STORE FILE`) under /usr/bin/time, so that its peak RSS is
// measured too; with CACHE, the generated CSV is kept there and reused (12.5M rows take a while to write).
int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const qint64 rows = argc > 1 ? QByteArray(argv[1]).toLongLong() : 2000000;
    const int runs = argc > 2 ? QByteArray(argv[2]).toInt() : 3;
    const QString zhisuan = argc > 3 ? QString::fromLocal8Bit(argv[3]) : QString();
    const QString cache = argc > 4 ? QString::fromLocal8Bit(argv[4]) : QString();
    QTemporaryDir dir;
    // The size is 5,000 codes × 2,500 days; smaller runs keep the first benchmark's 400 codes.
    const int codes = rows >= 5000000 ? 5000 : 400;
    const QString csv = cache.isEmpty() ? dir.filePath(QStringLiteral("quotes.csv"))
                                        : QStringLiteral("%1/quotes-%2.csv").arg(cache).arg(rows);
    if (!QFile::exists(csv)) {
        if (!bench::writeQuotes(csv + QStringLiteral(".part"), rows, codes) || !QFile::rename(csv + QStringLiteral(".part"), csv))
            return 1;
    }
    QTextStream out(stdout);
    out << "rows: " << rows << " (" << codes << " codes), file: " << QFile(csv).size() / (1024 * 1024) << " MiB, runs: " << runs
        << (zhisuan.isEmpty() ? "" : ", zhisuan import as a process") << Qt::endl;

    // The reference table has daily_bar's columns and constraints without the import bookkeeping.
    const QByteArray refSchema =
        "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;\n"
        "CREATE TABLE daily_bar (code TEXT NOT NULL, trade_date TEXT NOT NULL, open REAL, high REAL, low REAL,"
        " close REAL, volume REAL, amount REAL, UNIQUE (code, trade_date));\n";
    QList<double> ours, reference;
    QList<double> oursPeak, referencePeak; // MiB
    for (int run = 0; run < runs; ++run) {
        const QString ref = dir.filePath(QStringLiteral("ref.sqlite"));
        removeStore(ref);
        QElapsedTimer t;
        if (!qEnvironmentVariableIsSet("BENCH_ONLY_ZHISUAN")) { // unset it to profile our side alone
        QProcess sqlite;
        sqlite.start(QStringLiteral("/usr/bin/time"), {QStringLiteral("-f"), QStringLiteral("%M"), QStringLiteral("sqlite3"), ref});
        sqlite.waitForStarted();
        sqlite.write(refSchema + ".mode csv\n.import --skip 1 " + QFile::encodeName(csv) + " daily_bar\n");
        t.start();
        sqlite.closeWriteChannel();
        sqlite.waitForFinished(-1);
        reference << t.nsecsElapsed() / 1e9;
        referencePeak << peakKiB(sqlite.readAllStandardError()) / 1024.0;
        }
        const QString mine = dir.filePath(QStringLiteral("mine.sqlite"));
        removeStore(mine);
        auto store = Store::open(mine);
        if (!store) {
            out << store.error().message << Qt::endl;
            return 1;
        }
        if (zhisuan.isEmpty()) {
            t.start();
            const auto report = ImportJob::run(*store.value(), csv, {});
            ours << t.nsecsElapsed() / 1e9;
            if (!report.ok() || report.inserted != rows) {
                out << "import failed: " << (report.errors.isEmpty() ? QString() : report.errors.first().toString()) << Qt::endl;
                return 1;
            }
        } else {
            store.value().reset(); // the store exists (zhisuan import refuses to create one); the process opens it
            QProcess p;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
            env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8")); // the report in English, to read it back
            env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
            p.setProcessEnvironment(env);
            t.start();
            p.start(QStringLiteral("/usr/bin/time"), {QStringLiteral("-f"), QStringLiteral("%M"), zhisuan, QStringLiteral("import"),
                                                      QStringLiteral("--db"), mine, csv});
            p.waitForFinished(-1);
            ours << t.nsecsElapsed() / 1e9;
            const QByteArray said = p.readAllStandardOutput();
            oursPeak << peakKiB(p.readAllStandardError()) / 1024.0;
            if (p.exitCode() != 0 || !said.contains(QByteArray::number(rows) + " inserted")) {
                out << "import failed: " << QString::fromUtf8(said.right(400)) << Qt::endl;
                return 1;
            }
        }
        out << QStringLiteral("run %1: zhisuan import %2 s, sqlite3 .import %3 s").arg(run + 1).arg(ours.last(), 0, 'f', 2).arg(reference.value(run), 0, 'f', 2);
        if (!oursPeak.isEmpty())
            out << QStringLiteral("; peak RSS zhisuan %1 MiB, sqlite3 %2 MiB").arg(oursPeak.last(), 0, 'f', 0).arg(referencePeak.value(run), 0, 'f', 0);
        out << Qt::endl;
    }
    if (reference.isEmpty())
        return 0;
    const double o = median(ours), r = median(reference);
    out << QStringLiteral("zhisuan import (validating, upsert, batch): %1 rows/s").arg(rows / o, 0, 'f', 0) << Qt::endl;
    out << QStringLiteral("sqlite3 .import (no validation):          %1 rows/s").arg(rows / r, 0, 'f', 0) << Qt::endl;
    out << QStringLiteral("ratio (zhisuan time / sqlite3 time): %1  (below 1.00 = faster than sqlite3)").arg(o / r, 0, 'f', 2) << Qt::endl;
    if (!oursPeak.isEmpty())
        out << QStringLiteral("peak RSS of zhisuan import: %1 MiB (goal ≤ 300 MB); sqlite3: %2 MiB")
                   .arg(*std::max_element(oursPeak.cbegin(), oursPeak.cend()), 0, 'f', 0)
                   .arg(*std::max_element(referencePeak.cbegin(), referencePeak.cend()), 0, 'f', 0)
            << Qt::endl;
    return 0;
}
