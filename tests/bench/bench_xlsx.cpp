// ./dev bench: import of the same daily quotes as an .xlsx workbook against the same rows as CSV (issue 28), both run
// as `zhisuan import` processes in the same run, medians of RUNS each: the time ratio (goal ≤ 2) and the workbook
// import's peak RSS (goal ≤ 300 MB: the sheet's XML is streamed, never held whole).
#include "quotesfile.h"
#include "store.h"

#include <QCoreApplication>
#include <QDate>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>

#include <xlsxwriter.h>

#include <algorithm>

using namespace zhisuan::db;

namespace {

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

// The CSV's rows as a workbook as the terminals write one: codes as text, trade dates as date cells, prices and
// amounts as numbers. libxlsxwriter's constant-memory mode writes row by row.
bool writeWorkbook(const QString &csvPath, const QString &xlsxPath)
{
    QFile csv(csvPath);
    if (!csv.open(QIODevice::ReadOnly))
        return false;
    lxw_workbook_options options{};
    options.constant_memory = LXW_TRUE;
    const QByteArray path = QFile::encodeName(xlsxPath);
    lxw_workbook *book = workbook_new_opt(path.constData(), &options);
    if (!book)
        return false;
    lxw_worksheet *sheet = workbook_add_worksheet(book, "日行情");
    lxw_format *dateFormat = workbook_add_format(book);
    format_set_num_format(dateFormat, "yyyy-mm-dd");
    lxw_row_t row = 0;
    for (QByteArray line = csv.readLine(); !line.isEmpty(); line = csv.readLine(), ++row) {
        const QList<QByteArray> cells = line.trimmed().split(',');
        for (lxw_col_t col = 0; col < lxw_col_t(cells.size()); ++col) {
            const QByteArray &cell = cells[col];
            if (row == 0 || col == 0) {
                worksheet_write_string(sheet, row, col, cell.constData(), nullptr);
            } else if (col == 1) {
                const QDate d = QDate::fromString(QString::fromLatin1(cell), Qt::ISODate);
                lxw_datetime when{d.year(), d.month(), d.day(), 0, 0, 0};
                worksheet_write_datetime(sheet, row, col, &when, dateFormat);
            } else {
                worksheet_write_number(sheet, row, col, cell.toDouble(), nullptr);
            }
        }
    }
    return workbook_close(book) == LXW_NO_ERROR;
}

// Peak RSS in KiB from /usr/bin/time -f %M's last line of standard error, or -1.
qint64 peakKiB(const QByteArray &stderrText)
{
    const QList<QByteArray> lines = stderrText.trimmed().split('\n');
    bool ok = false;
    const qint64 kib = lines.isEmpty() ? -1 : lines.last().trimmed().toLongLong(&ok);
    return ok ? kib : -1;
}

struct Run
{
    double seconds = 0;
    double peakMiB = 0;
    QByteArray said;
    bool ok = false;
};

Run importOnce(const QString &zhisuan, const QString &file, qint64 rows, QTemporaryDir &dir)
{
    const QString store = dir.filePath(QStringLiteral("store.sqlite"));
    for (const char *suffix : {"", "-wal", "-shm"})
        QFile::remove(store + QLatin1String(suffix));
    Run run;
    if (!Store::open(store)) // the store exists (zhisuan import refuses to create one); the process opens it
        return run;
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
    p.setProcessEnvironment(env);
    QElapsedTimer t;
    t.start();
    p.start(QStringLiteral("/usr/bin/time"), {QStringLiteral("-f"), QStringLiteral("%M"), zhisuan, QStringLiteral("import"),
                                              QStringLiteral("--db"), store, file});
    p.waitForFinished(-1);
    run.seconds = t.nsecsElapsed() / 1e9;
    run.said = p.readAllStandardOutput();
    run.peakMiB = peakKiB(p.readAllStandardError()) / 1024.0;
    run.ok = p.exitCode() == 0 && run.said.contains(QByteArray::number(rows) + " inserted");
    return run;
}

} // namespace

// bench_xlsx ROWS RUNS ZHISUAN
int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const qint64 rows = argc > 1 ? QByteArray(argv[1]).toLongLong() : 500000;
    const int runs = argc > 2 ? QByteArray(argv[2]).toInt() : 3;
    const QString zhisuan = argc > 3 ? QString::fromLocal8Bit(argv[3]) : QString();
    QTextStream out(stdout);
    if (zhisuan.isEmpty() || rows <= 0 || rows >= 1048576 || runs <= 0) {
        out << "usage: bench_xlsx ROWS(< 1,048,576, a sheet's rows) RUNS ZHISUAN" << Qt::endl;
        return 2;
    }
    QTemporaryDir dir;
    dir.setAutoRemove(qEnvironmentVariableIsEmpty("BENCH_KEEP"));
    const QString csv = dir.filePath(QStringLiteral("quotes.csv"));
    const QString xlsx = dir.filePath(QStringLiteral("quotes.xlsx"));
    if (!bench::writeQuotes(csv, rows, 400) || !writeWorkbook(csv, xlsx)) {
        out << "cannot write the benchmark's files" << Qt::endl;
        return 1;
    }
    out << "rows: " << rows << ", CSV " << QFile(csv).size() / (1024 * 1024) << " MiB, .xlsx " << QFile(xlsx).size() / (1024 * 1024)
        << " MiB, runs: " << runs << Qt::endl;
    QList<double> book, text, bookPeak, textPeak;
    for (int i = 0; i < runs; ++i) {
        const Run c = importOnce(zhisuan, csv, rows, dir);
        const Run x = importOnce(zhisuan, xlsx, rows, dir);
        for (const Run *r : {&c, &x}) {
            if (!r->ok) {
                out << "import failed: " << QString::fromUtf8(r->said.right(400)) << Qt::endl;
                return 1;
            }
        }
        text << c.seconds;
        textPeak << c.peakMiB;
        book << x.seconds;
        bookPeak << x.peakMiB;
        out << QStringLiteral("run %1: .xlsx %2 s (peak RSS %3 MiB), CSV %4 s (peak RSS %5 MiB)")
                   .arg(i + 1)
                   .arg(x.seconds, 0, 'f', 2)
                   .arg(x.peakMiB, 0, 'f', 0)
                   .arg(c.seconds, 0, 'f', 2)
                   .arg(c.peakMiB, 0, 'f', 0)
            << Qt::endl;
    }
    out << QStringLiteral("ratio (.xlsx import time / CSV import time): %1  (goal ≤ 2.00)").arg(median(book) / median(text), 0, 'f', 2) << Qt::endl;
    out << QStringLiteral("peak RSS of the .xlsx import: %1 MiB (goal ≤ 300 MB); of the CSV import: %2 MiB")
               .arg(*std::max_element(bookPeak.cbegin(), bookPeak.cend()), 0, 'f', 0)
               .arg(*std::max_element(textPeak.cbegin(), textPeak.cend()), 0, 'f', 0)
        << Qt::endl;
    return 0;
}
