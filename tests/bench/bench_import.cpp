// ./dev bench: import speed of a 2,000,000-row daily-quote CSV, against the sqlite3 CLI's .import of the same
// file into a table of the same shape and constraints, measured in the same run. Reports rows/s and the ratio
// (medians of three runs each), since these machines are shared and noisy.
#include "importjob.h"
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

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const qint64 rows = argc > 1 ? QByteArray(argv[1]).toLongLong() : 2000000;
    const int runs = argc > 2 ? QByteArray(argv[2]).toInt() : 3;
    QTemporaryDir dir;
    const QString csv = dir.filePath(QStringLiteral("quotes.csv"));
    {
        QFile f(csv);
        if (!f.open(QIODevice::WriteOnly))
            return 1;
        QByteArray buffer;
        buffer.reserve(1 << 20);
        buffer += "code,trade_date,open,high,low,close,volume,amount\n";
        const int codes = 400;
        const qint64 days = (rows + codes - 1) / codes;
        qint64 written = 0;
        for (int c = 0; c < codes && written < rows; ++c) {
            const QByteArray code = QByteArray::number(300000 + c).rightJustified(6, '0') + ".SZ";
            QDate day(2000, 1, 3);
            double close = 10.0 + c % 37;
            for (qint64 d = 0; d < days && written < rows; ++d, ++written) {
                close *= 1.0 + ((d * 7919 + c) % 201 - 100) / 10000.0;
                buffer += code + ',' + day.toString(Qt::ISODate).toLatin1() + ',' + QByteArray::number(close * 0.99, 'f', 2)
                          + ',' + QByteArray::number(close * 1.02, 'f', 2) + ',' + QByteArray::number(close * 0.98, 'f', 2)
                          + ',' + QByteArray::number(close, 'f', 2) + ',' + QByteArray::number(100000 + d * 13 % 90000)
                          + ',' + QByteArray::number(close * (100000 + d * 13 % 90000), 'f', 2) + '\n';
                day = day.addDays(1);
                if (buffer.size() > (1 << 20) - 256) {
                    f.write(buffer);
                    buffer.clear();
                }
            }
        }
        f.write(buffer);
    }
    QTextStream out(stdout);
    out << "rows: " << rows << ", file: " << QFile(csv).size() / (1024 * 1024) << " MiB, runs: " << runs << Qt::endl;

    // The reference table has daily_bar's columns and constraints without the import bookkeeping.
    const QByteArray refSchema =
        "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;\n"
        "CREATE TABLE daily_bar (code TEXT NOT NULL, trade_date TEXT NOT NULL, open REAL, high REAL, low REAL,"
        " close REAL, volume REAL, amount REAL, UNIQUE (code, trade_date));\n";
    QList<double> ours, reference;
    for (int run = 0; run < runs; ++run) {
        const QString ref = dir.filePath(QStringLiteral("ref.sqlite"));
        removeStore(ref);
        QElapsedTimer t;
        if (!qEnvironmentVariableIsSet("BENCH_ONLY_ZHISUAN")) { // unset it to profile our side alone
        QProcess sqlite;
        sqlite.start(QStringLiteral("sqlite3"), {ref});
        sqlite.waitForStarted();
        sqlite.write(refSchema + ".mode csv\n.import --skip 1 " + QFile::encodeName(csv) + " daily_bar\n");
        t.start();
        sqlite.closeWriteChannel();
        sqlite.waitForFinished(-1);
        reference << t.nsecsElapsed() / 1e9;
        }
        const QString mine = dir.filePath(QStringLiteral("mine.sqlite"));
        removeStore(mine);
        auto store = Store::open(mine);
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
        out << QStringLiteral("run %1: zhisuan import %2 s, sqlite3 .import %3 s").arg(run + 1).arg(ours.last(), 0, 'f', 2).arg(reference.value(run), 0, 'f', 2)
            << Qt::endl;
    }
    if (reference.isEmpty())
        return 0;
    const double o = median(ours), r = median(reference);
    out << QStringLiteral("zhisuan import (validating, upsert, batch): %1 rows/s").arg(rows / o, 0, 'f', 0) << Qt::endl;
    out << QStringLiteral("sqlite3 .import (no validation):          %1 rows/s").arg(rows / r, 0, 'f', 0) << Qt::endl;
    out << QStringLiteral("ratio (zhisuan time / sqlite3 time): %1  (below 1.00 = faster than sqlite3)").arg(o / r, 0, 'f', 2) << Qt::endl;
    return 0;
}
