#include "weeklybrief.h"
#include "weeklybriefbuilder.h"
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

namespace brief {


QString number(const QVariant &v, int decimals)
{
    return v.isNull() ? QString() : QLocale().toString(v.toDouble(), 'f', decimals);
}

QString signedNumber(double v)
{
    return (v > 0 ? QStringLiteral("+") : QString()) + QLocale().toString(v, 'f', 2);
}

QString asGiven(const QVariant &v)
{
    return v.isNull() ? QString() : QLocale().toString(v.toDouble(), 'f', QLocale::FloatingPointShortest);
}

QString organisation(const db::QueryTable &events, int row)
{
    return Vocabulary::name(events.value(row, QStringLiteral("organisation")).toString(), events.value(row, QStringLiteral("organisation_en")).toString());
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

// A security inside a sentence: by its name in the interface language, else by the name as stored with its code
// (立方控股 has no English name: an English key point says "立方控股 (833030.BJ)", as the tables name it, not the code
// alone among English names; issue 29).
QString inSentence(const QString &name, const QString &code)
{
    return inInterfaceLanguage(name) || code.isEmpty() ? name : QCoreApplication::translate("WeeklyBrief", "%1 (%2)", "a name, its security code").arg(name, code);
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

Builder::Builder(db::Store *store, widgets::ReportDocument &doc, const QDate &monday)
    : m_store(store), m_doc(doc), m_monday(monday), m_sunday(monday.addDays(6)), m_labels(Vocabulary::labels())
{
}

Builder::~Builder() = default;


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
        m_points << marketPointWithoutReturns();
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
        t.title = Vocabulary::tidy(tr("Excess return of %1 over the benchmarks").arg(Vocabulary::name(excess.value(0, QStringLiteral("industry_name")).toString())));
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

// The key point of a week without index or industry returns: what the week does have, the watchlist's moves over
// its days with data (8.26–8.28), which the movers section draws; not "no returns recorded" above a figure of ten
// moves (issue 29).
QString Builder::marketPointWithoutReturns() const
{
    if (!m_marketWeek || !m_marketView.showsWatchlist())
        return tr("Market: no index or industry weekly returns are recorded for this week.");
    const auto &bars = m_marketView.watchlist;
    const auto [low, high] = std::minmax_element(bars.cbegin(), bars.cend(), [](const auto &a, const auto &b) { return a.value < b.value; });
    return tr("Market: no index or industry weekly returns are recorded for this week; the watchlist's moves from %1 to %2 "
              "range from %3 to %4.")
        .arg(m_tradingWeek.start.toString(Qt::ISODate), m_tradingWeek.end.toString(Qt::ISODate),
             tr("%1 (%2%)").arg(low->label, signedNumber(low->value)), tr("%1 (%2%)").arg(high->label, signedNumber(high->value)));
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
        // A name without an English form with its code, in one bracket with the return: "中创股份 (688695.SH, -10.80%)".
        const QString name = Vocabulary::name(movers.value(r, QStringLiteral("name")).toString(), movers.value(r, QStringLiteral("name_en")).toString());
        const QString code = movers.value(r, QStringLiteral("code")).toString();
        const QString move = signedNumber(movers.value(r, QStringLiteral("return_pct")).toDouble());
        const QString mover = inInterfaceLanguage(name) || code.isEmpty() ? tr("%1 (%2%)").arg(name, move)
                                                                           : tr("%1 (%2, %3%)", "a name, its security code, its return").arg(name, code, move);
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
    // Valuations taken after the week are what the week could not know: left out, and said (issue 29), as the lockups.
    const db::QueryTable &keyStocks = m_marketView.keyStocks;
    const QVariant keysAsOf = keyStocks.rows.isEmpty() ? QVariant() : keyStocks.value(0, QStringLiteral("as_of"));
    if (knownAfterTheWeek(keysAsOf)) {
        m_doc.addParagraph(tr("The key stocks' valuations on record were taken on %1, after this week: this brief leaves them out.")
                               .arg(keysAsOf.toString().left(10)));
        return;
    }
    Table keys = marketTable(MarketCharts::Table::KeyStocks, keyStocks);
    if (!keys.rows.isEmpty()) {
        keys.title = MarketView::keyStocksTitle(m_marketView.keyStocks, db::TradingWeek{m_monday, m_monday.addDays(4)}); // its date when not the week's
        keys.source = cite(m_marketLoaded.keyStocksSources);
        addTable(keys);
    }
}

} // namespace brief

namespace {

using brief::Builder;

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
    QStringList points = builder.keyPoints();
    for (QString &point : points)
        point = Vocabulary::tidy(point); // a Chinese key point without the spaces its parts' translations leave (issue 29)
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
