#include "value.h"

#include <QTest>

using namespace zhisuan::db;

Q_DECLARE_METATYPE(FieldType)

class TestValueParser : public QObject
{
    Q_OBJECT
private slots:
    void parses_data()
    {
        QTest::addColumn<FieldType>("type");
        QTest::addColumn<QByteArray>("raw");
        QTest::addColumn<QString>("expected"); // valueToString; "" = missing
        QTest::newRow("percent with sign") << FieldType::Percent << QByteArray("18.31%") << QStringLiteral("18.31");
        QTest::newRow("negative percent") << FieldType::Percent << QByteArray("-24.43%") << QStringLiteral("-24.43");
        QTest::newRow("percent without sign") << FieldType::Percent << QByteArray(" -3.07 ") << QStringLiteral("-3.07");
        QTest::newRow("thousands") << FieldType::Real << QByteArray("4,028.23") << QStringLiteral("4028.23");
        QTest::newRow("big thousands") << FieldType::Real << QByteArray("344,440.46") << QStringLiteral("344440.46");
        QTest::newRow("plus sign") << FieldType::Real << QByteArray("+1.82") << QStringLiteral("1.82");
        QTest::newRow("double dash missing") << FieldType::Real << QByteArray("--") << QString();
        QTest::newRow("slash missing") << FieldType::Real << QByteArray("/") << QString();
        QTest::newRow("em dash missing") << FieldType::Percent << QByteArray("—") << QString();
        QTest::newRow("empty missing") << FieldType::Real << QByteArray("") << QString();
        QTest::newRow("full-width space") << FieldType::Real << QByteArray("\xE3\x80\x80" "12.5") << QStringLiteral("12.5");
        QTest::newRow("iso date") << FieldType::Date << QByteArray("2024-11-11") << QStringLiteral("2024-11-11");
        QTest::newRow("slash date") << FieldType::Date << QByteArray("2024/8/16") << QStringLiteral("2024-08-16");
        QTest::newRow("compact date") << FieldType::Date << QByteArray("20240816") << QStringLiteral("2024-08-16");
        QTest::newRow("chinese date") << FieldType::Date << QByteArray("2024年8月16日") << QStringLiteral("2024-08-16");
        QTest::newRow("month") << FieldType::Month << QByteArray("2024-08") << QStringLiteral("2024-08");
        QTest::newRow("chinese month") << FieldType::Month << QByteArray("2024年8月") << QStringLiteral("2024-08");
        QTest::newRow("code kept as text") << FieldType::Code << QByteArray("300531.SZ") << QStringLiteral("300531.SZ");
        QTest::newRow("bj code") << FieldType::Code << QByteArray("833030.BJ") << QStringLiteral("833030.BJ");
        QTest::newRow("code lower case") << FieldType::Code << QByteArray("688168.sh") << QStringLiteral("688168.SH");
        QTest::newRow("bare sz code") << FieldType::Code << QByteArray("002230") << QStringLiteral("002230.SZ");
        QTest::newRow("bare sh code") << FieldType::Code << QByteArray("688041") << QStringLiteral("688041.SH");
        QTest::newRow("us code") << FieldType::Code << QByteArray("NVDA.O") << QStringLiteral("NVDA.O");
        QTest::newRow("hk code") << FieldType::Code << QByteArray("0020.HK") << QStringLiteral("0020.HK");
        QTest::newRow("bool yes") << FieldType::Bool << QByteArray("是") << QStringLiteral("1");
        QTest::newRow("bool no") << FieldType::Bool << QByteArray("no") << QStringLiteral("0");
        QTest::newRow("integer") << FieldType::Integer << QByteArray("18,000") << QStringLiteral("18000");
    }
    void parses()
    {
        QFETCH(FieldType, type);
        QFETCH(QByteArray, raw);
        QFETCH(QString, expected);
        Value v;
        const QString error = ValueParser::parse(type, raw, v);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(valueToString(v), expected);
        QCOMPARE(isMissing(v), expected.isEmpty());
    }

    void rejects_data()
    {
        QTest::addColumn<FieldType>("type");
        QTest::addColumn<QByteArray>("raw");
        QTest::addColumn<QString>("message");
        QTest::newRow("word as number") << FieldType::Real << QByteArray("abc") << QStringLiteral("expected a number such as 4,028.23, found “abc”");
        QTest::newRow("percent with text") << FieldType::Percent << QByteArray("18.31%%") << QStringLiteral("expected a percentage such as 18.31% or -24.43, found “18.31%%”");
        QTest::newRow("impossible date") << FieldType::Date << QByteArray("2024-02-30") << QStringLiteral("expected a date such as 2024-08-16, found “2024-02-30”");
        // Long digit runs overflowed the date parts' int (UBSan: signed-integer-overflow), found by fuzz_valueparser.
        QTest::newRow("date with a long digit run") << FieldType::Date << QByteArray("2024-08-2265555555555") << QStringLiteral("expected a date such as 2024-08-16, found “2024-08-2265555555555”");
        QTest::newRow("date of twelve digits") << FieldType::Date << QByteArray("202408160000") << QStringLiteral("expected a date such as 2024-08-16, found “202408160000”");
        QTest::newRow("month with a long digit run") << FieldType::Month << QByteArray("2024-0000000000008") << QStringLiteral("expected a month such as 2024-08, found “2024-0000000000008”");
        QTest::newRow("code lost leading zeros") << FieldType::Code << QByteArray("2230") << QStringLiteral("expected a security code such as 300531.SZ, 688168.SH, 833030.BJ or NVDA.O (six digits or an exchange suffix: 2230 looks like a code whose leading zeros a spreadsheet dropped (format the column as text, or write the whole code, such as 002230.SZ)), found “2230”");
        QTest::newRow("fraction as integer") << FieldType::Integer << QByteArray("1.5") << QStringLiteral("expected a whole number such as 18000, found “1.5”");
        // qint64 of a double beyond ±2^63 is undefined behaviour (UBSan: float-cast-overflow), not a number.
        QTest::newRow("integer beyond 64 bits") << FieldType::Integer << QByteArray("99999999999999999999") << QStringLiteral("expected a whole number such as 18000 (at most 19 digits), found “99999999999999999999”");
        QTest::newRow("integer in exponent form beyond 64 bits") << FieldType::Integer << QByteArray("-1e19") << QStringLiteral("expected a whole number such as 18000 (at most 19 digits), found “-1e19”");
        QTest::newRow("bool") << FieldType::Bool << QByteArray("maybe") << QStringLiteral("expected yes or no (是/否), found “maybe”");
    }
    void rejects()
    {
        QFETCH(FieldType, type);
        QFETCH(QByteArray, raw);
        QFETCH(QString, message);
        Value v;
        QCOMPARE(ValueParser::parse(type, raw, v), message);
    }

    void integerThatOverflowsInItsUnitIsAnError()
    {
        // 10^16 万 is 10^20: fits a double, not a qint64.
        Value v;
        QCOMPARE(ValueParser::parse(FieldType::Integer, "10000000000000000", v, 4),
                 QStringLiteral("expected a whole number such as 18000 (at most 19 digits), found “10000000000000000”"));
        QVERIFY(ValueParser::parse(FieldType::Integer, "263", v, 4).isEmpty());
        QCOMPARE(std::get<qint64>(v), 2630000);
    }

    void scaleConvertsUnits()
    {
        Value v;
        QVERIFY(ValueParser::parse(FieldType::Real, "4,028.23", v, 4).isEmpty());
        QCOMPARE(std::get<double>(v), 40282300.0);
    }
};

QTEST_APPLESS_MAIN(TestValueParser)
#include "tst_valueparser.moc"
