#pragma once

#include "marketanalytics.h"
#include "marketweek.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <utility>

namespace zhisuan::app {

// What the market page shows for a loaded week and its settings, as values: one computation for the page, the
// weekly brief and `zhisuan export`, which draw the same charts and print the same sentence without building the
// page. Headless (no widget): the page and the chart builders put it on widgets (MarketCharts).
class MarketView
{
    // The page's strings keep the page's translation context, so that moving them here loses no translation.
    Q_DECLARE_TR_FUNCTIONS(zhisuan::app::MarketDashboard)
public:
    struct Bar
    {
        QString label;
        double value = 0;
        bool highlighted = false; // the tracked industry
        int decimals = 2;         // a return as precisely as it was published (3.2, not 3.20)
    };
    struct Band // a PE percentile drawn across the PE history
    {
        QString label;
        double value = 0;
    };
    using Points = QList<std::pair<QDate, double>>;

    db::TradingWeek week;
    QString summary; // the sentence the reports open with
    QList<Bar> returns, ranking, watchlist;
    QString highlight;      // "Tracked industry: …", on the returns and ranking charts
    QString watchlistTitle; // "Watchlist (%): segments"
    QStringList returnsSources, rankingSources, watchlistSources;
    db::QueryTable gainers, losers, keyStocks, lockups;

    // The tracked industry's history up to the shown week (marked), and its PE with percentile bands.
    QString levelTitle, peTitle, seriesName, peName, historyNote;
    Points levelPoints, pePoints;
    QList<Band> peBands;
    int levelGapDays = 0; // weekly returns chained across weeks without data are not joined
    QList<QDate> levelRestarts; // where a chained level starts again from 100 (after weeks without data): a break
    QDate markedFrom, markedTo;
    QStringList historySources;

    // The page hides a chart with nothing to draw (a ranking of one industry is not a ranking).
    bool showsReturns() const { return !returns.isEmpty(); }
    bool showsRanking() const { return ranking.size() > 1; }
    bool showsWatchlist() const { return !watchlist.isEmpty(); }
    bool showsLevel() const { return levelPoints.size() >= 3; }
    bool showsPe() const { return pePoints.size() >= 3; }

    static MarketView compute(const db::MarketWeek &loaded, const db::MarketAnalytics::Settings &settings);
    static QString summaryFor(const db::MarketWeek &loaded, const db::MarketAnalytics::Settings &settings);
    // "CODE segment" lines to a watchlist; errors as "line N: expected …, found …".
    static QList<db::WatchItem> parseWatchlist(const QString &text, QStringList *errors);
    static QString formatWatchlist(const QList<db::WatchItem> &items);
    // Tables whose data is not the week's say so (issue 29): a valuation snapshot taken on another day gives the key
    // stocks' title its date, and past fiscal years' EPS are not called earnings forecasts.
    static QString keyStocksTitle(const db::QueryTable &keyStocks, const db::TradingWeek &week);
    // Lockups are valued at the prices of the day the list was taken: " (market values as of 2024-08-16)" when that
    // is not a day of the week; empty otherwise.
    static QString lockupsValuedAsOf(const db::QueryTable &lockups, const db::TradingWeek &week);

private:
    void computeBars(const db::MarketWeek &loaded);
    void computeHistory(const db::MarketWeek &loaded);
};

} // namespace zhisuan::app
