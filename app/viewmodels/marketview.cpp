#include "marketview.h"

#include <QRegularExpression>

#include "value.h"
#include "vocabulary.h"

#include <QLocale>

#include <algorithm>
#include <cmath>

namespace zhisuan::app {

namespace {

QString pct(double v)
{
    return QLocale().toString(std::abs(v), 'f', 2);
}

// A published return as precise as it was published: 3.2 stays 3.2 (report 002: "下跌 3.2%"), not 3.20; 1.68 stays
// 1.68. The store keeps the number, not its digits, so at most two decimals and at least one.
int publishedDecimals(double v)
{
    const double a = std::abs(v);
    int decimals = 1;
    while (decimals < 2 && std::abs(std::round(a * std::pow(10.0, decimals)) - a * std::pow(10.0, decimals)) > 1e-6)
        ++decimals;
    return decimals;
}

QString published(double v)
{
    return QLocale().toString(std::abs(v), 'f', publishedDecimals(v));
}

// A report that speaks of "the sector" without naming an index (002: "计算机板块上周下跌 3.2%"): the dataset records
// the remark with the return's source ("未注明指数"), and what is shown does not pretend to an index.
bool namesNoIndex(const db::MarketWeek &loaded)
{
    return loaded.industrySource.contains(QStringLiteral("未注明指数"));
}

// The sector an industry index's name stands for, without the index family: 计算机(申万) → 计算机, Computers (SW) →
// Computers.
QString sectorOf(const QString &indexName)
{
    static const QRegularExpression family(QStringLiteral("\\s*[(（][^)）]*[)）]\\s*$"));
    return QString(indexName).remove(family);
}

// A market table's names as the page shows them: the stock's English name (name_en) on an English page when the store
// has one, an index's by the vocabulary, else as stored (issue 29). The code beside it stays.
db::QueryTable localNames(db::QueryTable t)
{
    const int name = t.column(QStringLiteral("name")), english = t.column(QStringLiteral("name_en"));
    if (name < 0)
        return t;
    for (QVariantList &row : t.rows)
        row[name] = Vocabulary::name(row.value(name).toString(), row.value(english).toString());
    return t;
}

} // namespace

MarketView MarketView::compute(const db::MarketWeek &loaded, const db::MarketAnalytics::Settings &settings)
{
    MarketView v;
    v.week = loaded.week;
    v.computeBars(loaded);
    v.returnsSources = loaded.returnsSources;
    v.rankingSources = loaded.rankingSources;
    v.watchlistSources = loaded.watchlistSources;
    const db::QueryTable movers = localNames(loaded.movers);
    v.gainers = v.losers = db::QueryTable{movers.columns, {}};
    for (const QVariantList &row : movers.rows)
        (row.value(movers.column(QStringLiteral("side"))).toString() == QLatin1String("gainer") ? v.gainers : v.losers).rows.append(row);
    v.keyStocks = localNames(loaded.keyStocks);
    v.lockups = localNames(loaded.lockups);
    v.summary = summaryFor(loaded, settings);
    v.computeHistory(loaded);
    return v;
}

void MarketView::computeBars(const db::MarketWeek &loaded)
{
    const db::QueryTable &indices = loaded.indices, &rankingRows = loaded.ranking, &watch = loaded.watchlist;
    highlight = tr("Tracked industry: %1")
                    .arg(namesNoIndex(loaded) ? tr("%1 sector").arg(sectorOf(Vocabulary::name(loaded.industryName)))
                                              : Vocabulary::name(loaded.industryName));
    for (int r = rankingRows.rows.size() - 1; r >= 0; --r) // horizontal bars draw bottom-up: best at the top
        if (!rankingRows.value(r, QStringLiteral("return_pct")).isNull()) // a reported rank without a return is not a bar
            ranking.append({Vocabulary::name(rankingRows.value(r, QStringLiteral("name")).toString(), rankingRows.value(r, QStringLiteral("name_en")).toString()),
                            rankingRows.value(r, QStringLiteral("return_pct")).toDouble(), rankingRows.value(r, QStringLiteral("tracked")).toBool()});
    // The indices and the tracked industry, as the reports' returns figure has them. The other industries are the
    // ranking's bars (a week of all 31 申万 industries made 35 thin bars with elided names here); without a ranking
    // they stay.
    for (int r = 0; r < indices.rows.size(); ++r) {
        const bool tracked = indices.value(r, QStringLiteral("tracked")).toBool();
        if (!tracked && !ranking.isEmpty() && indices.value(r, QStringLiteral("kind")).toString() == QLatin1String("industry"))
            continue;
        QString label = Vocabulary::name(indices.value(r, QStringLiteral("name")).toString(), indices.value(r, QStringLiteral("name_en")).toString());
        // A report that names no index ("计算机板块上周下跌 3.2%") gets the sector, not the index the return was stored
        // under: "Computers (SW) (no index named)" named an index and said none was named in one label.
        if (tracked && namesNoIndex(loaded))
            label = tr("%1 sector (no index named)").arg(sectorOf(label));
        const double v = indices.value(r, QStringLiteral("return_pct")).toDouble();
        returns.append({label, v, tracked, publishedDecimals(v)});
    }
    for (int r = 0; r < watch.rows.size(); ++r)
        watchlist.append({Vocabulary::name(watch.value(r, QStringLiteral("name")).toString(), watch.value(r, QStringLiteral("name_en")).toString()),
                          watch.value(r, QStringLiteral("return_pct")).toDouble(), false});
    QStringList segments; // in the interface language where the vocabulary knows them (国产算力链 → Domestic compute chain)
    for (int r = 0; r < watch.rows.size(); ++r)
        if (const QString segment = Vocabulary::name(watch.value(r, QStringLiteral("segment")).toString()); !segments.contains(segment))
            segments << segment;
    watchlistTitle = tr("Watchlist (%): %1").arg(segments.join(QStringLiteral(" · ")));
}

void MarketView::computeHistory(const db::MarketWeek &loaded)
{
    // History of the tracked industry (whichever index carries it this week) and its PE with percentile bands.
    const QString &industry = loaded.industry, industryName = Vocabulary::name(loaded.industryName);
    const db::QueryTable &level = loaded.level, &pe = loaded.pe;
    for (int r = 0; r < level.rows.size(); ++r) {
        const QDate day = QDate::fromString(level.value(r, QStringLiteral("date")).toString(), Qt::ISODate);
        levelPoints.append({day, level.value(r, QStringLiteral("level")).toDouble()});
        if (r > 0 && level.value(r, QStringLiteral("stretch")).toInt() != level.value(r - 1, QStringLiteral("stretch")).toInt())
            levelRestarts.append(day);
    }
    for (int r = 0; r < pe.rows.size(); ++r)
        pePoints.append({QDate::fromString(pe.value(r, QStringLiteral("date")).toString(), Qt::ISODate), pe.value(r, QStringLiteral("pe")).toDouble()});
    const bool chained = !level.rows.isEmpty() && level.value(0, QStringLiteral("source")).toString() == QLatin1String("weekly");
    // Up to the week the page shows, which is marked: the history beside an older week ends with that week. Weekly
    // returns chained across weeks without data are not joined (a gap, each week a marker), so a missing stretch
    // never reads as a steady move.
    markedFrom = loaded.week.start;
    markedTo = loaded.week.end.isValid() ? loaded.week.end : loaded.week.start.addDays(6);
    auto upToShown = [this](Points &points) {
        points.erase(std::remove_if(points.begin(), points.end(), [this](const auto &p) { return p.first > markedTo; }), points.end());
    };
    upToShown(levelPoints);
    upToShown(pePoints);
    levelRestarts.erase(std::remove_if(levelRestarts.begin(), levelRestarts.end(), [this](const QDate &d) { return d > markedTo; }),
                        levelRestarts.end());
    levelGapDays = chained ? 10 : 0;
    levelTitle = !chained                 ? tr("%1: index level").arg(industryName)
                 : levelRestarts.isEmpty() ? tr("%1: weekly returns chained (start = 100)").arg(industryName)
                                           // The line breaks where weeks are missing and starts again from 100.
                                           : tr("%1: weekly returns chained (start = 100; restarts at 100 after weeks without data)").arg(industryName);
    seriesName = industryName;
    const QStringList bandNames{tr("10th percentile"), tr("median"), tr("90th percentile")};
    for (int i = 0; i < loaded.pePercentiles.size(); ++i)
        peBands.append({QStringLiteral("%1 %2").arg(bandNames.value(i), QLocale().toString(loaded.pePercentiles[i], 'f', 1)), loaded.pePercentiles[i]});
    peTitle = tr("%1: PE history").arg(industryName);
    peName = tr("PE");
    historyNote = Vocabulary::tidy(tr("History of %1: import its daily quotes (or more weekly returns) for the index line, and a "
                                      "PE(TTM) metric series (subject %2) for PE with percentile bands.")
                                       .arg(industryName, industry)); // "计算机(中信)的历史走势", no stray space
    historySources = loaded.historySources;
}

namespace {

// The week's Monday to Sunday: a snapshot of the Saturday report (数据截至 the Friday) is the week's.
bool inWeek(const QDate &date, const db::TradingWeek &week)
{
    return date >= week.start && date <= week.start.addDays(6);
}

QDate firstDate(const db::QueryTable &t, const QString &column)
{
    for (int r = 0; r < t.rows.size(); ++r)
        if (const QDate d = QDate::fromString(t.value(r, column).toString(), Qt::ISODate); d.isValid())
            return d;
    return {};
}

} // namespace

QString MarketView::keyStocksTitle(const db::QueryTable &keyStocks, const db::TradingWeek &week)
{
    const QDate asOf = firstDate(keyStocks, QStringLiteral("as_of"));
    // EPS of a fiscal year that had not closed when the prices were taken is a forecast; 2021–23 EPS in August 2024
    // are not.
    bool forecast = false;
    for (const QString &c : keyStocks.columns)
        if (c.startsWith(QLatin1String("eps_")))
            forecast = forecast || (asOf.isValid() && c.mid(4).toInt() >= asOf.year());
    const QString title = forecast ? tr("Key stocks: earnings forecasts and valuation") : tr("Key stocks: EPS and valuation");
    if (!asOf.isValid() || inWeek(asOf, week))
        return title;
    return tr("%1 (as of %2, not this week)").arg(title, asOf.toString(Qt::ISODate)); // prices and their week's returns
}

QString MarketView::lockupsValuedAsOf(const db::QueryTable &lockups, const db::TradingWeek &week)
{
    const QDate asOf = firstDate(lockups, QStringLiteral("as_of"));
    if (!asOf.isValid() || inWeek(asOf, week))
        return {};
    // A list taken after the week (the 8/16 list seen from the week of 7/22) lists what was still to come on its own
    // day: the expiries between the week and that day are missing, as the brief says when it leaves such a list out.
    if (week.end.isValid() && asOf > week.end)
        return tr(" (list as of %1, after this week: expiries from %2 to %1 are not in it)")
            .arg(asOf.toString(Qt::ISODate), week.end.addDays(1).toString(Qt::ISODate));
    return tr(" (market values as of %1)").arg(asOf.toString(Qt::ISODate));
}

QList<db::WatchItem> MarketView::parseWatchlist(const QString &text, QStringList *errors)
{
    QList<db::WatchItem> items;
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (int i = 0; i < lines.size(); ++i) {
        const QString line = lines[i].trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        const QString code = line.section(QLatin1Char(' '), 0, 0, QString::SectionSkipEmpty);
        const QString segment = line.section(QLatin1Char(' '), 1, -1, QString::SectionSkipEmpty);
        db::Value v;
        const QByteArray raw = code.toUtf8();
        const QString error = db::ValueParser::parse(db::FieldType::Code, raw, v);
        if (!error.isEmpty()) {
            if (errors)
                *errors << tr("line %1: %2").arg(i + 1).arg(error);
            continue;
        }
        items.append({db::valueToString(v), segment.isEmpty() ? tr("Other") : segment});
    }
    return items;
}

QString MarketView::formatWatchlist(const QList<db::WatchItem> &items)
{
    QStringList lines;
    for (const auto &w : items)
        lines << w.code + QLatin1Char(' ') + w.segment;
    return lines.join(QLatin1Char('\n'));
}

QString MarketView::summaryFor(const db::MarketWeek &loaded, const db::MarketAnalytics::Settings &settings)
{
    const db::QueryTable &indices = loaded.indices, &excess = loaded.excess, &ranking = loaded.ranking;
    QStringList parts;
    auto move = [](const QString &name, double v) {
        return v >= 0 ? tr("%1 rose %2%").arg(name, published(v)) : tr("%1 fell %2%").arg(name, published(v));
    };
    QString industryPart;
    for (int r = 0; r < indices.rows.size(); ++r) {
        const QString name = Vocabulary::name(indices.value(r, QStringLiteral("name")).toString(), indices.value(r, QStringLiteral("name_en")).toString());
        const double v = indices.value(r, QStringLiteral("return_pct")).toDouble();
        if (indices.value(r, QStringLiteral("tracked")).toBool()) {
            // The sector, as the report says it, when it names no index: not "Computers (SW) fell 3.2%".
            industryPart = namesNoIndex(loaded) ? move(tr("%1 sector").arg(sectorOf(name)), v)
                                                      + tr(" (as reported for the sector; the report names no index)")
                                                : move(name, v);
        }
        else if (settings.benchmarks.contains(indices.value(r, QStringLiteral("code")).toString()))
            parts << move(name, v);
    }
    if (!industryPart.isEmpty()) {
        parts << industryPart;
        for (int r = 0; r < excess.rows.size(); ++r) {
            const QString name = Vocabulary::name(excess.value(r, QStringLiteral("benchmark_name")).toString(),
                                                  excess.value(r, QStringLiteral("benchmark_name_en")).toString());
            const double computed = excess.value(r, QStringLiteral("excess_pcts")).toDouble();
            const QVariant reported = excess.value(r, QStringLiteral("reported_excess_pcts"));
            // The report's figure leads when there is one; ours is said beside it when it differs.
            const double v = reported.isNull() ? computed : reported.toDouble();
            QString part = v >= 0 ? tr("outperforming %1 by %2 pcts").arg(name, pct(v)) : tr("underperforming %1 by %2 pcts").arg(name, pct(v));
            if (!reported.isNull() && pct(reported.toDouble()) != pct(computed))
                part += tr(" (as reported; %1 computed from the returns)").arg(pct(computed));
            parts << part;
        }
        // A rank the report gives, else ours when the store has other industries of the classification to rank among.
        int computedIndustries = 0;
        for (int r = 0; r < ranking.rows.size(); ++r)
            if (!ranking.value(r, QStringLiteral("rank")).isNull())
                ++computedIndustries;
        for (int r = 0; r < ranking.rows.size(); ++r) {
            if (!ranking.value(r, QStringLiteral("tracked")).toBool())
                continue;
            const QVariant rank = ranking.value(r, QStringLiteral("rank")), reported = ranking.value(r, QStringLiteral("reported_rank"));
            const int of = ranking.value(r, QStringLiteral("of")).toInt(), reportedOf = ranking.value(r, QStringLiteral("reported_of")).toInt();
            if (!reported.isNull()) {
                QString part = reportedOf > 0 ? tr("ranking %1 of %2 industries").arg(reported.toInt()).arg(reportedOf)
                                              : tr("ranking %1 among the industries").arg(reported.toInt());
                if (!rank.isNull() && of == reportedOf && rank.toInt() != reported.toInt())
                    part += tr(" (as reported; %1 computed)").arg(rank.toInt());
                else if (of != reportedOf)
                    part += tr(" (as reported)");
                parts << part;
            } else if (!rank.isNull() && computedIndustries > 1) {
                parts << tr("ranking %1 of %2 industries").arg(rank.toInt()).arg(of);
            }
        }
    }
    if (parts.isEmpty())
        return tr("Week %1: no index or industry returns for this week; see the watchlist and tables below.").arg(loaded.week.label());
    QString text = tr("In the week %1, %2.").arg(loaded.week.label(), parts.join(tr(", ")));
    // The box names one index, the week's returns may be published for another index of the same industry
    // (申万 vs 中信): say which one the sentence, the charts and the excess returns use.
    const QString &chosen = settings.industry;
    if (!loaded.industry.isEmpty() && !chosen.isEmpty() && loaded.industry != chosen && !industryPart.isEmpty())
        // Joined as the language joins sentences, the names set into Chinese without spaces (issue 29).
        text = Vocabulary::sentences({text, tr("%1 has no returns this week; its industry is followed through %2.")
                                                .arg(Vocabulary::name(loaded.trackedName), Vocabulary::name(loaded.industryName))});
    return Vocabulary::tidy(text);
}

} // namespace zhisuan::app
