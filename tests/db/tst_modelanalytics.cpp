#include "importjob.h"
#include "modelanalytics.h"
#include "starterdataset.h"
#include "store.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

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
