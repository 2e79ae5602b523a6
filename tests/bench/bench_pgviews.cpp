// ./dev bench, team store at the size (issue 26): the big store of issue 14 (12.5M daily quotes at scale 1)
// copied into a new PostgreSQL team store by `zhisuan copy-store`, against `psql \copy` of its daily rows into a plain
// table with the same key (the other tables hold about 1.5% of the rows); then every view, export and the brief run as
// the user runs them (a `zhisuan` process), alternately on the SQLite big store and on its PostgreSQL copy, medians of
// N runs, each as a ratio PostgreSQL / SQLite. Last, what every command pays before its first row: the same query on
// the starter store, SQLite against PostgreSQL. The server is ZHISUAN_TEST_PG_URL (tests/bench/run.sh starts one).
// Usage: bench_pgviews BUILD_DIR [--scale S] [--runs N]
#include "benchprocess.h"

#include <QCoreApplication>
#include <QTemporaryDir>

#include <functional>

using namespace bench;

namespace {

struct Line
{
    QString name;
    QList<double> sqlite, server;
};

QString seconds(double s)
{
    return std::isnan(s) ? QStringLiteral("failed") : QString::number(s, 'f', 3) + QStringLiteral(" s");
}

QString ratio(double sqlite, double server)
{
    return std::isnan(sqlite) || std::isnan(server) || sqlite <= 0 ? QStringLiteral("—") : QString::number(server / sqlite, 'f', 2) + QStringLiteral("×");
}

// The reference for copy-store: the big store's daily rows as CSV (sqlite3's own export, not timed), then
// `psql \copy` of them into a new table of daily_bar's columns and key; its seconds, NaN on failure.
double copyReference(const QString &serverUrl, const QString &big, const QString &csv)
{
    QProcess dump;
    dump.setStandardOutputFile(csv);
    dump.start(QStringLiteral("sqlite3"), {QStringLiteral("-csv"), QStringLiteral("-header"), big,
                                           QStringLiteral("SELECT code, trade_date, open, high, low, close, volume, amount FROM daily_bar")});
    if (!dump.waitForFinished(-1) || dump.exitCode() != 0) {
        out() << "  ! sqlite3 could not write the daily rows: " << QString::fromUtf8(dump.readAllStandardError()) << Qt::endl;
        return std::nan("");
    }
    const QString table = QStringLiteral(
        "CREATE TABLE daily_bar (code TEXT COLLATE \"C\" NOT NULL, trade_date TEXT COLLATE \"C\" NOT NULL, open DOUBLE PRECISION, "
        "high DOUBLE PRECISION, low DOUBLE PRECISION, close DOUBLE PRECISION, volume DOUBLE PRECISION, amount DOUBLE PRECISION, "
        "UNIQUE (code, trade_date))");
    QString error;
    if (!freshDatabase(serverUrl, QStringLiteral("zhisuan_bench_views_ref"), &error)
        || !psql(serverUrl, QStringLiteral("zhisuan_bench_views_ref"), {table}, &error)) {
        out() << "  ! " << error << Qt::endl;
        return std::nan("");
    }
    QElapsedTimer t;
    t.start();
    if (!psql(serverUrl, QStringLiteral("zhisuan_bench_views_ref"),
              {QStringLiteral("\\copy daily_bar FROM '%1' WITH (FORMAT csv, HEADER true)").arg(csv)}, &error)) {
        out() << "  ! " << error << Qt::endl;
        return std::nan("");
    }
    const double s = t.nsecsElapsed() / 1e9;
    psql(serverUrl, {}, {QStringLiteral("DROP DATABASE zhisuan_bench_views_ref")}, &error);
    return s;
}

// Every command the dashboards' data comes from, with the arguments a user gives it.
QList<std::pair<QString, QStringList>> commands(const QString &week, const QString &tmp)
{
    QList<std::pair<QString, QStringList>> list;
    for (const char *view : {"index-returns", "excess-returns", "industry-ranking", "top-movers", "watchlist-moves", "key-stocks",
                             "lockups", "period-returns", "centres", "province-capacity", "capacity-totals", "unplaced-centres",
                             "chips", "chip-efficiency", "releases", "benchmarks", "price-performance", "traffic", "downloads"}) {
        list.append({QStringLiteral("query ") + QLatin1String(view),
                     {QStringLiteral("query"), QLatin1String(view), QStringLiteral("--week"), week}});
    }
    // Not market-pe (the big store holds no PE history) nor models-compare (it draws the cells chosen in the window).
    for (const char *chart : {"market-returns", "market-ranking", "market-watchlist", "market-history", "centres-map",
                              "chips-efficiency", "models-timeline", "models-traffic", "models-price"}) {
        list.append({QStringLiteral("export ") + QLatin1String(chart),
                     {QStringLiteral("export"), QLatin1String(chart), QStringLiteral("--week"), week, QStringLiteral("-o"),
                      tmp + QStringLiteral("/chart.png")}});
    }
    list.append({QStringLiteral("report"), {QStringLiteral("report"), QStringLiteral("--week"), week, QStringLiteral("-o"), tmp + QStringLiteral("/brief.pdf")}});
    return list;
}

void printTable(const QString &title, const QList<Line> &lines)
{
    out() << Qt::endl << QStringLiteral("| %1 | SQLite | PostgreSQL | ratio |").arg(title) << Qt::endl << "|---|---|---|---|" << Qt::endl;
    double worst = 0;
    QString worstName;
    for (const Line &l : lines) {
        const double s = median(l.sqlite), p = median(l.server);
        out() << QStringLiteral("| %1 | %2 | %3 | %4 |").arg(l.name, seconds(s), seconds(p), ratio(s, p)) << Qt::endl;
        if (!std::isnan(s) && !std::isnan(p) && s > 0 && p / s > worst) {
            worst = p / s;
            worstName = l.name;
        }
    }
    if (!worstName.isEmpty())
        out() << QStringLiteral("worst: %1 at %2×").arg(worstName).arg(worst, 0, 'f', 2) << Qt::endl;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const ScaleOptions options = scaleOptions(app.arguments().mid(1));
    const QString serverUrl = qEnvironmentVariable("ZHISUAN_TEST_PG_URL");
    if (options.build.isEmpty() || serverUrl.isEmpty()) {
        out() << "usage: ZHISUAN_TEST_PG_URL=postgresql://… bench_pgviews BUILD_DIR [--scale S] [--runs N]" << Qt::endl;
        return 2;
    }
    const QString zhisuan = options.build + QStringLiteral("/app/zhisuan");
    const QString big = bigStore(options.build, options.scale);
    QTemporaryDir tmp;
    if (big.isEmpty() || !tmp.isValid())
        return 1;

    // The copy: copy-store of the big store into a new team store, against psql \copy of its daily rows.
    QString error;
    const QString server = databaseUrl(serverUrl, QStringLiteral("zhisuan_bench_views"));
    if (!freshDatabase(serverUrl, QStringLiteral("zhisuan_bench_views"), &error)) {
        out() << "cannot create the team store's database: " << error << Qt::endl;
        return 1;
    }
    const double reference = copyReference(serverUrl, big, tmp.filePath(QStringLiteral("daily.csv")));
    const double copied = run(zhisuan, {QStringLiteral("copy-store"), big, server}).seconds;
    out() << QStringLiteral("copy-store of the big store (scale %1): %2; psql \\copy of its daily rows: %3; ratio %4")
                 .arg(options.scale)
                 .arg(seconds(copied), seconds(reference), ratio(reference, copied))
          << Qt::endl;
    if (std::isnan(copied))
        return 1;

    const QString week = QStringLiteral("2024-08-16");
    QList<Line> lines;
    for (const auto &[name, arguments] : commands(week, tmp.path())) {
        Line line{name, {}, {}};
        for (int r = 0; r < options.runs; ++r) {
            line.sqlite << run(zhisuan, arguments + QStringList{QStringLiteral("--db"), big}).seconds;
            line.server << run(zhisuan, arguments + QStringList{QStringLiteral("--db"), server}).seconds;
        }
        out() << QStringLiteral("%1  SQLite %2  PostgreSQL %3  ratio %4")
                     .arg(name, -26)
                     .arg(seconds(median(line.sqlite)), seconds(median(line.server)), ratio(median(line.sqlite), median(line.server)))
              << Qt::endl;
        lines.append(line);
    }
    printTable(QStringLiteral("view on the big store (scale %1)").arg(options.scale), lines);

    // What a command pays before its first row: the starter store on both engines, where the data is tiny.
    const QString starter = tmp.filePath(QStringLiteral("starter.sqlite"));
    const QString starterServer = databaseUrl(serverUrl, QStringLiteral("zhisuan_bench_views_starter"));
    if (!freshDatabase(serverUrl, QStringLiteral("zhisuan_bench_views_starter"), &error)
        || !run(zhisuan, {QStringLiteral("init"), QStringLiteral("--db"), starter}).ok
        || !run(zhisuan, {QStringLiteral("init"), QStringLiteral("--db"), starterServer}).ok) {
        out() << "cannot create the starter stores: " << error << Qt::endl;
        return 1;
    }
    QList<Line> fixed;
    for (const char *view : {"chips", "key-stocks"}) {
        Line line{QStringLiteral("query %1 (starter)").arg(QLatin1String(view)), {}, {}};
        for (int r = 0; r < std::max(options.runs, 5); ++r) {
            const QStringList a{QStringLiteral("query"), QLatin1String(view), QStringLiteral("--week"), week, QStringLiteral("--db")};
            line.sqlite << run(zhisuan, a + QStringList{starter}).seconds;
            line.server << run(zhisuan, a + QStringList{starterServer}).seconds;
        }
        fixed.append(line);
    }
    printTable(QStringLiteral("fixed cost per command"), fixed);
    psql(serverUrl, {}, {QStringLiteral("DROP DATABASE zhisuan_bench_views"), QStringLiteral("DROP DATABASE zhisuan_bench_views_starter")}, &error);
    return 0;
}
