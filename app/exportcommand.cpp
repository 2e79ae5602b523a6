#include "exportcommand.h"

#include "chartbuilder.h"
#include "chartcatalog.h"
#include "chartexporter.h"
#include "commandio.h"
#include "steptimer.h"
#include "store.h"
#include "value.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>
#include <QRegularExpression>
#include <QWidget>

namespace zhisuan::app {

int ExportCommand::run(const QStringList &args)
{
    QTextStream &out = CommandIo::out();
    QTextStream &err = CommandIo::err();
    QCommandLineParser p;
    p.setApplicationDescription(QCoreApplication::translate("CommandLine", "Write a chart as PNG, SVG or PDF, rendered at the size asked for."));
    CommandIo::addCommonOptions(p);
    p.addOption(QCommandLineOption(QStringLiteral("list"), QCoreApplication::translate("CommandLine", "List the chart ids.")));
    p.addOption(QCommandLineOption(QStringLiteral("week"), QCoreApplication::translate("CommandLine", "Any date in the week (market charts; default: the latest week the chart has data for)."), QStringLiteral("DATE")));
    p.addOption(QCommandLineOption(QStringLiteral("size"), QCoreApplication::translate("CommandLine", "Width×height, e.g. 1200x720."), QStringLiteral("WxH"), QStringLiteral("1200x720")));
    p.addOption(QCommandLineOption(QStringLiteral("scale"), QCoreApplication::translate("CommandLine", "PNG pixel scale: 1, 2 or 3."), QStringLiteral("N"), QStringLiteral("2")));
    p.addOption(QCommandLineOption(QStringLiteral("transparent"), QCoreApplication::translate("CommandLine", "PNG with a transparent background.")));
    p.addOption(QCommandLineOption(QStringLiteral("models"), QCoreApplication::translate("CommandLine", "models-compare: the models to compare, comma-separated, as the benchmark table names them."), QStringLiteral("LIST")));
    p.addOption(QCommandLineOption(QStringLiteral("benchmarks"), QCoreApplication::translate("CommandLine", "models-compare: the benchmarks to compare them on, comma-separated (MMLU,MT-Bench)."), QStringLiteral("LIST")));
    p.addOption(QCommandLineOption({QStringLiteral("o"), QStringLiteral("output")}, QCoreApplication::translate("CommandLine", "The file to write (.png, .svg or .pdf)."), QStringLiteral("FILE")));
    p.addPositionalArgument(QStringLiteral("CHART"), QCoreApplication::translate("CommandLine", "The chart id."));
    p.process(args);
    if (p.isSet(QStringLiteral("list"))) {
        for (const auto &c : ChartCatalog::all())
            out << c.id << QLatin1Char('\t') << c.title << Qt::endl;
        return 0;
    }
    const auto chart = ChartCatalog::find(p.positionalArguments().value(0));
    if (!chart || !p.isSet(QStringLiteral("output"))) {
        err << QCoreApplication::translate("CommandLine", "zhisuan export: expected a chart id (zhisuan export --list) and -o FILE") << Qt::endl;
        return 2;
    }
    static const QRegularExpression sizeRe(QStringLiteral("^(\\d+)[x×](\\d+)$"));
    const auto m = sizeRe.match(p.value(QStringLiteral("size")));
    if (!m.hasMatch() || m.captured(1).toInt() < 200 || m.captured(2).toInt() < 150) {
        err << QCoreApplication::translate("CommandLine", "--size: expected WIDTHxHEIGHT of at least 200x150, found “%1”").arg(p.value(QStringLiteral("size"))) << Qt::endl;
        return 2;
    }
    db::StepTimer timer("export"); // ZHISUAN_TIMINGS=1: the time of each part (docs/performance.md)
    auto store = CommandIo::openStore(p, db::Store::OpenMode::ReadOnly);
    if (!store)
        return 1;
    timer.step("store opened");
    // Only the chart, filled from its view model as its page fills it: not the window with its five pages, nor the
    // chart's page with its tables and filters. A market chart reads the week asked for only.
    const bool weekGiven = p.isSet(QStringLiteral("week"));
    QDate wantedWeek;
    if (QByteArray iso; weekGiven && db::ValueParser::parseDate(p.value(QStringLiteral("week")).toUtf8(), iso))
        wantedWeek = QDate::fromString(QString::fromLatin1(iso), Qt::ISODate);
    ChartBuilder builder(*store);
    const auto names = [&p](const QString &option) {
        QStringList out;
        for (const QString &n : p.value(option).split(u',', Qt::SkipEmptyParts))
            if (!n.trimmed().isEmpty())
                out << n.trimmed();
        return out;
    };
    builder.compare(names(QStringLiteral("models")), names(QStringLiteral("benchmarks")));
    const ChartBuilder::Built built = builder.build(*chart, wantedWeek, !weekGiven);
    for (const QString &problem : builder.problems())
        err << problem << Qt::endl;
    timer.step("chart built");
    QWidget *widget = built.chart;
    if (!weekGiven && built.drawn.start.isValid() && built.drawn.start != built.latest.start)
        out << QCoreApplication::translate("CommandLine", "No data for %1 in the latest week (%2): using %3. Choose the week with --week DATE.")
                     .arg(chart->id, built.latest.label(), built.drawn.label())
              << Qt::endl;
    if (!ChartCatalog::hasContent(widget)) {
        // Only models-compare draws a choice (the cells selected on the Models page); the hint would mislead for the others.
        err << (chart->id == QLatin1String("models-compare")
                    ? QCoreApplication::translate("CommandLine", "zhisuan export: the chart %1 compares chosen models on chosen benchmarks: "
                                                                 "name them with --models and --benchmarks (zhisuan query benchmarks lists the scores)").arg(chart->id)
                    : QCoreApplication::translate("CommandLine", "zhisuan export: the chart %1 has nothing to draw for this store and week").arg(chart->id))
            << Qt::endl;
        return 1;
    }
    timer.step("chart found");
    widgets::ChartExporter::Options o;
    o.size = QSize(m.captured(1).toInt(), m.captured(2).toInt());
    o.scale = p.value(QStringLiteral("scale")).toInt();
    o.transparent = p.isSet(QStringLiteral("transparent"));
    o.title = ChartCatalog::exportTitle(*chart, widget, built.drawn);
    o.source = ChartCatalog::source(widget);
    const db::Result<void> exported = widgets::ChartExporter::exportTo(widget, p.value(QStringLiteral("output")), o);
    timer.step("drawn and written");
    if (!exported) {
        err << exported.error().message << Qt::endl;
        return 1;
    }
    out << QCoreApplication::translate("CommandLine", "Wrote %1").arg(p.value(QStringLiteral("output"))) << Qt::endl;
    return 0;
}


} // namespace zhisuan::app
