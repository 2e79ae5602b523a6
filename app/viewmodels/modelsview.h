#pragma once

#include "querytable.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QLocale>
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
        QStringList asOf;           // each point's price and score dates (as_of), for an export's title
        QString xLabel, yLabel, domesticLabel, overseasLabel, frontierLegend;
    };
    // The price chart: `pricePerformance` is ModelAnalytics::pricePerformance(benchmark)'s rows.
    static Prices prices(const db::QueryTable &pricePerformance, const QString &benchmark);
    // The page's summary of the frontier ("On AlignBench, the best score for the price: …").
    static QString priceStory(const Prices &prices);
    struct Score // one model's score on one benchmark, as the benchmark table shows it
    {
        double value = 0;
        QString source;
        QString confidence; // reported, inferred, derived
        QString note;       // why, when it is not simply reported
        QString asOf = {};  // when the score was stated
    };
    // The benchmark table: models × benchmarks in the order the rows first name them, each pair's score from the first
    // source that gives it ("-" in the reports stays empty). `scores` is ModelAnalytics::benchmarks()'s rows.
    struct BenchmarkMatrix
    {
        QStringList models;
        QStringList benchmarks;
        QStringList sources; // each shown score's source, in the rows' order (a pair two sources give: the first)
        QHash<QString, Score> scores; // by key(model, benchmark)
        static QString key(const QString &model, const QString &benchmark) { return model + QLatin1Char('\x1f') + benchmark; }
        const Score *score(const QString &model, const QString &benchmark) const;
        // The lowest and highest score of a benchmark (its heat scale); {0, 0} when it has none.
        std::pair<double, double> range(const QString &benchmark) const;
    };
    static BenchmarkMatrix benchmarkMatrix(const db::QueryTable &scores);

    // A model's scores as its detail lists them (`scores`: ModelAnalytics::benchmarks()'s rows), each benchmark once,
    // as an analyst cites: "MMLU 86.8, MATH 61 [1] / 60.1 [2]" with the notes "[1] Orient Securities Computer Weekly
    // 2024-05-12", "[2] Soochow Securities … 2024-03-26 (Anthropic)". Sources that agree give one value, not numbered;
    // sources that differ give each value with the number of its source (shortened, in the interface language).
    struct BenchmarkLine
    {
        QString scores;
        QStringList notes; // "[1] source", one per source numbered in `scores`
    };
    static BenchmarkLine benchmarkLine(const db::QueryTable &scores, const QString &model);

    // A release's or an event's description in the interface language (issue 29): {label, text} rows for its detail.
    // A Chinese page: the title and the description as written, on one line. Another: the English title and
    // description where the store has them (title_en, description_en); a description with no English is shown as
    // written on a line of its own that says it is Chinese, never run on into an English sentence.
    static QList<std::pair<QString, QString>> described(const QString &title, const QString &titleEn, const QString &description,
                                                        const QString &descriptionEn, const QLocale &locale = QLocale());

    struct ComparedModel // one model's bars in the comparison
    {
        QString name;
        QList<double> values; // one per compared benchmark, ×10 where the benchmark is scored out of 10
        QStringList tooltips; // the score as reported, or that there is none
    };
    struct Comparison
    {
        QString title;
        QStringList benchmarks; // "MT-Bench (×10)" for one drawn ×10
        QList<ComparedModel> models;
        QString valueTitle;
        QStringList sources; // of the compared scores; of every score when nothing is compared
        QStringList asOf;    // the same scores' as_of dates, for an export's title
    };
    // The chosen models on the chosen benchmarks, as grouped bars (in the matrix's order). Benchmarks scored out of 10
    // (MT-Bench, AlignBench) beside ones out of 100 would be invisible slivers on a shared axis: they are drawn ×10 on
    // one 0–100 scale, and say so. Nothing chosen: no bars, a title that says how to choose, every score's source.
    static Comparison compare(const BenchmarkMatrix &matrix, const QStringList &models, const QStringList &benchmarks);

    // The API price table (ModelAnalytics::apiPrices()'s rows) with each vendor in the interface language (深度求索 →
    // DeepSeek on an English page), as the chips page names vendors.
    static db::QueryTable apiPrices(db::QueryTable prices);

    // The benchmark the price chart shows when none is chosen.
    static QString defaultPriceBenchmark() { return QStringLiteral("AlignBench"); }
};

} // namespace zhisuan::app
