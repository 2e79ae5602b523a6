#include "chartcatalog.h"

#include "mainwindow.h"
#include "chartsurface.h"
#include "sourcecatalog.h"

#include <QCoreApplication>

#include <algorithm>

namespace zhisuan::app {

QList<ChartCatalog::Chart> ChartCatalog::all()
{
    return {
        {QStringLiteral("market-returns"), QStringLiteral("market"), QStringLiteral("returnsChart"),
         QCoreApplication::translate("ChartCatalog", "Index and industry weekly returns (%)"), Period::Week,
         QCoreApplication::translate("ChartCatalog", "Index and industry returns (%)")},
        {QStringLiteral("market-ranking"), QStringLiteral("market"), QStringLiteral("rankingChart"),
         QCoreApplication::translate("ChartCatalog", "Industry ranking of the week (%)"), Period::Week,
         QCoreApplication::translate("ChartCatalog", "Industry ranking (%)")},
        {QStringLiteral("market-watchlist"), QStringLiteral("market"), QStringLiteral("watchlistChart"),
         QCoreApplication::translate("ChartCatalog", "Compute chain and cloud: weekly moves (%)"), Period::Week,
         QCoreApplication::translate("ChartCatalog", "Compute chain and cloud: moves (%)")},
        {QStringLiteral("market-history"), QStringLiteral("market"), QStringLiteral("levelChart"),
         QCoreApplication::translate("ChartCatalog", "Industry index"), Period::Drawn, {}, true},
        {QStringLiteral("market-pe"), QStringLiteral("market"), QStringLiteral("peChart"),
         QCoreApplication::translate("ChartCatalog", "Industry PE history with percentile bands"), Period::Drawn, {}, true},
        {QStringLiteral("centres-map"), QStringLiteral("centres"), QStringLiteral("map"),
         QCoreApplication::translate("ChartCatalog", "Intelligent-computing centres in China (PFLOPS)"), Period::AsOf},
        {QStringLiteral("chips-efficiency"), QStringLiteral("chips"), QStringLiteral("efficiencyScatter"),
         QCoreApplication::translate("ChartCatalog", "AI chips: FP16 compute against power"), Period::AsOf},
        {QStringLiteral("models-timeline"), QStringLiteral("models"), QStringLiteral("timeline"),
         QCoreApplication::translate("ChartCatalog", "AI model releases and events"), Period::Drawn},
        {QStringLiteral("models-compare"), QStringLiteral("models"), QStringLiteral("compareChart"),
         QCoreApplication::translate("ChartCatalog", "Selected benchmark scores"), Period::AsOf},
        {QStringLiteral("models-traffic"), QStringLiteral("models"), QStringLiteral("trafficChart"),
         QCoreApplication::translate("ChartCatalog", "Weekly visits of AI products (10k)"), Period::Drawn},
        {QStringLiteral("models-price"), QStringLiteral("models"), QStringLiteral("priceChart"),
         QCoreApplication::translate("ChartCatalog", "Chinese capability (AlignBench) against API price"), Period::AsOf},
    };
}

std::optional<ChartCatalog::Chart> ChartCatalog::find(const QString &id)
{
    for (const Chart &c : all())
        if (c.id == id)
            return c;
    return std::nullopt;
}

bool ChartCatalog::hasContent(const QWidget *chart)
{
    if (!chart)
        return false;
    // Hidden by its dashboard (setVisible(false)), not merely on a tab that has not been opened.
    if (chart->testAttribute(Qt::WA_WState_ExplicitShowHide) && chart->testAttribute(Qt::WA_WState_Hidden))
        return false;
    const auto *surface = widgets::ChartSurface::from(chart);
    return surface && surface->hasContent();
}

QString ChartCatalog::source(const QWidget *chart)
{
    return chart ? chart->property(kSourceProperty).toString() : QString();
}

void ChartCatalog::setSource(QWidget *chart, const QStringList &sources)
{
    // The line goes only under an exported chart or a brief's figure, where it wraps: a client reads every source
    // (the timeline's five reports ended "… and 2 more"), up to eight of each kind for a store of many imported files.
    chart->setProperty(kSourceProperty, db::SourceCatalog::line(sources, 8));
}

void ChartCatalog::setAsOf(QWidget *chart, const QStringList &perRow)
{
    QDate latest;
    for (const QString &day : perRow)
        if (const QDate d = QDate::fromString(day.left(10), Qt::ISODate); d.isValid() && (!latest.isValid() || d > latest))
            latest = d;
    chart->setProperty(kAsOfProperty, latest);
}

QDate ChartCatalog::asOf(const QWidget *chart)
{
    return chart ? chart->property(kAsOfProperty).toDate() : QDate();
}

QString ChartCatalog::exportTitle(const Chart &chart, const QWidget *widget, const db::TradingWeek &week)
{
    const QString iso = QStringLiteral("yyyy-MM-dd");
    const auto range = [&iso](const QDate &from, const QDate &to) {
        return from == to ? from.toString(iso) : QCoreApplication::translate("ChartCatalog", "%1 to %2").arg(from.toString(iso), to.toString(iso));
    };
    if (week.isValid() && chart.period == Period::Week) {
        const QDate end = week.end.isValid() ? week.end : week.start.addDays(4);
        // A window shorter than the week (Monday to Wednesday) is not a week's move: the title names the window.
        const QString title = end < week.start.addDays(4) && !chart.windowTitle.isEmpty() ? chart.windowTitle : chart.title;
        return QCoreApplication::translate("ChartCatalog", "%1, %2", "title, period").arg(title, range(week.start, end));
    }
    // The market page's histories are of one industry and say how the line is made: their own title, not the
    // catalogue's "Industry index", which named no industry and called a chain of returns an index.
    const auto *surface = widgets::ChartSurface::from(widget);
    const QString title = chart.ownTitle && surface && !surface->title().isEmpty() ? surface->title() : chart.title;
    if (chart.period == Period::Drawn && surface) {
        // The first and last date among the figures drawn: the cells of the chart's data table that are dates.
        QDate first, last;
        for (const QStringList &row : surface->table().rows)
            for (const QString &cell : row)
                if (const QDate d = QDate::fromString(cell, Qt::ISODate); d.isValid()) {
                    first = first.isValid() ? std::min(first, d) : d;
                    last = last.isValid() ? std::max(last, d) : d;
                }
        if (first.isValid())
            return QCoreApplication::translate("ChartCatalog", "%1, %2", "title, period").arg(title, range(first, last));
    }
    // Figures without dates of their own (centres, chips, prices): as of the latest date the rows drawn state.
    if (const QDate date = asOf(widget); date.isValid())
        return QCoreApplication::translate("ChartCatalog", "%1, as of %2", "title, date").arg(title, date.toString(iso));
    return title;
}

QWidget *ChartCatalog::widget(MainWindow &window, const Chart &chart)
{
    return window.findChild<QWidget *>(chart.objectName);
}

QWidget *ChartCatalog::widget(QWidget &page, const Chart &chart)
{
    return page.objectName() == chart.objectName ? &page : page.findChild<QWidget *>(chart.objectName);
}

} // namespace zhisuan::app
