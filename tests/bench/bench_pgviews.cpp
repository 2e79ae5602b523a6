// ./dev bench, team store at the size (issue 26): the big store of issue 14 (12.5M daily quotes at scale 1)
// copied into a new PostgreSQL team store by `zhisuan copy-store`, against `psql \copy` of its daily rows into a plain
// table with the same key (the other tables hold about 1.5% of the rows); then every view, export and the brief run as
// the user runs them (a `zhisuan` process), alternately on the SQLite big store and on its PostgreSQL copy, medians of
// N runs, each as a ratio PostgreSQL / SQLite: of the view's own time (read and built, the store open already, as in
// a window) and of the whole process. Last, what every command pays before its first row: the same query on the
// starter store, SQLite against PostgreSQL. The server is ZHISUAN_TEST_PG_URL (tests/bench/run.sh starts one).
// Usage: bench_pgviews BUILD_DIR [--scale S] [--runs N]
#include "benchprocess.h"
#include "computeanalytics.h"
#include "marketanalytics.h"
#include "modelanalytics.h"
#include "store.h"

#include <QCoreApplication>
#include <QTemporaryDir>

using namespace bench;
using namespace zhisuan::db;

namespace {

// A command's times on both engines: the whole process, and the view's own part of it (ZHISUAN_TIMINGS' steps after
// the store is open: what a window pays, its connection open already).
struct Line
{
    QString name;
    QList<double> sqlite, server, sqliteView, serverView;
};

// The steps of a command's own work, as ZHISUAN_TIMINGS prints them ("query: view read 43.8 ms").
QList<QByteArray> viewSteps(const QStringList &arguments)
{
    if (arguments.first() == QLatin1String("query"))
        return {"query: view read "};
    if (arguments.first() == QLatin1String("export"))
        return {"export: chart built "};
    return {"brief: market ", "brief: movers ", "brief: models ", "brief: traffic ", "brief: centres ", "brief: lockups ",
            "brief: sections read and built "};
}

// The seconds of those steps in a run's output; NaN when the run failed or printed none of them.
double viewSeconds(const Run &r, const QList<QByteArray> &steps)
{
    if (!r.ok)
        return std::nan("");
    double ms = 0;
    bool found = false;
    for (const QByteArray &line : r.output.split('\n')) {
        for (const QByteArray &step : steps) {
            if (line.startsWith(step)) {
                ms += line.mid(step.size()).split(' ').value(0).toDouble();
                found = true;
            }
        }
    }
    return found ? ms / 1000.0 : std::nan("");
}

QString seconds(double s)
{
    if (std::isnan(s))
        return QStringLiteral("failed");
    return s < 1 ? QString::number(s * 1000, 'f', s < 0.01 ? 2 : 1) + QStringLiteral(" ms") : QString::number(s, 'f', 3) + QStringLiteral(" s");
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

// The table: the view's own time on both engines and its ratio, then (for commands) the whole process's; the worst.
void printTable(const QString &title, const QList<Line> &lines, bool processes = true)
{
    out() << Qt::endl << QStringLiteral("| %1 | SQLite | PostgreSQL | ratio |").arg(title)
          << (processes ? " process: SQLite | PostgreSQL | ratio |" : "") << Qt::endl
          << (processes ? "|---|---|---|---|---|---|---|" : "|---|---|---|---|") << Qt::endl;
    std::pair<double, QString> worstView{0, {}}, worstProcess{0, {}};
    auto keepWorst = [](std::pair<double, QString> &worst, double s, double p, const QString &name) {
        if (!std::isnan(s) && !std::isnan(p) && s > 0 && p / s > worst.first)
            worst = {p / s, name};
    };
    for (const Line &l : lines) {
        const double s = median(l.sqlite), p = median(l.server), sv = median(l.sqliteView), pv = median(l.serverView);
        out() << QStringLiteral("| %1 | %2 | %3 | %4 |").arg(l.name, seconds(sv), seconds(pv), ratio(sv, pv))
              << (processes ? QStringLiteral(" %1 | %2 | %3 |").arg(seconds(s), seconds(p), ratio(s, p)) : QString()) << Qt::endl;
        keepWorst(worstView, sv, pv, l.name);
        keepWorst(worstProcess, s, p, l.name);
    }
    out() << QStringLiteral("worst: %1 at %2×").arg(worstView.second).arg(worstView.first, 0, 'f', 2)
          << (processes ? QStringLiteral("; worst process: %1 at %2×").arg(worstProcess.second).arg(worstProcess.first, 0, 'f', 2) : QString())
          << Qt::endl;
}

// One view read in this process on an open store, as a window reads it: once to warm the session (a new
// PostgreSQL session reads the catalog of each table it meets first), then `runs` times; each run's seconds.
QList<double> warmView(Store &store, const QString &name, const QDate &day, int runs)
{
    QList<double> times;
    for (int r = 0; r <= runs; ++r) {
        QElapsedTimer t;
        t.start();
        MarketAnalytics market(store); // a new one each time: it keeps the week it read
        auto week = market.weekContaining(day);
        const Result<QueryTable> table = ModelAnalytics::views().contains(name)     ? ModelAnalytics(store).view(name)
                                         : ComputeAnalytics::views().contains(name) ? ComputeAnalytics(store).view(name)
                                         : week                                     ? market.view(name, week.value(), {})
                                                                                    : Result<QueryTable>(week.error());
        if (!table) {
            out() << "  ! " << name << ": " << table.error().message << Qt::endl;
            return {std::nan("")};
        }
        if (r > 0)
            times << t.nsecsElapsed() / 1e9;
    }
    return times;
}

// Runs a command on both engines `runs` times, alternately, into a line of the table.
Line measure(const QString &zhisuan, const QString &name, const QStringList &arguments, const QString &sqlite, const QString &server, int runs)
{
    Line line{name, {}, {}, {}, {}};
    const QList<QByteArray> steps = viewSteps(arguments);
    for (int r = 0; r < runs; ++r) {
        const Run onSqlite = run(zhisuan, arguments + QStringList{QStringLiteral("--db"), sqlite});
        const Run onServer = run(zhisuan, arguments + QStringList{QStringLiteral("--db"), server});
        line.sqlite << onSqlite.seconds;
        line.server << onServer.seconds;
        line.sqliteView << viewSeconds(onSqlite, steps);
        line.serverView << viewSeconds(onServer, steps);
    }
    out() << QStringLiteral("%1  view: SQLite %2  PostgreSQL %3  ratio %4;  process ratio %5")
                 .arg(name, -26)
                 .arg(seconds(median(line.sqliteView)), seconds(median(line.serverView)), ratio(median(line.sqliteView), median(line.serverView)),
                      ratio(median(line.sqlite), median(line.server)))
          << Qt::endl;
    return line;
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
    qputenv("ZHISUAN_TIMINGS", "1"); // every command prints the time of its steps (viewSeconds)
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
    for (const auto &[name, arguments] : commands(week, tmp.path()))
        lines.append(measure(zhisuan, name, arguments, big, server, options.runs));
    printTable(QStringLiteral("command on the big store (scale %1)").arg(options.scale), lines);

    // The same views read in one process on stores open already (a window's case), alternately, warm.
    auto sqliteStore = Store::open(big, Store::OpenMode::ReadOnly);
    auto serverStore = Store::open(server, Store::OpenMode::ReadOnly);
    if (!sqliteStore || !serverStore) {
        out() << "cannot open the stores: " << (sqliteStore ? serverStore.error().message : sqliteStore.error().message) << Qt::endl;
        return 1;
    }
    QList<Line> warm;
    for (const QString &name : MarketAnalytics::views() + ComputeAnalytics::views() + ModelAnalytics::views()) {
        Line line{QStringLiteral("view ") + name, {}, {}, {}, {}};
        for (int r = 0; r < options.runs; ++r) {
            line.sqliteView << warmView(*sqliteStore.value(), name, QDate::fromString(week, Qt::ISODate), 1);
            line.serverView << warmView(*serverStore.value(), name, QDate::fromString(week, Qt::ISODate), 1);
        }
        warm.append(line);
    }
    printTable(QStringLiteral("view read in a window (warm, scale %1)").arg(options.scale), warm, false);

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
        fixed.append(measure(zhisuan, QStringLiteral("query %1 (starter)").arg(QLatin1String(view)),
                             {QStringLiteral("query"), QLatin1String(view), QStringLiteral("--week"), week}, starter, starterServer,
                             std::max(options.runs, 5)));
    }
    printTable(QStringLiteral("fixed cost per command"), fixed);
    psql(serverUrl, {}, {QStringLiteral("DROP DATABASE zhisuan_bench_views"), QStringLiteral("DROP DATABASE zhisuan_bench_views_starter")}, &error);
    return 0;
}
