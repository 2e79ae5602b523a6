#include "chartcatalog.h"
#include "chartexporter.h"
#include "dashboardpage.h"
#include "exportcommand.h"
#include "importjob.h"
#include "marketdashboard.h"
#include "pageregistry.h"
#include "reportcommand.h"
#include "starterstore.h"
#include "store.h"

#include <QApplication>
#include <QFile>
#include <QMainWindow>
#include <QMenuBar>
#include <QSet>
#include <QStatusBar>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace zhisuan;

// What a command builds of a window: while it lives, every widget that is sent an event and is, or sits in, a page
// (DashboardPage), a main window, a menu bar or a status bar, by class name. A page or its chrome built only to
// measure it (sizeHint polishes it) is seen here even when DashboardPage's counter is not told.
class WindowPartsSeen : public QObject
{
public:
    WindowPartsSeen() { qApp->installEventFilter(this); }
    ~WindowPartsSeen() override { qApp->removeEventFilter(this); }
    QStringList seen() const { return QStringList(m_seen.cbegin(), m_seen.cend()); }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        Q_UNUSED(event);
        if (!watched->isWidgetType())
            return false;
        for (auto *w = static_cast<QWidget *>(watched); w; w = w->parentWidget())
            if (qobject_cast<app::DashboardPage *>(w) || qobject_cast<QMainWindow *>(w) || qobject_cast<QMenuBar *>(w) || qobject_cast<QStatusBar *>(w))
                m_seen.insert(QString::fromLatin1(w->metaObject()->className()));
        return false;
    }

private:
    QSet<QString> m_seen;
};

// Issue 27: `zhisuan export` and `zhisuan report` build no page. Each chart of the catalog (a chart added to it is a
// row here) is drawn by the command in this process (the page counter of DashboardPage, and no page or window chrome
// sent an event) and by its page as the window shows it; both SVGs must say the same.
class TestExportCommand : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<db::Store> m_store;

    // What an SVG draws that a reader sees: its size and its texts in order (titles, axis labels, bar values,
    // legend, source line).
    static QStringList drawn(const QString &path)
    {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return {QStringLiteral("cannot read %1").arg(path)};
        const QString svg = QString::fromUtf8(f.readAll());
        QStringList out;
        const auto size = QRegularExpression(QStringLiteral("<svg[^>]*\\swidth=\"([^\"]+)\"[^>]*\\sheight=\"([^\"]+)\"")).match(svg);
        out << QStringLiteral("size %1 x %2").arg(size.captured(1), size.captured(2));
        static const QRegularExpression text(QStringLiteral("<text[^>]*>([^<]*)</text>"));
        for (auto it = text.globalMatch(svg); it.hasNext();)
            out << it.next().captured(1);
        static const QRegularExpression pathElement(QStringLiteral("<path "));
        out << QStringLiteral("%1 paths").arg(svg.count(pathElement));
        return out;
    }

    // A store with the starter dataset and one small file imported on top (named NAME.zhisuan, the file NAME.csv);
    // its path, or empty when either step failed (said with qWarning).
    QString starterStoreWith(const QString &name, const QByteArray &csv)
    {
        const QString store = m_dir.filePath(name + QStringLiteral(".zhisuan"));
        auto copy = teststore::openWithStarterData(store, QStringLiteral("tst_exportcommand"));
        QFile file(m_dir.filePath(name + QStringLiteral(".csv")));
        if (!copy || !file.open(QIODevice::WriteOnly) || file.write(csv) != csv.size())
            return {};
        file.close();
        const auto report = db::ImportJob::run(*copy, file.fileName(), {});
        if (!report.ok() || report.inserted != csv.count('\n') - 1) {
            qWarning("%s", qPrintable(report.errors.isEmpty() ? QStringLiteral("%1 rows inserted").arg(report.inserted) : report.errors.first().toString()));
            return {};
        }
        return store;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("starter.zhisuan"));
        m_store = teststore::openWithStarterData(m_path, QStringLiteral("tst_exportcommand"));
        QVERIFY(m_store);
    }

    void exportBuildsNoPage_data()
    {
        QTest::addColumn<QString>("chart");
        for (const auto &c : app::ChartCatalog::all())
            QTest::newRow(qPrintable(c.id)) << c.id;
    }
    void exportBuildsNoPage()
    {
        QFETCH(QString, chart);
        const auto c = app::ChartCatalog::find(chart);
        QVERIFY(c);
        // The page as the window shows it, and what its chart exports.
        const auto registered = app::PageRegistry::find(c->page);
        QVERIFY(registered);
        std::unique_ptr<app::DashboardPage> page(registered->make(m_store.get(), nullptr));
        page->setAttribute(Qt::WA_DontShowOnScreen);
        page->resize(1220, 820);
        page->show();
        QStringList weekArgs;
        db::TradingWeek week;
        if (auto *market = qobject_cast<app::MarketDashboard *>(page.get())) {
            week = market->week();
            weekArgs << QStringLiteral("--week") << market->week().start.toString(Qt::ISODate);
        }
        QWidget *widget = app::ChartCatalog::widget(*page, *c);
        QVERIFY(widget);
        const bool content = app::ChartCatalog::hasContent(widget);
        const QString fromPage = m_dir.filePath(chart + QStringLiteral("-page.svg"));
        if (content) {
            widgets::ChartExporter::Options o;
            o.size = QSize(1200, 720);
            o.title = app::ChartCatalog::exportTitle(*c, widget, week); // as the window's export titles it
            o.source = app::ChartCatalog::source(widget);
            QVERIFY(widgets::ChartExporter::exportTo(widget, fromPage, o).ok());
        }
        page.reset();

        const int before = app::DashboardPage::constructed();
        const QString fromCommand = m_dir.filePath(chart + QStringLiteral("-command.svg"));
        int rc = -1;
        QStringList windowParts;
        {
            const WindowPartsSeen parts;
            rc = app::ExportCommand::run(QStringList{QStringLiteral("zhisuan"), QStringLiteral("--db"), m_path, chart, QStringLiteral("-o"), fromCommand,
                                                     QStringLiteral("--size"), QStringLiteral("1200x720")}
                                         + weekArgs);
            windowParts = parts.seen();
        }
        QCOMPARE(app::DashboardPage::constructed() - before, 0);
        QCOMPARE(windowParts, QStringList());
        QCOMPARE(rc, content ? 0 : 1); // models-compare: nothing to draw without cells selected, either way
        if (content)
            QCOMPARE(drawn(fromCommand), drawn(fromPage));
    }

    // Issue 29: an exported chart says its period in its title and where its figures come from, as the reports do;
    // a window of three days is not called a week's move.
    void exportCarriesPeriodAndSource_data()
    {
        QTest::addColumn<QString>("chart");
        for (const auto &c : app::ChartCatalog::all())
            if (c.id != QLatin1String("models-compare")) // nothing to draw without cells selected
                QTest::newRow(qPrintable(c.id)) << c.id;
    }
    void exportCarriesPeriodAndSource()
    {
        QFETCH(QString, chart);
        const QString path = m_dir.filePath(chart + QStringLiteral("-titled.svg"));
        const int rc = app::ExportCommand::run(QStringList{QStringLiteral("zhisuan"), QStringLiteral("--db"), m_path, chart, QStringLiteral("-o"), path});
        if (rc == 1)
            QSKIP("the starter data has nothing for this chart to draw");
        QCOMPARE(rc, 0);
        const QStringList texts = drawn(path);
        QVERIFY(texts.size() > 3);
        const QString title = texts.at(1);
        QVERIFY2(title.contains(QRegularExpression(QStringLiteral("\\d{4}-\\d{2}-\\d{2}"))), qPrintable(title));
        // The source line, drawn in runs of one face each ("Source: ", "华福证券", " ", …), is the last text.
        const QString joined = texts.mid(0, texts.size() - 1).join(QString());
        const QString source = joined.mid(joined.lastIndexOf(QStringLiteral("Source: ")));
        QVERIFY2(source.startsWith(QStringLiteral("Source: ")) && source.endsWith(QStringLiteral(", ZhiSuan Board")), qPrintable(texts.join(u'|')));
        // Every source named: the timeline's five reports ended "… and 2 more" (review of session 13).
        QVERIFY2(!source.contains(QStringLiteral(" more")), qPrintable(source));
    }

    // The period of a chart without a week: the first to last date it draws, else the latest date its rows were
    // stated (as_of): the chips of report 000 (计算机行业周报 2024-07-22..26) are as of 2024-07-26; the price chart's
    // prices and AlignBench scores as of 2024-05-06, the date of the table report 002 (2024-05-12) reprints.
    void exportTitleOfAChartWithoutAWeek_data()
    {
        QTest::addColumn<QString>("chart");
        QTest::addColumn<QString>("title");
        QTest::newRow("timeline: its dates") << QStringLiteral("models-timeline") << QStringLiteral("AI model releases and events, 2024-02-16 to 2024-08-28");
        QTest::newRow("chips: its latest figures") << QStringLiteral("chips-efficiency") << QStringLiteral("AI chips: FP16 compute against power, as of 2024-07-26");
        QTest::newRow("prices: its figures' date") << QStringLiteral("models-price") << QStringLiteral("Chinese capability (AlignBench) against API price, as of 2024-05-06");
        QTest::newRow("centres: the latest stated") << QStringLiteral("centres-map") << QStringLiteral("Intelligent-computing centres in China (PFLOPS), as of 2024-08-28");
    }
    void exportTitleOfAChartWithoutAWeek()
    {
        QFETCH(QString, chart);
        QFETCH(QString, title);
        const QString path = m_dir.filePath(chart + QStringLiteral("-period.svg"));
        QCOMPARE(app::ExportCommand::run(QStringList{QStringLiteral("zhisuan"), QStringLiteral("--db"), m_path, chart, QStringLiteral("-o"), path}), 0);
        QCOMPARE(drawn(path).value(1), title);
    }

    // Issue 29: the export's date comes from the data, not from the source line under the chart. A chip read from a
    // vendor's site (a source without a date) as of 2024-09-30 dates the scatter; before, the title took the latest
    // date printed in the source line (2024-07-26) and said the chart was older than a chip it draws.
    void anExportIsDatedByItsFiguresNotItsSourceLine()
    {
        const QString store = starterStoreWith(QStringLiteral("dated"), "vendor,model,fp16_tflops,tdp_w,domestic,source,as_of\n"
                                                                      "华为,昇腾910C,780,550,yes,华为官网,2024-09-30\n");
        QVERIFY(!store.isEmpty());
        const QString path = m_dir.filePath(QStringLiteral("dated-chips.svg"));
        QCOMPARE(app::ExportCommand::run(QStringList{QStringLiteral("zhisuan"), QStringLiteral("--db"), store, QStringLiteral("chips-efficiency"),
                                                     QStringLiteral("-o"), path}),
                 0);
        const QStringList texts = drawn(path);
        QCOMPARE(texts.value(1), QStringLiteral("AI chips: FP16 compute against power, as of 2024-09-30"));
        QVERIFY2(!texts.join(QString()).contains(QStringLiteral("2024-09-30, ZhiSuan Board")), qPrintable(texts.join(u'|'))); // not in the source line
    }

    // The industry history's export names the industry and says the line chains weekly returns: "Industry index"
    // named neither and called a chain of returns an index (issue 29).
    void theHistoryExportNamesItsIndustryAndHowItIsDrawn()
    {
        // The starter data hold one week of the SW index (7/22; report 002's 5/6 figure names no index and is not
        // chained): a history needs the weeks before it, imported into a copy of the store.
        const QString store = starterStoreWith(QStringLiteral("history"), "code,name,kind,week_start,week_end,return_pct\n"
                                                                        "801750.SI,计算机(申万),industry,2024-07-08,2024-07-12,1.10\n"
                                                                        "801750.SI,计算机(申万),industry,2024-07-15,2024-07-19,-0.40\n");
        QVERIFY(!store.isEmpty());
        const QString path = m_dir.filePath(QStringLiteral("history-titled.svg"));
        const int rc = app::ExportCommand::run(QStringList{QStringLiteral("zhisuan"), QStringLiteral("--db"), store, QStringLiteral("market-history"),
                                                           QStringLiteral("--week"), QStringLiteral("2024-07-22"), QStringLiteral("-o"), path});
        QCOMPARE(rc, 0);
        const QString title = drawn(path).value(1);
        QVERIFY2(title.contains(QStringLiteral("weekly returns chained")) && title.contains(QStringLiteral("Computer")), qPrintable(title));
        QVERIFY2(!title.startsWith(QStringLiteral("Industry index")), qPrintable(title));
        QVERIFY2(title.contains(QRegularExpression(QStringLiteral("\\d{4}-\\d{2}-\\d{2}"))), qPrintable(title));
    }

    void aThreeDayWindowIsNotAWeeksMove()
    {
        // The starter data's newest week holds the watchlist's returns over Monday to Wednesday (华福证券 图表1).
        const QString path = m_dir.filePath(QStringLiteral("watchlist-window.svg"));
        QCOMPARE(app::ExportCommand::run(QStringList{QStringLiteral("zhisuan"), QStringLiteral("--db"), m_path, QStringLiteral("market-watchlist"),
                                                     QStringLiteral("--week"), QStringLiteral("2024-08-27"), QStringLiteral("-o"), path}),
                 0);
        const QStringList texts = drawn(path);
        const QString title = texts.value(1);
        QVERIFY2(title.contains(QStringLiteral("moves (%), 2024-08-26 to 2024-08-28")), qPrintable(title));
        QVERIFY2(!title.contains(QStringLiteral("weekly"), Qt::CaseInsensitive), qPrintable(title));
        QVERIFY2(texts.join(QString()).contains(QStringLiteral("Source: Wind, iFinD; Huafu Securities Compute Weekly Tracker 2024-08-28, ZhiSuan Board")), qPrintable(texts.join(u'|')));
        // A whole week keeps its weekly title.
        QCOMPARE(app::ExportCommand::run(QStringList{QStringLiteral("zhisuan"), QStringLiteral("--db"), m_path, QStringLiteral("market-returns"),
                                                     QStringLiteral("--week"), QStringLiteral("2024-08-14"), QStringLiteral("-o"), path}),
                 0);
        QCOMPARE(drawn(path).value(1), QStringLiteral("Index and industry weekly returns (%), 2024-08-12 to 2024-08-16"));
    }

    void reportBuildsNoPage()
    {
        const int before = app::DashboardPage::constructed();
        const QString pdf = m_dir.filePath(QStringLiteral("brief.pdf"));
        {
            const WindowPartsSeen parts;
            QCOMPARE(app::ReportCommand::run({QStringLiteral("zhisuan"), QStringLiteral("--db"), m_path, QStringLiteral("--week"),
                                              QStringLiteral("2024-08-16"), QStringLiteral("-o"), pdf}),
                     0);
            QCOMPARE(parts.seen(), QStringList());
        }
        QVERIFY(QFile(pdf).size() > 10000);
        QCOMPARE(app::DashboardPage::constructed() - before, 0);
    }
};

QTEST_MAIN(TestExportCommand)
#include "tst_exportcommand.moc"
