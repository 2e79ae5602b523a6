#include "centresmap.h"

#include "chartcatalog.h"
#include "chinamapview.h"
#include "sourcecatalog.h"

namespace zhisuan::app {

void CentresMap::show(widgets::ChinaMapView *map, const CentresView &view, const CentresView::Filter &filter)
{
    // The source line names where the centres on the map came from, not every centre in the store.
    ChartCatalog::setSource(map, db::SourceCatalog::forRows(view.shownRows));
    QStringList asOf; // an exported map is as of the latest date its centres were stated
    for (int r = 0; r < view.shownRows.rows.size(); ++r)
        asOf << view.shownRows.value(r, QStringLiteral("as_of")).toString();
    ChartCatalog::setAsOf(map, asOf);
    map->setSizeUnit(filter.byOps ? QStringLiteral("POPS") : QStringLiteral("PFLOPS"));
    QList<widgets::ChinaMapView::Centre> centres;
    centres.reserve(view.bubbles.size());
    for (const auto &b : view.bubbles)
        centres.append({b.id, b.name, b.lon, b.lat, b.current, b.planned, b.category, b.inferred, b.figures, b.planStated});
    map->setCentres(centres);
    QList<widgets::ChinaMapView::LegendEntry> legend;
    for (const auto &e : view.legend)
        legend.append({e.key, e.label, e.colour});
    map->setLegend(view.legendTitle, legend);
    map->setChoropleth(view.choropleth, view.choroplethTitle);
    map->setProvinceTooltips(view.provinceTips);
}

CentresView CentresMap::compute(const db::QueryTable &centres, const CentresView::Filter &filter)
{
    return CentresView::compute(centres, filter, &widgets::ChinaMapView::provinceLabel);
}

} // namespace zhisuan::app
