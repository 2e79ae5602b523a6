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
    QString trackedName;  // the name of the industry the settings track (the page's picker), when it is not `industry`
    QString industrySource; // where its return this week came from, as imported (with the report's remark, if any)
    QueryTable level, pe; // its history and PE series
    QList<double> pePercentiles;
    // Where the drawn rows came from (SourceCatalog), for the source lines under the charts.
    QStringList returnsSources, rankingSources, watchlistSources, historySources, moversSources, keyStocksSources, lockupsSources;

    // The industry's history (level, pe, pePercentiles, historySources) is for the page's history charts: the brief
    // does not draw them and skips reading ten years of the index.
    enum class History { Read, Skip };

    // `cancelled` is asked between steps: a newer request makes an older one stop early (the result is then
    // incomplete and must be dropped).
    static Result<MarketWeek> load(Store &store, const TradingWeek &week, const MarketAnalytics::Settings &settings,
                                   const std::function<bool()> &cancelled = {}, History history = History::Read);
};

} // namespace zhisuan::db
