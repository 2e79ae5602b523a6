#include "chartcatalog.h"

#include "mainwindow.h"
#include "chartsurface.h"
#include "sourcecatalog.h"

#include <QCoreApplication>
#include <QRegularExpression>

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
         QCoreApplication::translate("ChartCatalog", "Intelligent-computing centres in China (PFLOPS)")},
        {QStringLiteral("chips-efficiency"), QStringLiteral("chips"), QStringLiteral("efficiencyScatter"),
         QCoreApplication::translate("ChartCatalog", "AI chips: FP16 compute against power")},
        {QStringLiteral("models-timeline"), QStringLiteral("models"), QStringLiteral("timeline"),
         QCoreApplication::translate("ChartCatalog", "AI model releases and events")},
        {QStringLiteral("models-compare"), QStringLiteral("models"), QStringLiteral("compareChart"),
         QCoreApplication::translate("ChartCatalog", "Selected benchmark scores")},
        {QStringLiteral("models-traffic"), QStringLiteral("models"), QStringLiteral("trafficChart"),
         QCoreApplication::translate("ChartCatalog", "Weekly visits of AI products (10k)")},
        {QStringLiteral("models-price"), QStringLiteral("models"), QStringLiteral("priceChart"),
         QCoreApplication::translate("ChartCatalog", "Chinese capability (AlignBench) against API price")},
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

QString ChartCatalog::exportTitle(const Chart &chart, const QWidget *widget, const db::TradingWeek &week)
{
    const QString iso = QStringLiteral("yyyy-MM-dd");
    if (week.isValid() && chart.period == Period::Week) {
        const QDate end = week.end.isValid() ? week.end : week.start.addDays(4);
        const QString period = QCoreApplication::translate("ChartCatalog", "%1 to %2").arg(week.start.toString(iso), end.toString(iso));
        // A window shorter than the week (Monday to Wednesday) is not a week's move: the title names the window.
        const QString title = end < week.start.addDays(4) && !chart.windowTitle.isEmpty() ? chart.windowTitle : chart.title;
        return QCoreApplication::translate("ChartCatalog", "%1, %2", "title, period").arg(title, period);
    }
    // Another chart: the first and last date among the figures it draws (a timeline, visits, an index history).
    // A report of a week is dated by its days ("计算机行业周报 2024-07-22 至 07-26", "… 2024-07-22 to 07-26" in an
    // English source line; "2024-07-22..26" as stored): its last day counts.
    static const QRegularExpression isoDate(QStringLiteral("\\b(\\d{4}-\\d{2}-\\d{2})(?:(?:\\.\\.|\\s*至\\s*|\\s+to\\s+)(?:(\\d{2})-)?(\\d{2})\\b)?"));
    QDate first, last;
    auto see = [&](const QString &text) {
        for (auto it = isoDate.globalMatch(text); it.hasNext();) {
            const auto m = it.next();
            const QDate from = QDate::fromString(m.captured(1), Qt::ISODate);
            if (!from.isValid())
                continue;
            const int month = m.hasCaptured(2) ? m.captured(2).toInt() : from.month();
            const QDate to = m.hasCaptured(3) ? QDate(from.year(), month, m.captured(3).toInt()) : from;
            if (!first.isValid() || from < first)
                first = from;
            if (!last.isValid() || (to.isValid() ? to : from) > last)
                last = to.isValid() ? to : from;
        }
    };
    if (const auto *surface = widgets::ChartSurface::from(widget)) {
        const widgets::ChartSurface::Table table = surface->table();
        for (const QStringList &row : table.rows)
            for (const QString &cell : row)
                see(cell);
    }
    // The market page's histories are of one industry and say how the line is made: their own title, not the
    // catalogue's "Industry index", which named no industry and called a chain of returns an index.
    const auto *own = widgets::ChartSurface::from(widget);
    const QString title = chart.ownTitle && own && !own->title().isEmpty() ? own->title() : chart.title;
    if (first.isValid())
        return QCoreApplication::translate("ChartCatalog", "%1, %2", "title, period")
            .arg(title, first == last ? first.toString(iso)
                                            : QCoreApplication::translate("ChartCatalog", "%1 to %2").arg(first.toString(iso), last.toString(iso)));
    // A chart of facts without dates (centres, chips, prices): as of the latest report or file it draws from.
    first = last = QDate();
    see(source(widget));
    if (last.isValid())
        return QCoreApplication::translate("ChartCatalog", "%1, as of %2", "title, date").arg(title, last.toString(iso));
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
