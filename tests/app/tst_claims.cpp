#include "centresview.h"
#include "computeanalytics.h"
#include "localnames.h"
#include "marketanalytics.h"
#include "marketview.h"
#include "marketweek.h"
#include "modelanalytics.h"
#include "modelsview.h"
#include "starterstore.h"
#include "store.h"

#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace zhisuan;

// Issue 29, "Claims the sources do not make": what the pages and the brief say about the starter dataset is what the
// five seed reports say, with what is inferred or estimated marked as such. The figures are computed as the pages
// and the brief compute them (the view models), from a real SQLite store loaded with the starter dataset.
class TestClaims : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<db::Store> m_store;

    app::MarketView market(const QDate &monday)
    {
        db::MarketAnalytics::Settings settings;
        auto loaded = db::MarketWeek::load(*m_store, db::TradingWeek{monday, monday.addDays(4)}, settings, {}, db::MarketWeek::History::Skip);
        if (!loaded)
            qWarning() << loaded.error().message;
        return loaded ? app::MarketView::compute(loaded.value(), settings) : app::MarketView{};
    }

    app::CentresView centres(bool leaveOutInferred, const QString &search = {})
    {
        auto all = db::ComputeAnalytics(*m_store).centres();
        if (!all)
            qWarning() << all.error().message;
        app::CentresView::Filter filter;
        filter.colourBy = QStringLiteral("ecosystem");
        filter.leaveOutInferred = leaveOutInferred;
        filter.search = search;
        return app::CentresView::compute(all.valueOr({}), filter, [](const QString &p) { return p; });
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_store = teststore::openWithStarterData(m_dir.filePath(QStringLiteral("starter.zhisuan")), QStringLiteral("tst_claims"));
        QVERIFY(m_store);
    }

    // The market page's sentence (also the brief's): the reported figures as reported, nothing the report does not say.
    void weekSentenceSaysWhatTheReportSays_data()
    {
        QTest::addColumn<QDate>("monday");
        QTest::addColumn<QStringList>("says");
        QTest::addColumn<QStringList>("neverSays");
        // 000: "位列全行业第 11 名"; how many industries it ranked among is not in the report.
        QTest::newRow("000 rank 7.22") << QDate(2024, 7, 22)
                                       << QStringList{QStringLiteral("fell 1.68%"), QStringLiteral("ranking 11 among the industries (as reported)")}
                                       << QStringList{QStringLiteral("of 31"), QStringLiteral("31 industries")};
        // 002: "计算机板块上周下跌 3.2%": one decimal, and no index named.
        QTest::newRow("002 sector 5.6") << QDate(2024, 5, 6)
                                        << QStringList{QStringLiteral("Computers sector fell 3.2% (as reported for the sector; the report names no index)")}
                                        << QStringList{QStringLiteral("3.20"), QStringLiteral("(SW)")};
        // 004: 计算机(中信) 0.11%, a named index: no remark.
        QTest::newRow("004 CITIC 8.12") << QDate(2024, 8, 12) << QStringList{QStringLiteral("rose 0.11%")}
                                        << QStringList{QStringLiteral("names no index")};
    }
    void weekSentenceSaysWhatTheReportSays()
    {
        QFETCH(QDate, monday);
        QFETCH(QStringList, says);
        QFETCH(QStringList, neverSays);
        const QString summary = market(monday).summary;
        for (const QString &s : std::as_const(says))
            QVERIFY2(summary.contains(s), qPrintable(s + QStringLiteral(" ∉ ") + summary));
        for (const QString &s : std::as_const(neverSays))
            QVERIFY2(!summary.contains(s), qPrintable(s + QStringLiteral(" ∈ ") + summary));
    }

    // The returns chart's bar for 002's "计算机板块" names the sector, not an index family, and says no index was named.
    void sectorBarWithoutIndexSaysSo()
    {
        const auto view = market(QDate(2024, 5, 6));
        QStringList labels;
        for (const auto &b : view.returns)
            if (b.highlighted)
                labels << QStringLiteral("%1 %2").arg(b.label, QString::number(b.value, 'f', b.decimals));
        QCOMPARE(labels, QStringList{QStringLiteral("Computers sector (no index named) -3.2")});
        // The watchlist's default segments in English on an English page.
        const QString title = market(QDate(2024, 8, 26)).watchlistTitle;
        QVERIFY2(title.contains(QStringLiteral("Domestic compute chain")) && title.contains(QStringLiteral("Cloud computing"))
                     && !title.contains(QStringLiteral("国产")),
                 qPrintable(title));
        // The chart's key too: the tracked sector, not an index family.
        QVERIFY2(view.highlight.contains(QStringLiteral("Computers sector")) && !view.highlight.contains(QStringLiteral("(SW)")),
                 qPrintable(view.highlight));
    }

    // Chip ecosystems: one definition (shares of the shown centres' current PFLOPS), led by what the sources state,
    // the inferred ones counted once and said next to it; the same count with and without "leave out inferred".
    void chipSharesHaveOneDefinition()
    {
        const QString all = centres(false).cards, leftOut = centres(true).cards;
        const QRegularExpression lead(QStringLiteral("ecosystem as reported \\(share of current PFLOPS\\): ([^<]*)"));
        const auto ascend = [](const QString &shares) {
            const auto m = QRegularExpression(QStringLiteral("Ascend ([0-9.]+)%")).match(shares);
            return m.hasMatch() ? m.captured(1).toDouble() : 0.0;
        };
        const QString stated = lead.match(all).captured(1);
        QVERIFY2(!stated.isEmpty(), qPrintable(all));
        QVERIFY2(ascend(stated) < 10, qPrintable(all)); // 博大's 40,000 PFLOPS are Ascend only by inference
        // The lead is the same figure with "leave out inferred values" on: one number for one definition.
        QCOMPARE(lead.match(leftOut).captured(1), stated);
        const auto m = QRegularExpression(QStringLiteral("<i>Inferred</i> ecosystem \\(from partner or tenant\\) for (\\d+) centre\\(s\\).*counting them: ([^<]*)")).match(all);
        QVERIFY2(m.hasMatch(), qPrintable(all));
        QVERIFY2(ascend(m.captured(2)) > 70, qPrintable(all));
        const auto out = QRegularExpression(QStringLiteral("inferred for (\\d+) centre\\(s\\) counts as not stated")).match(leftOut);
        QVERIFY2(out.hasMatch(), qPrintable(leftOut));
        QCOMPARE(out.captured(1), m.captured(1));
        QCOMPARE(all.count(QStringLiteral("%")), leftOut.count(QStringLiteral("%")) + int(m.captured(2).count(u'%')));
    }

    // 004 表1 names a centre's partner (华为昇腾), not its chips: every centre known only by its partner has an
    // inferred ecosystem, 河北 and 横琴 as the others.
    void partnerOnlyCentresAreInferredAlike_data()
    {
        QTest::addColumn<QString>("centre");
        for (const char *name : {"河北人工智能计算中心", "横琴人工智能超算中心", "天津人工智能计算中心", "中原人工智能计算中心"})
            QTest::newRow(name) << QString::fromUtf8(name);
    }
    void partnerOnlyCentresAreInferredAlike()
    {
        QFETCH(QString, centre);
        const auto t = db::ComputeAnalytics(*m_store).centres();
        QVERIFY(t);
        int row = -1;
        for (int r = 0; r < t.value().rows.size(); ++r)
            if (t.value().value(r, QStringLiteral("name")).toString() == centre)
                row = r;
        QVERIFY(row >= 0);
        QCOMPARE(t.value().value(row, QStringLiteral("operator")).toString(), QStringLiteral("华为昇腾"));
        QCOMPARE(t.value().value(row, QStringLiteral("confidence")).toString(), QStringLiteral("inferred"));
        QCOMPARE(t.value().value(row, QStringLiteral("inferred_fields")).toString(), QStringLiteral("ecosystem"));
    }

    // A centre without a current figure: its detail and its map label say what the source gives instead, never 0.
    void noCurrentFigureIsNotAZero_data()
    {
        QTest::addColumn<QString>("centre");
        QTest::addColumn<QString>("detail");
        QTest::addColumn<QString>("label");
        // 接入 20 余万路视频资源: video channels, no compute figure, current or planned.
        QTest::newRow("深圳 video channels") << QStringLiteral("深圳人工智能融合赋能中心")
                                           << QStringLiteral("not stated: the source lists the centre as built and gives no compute figure (see the capacity as written)")
                                           << QStringLiteral("Operational, no capacity figure");
        // 计划 100PFLOPS, 已建成: only the plan.
        QTest::newRow("中原 plan only") << QStringLiteral("中原人工智能计算中心")
                                      << QStringLiteral("not stated: the source lists the centre as built but gives only a planned figure")
                                      << QStringLiteral("current not stated → planned 100 PFLOPS");
        // 一期 2000P,二期 10000P.建成后 30000P, 建设中: under construction, planned 30,000.
        QTest::newRow("郑州 under construction") << QStringLiteral("郑州人工智能计算中心") << QString()
                                               << QStringLiteral("Under construction → planned 30,000 PFLOPS");
    }
    void noCurrentFigureIsNotAZero()
    {
        QFETCH(QString, centre);
        QFETCH(QString, detail);
        QFETCH(QString, label);
        const auto view = centres(false);
        const db::QueryTable &t = view.shownRows;
        int row = -1;
        for (int r = 0; r < t.rows.size(); ++r)
            if (t.value(r, QStringLiteral("name")).toString() == centre)
                row = r;
        QVERIFY(row >= 0);
        auto v = [&](const char *c) { return t.value(row, QString::fromLatin1(c)); };
        QCOMPARE(app::CentresView::currentNotStated(v("status").toString(), v("current_pflops"), v("current_pops"), v("planned_pflops"),
                                                    v("planned_pops")),
                 detail);
        QString figures = QStringLiteral("(no bubble)");
        // The bubble names the centre in the interface's language (its name_en here, issue 29).
        const QString shownName = db::LocalNames::pick(centre, v("name_en").toString());
        QVERIFY(shownName != centre);
        for (const auto &b : view.bubbles)
            if (b.name == shownName)
                figures = b.figures;
        QCOMPARE(figures, label);
    }

    // Tables whose data is not the week's say their date: the 8/26 brief shows 8/16 prices, and 2021–23 EPS read in
    // August 2024 are no forecasts; the 7/22 week's page shows a lockup list taken on 8/16.
    void staleTablesSayTheirDate_data()
    {
        QTest::addColumn<QDate>("monday");
        QTest::addColumn<QString>("keyStocks");
        QTest::addColumn<QString>("lockups");
        QTest::newRow("8.26: last week's snapshot") << QDate(2024, 8, 26)
                                                   << QStringLiteral("Key stocks: EPS and valuation (as of 2024-08-16, not this week)")
                                                   << QStringLiteral(" (market values as of 2024-08-16)");
        QTest::newRow("8.12: the week's own") << QDate(2024, 8, 12) << QStringLiteral("Key stocks: EPS and valuation") << QString();
        // A list taken after the week says what it cannot show: the expiries between the week and its own day.
        QTest::newRow("7.22: a later list") << QDate(2024, 7, 22) << QString()
                                          << QStringLiteral(" (list as of 2024-08-16, after this week: expiries from 2024-07-27 to 2024-08-16 are not in it)");
    }
    void staleTablesSayTheirDate()
    {
        QFETCH(QDate, monday);
        QFETCH(QString, keyStocks);
        QFETCH(QString, lockups);
        const auto view = market(monday);
        QCOMPARE(view.keyStocks.rows.isEmpty() ? QString() : app::MarketView::keyStocksTitle(view.keyStocks, view.week), keyStocks);
        QVERIFY(!view.lockups.rows.isEmpty());
        QCOMPARE(app::MarketView::lockupsValuedAsOf(view.lockups, view.week), lockups);
    }

    // Forecasts read as forecasts: the year with an E, as the reports mark estimates; measured figures carry none.
    void forecastsAreMarkedAsEstimates_data()
    {
        QTest::addColumn<QString>("subject");
        QTest::addColumn<QString>("asOf");
        QTest::addColumn<QString>("mark");
        QTest::newRow("AI servers 134亿美元") << QStringLiteral("中国 AI 服务器市场") << QStringLiteral("2027-12-31") << QStringLiteral("2027E");
        QTest::newRow("liquid cooling 260亿元") << QStringLiteral("冷板式液冷 (新增 AI 服务器)") << QStringLiteral("2027-12-31")
                                             << QStringLiteral("2027E");
        QTest::newRow("scheduling 710亿元") << QStringLiteral("算力调度 (中性)") << QStringLiteral("2025-12-31") << QStringLiteral("2025E");
        QTest::newRow("retrofit 832亿元") << QStringLiteral("冷板式液冷 (存量改造)") << QStringLiteral("2025-12-31") << QStringLiteral("2025E");
        QTest::newRow("Baidu revenue, reported") << QStringLiteral("百度智能云") << QStringLiteral("2024-06-30") << QString();
        QTest::newRow("ERNIE calls, reported") << QStringLiteral("文心大模型") << QStringLiteral("2024-08-22") << QString();
    }
    void forecastsAreMarkedAsEstimates()
    {
        QFETCH(QString, subject);
        QFETCH(QString, asOf);
        QFETCH(QString, mark);
        const auto t = db::ModelAnalytics(*m_store).metrics();
        QVERIFY(t);
        QStringList marks;
        for (int r = 0; r < t.value().rows.size(); ++r)
            if (t.value().value(r, QStringLiteral("subject")).toString() == subject && t.value().value(r, QStringLiteral("as_of")).toString() == asOf)
                marks << app::ModelsView::estimateMark(asOf, t.value().value(r, QStringLiteral("note")).toString());
        QVERIFY(!marks.isEmpty());
        for (const QString &m : std::as_const(marks))
            QCOMPARE(m, mark);
    }

    // Report 002's 图8 and report 003's 图1 as the benchmark table and its comparison show them, computed without the
    // page (ModelsView): each score as reported, "-" left empty, and a benchmark scored out of 10 drawn ×10 beside one
    // out of 100, saying so, with the tooltip keeping the reported figure.
    void benchmarkComparisonKeepsTheReportedScores()
    {
        auto scores = db::ModelAnalytics(*m_store).benchmarks();
        QVERIFY2(scores, scores ? "" : qPrintable(scores.error().message));
        const auto matrix = app::ModelsView::benchmarkMatrix(scores.value());
        QVERIFY(matrix.models.contains(QStringLiteral("DeepSeek-V2")) && matrix.models.contains(QStringLiteral("Claude 3 Opus")));
        const auto *mtBench = matrix.score(QStringLiteral("DeepSeek-V2"), QStringLiteral("MT-Bench"));
        QVERIFY(mtBench);
        QCOMPARE(mtBench->value, 8.97);
        QVERIFY(mtBench->source.contains(QStringLiteral("002")));
        QVERIFY(!matrix.score(QStringLiteral("GPT-4-Turbo-1106"), QStringLiteral("BBH"))); // "-" in 图8
        QCOMPARE(matrix.range(QStringLiteral("MT-Bench")).second, 9.32);

        const auto none = app::ModelsView::compare(matrix, {}, {});
        QVERIFY(none.models.isEmpty());
        QCOMPARE(none.sources.size(), matrix.scores.size()); // the line names every score's source until a choice

        const QStringList chosen{QStringLiteral("MMLU"), QStringLiteral("MT-Bench"), QStringLiteral("BBH")};
        const auto c = app::ModelsView::compare(matrix, {QStringLiteral("GPT-4-Turbo-1106"), QStringLiteral("DeepSeek-V2")}, chosen);
        // In the table's order, whatever order they were chosen in; the 10-point benchmark says it is drawn ×10.
        QStringList expected;
        for (const QString &b : matrix.benchmarks)
            if (chosen.contains(b))
                expected << (b == QLatin1String("MT-Bench") ? QStringLiteral("MT-Bench (×10)") : b);
        QCOMPARE(c.benchmarks, expected);
        QCOMPARE(c.models.size(), 2);
        const auto bar = [&](const QString &model, const QString &benchmark) -> std::pair<double, QString> {
            for (const auto &m : c.models)
                if (m.name == model)
                    for (int i = 0; i < c.benchmarks.size(); ++i)
                        if (c.benchmarks[i].startsWith(benchmark + u' ') || c.benchmarks[i] == benchmark)
                            return {m.values.value(i), m.tooltips.value(i)};
            return {-1, QString()};
        };
        QCOMPARE(bar(QStringLiteral("DeepSeek-V2"), QStringLiteral("MT-Bench")).first, 89.7);
        QVERIFY2(bar(QStringLiteral("DeepSeek-V2"), QStringLiteral("MT-Bench")).second.contains(QStringLiteral("8.97")),
                 qPrintable(bar(QStringLiteral("DeepSeek-V2"), QStringLiteral("MT-Bench")).second));
        QCOMPARE(bar(QStringLiteral("DeepSeek-V2"), QStringLiteral("MMLU")).first, 77.8);
        QVERIFY(bar(QStringLiteral("GPT-4-Turbo-1106"), QStringLiteral("BBH")).second.contains(QStringLiteral("no score")));
        QCOMPARE(c.valueTitle, QStringLiteral("Score (0–100)"));
        QVERIFY(!c.sources.isEmpty());
        for (const QString &source : c.sources)
            QVERIFY2(source.contains(QStringLiteral("002")), qPrintable(source));
    }

    // 郑州's two centres: one being built, one with only a plan. Neither has a current figure: the summary says it is
    // not stated rather than "current 0 PFLOPS ()".
    void centresWithoutACurrentFigureDoNotSumToZero()
    {
        const QString cards = centres(false, QStringLiteral("郑州")).cards;
        QVERIFY2(cards.contains(QStringLiteral("no current PFLOPS stated")), qPrintable(cards));
        QVERIFY2(!cards.contains(QStringLiteral("current <b>0</b>")) && !cards.contains(QStringLiteral("()")), qPrintable(cards));
    }

    // The dataset's recurring analyst notes read in English on an English page (the centres' "Inferred" row, the
    // tables' tooltips): "Inferred: 芯片生态按合作方推断" mixed the languages. Chinese stays as stored.
    void analystNotesInTheInterfaceLanguage()
    {
        const QLocale en(QLocale::English), zh(QLocale::Chinese, QLocale::China);
        const QString partner = QStringLiteral("芯片生态按合作方推断");
        QCOMPARE(db::LocalNames::showNote(partner, zh), partner);
        QCOMPARE(db::LocalNames::showNote(partner, en), QStringLiteral("chip ecosystem inferred from the partner or tenant"));
        const QString domain = db::LocalNames::showNote(QStringLiteral("域名 kimi.moonshot.cn 非报告所载，为分析师补充"), en);
        QVERIFY2(domain.contains(QStringLiteral("kimi.moonshot.cn")) && domain.contains(QStringLiteral("added by the analyst")), qPrintable(domain));
        const QString from = db::LocalNames::showNote(QStringLiteral("证券代码 688256.SH 见 002 东方证券 计算机周报 2024-05-12"), en);
        QVERIFY2(from.startsWith(QStringLiteral("code 688256.SH from ")) && from.contains(QStringLiteral("Orient Securities")), qPrintable(from));
        // Every note the starter dataset's centres carry has an English reading.
        auto all = db::ComputeAnalytics(*m_store).centres();
        QVERIFY(all);
        const int note = all.value().column(QStringLiteral("confidence_note"));
        QVERIFY(note >= 0);
        int notes = 0;
        for (const QVariantList &row : all.value().rows)
            if (const QString n = row.value(note).toString(); !n.isEmpty()) {
                ++notes;
                if (n == partner)
                    QCOMPARE(db::LocalNames::showNote(n, en), QStringLiteral("chip ecosystem inferred from the partner or tenant"));
            }
        QVERIFY(notes >= 29);
    }

    // Report 002's "计算机板块上周下跌 3.2%" names no index: the week's bar says so, and the SW index's history does not
    // chain it into a level as if it were the index's return (the line starts with the weeks it has, 7/19 at 100).
    void aSectorFigureIsNotChainedIntoTheIndexHistory()
    {
        auto h = db::MarketAnalytics(*m_store).history(QStringLiteral("801750.SI"));
        QVERIFY(h);
        QStringList dates;
        for (int r = 0; r < h.value().rows.size(); ++r)
            dates << h.value().value(r, QStringLiteral("date")).toString();
        QVERIFY2(!dates.isEmpty() && !dates.contains(QStringLiteral("2024-05-10")) && !dates.contains(QStringLiteral("2024-05-03")),
                 qPrintable(dates.join(u',')));
        QVERIFY2(dates.contains(QStringLiteral("2024-07-26")), qPrintable(dates.join(u',')));
    }

    // The centre panel's phases read "Phase 1", "Phase 1 build-out inference system", "by 2025", "when built" on an
    // English page, not "planned 一期 / 二期 / 建成后"; a word outside the reports' phase vocabulary keeps the label as
    // stored (never half translated), and Chinese stays as stored.
    void phaseLabelsInTheInterfaceLanguage()
    {
        const QLocale en(QLocale::English), zh(QLocale::Chinese, QLocale::China);
        static const QRegularExpression ideograph(QStringLiteral("[\\x{3400}-\\x{4DBF}\\x{4E00}-\\x{9FFF}]"));
        auto all = db::ComputeAnalytics(*m_store).centres();
        QVERIFY(all);
        const int name = all.value().column(QStringLiteral("name"));
        QSet<QString> labels;
        for (const QVariantList &row : all.value().rows) {
            auto phases = db::ComputeAnalytics(*m_store).phases(row.value(name).toString());
            QVERIFY(phases);
            for (int r = 0; r < phases.value().rows.size(); ++r)
                if (const QString label = phases.value().value(r, QStringLiteral("label")).toString(); !label.isEmpty())
                    labels.insert(label);
        }
        QVERIFY2(labels.size() >= 10, qPrintable(QStringList(labels.values()).join(u',')));
        for (const QString &label : std::as_const(labels)) {
            QCOMPARE(db::LocalNames::showPhase(label, zh), label);
            const QString english = db::LocalNames::showPhase(label, en);
            QVERIFY2(!ideograph.match(english).hasMatch(), qPrintable(label + QStringLiteral(" → ") + english));
        }
        QCOMPARE(db::LocalNames::showPhase(QStringLiteral("一期建设 推理系统"), en), QStringLiteral("Phase 1 build-out inference system"));
        QCOMPARE(db::LocalNames::showPhase(QStringLiteral("25年达"), en), QStringLiteral("by 2025"));
        QCOMPARE(db::LocalNames::showPhase(QStringLiteral("一期 扩容"), en), QStringLiteral("一期 扩容"));
    }
};

QTEST_MAIN(TestClaims)
#include "tst_claims.moc"
