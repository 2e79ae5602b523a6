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
        // 前海 40,000 + 广州 99; 横琴's 1.14 EOPS are OPS, kept apart; 深圳融合赋能中心 has no figure; 华南数谷 is
        // only planned.
        QCOMPARE(t.value(gd, QStringLiteral("current_pflops")).toDouble(), 40099.0);
        QCOMPARE(t.value(gd, QStringLiteral("planned_pflops")).toDouble(), 40000.0 + 99.0 + 16000.0);
        QCOMPARE(t.value(gd, QStringLiteral("current_pops")).toDouble(), 1140.0);
        QCOMPARE(t.value(gd, QStringLiteral("planned_pops")).toDouble(), 4000.0);
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

    // The national totals against hand sums of 004 表1 (+ 哈尔滨 from 001): the figures the first version showed,
    // 61,930.4 current and 127,394.4 planned, added 2,740 / 6,200 OPS (横琴 1,140 → 4,000, 南京 ×2 800, 昆山 500,
    // 青田 100) and 宁波's FP64 (5 → 20) to FLOPS.
    void nationalTotalsNeverAddAcrossMeasuresOrPrecisions()
    {
        const auto t = view(QStringLiteral("capacity-totals"));
        auto sum = [&](const QString &measure, const QString &role, const QString &column) {
            double total = 0;
            for (int r = 0; r < t.rows.size(); ++r)
                if (t.value(r, QStringLiteral("measure")).toString() == measure && t.value(r, QStringLiteral("role")).toString() == role)
                    total += t.value(r, column).toDouble();
            return total;
        };
        QCOMPARE(sum(QStringLiteral("FLOPS"), QStringLiteral("counted"), QStringLiteral("current")), 61930.4 - 2740.0 - 5.0);
        QCOMPARE(sum(QStringLiteral("FLOPS"), QStringLiteral("counted"), QStringLiteral("planned")), 127394.4 - 6200.0 - 20.0);
        QCOMPARE(sum(QStringLiteral("OPS"), QStringLiteral("counted"), QStringLiteral("current")), 2740.0);
        QCOMPARE(sum(QStringLiteral("OPS"), QStringLiteral("counted"), QStringLiteral("planned")), 6200.0);
        // 宁波's FP64 is kept, as a secondary figure that no total adds.
        QCOMPARE(sum(QStringLiteral("FLOPS"), QStringLiteral("secondary"), QStringLiteral("current")), 5.0);
        QCOMPARE(sum(QStringLiteral("FLOPS"), QStringLiteral("secondary"), QStringLiteral("planned")), 20.0);
        // The per-province view adds up to the same.
        const auto p = view(QStringLiteral("province-capacity"));
        double current = 0, pops = 0;
        for (int r = 0; r < p.rows.size(); ++r) {
            current += p.value(r, QStringLiteral("current_pflops")).toDouble();
            pops += p.value(r, QStringLiteral("current_pops")).toDouble();
        }
        QCOMPARE(current, 61930.4 - 2740.0 - 5.0);
        QCOMPARE(pops, 2740.0);
        const int zj = find(p, QStringLiteral("province"), QStringLiteral("浙江"));
        QVERIFY(p.value(zj, QStringLiteral("pflops_precisions")).toString().contains(QStringLiteral("FP16")));
    }

    // A store made before the totals existed gets them when it is opened.
    // 中国-东盟: its two systems, each labelled, each carrying the source and date of the row they were read from.
    void phasesCarryTheirSystemAndSource()
    {
        auto t = ComputeAnalytics(*m_store).phases(QStringLiteral("中国-东盟人工智能计算中心"));
        QVERIFY(t.ok());
        QCOMPARE(t.value().rows.size(), 2);
        QCOMPARE(t.value().value(0, QStringLiteral("label")).toString(), QStringLiteral("一期建设 训练系统"));
        QCOMPARE(t.value().value(1, QStringLiteral("label")).toString(), QStringLiteral("一期建设 推理系统"));
        QCOMPARE(t.value().value(1, QStringLiteral("pflops")).toDouble(), 1.4);
        QVERIFY(t.value().value(1, QStringLiteral("source")).toString().contains(QStringLiteral("智能算力产业发展白皮书")));
        QCOMPARE(t.value().value(1, QStringLiteral("as_of")).toString(), QStringLiteral("2024-08-17"));
    }

    void anOlderStoreIsDerivedOnOpen()
    {
        const QString path = m_dir.filePath(QStringLiteral("older.sqlite"));
        {
            auto store = Store::open(path);
            QVERIFY(store.ok());
            QVERIFY(ImportJob::run(*store.value(), QFINDTESTDATA("../../resources/dataset/07_centres.csv"), {}).ok());
            for (const char *sql : {"DROP TABLE centre_capacity_total", "ALTER TABLE compute_centre DROP COLUMN capacity_precision",
                                    "ALTER TABLE compute_centre DROP COLUMN current_pops", "ALTER TABLE compute_centre DROP COLUMN planned_pops",
                                    "ALTER TABLE compute_centre DROP COLUMN confidence", "ALTER TABLE compute_centre DROP COLUMN confidence_note",
                                    "ALTER TABLE compute_centre DROP COLUMN as_of", "ALTER TABLE chip DROP COLUMN confidence",
                                    "ALTER TABLE chip DROP COLUMN confidence_note", "ALTER TABLE chip DROP COLUMN as_of",
                                    "ALTER TABLE chip DROP COLUMN fp16_basis", "UPDATE compute_centre SET current_pflops = 1140 WHERE name LIKE '横琴%'",
                                    // and what migration 5 adds, so that both run again from version 3
                                    "DROP TABLE trading_day", "DROP INDEX weekly_return_start", "DROP INDEX security_snapshot_as_of",
                                    "DROP INDEX valuation_as_of", "ALTER TABLE import_batch DROP COLUMN daily_bar_first_id",
                                    "ALTER TABLE import_batch DROP COLUMN daily_bar_last_id", "DROP TABLE reported_figure",
                                    // and what migration 9 adds
                                    "DROP TABLE period_return", "DROP TRIGGER weekly_return_is_a_week_on_insert",
                                    "DROP TRIGGER weekly_return_is_a_week_on_update", "ALTER TABLE valuation DROP COLUMN basis",
                                    // and what migration 10 adds
                                    "ALTER TABLE import_batch DROP COLUMN imported_by",
                                    // and what migration 13 adds
                                    "ALTER TABLE compute_centre DROP COLUMN name_en", "ALTER TABLE security DROP COLUMN name_en",
                                    "ALTER TABLE event DROP COLUMN title_en", "ALTER TABLE model_release DROP COLUMN title_en",
                                    "ALTER TABLE metric DROP COLUMN subject_en",
                                    // and what migration 16 adds
                                    "ALTER TABLE event DROP COLUMN description_en", "ALTER TABLE model_release DROP COLUMN description_en",
                                    "PRAGMA user_version = 3"})
                QVERIFY2(store.value()->exec(QString::fromUtf8(sql)).ok(), sql);
            // and what migration 8 adds
            for (const char *t : {"organisation", "ai_model", "model_release", "benchmark_score", "api_price", "site", "site_traffic", "app",
                                  "app_download", "efficiency_threshold", "security", "weekly_return", "valuation", "security_snapshot",
                                  "lockup", "event", "metric"})
                for (const char *c : {"confidence", "confidence_note", "inferred_fields"})
                    QVERIFY(store.value()->exec(QStringLiteral("ALTER TABLE %1 DROP COLUMN %2").arg(QLatin1String(t), QLatin1String(c))).ok());
            for (const char *t : {"organisation", "ai_model", "site", "app", "efficiency_threshold", "security", "model_release", "event"})
                QVERIFY(store.value()->exec(QStringLiteral("ALTER TABLE %1 DROP COLUMN as_of").arg(QLatin1String(t))).ok());
            for (const char *t : {"compute_centre", "chip"})
                QVERIFY(store.value()->exec(QStringLiteral("ALTER TABLE %1 DROP COLUMN inferred_fields").arg(QLatin1String(t))).ok());
        }
        auto store = Store::open(path);
        QVERIFY2(store.ok(), store.ok() ? "" : qPrintable(store.error().message));
        auto t = ComputeAnalytics(*store.value()).view(QStringLiteral("province-capacity"));
        QVERIFY(t.ok());
        const int gd = find(t.value(), QStringLiteral("province"), QStringLiteral("广东"));
        QCOMPARE(t.value().value(gd, QStringLiteral("current_pflops")).toDouble(), 40099.0);
        QCOMPARE(t.value().value(gd, QStringLiteral("current_pops")).toDouble(), 1140.0);
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
        // Only dense FP16 is judged: H100's figure is with sparsity, 昇腾310's and MLU370-S4's are TOPS.
        QCOMPARE(t.value(find(t, QStringLiteral("model"), QStringLiteral("H100 SXM")), QStringLiteral("verdict")).toString(),
                 QStringLiteral("not_judged_sparse"));
        for (const QString &model : {QStringLiteral("昇腾310"), QStringLiteral("MLU370-S4")})
            QCOMPARE(t.value(find(t, QStringLiteral("model"), model), QStringLiteral("verdict")).toString(), QStringLiteral("not_judged_tops"));
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
