#include "querycommand.h"

#include "commandio.h"
#include "computeanalytics.h"
#include "csvwriter.h"
#include "marketanalytics.h"
#include "modelanalytics.h"
#include "settings.h"
#include "steptimer.h"
#include "store.h"
#include "value.h"
#include "viewcatalog.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>

#include <optional>
#include <utility>

namespace zhisuan::app {

namespace {

QJsonValue jsonValue(const QVariant &v)
{
    if (v.isNull() || !v.isValid())
        return QJsonValue(QJsonValue::Null);
    if (v.typeId() == QMetaType::Double)
        return std::round(v.toDouble() * 100.0) / 100.0;
    if (v.typeId() == QMetaType::Bool)
        return v.toBool();
    if (v.typeId() == QMetaType::Int || v.typeId() == QMetaType::LongLong)
        return v.toLongLong();
    return v.toString();
}

// Without --week, as --help says, the latest week this view has rows for: the newest week is often a
// lockup list or a snapshot alone, and its empty table would say the view has nothing. The weeks newest first, the
// first of them read already and empty: the first earlier week with rows (or whose read failed), if any.
std::optional<std::pair<db::TradingWeek, db::Result<db::QueryTable>>> latestWithRows(db::MarketAnalytics &market, const QString &view,
                                                                                     const db::MarketAnalytics::Settings &settings,
                                                                                     const QList<db::TradingWeek> &newestFirst)
{
    for (const db::TradingWeek &earlier : newestFirst.sliced(1)) {
        auto rows = market.view(view, earlier, settings);
        if (!rows || !rows.value().rows.isEmpty())
            return std::pair{earlier, std::move(rows)};
    }
    return std::nullopt;
}

// The view as CSV (each column with its own precision: counts as integers, prices and returns with two decimals) or
// as JSON with its week (none for the compute and model views, which are not weekly).
void print(QTextStream &out, const QString &format, const QString &view, const db::QueryTable &table, const db::TradingWeek *week)
{
    if (format == QLatin1String("json")) {
        QJsonArray rows;
        for (const QVariantList &r : table.rows) {
            QJsonObject o;
            for (int c = 0; c < table.columns.size(); ++c)
                o.insert(table.columns[c], jsonValue(r.value(c)));
            rows.append(o);
        }
        QJsonObject doc{{QStringLiteral("view"), view}, {QStringLiteral("rows"), rows}};
        if (week)
            doc.insert(QStringLiteral("week"), QJsonObject{{QStringLiteral("start"), week->start.toString(Qt::ISODate)},
                                                           {QStringLiteral("end"), week->end.toString(Qt::ISODate)},
                                                           {QStringLiteral("label"), week->label()}});
        out << QString::fromUtf8(QJsonDocument(doc).toJson(QJsonDocument::Indented));
        return;
    }
    const QList<int> decimals = db::CsvWriter::columnDecimals(table.columns, table.rows);
    out << db::CsvWriter::line(table.columns) << Qt::endl;
    for (const QVariantList &r : table.rows)
        out << db::CsvWriter::line(r, decimals) << Qt::endl;
}

} // namespace

int QueryCommand::run(const QStringList &args)
{
    QTextStream &out = CommandIo::out();
    QTextStream &err = CommandIo::err();
    QCommandLineParser p;
    const QStringList views = db::MarketAnalytics::views() + db::ComputeAnalytics::views() + db::ModelAnalytics::views();
    p.setApplicationDescription(QCoreApplication::translate("CommandLine", "Print the data behind a view of the dashboards.\n\nViews: %1")
                                    .arg(views.join(QStringLiteral(", "))));
    CommandIo::addCommonOptions(p);
    p.addOption(QCommandLineOption(QStringLiteral("week"), QCoreApplication::translate("CommandLine", "Any date in the week (default: the latest week the view has data for)."), QStringLiteral("DATE")));
    p.addOption(QCommandLineOption(QStringLiteral("format"), QCoreApplication::translate("CommandLine", "csv (default) or json."), QStringLiteral("FORMAT"), QStringLiteral("csv")));
    p.addOption(QCommandLineOption(QStringLiteral("industry"), QCoreApplication::translate("CommandLine", "The tracked industry index (default 801750.SI, 计算机(申万))."), QStringLiteral("CODE")));
    p.addOption(QCommandLineOption(QStringLiteral("benchmarks"), QCoreApplication::translate("CommandLine", "Benchmark indices, comma-separated."), QStringLiteral("CODES")));
    p.addOption(QCommandLineOption(QStringLiteral("days"), QCoreApplication::translate("CommandLine", "Lockups: expiries within this many days after the week (default 90)."), QStringLiteral("N")));
    p.addPositionalArgument(QStringLiteral("VIEW"), views.join(QStringLiteral("|")));
    p.process(args);
    if (p.positionalArguments().size() != 1) {
        err << QCoreApplication::translate("CommandLine", "zhisuan query: expected one VIEW (%1), found %2")
                     .arg(views.join(QStringLiteral(", ")))
                     .arg(p.positionalArguments().size())
              << Qt::endl;
        return 2;
    }
    const QString view = p.positionalArguments().first();
    const QString format = p.value(QStringLiteral("format"));
    if (format != QLatin1String("csv") && format != QLatin1String("json")) {
        err << QCoreApplication::translate("CommandLine", "--format: expected csv or json, found “%1”").arg(format) << Qt::endl;
        return 2;
    }
    db::MarketAnalytics::Settings settings;
    if (p.isSet(QStringLiteral("industry")))
        settings.industry = p.value(QStringLiteral("industry")).toUpper();
    if (p.isSet(QStringLiteral("benchmarks")))
        settings.benchmarks = p.value(QStringLiteral("benchmarks")).toUpper().split(QLatin1Char(','), Qt::SkipEmptyParts);
    if (p.isSet(QStringLiteral("days")))
        settings.lockupDays = p.value(QStringLiteral("days")).toInt();
    db::StepTimer timer("query"); // ZHISUAN_TIMINGS=1: the view's own time apart from opening the store (bench_pgviews)
    auto store = CommandIo::openStore(p, db::Store::OpenMode::ReadOnly);
    if (!store)
        return 1;
    timer.step("store opened");
    db::MarketAnalytics market(*store);
    db::TradingWeek week;
    QList<db::TradingWeek> newestFirst; // when no week is given
    const bool models = db::ModelAnalytics::views().contains(view);
    const bool compute = models || db::ComputeAnalytics::views().contains(view);
    if (compute) {
        // Compute views are not weekly.
    } else if (p.isSet(QStringLiteral("week"))) {
        QByteArray iso;
        if (!db::ValueParser::parseDate(p.value(QStringLiteral("week")).toUtf8(), iso)) {
            err << QCoreApplication::translate("CommandLine", "--%1: expected a date such as 2024-08-16, found “%2”")
                         .arg(QStringLiteral("week"), p.value(QStringLiteral("week")))
                  << Qt::endl;
            return 2;
        }
        auto w = market.weekContaining(QDate::fromString(QString::fromLatin1(iso), Qt::ISODate));
        if (!w) {
            err << w.error().message << Qt::endl;
            return 1;
        }
        week = w.value();
    } else {
        auto weeks = market.weeks();
        if (!weeks) {
            err << weeks.error().message << Qt::endl;
            return 1;
        }
        if (weeks.value().isEmpty()) {
            err << QCoreApplication::translate("CommandLine", "zhisuan query: the store has no weekly or daily market data yet") << Qt::endl;
            return 1;
        }
        newestFirst = weeks.value();
        week = newestFirst.first();
    }
    auto table = models    ? db::ModelAnalytics(*store).view(view)
                 : compute ? db::ComputeAnalytics(*store).view(view)
                           : market.view(view, week, settings);
    if (table && table.value().rows.isEmpty() && newestFirst.size() > 1) {
        if (auto earlier = latestWithRows(market, view, settings, newestFirst)) {
            // Said on stderr, as `zhisuan export` says it: the CSV on stdout stays data only.
            err << QCoreApplication::translate("CommandLine", "No data for %1 in the latest week (%2): using %3. Choose the week with --week DATE.")
                         .arg(view, week.label(), earlier->first.label())
                  << Qt::endl;
            week = earlier->first;
            table = std::move(earlier->second);
        }
    }
    if (!table) {
        err << QStringLiteral("zhisuan query: ") << table.error().message << Qt::endl;
        return table.error().code == QLatin1String("view") ? 2 : 1; // 2 is for usage errors only
    }
    timer.step("view read");
    print(out, format, view, table.value(), compute ? nullptr : &week);
    return 0;
}

} // namespace zhisuan::app
