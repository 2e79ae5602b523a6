#include "marketweek.h"

#include "marketqueries.h"
#include "sourcecatalog.h"
#include "store.h"

#include <QCoreApplication>

namespace zhisuan::db {

Result<MarketWeek> MarketWeek::load(Store &store, const TradingWeek &week, const MarketAnalytics::Settings &settings,
                                    const std::function<bool()> &cancelled, History history)
{
    MarketAnalytics market(store);
    MarketWeek m;
    m.week = week;
    const auto stop = [&] { return cancelled && cancelled(); };
    const std::pair<QueryTable *, Result<QueryTable> (MarketAnalytics::*)(const TradingWeek &, const MarketAnalytics::Settings &)> views[] = {
        {&m.indices, &MarketAnalytics::indexReturns},   {&m.excess, &MarketAnalytics::excessReturns},
        {&m.ranking, &MarketAnalytics::industryRanking}, {&m.movers, &MarketAnalytics::topMovers},
        {&m.watchlist, &MarketAnalytics::watchlistMoves}, {&m.keyStocks, &MarketAnalytics::keyStocks},
        {&m.lockups, &MarketAnalytics::lockups}};
    for (const auto &[table, view] : views) {
        if (stop())
            return m;
        auto t = (market.*view)(week, settings);
        if (!t)
            return t.error();
        *table = std::move(t).value();
    }
    auto industry = market.industryFor(week, settings);
    if (!industry)
        return industry.error();
    m.industry = m.industryName = industry.value();
    if (stop())
        return m;
    if (history == History::Read) {
        auto level = market.history(m.industry);
        if (!level)
            return level.error();
        m.level = std::move(level).value();
        auto pe = market.peHistory(m.industry, &m.pePercentiles);
        if (!pe)
            return pe.error();
        m.pe = std::move(pe).value();
    }
    const QString cannotRead = QCoreApplication::translate("MarketAnalytics", "Cannot run a market query");
    const auto nameOf = [&store, &cannotRead](const QString &code, QString *name) -> Result<void> {
        auto rows = store.select(cannotRead, MarketQueries::securityName, {code});
        if (!rows)
            return rows.error();
        if (rows.value().next())
            *name = rows.value().value(0).toString();
        return {};
    };
    if (auto named = nameOf(m.industry, &m.industryName); !named)
        return named.error();
    if (m.industry != settings.industry)
        if (auto named = nameOf(settings.industry, &m.trackedName); !named)
            return named.error();
    {
        auto rows = store.select(cannotRead, MarketQueries::returnSource, {m.industry, week.start.toString(Qt::ISODate)});
        if (!rows)
            return rows.error();
        if (rows.value().next())
            m.industrySource = rows.value().value(0).toString();
    }
    const auto codes = [](const QueryTable &t) {
        QStringList out;
        for (int r = 0; r < t.rows.size(); ++r)
            out << t.value(r, QStringLiteral("code")).toString();
        return out;
    };
    for (const auto &[into, sources] : {std::pair{&m.returnsSources, SourceCatalog::forWeek(store, week, codes(m.indices))},
                                        std::pair{&m.rankingSources, SourceCatalog::forWeek(store, week, codes(m.ranking))},
                                        std::pair{&m.watchlistSources, SourceCatalog::forWeek(store, week, codes(m.watchlist))},
                                        std::pair{&m.moversSources, SourceCatalog::forWeek(store, week, codes(m.movers))},
                                        std::pair{&m.keyStocksSources, SourceCatalog::forTable(store, QStringLiteral("valuation"))},
                                        std::pair{&m.lockupsSources, SourceCatalog::forTable(store, QStringLiteral("lockup"))}}) {
        if (!sources)
            return sources.error();
        *into = sources.value();
    }
    if (history == History::Read) {
        auto sources = SourceCatalog::forCode(store, m.industry);
        if (!sources)
            return sources.error();
        m.historySources = sources.value();
    }
    return m;
}

} // namespace zhisuan::db
