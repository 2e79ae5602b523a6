#include "dashboardpage.h"
#include "importrunner.h"
#include "languagemanager.h"
#include "mainwindow.h"
#include "starterdataset.h"
#include "store.h"
#include "tablepanel.h"

#include <QFile>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace zhisuan;

// Opens the real main window on a temporary store with the starter dataset, in a real (Xvfb) window.
class TestMainWindow : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<db::Store> m_store;
    app::LanguageManager m_languages;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("ZhiSuanTest"));
        QCoreApplication::setApplicationName(QStringLiteral("zhisuan-test"));
        QSettings().clear();
        auto store = db::Store::open(m_dir.filePath(QStringLiteral("gui.sqlite")));
        QVERIFY(store.ok());
        m_store = std::move(store).value();
        for (const auto &r : db::StarterDataset::load(*m_store))
            QVERIFY(r.ok());
        m_languages.setLanguage(QStringLiteral("en"));
    }

    void visitsEveryPage()
    {
        app::MainWindow window(m_store.get(), &m_languages);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *stack = window.findChild<QStackedWidget *>();
        QVERIFY(stack);
        QCOMPARE(window.pageIds(), (QStringList{"market", "centres", "models", "chips", "data"}));
        for (const QString &id : window.pageIds()) {
            window.showPage(id);
            QCOMPARE(window.currentPage(), id);
            QCOMPARE(stack->currentWidget()->objectName(), QStringLiteral("page-") + id);
            QVERIFY(stack->currentWidget()->isVisible());
            if (auto *page = qobject_cast<app::DashboardPage *>(stack->currentWidget()))
                QVERIFY2(!page->isEmpty(), qPrintable(id + QStringLiteral(" shows its empty state with the starter dataset")));
        }
        auto *centres = window.findChild<widgets::TablePanel *>(QStringLiteral("centres"));
        QVERIFY(centres);
        QCOMPARE(centres->proxy()->rowCount(), 53);
    }

    void keyboardShortcutsSwitchPages()
    {
        app::MainWindow window(m_store.get(), &m_languages);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QTest::keyClick(&window, Qt::Key_4, Qt::ControlModifier);
        QCOMPARE(window.currentPage(), QStringLiteral("chips"));
        QTest::keyClick(&window, Qt::Key_1, Qt::ControlModifier);
        QCOMPARE(window.currentPage(), QStringLiteral("market"));
    }

    void languageSwitchesWithoutRestart()
    {
        app::MainWindow window(m_store.get(), &m_languages);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *sidebar = window.findChild<QListWidget *>(QStringLiteral("sidebar"));
        QCOMPARE(window.windowTitle(), QStringLiteral("ZhiSuan Board"));
        QCOMPARE(sidebar->item(0)->text(), QStringLiteral("Market"));
        m_languages.setLanguage(QStringLiteral("zh_CN"));
        QTRY_COMPARE(window.windowTitle(), QStringLiteral("智算看板"));
        QCOMPARE(sidebar->item(0)->text(), QStringLiteral("市场"));
        QCOMPARE(window.menuBar()->actions().first()->text(), QStringLiteral("文件(&F)"));
        auto *centres = window.findChild<widgets::TablePanel *>(QStringLiteral("centres"));
        QCOMPARE(centres->proxy()->headerData(0, Qt::Horizontal).toString(), QStringLiteral("中心名称"));
        m_languages.setLanguage(QStringLiteral("en"));
        QTRY_COMPARE(window.windowTitle(), QStringLiteral("ZhiSuan Board"));
        QCOMPARE(centres->proxy()->headerData(0, Qt::Horizontal).toString(), QStringLiteral("Centre"));
    }

    void restoresTheLastPage()
    {
        {
            app::MainWindow window(m_store.get(), &m_languages);
            window.show();
            window.showPage(QStringLiteral("models"));
            window.close();
        }
        app::MainWindow again(m_store.get(), &m_languages);
        QCOMPARE(again.currentPage(), QStringLiteral("models"));
    }

    void importsOffTheUiThreadAndRefreshes()
    {
        app::MainWindow window(m_store.get(), &m_languages);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QString csv = m_dir.filePath(QStringLiteral("movers.csv"));
        QFile f(csv);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("证券代码,证券简称,周起始日,周截止日,周涨跌幅(%)\n600570.SH,恒生电子,2024-08-19,2024-08-23,2.5%\n");
        f.close();
        auto *market = window.findChild<widgets::TablePanel *>(QStringLiteral("weekly-returns"));
        const int before = market->proxy()->rowCount();
        QSignalSpy done(window.importRunner(), &app::ImportRunner::finished);
        window.importFiles({csv});
        QVERIFY(done.wait(30000));
        QCOMPARE(market->proxy()->rowCount(), before + 1);
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = window.findChild<QMessageBox *>(QStringLiteral("importResult"))));
        QVERIFY2(box->detailedText().contains(QStringLiteral("1 inserted")), qPrintable(box->detailedText()));
        box->close();
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
