#pragma once

#include "marketanalytics.h"

#include <functional>

namespace zhisuan::db {

// Everything the market page shows for one week, as values: read in one go (one read of the week's returns) so
// that the page can load it off the UI thread and draw it when it arrives.
struct MarketWeek
{
    TradingWeek week;
    QueryTable indices, excess, ranking, movers, watchlist, keyStocks, lockups;
    QString industry;     // the index carrying the tracked industry this week
    QString industryName; // its name, also in a week without its return
    QueryTable level, pe; // its history and PE series
    QList<double> pePercentiles;
    // Where the drawn rows came from (SourceCatalog), for the source lines under the charts.
    QStringList returnsSources, rankingSources, watchlistSources, historySources, moversSources, keyStocksSources, lockupsSources;

    // `cancelled` is asked between steps: a newer request makes an older one stop early (the result is then
    // incomplete and must be dropped).
    static Result<MarketWeek> load(Store &store, const TradingWeek &week, const MarketAnalytics::Settings &settings,
                                   const std::function<bool()> &cancelled = {});
};

} // namespace zhisuan::db
