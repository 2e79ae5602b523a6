#include "marketdashboard.h"

#include "chartcatalog.h"
#include "marketcharts.h"
#include "marketview.h"
#include "sourcecatalog.h"
#include "pagestyle.h"
#include "storeproblem.h"

#include "chartaccessibility.h"
#include "historychartview.h"
#include "pageloader.h"
#include "querytablemodel.h"
#include "returnbarchartview.h"
#include "securitylistdialog.h"
#include "settings.h"
#include "store.h"
#include "tabledelegate.h"
#include "tablepanel.h"
#include "value.h"
#include "vocabulary.h"

#include <QComboBox>
#include <QApplication>
#include <QEventLoop>
#include <QDialog>
#include <QDialogButtonBox>
#include <QInputDialog>
#include <QListWidget>
#include <QMessageBox>
#include <QEvent>
#include <QBoxLayout>
#include <QGridLayout>
#include <QHeaderView>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QWheelEvent>
#include <QtConcurrent>

#include <memory>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace zhisuan::app {

MarketDashboard::MarketDashboard(db::Store *store, QWidget *parent, const QDate &week, db::MarketWeek::History history)
    : DashboardPage(QStringLiteral("market"), parent), m_store(store), m_heading(new QLabel(this)), m_weekLabel(new QLabel(this)),
      m_week(new QComboBox(this)), m_previous(new QPushButton(this)), m_next(new QPushButton(this)),
      m_industryLabel(new QLabel(this)), m_industry(new QComboBox(this)), m_summary(new QLabel(this)),
      m_empty(new QLabel(this)), m_content(new QWidget(this)), m_returnsChart(new widgets::ReturnBarChartView(m_content)),
      m_rankingChart(new widgets::ReturnBarChartView(m_content)), m_watchlistChart(new widgets::ReturnBarChartView(m_content)),
      m_levelChart(new widgets::HistoryChartView(m_content)), m_peChart(new widgets::HistoryChartView(m_content)),
      m_historyNote(new QLabel(m_content)), m_gainers(new widgets::QueryTableModel(this)), m_losers(new widgets::QueryTableModel(this)),
      m_keyStocks(new widgets::QueryTableModel(this)), m_lockups(new widgets::QueryTableModel(this)),
      m_gainersPanel(new widgets::TablePanel(m_content)), m_losersPanel(new widgets::TablePanel(m_content)),
      m_keyStocksPanel(new widgets::TablePanel(m_content)), m_lockupsPanel(new widgets::TablePanel(m_content)),
      m_editWatchlist(new QPushButton(this)), m_chooseBenchmarks(new QPushButton(this)), m_lockupDaysLabel(new QLabel(this)),
      m_lockupDays(new QSpinBox(this))
{
    nameAndStyleWidgets();
    buildBar();
    buildContent();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->addLayout(m_bar);
    layout->addWidget(m_summary);
    layout->addWidget(m_empty);
    layout->addWidget(m_scroll, 1);

    connectControls();
    retranslateUi();
    if (week.isValid())
        m_wantedWeek = week.addDays(1 - week.dayOfWeek());
    m_history = history;
    PageLoader::request(this);
}

// Object names (tests, saved state) and the house look of the page's labels and charts.
void MarketDashboard::nameAndStyleWidgets()
{
    setObjectName(QStringLiteral("page-market"));
    m_week->setObjectName(QStringLiteral("week"));
    m_previous->setObjectName(QStringLiteral("previousWeek"));
    m_chooseBenchmarks->setObjectName(QStringLiteral("chooseBenchmarks"));
    m_editWatchlist->setObjectName(QStringLiteral("editWatchlist"));
    m_summary->setObjectName(QStringLiteral("summary"));
    m_returnsChart->setObjectName(QStringLiteral("returnsChart"));
    m_rankingChart->setObjectName(QStringLiteral("rankingChart"));
    m_watchlistChart->setObjectName(QStringLiteral("watchlistChart"));
    m_gainersPanel->setObjectName(QStringLiteral("gainers"));
    m_losersPanel->setObjectName(QStringLiteral("losers"));
    m_keyStocksPanel->setObjectName(QStringLiteral("keyStocks"));
    m_lockupsPanel->setObjectName(QStringLiteral("lockups"));
    widgets::PageStyle::heading(m_heading);
    widgets::PageStyle::summary(m_summary);
    widgets::PageStyle::emptyState(m_empty);
    MarketCharts::shape(m_returnsChart, m_rankingChart, m_watchlistChart);
    m_lockupDays->setRange(1, 3650);
    m_lockupDays->setValue(settings::lockupDays.get());
    m_week->setMinimumContentsLength(12);
    m_industry->setMinimumContentsLength(14);
}

void MarketDashboard::buildBar()
{
    // The week on one side, the tracked industry and its pickers on the other: one row where the page is wide
    // enough, two below that (resizeEvent), so the window fits a 1024-px screen; two rows until the first resize.
    auto *weekRow = new QHBoxLayout;
    weekRow->addWidget(m_heading);
    weekRow->addSpacing(24);
    weekRow->addWidget(m_weekLabel);
    weekRow->addWidget(m_previous);
    weekRow->addWidget(m_week);
    weekRow->addWidget(m_next);
    m_busy = new QLabel(this);
    m_busy->setObjectName(QStringLiteral("loading"));
    m_busy->hide();
    weekRow->addWidget(m_busy);
    weekRow->addStretch(1);
    auto *trackRow = new QHBoxLayout;
    trackRow->addWidget(m_industryLabel);
    trackRow->addWidget(m_industry);
    trackRow->addWidget(m_chooseBenchmarks);
    trackRow->addWidget(m_editWatchlist);
    trackRow->addStretch(1);
    m_bar = new QBoxLayout(QBoxLayout::TopToBottom);
    m_bar->addLayout(weekRow);
    m_bar->addLayout(trackRow, 1);
}

// The charts, tables and their notes in a scroll area (m_scroll).
void MarketDashboard::buildContent()
{
    for (auto *panel : {m_gainersPanel, m_losersPanel, m_keyStocksPanel, m_lockupsPanel})
        panel->view()->setMinimumHeight(150);
    m_gainersPanel->setModel(m_gainers);
    m_losersPanel->setModel(m_losers);
    m_keyStocksPanel->setModel(m_keyStocks);
    m_lockupsPanel->setModel(m_lockups);

    auto *grid = new QGridLayout(m_content);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->addWidget(m_returnsChart, 0, 0);
    grid->addWidget(m_rankingChart, 0, 1);
    grid->addWidget(m_levelChart, 1, 0);
    grid->addWidget(m_peChart, 1, 1);
    grid->addWidget(m_historyNote, 2, 0, 1, 2);
    // Gainers beside losers where both fit whole, one above the other on a narrower window (see resizeEvent).
    m_movers = new QBoxLayout(QBoxLayout::LeftToRight);
    m_movers->addWidget(m_gainersPanel);
    m_movers->addWidget(m_losersPanel);
    grid->addLayout(m_movers, 3, 0, 1, 2);
    grid->addWidget(m_watchlistChart, 4, 0, 1, 2);
    grid->addWidget(m_keyStocksPanel, 5, 0, 1, 2);
    auto *lockupBar = new QHBoxLayout;
    lockupBar->addStretch(1);
    lockupBar->addWidget(m_lockupDaysLabel);
    lockupBar->addWidget(m_lockupDays);
    grid->addLayout(lockupBar, 6, 0, 1, 2);
    grid->addWidget(m_lockupsPanel, 7, 0, 1, 2);
    m_levelChart->setObjectName(QStringLiteral("levelChart"));
    m_peChart->setObjectName(QStringLiteral("peChart"));
    widgets::PageStyle::note(m_historyNote);
    // Heights live on the widgets, not the grid rows, so that a hidden chart or table leaves no gap (the charts'
    // in MarketCharts::shape).
    for (auto *panel : {m_gainersPanel, m_losersPanel})
        panel->setMinimumHeight(220);
    for (auto *panel : {m_keyStocksPanel, m_lockupsPanel})
        panel->setMinimumHeight(300);

    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(m_content);
    scroll->setObjectName(QStringLiteral("marketScroll"));
    m_scroll = scroll;
    for (auto *panel : {m_gainersPanel, m_losersPanel, m_keyStocksPanel, m_lockupsPanel})
        panel->view()->viewport()->installEventFilter(this);
}

void MarketDashboard::connectControls()
{
    connect(m_previous, &QPushButton::clicked, this, &MarketDashboard::previousWeek);
    connect(m_next, &QPushButton::clicked, this, &MarketDashboard::nextWeek);
    connect(m_week, &QComboBox::currentIndexChanged, this, &MarketDashboard::showWeek);
    connect(m_industry, &QComboBox::currentIndexChanged, this, [this] {
        if (m_industry->currentIndex() >= 0)
            settings::trackedIndustry.set(m_industry->currentData().toString());
        showWeek();
    });
    connect(m_editWatchlist, &QPushButton::clicked, this, &MarketDashboard::editWatchlist);
    connect(m_chooseBenchmarks, &QPushButton::clicked, this, &MarketDashboard::chooseBenchmarks);
    connect(m_lockupDays, &QSpinBox::valueChanged, this, [this](int days) {
        settings::lockupDays.set(days);
        showWeek();
    });
    m_watcher = new QFutureWatcher<db::MarketWeek>(this);
    connect(m_watcher, &QFutureWatcher<db::MarketWeek>::finished, this, [this] {
        if (m_watcher->isCanceled())
            return; // replaced by a newer week, which is loading
        m_pending = false;
        m_busy->hide();
        if (m_watcher->future().resultCount() > 0)
            apply(m_watcher->result());
        else if (m_loadError && !m_loadError->isEmpty())
            reportStoreProblem(this, *m_loadError);
    });
}

MarketDashboard::~MarketDashboard()
{
    m_watcher->cancel();
    m_watcher->waitForFinished();
}

db::MarketAnalytics::Settings MarketDashboard::settings() const
{
    db::MarketAnalytics::Settings s = MarketCharts::storedSettings();
    s.lockupDays = m_lockupDays->value();
    return s;
}

db::TradingWeek MarketDashboard::week() const
{
    const int i = m_week->currentIndex();
    return i >= 0 && i < m_weeks.size() ? m_weeks[i] : db::TradingWeek{};
}

void MarketDashboard::setWeek(const QDate &anyDay)
{
    const QDate monday = anyDay.addDays(1 - anyDay.dayOfWeek());
    // The weeks are known once the page has loaded; a page not loaded yet opens on this week (one load, not two).
    m_wantedWeek = monday;
    PageLoader::ensureLoaded(this);
    m_wantedWeek = {};
    for (int i = 0; i < m_weeks.size(); ++i)
        if (m_weeks[i].start == monday)
            m_week->setCurrentIndex(i);
}

void MarketDashboard::previousWeek()
{
    if (m_week->currentIndex() + 1 < m_week->count())
        m_week->setCurrentIndex(m_week->currentIndex() + 1); // weeks are listed newest first
}

void MarketDashboard::nextWeek()
{
    if (m_week->currentIndex() > 0)
        m_week->setCurrentIndex(m_week->currentIndex() - 1);
}

void MarketDashboard::reload()
{
    db::MarketAnalytics market(*m_store);
    const db::TradingWeek current = week();
    auto weeks = market.weeks();
    m_weeks = weeks ? weeks.value() : QList<db::TradingWeek>{};
    m_weeksError = weeks ? QString() : weeks.error().message;
    if (!weeks)
        reportStoreProblem(this, weeks.error().message);
    updateEmptyText();
    {
        const QSignalBlocker block(m_week);
        m_week->clear();
        for (const auto &w : std::as_const(m_weeks))
            m_week->addItem(QStringLiteral("%1 (%2)").arg(w.label()).arg(w.start.year()));
        // The one shown before, else the latest week with index or industry returns: the newest week is often a
        // partial one (a lockup list, a valuation snapshot) that would open on "no index data this week".
        int at = -1;
        for (int i = 0; i < m_weeks.size(); ++i)
            if (m_wantedWeek.isValid() ? m_weeks[i].start == m_wantedWeek : current.isValid() && m_weeks[i].start == current.start)
                at = i;
        for (int i = 0; at < 0 && i < std::min<int>(int(m_weeks.size()), 12); ++i)
            if (auto returns = market.indexReturns(m_weeks[i], settings()); returns && !returns.value().rows.isEmpty())
                at = i;
        if (at < 0)
            at = 0;
        m_week->setCurrentIndex(m_weeks.isEmpty() ? -1 : at);
        m_wantedWeek = {}; // later reloads keep the week shown
    }
    {
        const QSignalBlocker block(m_industry);
        m_industry->clear();
        const auto industries = db::MarketAnalytics(*m_store).securities(QStringLiteral("industry"));
        if (!industries)
            reportStoreProblem(this, industries.error().message);
        for (const QVariantList &row : industries.valueOr({}).rows) {
            m_industry->addItem(Vocabulary::name(row.value(1).toString(), row.value(2).toString()), row.value(0).toString());
            m_industry->setItemData(m_industry->count() - 1, row.value(1).toString(), Qt::UserRole + 1); // as stored
            m_industry->setItemData(m_industry->count() - 1, row.value(2).toString(), Qt::UserRole + 2); // English name
        }
        m_industry->setCurrentIndex(qMax(0, m_industry->findData(settings::trackedIndustry.get())));
    }
    showWeek();
}

void MarketDashboard::updateEmptyText()
{
    // "No data yet" would send the user to import what the store may well hold: say that it could not be read.
    m_empty->setText(m_weeksError.isEmpty()
                         ? tr("No market data yet. Import weekly returns or daily quotes exported from Wind or iFinD "
                              "(File ▸ Import…, Ctrl+I).")
                         : tr("The market data could not be read, so nothing is shown here: %1").arg(m_weeksError));
}

void MarketDashboard::showWeek()
{
    const bool empty = m_weeks.isEmpty();
    m_empty->setVisible(empty);
    m_content->parentWidget()->parentWidget()->setVisible(!empty); // the scroll area
    m_summary->setVisible(!empty);
    m_previous->setEnabled(m_week->currentIndex() + 1 < m_week->count());
    m_next->setEnabled(m_week->currentIndex() > 0);
    if (empty)
        return;
    const db::TradingWeek w = week();
    const auto s = settings();
    if (!m_background) {
        if (auto loaded = db::MarketWeek::load(*m_store, w, s, {}, m_history))
            apply(loaded.value());
        else
            reportStoreProblem(this, loaded.error().message); // a damaged store is said, not an abort
        return;
    }
    if (m_watcher->isRunning())
        m_watcher->cancel(); // the newer week wins; the older task stops at its next step
    m_busy->show();
    m_pending = true;
    // What went wrong in the task, said on the UI thread when it finishes (a damaged store is never silent).
    auto error = std::make_shared<QString>();
    m_loadError = error;
    m_watcher->setFuture(QtConcurrent::run([path = m_store->path(), w, s, error, history = m_history](QPromise<db::MarketWeek> &promise) {
        // One connection per thread: this task's own, closed when it ends.
        auto store = db::Store::open(path, db::Store::OpenMode::ExistingOnly);
        if (!store) {
            *error = store.error().message;
            return;
        }
        if (promise.isCanceled())
            return;
        auto loaded = db::MarketWeek::load(*store.value(), w, s, [&promise] { return promise.isCanceled(); }, history);
        if (!loaded && !promise.isCanceled())
            *error = loaded.error().message;
        if (loaded && !promise.isCanceled())
            promise.addResult(std::move(loaded).value());
    }));
}

bool MarketDashboard::isLoading() const
{
    return m_pending; // until the week is shown (the task may have ended with its result not yet applied)
}

void MarketDashboard::finishLoading()
{
    if (!m_pending)
        return;
    // The watcher's finished() applies the week (connected first), then ends this loop.
    QEventLoop loop;
    connect(m_watcher, &QFutureWatcher<db::MarketWeek>::finished, &loop, [this, &loop] {
        if (!m_pending)
            loop.quit();
    });
    QApplication::setOverrideCursor(Qt::BusyCursor);
    loop.exec(QEventLoop::ExcludeUserInputEvents);
    QApplication::restoreOverrideCursor();
}

void MarketDashboard::apply(const db::MarketWeek &loaded)
{
    m_shown = loaded;
    const MarketView view = MarketView::compute(loaded, settings());
    MarketCharts::showCharts(view, m_returnsChart, m_rankingChart, m_watchlistChart);
    for (QWidget *chart : {static_cast<QWidget *>(m_returnsChart), static_cast<QWidget *>(m_rankingChart), static_cast<QWidget *>(m_watchlistChart)})
        widgets::ChartAccessibility::setPeriod(chart, view.week.start, view.week.end); // a screen reader says the week
    m_returnsChart->setVisible(view.showsReturns());
    m_rankingChart->setVisible(view.showsRanking());
    if (auto *grid = qobject_cast<QGridLayout *>(m_content->layout()))
        grid->addWidget(m_returnsChart, 0, 0, 1, view.showsRanking() ? 1 : 2); // full width when there is no ranking
    m_watchlistChart->setVisible(view.showsWatchlist());
    MarketCharts::showHistory(view, m_levelChart, m_peChart);
    m_levelChart->setVisible(view.showsLevel());
    m_peChart->setVisible(view.showsPe());
    m_historyNote->setVisible(!view.showsLevel() || !view.showsPe());
    m_historyNote->setText(view.historyNote);

    m_gainers->setTable(view.gainers);
    m_losers->setTable(view.losers);
    m_gainersPanel->setVisible(!view.gainers.rows.isEmpty());
    m_losersPanel->setVisible(!view.losers.rows.isEmpty());
    m_keyStocks->setTable(view.keyStocks);
    m_keyStocksPanel->setVisible(!view.keyStocks.rows.isEmpty());
    m_lockups->setTable(view.lockups);
    retranslateUi(); // column sets depend on the data (EPS years)
    m_summary->setText(view.summary);
}

void MarketDashboard::editWatchlist()
{
    // Picked from the store's stocks with completion, in the order the chart shows them.
    SecurityListDialog dialog(m_store, {QStringLiteral("stock")}, true, this);
    dialog.setObjectName(QStringLiteral("watchlistDialog"));
    dialog.setWindowTitle(tr("Watchlist"));
    QList<SecurityListDialog::Entry> entries;
    for (const auto &w : settings().watchlist)
        entries.append({w.code, w.segment});
    dialog.setEntries(entries);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QList<db::WatchItem> items;
    for (const auto &e : dialog.entries())
        items.append({e.code, e.segment.isEmpty() ? tr("Other") : e.segment});
    settings::watchlist.set(MarketView::formatWatchlist(items).split(QLatin1Char('\n'), Qt::SkipEmptyParts));
    showWeek();
}

void MarketDashboard::chooseBenchmarks()
{
    // The indices the excess return is computed against, in the order the sentence names them.
    SecurityListDialog dialog(m_store, {QStringLiteral("index")}, false, this);
    dialog.setObjectName(QStringLiteral("benchmarksDialog"));
    dialog.setWindowTitle(tr("Benchmark indices"));
    QList<SecurityListDialog::Entry> entries;
    for (const QString &code : settings::benchmarks.get())
        entries.append({code, {}});
    dialog.setEntries(entries);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QStringList codes;
    for (const auto &e : dialog.entries())
        codes << e.code;
    settings::benchmarks.set(codes);
    showWeek();
}

QString MarketDashboard::summary() const
{
    return m_summary->text();
}

void MarketDashboard::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    // Side by side, each table needs its columns' width (about 560 px with the name): below that, stack them.
    m_movers->setDirection(m_content->width() >= 1180 ? QBoxLayout::LeftToRight : QBoxLayout::TopToBottom);
    m_bar->setDirection(width() >= 1100 ? QBoxLayout::LeftToRight : QBoxLayout::TopToBottom);
}

bool MarketDashboard::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Wheel && m_scroll) {
        auto *view = qobject_cast<QAbstractScrollArea *>(static_cast<QWidget *>(watched)->parentWidget());
        if (view && !view->hasFocus()) {
            QCoreApplication::sendEvent(m_scroll->verticalScrollBar(), event);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void MarketDashboard::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        for (int i = 0; i < m_industry->count(); ++i) // 计算机(申万) ⇄ Computers (SW)
            m_industry->setItemText(i, Vocabulary::name(m_industry->itemData(i, Qt::UserRole + 1).toString(),
                                                        m_industry->itemData(i, Qt::UserRole + 2).toString()));
        // The week on screen again in the new language: the summary, the charts' bar names, titles and legends.
        if (!m_weeks.isEmpty() && m_shown.week.isValid()) {
            const db::MarketWeek shown = m_shown;
            apply(shown);
        }
    }
    QWidget::changeEvent(event);
}

void MarketDashboard::retranslateUi()
{
    m_heading->setText(tr("Market"));
    m_weekLabel->setText(tr("Week:"));
    // Names for a screen reader (issue 29): a label names its field; the scroll area of the charts has none.
    m_weekLabel->setBuddy(m_week);
    m_industryLabel->setBuddy(m_industry);
    m_lockupDaysLabel->setBuddy(m_lockupDays);
    m_scroll->setAccessibleName(tr("Market charts and tables"));
    m_previous->setText(tr("◀ Previous"));
    m_busy->setText(tr("Loading the week…"));
    m_next->setText(tr("Next ▶"));
    m_previous->setAccessibleName(tr("Previous week")); // a screen reader reads the arrow as "black triangle"
    m_next->setAccessibleName(tr("Next week"));
    m_industryLabel->setText(tr("Tracked industry:"));
    m_chooseBenchmarks->setText(tr("Benchmarks…"));
    m_editWatchlist->setText(tr("Watchlist…"));
    m_lockupDaysLabel->setText(tr("Lockups expiring within (days):"));
    updateEmptyText();
    m_returnsChart->setTitle(tr("Index and industry returns (%)"));
    m_rankingChart->setTitle(tr("Industry ranking (%)"));
    m_gainersPanel->setTitle(tr("Top gainers of the industry"));
    m_losersPanel->setTitle(tr("Top losers of the industry"));
    // A snapshot or a list taken on another day than the week's says its date (issue 29).
    m_keyStocksPanel->setTitle(m_keyStocks->table().rows.isEmpty() ? tr("Key stocks") : MarketView::keyStocksTitle(m_keyStocks->table(), week()));
    m_lockupsPanel->setTitle(tr("Upcoming lockup expiries") + MarketView::lockupsValuedAsOf(m_lockups->table(), week()));

    for (auto [model, panel] : {std::pair{m_gainers, m_gainersPanel}, std::pair{m_losers, m_losersPanel}})
        MarketCharts::setColumns(MarketCharts::Table::Movers, model, panel->delegate());
    MarketCharts::setColumns(MarketCharts::Table::KeyStocks, m_keyStocks, m_keyStocksPanel->delegate());
    MarketCharts::setColumns(MarketCharts::Table::Lockups, m_lockups, m_lockupsPanel->delegate());
    for (auto *panel : {m_gainersPanel, m_losersPanel, m_keyStocksPanel, m_lockupsPanel})
        panel->fitColumns();
    // Every column in view: the movers' seven short columns share the half-page width (none cut off at the right
    // edge at 1280 px), and the wide tables give their spare width to the name, not to the last column (PB).
    for (auto *panel : {m_gainersPanel, m_losersPanel}) {
        // Each column as wide as its contents, the name taking what is left.
        QHeaderView *header = panel->view()->horizontalHeader();
        header->setMinimumSectionSize(24);
        header->setSectionResizeMode(QHeaderView::ResizeToContents);
        header->setStretchLastSection(false);
        if (header->count() > 2)
            header->setSectionResizeMode(2, QHeaderView::Stretch);
        // The layout (resizeEvent) gives each table the width of its columns: nothing to scroll to sideways (the
        // stretched name can round a pixel over).
        panel->view()->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    }
    for (auto *panel : {m_keyStocksPanel, m_lockupsPanel}) {
        QHeaderView *header = panel->view()->horizontalHeader();
        header->setStretchLastSection(false);
        for (int c = 0; c < header->count(); ++c)
            header->setSectionResizeMode(c, QHeaderView::Interactive);
        const int name = panel == m_keyStocksPanel ? 1 : 3;
        if (name < header->count())
            header->setSectionResizeMode(name, QHeaderView::Stretch);
    }
}

} // namespace zhisuan::app
