#pragma once

#include "marketanalytics.h"
#include "marketview.h"

#include <QCoreApplication>

namespace zhisuan::widgets {
class HistoryChartView;
class QueryTableModel;
class ReturnBarChartView;
class TableDelegate;
} // namespace zhisuan::widgets

namespace zhisuan::app {

// Puts a MarketView on the market charts and tables: the page, the weekly brief and `zhisuan export` draw the
// same charts through it (the brief and export on charts of their own, no page built).
class MarketCharts
{
    Q_DECLARE_TR_FUNCTIONS(zhisuan::app::MarketDashboard)
public:
    // The settings the page opens with (the tracked industry, benchmarks, watchlist and lockup days kept).
    static db::MarketAnalytics::Settings storedSettings();
    // The bar charts' shape on the page, which the brief's copies keep (the brief lays a chart out at its minimum
    // size when its figure is smaller).
    static void shape(widgets::ReturnBarChartView *returns, widgets::ReturnBarChartView *ranking, widgets::ReturnBarChartView *watchlist);
    // The page's three bar charts showing `view` (titles, bars, sources, sizes), on charts of the caller's.
    static void showCharts(const MarketView &view, widgets::ReturnBarChartView *returns, widgets::ReturnBarChartView *ranking,
                           widgets::ReturnBarChartView *watchlist);
    // The industry's history and its PE with percentile bands, up to the week shown (marked). Visibility is the
    // caller's (a chart without three points is hidden: showsLevel, showsPe).
    static void showHistory(const MarketView &view, widgets::HistoryChartView *level, widgets::HistoryChartView *pe);
    // The columns and cell formats of the page's tables: the movers (gainers, losers), key stocks (its EPS and PE
    // years from the rows) and lockups. The brief prints the same cells through them.
    enum class Table { Movers, KeyStocks, Lockups };
    static void setColumns(Table table, widgets::QueryTableModel *model, widgets::TableDelegate *delegate);
};

} // namespace zhisuan::app
