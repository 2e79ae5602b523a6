#pragma once

#include "historychartview.h"
#include "modelsview.h"
#include "querytable.h"

#include <QDate>
#include <QHash>
#include "dashboardpage.h"

#include <QWidget>

#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QTabWidget;
class QTextBrowser;
class QStandardItemModel;

namespace zhisuan::db {
class Store;
}
namespace zhisuan::widgets {
class BenchmarkBarChartView;
class PriceScatterView;
class QueryTableModel;
class TablePanel;
class TimelineView;
} // namespace zhisuan::widgets

namespace zhisuan::app {

// Models and apps: a release timeline with events, benchmark scores as a heat map (selected cells compared as
// grouped bars), price against capability with the Pareto frontier, weekly visits and downloads, usage metrics.
class ModelsDashboard : public DashboardPage
{
    Q_OBJECT
public:
    ModelsDashboard(db::Store *store, QWidget *parent = nullptr);
    widgets::TimelineView *timeline() const { return m_timeline; }
    QString detailText() const;
    QStringList frontierLabels() const { return m_frontierLabels; }
    bool isEmpty() const { return m_releases.rows.isEmpty(); }
    void showTab(int index);
    static constexpr int kTrafficChunk = 1000; // traffic rows read per fetch

public slots:
    void reload() override;
    void showItem(qint64 id);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void fillTimeline();
    void fillBenchmarks();
    void fillPriceChart();
    void fillUsage();
    void fillTrafficChart(const db::QueryTable &histories);
    void compareSelection();

    db::Store *m_store;
    db::QueryTable m_releases, m_events, m_scores;
    ModelsView::BenchmarkMatrix m_benchmarks; // what the benchmark table shows (m_scores by model and benchmark)
    QStringList m_frontierLabels;
    QLabel *m_heading;
    QLabel *m_story;
    QTabWidget *m_tabs;
    QComboBox *m_groupBy;
    QCheckBox *m_showEvents;
    widgets::TimelineView *m_timeline;
    QTextBrowser *m_detail;
    std::optional<qint64> m_shownItem; // the release or event in the detail panel; none: the panel shows the hint
    QStandardItemModel *m_matrix;
    widgets::TablePanel *m_matrixPanel;
    widgets::BenchmarkBarChartView *m_compare;
    QComboBox *m_benchmark;
    widgets::PriceScatterView *m_price;
    widgets::QueryTableModel *m_prices;
    widgets::TablePanel *m_pricesPanel;
    widgets::QueryTableModel *m_traffic;
    widgets::QueryTableModel *m_downloads;
    widgets::TablePanel *m_trafficPanel;
    widgets::HistoryChartView *m_trafficChart = nullptr;
    QLabel *m_trafficNote = nullptr;
    widgets::TablePanel *m_downloadsPanel;
    QWidget *m_cards;
};

} // namespace zhisuan::app
