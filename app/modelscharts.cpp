#include "modelscharts.h"

#include "chartcatalog.h"
#include "historychartview.h"
#include "pricescatterview.h"
#include "timelineview.h"

namespace zhisuan::app {

void ModelsCharts::showTimeline(widgets::TimelineView *timeline, const ModelsView::Timeline &view)
{
    QList<widgets::TimelineView::Item> items;
    items.reserve(view.items.size());
    for (const auto &i : view.items)
        items.append({i.id, i.date, i.label, i.lane, i.modality, i.event, i.update});
    timeline->setItems(items, view.lanes);
    timeline->setLegend(view.legend);
}

void ModelsCharts::showTraffic(widgets::HistoryChartView *chart, const QList<ModelsView::Line> &lines)
{
    QList<widgets::HistoryChartView::Line> drawn;
    drawn.reserve(lines.size());
    for (const auto &l : lines)
        drawn.append({l.name, l.points});
    chart->setLines(drawn);
}

void ModelsCharts::showPrices(widgets::PriceScatterView *chart, const ModelsView::Prices &view)
{
    ChartCatalog::setSource(chart, view.sources);
    ChartCatalog::setAsOf(chart, view.asOf);
    chart->setTitle(view.title);
    QList<widgets::PriceScatterView::Point> points;
    points.reserve(view.points.size());
    for (const auto &p : view.points)
        points.append({p.model, p.price, p.score, p.domestic, p.tooltip, p.frontierLabel});
    chart->setPoints(points, {view.xLabel, view.yLabel, view.domesticLabel, view.overseasLabel, view.frontierLegend});
}

} // namespace zhisuan::app
