// The weekly brief's sections after the market's: models and products, traffic, compute centres, lockups
// (WeeklyBrief; the builder is in weeklybriefbuilder.h).
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
#include "modelsview.h"
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

namespace zhisuan::app::brief {

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
    QStringList names, shownNames, updates; // as stored (to match the events against), as the brief names them
    if (!releaseRows.isEmpty()) {
        Table t;
        // A release row is not always the model's release: an upgrade or fine-tuning is named by what happened, as
        // the timeline names it ("Kling (upgrade)"), and not counted as a release (issue 29).
        const auto kindOf = [&](int r) { return ModelsView::releaseKind(releases.value(r, QStringLiteral("title")).toString()); };
        const bool anyUpdate = std::any_of(releaseRows.cbegin(), releaseRows.cend(), [&](int r) { return !kindOf(r).isEmpty(); });
        t.title = anyUpdate ? tr("Models released and updated") : tr("Models released");
        t.headers = QStringList{tr("Date"), tr("Model"), tr("Vendor"), tr("Modality"), tr("Region"), tr("Parameters (bn)"), tr("Open weights"), tr("What")};
        t.rightAligned = {false, false, false, false, false, true, false, false};
        for (int r : std::as_const(releaseRows)) {
            const QVariant open = releases.value(r, QStringLiteral("open_weights"));
            // In the brief's language where the store has an English title (title_en); else the title as written.
            QString what = db::LocalNames::pick(releases.value(r, QStringLiteral("title")).toString(), releases.value(r, QStringLiteral("title_en")).toString());
            if (what.isEmpty()) // the description in the brief's language too (description_en)
                what = db::LocalNames::pick(releases.value(r, QStringLiteral("description")).toString(), releases.value(r, QStringLiteral("description_en")).toString());
            const QString model = Vocabulary::name(releases.value(r, QStringLiteral("model")).toString());
            const QString kind = kindOf(r);
            const QString shown = kind.isEmpty() ? model : QCoreApplication::translate("zhisuan::app::ModelsDashboard", "%1 (%2)").arg(model, kind);
            t.rows << QStringList{releases.value(r, QStringLiteral("date")).toString(),
                                  shown,
                                  Vocabulary::name(releases.value(r, QStringLiteral("vendor")).toString()),
                                  m_labels.value(releases.value(r, QStringLiteral("modality")).toString()),
                                  m_labels.value(releases.value(r, QStringLiteral("region")).toString()),
                                  asGiven(releases.value(r, QStringLiteral("params_total_b"))), // 405, not 405.0
                                  open.isNull() ? QString() : open.toBool() ? tr("yes") : tr("no"),
                                  what};
            names << releases.value(r, QStringLiteral("model")).toString();
            (kind.isEmpty() ? shownNames : updates) << shown;
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
                                  organisation(events, r)};
        t.source = sources(events, eventRows, tr("the imported files"));
        addTable(t);
    }
    const int releaseCount = int(shownNames.size());
    const int eventCount = int(eventRows.size());
    const QString releasesSentence = releaseCount > 0 ? tr("%n model release(s) this week: %1.", "", releaseCount).arg(shownNames.join(tr(", ")))
                                                       : tr("No model releases this week.");
    m_points << Vocabulary::sentences({releasesSentence,
                                       updates.isEmpty() ? QString() : tr("%n model update(s): %1.", "", int(updates.size())).arg(updates.join(tr(", "))),
                                       tr("%n news item(s) on products, policy and the industry.", "", eventCount)});
}

void Builder::addTraffic()
{
    // The week's visits of each site (or each site's latest), by a seek per site: not the whole history.
    bool latest = false;
    const db::QueryTable traffic = db::ModelAnalytics(*m_store).trafficOfWeek(m_monday, &latest).valueOr({}, &m_errors);
    // What was known by the week's end: not a week of visits that ends after it, nor one a later report published
    // (Runway's 0816–0822, published on 8/28, is not in the brief of 8.12–8.18; issue 29).
    QList<int> rows;
    QDate later;
    for (int r = 0; r < traffic.rows.size(); ++r) {
        const QDate published = db::SourceCatalog::publishedOn(traffic.value(r, QStringLiteral("source")).toString());
        const QDate end = QDate::fromString(traffic.value(r, QStringLiteral("week_end")).toString(), Qt::ISODate);
        if ((published.isValid() && published > m_sunday) || (end.isValid() && end > m_sunday))
            later = std::max(later, published.isValid() ? published : end);
        else
            rows << r;
    }
    if (rows.isEmpty()) {
        m_doc.addParagraph(later.isValid()
                               ? tr("No weekly website visits had been published by the end of this week: the figures on record were "
                                    "published on %1, after it, and this brief leaves them out.").arg(later.toString(Qt::ISODate))
                               : tr("No weekly website visits were reported up to this week."));
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
    const auto lines = ModelsView::visitLines(histories, m_monday); // weeks that end by the brief's Sunday
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
    // A centre a later report recorded is not news of this week (issue 29).
    QList<int> weekCentres;
    for (int r = 0; r < centres.rows.size(); ++r)
        if (!knownAfterTheWeek(centres.value(r, QStringLiteral("as_of"))))
            weekCentres << r;
    QStringList news;
    if (weekCentres.isEmpty() && eventRows.isEmpty()) {
        m_doc.addParagraph(tr("No compute centre opened, was added or changed, and no compute-centre news is recorded for this week."));
    } else {
        // Centres in their table; news in one of its own (date, news, organisation), so that neither has a column
        // left empty for the other's rows.
        QList<int> centreRows;
        if (!weekCentres.isEmpty()) {
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
            for (int r : std::as_const(weekCentres)) {
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
                // The key point names a centre once: not as itself and again in a news item of the week about it
                // ("哈尔滨智算中心; 哈尔滨智算中心投用"); the tables keep both.
                const QString stored = centres.value(r, QStringLiteral("name")).toString();
                const bool inNews = std::any_of(eventRows.cbegin(), eventRows.cend(), [&](int e) {
                    return events.value(e, QStringLiteral("title")).toString().contains(stored);
                });
                if (!inNews)
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
                t.rows << QStringList{events.value(r, QStringLiteral("date")).toString(), title, organisation(events, r)};
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
    addCentresMap();
}

// The Centres page's summary and map of the centres known by the week's end, with the date of the latest list they
// come from; none when every list on record came later: a brief does not show what its week could not know (the 7.22
// brief drew the lists of 8/17 and 8/28 without a date; issue 29).
void Builder::addCentresMap()
{
    const db::QueryTable stored = db::ComputeAnalytics(*m_store).centres().valueOr({}, &m_errors);
    db::QueryTable all{stored.columns, {}};
    QDate asOf, firstLater;
    for (int r = 0; r < stored.rows.size(); ++r) {
        const QDate d = QDate::fromString(stored.value(r, QStringLiteral("as_of")).toString().left(10), Qt::ISODate);
        if (knownAfterTheWeek(stored.value(r, QStringLiteral("as_of")))) {
            firstLater = firstLater.isValid() ? std::min(firstLater, d) : d;
            continue;
        }
        all.rows << stored.rows[r];
        asOf = std::max(asOf, d);
    }
    if (all.rows.isEmpty()) {
        if (firstLater.isValid())
            m_doc.addParagraph(tr("The list of compute centres on record was published on %1, after this week: this brief leaves "
                                  "the map and the centre totals out.").arg(firstLater.toString(Qt::ISODate)));
        return;
    }
    CentresView::Filter filter;
    filter.leaveOutInferred = settings::leaveOutInferred.get();
    const CentresView view = CentresMap::compute(all, filter);
    m_centresMap = std::make_unique<widgets::ChinaMapView>();
    m_centresMap->setObjectName(QStringLiteral("map"));
    m_centresMap->loadGeo(QStringLiteral(":/geo/china-provinces.geojson"));
    CentresMap::show(m_centresMap.get(), view, filter);
    const QString title = catalogued(QStringLiteral("centres-map")).title;
    const QString date = asOf.toString(Qt::ISODate);
    m_doc.addParagraph(asOf.isValid() ? tr("All centres on record as of %1: %2.").arg(date, plain(view.cards))
                                      : tr("All centres on record: %1.").arg(plain(view.cards)));
    m_doc.addChart(m_centresMap.get(), asOf.isValid() ? QCoreApplication::translate("ChartCatalog", "%1, as of %2", "title, date").arg(title, date) : title,
                   ChartCatalog::source(m_centresMap.get()), 0.62);
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
    // A list that may miss some of the window's expiries says so in the key point too, not only under the table.
    bool partial = false;
    const QString coverage = lockupCoverage(asOf, friday.addDays(settings.lockupDays), &partial);
    m_points << (partial ? tr("%1 %2", "two sentences").arg(dated, coverage) : dated);
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
    t.note = coverage;
    // Read with the week's market views; a week without market data reads them here.
    const QStringList known = m_marketLoaded.lockupsSources;
    t.source = cite(known.isEmpty() ? db::SourceCatalog::forTable(*m_store, QStringLiteral("lockup")).valueOr({}, &m_errors) : known);
    addTable(t);
}

// Under the lockups table, when the list was taken before the week: its date, and the last expiry it names when that
// falls short of the window (a list reaches only as far as its report looked ahead; the store does not say how far,
// so the days after it "may" be missing). Empty for the week's own list.
QString Builder::lockupCoverage(const QDate &asOf, const QDate &windowEnd, bool *partial)
{
    *partial = false;
    if (!asOf.isValid() || asOf >= m_monday)
        return {};
    auto all = m_marketSettings;
    all.lockupDays = int(asOf.daysTo(windowEnd)) + 3660; // everything the list names after its own day, beyond the window too
    const db::QueryTable listed = db::MarketAnalytics(*m_store).lockups(db::TradingWeek{asOf.addDays(-4), asOf}, all).valueOr({}, &m_errors);
    QDate last;
    for (int r = 0; r < listed.rows.size(); ++r)
        if (listed.value(r, QStringLiteral("as_of")).toString() == asOf.toString(Qt::ISODate))
            last = std::max(last, QDate::fromString(listed.value(r, QStringLiteral("expiry_date")).toString(), Qt::ISODate));
    *partial = last.isValid() && last < windowEnd;
    if (*partial)
        return tr("Coverage: the lockup list as of %1 names expiries up to %2; it may not cover those from %3 to %4.")
            .arg(asOf.toString(Qt::ISODate), last.toString(Qt::ISODate), last.addDays(1).toString(Qt::ISODate), windowEnd.toString(Qt::ISODate));
    return tr("Coverage: the lockup list as of %1.").arg(asOf.toString(Qt::ISODate));
}

} // namespace zhisuan::app::brief
