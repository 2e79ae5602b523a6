// ./dev bench: the dashboard on ten years of the whole A-share market (issue 14). Every operation runs on the
// starter store (zhisuan init) and on the big store (bench_store, cached per scale), alternately, in the same
// run; the table gives medians and the ratio big / starter, and the absolute goals where it has them.
// Usage: bench_dashboard BUILD_DIR [--scale S] [--runs N]
#include "benchprocess.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <cmath>
#include <functional>

using namespace bench;

namespace {

// The 25k-row daily file the rollback is measured on: 5,000 codes × 5 days in the week after the data.
QString writeRollbackFile(const QString &dir)
{
    const QString path = dir + QStringLiteral("/rollback_25k.csv");
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return {};
    QByteArray text = "code,trade_date,open,high,low,close,volume,amount\n";
    const char *const prefixes[][2] = {{"600", "SH"}, {"000", "SZ"}, {"300", "SZ"}, {"688", "SH"}};
    for (int c = 0; c < 5000; ++c) {
        const auto &p = prefixes[c % 4];
        const QByteArray code = p[0] + QByteArray::number(100 + c / 4).rightJustified(3, '0') + '.' + p[1];
        for (int d = 2; d <= 6; ++d)
            text += code + ",2024-09-0" + QByteArray::number(d) + ",10.00,10.50,9.80,10.20,100000,1020000\n";
    }
    f.write(text);
    return path;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const ScaleOptions options = scaleOptions(app.arguments().mid(1));
    if (options.build.isEmpty()) {
        out() << "usage: bench_dashboard BUILD_DIR [--scale S] [--runs N]" << Qt::endl;
        return 2;
    }
    const QString &build = options.build;
    const double scale = options.scale;
    const int runs = options.runs;
    const QString zhisuan = build + QStringLiteral("/app/zhisuan");

    const QString big = bench::bigStore(build, scale);
    if (big.isEmpty())
        return 1;
    QTemporaryDir tmp;
    const QString starter = tmp.filePath(QStringLiteral("starter.sqlite"));
    if (!run(zhisuan, {QStringLiteral("init"), QStringLiteral("--db"), starter}).ok)
        return 1;
    // Open the big store once so that pending migrations are not counted in the first measurement.
    run(zhisuan, {QStringLiteral("batches"), QStringLiteral("--db"), big});

    struct Line
    {
        QString name;
        QList<double> starter, big;
        QString goal;
    };
    QList<Line> lines;
    // An operation that fails (the process exits with an error) has no time: its line says so instead.
    auto measure = [&](const QString &name, const QString &goal, const std::function<double(const QString &db)> &op) {
        Line line{name, {}, {}, goal};
        for (int r = 0; r < runs; ++r) {
            line.starter << op(starter);
            line.big << op(big);
        }
        lines.append(line);
        const double s = median(line.starter), b = median(line.big);
        if (std::isnan(s) || std::isnan(b)) {
            out() << QStringLiteral("%1  FAILED (see the ! lines above)").arg(name, -28) << Qt::endl;
            return;
        }
        out() << QStringLiteral("%1  starter %2 s  big %3 s  ratio %4").arg(name, -28).arg(s, 0, 'f', 3).arg(b, 0, 'f', 3).arg(b / s, 0, 'f', 1)
              << Qt::endl;
    };
    const QString week = QStringLiteral("2024-08-16");
    for (const QString &view : {QStringLiteral("index-returns"), QStringLiteral("excess-returns"), QStringLiteral("top-movers"),
                                QStringLiteral("key-stocks"), QStringLiteral("lockups"), QStringLiteral("industry-ranking"),
                                QStringLiteral("watchlist-moves")}) {
        measure(QStringLiteral("query ") + view, QStringLiteral("≤ 3×"), [&](const QString &db) {
            return run(zhisuan, {QStringLiteral("query"), view, QStringLiteral("--week"), week, QStringLiteral("--db"), db}).seconds;
        });
    }
    measure(QStringLiteral("query (latest week)"), QStringLiteral("≤ 3×"), [&](const QString &db) {
        return run(zhisuan, {QStringLiteral("query"), QStringLiteral("index-returns"), QStringLiteral("--db"), db}).seconds;
    });
    for (const QString &chart : {QStringLiteral("market-returns"), QStringLiteral("chips-efficiency")}) {
        measure(QStringLiteral("export ") + chart, QStringLiteral("≤ 0.5 s"), [&](const QString &db) {
            return run(zhisuan, {QStringLiteral("export"), chart, QStringLiteral("--week"), week, QStringLiteral("-o"),
                                 tmp.filePath(QStringLiteral("chart.png")), QStringLiteral("--db"), db})
                .seconds;
        });
    }
    measure(QStringLiteral("report"), QStringLiteral("≤ 1 s"), [&](const QString &db) {
        return run(zhisuan, {QStringLiteral("report"), QStringLiteral("--week"), week, QStringLiteral("-o"),
                             tmp.filePath(QStringLiteral("brief.pdf")), QStringLiteral("--db"), db})
            .seconds;
    });
    const QString rollbackFile = writeRollbackFile(tmp.path());
    measure(QStringLiteral("rollback 25k-row batch"), QStringLiteral("≤ 0.2 s"), [&](const QString &db) {
        const Run imported = run(zhisuan, {QStringLiteral("import"), rollbackFile, QStringLiteral("--db"), db});
        const Run listed = run(zhisuan, {QStringLiteral("batches"), QStringLiteral("--db"), db});
        // The newest batch is listed first.
        const QStringList rows = QString::fromUtf8(listed.output).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        const QString id = rows.value(1).section(QLatin1Char('\t'), 0, 0);
        if (!imported.ok || id.isEmpty())
            return std::nan("");
        return run(zhisuan, {QStringLiteral("rollback"), id, QStringLiteral("--db"), db}).seconds;
    });
    Line start{QStringLiteral("GUI start (first paint)"), {}, {}, QStringLiteral("≤ 1.5 s")};
    Line weekChange{QStringLiteral("week change (UI blocked)"), {}, {}, QStringLiteral("≤ 3×, ≤ 0.1 s")};
    Line rss{QStringLiteral("GUI RSS (MiB)"), {}, {}, QStringLiteral("≤ 200 MB")};
    for (int r = 0; r < runs; ++r) {
        for (const QString &db : {starter, big}) {
            const Run g = run(build + QStringLiteral("/tests/bench/bench_gui"), {db});
            const QStringList f = QString::fromUtf8(g.output).trimmed().split(QLatin1Char('\n')).last().split(QLatin1Char(' '));
            const bool isBig = db == big;
            (isBig ? start.big : start.starter) << f.value(0).toDouble() / 1000.0;
            (isBig ? weekChange.big : weekChange.starter) << f.value(1).toDouble() / 1000.0;
            (isBig ? rss.big : rss.starter) << f.value(2).toDouble();
        }
    }
    lines << start << weekChange << rss;

    out() << Qt::endl << QStringLiteral("| operation | starter | big (scale %1) | ratio | goal |").arg(scale) << Qt::endl
          << "|---|---|---|---|---|" << Qt::endl;
    for (const Line &l : std::as_const(lines)) {
        const double s = median(l.starter), b = median(l.big);
        if (std::isnan(s) || std::isnan(b)) {
            out() << QStringLiteral("| %1 | failed | failed | — | %2 |").arg(l.name, l.goal) << Qt::endl;
            continue;
        }
        const bool mib = l.name.contains(QLatin1String("MiB"));
        out() << QStringLiteral("| %1 | %2 | %3 | %4 | %5 |")
                     .arg(l.name, mib ? QString::number(s, 'f', 0) : QString::number(s, 'f', 3) + QStringLiteral(" s"),
                          mib ? QString::number(b, 'f', 0) : QString::number(b, 'f', 3) + QStringLiteral(" s"),
                          QString::number(s > 0 ? b / s : 0, 'f', 1) + QStringLiteral("×"), l.goal)
              << Qt::endl;
    }
    return 0;
}
