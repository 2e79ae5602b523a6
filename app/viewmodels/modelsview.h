#pragma once

#include "querytable.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <utility>

namespace zhisuan::app {

// What the models page's charts draw, as values, for the page, the weekly brief and `zhisuan export`.
class ModelsView
{
    // The page's strings keep the page's translation context, so that moving them here loses no translation.
    Q_DECLARE_TR_FUNCTIONS(zhisuan::app::ModelsDashboard)
public:
    struct TimelineItem // a release (id: its row) or an event (id: 100000 + its row)
    {
        qint64 id = 0;
        QDate date;
        QString label;
        QString lane;     // domestic/overseas, or a vendor; events have none
        QString modality; // text, multimodal, image, video, vision … ("event" for events)
        bool event = false;
        bool update = false; // a release row that is not the model's release (fine-tuning, an upgrade …)
    };
    struct Timeline
    {
        QList<TimelineItem> items;
        QStringList lanes;
        QList<std::pair<QString, QString>> legend; // modality code, label
    };
    // The release timeline: releases in lanes by region (domestic first) or by vendor, and the events that are
    // not product launches (those are the releases themselves).
    static Timeline timeline(const db::QueryTable &releases, const db::QueryTable &events, bool byVendor);
    // What a release row's title says happened when it is not the model's release ("fine-tuning", "upgrade",
    // "open-sourced", "availability"), or empty for a release.
    static QString releaseKind(const QString &title);

    struct Line // a site's weekly visits (10k)
    {
        QString name;
        QList<std::pair<QDate, double>> points;
    };
    // The weekly-visits chart's lines (10k visits): sites with two or more weeks up to `last` (invalid: all), the
    // busiest in their latest week first, at most eight. The brief draws the same lines up to its week.
    static QList<Line> visitLines(const db::QueryTable &traffic, const QDate &last = {});
    // A usage or market figure that is a forecast or an analyst's estimate (its note says so, as the dataset writes
    // the reports' words: 预计, 测算, 预测, 假设) is marked with its year, as the reports mark estimates: "2027E".
    // Empty for a figure that was measured.
    static QString estimateMark(const QString &asOf, const QString &note);
    // The sites of trafficHistories' rows, in their order (the chart's lines), for their source line.
    static QStringList siteNames(const db::QueryTable &histories);

    struct PricePoint // a model's benchmark score against its API output price
    {
        QString model;
        double price = 0; // CNY per million output tokens
        double score = 0;
        bool domestic = false;
        QString tooltip;       // model, price and score; an inferred figure says why
        QString frontierLabel; // non-empty: on the Pareto frontier, labelled with its price and score
    };
    struct Prices
    {
        QString benchmark;
        QString title;
        QList<PricePoint> points;
        QStringList frontierLabels; // the frontier's labels, in the rows' order
        QStringList sources;        // each point's price and score sources, for the source line
        QString xLabel, yLabel, domesticLabel, overseasLabel, frontierLegend;
    };
    // The price chart: `pricePerformance` is ModelAnalytics::pricePerformance(benchmark)'s rows.
    static Prices prices(const db::QueryTable &pricePerformance, const QString &benchmark);
    // The page's summary of the frontier ("On AlignBench, the best score for the price: …").
    static QString priceStory(const Prices &prices);
    // The benchmark the price chart shows when none is chosen.
    static QString defaultPriceBenchmark() { return QStringLiteral("AlignBench"); }
};

} // namespace zhisuan::app
