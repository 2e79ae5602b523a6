#include "computeanalytics.h"
// Source lines name where the drawn rows came from: the rows' own sources (shortened), or the file a row
// without one was imported from; never a fixed vendor list.

#include "importjob.h"
#include "marketanalytics.h"
#include "sourcecatalog.h"
#include "starterdataset.h"
#include "store.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace zhisuan::db;

class TestSourceCatalog : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;

    TradingWeek week(const QDate &day)
    {
        auto w = MarketAnalytics(*m_store).weekContaining(day);
        return w ? w.value() : TradingWeek{};
    }

private slots:
    void initTestCase()
    {
        auto store = Store::open(m_dir.filePath(QStringLiteral("sources.sqlite")));
        QVERIFY(store.ok());
        m_store = std::move(store).value();
        for (const auto &r : StarterDataset::load(*m_store))
            QVERIFY(r.ok());
    }

    void shortensAReportReference_data()
    {
        QTest::addColumn<QString>("source");
        QTest::addColumn<QString>("shown");
        QTest::newRow("seed number and table") << QStringLiteral("004 民生证券 计算机周报 2024-08-17 表4") << QStringLiteral("民生证券 计算机周报 2024-08-17");
        QTest::newRow("primary source kept") << QStringLiteral("004 民生证券 计算机周报 2024-08-17 表1 (智能算力产业发展白皮书)")
                                             << QStringLiteral("民生证券 计算机周报 2024-08-17（智能算力产业发展白皮书）");
        QTest::newRow("figure") << QStringLiteral("001 华福证券 算力周跟踪 2024-08-28 图表5 (Similarweb)") << QStringLiteral("华福证券 算力周跟踪 2024-08-28（Similarweb）");
        QTest::newRow("market review") << QStringLiteral("000 计算机行业周报 2024-07-22..26 市场回顾") << QStringLiteral("计算机行业周报 2024-07-22..26");
        QTest::newRow("a note is not a source") << QStringLiteral("000 计算机行业周报 2024-07-22..26 市场回顾 (位列全行业第 11 名)")
                                               << QStringLiteral("计算机行业周报 2024-07-22..26");
        QTest::newRow("plain") << QStringLiteral("Wind") << QStringLiteral("Wind");
        QTest::newRow("a file") << QStringLiteral("file:exports/weekly_0816.csv") << QStringLiteral("weekly_0816.csv");
        QTest::newRow("empty") << QStringLiteral("  ") << QString();
    }
    void shortensAReportReference()
    {
        QFETCH(QString, source);
        QFETCH(QString, shown);
        QCOMPARE(SourceCatalog::shorten(source), shown);
    }

    void aSourceLineIsInTheInterfaceLanguage_data()
    {
        QTest::addColumn<QStringList>("sources");
        QTest::addColumn<QString>("english");
        QTest::newRow("one report") << QStringList{QStringLiteral("民生证券 计算机周报 2024-08-17")}
                                    << QStringLiteral("Minsheng Securities Computer Weekly 2024-08-17");
        QTest::newRow("primary source in brackets")
            << QStringList{QStringLiteral("华福证券 算力周跟踪 2024-08-28（Similarweb）")} << QStringLiteral("Huafu Securities Compute Weekly Tracker 2024-08-28 (Similarweb)");
        QTest::newRow("industry weekly, not the computer weekly")
            << QStringList{QStringLiteral("计算机行业周报 2024-07-22..26"), QStringLiteral("东方证券 计算机周报 2024-05-12")}
            << QStringLiteral("Computer Industry Weekly 2024-07-22..26; Orient Securities Computer Weekly 2024-05-12");
        QTest::newRow("data vendors, Chinese commas") << QStringList{QStringLiteral("Wind，iFinD")} << QStringLiteral("Wind, iFinD");
        // A report the vocabulary does not know is named once as printed, not half translated.
        QTest::newRow("no English name") << QStringList{QStringLiteral("中信建投 计算机周报 2024-09-01")}
                                         << QStringLiteral("中信建投 计算机周报 2024-09-01");
    }
    void aSourceLineIsInTheInterfaceLanguage()
    {
        QFETCH(QStringList, sources);
        QFETCH(QString, english);
        const QLocale before;
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        const QString en = SourceCatalog::line(sources);
        QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
        const QString zh = SourceCatalog::line(sources);
        QLocale::setDefault(before);
        QCOMPARE(en, english);
        QCOMPARE(zh, sources.join(QStringLiteral("; "))); // the Chinese line as the reports print it
    }

    void weekSourcesAreTheRowsOwn()
    {
        // 8.12–8.16: the indices' returns come from 民生证券's weekly (its market review and tables 2/3).
        auto w = SourceCatalog::forWeek(*m_store, week(QDate(2024, 8, 16)), {QStringLiteral("000300.SH"), QStringLiteral("399006.SZ")});
        QVERIFY2(w.ok(), qPrintable(w.ok() ? QString() : w.error().message));
        QCOMPARE(w.value(), QStringList{QStringLiteral("民生证券 计算机周报 2024-08-17")});
        QVERIFY(!SourceCatalog::line(w.value()).contains(QStringLiteral("Wind")));
        auto none = SourceCatalog::forWeek(*m_store, week(QDate(2024, 8, 16)), {QStringLiteral("NO.SUCH")});
        QVERIFY(none.ok() && none.value().isEmpty());
    }

    void aRowWithoutSourceIsNamedByItsFile()
    {
        const QString path = m_dir.filePath(QStringLiteral("wind_weekly_0823.csv"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("code,week_start,week_end,return_pct\n000300.SH,2024-08-19,2024-08-23,-0.5\n");
        f.close();
        const auto r = ImportJob::run(*m_store, path, {});
        QVERIFY2(r.ok(), qPrintable(r.errors.isEmpty() ? QString() : r.errors.first().toString()));
        auto w = SourceCatalog::forWeek(*m_store, week(QDate(2024, 8, 23)), {QStringLiteral("000300.SH")});
        QVERIFY(w.ok());
        QCOMPARE(w.value(), QStringList{QStringLiteral("wind_weekly_0823.csv")});
        auto code = SourceCatalog::forCode(*m_store, QStringLiteral("000300.SH"));
        QVERIFY(code.ok());
        QVERIFY2(code.value().contains(QStringLiteral("wind_weekly_0823.csv")), qPrintable(code.value().join(QLatin1Char('|'))));
    }

    void tableSourcesMostRowsFirst()
    {
        auto centres = SourceCatalog::forTable(*m_store, QStringLiteral("compute_centre"));
        QVERIFY(centres.ok());
        QCOMPARE(centres.value().value(0), QStringLiteral("民生证券 计算机周报 2024-08-17（智能算力产业发展白皮书）"));
        QCOMPARE(centres.value().size(), 2);
        QVERIFY(!SourceCatalog::forTable(*m_store, QStringLiteral("sqlite_master; DROP TABLE chip")).ok());
        const QString line = SourceCatalog::line({QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"), QStringLiteral("d"), QStringLiteral("e")});
        QCOMPARE(line, QStringLiteral("a; b; c and 2 more"));
    }

    // The traffic chart's source line names where its drawn sites' rows came from (read by the site key), not every
    // site's source in the table.
    void siteSourcesAreTheDrawnSitesOwn()
    {
        const QString path = m_dir.filePath(QStringLiteral("traffic_two_sites.csv"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("site,week_start,week_end,visits,note,source\n"
                "BigSite,2024-08-05,2024-08-11,900000000,,Similarweb BigSite\n"
                "BigSite,2024-08-12,2024-08-18,950000000,,Similarweb BigSite\n"
                "SmallSite,2024-08-05,2024-08-11,10,,Small Panel\n"
                "SmallSite,2024-08-12,2024-08-18,12,,Small Panel\n"
                "BigSite,2024-09-02,2024-09-08,990000000,,Later Panel\n");
        f.close();
        const auto r = ImportJob::run(*m_store, path, {});
        QVERIFY2(r.ok(), qPrintable(r.errors.isEmpty() ? QString() : r.errors.first().toString()));
        auto drawn = SourceCatalog::forTraffic(*m_store, {QStringLiteral("BigSite")}, QDate(2024, 8, 19));
        QVERIFY(drawn.ok());
        QCOMPARE(drawn.value(), QStringList{QStringLiteral("Similarweb BigSite")}); // not the later week, nor SmallSite's
        auto both = SourceCatalog::forTraffic(*m_store, {QStringLiteral("BigSite"), QStringLiteral("SmallSite")}, QDate(2024, 9, 9));
        QVERIFY(both.ok());
        QCOMPARE(both.value().size(), 3);
        auto table = SourceCatalog::forTable(*m_store, QStringLiteral("site_traffic"));
        QVERIFY(table.ok() && table.value().contains(QStringLiteral("Small Panel")));
    }

    // A filtered map or a chart of some chips names the sources of what it draws, not the whole table's.
    void drawnRowsNameOnlyTheirSources()
    {
        auto centres = ComputeAnalytics(*m_store).centres();
        QVERIFY(centres.ok());
        QueryTable harbin{centres.value().columns, {}};
        for (const QVariantList &row : centres.value().rows)
            if (row.value(centres.value().column(QStringLiteral("name"))).toString() == QStringLiteral("哈尔滨智算中心"))
                harbin.rows << row;
        QCOMPARE(harbin.rows.size(), 1);
        QCOMPARE(SourceCatalog::forRows(harbin), QStringList{QStringLiteral("华福证券 算力周跟踪 2024-08-28")});
        QCOMPARE(SourceCatalog::forRows(centres.value()), SourceCatalog::forTable(*m_store, QStringLiteral("compute_centre")).value());
        QCOMPARE(SourceCatalog::forSources({QStringLiteral("B 表1"), QStringLiteral("A"), QStringLiteral("A"), QString()}),
                 (QStringList{QStringLiteral("A"), QStringLiteral("B")})); // most rows first, shortened, blanks dropped
    }
};

QTEST_GUILESS_MAIN(TestSourceCatalog)
#include "tst_sourcecatalog.moc"
