#pragma once

#include "chartcatalog.h"
#include "importjob.h"
#include "marketanalytics.h"

#include <QMainWindow>

class QActionGroup;
class QLabel;
class QTimer;
class QListWidget;
class QStackedWidget;

namespace zhisuan::db {
class Store;
}

namespace zhisuan::app {

class DashboardPage;
class DataPage;
class ImportResultPanel;
class ImportRunner;
class InboxWatcher;
class LanguageManager;
class StoreDialog;
class WeeklyBriefDialog;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    MainWindow(db::Store *store, LanguageManager *languages, QWidget *parent = nullptr);
    ~MainWindow() override;

    QStringList pageIds() const;
    QString currentPage() const;
    void showPage(const QString &id);
    // Imports right away, each file read as detected (no wizard).
    void importFiles(const QStringList &files);
    // Opens the import wizard for these files; accepting it starts the import.
    void openImportWizard(const QStringList &files);
    ImportRunner *importRunner() const { return m_runner; }
    ImportResultPanel *importResult() const { return m_importResult; }
    InboxWatcher *inbox() const { return m_inbox; }
    // Watches `folder` as the inbox ("" turns it off) and remembers it.
    void setInboxFolder(const QString &folder);

public slots:
    void chooseImportFiles();
    void reloadAll();
    // Shows, above the pages, that part of the store could not be read (a damaged store): never an abort.
    void showStoreProblem(const QString &message);
    // Reloads the pages when another program (zhisuan import, another window) changed the store.
    void checkForOtherWriters();
    void showAbout();
    // Settings ▸ Store…: the store dialog (window-modal, deleted on close); accepting it asks for the switch.
    StoreDialog *chooseStore();
    // Writes every chart of the current page into `folder`, named by the file-name template; returns the files.
    // Report ▸ Weekly brief…: opens the dialog (window-modal, deleted on close) and returns it.
    WeeklyBriefDialog *openWeeklyBrief();
    // What an exported chart is named and titled by: a market chart by the week it shows (2024-07-22_26), others by
    // today's date.
    QString exportPeriod(const ChartCatalog::Chart &chart) const;
    QString exportTitle(const ChartCatalog::Chart &chart, const QWidget *widget) const;
    QStringList exportPageCharts(const QString &folder, const QString &format, const QString &nameTemplate,
                                 QStringList *errors = nullptr);

signals:
    // Settings ▸ Store chose another store (a path or a postgresql:// URL, with a typed password if any): the
    // session (StoreSession) opens it and replaces this window.
    void storeSwitchRequested(const QString &address);

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    db::TradingWeek exportWeek(const ChartCatalog::Chart &chart) const;
    void createMenus();
    void installChartActions();
    void exportChart(const QString &id);
    void copyChart(const QString &id);
    void settleMarketWeek(); // waits for a week loading in the background: exports draw the week shown
    void chooseExportAll();
    void retranslateUi();
    void showImportResult(const QList<db::ImportReport> &reports, bool cancelled);
    void watchForOtherWriters();
    void showInboxArrivals(const QList<db::ImportReport> &reports);

    db::Store *m_store;
    LanguageManager *m_languages;
    QListWidget *m_sidebar;
    QStackedWidget *m_stack;
    QList<DashboardPage *> m_pages; // in PageRegistry's order, as the sidebar
    DataPage *m_dataPage = nullptr;
    ImportRunner *m_runner;
    QMenu *m_fileMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_languageMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QMenu *m_settingsMenu = nullptr;
    QAction *m_storeAction = nullptr;
    QMenu *m_dashboardMenu = nullptr;
    QAction *m_exportAllAction = nullptr;
    QMenu *m_reportMenu = nullptr;
    QAction *m_briefAction = nullptr;
    QList<std::pair<QAction *, QAction *>> m_chartActions; // export, copy
    QAction *m_importAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_fullScreenAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_aboutQtAction = nullptr;
    QList<QAction *> m_pageActions;
    QAction *m_langSystem = nullptr;
    QAction *m_langChinese = nullptr;
    QAction *m_langEnglish = nullptr;
    QLabel *m_problemBanner;
    ImportResultPanel *m_importResult = nullptr;
    QTimer *m_dataVersionTimer = nullptr;
    qint64 m_dataVersion = -1;
    InboxWatcher *m_inbox = nullptr;
    QLabel *m_inboxNotice = nullptr;
    QLabel *m_readOnlyNotice = nullptr; // a reader's role on a team store
    bool m_storeLost = false;           // the team store's server could not be reached at the last check
    QTimer *m_inboxNoticeTimer = nullptr;
};

} // namespace zhisuan::app
