#include "importjob.h"
#include "modelanalytics.h"
#include "starterdataset.h"
#include "store.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace zhisuan::db;

class TestModelAnalytics : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
    void importText(const QByteArray &csv)
    {
        QFile f(m_dir.filePath(QStringLiteral("x.csv")));
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(csv);
        f.close();
        const auto r = ImportJob::run(*m_store, f.fileName(), {});
        QVERIFY2(r.ok(), qPrintable(r.errors.isEmpty() ? QString() : r.errors.first().toString()));
    }

private slots:
    void initTestCase()
    {
        auto store = Store::open(m_dir.filePath(QStringLiteral("models.sqlite")));
        QVERIFY(store.ok());
        m_store = std::move(store).value();
        for (const auto &r : StarterDataset::load(*m_store))
            QVERIFY(r.ok());
    }

    void paretoFrontier_data()
    {
        QTest::addColumn<QList<QPointF>>("points"); // (price, score)
        QTest::addColumn<QList<int>>("frontier");
        QTest::newRow("dominated in the middle") << QList<QPointF>{{1, 5}, {2, 4}, {3, 6}} << QList<int>{0, 2};
        QTest::newRow("equal price keeps the better") << QList<QPointF>{{2, 7}, {2, 8}, {5, 8}} << QList<int>{1};
        QTest::newRow("monotone: all on it") << QList<QPointF>{{1, 1}, {2, 2}, {3, 3}} << QList<int>{0, 1, 2};
        QTest::newRow("cheapest is best: alone") << QList<QPointF>{{1, 9}, {2, 8}, {3, 7}} << QList<int>{0};
        QTest::newRow("empty") << QList<QPointF>{} << QList<int>{};
    }
    void paretoFrontier()
    {
        QFETCH(QList<QPointF>, points);
        QFETCH(QList<int>, frontier);
        QCOMPARE(ModelAnalytics::paretoFrontier(points), frontier);
    }

    void domesticModelsCatchUpAtAFractionOfThePrice()
    {
        // 002 图9/图10: AlignBench against output price per million tokens.
        auto t = ModelAnalytics(*m_store).pricePerformance();
        QVERIFY(t.ok());
        QCOMPARE(t.value().rows.size(), 16);
        QStringList frontier;
        for (int r = 0; r < t.value().rows.size(); ++r)
            if (t.value().value(r, QStringLiteral("on_frontier")).toBool())
                frontier << t.value().value(r, QStringLiteral("model")).toString();
        QCOMPARE(frontier, (QStringList{"DeepSeek-V2", "abab-6.5 (MiniMax)", "GPT-4-Turbo-1106"}));
    }

    void weekOverWeekAndAllTimeHighs()
    {
        importText("site,week_start,week_end,visits\n"
                   "Kimi,2024-08-02,2024-08-08,1000\nKimi,2024-08-09,2024-08-15,1200\nKimi,2024-08-16,2024-08-22,900\n"
                   "Kimi,2024-08-23,2024-08-29,1300\n");
        auto t = ModelAnalytics(*m_store).traffic();
        QVERIFY(t.ok());
        QList<QVariant> wow, high;
        for (int r = 0; r < t.value().rows.size(); ++r) {
            if (t.value().value(r, QStringLiteral("site")) != QStringLiteral("Kimi"))
                continue;
            wow << t.value().value(r, QStringLiteral("wow_pct"));
            high << t.value().value(r, QStringLiteral("all_time_high"));
        }
        QVERIFY(wow[0].isNull());
        QCOMPARE(qRound(wow[1].toDouble() * 100), 2000);  // +20.00%
        QCOMPARE(qRound(wow[2].toDouble() * 100), -2500); // -25.00%
        QCOMPARE(high, (QList<QVariant>{false, true, false, true}));
        // Runway's 160万 in 0816–0822: the source calls it a record (突破历史新高).
        for (int r = 0; r < t.value().rows.size(); ++r)
            if (t.value().value(r, QStringLiteral("site")) == QStringLiteral("Runway"))
                QVERIFY(t.value().value(r, QStringLiteral("all_time_high")).toBool());
    }

    void theBriefsWeekReadsMatchTheWholeViews()
    {
        // The brief reads one week by index; it must say what the whole views say about that week.
        importText("site,week_start,week_end,visits\n"
                   "Doubao,2024-08-02,2024-08-08,500\nDoubao,2024-08-09,2024-08-15,\nDoubao,2024-08-16,2024-08-22,650\n"
                   "Doubao,2024-09-06,2024-09-12,0\n");
        ModelAnalytics models(*m_store);
        const auto all = models.traffic();
        QVERIFY(all.ok());
        const auto releases = models.releases(), events = models.events();
        QVERIFY(releases.ok() && events.ok());
        int weeksWithRows = 0, latestWeeks = 0;
        for (QDate monday(2024, 7, 1); monday <= QDate(2024, 9, 30); monday = monday.addDays(7)) {
            const QString from = monday.toString(Qt::ISODate), to = monday.addDays(7).toString(Qt::ISODate);
            bool latest = false;
            const auto week = models.trafficOfWeek(monday, &latest);
            QVERIFY(week.ok());
            QList<QVariantList> expected;
            QHash<QString, QVariantList> lastOfSite;
            for (const QVariantList &row : all.value().rows) {
                const QString start = row.value(all.value().column(QStringLiteral("week_start"))).toString();
                if (start >= from && start < to)
                    expected << row;
                if (start < to && !row.value(all.value().column(QStringLiteral("visits"))).isNull())
                    lastOfSite.insert(row.value(0).toString(), row);
            }
            QCOMPARE(latest, expected.isEmpty());
            if (latest) {
                QStringList sites = lastOfSite.keys();
                std::sort(sites.begin(), sites.end());
                for (const QString &site : sites)
                    expected << lastOfSite.value(site);
                latestWeeks += !expected.isEmpty();
            } else {
                ++weeksWithRows;
            }
            QCOMPARE(week.value().columns, all.value().columns);
            QCOMPARE(week.value().rows, expected);

            auto inWeek = [&](const QueryTable &t) {
                QList<QVariantList> rows;
                for (const QVariantList &row : t.rows)
                    if (row.value(0).toString().left(10) >= from && row.value(0).toString().left(10) < to)
                        rows << row;
                return rows;
            };
            const auto weekReleases = models.releasesOfWeek(monday), weekEvents = models.eventsOfWeek(monday);
            QVERIFY(weekReleases.ok() && weekEvents.ok());
            QCOMPARE(weekReleases.value().rows, inWeek(releases.value()));
            QCOMPARE(weekEvents.value().rows, inWeek(events.value()));
        }
        QVERIFY(weeksWithRows >= 3);
        QVERIFY(latestWeeks >= 3);

        // The traffic chart's lines: the sites with two weeks or more, most visits in their latest week first,
        // each with its whole history up to the week.
        const QString to = QStringLiteral("2024-08-26");
        QHash<QString, QList<QVariantList>> bySite;
        for (const QVariantList &row : all.value().rows)
            if (row.value(3).toString() < to && !row.value(5).isNull())
                bySite[row.value(0).toString()] << QVariantList{row.value(0), row.value(3), row.value(5)};
        QStringList ranked;
        for (auto it = bySite.cbegin(); it != bySite.cend(); ++it)
            if (it.value().size() >= 2)
                ranked << it.key();
        std::sort(ranked.begin(), ranked.end(), [&](const QString &a, const QString &b) {
            const double va = bySite[a].last().value(2).toDouble(), vb = bySite[b].last().value(2).toDouble();
            return va != vb ? va > vb : a < b;
        });
        QVERIFY(ranked.size() >= 2);
        QList<QVariantList> expected;
        for (const QString &site : ranked.mid(0, 2))
            expected << bySite[site];
        const auto histories = models.trafficHistories(QDate(2024, 8, 26), 2);
        QVERIFY(histories.ok());
        QCOMPARE(histories.value().rows, expected);
    }

    void trafficInChunksIsTheWholeView()
    {
        // The models page reads the traffic table a chunk at a time; put together, the chunks are traffic(), with the
        // week-over-week change and records carried across chunk boundaries.
        ModelAnalytics models(*m_store);
        const auto all = models.traffic();
        QVERIFY(all.ok());
        QVERIFY(all.value().rows.size() >= 8);
        for (int chunk : {1, 3, 1000}) {
            auto next = models.trafficChunks();
            QueryTable joined;
            for (int calls = 0; calls < 1000; ++calls) {
                auto part = next(chunk);
                QVERIFY(part.ok());
                QVERIFY(part.value().rows.size() <= chunk);
                joined.columns = part.value().columns;
                joined.rows.append(part.value().rows);
                if (part.value().rows.size() < chunk)
                    break;
            }
            QCOMPARE(joined.columns, all.value().columns);
            QCOMPARE(joined.rows, all.value().rows);
        }
    }

    void releasesAndEventsForTheTimeline()
    {
        auto r = ModelAnalytics(*m_store).releases();
        QVERIFY(r.ok());
        QCOMPARE(r.value().rows.size(), 24);
        QCOMPARE(r.value().value(0, QStringLiteral("model")).toString(), QStringLiteral("Sora")); // oldest first
        auto e = ModelAnalytics(*m_store).events();
        QVERIFY(e.ok());
        bool outage = false;
        for (int i = 0; i < e.value().rows.size(); ++i)
            outage = outage || (e.value().value(i, QStringLiteral("kind")) == QStringLiteral("outage")
                                && e.value().value(i, QStringLiteral("date")) == QStringLiteral("2024-03-20"));
        QVERIFY(outage); // Kimi overloaded
    }
};

QTEST_GUILESS_MAIN(TestModelAnalytics)
#include "tst_modelanalytics.moc"
