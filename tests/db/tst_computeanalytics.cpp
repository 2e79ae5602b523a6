#include "computeanalytics.h"
#include "importjob.h"
#include "starterdataset.h"
#include "store.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace zhisuan::db;

class TestComputeAnalytics : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
    QueryTable view(const QString &name)
    {
        auto t = ComputeAnalytics(*m_store).view(name);
        return t ? t.value() : QueryTable{};
    }
    int find(const QueryTable &t, const QString &column, const QString &value)
    {
        for (int r = 0; r < t.rows.size(); ++r)
            if (t.value(r, column).toString() == value)
                return r;
        return -1;
    }
    void importText(const QByteArray &csv)
    {
        QFile f(m_dir.filePath(QStringLiteral("x.csv")));
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(csv);
        f.close();
        QVERIFY(ImportJob::run(*m_store, f.fileName(), {}).ok());
    }

private slots:
    void initTestCase()
    {
        auto store = Store::open(m_dir.filePath(QStringLiteral("compute.sqlite")));
        QVERIFY(store.ok());
        m_store = std::move(store).value();
        for (const auto &r : StarterDataset::load(*m_store))
            QVERIFY(r.ok());
    }

    void everySeedCentreIsPlaced()
    {
        QCOMPARE(view(QStringLiteral("unplaced-centres")).rows.size(), 0);
        const auto centres = view(QStringLiteral("centres"));
        QCOMPARE(centres.rows.size(), 53);
        const int kunshan = find(centres, QStringLiteral("name"), QStringLiteral("昆山智算中心"));
        QCOMPARE(centres.value(kunshan, QStringLiteral("city")).toString(), QStringLiteral("苏州"));
    }

    void capacityTotalsPerProvince()
    {
        const auto t = view(QStringLiteral("province-capacity"));
        const int gd = find(t, QStringLiteral("province"), QStringLiteral("广东"));
        QVERIFY(gd >= 0);
        QCOMPARE(t.value(gd, QStringLiteral("centres")).toInt(), 5);
        // 前海 40,000 + 横琴 1,140 (EOPS) + 广州 99; 深圳融合赋能中心 has no figure; 华南数谷 is only planned.
        QCOMPARE(t.value(gd, QStringLiteral("current_pflops")).toDouble(), 41239.0);
        QCOMPARE(t.value(gd, QStringLiteral("planned_pflops")).toDouble(), 40000.0 + 4000.0 + 99.0 + 16000.0);
        QCOMPARE(t.value(gd, QStringLiteral("centres_without_figure")).toInt(), 1);
        const int sx = find(t, QStringLiteral("province"), QStringLiteral("山西")); // 阳泉, which the source puts in 陕西
        QVERIFY(sx >= 0);
        QCOMPARE(t.value(sx, QStringLiteral("planned_pflops")).toDouble(), 100.0);
        // The totals add up to the centres' own figures.
        double current = 0;
        for (int r = 0; r < t.rows.size(); ++r)
            current += t.value(r, QStringLiteral("current_pflops")).toDouble();
        const auto centres = view(QStringLiteral("centres"));
        double sum = 0;
        for (int r = 0; r < centres.rows.size(); ++r)
            sum += centres.value(r, QStringLiteral("current_pflops")).toDouble();
        QCOMPARE(current, sum);
    }

    void chipEfficiencyAgainstTheLeaderRule()
    {
        // 000: H20 148 TFLOPS / 400 W = 0.37 < 0.5; MLU370-X4 and 昇腾910 meet it.
        const auto t = view(QStringLiteral("chip-efficiency"));
        const int h20 = find(t, QStringLiteral("model"), QStringLiteral("H20"));
        QCOMPARE(QString::number(t.value(h20, QStringLiteral("tflops_per_w")).toDouble(), 'f', 2), QStringLiteral("0.37"));
        QCOMPARE(t.value(h20, QStringLiteral("verdict")).toString(), QStringLiteral("fail"));
        QCOMPARE(t.value(find(t, QStringLiteral("model"), QStringLiteral("MLU370-X4")), QStringLiteral("verdict")).toString(), QStringLiteral("pass"));
        QCOMPARE(t.value(find(t, QStringLiteral("model"), QStringLiteral("昇腾910")), QStringLiteral("verdict")).toString(), QStringLiteral("pass"));
    }

    void aNewPolicyIsAnImport()
    {
        importText("name,metric,min_value,policy\nStricter rule,fp16_tflops_per_w,1.0,test policy\n");
        const auto t = view(QStringLiteral("chip-efficiency"));
        int verdicts = 0;
        for (int r = 0; r < t.rows.size(); ++r)
            if (t.value(r, QStringLiteral("model")) == QStringLiteral("昇腾910"))
                ++verdicts;
        QCOMPARE(verdicts, 2); // judged against both rules
    }

    void anUnknownPlaceIsListedNotDropped()
    {
        importText("name,location,capacity_text,status\n月球智算中心,月球背面,100P,建设中\n");
        const auto t = view(QStringLiteral("unplaced-centres"));
        QCOMPARE(t.rows.size(), 1);
        QCOMPARE(t.value(0, QStringLiteral("location")).toString(), QStringLiteral("月球背面"));
    }
};

QTEST_GUILESS_MAIN(TestComputeAnalytics)
#include "tst_computeanalytics.moc"
