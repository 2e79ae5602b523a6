#include "weeklybrief.h"
#include "dateformat.h"

#include "steptimer.h"
#include "storecheck.h"

#include "centresmap.h"
#include "chartcatalog.h"
#include "sourcecatalog.h"
#include "computeanalytics.h"
#include "chinamapview.h"
#include "marketanalytics.h"
#include "marketcharts.h"
#include "marketweek.h"
#include "returnbarchartview.h"
#include "modelanalytics.h"
#include "historychartview.h"
#include "localnames.h"
#include "modelscharts.h"
#include "numberformat.h"
#include "placeresolver.h"
#include "querytable.h"
#include "reportdocument.h"
#include "settings.h"
#include "store.h"
#include "tabledelegate.h"
#include "querytablemodel.h"
#include "vocabulary.h"

#include <QAbstractItemModel>
#include <QDateTime>
#include <QRegularExpression>
#include <QFileInfo>
#include <QSaveFile>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <memory>

namespace zhisuan::app {

using Table = widgets::ReportDocument::Table;

namespace {

QString number(const QVariant &v, int decimals = 2)
{
    return v.isNull() ? QString() : QLocale().toString(v.toDouble(), 'f', decimals);
}

QString signedNumber(double v)
{
    return (v > 0 ? QStringLiteral("+") : QString()) + QLocale().toString(v, 'f', 2);
}

bool inWeek(const QVariant &isoDate, const QDate &monday, const QDate &sunday)
{
    const QDate d = QDate::fromString(isoDate.toString().left(10), Qt::ISODate);
    return d.isValid() && d >= monday && d <= sunday;
}

// Whether stored text reads in the interface language: any text on a Chinese page, text without Han characters on
// an English one (a title the store has only in Chinese is shown alone in a table cell, never inside a sentence).
bool inInterfaceLanguage(const QString &text)
{
    if (QLocale().language() == QLocale::Chinese)
        return true;
    return std::none_of(text.cbegin(), text.cend(), [](QChar c) { return c.script() == QChar::Script_Han; });
}

// A security inside a sentence: by its name in the interface language, else by its code (立方控股 has no English
// name: an English key point says 833030.BJ and the table beside it gives the Chinese name, once; issue 29).
QString inSentence(const QString &name, const QString &code)
{
    return inInterfaceLanguage(name) || code.isEmpty() ? name : code;
}

QString plain(QString html)
{
    // A line break between two statements of a page's summary becomes a semicolon: without one they ran together
    // ("未注明 28.6%推断：…", "not stated 28.6%推断: …").
    static const QRegularExpression breaks(QStringLiteral("\\s*<br\\s*/?>\\s*"));
    static const QRegularExpression tags(QStringLiteral("<[^>]+>"));
    html.replace(breaks, QLocale().language() == QLocale::Chinese ? QStringLiteral("；") : QStringLiteral("; "));
    return html.remove(tags);
}

// A table of the Market page as the page shows it (its columns, in the order read, cells formatted as its panel's).
Table marketTable(MarketCharts::Table which, const db::QueryTable &rows)
{
    widgets::QueryTableModel model;
    widgets::TableDelegate delegate;
    model.setTable(rows);
    MarketCharts::setColumns(which, &model, &delegate);
    return widgets::ReportDocument::tableFromModel(model, delegate);
}

ChartCatalog::Chart catalogued(const QString &id)
{
    return ChartCatalog::find(id).value_or(ChartCatalog::Chart{});
}

// Builds the brief's blocks section by section, in the UI language (the context is WeeklyBrief's).
class Builder
{
    Q_DECLARE_TR_FUNCTIONS(WeeklyBrief)
public:
    Builder(db::Store *store, widgets::ReportDocument &doc, const QDate &monday)
        : m_store(store), m_doc(doc), m_monday(monday), m_sunday(monday.addDays(6)), m_labels(Vocabulary::labels())
    {
    }
    void addMarket();
    void addMovers();
    void addModels();
    void addTraffic();
    void addCentres();
    void addLockups();
    QString lockupCoverage(const QDate &asOf, const QDate &windowEnd);
    QStringList keyPoints() const { return m_points; } // gathered as the sections are written
    // Where the brief's figures come from, said once at its end: the primary sources its source lines name (issue 29).
    QString disclosure() const;
    // What could not be read from the store: a brief with holes is not written.
    const QList<db::Error> &errors() const { return m_errors; }

private:
    // The Market page's week as the page computes it, without building the page: its charts are drawn by charts of
    // the brief's own, so that the user's window keeps its week.
    void needMarket();
    // A table of at most kMaxRows rows, and a line saying how many there are: a brief stays a brief when an import
    // brings hundreds of lockups or centres. (The brief is for clients, who have no pages of ours to look at.)
    void addTable(Table table);
    static constexpr int kMaxRows = 40;
    // A source line, its sources kept for the disclosure; the distinct sources of some rows (`fallback` when none).
    QString cite(const QStringList &shortened);
    QString sources(const db::QueryTable &t, const QList<int> &rows, const QString &fallback);
    QStringList m_cited;

    db::Store *m_store;
    widgets::ReportDocument &m_doc;
    const QDate m_monday, m_sunday;
    const QHash<QString, QString> m_labels;
    db::MarketAnalytics::Settings m_marketSettings;
    db::MarketWeek m_marketLoaded;
    MarketView m_marketView;
    std::unique_ptr<widgets::ReturnBarChartView> m_returnsChart, m_rankingChart, m_watchlistChart;
    bool m_marketRead = false;
    std::unique_ptr<widgets::ChinaMapView> m_centresMap; // the Centres page's map, without the page
    std::unique_ptr<widgets::HistoryChartView> m_trafficChart;
    bool m_marketWeek = false; // the store has market data in the brief's week (the page has the week in its list)
    db::TradingWeek m_tradingWeek; // Monday to the week's last day with market data
    // A market figure's title: the catalogue's, or, when the week's data end before its Friday (returns over
    // Monday to Wednesday), the window's by its dates, not a week's move (as the export titles it).
    QString marketTitle(const QString &id, const QWidget *chart) const
    {
        const ChartCatalog::Chart c = catalogued(id);
        const bool partial = m_tradingWeek.end.isValid() && m_tradingWeek.end < m_tradingWeek.start.addDays(4);
        return partial ? ChartCatalog::exportTitle(c, chart, m_tradingWeek) : c.title;
    }
    QStringList m_points;
    QList<db::Error> m_errors;
};

QString Builder::cite(const QStringList &shortened)
{
    m_cited += shortened;
    return db::SourceCatalog::line(shortened);
}

QString Builder::sources(const db::QueryTable &t, const QList<int> &rows, const QString &fallback)
{
    QStringList out; // in the order met
    const int c = t.column(QStringLiteral("source"));
    for (int r : rows) {
        const QString s = db::SourceCatalog::shorten(t.rows[r].value(c).toString());
        if (!s.isEmpty() && !out.contains(s))
            out << s;
    }
    return out.isEmpty() ? fallback : cite(out);
}

QString Builder::disclosure() const
{
    const QString primaries = db::SourceCatalog::primaries(m_cited);
    if (primaries.isEmpty())
        return tr("The figures in this brief are those of the research reports and files named under each chart and table, "
                  "which name no primary source for them; a section with no figures reported for the week says so and "
                  "shows no estimate.");
    return tr("The figures in this brief are those of the sources named under each chart and table: the primary sources "
              "the research reports and files state (%1), then the reports and files themselves; a section with no "
              "figures reported for the week says so and shows no estimate.")
        .arg(primaries);
}

void Builder::addTable(Table table)
{
    const int total = int(table.rows.size());
    if (total > kMaxRows) {
        table.rows.resize(kMaxRows);
        if (table.colors.size() > kMaxRows)
            table.colors.resize(kMaxRows);
    }
    m_doc.addTable(table);
    if (total > kMaxRows)
        m_doc.addParagraph(tr("The table shows the first %1 of %n rows.", "", total).arg(kMaxRows));
}

void Builder::needMarket()
{
    if (m_marketRead)
        return;
    m_marketRead = true;
    m_marketSettings = MarketCharts::storedSettings();
    // The week as the page's week list has it (Monday to its last day with data), by two seeks.
    bool known = false;
    auto week = db::MarketAnalytics(*m_store).weekContaining(m_monday, &known);
    if (!week) {
        m_errors.append(week.error());
        return;
    }
    m_marketWeek = known;
    m_tradingWeek = week.value();
    if (!m_marketWeek)
        return;
    // One read of the week, shared by the sections (market, movers, lockups); not the history the brief does not draw.
    auto loaded = db::MarketWeek::load(*m_store, week.value(), m_marketSettings, {}, db::MarketWeek::History::Skip);
    if (!loaded) {
        m_errors.append(loaded.error());
        m_marketWeek = false;
        return;
    }
    m_marketLoaded = std::move(loaded).value();
    m_marketView = MarketView::compute(m_marketLoaded, m_marketSettings);
    m_returnsChart = std::make_unique<widgets::ReturnBarChartView>();
    m_rankingChart = std::make_unique<widgets::ReturnBarChartView>();
    m_watchlistChart = std::make_unique<widgets::ReturnBarChartView>();
    m_returnsChart->setObjectName(QStringLiteral("returnsChart"));
    m_rankingChart->setObjectName(QStringLiteral("rankingChart"));
    m_watchlistChart->setObjectName(QStringLiteral("watchlistChart"));
    MarketCharts::showCharts(m_marketView, m_returnsChart.get(), m_rankingChart.get(), m_watchlistChart.get());
}

void Builder::addMarket()
{
    needMarket();
    // The dashboard hides its returns chart when the week has no index or industry return.
    QWidget *returns = m_marketWeek && m_marketView.showsReturns() ? m_returnsChart.get() : nullptr;
    if (!returns) {
        m_doc.addParagraph(tr("No index or industry returns were reported for this week."));
        m_points << tr("Market: no returns recorded for this week.");
        return;
    }
    const QString summary = m_marketView.summary;
    m_doc.addParagraph(summary);
    m_points << summary;
    m_doc.addChart(returns, marketTitle(QStringLiteral("market-returns"), returns), ChartCatalog::source(returns), 0.42);
    m_cited += m_marketLoaded.returnsSources;
    const db::QueryTable &excess = m_marketLoaded.excess;
    if (!excess.rows.isEmpty()) {
        Table t;
        t.title = tr("Excess return of %1 over the benchmarks").arg(Vocabulary::name(excess.value(0, QStringLiteral("industry_name")).toString()));
        t.headers = QStringList{tr("Benchmark"), tr("Benchmark return (%)"), tr("Industry return (%)"), tr("Excess return (pcts)")};
        t.rightAligned = {false, true, true, true};
        t.source = cite(m_marketLoaded.returnsSources);
        for (int r = 0; r < excess.rows.size(); ++r) {
            const double b = excess.value(r, QStringLiteral("benchmark_return_pct")).toDouble();
            const double i = excess.value(r, QStringLiteral("industry_return_pct")).toDouble();
            const double x = excess.value(r, QStringLiteral("excess_pcts")).toDouble();
            // The report's own figure stays beside ours when they differ ("2.15 报告 / 2.14 计算").
            const QVariant reported = excess.value(r, QStringLiteral("reported_excess_pcts"));
            const QString cell = reported.isNull() || signedNumber(reported.toDouble()) == signedNumber(x)
                ? signedNumber(x)
                : tr("%1 reported / %2 computed").arg(signedNumber(reported.toDouble()), signedNumber(x));
            t.rows << QStringList{Vocabulary::name(excess.value(r, QStringLiteral("benchmark_name")).toString()), signedNumber(b), signedNumber(i), cell};
            t.colors << QList<QColor>{QColor(), widgets::ReportDocument::changeColour(b), widgets::ReportDocument::changeColour(i), widgets::ReportDocument::changeColour(x)};
        }
        addTable(t);
    }
    if (QWidget *chart = m_marketView.showsRanking() ? m_rankingChart.get() : nullptr) {
        m_doc.addChart(chart, marketTitle(QStringLiteral("market-ranking"), chart), ChartCatalog::source(chart), 0.62, 0.85);
        m_cited += m_marketLoaded.rankingSources;
    }
}

void Builder::addMovers()
{
    needMarket();
    if (!m_marketWeek) {
        m_doc.addParagraph(tr("No stock returns are recorded for this week."));
        return;
    }
    const db::QueryTable &movers = m_marketLoaded.movers;
    QStringList up, down;
    for (int r = 0; r < movers.rows.size(); ++r) {
        const QString mover = tr("%1 (%2%)").arg(inSentence(Vocabulary::name(movers.value(r, QStringLiteral("name")).toString(),
                                                                             movers.value(r, QStringLiteral("name_en")).toString()),
                                                            movers.value(r, QStringLiteral("code")).toString()),
                                                 signedNumber(movers.value(r, QStringLiteral("return_pct")).toDouble()));
        (movers.value(r, QStringLiteral("side")).toString() == QLatin1String("gainer") ? up : down) << mover;
    }
    if (!up.isEmpty() || !down.isEmpty())
        m_points << tr("Top gainers: %1; top losers: %2.").arg(up.join(tr(", ")), down.join(tr(", ")));
    const Table gainers = marketTable(MarketCharts::Table::Movers, m_marketView.gainers);
    const Table losers = marketTable(MarketCharts::Table::Movers, m_marketView.losers);
    if (!gainers.rows.isEmpty() || !losers.rows.isEmpty()) {
        // One table, gainers beside losers, as the reports print them: name, code, return, close of each side
        // (the panels' columns 2, 1, 3 and 4).
        Table both;
        both.title = tr("Top gainers and losers of the tracked industry");
        both.source = cite(m_marketLoaded.moversSources);
        const QList<int> kept{2, 1, 3, 4};
        both.headers = QStringList{tr("Gainer"), tr("Code"), tr("Return (%)"), tr("Close"), tr("Loser"), tr("Code"), tr("Return (%)"), tr("Close")};
        for (int side = 0; side < 2; ++side)
            for (int c : kept)
                both.rightAligned << (c >= 3);
        for (int r = 0; r < std::max(gainers.rows.size(), losers.rows.size()); ++r) {
            QStringList row;
            QList<QColor> colours;
            for (const Table *side : {&gainers, &losers}) {
                for (int c : kept) {
                    row << side->rows.value(r).value(c);
                    colours << side->colors.value(r).value(c);
                }
            }
            both.rows << row;
            both.colors << colours;
        }
        m_doc.addTable(both);
    }
    if (gainers.rows.isEmpty() && losers.rows.isEmpty())
        m_doc.addParagraph(tr("No constituent returns of the tracked industry are recorded for this week."));
    if (QWidget *chart = m_marketView.showsWatchlist() ? m_watchlistChart.get() : nullptr) {
        m_doc.addChart(chart, marketTitle(QStringLiteral("market-watchlist"), chart), ChartCatalog::source(chart), 0.45, 0.8);
        m_cited += m_marketLoaded.watchlistSources;
    }
    Table keys = marketTable(MarketCharts::Table::KeyStocks, m_marketView.keyStocks);
    if (!keys.rows.isEmpty()) {
        keys.title = MarketView::keyStocksTitle(m_marketView.keyStocks, db::TradingWeek{m_monday, m_monday.addDays(4)}); // its date when not the week's
        keys.source = cite(m_marketLoaded.keyStocksSources);
        addTable(keys);
    }
}

void Builder::addModels()
{
    db::ModelAnalytics models(*m_store);
    // The week's rows only, by index (the rows are still checked against the week, as dates are text).
    const db::QueryTable releases = models.releasesOfWeek(m_monday).valueOr({}, &m_errors);
    const db::QueryTable events = models.eventsOfWeek(m_monday).valueOr({}, &m_errors);
    QList<int> releaseRows, eventRows;
    for (int r = 0; r < releases.rows.size(); ++r)
        if (inWeek(releases.value(r, QStringLiteral("date")), m_monday, m_sunday))
            releaseRows << r;
    for (int r = 0; r < events.rows.size(); ++r)
        if (inWeek(events.value(r, QStringLiteral("date")), m_monday, m_sunday))
            eventRows << r;
    if (releaseRows.isEmpty() && eventRows.isEmpty()) {
        m_doc.addParagraph(tr("No model releases or product events are recorded for this week."));
        return;
    }
    QStringList names, shownNames; // as stored (to match the events against), as the brief names them
    if (!releaseRows.isEmpty()) {
        Table t;
        t.title = tr("Models released");
        t.headers = QStringList{tr("Date"), tr("Model"), tr("Vendor"), tr("Modality"), tr("Region"), tr("Parameters (bn)"), tr("Open weights"), tr("What")};
        t.rightAligned = {false, false, false, false, false, true, false, false};
        for (int r : std::as_const(releaseRows)) {
            const QVariant open = releases.value(r, QStringLiteral("open_weights"));
            // In the brief's language where the store has an English title (title_en); else the title as written.
            QString what = db::LocalNames::pick(releases.value(r, QStringLiteral("title")).toString(), releases.value(r, QStringLiteral("title_en")).toString());
            if (what.isEmpty())
                what = releases.value(r, QStringLiteral("description")).toString();
            t.rows << QStringList{releases.value(r, QStringLiteral("date")).toString(),
                                  Vocabulary::name(releases.value(r, QStringLiteral("model")).toString()),
                                  Vocabulary::name(releases.value(r, QStringLiteral("vendor")).toString()),
                                  m_labels.value(releases.value(r, QStringLiteral("modality")).toString()),
                                  m_labels.value(releases.value(r, QStringLiteral("region")).toString()),
                                  number(releases.value(r, QStringLiteral("params_total_b")), 1),
                                  open.isNull() ? QString() : open.toBool() ? tr("yes") : tr("no"),
                                  what};
            names << releases.value(r, QStringLiteral("model")).toString();
            shownNames << Vocabulary::name(names.constLast());
        }
        t.source = sources(releases, releaseRows, tr("the imported files"));
        addTable(t);
    }
    // A release is in the table above: the news table does not repeat it (an event naming a model released this week).
    eventRows.erase(std::remove_if(eventRows.begin(), eventRows.end(),
                                   [&](int r) {
                                       const QString title = events.value(r, QStringLiteral("title")).toString();
                                       return std::any_of(names.cbegin(), names.cend(), [&](const QString &model) {
                                           return !model.isEmpty() && title.contains(model, Qt::CaseInsensitive);
                                       });
                                   }),
                    eventRows.end());
    if (!eventRows.isEmpty()) {
        Table t;
        t.title = tr("Products, policy and industry news");
        t.headers = QStringList{tr("Date"), tr("Kind"), tr("Event"), tr("Organisation")};
        t.rightAligned = {false, false, false, false};
        for (int r : std::as_const(eventRows))
            t.rows << QStringList{events.value(r, QStringLiteral("date")).toString(),
                                  m_labels.value(events.value(r, QStringLiteral("kind")).toString(), events.value(r, QStringLiteral("kind")).toString()),
                                  db::LocalNames::pick(events.value(r, QStringLiteral("title")).toString(), events.value(r, QStringLiteral("title_en")).toString()),
                                  Vocabulary::name(events.value(r, QStringLiteral("organisation")).toString())};
        t.source = sources(events, eventRows, tr("the imported files"));
        addTable(t);
    }
    const int releaseCount = int(releaseRows.size());
    const int eventCount = int(eventRows.size());
    const QString releasesSentence = releaseCount > 0 ? tr("%n model release(s) this week: %1.", "", releaseCount).arg(shownNames.join(tr(", ")))
                                                       : tr("No model releases this week.");
    m_points << tr("%1 %2", "two sentences").arg(releasesSentence, tr("%n news item(s) on products, policy and the industry.", "", eventCount));
}

void Builder::addTraffic()
{
    // The week's visits of each site (or each site's latest), by a seek per site: not the whole history.
    bool latest = false;
    const db::QueryTable traffic = db::ModelAnalytics(*m_store).trafficOfWeek(m_monday, &latest).valueOr({}, &m_errors);
    QList<int> rows;
    for (int r = 0; r < traffic.rows.size(); ++r)
        rows << r;
    if (rows.isEmpty()) {
        m_doc.addParagraph(tr("No weekly website visits were reported up to this week."));
        return;
    }
    if (latest)
        m_doc.addParagraph(tr("No weekly visits are recorded for this week; the table shows the latest figure of each site."));
    Table t;
    t.title = latest ? tr("Latest weekly visits on record") : tr("Weekly visits of AI products");
    t.headers = QStringList{tr("Site"), tr("Category"), tr("Week"), tr("Visits (10k)"), tr("Week on week (%)"), tr("Note")};
    t.rightAligned = {false, false, false, true, true, false};
    // Visits in 10k with the column's precision: 160, not 160.0, when every figure is whole (issue 29).
    int visitDecimals = 0;
    for (int r : std::as_const(rows))
        if (std::fmod(std::round(traffic.value(r, QStringLiteral("visits")).toDouble() / 1e3), 10.0) != 0)
            visitDecimals = 1;
    for (int r : std::as_const(rows)) {
        const QVariant wow = traffic.value(r, QStringLiteral("wow_pct"));
        const bool high = traffic.value(r, QStringLiteral("all_time_high")).toBool();
        QStringList note;
        if (high)
            note << tr("all-time high");
        // A note kept only in Chinese is not joined to English words in one cell: the Models page shows it.
        if (const QString stored = traffic.value(r, QStringLiteral("note")).toString(); !stored.isEmpty() && inInterfaceLanguage(stored))
            note << stored;
        const QString site = Vocabulary::name(traffic.value(r, QStringLiteral("site")).toString());
        const QString visits = number(traffic.value(r, QStringLiteral("visits")).toDouble() / 1e4, visitDecimals);
        t.rows << QStringList{site, m_labels.value(traffic.value(r, QStringLiteral("category")).toString(), traffic.value(r, QStringLiteral("category")).toString()),
                              tr("%1 to %2").arg(traffic.value(r, QStringLiteral("week_start")).toString(), traffic.value(r, QStringLiteral("week_end")).toString()),
                              visits, wow.isNull() ? QString() : signedNumber(wow.toDouble()), note.join(tr("; "))};
        t.colors << QList<QColor>{QColor(), QColor(), QColor(), QColor(), wow.isNull() ? QColor() : widgets::ReportDocument::changeColour(wow.toDouble()), QColor()};
        if (high && !latest)
            // As the report says it (160 万): "1.6 m weekly visits", "160万次", not "160.0 (10k)".
            m_points << tr("%1 set an all-time high of %2 weekly visits.")
                            .arg(site, widgets::compactNumber(traffic.value(r, QStringLiteral("visits")).toDouble(), QStringLiteral("次")));
    }
    t.source = sources(traffic, rows, tr("the imported files"));
    addTable(t);
    // The trend, when sites have two or more weeks up to this one: the dashboard's lines, drawn by a chart of our own.
    const db::QueryTable histories = db::ModelAnalytics(*m_store).trafficHistories(m_monday.addDays(7), 8).valueOr({}, &m_errors);
    const auto lines = ModelsView::visitLines(histories, m_sunday);
    if (!lines.isEmpty()) {
        m_trafficChart = std::make_unique<widgets::HistoryChartView>();
        ModelsCharts::showTraffic(m_trafficChart.get(), lines);
        m_doc.addChart(m_trafficChart.get(), catalogued(QStringLiteral("models-traffic")).title,
                       cite(db::SourceCatalog::forTraffic(*m_store, ModelsView::siteNames(histories), m_monday.addDays(7)).valueOr({}, &m_errors)),
                       0.5);
    }
}

void Builder::addCentres()
{
    const QString from = m_monday.toString(Qt::ISODate), to = m_sunday.toString(Qt::ISODate);
    const db::QueryTable centres = db::ComputeAnalytics(*m_store).centresOfWeek(from, to).valueOr({}, &m_errors);
    const db::QueryTable events = db::ModelAnalytics(*m_store).eventsOfWeek(m_monday).valueOr({}, &m_errors);
    static const QRegularExpression compute(QStringLiteral("智算|算力|数据中心|computing|data cent"),
                                            QRegularExpression::CaseInsensitiveOption);
    QList<int> eventRows;
    for (int r = 0; r < events.rows.size(); ++r)
        if (inWeek(events.value(r, QStringLiteral("date")), m_monday, m_sunday)
            && (events.value(r, QStringLiteral("title")).toString().contains(compute)
                || events.value(r, QStringLiteral("description")).toString().contains(compute)))
            eventRows << r;
    QStringList news;
    if (centres.rows.isEmpty() && eventRows.isEmpty()) {
        m_doc.addParagraph(tr("No compute centre opened, was added or changed, and no compute-centre news is recorded for this week."));
    } else {
        // Centres in their table; news in one of its own (date, news, organisation), so that neither has a column
        // left empty for the other's rows.
        QList<int> centreRows;
        if (!centres.rows.isEmpty()) {
            Table t;
            t.title = tr("Compute centres this week");
            t.headers = QStringList{tr("Date"), tr("Centre"), tr("What"), tr("Operator"), tr("Place"), tr("Current (PFLOPS)"), tr("Planned (PFLOPS)")};
            t.rightAligned = {false, false, false, false, false, true, true};
            // A centre the source still lists as being built, with an opening date after the source's own date, is
            // announced to open: not "Opened (status now: Under construction)" (哈尔滨智算中心, 投用 8/30 in a report of 8/28).
            const auto what = [&](int r, bool opened) {
                if (!opened)
                    return tr("Newly recorded or updated");
                const QString status = centres.value(r, QStringLiteral("status")).toString();
                if (status == QLatin1String("operational") || status == QLatin1String("partial"))
                    return tr("Opened");
                return tr("Due to open (as reported %1: %2)")
                    .arg(centres.value(r, QStringLiteral("as_of")).toString(), m_labels.value(status, status));
            };
            for (int r = 0; r < centres.rows.size(); ++r) {
                const bool opened = inWeek(centres.value(r, QStringLiteral("opened_on")), m_monday, m_sunday);
                const QString name = db::LocalNames::pick(centres.value(r, QStringLiteral("name")).toString(),
                                                          centres.value(r, QStringLiteral("name_en")).toString());
                t.rows << QStringList{opened ? centres.value(r, QStringLiteral("opened_on")).toString() : centres.value(r, QStringLiteral("imported_on")).toString(),
                                      name,
                                      what(r, opened),
                                      // Operator and place in the brief's language, as the Centres page names them.
                                      db::LocalNames::pick(centres.value(r, QStringLiteral("operator")).toString(),
                                                           centres.value(r, QStringLiteral("operator_en")).toString()),
                                      QStringList{widgets::ChinaMapView::provinceLabel(centres.value(r, QStringLiteral("province")).toString()),
                                                  db::PlaceResolver::cityLabel(centres.value(r, QStringLiteral("city")).toString())}
                                          .join(QLatin1Char(' ')).trimmed(),
                                      number(centres.value(r, QStringLiteral("current_pflops")), 0),
                                      number(centres.value(r, QStringLiteral("planned_pflops")), 0)};
                news << name;
                centreRows << r;
            }
            const QString src = sources(centres, centreRows, QString());
            t.source = src.isEmpty() ? tr("the imported files") : src;
            addTable(t);
        }
        if (!eventRows.isEmpty()) {
            Table t;
            t.title = tr("Compute news this week");
            t.headers = QStringList{tr("Date"), tr("News"), tr("Organisation")};
            t.rightAligned = {false, false, false};
            for (int r : std::as_const(eventRows)) {
                const QString title = db::LocalNames::pick(events.value(r, QStringLiteral("title")).toString(),
                                                           events.value(r, QStringLiteral("title_en")).toString());
                t.rows << QStringList{events.value(r, QStringLiteral("date")).toString(), title,
                                      Vocabulary::name(events.value(r, QStringLiteral("organisation")).toString())};
                news << title;
            }
            const QString src = sources(events, eventRows, QString());
            t.source = src.isEmpty() ? tr("the imported files") : src;
            addTable(t);
        }
        const int count = int(news.size());
        // A news title the store keeps only in Chinese is shown in its table, not inside an English sentence.
        if (std::any_of(news.cbegin(), news.cend(), [](const QString &item) { return !inInterfaceLanguage(item); }))
            m_points << tr("Compute centres: %n item(s) this week, listed in the compute centres section.", "", count);
        else
            m_points << tr("Compute centres: %n item(s) this week: %1.", "", count).arg(news.join(tr("; ")));
    }
    // The page's summary and map, as the page computes them (with its "leave out inferred values"), without
    // building the page: its table, detail panel and filters took most of this section's time at 10,000 centres.
    const db::QueryTable all = db::ComputeAnalytics(*m_store).centres().valueOr({}, &m_errors);
    if (all.rows.isEmpty())
        return;
    CentresView::Filter filter;
    filter.leaveOutInferred = settings::leaveOutInferred.get();
    const CentresView view = CentresMap::compute(all, filter);
    m_centresMap = std::make_unique<widgets::ChinaMapView>();
    m_centresMap->setObjectName(QStringLiteral("map"));
    m_centresMap->loadGeo(QStringLiteral(":/geo/china-provinces.geojson"));
    CentresMap::show(m_centresMap.get(), view, filter);
    m_doc.addParagraph(tr("All centres on record: %1.").arg(plain(view.cards)));
    m_doc.addChart(m_centresMap.get(), catalogued(QStringLiteral("centres-map")).title, ChartCatalog::source(m_centresMap.get()), 0.62);
    m_cited += db::SourceCatalog::forRows(view.shownRows); // the map's line (CentresMap::show)
}

void Builder::addLockups()
{
    needMarket();
    const auto &settings = m_marketSettings;
    // Read with the week's other market views; lockups are dated, so a week without market data still has them.
    const db::QueryTable locks = m_marketWeek ? m_marketLoaded.lockups
                                              : db::MarketAnalytics(*m_store).lockups(db::TradingWeek{m_monday, m_monday.addDays(4)}, settings)
                                                    .valueOr({}, &m_errors);
    if (locks.rows.isEmpty()) {
        m_doc.addParagraph(tr("No lockup expiries are recorded for the %n day(s) after this week.", "", settings.lockupDays));
        return;
    }
    // A list taken after the week would show a client what the week could not know, and miss the expiries between
    // the week and that day: it is left out, and the brief says why (issue 29).
    const QDate friday = m_monday.addDays(4);
    const QDate asOf = QDate::fromString(locks.value(0, QStringLiteral("as_of")).toString(), Qt::ISODate);
    if (asOf.isValid() && asOf > m_sunday) {
        m_doc.addParagraph(tr("The lockup list on record was taken on %1, after this week: it does not cover expiries from %2 to %1, and "
                              "values the others at that later day's prices. This brief therefore leaves the lockups table out.")
                               .arg(asOf.toString(Qt::ISODate), friday.addDays(1).toString(Qt::ISODate)));
        return;
    }
    double value = 0;
    for (int r = 0; r < locks.rows.size(); ++r)
        value += locks.value(r, QStringLiteral("market_value_cny")).toDouble();
    const int count = int(locks.rows.size());
    // The total as the reports say it in each language: 106.63亿元, CNY 10.66 bn.
    const QString sentence = tr("%n lockup expiry(ies) in the %1 days after the week, worth %2 in all; the first: %3 on %4.", "", count)
                                 .arg(settings.lockupDays)
                                 .arg(widgets::compactNumber(value, QStringLiteral("元")), inSentence(Vocabulary::name(locks.value(0, QStringLiteral("name")).toString(), locks.value(0, QStringLiteral("name_en")).toString()),
                                                 locks.value(0, QStringLiteral("code")).toString()),
                                      locks.value(0, QStringLiteral("expiry_date")).toString());
    // Valued at the prices of the day the list was taken, which a later or earlier week says (issue 29).
    const QString valuedAsOf = MarketView::lockupsValuedAsOf(locks, db::TradingWeek{m_monday, m_monday.addDays(4)});
    QString dated = sentence;
    if (!valuedAsOf.isEmpty() && (dated.endsWith(u'.') || dated.endsWith(u'。')))
        dated.insert(dated.size() - 1, valuedAsOf);
    m_doc.addParagraph(dated);
    m_points << dated;
    Table t;
    if (m_marketWeek)
        t = marketTable(MarketCharts::Table::Lockups, m_marketView.lockups);
    if (t.rows.isEmpty()) { // the dashboard shows the latest week when this one has no returns
        t.headers = QStringList{tr("Expiry"), tr("Code"), tr("Name"), tr("Shares (10k)"), tr("Market value (CNY 10k)")};
        t.rightAligned = {false, false, false, true, true};
        for (int r = 0; r < locks.rows.size(); ++r)
            t.rows << QStringList{locks.value(r, QStringLiteral("expiry_date")).toString(), locks.value(r, QStringLiteral("code")).toString(),
                                  Vocabulary::name(locks.value(r, QStringLiteral("name")).toString(), locks.value(r, QStringLiteral("name_en")).toString()),
                                  number(locks.value(r, QStringLiteral("shares")).toDouble() / 1e4),
                                  number(locks.value(r, QStringLiteral("market_value_cny")).toDouble() / 1e4)};
    }
    t.title = tr("Lockup expiries in the %n day(s) after the week", "", settings.lockupDays) + valuedAsOf;
    t.note = lockupCoverage(asOf, friday.addDays(settings.lockupDays));
    // Read with the week's market views; a week without market data reads them here.
    const QStringList known = m_marketLoaded.lockupsSources;
    t.source = cite(known.isEmpty() ? db::SourceCatalog::forTable(*m_store, QStringLiteral("lockup")).valueOr({}, &m_errors) : known);
    addTable(t);
}

// Under the lockups table, when the list was taken before the week: its date, and the last expiry it names when that
// falls short of the window (a list reaches only as far as its report looked ahead; the store does not say how far,
// so the days after it "may" be missing). Empty for the week's own list.
QString Builder::lockupCoverage(const QDate &asOf, const QDate &windowEnd)
{
    if (!asOf.isValid() || asOf >= m_monday)
        return {};
    auto all = m_marketSettings;
    all.lockupDays = int(asOf.daysTo(windowEnd)) + 3660; // everything the list names after its own day, beyond the window too
    const db::QueryTable listed = db::MarketAnalytics(*m_store).lockups(db::TradingWeek{asOf.addDays(-4), asOf}, all).valueOr({}, &m_errors);
    QDate last;
    for (int r = 0; r < listed.rows.size(); ++r)
        if (listed.value(r, QStringLiteral("as_of")).toString() == asOf.toString(Qt::ISODate))
            last = std::max(last, QDate::fromString(listed.value(r, QStringLiteral("expiry_date")).toString(), Qt::ISODate));
    if (last.isValid() && last < windowEnd)
        return tr("Coverage: the lockup list as of %1 names expiries up to %2; it may not cover those from %3 to %4.")
            .arg(asOf.toString(Qt::ISODate), last.toString(Qt::ISODate), last.addDays(1).toString(Qt::ISODate), windowEnd.toString(Qt::ISODate));
    return tr("Coverage: the lockup list as of %1.").arg(asOf.toString(Qt::ISODate));
}

// Every section once: its id for --sections, its title, and the builder method that writes it.
struct SectionInfo
{
    WeeklyBrief::Section section;
    const char *id;
    const char *title;
    void (Builder::*add)();
};
const SectionInfo kSections[] = {
    {WeeklyBrief::Section::Market, "market", QT_TRANSLATE_NOOP("WeeklyBrief", "Market review"), &Builder::addMarket},
    {WeeklyBrief::Section::Movers, "movers", QT_TRANSLATE_NOOP("WeeklyBrief", "Top movers and watchlist"), &Builder::addMovers},
    {WeeklyBrief::Section::Models, "models", QT_TRANSLATE_NOOP("WeeklyBrief", "Models and products released"), &Builder::addModels},
    {WeeklyBrief::Section::Traffic, "traffic", QT_TRANSLATE_NOOP("WeeklyBrief", "Traffic highlights"), &Builder::addTraffic},
    {WeeklyBrief::Section::Centres, "centres", QT_TRANSLATE_NOOP("WeeklyBrief", "Compute centres: new and changed"), &Builder::addCentres},
    {WeeklyBrief::Section::Lockups, "lockups", QT_TRANSLATE_NOOP("WeeklyBrief", "Lockups ahead"), &Builder::addLockups},
};

const SectionInfo &info(WeeklyBrief::Section section)
{
    for (const SectionInfo &i : kSections)
        if (i.section == section)
            return i;
    return kSections[0];
}

} // namespace

QList<WeeklyBrief::Section> WeeklyBrief::allSections()
{
    QList<Section> out;
    for (const SectionInfo &i : kSections)
        out << i.section;
    return out;
}

QString WeeklyBrief::id(Section section)
{
    return QString::fromLatin1(info(section).id);
}

bool WeeklyBrief::fromId(const QString &text, Section *section)
{
    for (const SectionInfo &i : kSections) {
        if (QLatin1String(i.id) == text.trimmed()) {
            *section = i.section;
            return true;
        }
    }
    return false;
}

QString WeeklyBrief::title(Section section)
{
    return tr(info(section).title);
}

QString WeeklyBrief::defaultDisclaimer()
{
    return tr("Risks: developments in AI technology and applications below expectations; build-out of computing "
              "capacity slower than expected; intensifying competition; changes in policy and in export controls.")
        + QStringLiteral("\n\n")
        + tr("This brief is for information only. Its data come from public sources we believe to be reliable, but we "
             "make no guarantee of their accuracy or completeness. It is not investment advice, nor an offer or "
             "solicitation to buy or sell any security; past performance is no guide to future returns. Investing "
             "involves risk: make your own decisions.");
}

db::Result<QDate> WeeklyBrief::latestMarketWeek(db::Store &store)
{
    db::MarketAnalytics market(store);
    const auto weeks = market.weeks();
    if (!weeks)
        return weeks.error();
    const db::MarketAnalytics::Settings settings = MarketCharts::storedSettings();
    for (const db::TradingWeek &week : weeks.value()) {
        auto returns = market.indexReturns(week, settings);
        if (!returns)
            return returns.error();
        if (!returns.value().rows.isEmpty())
            return week.start;
    }
    return weeks.value().isEmpty() ? QDate() : weeks.value().constFirst().start;
}

std::pair<QDate, QDate> WeeklyBrief::calendarWeek(const QDate &day)
{
    const QDate monday = day.addDays(1 - day.dayOfWeek());
    return {monday, monday.addDays(6)};
}

db::Result<void> WeeklyBrief::write(const QString &path, const QDate &anyDay, const QList<Section> &sections,
                                    const std::function<bool(int, const QString &)> &progress)
{
    m_pages = 0;
    if (!anyDay.isValid())
        return db::Error{QStringLiteral("invalid-input"), tr("Expected a date in the week of the brief"), {}};
    const auto [monday, sunday] = calendarWeek(anyDay);
    auto step = [&](int percent, const QString &what) { return !progress || progress(percent, what); };
    const db::Error cancelled{QStringLiteral("cancelled"), tr("Cancelled: no file was written."), {}};
    if (!step(0, tr("Reading the week’s data…")))
        return cancelled;
    db::StepTimer timer("brief"); // ZHISUAN_TIMINGS=1: the time of each part (docs/performance.md)
    // A damaged store would give a brief with holes that look like "nothing happened": refuse and say why.
    if (auto findings = db::StoreCheck::run(*m_store, false); !findings || !findings.value().isEmpty()) {
        QStringList what;
        if (!findings)
            what << findings.error().message;
        else
            for (const auto &f : findings.value())
                what << f.message;
        return db::Error{QStringLiteral("damaged-store"),
                         tr("The brief was not written: the store is damaged (%1). Run “zhisuan check” to see what is wrong "
                            "and “zhisuan init” to repair it.")
                             .arg(what.join(QStringLiteral("; "))),
                         {}};
    }

    timer.step("store check");
    const QString iso = QStringLiteral("yyyy-MM-dd");
    const QString weekText = tr("Week of %1 to %2").arg(monday.toString(iso), sunday.toString(iso));
    // A client document: the firm that sends it on the title, header and footer, when the user has named one.
    const QString firm = settings::firmName.get().trimmed();
    widgets::ReportDocument doc(firm.isEmpty() ? tr("ZhiSuan Board weekly brief: AI and computing")
                                               : tr("%1 weekly brief: AI and computing", "the firm's name").arg(firm),
                                weekText);
    doc.setHeaderText(firm.isEmpty() ? tr("ZhiSuan Board weekly brief") : tr("%1 weekly brief", "the firm's name").arg(firm));
    const QString generated = DateFormat::date(QDate::currentDate());
    doc.setFooterText(firm.isEmpty() ? tr("ZhiSuan Board · generated %1 · not investment advice").arg(generated)
                                     : tr("%1 · %2 · not investment advice", "the firm's name, the date").arg(firm, generated));
    QStringList view;
    for (const QString &paragraph : m_view.split(QRegularExpression(QStringLiteral("\\n\\s*\\n"))))
        if (!paragraph.trimmed().isEmpty())
            view << paragraph.trimmed(); // line breaks within a paragraph are kept
    if (!view.isEmpty())
        doc.addBox(tr("Our view"), view);
    doc.addKeyPoints(tr("Key points"));
    doc.addContents(tr("Contents"));
    doc.addFigureList(tr("Figures and tables"));
    doc.addPageBreak(); // the sections start on page 2, as in the printed reports
    Builder builder(m_store, doc, monday);

    for (int si = 0; si < sections.size(); ++si) {
        const Section section = sections[si];
        if (!step(2 + 18 * si / int(sections.size()), title(section)))
            return cancelled;
        doc.addHeading(title(section));
        (builder.*info(section).add)();
        timer.step(info(section).id);
    }
    if (!builder.errors().isEmpty())
        return db::Error{QStringLiteral("sql"),
                         tr("The brief was not written: part of the store could not be read (%1). "
                            "Run “zhisuan check” to see what is wrong with the store.")
                             .arg(builder.errors().constFirst().message),
                         builder.errors().constFirst().detail};
    const QStringList points = builder.keyPoints();
    doc.setKeyPoints(points.isEmpty() ? QStringList{tr("Nothing is recorded for this week in the chosen sections.")} : points);
    // The brief ends as a sell-side note does: where its figures come from, then the risk disclosure (风险提示).
    doc.addHeading(tr("Risk disclosure"));
    doc.addParagraph(builder.disclosure());
    const QString disclaimer = settings::briefDisclaimer.get().trimmed();
    for (const QString &paragraph : (disclaimer.isEmpty() ? defaultDisclaimer() : disclaimer).split(QRegularExpression(QStringLiteral("\\n\\s*\\n"))))
        if (!paragraph.trimmed().isEmpty())
            doc.addParagraph(paragraph.trimmed());

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return db::Error{QStringLiteral("io"), tr("Cannot write %1: %2").arg(path, file.errorString()), path};
    const auto drawn = [&](int done, int total) { return step(20 + 80 * done / std::max(1, total), tr("Drawing page elements…")); };
    // A .odt is the editable copy (WPS, Word, LibreOffice open it), with the same content; anything else is the PDF.
    const bool editable = QFileInfo(path).suffix().compare(QLatin1String("odt"), Qt::CaseInsensitive) == 0;
    timer.step("sections read and built");
    const db::Result<void> written = editable ? doc.writeOdt(&file, drawn) : doc.write(&file, drawn);
    timer.step("document drawn and written");
    if (!written) {
        file.cancelWriting();
        if (written.error().code == QLatin1String("cancelled"))
            return cancelled;
        return db::Error{QStringLiteral("io"), written.error().message, path};
    }
    if (!file.commit())
        return db::Error{QStringLiteral("io"), tr("Cannot write %1: %2").arg(path, file.errorString()), path};
    m_pages = editable ? 0 : doc.pageCount();
    return {};
}

} // namespace zhisuan::app
