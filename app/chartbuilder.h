#pragma once

#include "chartcatalog.h"
#include "marketanalytics.h"

#include <QDate>
#include <QStringList>

#include <memory>

class QWidget;

namespace zhisuan::db {
class ModelAnalytics;
class Store;
}

namespace zhisuan::app {

// Builds one catalogued chart on its own, filled from its view model exactly as its page fills it: what
// `zhisuan export` draws, without building the page, its tables and its filters (tst_exportcommand's
// exportBuildsNoPage proves it for every chart of the catalog).
class ChartBuilder
{
public:
    explicit ChartBuilder(db::Store &store) : m_store(store) {}

    struct Built
    {
        std::unique_ptr<QWidget> owner; // what to delete: the chart
        QWidget *chart = nullptr;       // nullptr: nothing to draw (the benchmark comparison without models and benchmarks)
        db::TradingWeek latest, drawn;  // market charts: the newest week, and the week drawn
    };
    // `week` (market charts): any day of the week to draw; `searchWeeks`: no week asked for, so the newest week
    // that has something to draw in this chart (the latest week is often a partial one).
    Built build(const ChartCatalog::Chart &chart, const QDate &week, bool searchWeeks);
    // The benchmark comparison (models-compare) of these models on these benchmarks, as the Models page draws the
    // cells selected in its table; without both it has nothing to draw. A name the store has no score for is a problem.
    void compare(const QStringList &models, const QStringList &benchmarks)
    {
        m_compareModels = models;
        m_compareBenchmarks = benchmarks;
    }
    // What could not be read from the store (the chart shows what could be).
    QStringList problems() const { return m_problems; }

private:
    Built buildMarket(const ChartCatalog::Chart &chart, const QDate &week, bool searchWeeks);
    std::unique_ptr<QWidget> marketChart(const ChartCatalog::Chart &chart, const db::TradingWeek &week,
                                         const db::MarketAnalytics::Settings &settings, bool history);
    Built buildCentres();
    Built buildChips();
    Built buildModels(const ChartCatalog::Chart &chart);
    Built buildComparison(db::ModelAnalytics &models);
    void problem(const QString &message) { m_problems << message; }

    db::Store &m_store;
    QStringList m_problems;
    QStringList m_compareModels, m_compareBenchmarks;
};

} // namespace zhisuan::app
