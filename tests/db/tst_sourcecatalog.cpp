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
        QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China)); // the reports' language unless a test says
    }

    // A terminal's export without a source column: its rows name the terminal as their primary source, and the file,
    // so that a user's own Wind import shows "来源：Wind" (issue 29); a plain file's rows are named by the file alone.
    void aVendorsExportNamesTheVendor_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QByteArray>("csv");
        QTest::addColumn<QString>("line");
        QTest::newRow("Wind") << QStringLiteral("wind_0906.csv")
                              << QByteArray("证券代码,证券简称,区间涨跌幅[起始交易日期]20240902[截止交易日期]20240906[单位]%\n"
                                            "000300.SH,沪深300,1.5\n399006.SZ,创业板指,-2.25\n")
                              << QStringLiteral("Wind; wind_0906.csv");
        QTest::newRow("iFinD") << QStringLiteral("ths_0913.csv")
                               << QByteArray("证券代码,证券简称,区间涨跌幅:不复权[20240909-20240913](%)\n000300.SH,沪深300,0.8\n399006.SZ,创业板指,1.1\n")
                               << QStringLiteral("iFinD; ths_0913.csv");
        QTest::newRow("own source column wins") << QStringLiteral("desk_0920.csv")
                                                << QByteArray("证券代码,证券简称,区间涨跌幅[起始交易日期]20240918[截止交易日期]20240920[单位]%,来源\n"
                                                              "000300.SH,沪深300,0.3,Desk notes\n399006.SZ,创业板指,0.2,Desk notes\n")
                                                << QStringLiteral("Desk notes");
    }
    void aVendorsExportNamesTheVendor()
    {
        QFETCH(QString, file);
        QFETCH(QByteArray, csv);
        QFETCH(QString, line);
        const QString path = m_dir.filePath(file);
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(csv);
        f.close();
        const auto r = ImportJob::run(*m_store, path, {});
        QVERIFY2(r.ok(), qPrintable(r.errors.isEmpty() ? QString() : r.errors.first().toString()));
        const QDate day = QDate::fromString(QString::fromLatin1(csv.mid(csv.indexOf("202409"), 8)), QStringLiteral("yyyyMMdd"));
        auto w = SourceCatalog::forWeek(*m_store, week(day), {QStringLiteral("000300.SH"), QStringLiteral("399006.SZ")});
        QVERIFY2(w.ok() && !w.value().isEmpty(), qPrintable(day.toString()));
        QCOMPARE(SourceCatalog::line(w.value()), line);
    }

    void shortensAReportReference_data()
    {
        QTest::addColumn<QString>("source");
        QTest::addColumn<QString>("shown");
        QTest::newRow("seed number and table") << QStringLiteral("004 民生证券 计算机周报 2024-08-17 表4") << QStringLiteral("民生证券 计算机周报 2024-08-17");
        QTest::newRow("primary source kept") << QStringLiteral("004 民生证券 计算机周报 2024-08-17 表1 (智能算力产业发展白皮书)")
                                             << QStringLiteral("民生证券 计算机周报 2024-08-17（智能算力产业发展白皮书）");
        QTest::newRow("figure") << QStringLiteral("001 华福证券 算力周跟踪 2024-08-28 图表5 (Similarweb)") << QStringLiteral("华福证券 算力周跟踪 2024-08-28（Similarweb）");
        // Report 000 names no broker; its week ("2024.7.22—2024.7.26") reads as a range, not the dataset's "..26".
        QTest::newRow("market review") << QStringLiteral("000 计算机行业周报 2024-07-22..26 市场回顾") << QStringLiteral("计算机行业周报 2024-07-22 至 07-26");
        QTest::newRow("a note is not a source") << QStringLiteral("000 计算机行业周报 2024-07-22..26 市场回顾 (位列全行业第 11 名)")
                                               << QStringLiteral("计算机行业周报 2024-07-22 至 07-26");
        QTest::newRow("range over a month end") << QStringLiteral("周报 2024-07-29..2024-08-02") << QStringLiteral("周报 2024-07-29 至 08-02");
        QTest::newRow("two primary sources") << QStringLiteral("001 华福证券 算力周跟踪 2024-08-28 图表1 (Wind，iFinD)")
                                             << QStringLiteral("华福证券 算力周跟踪 2024-08-28（Wind，iFinD）");
        QTest::newRow("a vendor's export") << QStringLiteral("wind_0823.csv (Wind)") << QStringLiteral("wind_0823.csv（Wind）");
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

    // The day a source was published (a brief leaves out what its week could not know, issue 29): a weekly's range
    // counts by its last day, across a month's end too (the brief's own parser read "2024-07-29..08-02" as 7/8).
    void aSourceIsDatedByItsName_data()
    {
        QTest::addColumn<QString>("source");
        QTest::addColumn<QDate>("published");
        QTest::newRow("report") << QStringLiteral("001 华福证券 算力周跟踪 2024-08-28 图表5 (Similarweb)") << QDate(2024, 8, 28);
        QTest::newRow("week") << QStringLiteral("000 计算机行业周报 2024-07-22..26") << QDate(2024, 7, 26);
        QTest::newRow("week over a month's end") << QStringLiteral("计算机周报 2024-07-29..08-02 表3") << QDate(2024, 8, 2);
        QTest::newRow("week over a year's end") << QStringLiteral("周报 2024-12-30..2025-01-03") << QDate(2025, 1, 3);
        QTest::newRow("undated") << QStringLiteral("华为官网") << QDate();
    }
    void aSourceIsDatedByItsName()
    {
        QFETCH(QString, source);
        QFETCH(QDate, published);
        QCOMPARE(SourceCatalog::publishedOn(source), published);
    }

    void aSourceLineIsInTheInterfaceLanguage_data()
    {
        QTest::addColumn<QStringList>("sources");
        QTest::addColumn<QString>("english");
        QTest::addColumn<QString>("chinese"); // with the source separators of no translation loaded ("; ", ", ")
        QTest::newRow("one report") << QStringList{QStringLiteral("民生证券 计算机周报 2024-08-17")}
                                    << QStringLiteral("Minsheng Securities Computer Weekly 2024-08-17") << QStringLiteral("民生证券 计算机周报 2024-08-17");
        // As the reports print theirs ("来源：Similarweb，华福证券研究所"): the primary source leads.
        QTest::newRow("primary source first")
            << QStringList{QStringLiteral("华福证券 算力周跟踪 2024-08-28（Similarweb）")} << QStringLiteral("Similarweb; Huafu Securities Compute Weekly Tracker 2024-08-28")
            << QStringLiteral("Similarweb; 华福证券 算力周跟踪 2024-08-28");
        QTest::newRow("primary sources once across rows")
            << QStringList{QStringLiteral("华福证券 算力周跟踪 2024-08-28（Wind，iFinD）"), QStringLiteral("民生证券 计算机周报 2024-08-17（iFinD）"),
                           QStringLiteral("民生证券 计算机周报 2024-08-17")}
            << QStringLiteral("Wind, iFinD; Huafu Securities Compute Weekly Tracker 2024-08-28; Minsheng Securities Computer Weekly 2024-08-17")
            << QStringLiteral("Wind, iFinD; 华福证券 算力周跟踪 2024-08-28; 民生证券 计算机周报 2024-08-17");
        QTest::newRow("industry weekly, not the computer weekly")
            << QStringList{QStringLiteral("计算机行业周报 2024-07-22 至 07-26"), QStringLiteral("东方证券 计算机周报 2024-05-12")}
            << QStringLiteral("Computer Industry Weekly 2024-07-22 to 07-26; Orient Securities Computer Weekly 2024-05-12")
            << QStringLiteral("计算机行业周报 2024-07-22 至 07-26; 东方证券 计算机周报 2024-05-12");
        QTest::newRow("a white paper") << QStringList{QStringLiteral("民生证券 计算机周报 2024-08-17（智能算力产业发展白皮书）")}
                                       << QStringLiteral("White Paper on Intelligent Computing Industry Development; Minsheng Securities Computer Weekly 2024-08-17")
                                       << QStringLiteral("智能算力产业发展白皮书; 民生证券 计算机周报 2024-08-17");
        QTest::newRow("a vendor's export") << QStringList{QStringLiteral("wind_0823.csv（Wind）"), QStringLiteral("Wind")}
                                           << QStringLiteral("Wind; wind_0823.csv") << QStringLiteral("Wind; wind_0823.csv");
        // A report the vocabulary does not know is named once as printed, not half translated.
        QTest::newRow("no English name") << QStringList{QStringLiteral("中信建投 计算机周报 2024-09-01")}
                                         << QStringLiteral("中信建投 计算机周报 2024-09-01") << QStringLiteral("中信建投 计算机周报 2024-09-01");
    }
    void aSourceLineIsInTheInterfaceLanguage()
    {
        QFETCH(QStringList, sources);
        QFETCH(QString, english);
        QFETCH(QString, chinese);
        const QLocale before;
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        const QString en = SourceCatalog::line(sources);
        QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
        const QString zh = SourceCatalog::line(sources);
        QLocale::setDefault(before);
        QCOMPARE(en, english);
        QCOMPARE(zh, chinese); // the names as the reports print them
    }

    void weekSourcesAreTheRowsOwn()
    {
        // 8.12–8.16: the indices' returns come from 民生证券's weekly, whose market review (图11) says "资料来源: iFinD".
        auto w = SourceCatalog::forWeek(*m_store, week(QDate(2024, 8, 16)), {QStringLiteral("000300.SH"), QStringLiteral("399006.SZ")});
        QVERIFY2(w.ok(), qPrintable(w.ok() ? QString() : w.error().message));
        QCOMPARE(w.value(), QStringList{QStringLiteral("民生证券 计算机周报 2024-08-17（iFinD）")});
        const QLocale before;
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        const QString english = SourceCatalog::line(w.value()), shown = SourceCatalog::shown(QStringLiteral("004 民生证券 计算机周报 2024-08-17 表4 (iFinD)"));
        QLocale::setDefault(before);
        QCOMPARE(english, QStringLiteral("iFinD; Minsheng Securities Computer Weekly 2024-08-17"));
        QCOMPARE(shown, english); // a detail panel's one row says the same
        QCOMPARE(SourceCatalog::shown(QStringLiteral("004 民生证券 计算机周报 2024-08-17 表4 (iFinD)"), QLocale(QLocale::Chinese, QLocale::China)),
                 QStringLiteral("iFinD; 民生证券 计算机周报 2024-08-17 表4")); // as stored, with its table, iFinD first
        QVERIFY(!SourceCatalog::line(w.value()).contains(QStringLiteral("Wind"))); // the report names iFinD only
        QCOMPARE(SourceCatalog::primaries(w.value()), QStringLiteral("iFinD"));
        // 8.26–8.28: 华福证券's 图表1 says "来源：Wind，iFinD，华福证券研究所".
        auto chain = SourceCatalog::forWeek(*m_store, week(QDate(2024, 8, 28)), {QStringLiteral("NVDA.O"), QStringLiteral("688256.SH")});
        QVERIFY(chain.ok());
        QCOMPARE(SourceCatalog::line(chain.value()), QStringLiteral("Wind, iFinD; 华福证券 算力周跟踪 2024-08-28"));
        // 5.6–5.10: 东方证券's weekly states no primary source: the line names the report alone, and no vendor.
        auto orient = SourceCatalog::forWeek(*m_store, week(QDate(2024, 5, 10)), {QStringLiteral("801750.SI")});
        QVERIFY(orient.ok());
        QCOMPARE(SourceCatalog::line(orient.value()), QStringLiteral("东方证券 计算机周报 2024-05-12"));
        QVERIFY(SourceCatalog::primaries(orient.value()).isEmpty());
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
        // One read per table for all the codes: a code with a weekly return is named by it, one with only daily
        // quotes in the week by the quotes' file, one with neither by nothing.
        const QString daily = m_dir.filePath(QStringLiteral("quotes_0823.csv"));
        QFile q(daily);
        QVERIFY(q.open(QIODevice::WriteOnly));
        q.write("code,trade_date,close\n688256.SH,2024-08-19,210\n688256.SH,2024-08-20,214\n");
        q.close();
        const auto quotes = ImportJob::run(*m_store, daily, {});
        QVERIFY2(quotes.ok(), qPrintable(quotes.errors.isEmpty() ? QString() : quotes.errors.first().toString()));
        auto both = SourceCatalog::forWeek(*m_store, week(QDate(2024, 8, 23)),
                                           {QStringLiteral("000300.SH"), QStringLiteral("688256.SH"), QStringLiteral("NO.SUCH"), QStringLiteral("000300.SH")});
        QVERIFY(both.ok());
        QVERIFY2(both.value().contains(QStringLiteral("wind_weekly_0823.csv")) && both.value().contains(QStringLiteral("quotes_0823.csv")),
                 qPrintable(both.value().join(QLatin1Char('|'))));
    }

    void tableSourcesMostRowsFirst()
    {
        auto centres = SourceCatalog::forTable(*m_store, QStringLiteral("compute_centre"));
        QVERIFY(centres.ok());
        QCOMPARE(centres.value().value(0), QStringLiteral("民生证券 计算机周报 2024-08-17（智能算力产业发展白皮书）"));
        QCOMPARE(centres.value().size(), 2);
        // The chip table (report 003's 图5) says "数据来源：公司官网，东吴证券研究所"; the H20 row of report 000 says nothing.
        auto chips = SourceCatalog::forTable(*m_store, QStringLiteral("chip"));
        QVERIFY(chips.ok());
        QCOMPARE(SourceCatalog::line(chips.value()), QStringLiteral("公司官网; 东吴证券 国产AI算力行业报告 2024-03-26; 计算机行业周报 2024-07-22 至 07-26"));
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
