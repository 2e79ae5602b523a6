// The one reader of written numbers (NumberReader, Decimal, UnitVocabulary): every form a terminal or a spreadsheet
// writes gives the exact value, scaling by a unit is exact in decimal, and a malformed number is refused, never
// read as another number.
#include "decimal.h"
#include "numberreader.h"
#include "unitvocabulary.h"

#include <QRandomGenerator>
#include <QTest>

#include <charconv>

using namespace zhisuan::db;

class TestNumberReader : public QObject
{
    Q_OBJECT

private slots:
    void readsWhatTerminalsWrite_data()
    {
        QTest::addColumn<QByteArray>("cell");
        QTest::addColumn<QByteArray>("exact");
        QTest::addColumn<bool>("percent");
        QTest::addColumn<QString>("unit");
        QTest::newRow("plain") << QByteArray("1234.5") << QByteArray("1234.5") << false << QString();
        QTest::newRow("thousands") << QByteArray("1,234,567.89") << QByteArray("1234567.89") << false << QString();
        QTest::newRow("plus") << QByteArray("+1.82") << QByteArray("1.82") << false << QString();
        QTest::newRow("minus sign U+2212") << QByteArray("\xE2\x88\x92" "24.43") << QByteArray("-24.43") << false << QString();
        QTest::newRow("full-width minus") << QByteArray("\xEF\xBC\x8D" "24.43") << QByteArray("-24.43") << false << QString();
        QTest::newRow("full-width digits") << QString::fromUtf8("１２３．４５").toUtf8() << QByteArray("123.45") << false << QString();
        QTest::newRow("full-width percent") << QString::fromUtf8("18.31％").toUtf8() << QByteArray("18.31") << true << QString();
        QTest::newRow("accounting negative") << QByteArray("(9.88)") << QByteArray("-9.88") << false << QString();
        QTest::newRow("full-width accounting") << QString::fromUtf8("（9.88）").toUtf8() << QByteArray("-9.88") << false << QString();
        QTest::newRow("excel text") << QByteArray("=\"12.5\"") << QByteArray("12.5") << false << QString();
        QTest::newRow("excel exponent") << QByteArray("1.23457E+11") << QByteArray("123457000000") << false << QString();
        QTest::newRow("leading point") << QByteArray(".5") << QByteArray("0.5") << false << QString();
        QTest::newRow("nbsp around") << QByteArray("\xC2\xA0" "42\xE3\x80\x80") << QByteArray("42") << false << QString();
        QTest::newRow("ten-thousands") << QString::fromUtf8("1.2万").toUtf8() << QByteArray("1.2") << false << QStringLiteral("万");
        QTest::newRow("shares unit") << QString::fromUtf8("41,744.98万股").toUtf8() << QByteArray("41744.98") << false << QStringLiteral("万股");
        QTest::newRow("space before percent") << QByteArray("18.31 %") << QByteArray("18.31") << true << QString();
        QTest::newRow("negative zero") << QByteArray("-0.00") << QByteArray("0") << false << QString();
    }
    void readsWhatTerminalsWrite()
    {
        QFETCH(QByteArray, cell);
        QFETCH(QByteArray, exact);
        QFETCH(bool, percent);
        QFETCH(QString, unit);
        const auto n = NumberReader::read(cell);
        QVERIFY2(n, cell.constData());
        QCOMPARE(n->value.toText(), exact);
        QCOMPARE(n->percent, percent);
        QCOMPARE(n->unit ? n->unit->spelling : QString(), unit);
    }

    void refusesWhatIsNotOneNumber_data()
    {
        QTest::addColumn<QByteArray>("cell");
        QTest::addColumn<bool>("grouping");
        for (const char *bad : {"1,2", "12,34.5", "1234,567", "1,234,56", "1.2.3", "abc", "5.", "--5", "+-5", "1 2", "inf", "NaN",
                                "(9.88", "1e", "12%%", "3.5美刀", "0x10"})
            QTest::newRow(bad) << QByteArray(bad) << QByteArray(bad).contains(',');
        QTest::newRow("chinese numeral") << QString::fromUtf8("十七%").toUtf8() << false;
    }
    void refusesWhatIsNotOneNumber()
    {
        QFETCH(QByteArray, cell);
        QFETCH(bool, grouping);
        QString why;
        QVERIFY2(!NumberReader::read(cell, &why), cell.constData());
        // A comma in the wrong place says so: it is a typo or a decimal comma, and the user should know which rule.
        if (grouping)
            QVERIFY2(why.contains(QStringLiteral("1,234.5")), qPrintable(why));
    }

    void scalingIsExactInDecimal()
    {
        // 41,744.98 万股 is 417,449,800 shares: multiplying the double 41744.98 by 1e4 gives 417449800.00000006.
        const auto n = NumberReader::read(QString::fromUtf8("41,744.98").toUtf8());
        QVERIFY(n);
        QCOMPARE(n->value.shifted(4).toDouble(), 417449800.0);
        QVERIFY(41744.98 * 1e4 != 417449800.0); // the old way, for the record: this test fails if it ever was exact
        QCOMPARE(n->value.shifted(4).toInteger(), std::optional<qint64>(417449800));
        QCOMPARE(Decimal::fromPlain("0.07")->shifted(8).toText(), QByteArray("7000000"));
        QCOMPARE(Decimal::fromPlain("123.456")->shifted(-2).toText(), QByteArray("1.23456"));
    }

    // Generated: any decimal text, written in any of the forms above and scaled by any unit, reads back as the double
    // nearest to its exact value.
    void generatedNumbersReadBackExactly()
    {
        QRandomGenerator rng(20241108);
        const QList<const Unit *> units = [] {
            QList<const Unit *> u;
            for (const Unit &unit : UnitVocabulary::all())
                u << &unit;
            return u;
        }();
        for (int i = 0; i < 20000; ++i) {
            const int intDigits = int(rng.bounded(1, 13));
            const int fracDigits = int(rng.bounded(0, 5));
            QByteArray digits;
            for (int k = 0; k < intDigits; ++k)
                digits.append(char('0' + (k == 0 && intDigits > 1 ? rng.bounded(1, 10) : rng.bounded(0, 10))));
            QByteArray fraction;
            for (int k = 0; k < fracDigits; ++k)
                fraction.append(char('0' + rng.bounded(0, 10)));
            const bool negative = rng.bounded(2) == 1;
            const Unit *unit = rng.bounded(3) == 0 ? units[int(rng.bounded(qsizetype(units.size())))] : nullptr;
            // The exact value, scaled, as plain text for from_chars: digits with the point moved by the unit's power.
            const QByteArray exactText = (negative ? "-" : "") + digits + (fraction.isEmpty() ? "" : "." + fraction)
                + "e" + QByteArray::number(unit ? unit->pow10 : 0);
            double expected = 0;
            std::from_chars(exactText.constData(), exactText.constData() + exactText.size(), expected);

            QByteArray grouped = digits;
            const int form = int(rng.bounded(6));
            if (form == 1)
                for (qsizetype at = grouped.size() - 3; at > 0; at -= 3)
                    grouped.insert(at, ',');
            QByteArray text = grouped + (fraction.isEmpty() ? "" : "." + fraction);
            if (form == 2) { // full-width digits and point
                QString s = QString::fromLatin1(text);
                for (QChar &c : s)
                    c = c == QLatin1Char('.') ? QChar(0xFF0E) : c.isDigit() ? QChar(0xFF10 + (c.unicode() - '0')) : c;
                text = s.toUtf8();
            }
            if (negative)
                text = (form == 3 ? QByteArray("\xE2\x88\x92") : form == 4 ? QByteArray("(") : QByteArray("-")) + text
                    + (form == 4 ? ")" : "");
            if (unit)
                text += unit->spelling.toUtf8();
            if (form == 5)
                text = "=\"" + text + "\"";
            const auto n = NumberReader::read(text);
            QVERIFY2(n, text.constData());
            const double got = n->value.shifted(n->unit ? n->unit->pow10 : 0).toDouble();
            QVERIFY2(got == expected, QByteArray(text + " -> " + QByteArray::number(got, 'g', 17) + ", expected "
                                                 + QByteArray::number(expected, 'g', 17)).constData());
        }
    }

    void scanFindsNumbersInsideText()
    {
        const QByteArray text = NumberReader::fold(QString::fromUtf8("一期 1,500P，远期 12,000P；１００Ｐ 3,4").toUtf8());
        QList<QByteArray> found;
        for (qsizetype i = 0; i < text.size();) {
            Decimal d;
            if (const qsizetype n = NumberReader::scan(text, i, d)) {
                found << d.toText();
                i += n;
            } else {
                ++i;
            }
        }
        QCOMPARE(found, (QList<QByteArray>{"1500", "12000", "100", "3", "4"}));
    }

    void unitsFitTheirQuantity()
    {
        QVERIFY(UnitVocabulary::fits(Quantity::Shares, *UnitVocabulary::find(QStringLiteral("万股"))));
        QVERIFY(UnitVocabulary::fits(Quantity::Price, *UnitVocabulary::find(QStringLiteral("元"))));
        QVERIFY(UnitVocabulary::fits(Quantity::Price, *UnitVocabulary::find(QStringLiteral("点"))));
        QVERIFY(!UnitVocabulary::fits(Quantity::Price, *UnitVocabulary::find(QStringLiteral("万元"))));
        QVERIFY(!UnitVocabulary::fits(Quantity::Money, *UnitVocabulary::find(QStringLiteral("万股"))));
        QVERIFY(!UnitVocabulary::fits(Quantity::Percent, *UnitVocabulary::find(QStringLiteral("万"))));
        QCOMPARE(UnitVocabulary::find(QStringLiteral("手"))->pow10, 2);
        QVERIFY(!UnitVocabulary::find(QStringLiteral("万美元")));
        QVERIFY(UnitVocabulary::spellingsFor(Quantity::Money).contains(QStringLiteral("亿元")));
    }
};

QTEST_APPLESS_MAIN(TestNumberReader)
#include "tst_numberreader.moc"
