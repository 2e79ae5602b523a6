// One company, one security: every form a terminal or a spreadsheet writes a code in becomes one form, with the kind
// its family says; an exchange is never guessed (issue 24).
#include "securitycodes.h"

#include <QTest>

using namespace zhisuan::db;

class TestSecurityCodes : public QObject
{
    Q_OBJECT

private slots:
    void normalisesEveryForm_data()
    {
        QTest::addColumn<QByteArray>("raw");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("code");
        QTest::addColumn<QByteArray>("kind");
        QTest::newRow("suffixed") << QByteArray("300474.SZ") << QString() << QByteArray("300474.SZ") << QByteArray("stock");
        QTest::newRow("lower-case suffix") << QByteArray("300474.sz") << QString() << QByteArray("300474.SZ") << QByteArray("stock");
        QTest::newRow("excel text") << QByteArray("=\"300474\"") << QString() << QByteArray("300474.SZ") << QByteArray("stock");
        QTest::newRow("wind hk") << QByteArray("0700.HK") << QString() << QByteArray("0700.HK") << QByteArray("stock");
        QTest::newRow("ifind hk") << QByteArray("00700.HK") << QString() << QByteArray("0700.HK") << QByteArray("stock");
        QTest::newRow("hk zeros dropped") << QByteArray("700.HK") << QString() << QByteArray("0700.HK") << QByteArray("stock");
        QTest::newRow("hk five digits") << QByteArray("09988.HK") << QString() << QByteArray("9988.HK") << QByteArray("stock");
        QTest::newRow("a-share zeros dropped") << QByteArray("2230.SZ") << QString() << QByteArray("002230.SZ") << QByteArray("stock");
        QTest::newRow("sse index") << QByteArray("000300.SH") << QString() << QByteArray("000300.SH") << QByteArray("index");
        QTest::newRow("szse index") << QByteArray("399006.SZ") << QString() << QByteArray("399006.SZ") << QByteArray("index");
        QTest::newRow("sw industry") << QByteArray("801750.SI") << QString() << QByteArray("801750.SI") << QByteArray("industry");
        QTest::newRow("citic industry") << QByteArray("CI005027.WI") << QString() << QByteArray("CI005027.WI") << QByteArray("industry");
        QTest::newRow("wind concept index") << QByteArray("884201.WI") << QString() << QByteArray("884201.WI") << QByteArray("index");
        QTest::newRow("csi index") << QByteArray("930713.CSI") << QString() << QByteArray("930713.CSI") << QByteArray("index");
        QTest::newRow("hang seng") << QByteArray("HSI.HI") << QString() << QByteArray("HSI.HI") << QByteArray("index");
        QTest::newRow("nasdaq stock") << QByteArray("NVDA.O") << QString() << QByteArray("NVDA.O") << QByteArray("stock");
        QTest::newRow("bare sh stock") << QByteArray("600570") << QString() << QByteArray("600570.SH") << QByteArray("stock");
        QTest::newRow("bare star") << QByteArray("688256") << QString() << QByteArray("688256.SH") << QByteArray("stock");
        QTest::newRow("bare chinext") << QByteArray("300531") << QString() << QByteArray("300531.SZ") << QByteArray("stock");
        QTest::newRow("bare sz index") << QByteArray("399006") << QString() << QByteArray("399006.SZ") << QByteArray("index");
        QTest::newRow("bare bj") << QByteArray("833030") << QString() << QByteArray("833030.BJ") << QByteArray("stock");
        QTest::newRow("bare sw") << QByteArray("801750") << QString() << QByteArray("801750.SI") << QByteArray("industry");
        QTest::newRow("bare 000 index by name") << QByteArray("000001") << QStringLiteral("上证指数") << QByteArray("000001.SH")
                                               << QByteArray("index");
        QTest::newRow("bare 000 index other name") << QByteArray("000001") << QStringLiteral("上证综指") << QByteArray("000001.SH")
                                                   << QByteArray("index");
        QTest::newRow("bare 000 stock known to the store") << QByteArray("000977") << QStringLiteral("浪潮信息")
                                                           << QByteArray("000977.SZ") << QByteArray("stock");
        QTest::newRow("full-width digits") << QString::fromUtf8("６００５７０.SH").toUtf8() << QString() << QByteArray("600570.SH")
                                           << QByteArray("stock");
    }
    void normalisesEveryForm()
    {
        QFETCH(QByteArray, raw);
        QFETCH(QString, name);
        QFETCH(QByteArray, code);
        QFETCH(QByteArray, kind);
        SecurityDirectory store;
        store.add("000977.SZ", QStringLiteral("浪潮信息"));
        store.add("000001.SZ", QStringLiteral("平安银行"));
        QString why;
        const auto n = SecurityCodes::normalise(raw, name, store, &why);
        QVERIFY2(n, qPrintable(why));
        QCOMPARE(n->code, code);
        QCOMPARE(securityKindCode(n->kind), kind);
        QCOMPARE(securityKindCode(SecurityCodes::kindOf(n->code)), kind);
    }

    void neverGuessesAnExchange_data()
    {
        QTest::addColumn<QByteArray>("raw");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("hint");
        QTest::newRow("bare 000 without name") << QByteArray("000001") << QString() << QStringLiteral("000001.SZ");
        QTest::newRow("bare 000 unknown name") << QByteArray("000123") << QStringLiteral("某某公司") << QStringLiteral("000123.SH");
        QTest::newRow("zeros dropped, no suffix") << QByteArray("2230") << QString() << QStringLiteral("002230.SZ");
        QTest::newRow("bare us ticker") << QByteArray("NVDA") << QString() << QStringLiteral("NVDA.O");
        QTest::newRow("etf") << QByteArray("510300.SH") << QString() << QStringLiteral("510300.SH");
        QTest::newRow("unknown suffix") << QByteArray("600570.XX") << QString() << QStringLiteral(".SH");
        QTest::newRow("seven digits") << QByteArray("6005700.SH") << QString() << QStringLiteral("six digits");
        QTest::newRow("hk letters") << QByteArray("ABC.HK") << QString() << QStringLiteral("0700.HK");
        QTest::newRow("junk") << QByteArray("abc def") << QString() << QString();
    }
    void neverGuessesAnExchange()
    {
        QFETCH(QByteArray, raw);
        QFETCH(QString, name);
        QFETCH(QString, hint);
        SecurityDirectory store;
        store.add("000001.SZ", QStringLiteral("平安银行"));
        QString why;
        QVERIFY(!SecurityCodes::normalise(raw, name, store, &why));
        QVERIFY2(why.contains(hint), qPrintable(why));
    }

    void nameResolvesOnlyWhereItIsUnique()
    {
        // 沪深300 is 000300.SH and 399300.SZ: the bare 000300 has one candidate among 000 codes.
        SecurityDirectory store;
        QString why;
        auto n = SecurityCodes::normalise("000300", QStringLiteral("沪深300"), store, &why);
        QVERIFY2(n, qPrintable(why));
        QCOMPARE(n->code, QByteArray("000300.SH"));
        // 计算机 matches "计算机(申万)" in the store by its bare name; the digits pick the family.
        store.add("801750.SI", QStringLiteral("计算机(申万)"));
        store.add("CI005027.WI", QStringLiteral("计算机(中信)"));
        QCOMPARE(store.byDigitsAndName("801750", QStringLiteral("计算机")), QList<QByteArray>{"801750.SI"});
    }
};

QTEST_APPLESS_MAIN(TestSecurityCodes)
#include "tst_securitycodes.moc"
