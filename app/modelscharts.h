#pragma once

#include "modelsview.h"

namespace zhisuan::widgets {
class HistoryChartView;
class PriceScatterView;
class TimelineView;
} // namespace zhisuan::widgets

namespace zhisuan::app {

// Puts the models page's view models on chart widgets: the page, the weekly brief and `zhisuan export` draw the
// same charts through it.
class ModelsCharts
{
public:
    static void showTimeline(widgets::TimelineView *timeline, const ModelsView::Timeline &view);
    static void showTraffic(widgets::HistoryChartView *chart, const QList<ModelsView::Line> &lines);
    // The price chart's title, points, axis and legend labels, and its source line.
    static void showPrices(widgets::PriceScatterView *chart, const ModelsView::Prices &view);
};

} // namespace zhisuan::app
