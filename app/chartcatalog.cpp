#include "chartcatalog.h"

#include "mainwindow.h"

#include <QChartView>
#include <QCoreApplication>

namespace zhisuan::app {

QList<ChartCatalog::Chart> ChartCatalog::all()
{
    return {
        {QStringLiteral("market-returns"), QStringLiteral("market"), QStringLiteral("returnsChart"),
         QCoreApplication::translate("ChartCatalog", "Index and industry weekly returns (%)"), QCoreApplication::translate("ChartCatalog", "Wind, iFinD")},
        {QStringLiteral("market-ranking"), QStringLiteral("market"), QStringLiteral("rankingChart"),
         QCoreApplication::translate("ChartCatalog", "Industry ranking of the week (%)"), QCoreApplication::translate("ChartCatalog", "Wind, iFinD")},
        {QStringLiteral("market-watchlist"), QStringLiteral("market"), QStringLiteral("watchlistChart"),
         QCoreApplication::translate("ChartCatalog", "Compute chain and cloud: weekly moves (%)"), QCoreApplication::translate("ChartCatalog", "Wind, iFinD")},
        {QStringLiteral("market-history"), QStringLiteral("market"), QStringLiteral("levelChart"),
         QCoreApplication::translate("ChartCatalog", "Industry index"), QCoreApplication::translate("ChartCatalog", "Wind, iFinD")},
        {QStringLiteral("market-pe"), QStringLiteral("market"), QStringLiteral("peChart"),
         QCoreApplication::translate("ChartCatalog", "Industry PE history with percentile bands"), QCoreApplication::translate("ChartCatalog", "Wind, iFinD")},
        {QStringLiteral("centres-map"), QStringLiteral("centres"), QStringLiteral("map"),
         QCoreApplication::translate("ChartCatalog", "Intelligent-computing centres in China (PFLOPS)"), QCoreApplication::translate("ChartCatalog", "《智能算力产业发展白皮书》, company announcements")},
        {QStringLiteral("chips-efficiency"), QStringLiteral("chips"), QStringLiteral("efficiencyScatter"),
         QCoreApplication::translate("ChartCatalog", "AI chips: FP16 compute against power"), QCoreApplication::translate("ChartCatalog", "company websites, T/CECA-G 0284-2024")},
        {QStringLiteral("models-timeline"), QStringLiteral("models"), QStringLiteral("timeline"),
         QCoreApplication::translate("ChartCatalog", "AI model releases and events"), QCoreApplication::translate("ChartCatalog", "company announcements")},
        {QStringLiteral("models-compare"), QStringLiteral("models"), QStringLiteral("compareChart"),
         QCoreApplication::translate("ChartCatalog", "Selected benchmark scores"), QCoreApplication::translate("ChartCatalog", "DeepSeek, Anthropic, company reports")},
        {QStringLiteral("models-traffic"), QStringLiteral("models"), QStringLiteral("trafficChart"),
         QCoreApplication::translate("ChartCatalog", "Weekly visits of AI products (10k)"), QCoreApplication::translate("ChartCatalog", "Similarweb")},
        {QStringLiteral("models-price"), QStringLiteral("models"), QStringLiteral("priceChart"),
         QCoreApplication::translate("ChartCatalog", "Chinese capability (AlignBench) against API price"), QCoreApplication::translate("ChartCatalog", "DeepSeek, company price lists")},
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
    if (const auto *view = qobject_cast<const QChartView *>(chart))
        return !view->chart()->series().isEmpty();
    return true;
}

QWidget *ChartCatalog::widget(MainWindow &window, const Chart &chart)
{
    return window.findChild<QWidget *>(chart.objectName);
}

} // namespace zhisuan::app
