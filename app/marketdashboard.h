#pragma once

#include "marketanalytics.h"
#include "marketweek.h"

#include <QFutureWatcher>

#include "dashboardpage.h"

#include <QWidget>

#include <memory>

class QComboBox;
class QLabel;
class QPushButton;
class QSpinBox;

class QBoxLayout;
class QScrollArea;

namespace zhisuan::db {
class Store;
}
namespace zhisuan::widgets {
class HistoryChartView;
class QueryTableModel;
class ReturnBarChartView;
class TablePanel;
} // namespace zhisuan::widgets

namespace zhisuan::app {

// The weekly market review of the reports: a week picker, index and industry returns with the tracked
// industry's excess return in pcts and its rank, top movers, the compute-chain watchlist, key stocks and
// upcoming lockups.
class MarketDashboard : public DashboardPage
{
    Q_OBJECT
public:
    // `week`: any day of the week to open on (else the latest week with index returns), so that a page built for
    // one week (the brief) reads that week only.
    // `history` Skip: the industry's history charts stay empty (chart export of the week's bar charts: ten years of an
    // index read for nothing).
    MarketDashboard(db::Store *store, QWidget *parent = nullptr, const QDate &week = {},
                    db::MarketWeek::History history = db::MarketWeek::History::Read);
    ~MarketDashboard() override;

    // In the window a week loads on a worker thread with its own connection (the UI never waits for the store;
    // a newer week cancels an older one); on its own (brief, chart export, tests) the page loads synchronously.
    void setLoadsInBackground(bool on) { m_background = on; }
    bool isLoading() const;
    // Waits (the event loop running, so the window repaints) until the week being loaded is shown: what exports
    // and copies the charts calls first, so that they draw the week the week box shows, never the one before it.
    void finishLoading();

    db::TradingWeek week() const;
    void setWeek(const QDate &anyDay);
    QString summary() const; // the sentence the reports open with
    db::MarketAnalytics::Settings settings() const; // tracked industry, benchmarks, watchlist, lockup days
    bool isEmpty() const { return m_weeks.isEmpty(); }


public slots:
    void reload() override;
    void previousWeek();
    void nextWeek();
    void editWatchlist();
    void chooseBenchmarks();

protected:
    void changeEvent(QEvent *event) override;
    // The wheel over an inner table scrolls the page, unless the user clicked into the table first.
    bool eventFilter(QObject *watched, QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    // The constructor's steps.
    void nameAndStyleWidgets();
    void buildBar();     // the week and the tracked industry, one row or two (resizeEvent): m_bar
    void buildContent(); // charts and tables in the scroll area: m_scroll
    void connectControls();
    QScrollArea *m_scroll = nullptr;
    QBoxLayout *m_movers = nullptr;
    QBoxLayout *m_bar = nullptr; // the week and the tracked industry: one row or two
    void retranslateUi();
    void showWeek();
    void updateEmptyText();
    void apply(const db::MarketWeek &loaded);

    db::Store *m_store;
    bool m_background = false;
    db::MarketWeek::History m_history = db::MarketWeek::History::Read;
    QFutureWatcher<db::MarketWeek> *m_watcher = nullptr;
    bool m_pending = false; // a week is loading and not yet shown
    QDate m_wantedWeek;     // Monday of the week the next load opens on, when chosen before it
    std::shared_ptr<QString> m_loadError; // set by the newest background load when it fails
    db::MarketWeek m_shown; // the week on screen, for the summary after a language change
    QLabel *m_busy = nullptr; // shown while a week loads
    QList<db::TradingWeek> m_weeks;
    QString m_weeksError; // why the weeks could not be read (a damaged store): the empty page says so
    
    QLabel *m_heading;
    QLabel *m_weekLabel;
    QComboBox *m_week;
    QPushButton *m_previous;
    QPushButton *m_next;
    QLabel *m_industryLabel;
    QComboBox *m_industry;
    QLabel *m_summary;
    QLabel *m_empty;
    QWidget *m_content;
    widgets::ReturnBarChartView *m_returnsChart;
    widgets::ReturnBarChartView *m_rankingChart;
    widgets::ReturnBarChartView *m_watchlistChart;
    widgets::HistoryChartView *m_levelChart;
    widgets::HistoryChartView *m_peChart;
    QLabel *m_historyNote;
    widgets::QueryTableModel *m_gainers;
    widgets::QueryTableModel *m_losers;
    widgets::QueryTableModel *m_keyStocks;
    widgets::QueryTableModel *m_lockups;
    widgets::TablePanel *m_gainersPanel;
    widgets::TablePanel *m_losersPanel;
    widgets::TablePanel *m_keyStocksPanel;
    widgets::TablePanel *m_lockupsPanel;
    QPushButton *m_editWatchlist;
    QPushButton *m_chooseBenchmarks;
    QLabel *m_lockupDaysLabel;
    QSpinBox *m_lockupDays;
};

} // namespace zhisuan::app
