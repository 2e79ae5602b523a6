#include "modelsview.h"

#include "vocabulary.h"

#include "localnames.h"
#include "sourcecatalog.h"

#include <QLocale>

#include <QHash>

#include <algorithm>

namespace zhisuan::app {

ModelsView::Timeline ModelsView::timeline(const db::QueryTable &releases, const db::QueryTable &events, bool byVendor)
{
    const auto labels = Vocabulary::labels();
    Timeline t;
    for (int r = 0; r < releases.rows.size(); ++r) {
        const QString lane = byVendor ? Vocabulary::name(releases.value(r, QStringLiteral("vendor")).toString())
                                      : labels.value(releases.value(r, QStringLiteral("region")).toString(), tr("other"));
        if (!t.lanes.contains(lane))
            t.lanes << lane;
        // A release row is not always the model's release: "GPT-4o 正式上线微调功能" (2024-08-21) launched fine-tuning
        // of a model out since May. Such rows are named by what happened and drawn hollow.
        const QString model = Vocabulary::name(releases.value(r, QStringLiteral("model")).toString());
        const QString kind = releaseKind(releases.value(r, QStringLiteral("title")).toString());
        t.items.append({r, QDate::fromString(releases.value(r, QStringLiteral("date")).toString(), Qt::ISODate),
                        kind.isEmpty() ? model : tr("%1 (%2)").arg(model, kind), lane, releases.value(r, QStringLiteral("modality")).toString(),
                        false, !kind.isEmpty()});
    }
    for (int r = 0; r < events.rows.size(); ++r) {
        const QString kind = events.value(r, QStringLiteral("kind")).toString();
        if (kind == QLatin1String("product"))
            continue; // product launches are the releases themselves
        t.items.append({100000 + r, QDate::fromString(events.value(r, QStringLiteral("date")).toString(), Qt::ISODate),
                        // The event's English title on an English page where the store has one (title_en).
                        db::LocalNames::pick(events.value(r, QStringLiteral("title")).toString(), events.value(r, QStringLiteral("title_en")).toString()),
                        QString(), QStringLiteral("event"), true});
    }
    if (!byVendor)
        std::sort(t.lanes.begin(), t.lanes.end(), [&](const QString &a, const QString &) { return a == labels.value(QStringLiteral("domestic")); });
    for (const char *code : {"text", "multimodal", "image", "video", "vision"})
        t.legend.append({QString::fromLatin1(code), labels.value(QString::fromLatin1(code))});
    t.legend.append({QStringLiteral("update"), tr("Update, not a release")});
    t.legend.append({QStringLiteral("event"), tr("Event")});
    return t;
}

QString ModelsView::releaseKind(const QString &title)
{
    // The reports' wording (华福 001's weekly lists): 微调 fine-tuning, 开源 open weights, 升级/提升/更新 an upgrade,
    // 可用/开放 wider availability. Anything else (发布, 推出) is a release.
    const auto has = [&title](std::initializer_list<const char *> words) {
        return std::any_of(words.begin(), words.end(), [&title](const char *w) { return title.contains(QString::fromUtf8(w), Qt::CaseInsensitive); });
    };
    if (has({"微调", "fine-tun"}))
        return tr("fine-tuning");
    if (has({"开源", "open-source", "open source"}))
        return tr("open-sourced");
    if (has({"升级", "提升", "更新", "upgrade"}))
        return tr("upgrade");
    if (has({"可用", "开放", "available"}))
        return tr("availability");
    return {};
}

QStringList ModelsView::siteNames(const db::QueryTable &histories)
{
    QStringList sites;
    for (int r = 0; r < histories.rows.size(); ++r)
        if (const QString site = histories.value(r, QStringLiteral("site")).toString(); !sites.contains(site))
            sites << site;
    return sites;
}

QString ModelsView::estimateMark(const QString &asOf, const QString &note)
{
    static const QStringList words{QStringLiteral("预计"), QStringLiteral("测算"), QStringLiteral("预测"), QStringLiteral("假设")};
    const bool estimate = std::any_of(words.begin(), words.end(), [&](const QString &w) { return note.contains(w); });
    const QDate date = QDate::fromString(asOf.left(10), Qt::ISODate);
    if (!estimate || !date.isValid())
        return {};
    return tr("%1E").arg(date.year());
}

QList<ModelsView::Line> ModelsView::visitLines(const db::QueryTable &t, const QDate &last)
{
    QHash<QString, QList<std::pair<QDate, double>>> bySite;
    for (int r = 0; r < t.rows.size(); ++r) {
        const QDate week = QDate::fromString(t.value(r, QStringLiteral("week_start")).toString(), Qt::ISODate);
        if (t.value(r, QStringLiteral("visits")).isNull() || (last.isValid() && week > last))
            continue;
        bySite[t.value(r, QStringLiteral("site")).toString()].append({week, t.value(r, QStringLiteral("visits")).toDouble() / 1e4});
    }
    QList<Line> lines;
    for (auto it = bySite.cbegin(); it != bySite.cend(); ++it)
        if (it.value().size() >= 2)
            lines.append({it.key(), it.value()});
    std::sort(lines.begin(), lines.end(), [](const auto &a, const auto &b) {
        return a.points.last().second != b.points.last().second ? a.points.last().second > b.points.last().second : a.name < b.name;
    });
    if (lines.size() > 8)
        lines.resize(8);
    return lines;
}

ModelsView::Prices ModelsView::prices(const db::QueryTable &t, const QString &benchmark)
{
    Prices view;
    view.benchmark = benchmark;
    view.title = tr("%1 against API output price (CNY per million tokens, log scale)").arg(benchmark);
    QStringList drawn; // each point's price and score sources
    for (int r = 0; r < t.rows.size(); ++r)
        drawn << t.value(r, QStringLiteral("price_source")).toString() << t.value(r, QStringLiteral("score_source")).toString();
    view.sources = db::SourceCatalog::forSources(drawn);
    for (int r = 0; r < t.rows.size(); ++r) {
        PricePoint point;
        point.model = Vocabulary::name(t.value(r, QStringLiteral("model")).toString()); // 通义千问 → Tongyi Qianwen
        point.price = t.value(r, QStringLiteral("output_per_mtok")).toDouble();
        point.score = t.value(r, QStringLiteral("score")).toDouble();
        point.domestic = t.value(r, QStringLiteral("region")).toString() == QLatin1String("domestic");
        // Every point can be read: its model, price and score in a tooltip on hover.
        point.tooltip = tr("%1: CNY %2 per million output tokens, %3 %4")
                            .arg(point.model, QLocale().toString(point.price), benchmark, QLocale().toString(point.score));
        const bool inferred = t.value(r, QStringLiteral("confidence")).toString() == QLatin1String("inferred");
        if (inferred) // the weaker of the score's and the price's confidence, with its reason
            point.tooltip += QStringLiteral(" — ") + tr("Inferred: %1").arg(t.value(r, QStringLiteral("confidence_note")).toString());
        if (t.value(r, QStringLiteral("on_frontier")).toBool()) {
            point.frontierLabel = QStringLiteral("%1 (¥%2, %3)").arg(point.model).arg(point.price).arg(point.score);
            if (inferred)
                point.frontierLabel += QStringLiteral(" ") + tr("[inferred]");
            view.frontierLabels << point.frontierLabel;
        }
        view.points << point;
    }
    view.xLabel = tr("Output price, CNY per million tokens");
    view.yLabel = benchmark;
    view.domesticLabel = Vocabulary::labels().value(QStringLiteral("domestic"));
    view.overseasLabel = Vocabulary::labels().value(QStringLiteral("overseas"));
    view.frontierLegend = tr("Pareto frontier: best score for the price");
    return view;
}

QString ModelsView::priceStory(const Prices &prices)
{
    return prices.frontierLabels.isEmpty()
               ? tr("No model has both a %1 score and an API price yet.").arg(prices.benchmark)
               : tr("On %1, the best score for the price: %2.").arg(prices.benchmark, prices.frontierLabels.join(tr("; ")));
}

} // namespace zhisuan::app
