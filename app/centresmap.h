#pragma once

#include "centresview.h"

namespace zhisuan::widgets {
class ChinaMapView;
}

namespace zhisuan::app {

// Puts a CentresView on a map (with ChinaMapView::loadGeo done): bubbles, legend, fill, tooltips and source line.
// The page, the weekly brief and `zhisuan export centres-map` draw the same map through it.
class CentresMap
{
public:
    static void show(widgets::ChinaMapView *map, const CentresView &view, const CentresView::Filter &filter);
    // The view for a filter, with the map's province names.
    static CentresView compute(const db::QueryTable &centres, const CentresView::Filter &filter);
};

} // namespace zhisuan::app
