#include "chartcatalog.h"

#include "mainwindow.h"
#include "chartsurface.h"
#include "sourcecatalog.h"

#include <QCoreApplication>

namespace zhisuan::app {

QList<ChartCatalog::Chart> ChartCatalog::all()
{
    return {
        {QStringLiteral("market-returns"), QStringLiteral("market"), QStringLiteral("returnsChart"),
         QCoreApplication::translate("ChartCatalog", "Index and industry weekly returns (%)")},
        {QStringLiteral("market-ranking"), QStringLiteral("market"), QStringLiteral("rankingChart"),
         QCoreApplication::translate("ChartCatalog", "Industry ranking of the week (%)")},
        {QStringLiteral("market-watchlist"), QStringLiteral("market"), QStringLiteral("watchlistChart"),
         QCoreApplication::translate("ChartCatalog", "Compute chain and cloud: weekly moves (%)")},
        {QStringLiteral("market-history"), QStringLiteral("market"), QStringLiteral("levelChart"),
         QCoreApplication::translate("ChartCatalog", "Industry index")},
        {QStringLiteral("market-pe"), QStringLiteral("market"), QStringLiteral("peChart"),
         QCoreApplication::translate("ChartCatalog", "Industry PE history with percentile bands")},
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
    chart->setProperty(kSourceProperty, db::SourceCatalog::line(sources));
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
