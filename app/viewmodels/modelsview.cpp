#include "modelsview.h"

#include "vocabulary.h"

#include "localnames.h"
#include "sourcecatalog.h"

#include <QLocale>

#include <QHash>

#include <algorithm>
#include <optional>

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
    for (int r = 0; r < t.rows.size(); ++r) {
        drawn << t.value(r, QStringLiteral("price_source")).toString() << t.value(r, QStringLiteral("score_source")).toString();
        view.asOf << t.value(r, QStringLiteral("as_of")).toString() << t.value(r, QStringLiteral("score_as_of")).toString();
    }
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
            point.tooltip += QStringLiteral(" — ") + tr("Inferred: %1").arg(db::LocalNames::showNote(t.value(r, QStringLiteral("confidence_note")).toString()));
        if (t.value(r, QStringLiteral("on_frontier")).toBool()) {
            // A name with its maker in brackets ("abab-6.5 (MiniMax)") takes the figures after a colon, not a second
            // pair of brackets.
            point.frontierLabel = (point.model.endsWith(u')') ? QStringLiteral("%1: ¥%2, %3") : QStringLiteral("%1 (¥%2, %3)"))
                                      .arg(point.model)
                                      .arg(point.price)
                                      .arg(point.score);
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

const ModelsView::Score *ModelsView::BenchmarkMatrix::score(const QString &model, const QString &benchmark) const
{
    const auto it = scores.constFind(key(model, benchmark));
    return it == scores.cend() ? nullptr : &it.value();
}

std::pair<double, double> ModelsView::BenchmarkMatrix::range(const QString &benchmark) const
{
    std::optional<std::pair<double, double>> r;
    for (const QString &m : models)
        if (const Score *s = score(m, benchmark))
            r = r ? std::pair{std::min(r->first, s->value), std::max(r->second, s->value)} : std::pair{s->value, s->value};
    return r.value_or(std::pair{0.0, 0.0});
}

ModelsView::BenchmarkMatrix ModelsView::benchmarkMatrix(const db::QueryTable &scores)
{
    BenchmarkMatrix m;
    for (int r = 0; r < scores.rows.size(); ++r) {
        const QString model = scores.value(r, QStringLiteral("model")).toString();
        const QString benchmark = scores.value(r, QStringLiteral("benchmark")).toString();
        if (!m.models.contains(model))
            m.models << model;
        if (!m.benchmarks.contains(benchmark))
            m.benchmarks << benchmark;
        const QString key = BenchmarkMatrix::key(model, benchmark);
        if (m.scores.contains(key))
            continue;
        const QString level = scores.value(r, QStringLiteral("confidence")).toString();
        const bool reported = level != QLatin1String("inferred") && level != QLatin1String("derived");
        m.scores.insert(key, {scores.value(r, QStringLiteral("score")).toDouble(), scores.value(r, QStringLiteral("source")).toString(),
                              reported ? QString() : level, reported ? QString() : scores.value(r, QStringLiteral("confidence_note")).toString(),
                              scores.value(r, QStringLiteral("as_of")).toString()});
        m.sources << scores.value(r, QStringLiteral("source")).toString();
    }
    return m;
}

ModelsView::BenchmarkLine ModelsView::benchmarkLine(const db::QueryTable &scores, const QString &model)
{
    struct Given
    {
        double score;
        QStringList sources;
    };
    QStringList benchmarks; // in the rows' order (ModelAnalytics::benchmarks(): by source, then benchmark)
    QHash<QString, QList<Given>> given;
    for (int r = 0; r < scores.rows.size(); ++r) {
        if (scores.value(r, QStringLiteral("model")).toString() != model)
            continue;
        const QString benchmark = scores.value(r, QStringLiteral("benchmark")).toString();
        const double score = scores.value(r, QStringLiteral("score")).toDouble();
        const QString source = db::LocalNames::showSource(db::SourceCatalog::shorten(scores.value(r, QStringLiteral("source")).toString()));
        if (!benchmarks.contains(benchmark))
            benchmarks << benchmark;
        QList<Given> &values = given[benchmark];
        const auto same = std::find_if(values.begin(), values.end(), [&](const Given &g) { return qFuzzyCompare(g.score, score); });
        if (same != values.end())
            same->sources << source;
        else
            values.append({score, {source}});
    }
    const auto number = [](double v) { return QLocale().toString(v, 'g', QLocale::FloatingPointShortest); };
    BenchmarkLine line;
    QStringList out, cited; // the scores; the sources numbered, in the order first cited
    for (const QString &benchmark : std::as_const(benchmarks)) {
        const QList<Given> &values = given[benchmark];
        if (values.size() == 1) { // one source, or sources that agree: the value once
            out << QStringLiteral("%1\u00a0%2").arg(benchmark, number(values.constFirst().score));
            continue;
        }
        QStringList shown;
        for (const Given &g : values) {
            QStringList marks;
            for (const QString &source : g.sources) {
                if (!cited.contains(source)) {
                    cited << source;
                    line.notes << QStringLiteral("[%1] %2").arg(cited.size()).arg(source);
                }
                marks << QStringLiteral("[%1]").arg(cited.indexOf(source) + 1);
            }
            shown << QStringLiteral("%1\u00a0%2").arg(number(g.score), marks.join(QString()));
        }
        // A benchmark and its score on one line of the narrow panel ("MATH 61 [1]", not "MATH" ending a line).
        out << QStringLiteral("%1\u00a0%2").arg(benchmark, shown.join(QStringLiteral(" / ")));
    }
    line.scores = out.join(tr(", ", "between benchmarks"));
    return line;
}

QList<std::pair<QString, QString>> ModelsView::described(const QString &title, const QString &titleEn, const QString &description,
                                                         const QString &descriptionEn, const QLocale &locale)
{
    QList<std::pair<QString, QString>> rows;
    if (locale.language() == QLocale::Chinese) {
        rows.append({tr("What"), title.isEmpty() || description.isEmpty() ? title + description : tr("%1 — %2", "title — description").arg(title, description)});
        return rows;
    }
    const QString shownTitle = db::LocalNames::pick(title, titleEn, locale);
    if (!shownTitle.isEmpty())
        rows.append({tr("What"), shownTitle});
    if (!descriptionEn.trimmed().isEmpty())
        rows.append({shownTitle.isEmpty() ? tr("What") : tr("Details"), descriptionEn});
    else if (!description.isEmpty())
        rows.append({tr("Details (in Chinese)"), description});
    return rows;
}

ModelsView::Comparison ModelsView::compare(const BenchmarkMatrix &matrix, const QStringList &models, const QStringList &benchmarks)
{
    Comparison c;
    QStringList rows, columns; // the chosen ones, in the matrix's order
    for (const QString &m : matrix.models)
        if (models.contains(m))
            rows << m;
    for (const QString &b : matrix.benchmarks)
        if (benchmarks.contains(b))
            columns << b;
    if (rows.isEmpty() || columns.isEmpty()) {
        c.title = tr("Select models and benchmarks in the table to compare them");
        c.sources = matrix.sources;
        for (const Score &s : matrix.scores)
            c.asOf << s.asOf;
        return c;
    }
    c.title = tr("Selected scores");
    bool scaled = false;
    QList<double> factor;
    for (const QString &b : std::as_const(columns)) {
        const double best = matrix.range(b).second;
        factor << (best > 0 && best <= 10 ? 10.0 : 1.0);
        scaled = scaled || factor.last() != 1.0;
        c.benchmarks << (factor.last() != 1.0 ? tr("%1 (×10)").arg(b) : b);
    }
    for (const QString &m : std::as_const(rows)) {
        ComparedModel model{Vocabulary::name(m), {}, {}};
        for (int i = 0; i < columns.size(); ++i) {
            const Score *s = matrix.score(m, columns[i]);
            model.values << (s ? s->value * factor[i] : 0.0);
            model.tooltips << (s ? tr("%1 %2: %3").arg(m, columns[i], QLocale().toString(s->value)) : tr("%1 %2: no score").arg(m, columns[i]));
        }
        c.models << model;
    }
    for (const QString &b : std::as_const(columns))
        for (const QString &m : std::as_const(rows))
            if (const Score *s = matrix.score(m, b)) {
                c.sources << s->source;
                c.asOf << s->asOf;
            }
    c.valueTitle = scaled ? tr("Score (0–100)") : tr("Score");
    return c;
}

db::QueryTable ModelsView::apiPrices(db::QueryTable prices)
{
    const int vendor = prices.column(QStringLiteral("vendor")), vendorEn = prices.column(QStringLiteral("vendor_en"));
    if (vendor >= 0 && vendorEn >= 0)
        for (QVariantList &row : prices.rows)
            row[vendor] = db::LocalNames::pick(row.value(vendor).toString(), row.value(vendorEn).toString());
    return prices;
}

} // namespace zhisuan::app
