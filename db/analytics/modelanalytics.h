#pragma once

#include "querytable.h"
#include "result.h"

#include <QDate>
#include <QList>
#include <QPointF>
#include <QStringList>

#include <functional>

namespace zhisuan::db {

class Store;

// Models and apps as queries: releases and events for the timeline, benchmark scores, price against capability
// with its Pareto frontier, weekly website visits with week-over-week change and all-time highs, monthly app
// downloads, and usage metrics.
class ModelAnalytics
{
public:
    explicit ModelAnalytics(Store &store) : m_store(store) {}

    static QStringList views(); // releases, benchmarks, price-performance, traffic, downloads
    Result<QueryTable> view(const QString &name);

    Result<QueryTable> releases(); // date, model, vendor, modality, region, params_total_b, …, kind = release
    Result<QueryTable> events();   // date, kind, title, organisation, region
    Result<QueryTable> benchmarks();
    // Models with both a score on `benchmark` and an output price; on_frontier marks the Pareto frontier:
    // no other model is at least as good for no more money.
    Result<QueryTable> pricePerformance(const QString &benchmark = QStringLiteral("AlignBench"));
    // Every model's latest API price (model, vendor, region, as_of, currency, input_per_mtok, output_per_mtok,
    // context_tokens), cheapest output first: the reports' price table.
    Result<QueryTable> apiPrices();
    Result<QueryTable> traffic();
    // What the weekly brief draws of the week that starts on `monday`, read by index (db/briefqueries.h): the
    // week's releases and events (as releases() and events() give them), the sites' visits of the week as traffic()
    // gives them (wow_pct, all_time_high) or, when no site has any, each site's latest (*latest set), and the
    // visit histories up to the week of the `count` sites the traffic chart draws (site, week_start, visits).
    Result<QueryTable> releasesOfWeek(const QDate &monday);
    Result<QueryTable> eventsOfWeek(const QDate &monday);
    Result<QueryTable> trafficOfWeek(const QDate &monday, bool *latest);
    Result<QueryTable> trafficHistories(const QDate &before, int count); // weeks starting before `before`
    // traffic(), a chunk at a time: each call returns the next `count` rows in (site, week) order, read by seeks on
    // the (site, week_start) key and with the same wow_pct and all_time_high, carried over from chunk to chunk.
    std::function<Result<QueryTable>(int count)> trafficChunks();
    Result<QueryTable> downloads();
    Result<QueryTable> metrics();

    // Indices of the points on the frontier of (price, score): lower price and higher score are better.
    static QList<int> paretoFrontier(const QList<QPointF> &priceScore);

private:
    Result<QueryTable> select(const QString &sql, const QStringList &columns, const QVariantList &binds = {});
    Store &m_store;
};

} // namespace zhisuan::db
