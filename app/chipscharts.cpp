#include "chipscharts.h"

#include "chartcatalog.h"
#include "efficiencyscatterview.h"
#include "sourcecatalog.h"

namespace zhisuan::app {

QString ChipsCharts::scatterTitle()
{
    return tr("FP16 compute against power, with the energy-efficiency threshold");
}

void ChipsCharts::showScatter(widgets::EfficiencyScatterView *scatter, const ChipsView &view)
{
    ChartCatalog::setSource(scatter, db::SourceCatalog::forSources(view.drawnSources));
    ChartCatalog::setAsOf(scatter, view.drawnAsOf);
    scatter->setTitle(scatterTitle());
    QList<widgets::EfficiencyScatterView::Chip> chips;
    chips.reserve(view.points.size());
    for (const auto &p : view.points)
        chips.append({p.name, p.tdp, p.fp16, p.domestic});
    scatter->setChips(chips, view.threshold, view.thresholdLabel, tr("Domestic"), tr("Overseas"), tr("TDP (W)"), tr("FP16 (TFLOPS)"));
}

} // namespace zhisuan::app
