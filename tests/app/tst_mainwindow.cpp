#include "centresdashboard.h"
#include "chartcatalog.h"
#include "chartexporter.h"
#include "chinamapview.h"
#include "chipsdashboard.h"
#include "importrunner.h"
#include "languagemanager.h"
#include "mainwindow.h"
#include "marketdashboard.h"
#include "pagestyle.h"
#include "modelsdashboard.h"
#include "timelineview.h"
#include "starterstore.h"
#include "store.h"
#include "tabledelegate.h"
#include "tablepanel.h"

#include <QAction>
#include <QChartView>
#include <QTimer>
#include <QPushButton>
#include <QDialogButtonBox>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QGraphicsScene>
#include <QGraphicsSimpleTextItem>
#include <QFileInfo>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableView>
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
    QPalette m_light; // the palette the tests start with; cleanup() puts it back


    // A dark desktop palette, as a dark platform theme (KDE Breeze Dark, GNOME's dark style) gives Qt.
    static QPalette darkPalette()
    {
        QPalette p;
        const QColor text(0xE6, 0xE6, 0xE6);
        p.setColor(QPalette::Window, QColor(0x2B, 0x2B, 0x2B));
        p.setColor(QPalette::WindowText, text);
        p.setColor(QPalette::Base, QColor(0x1E, 0x1E, 0x1E));
        p.setColor(QPalette::AlternateBase, QColor(0x33, 0x33, 0x33));
        p.setColor(QPalette::Text, text);
        p.setColor(QPalette::PlaceholderText, QColor(0x9A, 0x9A, 0x9A));
        p.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
        p.setColor(QPalette::ButtonText, text);
        p.setColor(QPalette::BrightText, Qt::white);
        p.setColor(QPalette::Light, QColor(0x50, 0x50, 0x50));
        p.setColor(QPalette::Midlight, QColor(0x40, 0x40, 0x40));
        p.setColor(QPalette::Mid, QColor(0x5A, 0x5A, 0x5A));
        p.setColor(QPalette::Dark, QColor(0x18, 0x18, 0x18));
        p.setColor(QPalette::Shadow, Qt::black);
        p.setColor(QPalette::Highlight, QColor(0x3D, 0x6F, 0xB4));
        p.setColor(QPalette::HighlightedText, Qt::white);
        p.setColor(QPalette::ToolTipBase, QColor(0x35, 0x35, 0x35));
        p.setColor(QPalette::ToolTipText, text);
        p.setColor(QPalette::Link, QColor(0x6C, 0xA8, 0xF0));
        for (auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
            p.setColor(QPalette::Disabled, role, QColor(0x80, 0x80, 0x80));
        return p;
    }

    // How well a label's text stands out, as drawn: the best WCAG contrast between the label's background
    // (sampled in its top right corner) and any pixel of the text area (the accent border on the left is skipped).
    static double textContrast(QLabel *label)
    {
        const QImage image = label->grab().toImage();
        const QColor background = image.pixelColor(image.width() - 3, 3);
        double best = 1.0;
        for (int y = 0; y < image.height(); ++y)
            for (int x = 8; x < image.width(); ++x)
                best = std::max(best, widgets::PageStyle::contrast(background, image.pixelColor(x, y)));
        return best;
    }

    // With ZHISUAN_SCREENSHOT_DIR set, a GUI test leaves a picture of the window there (docs, reviews).
    static void screenshot(QWidget *window, const QString &name)
    {
        const QString dir = qEnvironmentVariable("ZHISUAN_SCREENSHOT_DIR");
        if (!dir.isEmpty())
            window->grab().save(QDir(dir).filePath(name + QStringLiteral(".png")));
    }

private slots:
    void initTestCase()
    {
        m_store = teststore::openWithStarterData(m_dir.filePath(QStringLiteral("gui.sqlite")), QStringLiteral("zhisuan-test"));
        QVERIFY(m_store);
        m_languages.setLanguage(QStringLiteral("en"));
        m_light = QApplication::palette();
    }

    void cleanup()
    {
        QApplication::setPalette(m_light); // a failed palette test must not leave the others dark
        m_languages.setLanguage(QStringLiteral("en")); // a failed language test must not leave the others in Chinese
        QCoreApplication::processEvents();
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
            if (auto *market = qobject_cast<app::MarketDashboard *>(stack->currentWidget()))
                QVERIFY(!market->isEmpty());
            if (auto *chips = qobject_cast<app::ChipsDashboard *>(stack->currentWidget()))
                QVERIFY(!chips->isEmpty());
            if (auto *centres = qobject_cast<app::CentresDashboard *>(stack->currentWidget()))
                QVERIFY(!centres->isEmpty());
            if (auto *models = qobject_cast<app::ModelsDashboard *>(stack->currentWidget()))
                QVERIFY(!models->isEmpty());
        }
        auto *centres = window.findChild<widgets::TablePanel *>(QStringLiteral("centres"));
        QVERIFY(centres);
        QCOMPARE(centres->proxy()->rowCount(), 53);
        QCOMPARE(window.findChild<widgets::ChinaMapView *>()->bubbleCount(), 53); // every seed centre is on the map
    }

    void weekChangesLoadOffTheUiThread()
    {
        app::MainWindow window(m_store.get(), &m_languages);
        auto *market = window.findChild<app::MarketDashboard *>();
        market->setLoadsInBackground(true);
        window.showPage(QStringLiteral("market"));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_VERIFY(!market->isLoading());
        auto *weeks = market->findChild<QComboBox *>(QStringLiteral("week"));
        auto *previous = market->findChild<QPushButton *>(QStringLiteral("previousWeek"));
        auto *summary = market->findChild<QLabel *>(QStringLiteral("summary"));
        QVERIFY(weeks && previous && summary && weeks->count() >= 4);
        // The page opens on the latest week with index returns (8.12–8.16), not the partial newest week (8.26–8.28).
        QCOMPARE(weeks->currentIndex(), 1);
        QVERIFY2(!summary->text().contains(QStringLiteral("no index")), qPrintable(summary->text()));
        market->setWeek(QDate(2024, 8, 28)); // from the newest week:
        QTRY_VERIFY(!market->isLoading());
        // Two clicks in a row: the first week's load is cancelled, the second one is shown.
        previous->click();
        previous->click();
        QCOMPARE(weeks->currentIndex(), 2);
        QVERIFY(market->findChild<QLabel *>(QStringLiteral("loading"))->isVisible()); // the busy indicator, until the week arrives
        QTRY_VERIFY(!market->findChild<QLabel *>(QStringLiteral("loading"))->isVisible());
        QVERIFY(!market->isLoading());
        QCOMPARE(market->week().label(), QStringLiteral("7.22–7.26"));
        QTRY_VERIFY2(summary->text().contains(QStringLiteral("7.22–7.26")), qPrintable(summary->text()));
    }

    void exportAllDuringAWeekLoadDrawsTheWeekShown()
    {
        app::MainWindow window(m_store.get(), &m_languages);
        auto *market = window.findChild<app::MarketDashboard *>();
        market->setLoadsInBackground(true);
        window.showPage(QStringLiteral("market"));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_VERIFY(!market->isLoading());
        QSettings().setValue(QStringLiteral("export/width"), 800);
        QSettings().setValue(QStringLiteral("export/height"), 500);
        QSettings().setValue(QStringLiteral("export/scale"), 1);
        auto exportAll = [&](const QString &folder) {
            QStringList errors;
            const QStringList files = window.exportPageCharts(folder, QStringLiteral("png"), QStringLiteral("{chart}"), &errors);
            QMap<QString, QImage> images;
            for (const QString &file : files)
                images.insert(QFileInfo(file).completeBaseName(), QImage(file).convertToFormat(QImage::Format_ARGB32));
            return images;
        };
        QTemporaryDir before, during, after;
        const auto first = exportAll(before.path()); // 8.12–8.16, loaded
        QVERIFY(first.contains(QStringLiteral("market-returns")));
        // Choose 7.22–7.26 and export at once, while that week is still loading on the worker thread.
        market->setWeek(QDate(2024, 7, 24));
        QVERIFY(market->isLoading());
        const auto exported = exportAll(during.path());
        QVERIFY(!market->isLoading()); // export waited for the week
        QVERIFY(market->findChild<QLabel *>(QStringLiteral("summary"))->text().contains(QStringLiteral("7.22–7.26")));
        const auto settled = exportAll(after.path());
        QCOMPARE(exported.keys(), settled.keys());
        QVERIFY(exported.value(QStringLiteral("market-returns")) == settled.value(QStringLiteral("market-returns")));
        QVERIFY(exported.value(QStringLiteral("market-returns")) != first.value(QStringLiteral("market-returns")));
        QVERIFY(!exported.contains(QStringLiteral("market-ranking"))); // one industry that week: no ranking chart
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

    void marketReviewReadsLikeTheReport()
    {
        app::MainWindow window(m_store.get(), &m_languages);
        window.show();
        window.showPage(QStringLiteral("market"));
        auto *market = window.findChild<app::MarketDashboard *>();
        market->setWeek(QDate(2024, 7, 24));
        QCOMPARE(market->week().label(), QStringLiteral("7.22–7.26"));
        QVERIFY2(market->summary().contains(QStringLiteral("计算机(申万) fell 1.68%, outperforming 上证综指 by 1.39 pcts")),
                 qPrintable(market->summary()));
        m_languages.setLanguage(QStringLiteral("zh_CN"));
        QTRY_VERIFY2(market->summary().contains(QStringLiteral("过去一周（7.22–7.26）上证综指下跌 3.07%")), qPrintable(market->summary()));
        QVERIFY(market->summary().contains(QStringLiteral("跑赢上证综指 1.39pcts")));
        m_languages.setLanguage(QStringLiteral("en"));
        QTRY_VERIFY(market->summary().startsWith(QStringLiteral("In the week")));
        // Previous/next walk the weeks; 8.12–8.16 shows the report's top movers.
        market->nextWeek();
        QCOMPARE(market->week().label(), QStringLiteral("8.12–8.16"));
        auto *gainers = market->findChild<widgets::TablePanel *>(QStringLiteral("gainers"));
        QCOMPARE(gainers->proxy()->rowCount(), 5);
        QCOMPARE(gainers->proxy()->index(0, 2).data().toString(), QStringLiteral("优博讯"));
        market->previousWeek();
        QCOMPARE(market->week().label(), QStringLiteral("7.22–7.26"));
        // In a week without the industry's return its history is still titled by name, not by code.
        market->setWeek(QDate(2024, 8, 27));
        const QString history = market->findChild<QChartView *>(QStringLiteral("levelChart"))->chart()->title();
        QVERIFY2(history.startsWith(QStringLiteral("计算机(申万)")), qPrintable(history));
    }

    void benchmarksDialogChangesTheComparison()
    {
        app::MainWindow window(m_store.get(), &m_languages);
        window.show();
        window.showPage(QStringLiteral("market"));
        auto *market = window.findChild<app::MarketDashboard *>();
        market->setWeek(QDate(2024, 7, 24));
        QVERIFY(market->summary().contains(QStringLiteral("outperforming 上证综指 by 1.39 pcts")));
        // Untick 上证综指 in Benchmarks… and accept: the sentence compares with the others only.
        bool handled = false;
        QTimer::singleShot(0, this, [&] {
            auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
            if (!dialog || dialog->objectName() != QLatin1String("benchmarksDialog"))
                return;
            auto *list = dialog->findChild<QListWidget *>();
            for (int i = 0; i < list->count(); ++i)
                if (list->item(i)->data(Qt::UserRole).toString() == QLatin1String("000001.SH"))
                    list->item(i)->setCheckState(Qt::Unchecked);
            dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
            handled = true;
        });
        market->findChild<QPushButton *>(QStringLiteral("chooseBenchmarks"))->click();
        QVERIFY(handled);
        QVERIFY2(!market->summary().contains(QStringLiteral("上证综指")), qPrintable(market->summary()));
        QVERIFY(market->summary().contains(QStringLiteral("outperforming 创业板指 by 2.14 pcts")));
        QVERIFY(!QSettings().value(QStringLiteral("market/benchmarks")).toStringList().contains(QStringLiteral("000001.SH")));
        QSettings().remove(QStringLiteral("market/benchmarks"));
    }

    // Province names and the 南海诸岛 caption follow the interface language; the summary never adds OPS to FLOPS.
    void centresPageSpeaksTheUsersLanguageAndKeepsMeasuresApart()
    {
        app::MainWindow window(m_store.get(), &m_languages);
        window.show();
        window.showPage(QStringLiteral("centres"));
        auto *map = window.findChild<widgets::ChinaMapView *>();
        auto labels = [&] {
            QStringList texts;
            for (QGraphicsItem *item : map->scene()->items())
                if (auto *text = dynamic_cast<QGraphicsSimpleTextItem *>(item))
                    texts << text->text();
            return texts;
        };
        QVERIFY(labels().contains(QStringLiteral("Beijing")));
        QVERIFY(labels().contains(QStringLiteral("South China Sea Islands")));
        auto *centres = window.findChild<app::CentresDashboard *>();
        QVERIFY2(centres->cardsText().contains(QStringLiteral("+ <b>2,740</b> POPS")), qPrintable(centres->cardsText()));
        QVERIFY2(centres->cardsText().contains(QStringLiteral("推断")), qPrintable(centres->cardsText()));
        m_languages.setLanguage(QStringLiteral("zh_CN"));
        QTRY_VERIFY(labels().contains(QStringLiteral("北京")));
        QVERIFY(labels().contains(QStringLiteral("南海诸岛")));
        m_languages.setLanguage(QStringLiteral("en"));
        QTRY_VERIFY(labels().contains(QStringLiteral("Beijing")));
    }

    void centresMapFollowsFiltersAndSelection()
    {
        app::MainWindow window(m_store.get(), &m_languages);
        window.resize(1400, 900);
        window.show();
        window.showPage(QStringLiteral("centres"));
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *page = window.findChild<app::CentresDashboard *>();
        auto *map = page->map();
        auto *table = page->findChild<widgets::TablePanel *>(QStringLiteral("centres"));
        QVERIFY2(page->cardsText().contains(QStringLiteral("<b>53</b> centres")), qPrintable(page->cardsText()));

        // Filter: the map and the table follow.
        page->setSearchText(QStringLiteral("成都"));
        QCOMPARE(map->bubbleCount(), 1);
        QCOMPARE(table->proxy()->rowCount(), 1);
        page->setSearchText(QString());
        QCOMPARE(map->bubbleCount(), 53);

        // Typing waits for a pause before the map and table are filtered again (once, not per keystroke).
        auto *search = page->findChild<QLineEdit *>(QStringLiteral("search"));
        QVERIFY(search);
        QSignalSpy refilled(table->proxy(), &QAbstractItemModel::modelReset);
        for (const QChar c : QStringLiteral("成都人工")) // typed one character at a time (QTest types ASCII only)
            search->insert(QString(c));
        QCOMPARE(map->bubbleCount(), 53); // still typing
        QTRY_COMPARE(map->bubbleCount(), 1);
        QCOMPARE(table->proxy()->rowCount(), 1);
        QCOMPARE(refilled.size(), 1);
        search->clear();
        QTest::keyClick(search, Qt::Key_Return); // Enter does not wait
        QCOMPARE(map->bubbleCount(), 53);

        // Map -> table: click the 成都 bubble.
        qint64 chengdu = -1;
        for (qint64 id : page->shownCentres())
            if (page->centreName(id) == QStringLiteral("成都人工智能计算中心"))
                chengdu = id;
        QVERIFY(chengdu >= 0);
        map->resetView();
        QTest::mouseClick(map->viewport(), Qt::LeftButton, {}, map->viewportPosOf(104.065735, 30.659462));
        QCOMPARE(page->selectedCentre(), chengdu);
        const QModelIndex current = table->view()->selectionModel()->currentIndex();
        QCOMPARE(current.siblingAtColumn(0).data().toString(), QStringLiteral("成都人工智能计算中心"));
        QVERIFY2(page->detailText().contains(QStringLiteral("300P FLOPS(最终 1000P)")), qPrintable(page->detailText()));
        QVERIFY(page->detailText().contains(QStringLiteral("最终"))); // the parsed phases

        // Table -> map.
        for (int r = 0; r < table->proxy()->rowCount(); ++r) {
            if (table->proxy()->index(r, 0).data().toString() == QStringLiteral("哈尔滨智算中心")) {
                table->view()->selectionModel()->setCurrentIndex(table->proxy()->index(r, 0),
                                                                 QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
            }
        }
        QCOMPARE(page->centreName(map->selectedCentre()), QStringLiteral("哈尔滨智算中心"));
        QVERIFY(page->detailText().contains(QStringLiteral("18,000")));
        QVERIFY(page->unplaced().isEmpty());
    }

    void modelsPageTellsTheReportsStory()
    {
        app::MainWindow window(m_store.get(), &m_languages);
        window.resize(1400, 900);
        window.show();
        window.showPage(QStringLiteral("models"));
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *page = window.findChild<app::ModelsDashboard *>();
        // Domestic models catching up with GPT-4 Turbo at a fraction of the price: the frontier says it.
        QCOMPARE(page->frontierLabels().size(), 3);
        QVERIFY(page->frontierLabels().first().startsWith(QStringLiteral("DeepSeek-V2 (¥2, 7.91)")));
        QVERIFY(page->frontierLabels().last().startsWith(QStringLiteral("GPT-4-Turbo-1106 (¥217, 8.01)")));
        // Click DeepSeek-V2 on the timeline: the detail names its parameters, scores and price.
        auto *timeline = page->timeline();
        QPoint at;
        for (const auto &p : timeline->layout())
            if (timeline->items()[p.index].label == QStringLiteral("DeepSeek-V2"))
                at = p.box.center().toPoint();
        QVERIFY(!at.isNull());
        QTest::mouseClick(timeline, Qt::LeftButton, {}, at);
        QVERIFY2(page->detailText().contains(QStringLiteral("236 / 21")), qPrintable(page->detailText()));
        QVERIFY(page->detailText().contains(QStringLiteral("AlignBench 7.91")));
        QVERIFY(page->detailText().contains(QStringLiteral("1 / 2")));
        // Usage metrics read as the reports write them: 134亿美元, not 1.34E+10.
        auto cardTexts = [&] {
            QStringList texts;
            for (const QLabel *l : page->findChildren<QLabel *>())
                texts << l->text();
            return texts.join(u'\n');
        };
        QVERIFY(!cardTexts().contains(QStringLiteral("E+")));
        QVERIFY2(cardTexts().contains(QStringLiteral("13.4 bn 美元")), qPrintable(cardTexts()));
        m_languages.setLanguage(QStringLiteral("zh_CN"));
        QTRY_VERIFY(cardTexts().contains(QStringLiteral("134亿美元")));
        QVERIFY(cardTexts().contains(QStringLiteral("1万亿 tokens/日")));
    }

    void chipsPageJudgesEfficiency()
    {
        app::MainWindow window(m_store.get(), &m_languages);
        window.show();
        window.showPage(QStringLiteral("chips"));
        auto *chips = window.findChild<app::ChipsDashboard *>();
        // Only dense FP16 is judged: H100's sparse figures and the TOPS that 昇腾310 and MLU370-S4 print in the FP16
        // column are listed as not judged (the first version counted them: "9 of 13").
        QVERIFY2(chips->summary().startsWith(QStringLiteral("5 of 9 chips with FP16 and TDP figures meet")), qPrintable(chips->summary()));
        QVERIFY2(chips->summary().contains(QStringLiteral("Not judged, because their FP16 figure is sparse or in TOPS: 昇腾310, MLU370-S4, H100 PCIe, H100 SXM.")),
                 qPrintable(chips->summary()));
        auto *table = chips->findChild<widgets::TablePanel *>(QStringLiteral("chips"));
        int h20 = -1;
        for (int r = 0; r < table->proxy()->rowCount(); ++r)
            if (table->proxy()->index(r, 1).data().toString() == QStringLiteral("H20"))
                h20 = r;
        QVERIFY(h20 >= 0);
        QCOMPARE(table->proxy()->index(h20, 8).data().toString(), QStringLiteral("fail"));
        QCOMPARE(table->delegate()->text(8, QStringLiteral("fail"), QLocale()), QStringLiteral("✘ below"));
        m_languages.setLanguage(QStringLiteral("zh_CN"));
        QTRY_VERIFY2(chips->summary().contains(QStringLiteral("9 款芯片中，5 款达到")), qPrintable(chips->summary()));
        m_languages.setLanguage(QStringLiteral("en"));
    }

    void watchlistIsEditedAsLines()
    {
        QStringList errors;
        const auto items = app::MarketDashboard::parseWatchlist(
            QStringLiteral("NVDA.O CPU/GPU\n# a comment\n688256 国产算力链\nnot-a-code 云计算\n0020.HK\n"), &errors);
        QCOMPARE(items.size(), 3);
        QCOMPARE(items[1].code, QStringLiteral("688256.SH")); // bare A-share code gets its exchange
        QCOMPARE(items[1].segment, QStringLiteral("国产算力链"));
        QCOMPARE(errors.size(), 1);
        QVERIFY2(errors.first().startsWith(QStringLiteral("line 4: expected a security code")), qPrintable(errors.first()));
        QCOMPARE(app::MarketDashboard::parseWatchlist(app::MarketDashboard::formatWatchlist(items), nullptr).size(), 3);
    }

    // The summaries have a background of their own: their text must read on it on a light desktop, on a dark
    // one, and after the desktop switches while the window is open.
    void summariesReadOnLightAndDarkPalettes()
    {
        app::MainWindow window(m_store.get(), &m_languages);
        window.resize(1400, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QList<std::pair<QString, QString>> summaries{{QStringLiteral("market"), QStringLiteral("summary")},
                                                          {QStringLiteral("chips"), QStringLiteral("summary")},
                                                          {QStringLiteral("models"), QStringLiteral("story")},
                                                          {QStringLiteral("centres"), QStringLiteral("cards")}};
        const auto check = [&](const char *palette) {
            for (const auto &[page, name] : summaries) {
                window.showPage(page);
                auto *label = window.findChild<QWidget *>(QStringLiteral("page-") + page)->findChild<QLabel *>(name);
                QVERIFY2(label && !label->text().isEmpty(), qPrintable(page));
                QTRY_VERIFY2(textContrast(label) >= 4.5,
                             qPrintable(QStringLiteral("%1 palette, %2 page: the summary's text has a contrast of %3 with its background")
                                            .arg(QLatin1String(palette), page)
                                            .arg(textContrast(label), 0, 'f', 2)));
                // And it is the palette's own background, not a box left over from the previous palette (the
                // palette reaches the widgets through the event loop, as it does when the desktop switches).
                const auto darkBackground = [label] {
                    const QImage image = label->grab().toImage();
                    return image.pixelColor(image.width() - 3, 3).lightnessF() < 0.5;
                };
                QTRY_COMPARE(darkBackground(), qstrcmp(palette, "dark") == 0);
            }
            window.showPage(QStringLiteral("market"));
            screenshot(&window, QStringLiteral("mainwindow-%1").arg(QLatin1String(palette)));
        };
        check("light");
        QApplication::setPalette(darkPalette());
        check("dark");
        QApplication::setPalette(m_light);
        check("light-again");
    }

    void opensInTheDarkWhenTheDesktopIsDark()
    {
        QApplication::setPalette(darkPalette());
        app::MainWindow window(m_store.get(), &m_languages);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.showPage(QStringLiteral("market"));
        auto *summary = window.findChild<app::MarketDashboard *>()->findChild<QLabel *>(QStringLiteral("summary"));
        QVERIFY(textContrast(summary) >= 4.5);
        // The summary's background is the dark palette's, not a light box on a dark page.
        const QImage image = summary->grab().toImage();
        QVERIFY(image.pixelColor(image.width() - 3, 3).lightnessF() < 0.5);
    }

    void remembersGeometryAndSplitters()
    {
        QSettings().remove(QStringLiteral("mainwindow"));
        QList<int> chips, centres;
        {
            app::MainWindow window(m_store.get(), &m_languages);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            window.resize(1480, 820);
            QTRY_COMPARE(window.size(), QSize(1480, 820));
            window.showPage(QStringLiteral("chips"));
            auto *chipsSplitter = window.findChild<QSplitter *>(QStringLiteral("chipsSplitter"));
            QVERIFY(chipsSplitter);
            const int height = chipsSplitter->sizes().value(0) + chipsSplitter->sizes().value(1);
            chipsSplitter->setSizes({height / 4, height - height / 4});
            chips = chipsSplitter->sizes();
            window.showPage(QStringLiteral("centres"));
            auto *centresSplitter = window.findChild<QSplitter *>(QStringLiteral("centresMapSplitter"));
            QVERIFY(centresSplitter);
            QTRY_VERIFY(centresSplitter->sizes().value(0) > 0);
            const int width = centresSplitter->sizes().value(0) + centresSplitter->sizes().value(1);
            centresSplitter->setSizes({width / 2, width - width / 2});
            centres = centresSplitter->sizes();
            QVERIFY(window.close());
        }
        app::MainWindow again(m_store.get(), &m_languages);
        again.show();
        QVERIFY(QTest::qWaitForWindowExposed(&again));
        QCOMPARE(again.size(), QSize(1480, 820));
        QCOMPARE(again.currentPage(), QStringLiteral("centres"));
        QTRY_COMPARE(again.findChild<QSplitter *>(QStringLiteral("centresMapSplitter"))->sizes(), centres);
        again.showPage(QStringLiteral("chips"));
        QTRY_COMPARE(again.findChild<QSplitter *>(QStringLiteral("chipsSplitter"))->sizes(), chips);
        QSettings().remove(QStringLiteral("mainwindow")); // the other tests start from the default layout
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
        window.showPage(QStringLiteral("market"));
        auto *market = window.findChild<app::MarketDashboard *>();
        auto *weeks = market->findChild<QComboBox *>(QStringLiteral("week"));
        const int before = weeks->count();
        QVERIFY(before > 0);
        // Imported while another page is shown: the market page reads the store again when it is shown.
        window.showPage(QStringLiteral("chips"));
        QSignalSpy done(window.importRunner(), &app::ImportRunner::finished);
        window.importFiles({csv});
        QVERIFY(done.wait(30000));
        QCOMPARE(weeks->count(), before); // not read while hidden
        window.showPage(QStringLiteral("market"));
        QCOMPARE(weeks->count(), before + 1); // the new week 8.19–8.23 is offered
        QVERIFY(weeks->itemText(1).startsWith(QStringLiteral("8.19–8.23"))); // newest first, after 8.26–8.28
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = window.findChild<QMessageBox *>(QStringLiteral("importResult"))));
        QVERIFY2(box->detailedText().contains(QStringLiteral("1 inserted")), qPrintable(box->detailedText()));
        box->close();
    }
    void exportsEveryChartOfAPage()
    {
        app::MainWindow window(m_store.get(), &m_languages);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QSettings().setValue(QStringLiteral("export/width"), 800);
        QSettings().setValue(QStringLiteral("export/height"), 500);
        QSettings().setValue(QStringLiteral("export/scale"), 1);
        QTemporaryDir out;
        auto exportAll = [&](const QString &page) {
            window.showPage(page);
            QStringList errors, ids;
            const QStringList files = window.exportPageCharts(out.path(), QStringLiteral("png"), QStringLiteral("{page}-{chart}"), &errors);
            if (!errors.isEmpty())
                qWarning() << errors;
            for (const QString &file : files) {
                const QImage image(file);
                if (!image.isNull() && image.size() == QSize(800, 500) && QFileInfo(file).fileName().startsWith(page + u'-'))
                    ids << QFileInfo(file).completeBaseName().mid(page.size() + 1);
            }
            return ids;
        };
        // Week 7.22–7.26 has index returns but one industry: no ranking chart, so none is exported.
        window.findChild<app::MarketDashboard *>()->setWeek(QDate(2024, 7, 24));
        const QStringList market = exportAll(QStringLiteral("market"));
        QVERIFY2(market.contains(QStringLiteral("market-returns")), qPrintable(market.join(u' ')));
        QVERIFY(!market.contains(QStringLiteral("market-ranking")));
        // Charts on tabs the user has not opened are exported too; the comparison only once cells are selected.
        QStringList models = exportAll(QStringLiteral("models"));
        QVERIFY2(models.contains(QStringLiteral("models-timeline")) && models.contains(QStringLiteral("models-price")), qPrintable(models.join(u' ')));
        QVERIFY(!models.contains(QStringLiteral("models-compare")));
        auto *matrix = window.findChild<widgets::TablePanel *>(QStringLiteral("benchmarks"))->view();
        matrix->selectionModel()->select(QItemSelection(matrix->model()->index(0, 1), matrix->model()->index(1, 2)), QItemSelectionModel::Select);
        models = exportAll(QStringLiteral("models"));
        QVERIFY2(models.contains(QStringLiteral("models-compare")), qPrintable(models.join(u' ')));
        // The chart the user was looking at stays where it was.
        QCOMPARE(window.currentPage(), QStringLiteral("models"));
        // Copy (the second action of a chart's context menu) puts the framed chart on the clipboard at the remembered
        // export size, at least 2× (the remembered scale is 1×).
        window.showPage(QStringLiteral("market"));
        auto *returns = window.findChild<QWidget *>(QStringLiteral("returnsChart"));
        QVERIFY(returns);
        QCOMPARE(returns->actions().size(), 2);
        QApplication::clipboard()->clear();
        returns->actions().at(1)->trigger();
        QTRY_VERIFY(!QApplication::clipboard()->image().isNull());
        QCOMPARE(QApplication::clipboard()->image().size(), QSize(1600, 1000));
        QSettings().remove(QStringLiteral("export"));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
