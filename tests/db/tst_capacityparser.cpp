#include "capacityparser.h"

#include <QTest>

#include <cmath>
#include <random>

using namespace zhisuan::db;
using Kind = CapacityParser::Kind;
using Status = CapacityParser::Status;

Q_DECLARE_METATYPE(CapacityParser::Kind)
Q_DECLARE_METATYPE(CapacityParser::Status)

// Every capacity string of the seed centre table (004 表1) and the Harbin centre (001): NaN = no figure.
class TestCapacityParser : public QObject
{
    Q_OBJECT
private slots:
    void seedStrings_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<Status>("status");
        QTest::addColumn<Kind>("kind");
        QTest::addColumn<double>("current");
        QTest::addColumn<double>("planned");
        QTest::addColumn<QString>("precision");
        const double none = std::nan("");
        const auto op = Status::Operational, cons = Status::Construction, part = Status::Partial;
        QTest::newRow("混合精度") << QStringLiteral("混合精度") << op << Kind::Missing << none << none << QStringLiteral("混合精度");
        QTest::newRow("北京昇腾") << QStringLiteral("一期 100PFLOPS(短期 500P,远期 1000P)") << op << Kind::Parsed << 100.0 << 1000.0 << QString();
        QTest::newRow("中原 计划") << QStringLiteral("计划 100PFLOPS") << op << Kind::Parsed << none << 100.0 << QString();
        QTest::newRow("西安 FLPOS typo") << QStringLiteral("一期规划 300P FLPOS FP16") << op << Kind::Parsed << 300.0 << none << QStringLiteral("FP16");
        QTest::newRow("成都 最终") << QStringLiteral("300P FLOPS(最终 1000P)") << op << Kind::Parsed << 300.0 << 1000.0 << QString();
        QTest::newRow("武汉") << QStringLiteral("100P FLOPS") << op << Kind::Parsed << 100.0 << none << QString();
        QTest::newRow("重庆") << QStringLiteral("一期 400PFLOPS") << op << Kind::Parsed << 400.0 << none << QString();
        QTest::newRow("长沙 25年达") << QStringLiteral("200P FLOPS(25 年达 1000P)") << op << Kind::Parsed << 200.0 << 1000.0 << QString();
        QTest::newRow("横琴 EopS") << QStringLiteral("1.14EopS(完全建成 4EopS)") << op << Kind::Parsed << none << none << QString(); // OPS: see opsAndPrecisionsAreKeptApart
        QTest::newRow("杭州 后期") << QStringLiteral("40P FLOPS(后期 100P)") << op << Kind::Parsed << 40.0 << 100.0 << QString();
        QTest::newRow("南京 OpS") << QStringLiteral("800P OpS") << op << Kind::Parsed << none << none << QString();
        QTest::newRow("济南 slash") << QStringLiteral("/") << op << Kind::Missing << none << none << QString();
        QTest::newRow("大连 under construction") << QStringLiteral("100P FLOPS") << cons << Kind::Parsed << none << 100.0 << QString();
        QTest::newRow("中国-东盟 训练+推理") << QStringLiteral("一期建设 40P 训练系统和 1.4P 推理系统") << op << Kind::Parsed << 41.4 << none << QString();
        QTest::newRow("深圳 video channels") << QStringLiteral("接入 20 余万路视频资源") << op << Kind::NotCapacity << none << none << QString();
        QTest::newRow("广州") << QStringLiteral("99P FLOPS") << op << Kind::Parsed << 99.0 << none << QString();
        QTest::newRow("盐城 bare P") << QStringLiteral("200P") << op << Kind::Parsed << 200.0 << none << QString();
        QTest::newRow("百度沈阳 总体") << QStringLiteral("一期 200P 总体 500P") << cons << Kind::Parsed << none << 500.0 << QString();
        QTest::newRow("合肥 FP16") << QStringLiteral("100P FLOPS FP16") << op << Kind::Parsed << 100.0 << none << QStringLiteral("FP16");
        QTest::newRow("商汤 video") << QStringLiteral("同时接入 850 万路视频") << op << Kind::NotCapacity << none << none << QString();
        QTest::newRow("腾讯 partial") << QStringLiteral("1400P FLOPS") << part << Kind::Parsed << 1400.0 << none << QString();
        QTest::newRow("青田 亿亿次") << QStringLiteral("每秒算力性能超 10 亿亿次") << cons << Kind::Parsed << none << none << QString();
        QTest::newRow("克拉玛依 cabinets") << QStringLiteral("机柜数量超 1 万个") << op << Kind::NotCapacity << none << none << QString();
        QTest::newRow("昆山 建成后 POPS") << QStringLiteral("建成后峰值智能算力不低于 500POPS") << cons << Kind::Parsed << none << none << QString();
        QTest::newRow("张北 EFLOPS") << QStringLiteral("12EFLOPS") << op << Kind::Parsed << 12000.0 << none << QString();
        QTest::newRow("华东 在建") << QStringLiteral("在建") << cons << Kind::Missing << none << none << QString();
        QTest::newRow("乌兰察布 partial") << QStringLiteral("3EFLOPS") << part << Kind::Parsed << 3000.0 << none << QString();
        QTest::newRow("长沙5A 可达") << QStringLiteral("建成后算力规模可达 1024P") << op << Kind::Parsed << none << 1024.0 << QString();
        QTest::newRow("宁波 phases with precisions") << QStringLiteral("-期 100P(FP16)+5P(FP64)二期 300P(FP16)+15P(FP64)") << part
                                                      << Kind::Parsed << 100.0 << 400.0 << QStringLiteral("FP16");
        QTest::newRow("福州 总体") << QStringLiteral("一期 105P,总体 400P") << op << Kind::Parsed << 105.0 << 400.0 << QString();
        QTest::newRow("武昌 建成后") << QStringLiteral("建成后 100P") << cons << Kind::Parsed << none << 100.0 << QString();
        QTest::newRow("北京数字经济 以上") << QStringLiteral("建成后 1000P 以上") << cons << Kind::Parsed << none << 1000.0 << QString();
        QTest::newRow("郑州 three phases") << QStringLiteral("一期 2000P,二期 10000P.建成后 30000P") << cons << Kind::Parsed << none << 30000.0 << QString();
        QTest::newRow("华南数谷 一期 building") << QStringLiteral("一期 16000P") << cons << Kind::Parsed << none << 16000.0 << QString();
        QTest::newRow("前海 一期 built") << QStringLiteral("一期 40000P") << op << Kind::Parsed << 40000.0 << none << QString();
        QTest::newRow("哈尔滨 6.6 EFLOPS") << QStringLiteral("6.6EFLOPS") << cons << Kind::Parsed << none << 6600.0 << QString();
        QTest::newRow("full-width brackets") << QStringLiteral("300P FLOPS（最终 1000P）") << op << Kind::Parsed << 300.0 << 1000.0 << QString();
        // Forms a user's files had that were stored wrong (issue 24): thousands separators, full-width digits, a Chinese
        // magnitude before the unit.
        QTest::newRow("thousands") << QStringLiteral("10,000P") << op << Kind::Parsed << 10000.0 << none << QString();
        QTest::newRow("thousands with space") << QStringLiteral("2,000 PFLOPS") << op << Kind::Parsed << 2000.0 << none << QString();
        QTest::newRow("thousands in phases") << QStringLiteral("一期 1,500P，远期 12,000P") << op << Kind::Parsed << 1500.0 << 12000.0 << QString();
        QTest::newRow("full-width digits") << QStringLiteral("１００Ｐ") << op << Kind::Parsed << 100.0 << none << QString();
        QTest::newRow("full-width unit") << QStringLiteral("２００ＰＦＬＯＰＳ") << op << Kind::Parsed << 200.0 << none << QString();
        QTest::newRow("ten-thousand P") << QStringLiteral("1.2万P") << op << Kind::Parsed << 12000.0 << none << QString();
        QTest::newRow("bad grouping is no figure") << QStringLiteral("10,0000P") << op << Kind::NotCapacity << none << none << QString();
    }

    // INT8 counts integer operations: never added to FLOPS, whatever unit the text gives.
    void int8IsOps()
    {
        const auto r = CapacityParser::parse(QStringLiteral("500P(INT8)"), Status::Operational);
        QCOMPARE(r.kind, Kind::Parsed);
        QVERIFY(!r.currentPflops);
        QCOMPARE(r.currentPops, std::optional<double>(500.0));
        QCOMPARE(r.totals.size(), 1);
        QCOMPARE(r.totals[0].measure, QStringLiteral("OPS"));
        QCOMPARE(r.totals[0].precision, QStringLiteral("INT8"));
        const auto mixed = CapacityParser::parse(QStringLiteral("300P(FP16)+500P(INT8)"), Status::Operational);
        QCOMPARE(mixed.currentPflops, std::optional<double>(300.0));
        QCOMPARE(mixed.currentPops, std::optional<double>(500.0));
    }

    // Generated: any figure written with thousands separators, full-width digits or a 万 magnitude reads back exactly.
    void generatedFiguresReadBackExactly()
    {
        std::mt19937_64 rng(20240816);
        for (int i = 0; i < 5000; ++i) {
            const qint64 whole = qint64(rng() % 999999) + 1;
            const int decimals = int(rng() % 3);
            qint64 fraction = 0;
            for (int k = 0; k < decimals; ++k)
                fraction = fraction * 10 + qint64(rng() % 10);
            QString digits = QString::number(whole);
            QString grouped = digits;
            for (qsizetype at = grouped.size() - 3; at > 0; at -= 3)
                grouped.insert(at, QLatin1Char(','));
            const QString frac = decimals ? QLatin1Char('.') + QString::number(fraction).rightJustified(decimals, QLatin1Char('0')) : QString();
            const double exact = QString(digits + frac).toDouble();
            QString text;
            double expected = exact;
            switch (rng() % 4) {
            case 0: text = digits + frac + QStringLiteral("P"); break;
            case 1: text = grouped + frac + QStringLiteral(" PFLOPS"); break;
            case 2:
                text = digits + frac + QStringLiteral("P");
                for (QChar &c : text)
                    c = c.isDigit() ? QChar(0xFF10 + (c.unicode() - '0')) : c == QLatin1Char('.') ? QChar(0xFF0E) : c;
                break;
            default:
                text = digits + frac + QStringLiteral("万P");
                expected = QString(digits + frac + QStringLiteral("e4")).toDouble();
                break;
            }
            const auto r = CapacityParser::parse(QStringLiteral("一期 ") + text, Status::Operational);
            QVERIFY2(r.kind == Kind::Parsed && r.currentPflops, qPrintable(text));
            QVERIFY2(*r.currentPflops == expected, qPrintable(text + QStringLiteral(" -> ") + QString::number(*r.currentPflops, 'g', 17)));
        }
    }
    void seedStrings()
    {
        QFETCH(QString, text);
        QFETCH(Status, status);
        QFETCH(Kind, kind);
        QFETCH(double, current);
        QFETCH(double, planned);
        QFETCH(QString, precision);
        const auto r = CapacityParser::parse(text, status);
        QCOMPARE(r.kind, kind);
        QCOMPARE(r.currentPflops.has_value(), !std::isnan(current));
        if (r.currentPflops)
            QCOMPARE(*r.currentPflops, current);
        QCOMPARE(r.plannedPflops.has_value(), !std::isnan(planned));
        if (r.plannedPflops)
            QCOMPARE(*r.plannedPflops, planned);
        QCOMPARE(r.precision, precision);
        if (kind == Kind::NotCapacity)
            QVERIFY(!r.note.isEmpty());
    }

    void phasesKeepUnitsLabelsAndPrecision()
    {
        const auto r = CapacityParser::parse(QStringLiteral("-期 100P(FP16)+5P(FP64)二期 300P(FP16)+15P(FP64)"), Status::Partial);
        QCOMPARE(r.phases.size(), 4);
        QCOMPARE(r.phases[1].label, QStringLiteral("一期"));
        QCOMPARE(r.phases[1].precision, QStringLiteral("FP64"));
        QVERIFY(!r.phases[1].planned);
        QCOMPARE(r.phases[2].label, QStringLiteral("二期"));
        QVERIFY(r.phases[2].planned);
        const auto ops = CapacityParser::parse(QStringLiteral("1.14EopS(完全建成 4EopS)"), Status::Operational);
        QCOMPARE(ops.phases[0].measure, QStringLiteral("OPS"));
        QCOMPARE(ops.phases[0].unit, QStringLiteral("EopS"));
        QCOMPARE(ops.phases[1].label, QStringLiteral("完全建成"));
        // 中国-东盟: a training and an inference system, each labelled as such (the 1.4P was labelled 训练).
        const auto asean = CapacityParser::parse(QStringLiteral("一期建设 40P 训练系统和 1.4P 推理系统"), Status::Operational);
        QCOMPARE(asean.phases.size(), 2);
        QCOMPARE(asean.phases[0].label, QStringLiteral("一期建设 训练系统"));
        QCOMPARE(asean.phases[1].label, QStringLiteral("一期建设 推理系统"));
        QVERIFY(!asean.phases[0].planned && !asean.phases[1].planned);
    }

    // OPS never become PFLOPS and precisions are never added: each measure × precision is its own total.
    void opsAndPrecisionsAreKeptApart()
    {
        const auto hengqin = CapacityParser::parse(QStringLiteral("1.14EopS(完全建成 4EopS)"), Status::Operational);
        QVERIFY(!hengqin.currentPflops && !hengqin.plannedPflops);
        QCOMPARE(*hengqin.currentPops, 1140.0);
        QCOMPARE(*hengqin.plannedPops, 4000.0);
        QCOMPARE(hengqin.totals.size(), 1);
        QCOMPARE(hengqin.totals[0].measure, QStringLiteral("OPS"));

        const auto ningbo = CapacityParser::parse(QStringLiteral("-期 100P(FP16)+5P(FP64)二期 300P(FP16)+15P(FP64)"), Status::Partial);
        QCOMPARE(ningbo.headlinePrecision, QStringLiteral("FP16"));
        QCOMPARE(ningbo.totals.size(), 2);
        QCOMPARE(ningbo.totals[0].precision, QStringLiteral("FP16"));
        QCOMPARE(*ningbo.totals[0].current, 100.0);
        QCOMPARE(*ningbo.totals[0].planned, 400.0);
        QCOMPARE(ningbo.totals[1].precision, QStringLiteral("FP64"));
        QCOMPARE(*ningbo.totals[1].current, 5.0);
        QCOMPARE(*ningbo.totals[1].planned, 20.0);
        QVERIFY(!ningbo.currentPops);

        // A centre-level precision applies to figures without their own; 混合精度 is its own class.
        const auto mixed = CapacityParser::parse(QStringLiteral("200P 混合精度"), Status::Operational);
        QCOMPARE(mixed.headlinePrecision, QStringLiteral("mixed"));
        QCOMPARE(*mixed.currentPflops, 200.0);
    }
};

QTEST_APPLESS_MAIN(TestCapacityParser)
#include "tst_capacityparser.moc"
