#include "mainwindow.h"
#include "dateformat.h"
#include "storedialog.h"
#include "weeklybriefdialog.h"

#include "chartcatalog.h"
#include "chartexporter.h"
#include "exportoptionsdialog.h"
#include "filedialog.h"
#include "tablepanel.h"
#include "datapage.h"
#include "importresultpanel.h"
#include "importrunner.h"
#include "importwizarddialog.h"
#include "inboxwatcher.h"
#include "languagemanager.h"
#include "marketdashboard.h"
#include "pageloader.h"
#include "pageregistry.h"
#include "settings.h"
#include "store.h"
#include "storecheck.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QDate>
#include <QDir>
#include <QScreen>
#include <QSplitter>
#include <QDragEnterEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QLocale>
#include <QTime>
#include <QSqlDriver>
#include <QTimer>
#include <QVBoxLayout>

namespace zhisuan::app {


MainWindow::MainWindow(db::Store *store, LanguageManager *languages, QWidget *parent)
    : QMainWindow(parent), m_store(store), m_languages(languages), m_sidebar(new QListWidget(this)),
      m_stack(new QStackedWidget(this)), m_runner(new ImportRunner(store->path(), this)),
      m_problemBanner(new QLabel(this))
{
    setObjectName(QStringLiteral("MainWindow"));
    // Every table's Export… starts in the folder of the last export and keeps the one chosen.
    widgets::TablePanel::setExportFolder({[] { return settings::exportFolder.get(); }, [](const QString &folder) { settings::exportFolder.set(folder); }});
    setAcceptDrops(true);
    setWindowIcon(QIcon(QStringLiteral(":/icons/zhisuan.svg")));

    m_sidebar->setObjectName(QStringLiteral("sidebar"));
    m_sidebar->setIconSize(QSize(22, 22));
    m_sidebar->setFixedWidth(180);
    m_sidebar->setSpacing(2);
    m_sidebar->setStyleSheet(QStringLiteral(
        "QListWidget { background: #1f2d3d; color: #e8edf2; border: none; font-size: 14px; padding-top: 8px; }"
        "QListWidget::item { padding: 10px 8px; }"
        "QListWidget::item:selected { background: #c0392b; color: white; }"));
    for (const PageRegistry::Page &p : PageRegistry::all()) {
        auto *item = new QListWidgetItem(style()->standardIcon(p.icon), QString(), m_sidebar);
        item->setData(Qt::UserRole, p.id);
        DashboardPage *page = p.make(store, m_stack);
        // Each page says when it cannot read the store (issue 13): the window shows it above the pages.
        connect(page, &DashboardPage::storeProblem, this, &MainWindow::showStoreProblem);
        if (auto *data = qobject_cast<DataPage *>(page))
            m_dataPage = data;
        m_pages.append(page);
        m_stack->addWidget(page);
    }
    connect(m_sidebar, &QListWidget::currentRowChanged, m_stack, &QStackedWidget::setCurrentIndex);
    connect(m_dataPage, &DataPage::importRequested, this, &MainWindow::chooseImportFiles);
    connect(m_dataPage, &DataPage::dataChanged, this, &MainWindow::reloadAll);
    connect(m_runner, &ImportRunner::finished, this, &MainWindow::showImportResult);

    auto *central = new QWidget(this);
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_sidebar);
    auto *right = new QVBoxLayout;
    right->setContentsMargins(0, 0, 0, 0);
    right->setSpacing(0);
    right->addWidget(m_problemBanner);
    m_inboxNotice = new QLabel(this);
    m_inboxNotice->setObjectName(QStringLiteral("inboxNotice"));
    m_inboxNotice->setWordWrap(true);
    m_inboxNotice->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_inboxNotice->setStyleSheet(QStringLiteral("QLabel { background: #e8f1fb; color: #123a63; padding: 8px 12px; "
                                                "border-bottom: 1px solid #b9d3ee; }"));
    m_inboxNotice->hide();
    right->addWidget(m_inboxNotice);
    m_importResult = new ImportResultPanel(this);
    right->addWidget(m_importResult);
    right->addWidget(m_stack, 1);
    layout->addLayout(right, 1);
    setCentralWidget(central);
    m_problemBanner->setObjectName(QStringLiteral("storeProblem"));
    m_problemBanner->setWordWrap(true);
    m_problemBanner->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_problemBanner->setStyleSheet(QStringLiteral("QLabel { background: #fdecea; color: #611a15; padding: 8px 12px; "
                                                  "border-bottom: 1px solid #f5c6cb; }"));
    m_problemBanner->hide();
    watchForOtherWriters();
    m_inbox = new InboxWatcher(store->path(), this);
    m_inboxNoticeTimer = new QTimer(this);
    m_inboxNoticeTimer->setSingleShot(true);
    m_inboxNoticeTimer->setInterval(30000);
    connect(m_inboxNoticeTimer, &QTimer::timeout, m_inboxNotice, &QWidget::hide);
    connect(m_inbox, &InboxWatcher::fileSeen, this, [this](const QString &file) {
        m_dataPage->logInbox(tr("%1 arrived; waiting until it is completely written…").arg(QFileInfo(file).fileName()));
    });
    connect(m_inbox, &InboxWatcher::imported, this, &MainWindow::showInboxArrivals);
    connect(m_dataPage, &DataPage::inboxFolderChosen, this, &MainWindow::setInboxFolder);
    setInboxFolder(settings::inboxFolder.get());
    // A damaged store (a table dropped by hand, a half-restored backup) is said once, up front.
    if (auto findings = db::StoreCheck::run(*store, false); findings && !findings.value().isEmpty()) {
        QStringList what;
        for (const auto &f : findings.value())
            what << f.message;
        showStoreProblem(what.join(QStringLiteral("; ")));
    }

    createMenus();
    installChartActions();
    retranslateUi();
    statusBar()->showMessage(store->path());
    if (store->isReadOnly()) {
        // A reader's role on a team store: everything can be read, nothing imported or rolled back.
        m_importAction->setVisible(false);
        m_readOnlyNotice = new QLabel(this);
        m_readOnlyNotice->setObjectName(QStringLiteral("readOnlyNotice"));
        statusBar()->addPermanentWidget(m_readOnlyNotice);
        retranslateUi();
    }

    if (!restoreGeometry(settings::windowGeometry.get())) {
        // 1400×880 where the screen has room, else the screen's free area (a 1024×700 laptop gets the whole of it).
        const QSize room = screen() ? screen()->availableGeometry().size() : QSize(1400, 880);
        resize(QSize(1400, 880).boundedTo(room));
    }
    restoreState(settings::windowState.get());
    const QVariantMap splitters = settings::splitterStates.get();
    for (QSplitter *splitter : findChildren<QSplitter *>())
        if (const QVariant state = splitters.value(splitter->objectName()); state.isValid())
            splitter->restoreState(state.toByteArray());
    showPage(settings::lastPage.get());
}

MainWindow::~MainWindow() = default;

QStringList MainWindow::pageIds() const
{
    return PageRegistry::ids();
}

QString MainWindow::currentPage() const
{
    const int row = m_sidebar->currentRow();
    return row >= 0 ? m_pages.value(row)->id() : QString();
}

void MainWindow::showPage(const QString &id)
{
    const int index = std::max<qsizetype>(0, PageRegistry::ids().indexOf(id));
    m_sidebar->setCurrentRow(int(index));
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_importAction = m_fileMenu->addAction(QString(), this, &MainWindow::chooseImportFiles);
    m_importAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    m_importAction->setObjectName(QStringLiteral("actionImport"));
    m_fileMenu->addSeparator();
    m_quitAction = m_fileMenu->addAction(QString(), this, &QWidget::close);
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);

    m_viewMenu = menuBar()->addMenu(QString());
    for (int i = 0; i < m_pages.size(); ++i) {
        QAction *a = m_viewMenu->addAction(QString(), this, [this, i] { m_sidebar->setCurrentRow(i); });
        a->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
        m_pageActions.append(a);
    }
    m_viewMenu->addSeparator();
    m_languageMenu = m_viewMenu->addMenu(QString());
    auto *group = new QActionGroup(this);
    m_langSystem = m_languageMenu->addAction(QString());
    m_langChinese = m_languageMenu->addAction(QStringLiteral("中文（简体）"));
    m_langEnglish = m_languageMenu->addAction(QStringLiteral("English"));
    const std::pair<QAction *, QString> langs[] = {{m_langSystem, QString()},
                                                   {m_langChinese, QStringLiteral("zh_CN")},
                                                   {m_langEnglish, QStringLiteral("en")}};
    for (const auto &[action, code] : langs) {
        action->setCheckable(true);
        action->setChecked(m_languages->language() == code);
        group->addAction(action);
        connect(action, &QAction::triggered, this, [this, code = code] {
            settings::language.set(code);
            m_languages->setLanguage(code);
        });
    }
    m_viewMenu->addSeparator();
    m_fullScreenAction = m_viewMenu->addAction(QString(), this, [this] {
        setWindowState(windowState() ^ Qt::WindowFullScreen);
    });
    m_fullScreenAction->setShortcut(QKeySequence::FullScreen);

    m_dashboardMenu = menuBar()->addMenu(QString());
    m_exportAllAction = m_dashboardMenu->addAction(QString(), this, &MainWindow::chooseExportAll);
    m_reportMenu = menuBar()->addMenu(QString());
    m_briefAction = m_reportMenu->addAction(QString(), this, &MainWindow::openWeeklyBrief);
    m_briefAction->setObjectName(QStringLiteral("weeklyBriefAction"));
    m_briefAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B));

    m_settingsMenu = menuBar()->addMenu(QString());
    m_storeAction = m_settingsMenu->addAction(QString(), this, &MainWindow::chooseStore);
    m_storeAction->setObjectName(QStringLiteral("actionStore"));
    m_storeAction->setMenuRole(QAction::PreferencesRole);

    m_helpMenu = menuBar()->addMenu(QString());
    m_aboutAction = m_helpMenu->addAction(QString(), this, &MainWindow::showAbout);
    m_aboutAction->setMenuRole(QAction::AboutRole);
    m_aboutQtAction = m_helpMenu->addAction(QString(), qApp, &QApplication::aboutQt);
}

void MainWindow::installChartActions()
{
    // Every chart gets Export… and Copy on its context menu.
    for (const auto &chart : ChartCatalog::all()) {
        QWidget *w = ChartCatalog::widget(*this, chart);
        if (!w)
            continue;
        w->setContextMenuPolicy(Qt::ActionsContextMenu);
        auto *exportAction = new QAction(w);
        auto *copyAction = new QAction(w);
        copyAction->setShortcut(QKeySequence::Copy);
        copyAction->setShortcutContext(Qt::WidgetShortcut);
        const QString id = chart.id;
        connect(exportAction, &QAction::triggered, this, [this, id] { exportChart(id); });
        connect(copyAction, &QAction::triggered, this, [this, id] { copyChart(id); });
        w->addAction(exportAction);
        w->addAction(copyAction);
        m_chartActions.append(std::make_pair(exportAction, copyAction));
    }
}

void MainWindow::exportChart(const QString &id)
{
    const auto chart = ChartCatalog::find(id);
    settleMarketWeek();
    QWidget *w = chart ? ChartCatalog::widget(*this, *chart) : nullptr;
    if (!w)
        return;
    if (!ChartCatalog::hasContent(w)) {
        statusBar()->showMessage(tr("Nothing to export: the chart is empty"), 5000);
        return;
    }
    widgets::ExportOptionsDialog options(widgets::ExportOptionsDialog::Mode::OneChart, settings::exportChoice(), this);
    if (options.exec() != QDialog::Accepted)
        return;
    settings::keepExportChoice(options.choice());
    const QString folder = widgets::FileDialog::folderOrDocuments(settings::exportFolder.get());
    const QString path = widgets::FileDialog::getSaveFileName(this, tr("Export chart"),
                                                      QDir(folder).filePath(QStringLiteral("%1_%2.%3").arg(id, exportPeriod(*chart), options.format())), QString());
    if (path.isEmpty())
        return;
    settings::exportFolder.set(QFileInfo(path).absolutePath());
    auto o = options.options();
    o.title = exportTitle(*chart, w);
    o.source = ChartCatalog::source(w);
    if (const db::Result<void> exported = widgets::ChartExporter::exportTo(w, path, o); !exported)
        QMessageBox::warning(this, tr("Export chart"), exported.error().message);
    else
        statusBar()->showMessage(tr("Wrote %1").arg(path), 5000);
}

db::TradingWeek MainWindow::exportWeek(const ChartCatalog::Chart &chart) const
{
    if (chart.page != QLatin1String("market"))
        return {};
    const auto *market = findChild<MarketDashboard *>();
    return market ? market->week() : db::TradingWeek{};
}

QString MainWindow::exportPeriod(const ChartCatalog::Chart &chart) const
{
    // A market chart shows one week: its file is named by that week (2024-07-22_26), not by the day it was saved.
    const db::TradingWeek week = exportWeek(chart);
    if (!week.isValid())
        return QDate::currentDate().toString(Qt::ISODate);
    const QDate end = week.end.isValid() ? week.end : week.start.addDays(4);
    return week.start.toString(Qt::ISODate) + QLatin1Char('_')
           + end.toString(end.month() == week.start.month() ? QStringLiteral("dd") : QStringLiteral("MM-dd"));
}

QString MainWindow::exportTitle(const ChartCatalog::Chart &chart, const QWidget *widget) const
{
    return ChartCatalog::exportTitle(chart, widget, exportWeek(chart)); // as `zhisuan export` titles it
}

void MainWindow::copyChart(const QString &id)
{
    const auto chart = ChartCatalog::find(id);
    settleMarketWeek();
    QWidget *w = chart ? ChartCatalog::widget(*this, *chart) : nullptr;
    if (!w)
        return;
    if (!ChartCatalog::hasContent(w)) {
        statusBar()->showMessage(tr("Nothing to copy: the chart is empty"), 5000);
        return;
    }
    // The size the user exports at, at least 2× for a sharp paste; opaque, as Office ignores clipboard alpha.
    widgets::ChartExporter::Options o = settings::exportChoice().options;
    o.scale = std::max(o.scale, 2);
    o.transparent = false;
    o.title = exportTitle(*chart, w);
    o.source = ChartCatalog::source(w);
    QApplication::clipboard()->setImage(widgets::ChartExporter::image(w, o));
    statusBar()->showMessage(tr("Chart copied"), 3000);
}

void MainWindow::settleMarketWeek()
{
    // A week still loading on the worker thread: its charts still show the week before. Export and copy draw the
    // week the week box shows, so they wait for it (a fraction of a second).
    if (auto *market = findChild<MarketDashboard *>())
        market->finishLoading();
}

QStringList MainWindow::exportPageCharts(const QString &folder, const QString &format, const QString &nameTemplate,
                                         QStringList *errors)
{
    QStringList written;
    settleMarketWeek();
    widgets::ChartExporter::Options o = settings::exportChoice().options;
    for (const auto &chart : ChartCatalog::all()) {
        if (chart.page != currentPage())
            continue;
        QWidget *w = ChartCatalog::widget(*this, chart);
        if (!ChartCatalog::hasContent(w))
            continue; // hidden for want of data, or a comparison with nothing selected
        QString name = nameTemplate;
        name.replace(QStringLiteral("{chart}"), chart.id).replace(QStringLiteral("{page}"), chart.page)
            .replace(QStringLiteral("{date}"), exportPeriod(chart));
        const QString path = QDir(folder).filePath(name + QLatin1Char('.') + format);
        o.title = exportTitle(chart, w);
        o.source = ChartCatalog::source(w);
        if (const db::Result<void> exported = widgets::ChartExporter::exportTo(w, path, o); exported)
            written << path;
        else if (errors)
            *errors << exported.error().message;
    }
    return written;
}

void MainWindow::chooseExportAll()
{
    widgets::ExportOptionsDialog options(widgets::ExportOptionsDialog::Mode::ManyCharts, settings::exportChoice(), this);
    if (options.exec() != QDialog::Accepted)
        return;
    settings::keepExportChoice(options.choice());
    const QString folder = widgets::FileDialog::getExistingDirectory(this, tr("Export all charts to"),
                                                             widgets::FileDialog::folderOrDocuments(settings::exportFolder.get()));
    if (folder.isEmpty())
        return;
    settings::exportFolder.set(folder);
    QStringList errors;
    const QStringList files = exportPageCharts(folder, options.format(), options.nameTemplate(), &errors);
    const int count = int(files.size());
    if (errors.isEmpty())
        QMessageBox::information(this, tr("Export all charts"), tr("Wrote %n chart(s) to %1.", nullptr, count).arg(folder));
    else
        QMessageBox::warning(this, tr("Export all charts"),
                             tr("Wrote %n chart(s) to %1.", nullptr, count).arg(folder) + QLatin1Char('\n') + errors.join(QLatin1Char('\n')));
}

void MainWindow::retranslateUi()
{
    setWindowTitle(tr("ZhiSuan Board"));
    m_sidebar->setAccessibleName(tr("Pages")); // a screen reader names the list of pages (issue 29)
    const QList<PageRegistry::Page> pages = PageRegistry::all();
    for (int i = 0; i < pages.size(); ++i) {
        m_sidebar->item(i)->setText(pages[i].title);
        if (i < m_pageActions.size())
            m_pageActions[i]->setText(QString(pages[i].title).replace(QLatin1Char('&'), QStringLiteral("&&"))); // "Models & apps", not "Models _apps"
    }
    m_fileMenu->setTitle(tr("&File"));
    m_importAction->setText(tr("&Import…"));
    if (m_readOnlyNotice)
        m_readOnlyNotice->setText(tr("Read-only: your role can read this team store, not import into it"));
    m_quitAction->setText(tr("&Quit"));
    m_viewMenu->setTitle(tr("&View"));
    m_languageMenu->setTitle(tr("&Language"));
    m_langSystem->setText(tr("System language"));
    m_fullScreenAction->setText(tr("&Full screen"));
    m_settingsMenu->setTitle(tr("&Settings"));
    m_storeAction->setText(tr("&Store…"));
    m_helpMenu->setTitle(tr("&Help"));
    m_aboutAction->setText(tr("&About ZhiSuan Board"));
    m_aboutQtAction->setText(tr("About &Qt"));
    m_dashboardMenu->setTitle(tr("&Dashboard"));
    m_exportAllAction->setText(tr("Export all charts of this page…"));
    m_reportMenu->setTitle(tr("&Report"));
    m_briefAction->setText(tr("&Weekly brief…"));
    for (const auto &[exportAction, copyAction] : std::as_const(m_chartActions)) {
        exportAction->setText(tr("Export chart…"));
        copyAction->setText(tr("Copy chart"));
    }
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMainWindow::changeEvent(event);
}

void MainWindow::chooseImportFiles()
{
    const QStringList files = widgets::FileDialog::getOpenFileNames(this, tr("Import CSV files"), settings::lastImportFolder.get(),
                                                            tr("CSV, text and Excel files (*.csv *.txt *.tsv *.xlsx *.xls);;All files (*)"));
    if (files.isEmpty())
        return;
    settings::lastImportFolder.set(QFileInfo(files.first()).absolutePath());
    openImportWizard(files);
}

void MainWindow::openImportWizard(const QStringList &files)
{
    if (files.isEmpty() || m_runner->isRunning())
        return;
    auto *wizard = new widgets::ImportWizardDialog(m_store, files, this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(wizard, &QDialog::accepted, this, [this, wizard] { m_runner->start(wizard->imports()); });
    wizard->open();
}

void MainWindow::importFiles(const QStringList &files)
{
    m_runner->start(files);
}

void MainWindow::showImportResult(const QList<db::ImportReport> &reports, bool cancelled)
{
    reloadAll();
    m_dataVersion = m_store->dataVersion().valueOr(m_dataVersion); // our own import is no news
    // A panel above the pages, not a modal box: the dashboards behind it already show the new data.
    m_importResult->showReports(reports, cancelled);
}

void MainWindow::reloadAll()
{
    m_problemBanner->hide(); // a page that still cannot read the store says so again
    // Every page re-reads the store after an import or rollback (DashboardPage::reload), at once if it is on
    // screen, else when it is next shown.
    for (DashboardPage *page : std::as_const(m_pages))
        PageLoader::request(page);
}

void MainWindow::showAbout()
{
    QMessageBox::about(
        this, tr("About ZhiSuan Board"),
        tr("<h3>ZhiSuan Board %1</h3>"
           "<p>A dashboard of China's AI market and its compute build-out: intelligent-computing centres, AI models "
           "and prices, traffic and downloads, AI chips, and the stock market's weekly moves.</p>"
           "<p><b>Data sources.</b> The starter dataset is taken from five 2024 sell-side research reports "
           "(weekly computer-industry reports and a domestic AI compute report), which cite Wind, iFinD, "
           "Similarweb, 七麦数据, IDC and company announcements. Every row records its source.</p>"
           "<p><b>Map data.</b> China province boundaries, the South China Sea inset and city coordinates come from "
           "Apache ECharts 4.9.0 (Apache License 2.0).</p>"
           "<p>Store: %2</p>")
            .arg(QStringLiteral(ZHISUAN_VERSION), m_store->path().toHtmlEscaped()));
}

StoreDialog *MainWindow::chooseStore()
{
    auto *dialog = new StoreDialog(m_store->path(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { emit storeSwitchRequested(dialog->address()); });
    dialog->show();
    return dialog;
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    settings::windowGeometry.set(saveGeometry());
    settings::windowState.set(saveState());
    QVariantMap splitters;
    for (const QSplitter *splitter : findChildren<QSplitter *>())
        if (!splitter->objectName().isEmpty())
            splitters.insert(splitter->objectName(), splitter->saveState());
    settings::splitterStates.set(splitters);
    settings::lastPage.set(currentPage());
    QMainWindow::closeEvent(event);
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    QStringList files;
    for (const QUrl &url : event->mimeData()->urls())
        if (url.isLocalFile())
            files << url.toLocalFile();
    if (!files.isEmpty()) {
        event->acceptProposedAction();
        openImportWizard(files);
    }
}

WeeklyBriefDialog *MainWindow::openWeeklyBrief()
{
    auto *dialog = new WeeklyBriefDialog(m_store, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // The week the market page shows, when it shows one.
    if (auto *market = findChild<MarketDashboard *>(); market && market->week().isValid())
        dialog->setDate(market->week().start);
    dialog->open();
    return dialog;
}

void MainWindow::showStoreProblem(const QString &message)
{
    if (m_problemBanner->isVisible())
        return; // the first problem is the one to read; the others usually follow from it
    // A message about a damaged store already names the commands (db's sqlError); do not say them twice.
    const bool advised = message.contains(QStringLiteral("zhisuan check"));
    m_problemBanner->setText(advised ? tr("Part of the store could not be read, so some of this window is empty: %1\n"
                                          "Nothing was changed.")
                                           .arg(message)
                                     : tr("Part of the store could not be read, so some of this window is empty: %1\n"
                                          "Nothing was changed. Close the window and run “zhisuan check” in a terminal to see "
                                          "what is wrong; “zhisuan init” repairs what can be repaired.")
                                           .arg(message));
    m_problemBanner->show();
    statusBar()->showMessage(tr("The store could not be read: %1").arg(message));
}

void MainWindow::watchForOtherWriters()
{
    // PRAGMA data_version changes when another connection (the command line, another window, our own import
    // thread) commits. Reading it is a few microseconds and takes no lock that anyone waits for.
    m_dataVersion = m_store->dataVersion().valueOr(-1);
    m_dataVersionTimer = new QTimer(this);
    m_dataVersionTimer->setObjectName(QStringLiteral("dataVersionTimer"));
    m_dataVersionTimer->setInterval(2000);
    connect(m_dataVersionTimer, &QTimer::timeout, this, &MainWindow::checkForOtherWriters);
    m_dataVersionTimer->start();
    // A team store says when another analyst's import or rollback commits: the pages reload then, not at the next tick.
    if (QSqlDriver *driver = m_store->subscribeToChanges())
        connect(driver, &QSqlDriver::notification, this, &MainWindow::checkForOtherWriters);
}

void MainWindow::checkForOtherWriters()
{
    if (m_runner->isRunning())
        return; // our own import: showImportResult reloads and takes the new version
    // A team store's server that went away (restart, network): say so, try again on every tick, and reload once it
    // is back; the pages keep showing what they had.
    if (auto reconnected = m_store->reconnectIfLost(); !reconnected) {
        statusBar()->showMessage(tr("%1 — trying again every 2 seconds; the pages keep what they show.").arg(reconnected.error().message));
        m_storeLost = true;
        return;
    } else if (reconnected.value() || m_storeLost) {
        m_storeLost = false;
        m_dataVersion = m_store->dataVersion().valueOr(-1);
        m_store->subscribeToChanges(); // the new session listens again (same driver: the connection above still holds)
        reloadAll();
        statusBar()->showMessage(tr("Connected to the team store again (%1)").arg(DateFormat::time(QTime::currentTime())));
        return;
    }
    const auto version = m_store->dataVersion();
    if (!version || version.value() == m_dataVersion)
        return;
    m_dataVersion = version.value();
    reloadAll();
    statusBar()->showMessage(tr("Updated: data imported by another program (%1)")
                                 .arg(DateFormat::time(QTime::currentTime())));
}

void MainWindow::setInboxFolder(const QString &folder)
{
    settings::inboxFolder.set(folder);
    m_inbox->setFolder(folder);
    m_dataPage->setInboxFolder(m_inbox->folder());
    if (!folder.isEmpty())
        m_dataPage->logInbox(tr("Watching %1").arg(m_inbox->folder()));
}

void MainWindow::showInboxArrivals(const QList<db::ImportReport> &reports)
{
    reloadAll();
    m_dataVersion = m_store->dataVersion().valueOr(m_dataVersion); // our own import is no news
    QStringList imported, rejected;
    for (const db::ImportReport &r : reports) {
        if (r.ok()) {
            const QString line = tr("%1 imported: %2 rows — %3 inserted, %4 updated, %5 unchanged")
                                     .arg(r.file)
                                     .arg(r.rowsRead)
                                     .arg(r.inserted)
                                     .arg(r.updated)
                                     .arg(r.unchanged);
            m_dataPage->logInbox(line);
            imported << r.file;
        } else {
            QStringList errors;
            for (const auto &e : r.errors.mid(0, 20))
                errors << e.toString();
            m_dataPage->logInbox(r.busy ? tr("%1 not imported yet: the store is busy; trying again").arg(r.file)
                                        : tr("%1 rejected, nothing was imported (%n error(s)):", nullptr, int(r.errors.size())).arg(r.file),
                                 errors);
            if (!r.busy)
                rejected << r.file;
        }
    }
    QStringList parts;
    if (!imported.isEmpty())
        parts << tr("imported %1").arg(imported.join(QStringLiteral(", ")));
    if (!rejected.isEmpty())
        parts << tr("rejected %1 (the Data page lists the errors)").arg(rejected.join(QStringLiteral(", ")));
    if (parts.isEmpty())
        return;
    m_inboxNotice->setText(tr("Inbox: %1.").arg(parts.join(QStringLiteral("; "))));
    m_inboxNotice->show();
    m_inboxNoticeTimer->start();
    statusBar()->showMessage(m_inboxNotice->text(), 15000);
}

} // namespace zhisuan::app
