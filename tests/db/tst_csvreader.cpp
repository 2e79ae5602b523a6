#include "csvreader.h"
#include "textdecoder.h"

#include <QTest>

using namespace zhisuan::db;

class TestCsvReader : public QObject
{
    Q_OBJECT
private:
    static QList<QStringList> readAll(const QByteArray &data, char delimiter = ',', QString *error = nullptr,
                                      QList<qint64> *lines = nullptr)
    {
        CsvReader reader(data, delimiter);
        CsvRecord rec;
        QList<QStringList> rows;
        while (reader.next(rec)) {
            QStringList row;
            for (int i = 0; i < rec.size(); ++i)
                row << rec.text(i);
            rows << row;
            if (lines)
                *lines << rec.line;
        }
        if (error && !reader.error().isEmpty())
            *error = QStringLiteral("%1:%2: %3").arg(reader.errorLine()).arg(reader.errorColumn()).arg(reader.error());
        return rows;
    }

private slots:
    void rfc4180_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QList<QStringList>>("expected");
        QTest::newRow("plain") << QByteArray("a,b\n1,2\n") << QList<QStringList>{{"a", "b"}, {"1", "2"}};
        QTest::newRow("crlf") << QByteArray("a,b\r\n1,2\r\n") << QList<QStringList>{{"a", "b"}, {"1", "2"}};
        QTest::newRow("no final newline") << QByteArray("a,b\n1,2") << QList<QStringList>{{"a", "b"}, {"1", "2"}};
        QTest::newRow("quoted comma") << QByteArray("name,value\n\"4,028.23\",x\n")
                                      << QList<QStringList>{{"name", "value"}, {"4,028.23", "x"}};
        QTest::newRow("doubled quotes") << QByteArray("a\n\"青岛\"\"海之心\"\"中心\"\n")
                                        << QList<QStringList>{{"a"}, {"青岛\"海之心\"中心"}};
        QTest::newRow("line break in quotes") << QByteArray("a,b\n\"line one\nline two\",2\n")
                                              << QList<QStringList>{{"a", "b"}, {"line one\nline two", "2"}};
        QTest::newRow("crlf inside quotes kept") << QByteArray("a\r\n\"x\r\ny\"\r\n") << QList<QStringList>{{"a"}, {"x\r\ny"}};
        QTest::newRow("empty fields") << QByteArray("a,,c\n,,\n") << QList<QStringList>{{"a", "", "c"}, {"", "", ""}};
        QTest::newRow("bom") << QByteArray("\xEF\xBB\xBF证券代码,证券简称\n300531.SZ,优博讯\n")
                             << QList<QStringList>{{"证券代码", "证券简称"}, {"300531.SZ", "优博讯"}};
        // Excel's "CSV (Macintosh)" ends lines with CR alone; the reader read such a file as one long line.
        QTest::newRow("lone cr") << QByteArray("a,b\r1,2\r") << QList<QStringList>{{"a", "b"}, {"1", "2"}};
        QTest::newRow("lone cr after quote") << QByteArray("a,b\r\"x\",2\r3,4") << QList<QStringList>{{"a", "b"}, {"x", "2"}, {"3", "4"}};
        QTest::newRow("mixed line ends") << QByteArray("a\r\nb\nc\rd") << QList<QStringList>{{"a"}, {"b"}, {"c"}, {"d"}};
        QTest::newRow("empty quoted") << QByteArray("\"\",x\n") << QList<QStringList>{{"", "x"}};
    }
    void rfc4180()
    {
        QFETCH(QByteArray, input);
        QFETCH(QList<QStringList>, expected);
        QString error;
        QCOMPARE(readAll(input, ',', &error), expected);
        QCOMPARE(error, QString());
    }

    void lineNumbersCountPhysicalLines()
    {
        QList<qint64> lines;
        readAll("h\n\"a\nb\"\nc\n", ',', nullptr, &lines);
        QCOMPARE(lines, (QList<qint64>{1, 2, 4}));
        lines.clear();
        readAll("h\r\"a\rb\"\rc\r", ',', nullptr, &lines); // the same with lone CRs
        QCOMPARE(lines, (QList<qint64>{1, 2, 4}));
    }

    void unterminatedQuoteSaysWhere()
    {
        QString error;
        readAll("a,b\n1,\"open\n2,3\n", ',', &error);
        QVERIFY2(error.startsWith(QStringLiteral("2:3: expected a closing quote")), qPrintable(error));
    }

    void textAfterClosingQuoteIsAnError()
    {
        QString error;
        readAll("a,b\n\"x\"y,2\n", ',', &error);
        QVERIFY2(error.startsWith(QStringLiteral("2:4: expected a delimiter")), qPrintable(error));
        QVERIFY(error.contains(QStringLiteral("“y”")));
    }

    void detectsDelimiter_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<char>("delimiter");
        QTest::newRow("comma") << QByteArray("a,b,c\n1,2,3\n") << ',';
        QTest::newRow("tab") << QByteArray("a\tb\tc\n1\t\"2,5\"\t3\n") << '\t';
        QTest::newRow("semicolon") << QByteArray("a;b\n1,5;2,5\n1;2\n") << ';';
    }
    void detectsDelimiter()
    {
        QFETCH(QByteArray, input);
        QFETCH(char, delimiter);
        QCOMPARE(CsvReader::detectDelimiter(input), delimiter);
    }

    void decodesGbkAndDetectsIt()
    {
        const QByteArray gbk("\xD6\xA4\xC8\xAF\xB4\xFA\xC2\xEB,\xD6\xDC\xD5\xC7\xB5\xF8\xB7\xF9(%)\n"); // 证券代码,周涨跌幅(%)
        QCOMPARE(TextDecoder::detect(gbk), QStringLiteral("GB18030"));
        auto utf8 = TextDecoder::toUtf8(gbk, QString());
        QVERIFY(utf8.ok());
        QCOMPARE(QString::fromUtf8(utf8.value()), QStringLiteral("证券代码,周涨跌幅(%)\n"));
    }

    void utf8WithAndWithoutBom()
    {
        QCOMPARE(TextDecoder::detect(QByteArray("\xEF\xBB\xBF\xE4\xBC\x98")), QStringLiteral("UTF-8"));
        QCOMPARE(TextDecoder::detect(QStringLiteral("优博讯,18.31%").toUtf8()), QStringLiteral("UTF-8"));
        auto stripped = TextDecoder::toUtf8(QByteArray("\xEF\xBB\xBFx"), QStringLiteral("UTF-8"));
        QVERIFY(stripped.ok());
        QCOMPARE(stripped.value(), QByteArray("x"));
    }

    void wrongEncodingOverrideIsReported()
    {
        auto r = TextDecoder::toUtf8(QByteArray("\xD6\xA4\xC8\xAF\xB4\xFA"), QStringLiteral("UTF-8")); // 证券代 in GBK
        QVERIFY(!r.ok());
        QVERIFY(r.error().message.contains(QStringLiteral("expected UTF-8")));
    }

    void nulByteIsRefusedWhereItIs()
    {
        // Detected UTF-8, forced UTF-8 and GB18030 alike: the NUL's line and column, never a cell holding it.
        const QByteArray bytes = QByteArray("code,name\n300531.SZ,\xE4\xBC\x98") + '\0' + '\n';
        QString encoding;
        for (const auto &r : {TextDecoder::toUtf8Detected(bytes, &encoding), TextDecoder::toUtf8(bytes, QStringLiteral("UTF-8")),
                              TextDecoder::toUtf8(QByteArray("a\n\xD3\xC5\x00", 5), QStringLiteral("GB18030"))}) {
            QVERIFY(!r.ok());
            QVERIFY2(r.error().message.contains(QStringLiteral("NUL")), qPrintable(r.error().message));
            QCOMPARE(r.error().line, 2);
        }
        QCOMPARE(TextDecoder::toUtf8Detected(bytes, &encoding).error().column, 12);
        QVERIFY(TextDecoder::toUtf8(QByteArray("a\n\xD3\xC5"), QStringLiteral("GB18030")).ok());
    }
};

QTEST_APPLESS_MAIN(TestCsvReader)
#include "tst_csvreader.moc"
