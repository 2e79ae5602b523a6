#include "numberformat.h"

#include <QTest>

using zhisuan::widgets::compactNumber;
using zhisuan::widgets::signedChange;

// Usage metrics read as the reports print them, not as 1.34E+10.
class TestNumberFormat : public QObject
{
    Q_OBJECT
private slots:
    void chineseUsesWanAndYi_data()
    {
        QTest::addColumn<double>("value");
        QTest::addColumn<QString>("unit");
        QTest::addColumn<QString>("expected");
        QTest::newRow("AI server market") << 1.34e10 << QStringLiteral("美元") << QStringLiteral("134亿美元");
        QTest::newRow("revenue") << 9.325e9 << QStringLiteral("元") << QStringLiteral("93.25亿元");
        QTest::newRow("daily calls") << 6e8 << QStringLiteral("次/日") << QStringLiteral("6亿次/日");
        QTest::newRow("agents") << 8e6 << QStringLiteral("次/日") << QStringLiteral("800万次/日");
        QTest::newRow("tokens per day") << 1e12 << QStringLiteral("tokens/日") << QStringLiteral("1万亿 tokens/日");
        QTest::newRow("latin unit") << 50000.0 << QStringLiteral("tokens/s") << QStringLiteral("5万 tokens/s");
        QTest::newRow("share") << 79.0 << QStringLiteral("%") << QStringLiteral("79%");
        QTest::newRow("small") << 19.9 << QStringLiteral("%") << QStringLiteral("19.9%");
        QTest::newRow("count") << 180.0 << QStringLiteral("个") << QStringLiteral("180个");
        QTest::newRow("negative") << -2.5e8 << QStringLiteral("元") << QStringLiteral("-2.5亿元");
        QTest::newRow("no unit") << 12345.0 << QString() << QStringLiteral("1.23万");
    }
    void chineseUsesWanAndYi()
    {
        QFETCH(double, value);
        QFETCH(QString, unit);
        QFETCH(QString, expected);
        QCOMPARE(compactNumber(value, unit, QLocale(QLocale::Chinese, QLocale::China)), expected);
    }

    void englishUsesMillionsAndBillions_data()
    {
        QTest::addColumn<double>("value");
        QTest::addColumn<QString>("unit");
        QTest::addColumn<QString>("expected");
        QTest::newRow("billions") << 1.34e10 << QStringLiteral("USD") << QStringLiteral("13.4 bn USD");
        QTest::newRow("millions") << 8e6 << QStringLiteral("calls/day") << QStringLiteral("8 m calls/day");
        QTest::newRow("thousands") << 50000.0 << QStringLiteral("tokens/s") << QStringLiteral("50,000 tokens/s");
        QTest::newRow("percent") << 79.0 << QStringLiteral("%") << QStringLiteral("79%");
        // The store keeps the reports' Chinese units; the English page must not print "13.4 bn 美元" (issue 16).
        QTest::newRow("dollars") << 1.34e10 << QStringLiteral("美元") << QStringLiteral("USD 13.4 bn");
        QTest::newRow("yuan") << 1.0663e10 << QStringLiteral("元") << QStringLiteral("CNY 10.66 bn");
        QTest::newRow("calls a day") << 6e8 << QStringLiteral("次/日") << QStringLiteral("600 m/day");
        QTest::newRow("tokens a day") << 1e12 << QStringLiteral("tokens/日") << QStringLiteral("1,000 bn tokens/day");
        QTest::newRow("a count") << 1.4e8 << QStringLiteral("次") << QStringLiteral("140 m");
        QTest::newRow("people") << 5.64e8 << QStringLiteral("人") << QStringLiteral("564 m people");
    }
    void englishUsesMillionsAndBillions()
    {
        QFETCH(double, value);
        QFETCH(QString, unit);
        QFETCH(QString, expected);
        QCOMPARE(compactNumber(value, unit, QLocale(QLocale::English, QLocale::UnitedStates)), expected);
    }

    // Half away from zero on the decimal the value stands for. Every row is a value whose double lies just below
    // the half (9.325 is 9.32499999999999928946…), so rounding the binary double gives the lower figure.
    void roundsTheDecimalHalfAwayFromZero_data()
    {
        QTest::addColumn<double>("value");
        QTest::addColumn<QString>("unit");
        QTest::addColumn<QString>("english");
        QTest::addColumn<QString>("chinese");
        QTest::newRow("93.25亿元 (issue 29)") << 9.325e9 << QStringLiteral("元") << QStringLiteral("CNY 9.33 bn") << QStringLiteral("93.25亿元");
        QTest::newRow("93.245亿元") << 9.3245e9 << QStringLiteral("元") << QStringLiteral("CNY 9.32 bn") << QStringLiteral("93.25亿元");
        QTest::newRow("negative half") << -9.325e9 << QStringLiteral("元") << QStringLiteral("CNY -9.33 bn") << QStringLiteral("-93.25亿元");
        QTest::newRow("1.005") << 1.005 << QString() << QStringLiteral("1.01") << QStringLiteral("1.01");
        QTest::newRow("2.675") << 2.675 << QString() << QStringLiteral("2.68") << QStringLiteral("2.68");
        QTest::newRow("1.115 bn USD") << 1.115e9 << QStringLiteral("美元") << QStringLiteral("USD 1.12 bn") << QStringLiteral("11.15亿美元");
        QTest::newRow("8.165 m a day") << 8.165e6 << QStringLiteral("次/日") << QStringLiteral("8.17 m/day") << QStringLiteral("816.5万次/日");
        QTest::newRow("0.285%") << 0.285 << QStringLiteral("%") << QStringLiteral("0.29%") << QStringLiteral("0.29%");
        QTest::newRow("0.005") << 0.005 << QString() << QStringLiteral("0.01") << QStringLiteral("0.01");
        QTest::newRow("below the half") << 0.0049 << QString() << QStringLiteral("0") << QStringLiteral("0");
        QTest::newRow("carries to a whole") << 9.995e8 << QStringLiteral("元") << QStringLiteral("CNY 999.5 m") << QStringLiteral("10亿元");
        QTest::newRow("carries in English") << 9.9995e9 << QStringLiteral("元") << QStringLiteral("CNY 10 bn") << QStringLiteral("100亿元");
        QTest::newRow("float noise above") << 9.325000000000001e9 << QStringLiteral("元") << QStringLiteral("CNY 9.33 bn") << QStringLiteral("93.25亿元");
        QTest::newRow("float noise below") << 9.324999999999999e9 << QStringLiteral("元") << QStringLiteral("CNY 9.33 bn") << QStringLiteral("93.25亿元");
    }
    void roundsTheDecimalHalfAwayFromZero()
    {
        QFETCH(double, value);
        QFETCH(QString, unit);
        QFETCH(QString, english);
        QFETCH(QString, chinese);
        QCOMPARE(compactNumber(value, unit, QLocale(QLocale::English, QLocale::UnitedStates)), english);
        QCOMPARE(compactNumber(value, unit, QLocale(QLocale::Chinese, QLocale::China)), chinese);
    }

    // Up and down by sign as well as by colour (issue 29), in both languages; a value that rounds to nothing has none.
    void changesCarryTheirSign()
    {
        for (const QLocale &locale : {QLocale(QLocale::English, QLocale::UnitedStates), QLocale(QLocale::Chinese, QLocale::China)}) {
            QCOMPARE(signedChange(3.2, 2, locale, QStringLiteral("%")), QStringLiteral("+3.20%"));
            QCOMPARE(signedChange(-1.05, 2, locale, QStringLiteral("%")), QStringLiteral("-1.05%"));
            QCOMPARE(signedChange(-3.2, 1, locale), QStringLiteral("-3.2")); // the precision published
            QCOMPARE(signedChange(1234.5, 2, locale), QStringLiteral("+1,234.50"));
            QCOMPARE(signedChange(0, 2, locale, QStringLiteral("%")), QStringLiteral("0.00%"));
            QCOMPARE(signedChange(-0.001, 2, locale), QStringLiteral("0.00"));
            QCOMPARE(signedChange(0.004, 2, locale), QStringLiteral("0.00"));
        }
    }
};

QTEST_APPLESS_MAIN(TestNumberFormat)
#include "tst_numberformat.moc"
