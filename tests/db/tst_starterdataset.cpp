#include "starterdataset.h"
#include "store.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace zhisuan::db;

// The starter dataset holds every table of the seed reports; these counts are the reports' own.
class TestStarterDataset : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
    QVariant scalar(const QString &sql)
    {
        QSqlQuery q(m_store->database());
        if (!q.exec(sql) || !q.next())
            return {};
        return q.value(0);
    }

private slots:
    void initTestCase()
    {
        auto store = Store::open(m_dir.filePath(QStringLiteral("starter.sqlite")));
        QVERIFY(store.ok());
        m_store = std::move(store).value();
        for (const auto &r : StarterDataset::load(*m_store)) {
            QStringList e;
            for (const auto &i : r.errors)
                e << i.toString();
            QVERIFY2(r.ok() && r.committed, qPrintable(r.file + QStringLiteral(": ") + e.join(QLatin1Char('\n'))));
        }
    }

    void countsPerEntity_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<int>("expected");
        QTest::newRow("centres: 52 of 004 表1 + Harbin of 001") << "SELECT COUNT(*) FROM compute_centre" << 53;
        QTest::newRow("centres from 004 表1") << "SELECT COUNT(*) FROM compute_centre WHERE source LIKE '004%'" << 52;
        QTest::newRow("chips: 24 of 003 图5 + H20") << "SELECT COUNT(*) FROM chip" << 25;
        QTest::newRow("002 图8 models") << "SELECT COUNT(DISTINCT model) FROM benchmark_score WHERE source LIKE '002%'" << 17;
        QTest::newRow("002 图8 benchmarks") << "SELECT COUNT(DISTINCT benchmark) FROM benchmark_score WHERE source LIKE '002%'" << 7;
        QTest::newRow("002 图8 scores (7 '-' cells missing)") << "SELECT COUNT(*) FROM benchmark_score WHERE source LIKE '002%'" << 17 * 7 - 6;
        QTest::newRow("003 Claude 3 table models") << "SELECT COUNT(DISTINCT model) FROM benchmark_score WHERE source LIKE '003%'" << 7;
        QTest::newRow("002 图9 API prices") << "SELECT COUNT(*) FROM api_price WHERE source LIKE '002%'" << 16;
        QTest::newRow("004 表2/表3 movers") << "SELECT COUNT(*) FROM weekly_return WHERE week_start='2024-08-12' AND (source LIKE '%表2 (iFinD)' OR source LIKE '%表3 (iFinD)')" << 10;
        QTest::newRow("004 表4 key stocks") << "SELECT COUNT(*) FROM security_snapshot" << 19;
        QTest::newRow("004 表4 EPS/PE years") << "SELECT COUNT(*) FROM valuation" << 19 * 3;
        QTest::newRow("004 表5 lockups") << "SELECT COUNT(*) FROM lockup" << 28;
        // 0826-0828 is Monday to Wednesday: returns over those three days, not a week's (issue 24).
        QTest::newRow("001 compute-chain moves 0826-0828") << "SELECT COUNT(*) FROM period_return WHERE period_start='2024-08-26' AND period_end='2024-08-28'" << 10;
        QTest::newRow("no partial week among the weeks") << "SELECT COUNT(*) FROM weekly_return WHERE week_start='2024-08-26'" << 0;
        QTest::newRow("000 week 7.22-7.26 index+industry") << "SELECT COUNT(*) FROM weekly_return WHERE week_start='2024-07-22'" << 4;
        QTest::newRow("efficiency threshold") << "SELECT COUNT(*) FROM efficiency_threshold" << 1;
    }
    void countsPerEntity()
    {
        QFETCH(QString, sql);
        QFETCH(int, expected);
        QCOMPARE(scalar(sql).toInt(), expected);
    }

    void everyRowNamesItsSource()
    {
        for (const char *table : {"compute_centre", "chip", "ai_model", "model_release", "benchmark_score", "api_price",
                                  "weekly_return", "lockup", "event", "metric", "valuation"}) {
            QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM %1 WHERE source IS NULL OR source = ''").arg(QLatin1String(table))).toInt(), 0);
        }
    }

    // Issue 15: every fact says how far it can be trusted; what the reports do not state is marked, with why.
    void everyFactSaysHowFarItCanBeTrusted()
    {
        const QStringList tables{"organisation", "compute_centre", "chip", "ai_model", "model_release", "benchmark_score", "api_price",
                                 "site", "site_traffic", "app", "app_download", "efficiency_threshold", "security", "weekly_return",
                                 "valuation", "security_snapshot", "lockup", "event", "metric"};
        for (const QString &t : tables) {
            // (an operator only named by a centre row, with no source of its own, says nothing and claims nothing)
            QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM %1 WHERE confidence IS NULL AND source IS NOT NULL").arg(t)).toInt(), 0);
            QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM %1 WHERE confidence = 'inferred' AND "
                                           "(coalesce(confidence_note, '') = '' OR coalesce(inferred_fields, '') = '')").arg(t)).toInt(), 0);
        }
        for (const char *t : {"organisation", "compute_centre", "chip", "ai_model", "site", "app", "security", "event", "model_release"})
            QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM %1 WHERE (as_of IS NULL OR as_of = '') AND source IS NOT NULL").arg(QLatin1String(t))).toInt(), 0);
        // Tickers the reports never print (NVIDIA's, SenseTime's) are the analyst's, and say so; those report 002
        // prints (寒武纪 688256) are reported.
        QCOMPARE(scalar(QStringLiteral("SELECT confidence || '|' || inferred_fields FROM organisation WHERE ticker = 'NVDA.O'")).toString(),
                 QStringLiteral("inferred|ticker"));
        QCOMPARE(scalar(QStringLiteral("SELECT confidence FROM organisation WHERE ticker = '0020.HK'")).toString(), QStringLiteral("inferred"));
        QCOMPARE(scalar(QStringLiteral("SELECT confidence FROM organisation WHERE ticker = '688256.SH'")).toString(), QStringLiteral("reported"));
        // Only OpenAI's domains are in a report (图表2's note); the others are marked.
        QCOMPARE(scalar(QStringLiteral("SELECT group_concat(name) FROM site WHERE confidence <> 'inferred'")).toString(), QStringLiteral("OpenAI"));
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM site WHERE inferred_fields = 'domains'")).toInt(),
                 scalar(QStringLiteral("SELECT COUNT(*) FROM site")).toInt() - 1);
        // 博大's capacity is reported; its chip ecosystem is the inference.
        QCOMPARE(scalar(QStringLiteral("SELECT inferred_fields FROM compute_centre WHERE name LIKE '博大%'")).toString(), QStringLiteral("ecosystem"));
    }

    void namedReleasesArePresent_data()
    {
        QTest::addColumn<QString>("model");
        QTest::addColumn<QString>("date");
        QTest::newRow("Sora") << "Sora" << "2024-02-16";
        QTest::newRow("Claude 3") << "Claude 3 Opus" << "2024-03-04";
        QTest::newRow("Grok-1") << "Grok-1" << "2024-03-18";
        QTest::newRow("Step-2") << "Step-2" << "2024-03-23";
        QTest::newRow("SenseNova 5.0") << "日日新5.0(SenseNova 5.0)" << "2024-04-24";
        QTest::newRow("Vidu") << "Vidu" << "2024-04-27";
        QTest::newRow("DeepSeek-V2") << "DeepSeek-V2" << "2024-05-06";
        QTest::newRow("Qwen 2.5") << "通义千问2.5" << "2024-05-09";
        QTest::newRow("Llama 3.1") << "Llama 3.1-405B" << "2024-07-23";
        QTest::newRow("Mistral Large 2") << "Mistral Large 2" << "2024-07-24";
        QTest::newRow("Kling") << "可灵" << "2024-07-24";
        QTest::newRow("CogVideoX") << "CogVideoX(清影)" << "2024-07-26";
        QTest::newRow("Gen-3 Alpha Turbo") << "Gen-3 Alpha Turbo" << "2024-08-15";
        QTest::newRow("Ideogram 2.0") << "Ideogram 2.0" << "2024-08-21";
        QTest::newRow("源2.0-M32 quantised") << "源2.0-M32 量化版" << "2024-08-22";
        QTest::newRow("Imagine Yourself") << "Imagine Yourself" << "2024-08-23";
        QTest::newRow("Sapiens") << "Sapiens" << "2024-08-24";
    }
    void namedReleasesArePresent()
    {
        QFETCH(QString, model);
        QFETCH(QString, date);
        QSqlQuery q(m_store->database());
        q.prepare(QStringLiteral("SELECT COUNT(*) FROM model_release WHERE model=? AND released_on=?"));
        q.addBindValue(model);
        q.addBindValue(date);
        QVERIFY(q.exec() && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
    }

    void figuresFromTheReports()
    {
        QCOMPARE(scalar(QStringLiteral("SELECT ROUND(fp16_tflops / tdp_w, 2) FROM chip WHERE model='H20'")).toDouble(), 0.37);
        QCOMPARE(scalar(QStringLiteral("SELECT accelerators FROM compute_centre WHERE name='哈尔滨智算中心'")).toInt(), 18000);
        QCOMPARE(scalar(QStringLiteral("SELECT planned_pflops FROM compute_centre WHERE name='哈尔滨智算中心'")).toDouble(), 6600.0);
        QCOMPARE(scalar(QStringLiteral("SELECT visits FROM site_traffic WHERE site='Runway'")).toDouble(), 1600000.0);
        QCOMPARE(scalar(QStringLiteral("SELECT value FROM metric WHERE subject='文心大模型' AND as_of='2024-08-22' AND name='日均调用量'")).toDouble(), 6e8);
        QCOMPARE(scalar(QStringLiteral("SELECT event_date FROM event WHERE kind='outage'")).toString(), QStringLiteral("2024-03-20"));
    }

    void noRowPointsAtAMissingParent()
    {
        QSqlQuery q(m_store->database());
        QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_key_check")));
        if (q.next())
            QFAIL(qPrintable(QStringLiteral("orphan row in %1").arg(q.value(0).toString())));
    }

    void loadingTwiceChangesNothing()
    {
        const qint64 batches = scalar(QStringLiteral("SELECT COUNT(*) FROM import_batch")).toLongLong();
        for (const auto &r : StarterDataset::load(*m_store)) {
            QVERIFY(r.ok());
            QCOMPARE(r.inserted + r.updated, 0);
        }
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM import_batch")).toLongLong(), batches);
    }
};

QTEST_GUILESS_MAIN(TestStarterDataset)
#include "tst_starterdataset.moc"
