#include "modelsdashboard.h"

#include "benchmarkbarchartview.h"
#include "pricescatterview.h"


#include "chartcatalog.h"
#include "sourcecatalog.h"
#include "storeproblem.h"

#include "localnames.h"
#include "modelanalytics.h"
#include "numberformat.h"
#include "pageloader.h"
#include "pagestyle.h"
#include "querytablemodel.h"
#include "store.h"
#include "tabledelegate.h"
#include "tablepanel.h"
#include "timelineview.h"
#include "modelscharts.h"
#include "modelsview.h"
#include "vocabulary.h"

#include <QFont>
#include <QCheckBox>
#include <QComboBox>
#include <QHeaderView>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QScrollArea>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace zhisuan::app {

using Format = widgets::TableDelegate::Format;

ModelsDashboard::ModelsDashboard(db::Store *store, QWidget *parent)
    : DashboardPage(QStringLiteral("models"), parent), m_store(store), m_heading(new QLabel(this)), m_story(new QLabel(this)), m_tabs(new QTabWidget(this)),
      m_groupBy(new QComboBox(this)), m_showEvents(new QCheckBox(this)), m_timeline(new widgets::TimelineView(this)),
      m_detail(new QTextBrowser(this)), m_matrix(new QStandardItemModel(this)), m_matrixPanel(new widgets::TablePanel(this)),
      m_compare(new widgets::BenchmarkBarChartView(this)), m_benchmark(new QComboBox(this)), m_price(new widgets::PriceScatterView(this)),
      m_prices(new widgets::QueryTableModel(this)), m_pricesPanel(new widgets::TablePanel(this)),
      m_traffic(new widgets::QueryTableModel(this)), m_downloads(new widgets::QueryTableModel(this)),
      m_trafficPanel(new widgets::TablePanel(this)), m_downloadsPanel(new widgets::TablePanel(this)), m_cards(new QWidget(this))
{
    setObjectName(QStringLiteral("page-models"));
    m_timeline->setObjectName(QStringLiteral("timeline"));
    m_matrixPanel->setObjectName(QStringLiteral("benchmarks"));
    m_price->setObjectName(QStringLiteral("priceChart"));
    m_benchmark->setSizeAdjustPolicy(QComboBox::AdjustToContents); // "AlignBench", not "AlignBe"
    m_compare->setObjectName(QStringLiteral("compareChart"));
    m_trafficChart = new widgets::HistoryChartView(this);
    m_trafficChart->setObjectName(QStringLiteral("trafficChart"));
    m_trafficNote = new QLabel(this);
    widgets::PageStyle::note(m_trafficNote);
    m_story->setObjectName(QStringLiteral("story"));
    widgets::PageStyle::heading(m_heading);
    widgets::PageStyle::summary(m_story);
    m_showEvents->setChecked(true);

    auto *timelineTab = new QWidget(this);
    auto *tbar = new QHBoxLayout;
    tbar->addWidget(m_groupBy);
    tbar->addWidget(m_showEvents);
    tbar->addStretch(1);
    auto *split = new QSplitter(Qt::Horizontal, timelineTab);
    split->setObjectName(QStringLiteral("modelsTimelineSplitter")); // named: the main window saves its position
    split->addWidget(m_timeline);
    split->addWidget(m_detail);
    // The timeline takes the width a window gains (at 1280×800 it needs every pixel to name its markers beside
    // them); the detail pane keeps room for a release's fields.
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 0);
    split->setSizes({1000, 250});
    auto *tl = new QVBoxLayout(timelineTab);
    tl->addLayout(tbar);
    tl->addWidget(split, 1);

    auto *benchTab = new QSplitter(Qt::Vertical, this);
    benchTab->setObjectName(QStringLiteral("modelsBenchmarksSplitter"));
    benchTab->addWidget(m_matrixPanel);
    benchTab->addWidget(m_compare);
    benchTab->setStretchFactor(0, 3); // the table keeps room for its rows beside the comparison's minimum height
    benchTab->setStretchFactor(1, 2);
    m_matrixPanel->setModel(m_matrix);

    auto *priceTab = new QWidget(this);
    auto *pl = new QVBoxLayout(priceTab);
    pl->addWidget(m_benchmark, 0, Qt::AlignLeft);
    pl->addWidget(m_price, 3);
    // The reports' API price table beside their chart: every model's latest price, cheapest first.
    m_pricesPanel->setObjectName(QStringLiteral("apiPrices"));
    m_trafficPanel->setObjectName(QStringLiteral("traffic"));
    m_downloadsPanel->setObjectName(QStringLiteral("downloads"));
    m_pricesPanel->setModel(m_prices);
    pl->addWidget(m_pricesPanel, 2);

    auto *trafficTab = new QSplitter(Qt::Vertical, this);
    trafficTab->setObjectName(QStringLiteral("modelsTrafficSplitter"));
    auto *trafficTop = new QWidget(this);
    auto *trafficTopLayout = new QVBoxLayout(trafficTop);
    trafficTopLayout->setContentsMargins(0, 0, 0, 0);
    trafficTopLayout->addWidget(m_trafficNote);
    trafficTopLayout->addWidget(m_trafficChart, 1);
    trafficTab->addWidget(trafficTop);
    trafficTab->addWidget(m_trafficPanel);
    trafficTab->addWidget(m_downloadsPanel);
    m_trafficPanel->setModel(m_traffic);
    connect(m_traffic, &widgets::QueryTableModel::fetchFailed, this, [this](const QString &message) { reportStoreProblem(this, message); });
    m_downloadsPanel->setModel(m_downloads);

    auto *usageScroll = new QScrollArea(this);
    usageScroll->setWidgetResizable(true);
    usageScroll->setWidget(m_cards);
    new QGridLayout(m_cards);

    m_tabs->addTab(timelineTab, QString());
    m_tabs->addTab(benchTab, QString());
    m_tabs->addTab(priceTab, QString());
    m_tabs->addTab(trafficTab, QString());
    m_tabs->addTab(usageScroll, QString());

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->addWidget(m_heading);
    layout->addWidget(m_story);
    layout->addWidget(m_tabs, 1);

    connect(m_groupBy, &QComboBox::currentIndexChanged, this, &ModelsDashboard::fillTimeline);
    connect(m_showEvents, &QCheckBox::toggled, m_timeline, &widgets::TimelineView::setShowEvents);
    connect(m_timeline, &widgets::TimelineView::itemClicked, this, &ModelsDashboard::showItem);
    connect(m_benchmark, &QComboBox::currentIndexChanged, this, &ModelsDashboard::fillPriceChart);
    connect(m_matrixPanel->view()->selectionModel(), &QItemSelectionModel::selectionChanged, this, &ModelsDashboard::compareSelection);
    retranslateUi();
    PageLoader::request(this);
}

void ModelsDashboard::showTab(int index)
{
    m_tabs->setCurrentIndex(index);
}

QString ModelsDashboard::detailText() const
{
    return m_detail->toPlainText();
}

void ModelsDashboard::reload()
{
    db::ModelAnalytics models(*m_store);
    QList<db::Error> errors;
    m_releases = models.releases().valueOr({}, &errors);
    m_events = models.events().valueOr({}, &errors);
    if (m_shownItem && (*m_shownItem >= 100000 ? *m_shownItem - 100000 >= m_events.rows.size() : *m_shownItem >= m_releases.rows.size()))
        m_shownItem.reset(); // the store changed under it
    m_scores = models.benchmarks().valueOr({}, &errors);
    fillTimeline();
    fillBenchmarks();
    fillPriceChart();
    // 130k weekly visits for ten years of 250 sites: the table reads them a chunk at a time as the user scrolls,
    // the chart only the sites it draws.
    m_traffic->setFetcher(models.trafficChunks(), kTrafficChunk);
    const QDate latest(9999, 12, 31);
    const db::QueryTable histories = models.trafficHistories(latest, 8).valueOr({}, &errors);
    fillTrafficChart(histories);
    m_downloads->setTable(models.downloads().valueOr({}, &errors));
    fillUsage();
    // What each chart draws names its sources: the timeline every release and event (both already read), the
    // comparison the scores selected (compareSelection), the price chart its points (fillPriceChart).
    ChartCatalog::setSource(m_timeline, db::SourceCatalog::forRows(m_releases) + db::SourceCatalog::forRows(m_events));
    // The drawn sites' rows only, by the (site, week_start) key: counting the sources of all 130k weekly visits of
    // ten years took 0.09 s on the UI thread (issue 14).
    ChartCatalog::setSource(m_trafficChart, db::SourceCatalog::forTraffic(*m_store, ModelsView::siteNames(histories), latest).valueOr({}, &errors));
    retranslateUi();
    if (!errors.isEmpty())
        reportStoreProblem(this, errors.constFirst().message);
}

void ModelsDashboard::fillTimeline()
{
    const bool byVendor = m_groupBy->currentData().toString() == QLatin1String("vendor");
    ModelsCharts::showTimeline(m_timeline, ModelsView::timeline(m_releases, m_events, byVendor));
}

void ModelsDashboard::showItem(qint64 id)
{
    auto row = [muted = widgets::PageStyle::mutedText(palette()).name()](const QString &k, const QString &v) {
        return v.isEmpty() ? QString() : QStringLiteral("<tr><td style='color:%3;padding-right:8px'>%1</td><td>%2</td></tr>").arg(k, v.toHtmlEscaped(), muted);
    };
    const auto labels = Vocabulary::labels();
    QString html;
    if (id >= 100000) {
        const int r = int(id - 100000);
        // The title in the reader's language where the store has it (title_en); the description too (description_en).
        html = QStringLiteral("<h3>%1</h3><table>")
                   .arg(db::LocalNames::pick(m_events.value(r, QStringLiteral("title")).toString(), m_events.value(r, QStringLiteral("title_en")).toString())
                            .toHtmlEscaped());
        html += row(tr("Date"), m_events.value(r, QStringLiteral("date")).toString());
        const QString kind = m_events.value(r, QStringLiteral("kind")).toString();
        html += row(tr("Kind"), labels.value(kind, kind));
        // The description in the reader's language (description_en), or as written on a line that says so.
        const QString description = m_events.value(r, QStringLiteral("description")).toString();
        for (const auto &[label, text] : ModelsView::described({}, {}, description, m_events.value(r, QStringLiteral("description_en")).toString()))
            html += row(label, text);
        html += row(tr("Source"), db::SourceCatalog::shown(m_events.value(r, QStringLiteral("source")).toString()));
    } else {
        const int r = int(id);
        const QString model = m_releases.value(r, QStringLiteral("model")).toString();
        auto v = [&](const char *c) { return m_releases.value(r, QString::fromLatin1(c)); };
        html = QStringLiteral("<h3>%1</h3><table>").arg(Vocabulary::name(model).toHtmlEscaped());
        html += row(tr("Released"), v("date").toString());
        // The title and description in the reader's language (title_en, description_en); a description with no
        // English on a line of its own that says it is Chinese, never run on into an English sentence.
        for (const auto &[label, text] : ModelsView::described(v("title").toString(), v("title_en").toString(), v("description").toString(), v("description_en").toString()))
            html += row(label, text);
        html += row(tr("Vendor"), Vocabulary::name(v("vendor").toString()));
        html += row(tr("Modality"), labels.value(v("modality").toString(), v("modality").toString()));
        html += row(tr("Parameters (B), total / active"),
                    v("params_total_b").isNull() ? QString() : QLocale().toString(v("params_total_b").toDouble()) + (v("params_active_b").isNull() ? QString() : QStringLiteral(" / ") + QLocale().toString(v("params_active_b").toDouble())));
        html += row(tr("Context (tokens)"), v("context_tokens").isNull() ? QString() : QLocale().toString(v("context_tokens").toLongLong()));
        html += row(tr("Open weights"), v("open_weights").isNull() ? QString() : (v("open_weights").toInt() ? tr("yes") : tr("no")));
        html += row(tr("Architecture"), v("architecture").toString());
        // Each benchmark once; where two reports differ, each value with its source (BBH 86.8 was listed twice).
        const ModelsView::BenchmarkLine benchmarks = ModelsView::benchmarkLine(m_scores, model);
        html += row(tr("Benchmarks"), benchmarks.scores);
        html += row(tr("Benchmark sources"), benchmarks.notes.join(QLatin1Char('\n'))).replace(QLatin1Char('\n'), QStringLiteral("<br>"));
        const auto prices = db::ModelAnalytics(*m_store).pricePerformance().valueOr({});
        for (int i = 0; i < prices.rows.size(); ++i)
            if (prices.value(i, QStringLiteral("model")).toString() == model)
                html += row(tr("API price (CNY / M tokens)"), QStringLiteral("%1 / %2").arg(prices.value(i, QStringLiteral("input_per_mtok")).toString(), prices.value(i, QStringLiteral("output_per_mtok")).toString()));
        html += row(tr("Source"), db::SourceCatalog::shown(v("source").toString()));
    }
    m_detail->setHtml(html + QStringLiteral("</table>"));
    m_shownItem = id;
}

void ModelsDashboard::fillBenchmarks()
{
    m_benchmarks = ModelsView::benchmarkMatrix(m_scores);
    const auto &benches = m_benchmarks.benchmarks;
    m_matrix->clear();
    m_matrix->setColumnCount(int(benches.size()) + 1);
    auto *d = m_matrixPanel->delegate();
    d->setColumnFormat(0, Format::Name);
    for (int c = 0; c < benches.size(); ++c) {
        const auto [lo, hi] = m_benchmarks.range(benches[c]);
        d->setColumnFormat(c + 1, Format::Heat);
        d->setHeatRange(c + 1, lo, hi);
    }
    for (const QString &m : std::as_const(m_benchmarks.models)) {
        QList<QStandardItem *> row{new QStandardItem(m)};
        for (const QString &b : benches) {
            auto *item = new QStandardItem;
            if (const ModelsView::Score *score = m_benchmarks.score(m, b)) {
                item->setData(score->value, Qt::DisplayRole);
                // An inferred score is italic and says why (the heat colour stays: it is still the score shown).
                if (score->confidence == QLatin1String("inferred")) {
                    QFont f;
                    f.setItalic(true);
                    item->setData(f, Qt::FontRole);
                    item->setToolTip(tr("Inferred: %1").arg(score->note));
                } else if (score->confidence == QLatin1String("derived")) {
                    item->setToolTip(tr("Derived: %1").arg(score->note));
                }
            }
            row << item;
        }
        m_matrix->appendRow(row);
    }
    m_matrix->setHorizontalHeaderLabels(QStringList{tr("Model")} + benches);
    m_matrixPanel->setModel(m_matrix);
    // The scores share the width evenly: the last column took what the others left (MGSM over half the table).
    QHeaderView *header = m_matrixPanel->view()->horizontalHeader();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    for (int c = 1; c < header->count(); ++c)
        header->setSectionResizeMode(c, QHeaderView::Stretch);
    compareSelection(); // shows how to use it until cells are selected
    {
        const QSignalBlocker block(m_benchmark);
        const QString current = m_benchmark->currentData().toString();
        m_benchmark->clear();
        for (const QString &b : benches)
            m_benchmark->addItem(b, b);
        m_benchmark->setCurrentIndex(std::max(0, m_benchmark->findData(current.isEmpty() ? ModelsView::defaultPriceBenchmark() : current)));
    }
}

void ModelsDashboard::compareSelection()
{
    // The selected cells as grouped bars: one group per benchmark (column), one bar per model (row).
    QStringList models, benchmarks;
    for (const QModelIndex &i : m_matrixPanel->view()->selectionModel()->selectedIndexes()) {
        const QModelIndex s = m_matrixPanel->proxy()->mapToSource(i);
        if (s.column() > 0)
            benchmarks << m_benchmarks.benchmarks.value(s.column() - 1);
        models << m_benchmarks.models.value(s.row());
    }
    const ModelsView::Comparison c = ModelsView::compare(m_benchmarks, models, benchmarks);
    m_compare->setTitle(c.title);
    // The source line names where the compared scores come from (every score's until cells are selected).
    ChartCatalog::setSource(m_compare, db::SourceCatalog::forSources(c.sources));
    ChartCatalog::setAsOf(m_compare, c.asOf);
    QList<widgets::BenchmarkBarChartView::Model> bars;
    for (const ModelsView::ComparedModel &m : c.models)
        bars << widgets::BenchmarkBarChartView::Model{m.name, m.values, m.tooltips};
    // Values are not printed on the bars, where neighbours overprinted each other ("9293"); the ×10 is said under
    // the benchmark's bars.
    m_compare->setBars(c.benchmarks, bars, c.valueTitle);
}

void ModelsDashboard::fillPriceChart()
{
    const QString chosen = m_benchmark->currentData().toString();
    const QString benchmark = chosen.isEmpty() ? ModelsView::defaultPriceBenchmark() : chosen;
    QList<db::Error> errors;
    const ModelsView::Prices view = ModelsView::prices(db::ModelAnalytics(*m_store).pricePerformance(benchmark).valueOr({}, &errors), benchmark);
    if (!errors.isEmpty())
        reportStoreProblem(this, errors.constFirst().message);
    ModelsCharts::showPrices(m_price, view);
    m_frontierLabels = view.frontierLabels;
    m_prices->setTable(ModelsView::apiPrices(db::ModelAnalytics(*m_store).apiPrices().valueOr({}, &errors)));
    if (!errors.isEmpty())
        reportStoreProblem(this, errors.constFirst().message);
    m_pricesPanel->setTitle(tr("API prices (CNY per million tokens, latest of each model)"));
    m_prices->setColumns({{QStringLiteral("model"), tr("Model")},
                          {QStringLiteral("vendor"), tr("Vendor")},
                          {QStringLiteral("region"), tr("Region")},
                          {QStringLiteral("input_per_mtok"), tr("Input")},
                          {QStringLiteral("output_per_mtok"), tr("Output")},
                          {QStringLiteral("context_tokens"), tr("Context (k tokens)"), 1e-3},
                          {QStringLiteral("as_of"), tr("As of")}});
    m_pricesPanel->delegate()->setVocabulary(Vocabulary::labels());
    m_pricesPanel->delegate()->setColumnFormat(0, Format::Name); // ERNIE-4.0(文心一言) → ERNIE-4.0 on an English page
    m_pricesPanel->delegate()->setColumnFormat(1, Format::Name);
    m_pricesPanel->delegate()->setColumnFormat(2, Format::Vocabulary);
    for (int c : {3, 4, 5})
        m_pricesPanel->delegate()->setColumnFormat(c, Format::Number);
    m_pricesPanel->fitColumns();
    m_story->setText(ModelsView::priceStory(view));
}

void ModelsDashboard::fillUsage()
{
    auto *grid = qobject_cast<QGridLayout *>(m_cards->layout());
    while (QLayoutItem *item = grid->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    QList<db::Error> errors;
    const auto t = db::ModelAnalytics(*m_store).metrics().valueOr({}, &errors);
    if (!errors.isEmpty())
        reportStoreProblem(this, errors.constFirst().message);
    // One card per subject and metric: the latest value, then its history.
    QList<QStringList> keys;
    QHash<QString, QStringList> history;
    QHash<QString, QString> latest;
    for (int r = 0; r < t.rows.size(); ++r) {
        const QString key = t.value(r, QStringLiteral("subject")).toString() + QLatin1Char('\x1f') + t.value(r, QStringLiteral("name")).toString();
        QString value = widgets::compactNumber(t.value(r, QStringLiteral("value")).toDouble(), t.value(r, QStringLiteral("unit")).toString());
        // A forecast reads as one: 134亿美元 (2027E), not as this year's market.
        if (const QString mark = ModelsView::estimateMark(t.value(r, QStringLiteral("as_of")).toString(), t.value(r, QStringLiteral("note")).toString());
            !mark.isEmpty())
            value = tr("%1 (%2)").arg(value, mark);
        if (!history.contains(key))
            // The subject by its English name where the store has one (subject_en, issue 29), the metric by the vocabulary.
            keys << QStringList{Vocabulary::name(t.value(r, QStringLiteral("subject")).toString(), t.value(r, QStringLiteral("subject_en")).toString()),
                                Vocabulary::name(t.value(r, QStringLiteral("name")).toString()), key};
        history[key] << QStringLiteral("%1: %2").arg(t.value(r, QStringLiteral("as_of")).toString(), value);
        latest[key] = value;
    }
    for (int i = 0; i < keys.size(); ++i) {
        auto *card = new QLabel(m_cards);
        widgets::PageStyle::card(card);
        card->setText(QStringLiteral("<div style='color:%5'>%1</div><div><b>%2</b></div><div style='font-size:16px;color:%6'>%3</div><div style='color:%5'>%4</div>")
                          .arg(keys[i][0].toHtmlEscaped(), keys[i][1].toHtmlEscaped(), latest.value(keys[i][2]).toHtmlEscaped(),
                               history.value(keys[i][2]).join(QStringLiteral("<br>")).toHtmlEscaped().replace(QStringLiteral("&lt;br&gt;"), QStringLiteral("<br>")),
                               widgets::PageStyle::mutedText(palette()).name(), widgets::PageStyle::accent(palette()).name()));
        grid->addWidget(card, i / 3, i % 3);
    }
}

void ModelsDashboard::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        reload();
    QWidget::changeEvent(event);
}

void ModelsDashboard::retranslateUi()
{
    m_heading->setText(tr("Models & apps"));
    m_tabs->setAccessibleName(tr("Model views")); // names for a screen reader (issue 29)
    m_detail->setAccessibleName(tr("Model details"));
    m_timeline->setAccessibleName(tr("Release timeline of models and events"));
    m_tabs->setTabText(0, tr("Release timeline"));
    m_tabs->setTabText(1, tr("Benchmarks"));
    m_tabs->setTabText(2, tr("Price vs capability"));
    m_tabs->setTabText(3, tr("Traffic && downloads"));
    m_tabs->setTabText(4, tr("Usage metrics"));
    m_showEvents->setText(tr("Show events (policies, sanctions, outages)"));
    {
        const QSignalBlocker block(m_groupBy);
        const int at = std::max(0, m_groupBy->currentIndex());
        m_groupBy->clear();
        m_groupBy->addItem(tr("Lanes: domestic / overseas"), QStringLiteral("region"));
        m_groupBy->addItem(tr("Lanes: by vendor"), QStringLiteral("vendor"));
        m_groupBy->setCurrentIndex(at);
    }
    // The panel speaks the new language: the hint until something is clicked, then the item's labels.
    if (m_shownItem)
        showItem(*m_shownItem);
    else
        m_detail->setHtml(QStringLiteral("<p style='color:%1'>%2</p>")
                              .arg(widgets::PageStyle::mutedText(palette()).name(),
                                   tr("Click a release or an event. Wheel zooms the time range, dragging pans.")));
    m_matrixPanel->setTitle(tr("Benchmark scores (darker = better within each benchmark)"));
    m_trafficPanel->setTitle(tr("Weekly website visits (Similarweb)"));
    m_trafficChart->setTitle(tr("Weekly visits (10k)"));
    m_trafficNote->setText(tr("Weekly visits become a chart once a site has two or more weeks on record: import "
                              "Similarweb-style weekly exports (File ▸ Import…)."));
    m_downloadsPanel->setTitle(tr("Monthly app downloads"));
    m_traffic->setColumns({{QStringLiteral("site"), tr("Site")},
                           {QStringLiteral("category"), tr("Category")},
                           {QStringLiteral("week_start"), tr("Week from")},
                           {QStringLiteral("week_end"), tr("Week to")},
                           {QStringLiteral("visits"), tr("Visits (10k)"), 1e-4},
                           {QStringLiteral("wow_pct"), tr("Week on week (%)")},
                           {QStringLiteral("all_time_high"), tr("Record")},
                           {QStringLiteral("note"), tr("Note")}});
    auto *td = m_trafficPanel->delegate();
    td->setColumnFormat(4, Format::Number); // 160 (10k), not 160.00: a count in 10k has the digits its value has
    td->setColumnFormat(5, Format::Change);
    td->setColumnFormat(6, Format::Vocabulary);
    td->setColumnFormat(1, Format::Vocabulary);
    td->setColumnFormat(0, Format::Name); // 讯飞星火 → iFlytek Spark on an English page
    auto vocabulary = Vocabulary::labels();
    vocabulary.insert(QStringLiteral("true"), tr("★ all-time high"));
    vocabulary.insert(QStringLiteral("false"), QString());
    vocabulary.insert(QStringLiteral("1"), tr("yes"));
    vocabulary.insert(QStringLiteral("0"), QString());
    td->setVocabulary(vocabulary);
    m_downloads->setColumns({{QStringLiteral("app"), tr("App")},
                             {QStringLiteral("vendor"), tr("Vendor")},
                             {QStringLiteral("month"), tr("Month")},
                             {QStringLiteral("platform"), tr("Platform")},
                             {QStringLiteral("downloads"), tr("Downloads (10k)"), 1e-4},
                             {QStringLiteral("partial"), tr("Partial month")},
                             {QStringLiteral("cumulative"), tr("Cumulative")},
                             {QStringLiteral("note"), tr("Note")}});
    auto *dd = m_downloadsPanel->delegate();
    dd->setColumnFormat(0, Format::Name);
    dd->setColumnFormat(1, Format::Name); // 科大讯飞 → iFlytek
    dd->setColumnFormat(3, Format::Vocabulary); // android → 安卓
    dd->setColumnFormat(4, Format::Number); // 14,000 (10k), not 14,000.00
    dd->setColumnFormat(5, Format::Vocabulary);
    dd->setColumnFormat(6, Format::Vocabulary);
    dd->setVocabulary(vocabulary);
    for (auto *p : {m_trafficPanel, m_downloadsPanel, m_matrixPanel})
        p->fitColumns();
}

void ModelsDashboard::fillTrafficChart(const db::QueryTable &histories)
{
    const auto lines = ModelsView::visitLines(histories);
    ModelsCharts::showTraffic(m_trafficChart, lines);
    m_trafficChart->setVisible(!lines.isEmpty());
    m_trafficNote->setVisible(lines.isEmpty());
}

} // namespace zhisuan::app
