#include "chartbuilder.h"

#include "benchmarkbarchartview.h"
#include "centresmap.h"
#include "chinamapview.h"
#include "chipscharts.h"
#include "computeanalytics.h"
#include "efficiencyscatterview.h"
#include "historychartview.h"
#include "marketcharts.h"
#include "marketweek.h"
#include "modelanalytics.h"
#include "modelscharts.h"
#include "modelsview.h"
#include "pricescatterview.h"
#include "returnbarchartview.h"
#include "settings.h"
#include "sourcecatalog.h"
#include "store.h"
#include "timelineview.h"

#include <QCoreApplication>

#include <tuple>

namespace zhisuan::app {

namespace {

template<typename T>
T *named(std::unique_ptr<T> &owned, const QString &name)
{
    owned->setObjectName(name);
    return owned.get();
}

} // namespace

ChartBuilder::Built ChartBuilder::build(const ChartCatalog::Chart &chart, const QDate &week, bool searchWeeks)
{
    if (chart.page == QLatin1String("market"))
        return buildMarket(chart, week, searchWeeks);
    if (chart.page == QLatin1String("centres"))
        return buildCentres();
    if (chart.page == QLatin1String("chips"))
        return buildChips();
    return buildModels(chart);
}

std::unique_ptr<QWidget> ChartBuilder::marketChart(const ChartCatalog::Chart &chart, const db::TradingWeek &week,
                                                   const db::MarketAnalytics::Settings &settings, bool history)
{
    // The page's charts of a week with nothing loaded are empty: so is this one.
    MarketView view;
    if (week.start.isValid()) {
        auto loaded = db::MarketWeek::load(m_store, week, settings, {}, history ? db::MarketWeek::History::Read : db::MarketWeek::History::Skip);
        if (loaded)
            view = MarketView::compute(loaded.value(), settings);
        else
            problem(loaded.error().message);
    }
    if (history) {
        auto level = std::make_unique<widgets::HistoryChartView>(), pe = std::make_unique<widgets::HistoryChartView>();
        if (week.start.isValid()) {
            MarketCharts::showHistory(view, named(level, QStringLiteral("levelChart")), named(pe, QStringLiteral("peChart")));
            // The page hides a history of fewer than three points (hide(), not setVisible: a chart on its own is a window).
            if (!view.showsLevel())
                level->hide();
            if (!view.showsPe())
                pe->hide();
        }
        return chart.objectName == QLatin1String("levelChart") ? std::unique_ptr<QWidget>(std::move(level)) : std::unique_ptr<QWidget>(std::move(pe));
    }
    auto returns = std::make_unique<widgets::ReturnBarChartView>(), ranking = std::make_unique<widgets::ReturnBarChartView>(),
         watchlist = std::make_unique<widgets::ReturnBarChartView>();
    MarketCharts::shape(returns.get(), ranking.get(), watchlist.get());
    if (week.start.isValid()) {
        MarketCharts::showCharts(view, named(returns, QStringLiteral("returnsChart")), named(ranking, QStringLiteral("rankingChart")),
                                 named(watchlist, QStringLiteral("watchlistChart")));
        // The page hides a chart with nothing to draw.
        if (!view.showsReturns())
            returns->hide();
        if (!view.showsRanking())
            ranking->hide();
        if (!view.showsWatchlist())
            watchlist->hide();
    }
    if (chart.objectName == QLatin1String("returnsChart"))
        return returns;
    return chart.objectName == QLatin1String("rankingChart") ? std::move(ranking) : std::move(watchlist);
}

ChartBuilder::Built ChartBuilder::buildMarket(const ChartCatalog::Chart &chart, const QDate &week, bool searchWeeks)
{
    db::MarketAnalytics market(m_store);
    const auto settings = MarketCharts::storedSettings();
    // The week's bar charts do not need the industry's ten years of history (the two history charts do).
    const bool history = chart.objectName == QLatin1String("levelChart") || chart.objectName == QLatin1String("peChart");
    auto listed = market.weeks();
    if (!listed)
        problem(listed.error().message);
    const QList<db::TradingWeek> weeks = listed.valueOr({});
    Built b;
    auto draw = [&](int at) {
        b.drawn = weeks.value(at);
        b.owner = marketChart(chart, b.drawn, settings, history);
        b.chart = b.owner.get();
    };
    b.latest = weeks.value(0);
    if (searchWeeks && !weeks.isEmpty()) {
        // The newest week that has something to draw in this chart; no week has it: say so for the latest week.
        for (int i = 0; i < weeks.size(); ++i) {
            draw(i);
            if (ChartCatalog::hasContent(b.chart))
                return b;
        }
        draw(0);
        return b;
    }
    // The page's week: the one asked for, else the latest week with index or industry returns (the newest week is
    // often a partial one: a lockup list, a valuation snapshot).
    const QDate monday = week.isValid() ? week.addDays(1 - week.dayOfWeek()) : QDate();
    int at = -1;
    for (int i = 0; i < weeks.size(); ++i)
        if (monday.isValid() && weeks[i].start == monday)
            at = i;
    for (int i = 0; at < 0 && i < std::min<int>(int(weeks.size()), 12); ++i)
        if (auto returns = market.indexReturns(weeks[i], settings); returns && !returns.value().rows.isEmpty())
            at = i;
    draw(weeks.isEmpty() ? -1 : std::max(at, 0));
    return b;
}

ChartBuilder::Built ChartBuilder::buildCentres()
{
    // The page's map as it opens: coloured by status, no province fill, sized by PFLOPS, its "leave out inferred".
    QList<db::Error> errors;
    const db::QueryTable centres = db::ComputeAnalytics(m_store).centres().valueOr({}, &errors);
    for (const auto &e : std::as_const(errors))
        problem(e.message);
    CentresView::Filter filter;
    filter.leaveOutInferred = settings::leaveOutInferred.get();
    auto map = std::make_unique<widgets::ChinaMapView>();
    map->setObjectName(QStringLiteral("map"));
    map->loadGeo(QStringLiteral(":/geo/china-provinces.geojson"));
    CentresMap::show(map.get(), CentresMap::compute(centres, filter), filter);
    Built b;
    b.chart = map.get();
    b.owner = std::move(map);
    return b;
}

ChartBuilder::Built ChartBuilder::buildChips()
{
    db::ComputeAnalytics compute(m_store);
    QList<db::Error> errors;
    const db::QueryTable chips = compute.chips().valueOr({}, &errors);
    const db::QueryTable efficiency = compute.chipEfficiency().valueOr({}, &errors);
    for (const auto &e : std::as_const(errors))
        problem(e.message);
    auto scatter = std::make_unique<widgets::EfficiencyScatterView>();
    scatter->setObjectName(QStringLiteral("efficiencyScatter"));
    const ChipsView view = ChipsView::compute(chips, efficiency);
    ChipsCharts::showScatter(scatter.get(), view);
    if (view.points.isEmpty())
        scatter->hide(); // as the page hides it
    Built b;
    b.chart = scatter.get();
    b.owner = std::move(scatter);
    return b;
}

ChartBuilder::Built ChartBuilder::buildModels(const ChartCatalog::Chart &chart)
{
    Built b;
    db::ModelAnalytics models(m_store);
    QList<db::Error> errors;
    if (chart.objectName == QLatin1String("timeline")) {
        const db::QueryTable releases = models.releases().valueOr({}, &errors), events = models.events().valueOr({}, &errors);
        auto timeline = std::make_unique<widgets::TimelineView>();
        timeline->setObjectName(chart.objectName);
        ModelsCharts::showTimeline(timeline.get(), ModelsView::timeline(releases, events, false)); // lanes: domestic / overseas
        ChartCatalog::setSource(timeline.get(), db::SourceCatalog::forRows(releases) + db::SourceCatalog::forRows(events));
        b.chart = timeline.get();
        b.owner = std::move(timeline);
    } else if (chart.objectName == QLatin1String("trafficChart")) {
        const QDate latest(9999, 12, 31);
        const db::QueryTable histories = models.trafficHistories(latest, 8).valueOr({}, &errors);
        auto traffic = std::make_unique<widgets::HistoryChartView>();
        traffic->setObjectName(chart.objectName);
        const auto lines = ModelsView::visitLines(histories);
        ModelsCharts::showTraffic(traffic.get(), lines);
        if (lines.isEmpty())
            traffic->hide(); // as the page hides it
        ChartCatalog::setSource(traffic.get(), db::SourceCatalog::forTraffic(m_store, ModelsView::siteNames(histories), latest).valueOr({}, &errors));
        b.chart = traffic.get();
        b.owner = std::move(traffic);
    } else if (chart.objectName == QLatin1String("priceChart")) {
        // The page's price chart as it opens: its default benchmark.
        const QString benchmark = ModelsView::defaultPriceBenchmark();
        auto price = std::make_unique<widgets::PriceScatterView>();
        price->setObjectName(chart.objectName);
        ModelsCharts::showPrices(price.get(), ModelsView::prices(models.pricePerformance(benchmark).valueOr({}, &errors), benchmark));
        b.chart = price.get();
        b.owner = std::move(price);
    } else if (chart.objectName == QLatin1String("compareChart")) {
        b = buildComparison(models);
    }
    for (const auto &e : std::as_const(errors))
        problem(e.message);
    return b;
}

ChartBuilder::Built ChartBuilder::buildComparison(db::ModelAnalytics &models)
{
    Built b;
    if (m_compareModels.isEmpty() || m_compareBenchmarks.isEmpty())
        return b; // the page draws the cells selected in its table: without a choice, nothing
    auto scores = models.benchmarks();
    if (!scores) {
        problem(scores.error().message);
        return b;
    }
    const ModelsView::BenchmarkMatrix matrix = ModelsView::benchmarkMatrix(scores.value());
    for (const auto &[asked, known, what] : {std::tuple{&m_compareModels, &matrix.models, QStringLiteral("--models")},
                                             std::tuple{&m_compareBenchmarks, &matrix.benchmarks, QStringLiteral("--benchmarks")}})
        for (const QString &name : *asked)
            if (!known->contains(name))
                problem(QCoreApplication::translate("CommandLine", "%1: the store has no benchmark score for “%2”; it has: %3")
                            .arg(what, name, known->join(QStringLiteral(", "))));
    const ModelsView::Comparison c = ModelsView::compare(matrix, m_compareModels, m_compareBenchmarks);
    if (c.models.isEmpty())
        return b;
    auto view = std::make_unique<widgets::BenchmarkBarChartView>();
    view->setObjectName(QStringLiteral("compareChart"));
    QList<widgets::BenchmarkBarChartView::Model> bars;
    for (const ModelsView::ComparedModel &m : c.models)
        bars << widgets::BenchmarkBarChartView::Model{m.name, m.values, m.tooltips};
    view->setTitle(c.title);
    view->setBars(c.benchmarks, bars, c.valueTitle);
    ChartCatalog::setSource(view.get(), db::SourceCatalog::forSources(c.sources));
    ChartCatalog::setAsOf(view.get(), c.asOf);
    b.chart = view.get();
    b.owner = std::move(view);
    return b;
}

} // namespace zhisuan::app
