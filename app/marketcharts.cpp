#include "marketcharts.h"

#include "chartcatalog.h"
#include "historychartview.h"
#include "querytablemodel.h"
#include "returnbarchartview.h"
#include "settings.h"
#include "tabledelegate.h"

#include <algorithm>

namespace zhisuan::app {

using Format = widgets::TableDelegate::Format;

namespace {

QList<widgets::ReturnBarChartView::Bar> bars(const QList<MarketView::Bar> &rows)
{
    QList<widgets::ReturnBarChartView::Bar> out;
    out.reserve(rows.size());
    for (const auto &r : rows)
        out.append({r.label, r.value, r.highlighted, r.decimals});
    return out;
}

} // namespace

db::MarketAnalytics::Settings MarketCharts::storedSettings()
{
    db::MarketAnalytics::Settings s;
    s.industry = settings::trackedIndustry.get();
    s.benchmarks = settings::benchmarks.get();
    s.lockupDays = std::clamp(settings::lockupDays.get(), 1, 3650); // the page's box holds 1 to 3650
    QStringList errors;
    const auto watch = MarketView::parseWatchlist(settings::watchlist.get().join(QLatin1Char('\n')), &errors);
    if (!watch.isEmpty())
        s.watchlist = watch;
    return s;
}

void MarketCharts::shape(widgets::ReturnBarChartView *returns, widgets::ReturnBarChartView *ranking, widgets::ReturnBarChartView *watchlist)
{
    ranking->setHorizontal(true);
    returns->setMinimumHeight(300);
    ranking->setMinimumHeight(300);
    watchlist->setMinimumHeight(280);
}

void MarketCharts::showCharts(const MarketView &view, widgets::ReturnBarChartView *returns, widgets::ReturnBarChartView *ranking,
                              widgets::ReturnBarChartView *watchlist)
{
    shape(returns, ranking, watchlist);
    ChartCatalog::setSource(returns, view.returnsSources);
    ChartCatalog::setSource(ranking, view.rankingSources);
    ChartCatalog::setSource(watchlist, view.watchlistSources);
    returns->setTitle(tr("Index and industry returns (%)"));
    returns->setHighlightLabel(view.highlight);
    returns->setBars(bars(view.returns));
    ranking->setTitle(tr("Industry ranking (%)"));
    ranking->setHighlightLabel(view.highlight);
    ranking->setBars(bars(view.ranking));
    // A bar's height for each industry (all 31 申万 industries: every name and value readable, not overprinted).
    ranking->setMinimumHeight(std::max(300, 90 + 22 * int(view.ranking.size())));
    watchlist->setTitle(view.watchlistTitle);
    watchlist->setBars(bars(view.watchlist));
}

void MarketCharts::showHistory(const MarketView &view, widgets::HistoryChartView *level, widgets::HistoryChartView *pe)
{
    ChartCatalog::setSource(level, view.historySources);
    ChartCatalog::setSource(pe, view.historySources);
    for (auto *chart : {level, pe})
        chart->setMarkedPeriod(view.markedFrom, view.markedTo);
    level->setGapDays(view.levelGapDays);
    level->setRestarts(view.levelRestarts);
    level->setTitle(view.levelTitle);
    level->setSeries(view.seriesName, view.levelPoints);
    QList<widgets::HistoryChartView::Band> bands;
    for (const auto &b : view.peBands)
        bands.append({b.label, b.value});
    pe->setTitle(view.peTitle);
    pe->setSeries(view.peName, view.pePoints, bands);
}

void MarketCharts::setColumns(Table table, widgets::QueryTableModel *model, widgets::TableDelegate *delegate)
{
    switch (table) {
    case Table::Movers:
        model->setColumns({{QStringLiteral("rank"), tr("#")}, {QStringLiteral("code"), tr("Code")}, {QStringLiteral("name"), tr("Name")},
                           {QStringLiteral("return_pct"), tr("Return (%)")}, {QStringLiteral("close"), tr("Close")},
                           {QStringLiteral("week_low"), tr("Week low")}, {QStringLiteral("week_high"), tr("Week high")}});
        delegate->setColumnFormat(3, Format::Change);
        for (int c : {4, 5, 6})
            delegate->setColumnFormat(c, Format::Decimal2);
        return;
    case Table::KeyStocks: {
        QList<widgets::QueryTableModel::Column> columns{{QStringLiteral("code"), tr("Code")},
                                                        {QStringLiteral("name"), tr("Name")},
                                                        {QStringLiteral("price"), tr("Price")},
                                                        {QStringLiteral("return_pct"), tr("Weekly return (%)")}};
        for (const QString &c : model->table().columns)
            if (c.startsWith(QLatin1String("eps_")))
                columns.append({c, tr("EPS %1").arg(c.mid(4))});
        for (const QString &c : model->table().columns)
            if (c.startsWith(QLatin1String("pe_")))
                columns.append({c, tr("PE %1").arg(c.mid(3))});
        columns.append({QStringLiteral("pb"), tr("PB")});
        model->setColumns(columns);
        delegate->setColumnFormat(3, Format::Change);
        for (int c = 2; c < columns.size(); ++c)
            if (c != 3)
                delegate->setColumnFormat(c, columns[c].name.startsWith(QLatin1String("pe_")) ? Format::Multiple : Format::Decimal2);
        // A year's PE is NM when that year's EPS is a loss, whether the source printed a negative PE or none.
        for (int c = 0; c < columns.size(); ++c)
            for (int e = 0; e < columns.size(); ++e)
                if (columns[c].name.startsWith(QLatin1String("pe_")) && columns[e].name == QLatin1String("eps_") + columns[c].name.mid(3))
                    delegate->setEarningsColumn(c, e);
        return;
    }
    case Table::Lockups:
        model->setColumns({{QStringLiteral("expiry_date"), tr("Expiry")},
                           {QStringLiteral("days_until"), tr("Days after week end")}, // counted from the week's last day, not today
                           {QStringLiteral("code"), tr("Code")},
                           {QStringLiteral("name"), tr("Name")},
                           {QStringLiteral("shares"), tr("Shares (10k)"), 1e-4},
                           {QStringLiteral("market_value_cny"), tr("Market value (CNY 10k)"), 1e-4},
                           {QStringLiteral("total_shares"), tr("Total shares (10k)"), 1e-4},
                           {QStringLiteral("float_a_shares"), tr("Float A shares (10k)"), 1e-4}});
        delegate->setColumnFormat(1, Format::Integer);
        for (int c : {4, 5, 6, 7})
            delegate->setColumnFormat(c, Format::Decimal2);
        return;
    }
}

} // namespace zhisuan::app
