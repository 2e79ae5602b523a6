#include "csvreader.h"
#include "importinput.h"
#include "textdecoder.h"

#include <QTest>

#include <iconv.h>

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

    static QByteArray gb18030(const QByteArray &utf8)
    {
        iconv_t cd = iconv_open("GB18030", "UTF-8");
        QByteArray out(utf8.size() * 2 + 16, '\0');
        char *in = const_cast<char *>(utf8.constData());
        size_t inLeft = size_t(utf8.size()), outLeft = size_t(out.size());
        char *o = out.data();
        iconv(cd, &in, &inLeft, &o, &outLeft);
        iconv_close(cd);
        out.resize(o - out.data());
        return out;
    }

    // The same, through a stream of `window`-byte windows (issue 14: files are read in windows, never whole).
    static QList<QStringList> readStreamed(const QByteArray &data, qint64 window, QString *error = nullptr,
                                           QList<qint64> *lines = nullptr, const QString &encoding = QStringLiteral("UTF-8"))
    {
        TextStream text(ImportInput::fromBytes(data), encoding, window);
        CsvReader reader(text, ',');
        CsvRecord rec;
        QList<QStringList> rows;
        for (;;) {
            if (!reader.next(rec)) {
                if (reader.error().isEmpty() || reader.atEnd())
                    break;
                if (error && error->isEmpty())
                    *error = QStringLiteral("%1:%2: %3").arg(reader.errorLine()).arg(reader.errorColumn()).arg(reader.error());
                continue;
            }
            QStringList row;
            for (int i = 0; i < rec.size(); ++i)
                row << rec.text(i);
            rows << row;
            if (lines)
                *lines << rec.line;
        }
        if (error && error->isEmpty() && !reader.error().isEmpty())
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

    // Every window size from one byte to the whole input: each edge falls once inside a multi-byte character, a
    // doubled quote, a quoted line break, a CRLF and the BOM, and the records come out the same.
    // A quote never closed near the start of a big file: the reader says where it was opened once the field has grown
    // past the limit, and stops there instead of reading the rest of the file into memory first (issue 14). A line
    // that never ends (not a CSV file) is stopped the same way.
    void recordPastTheLimitIsReportedWhereItBegan_data()
    {
        QTest::addColumn<QByteArray>("head");
        QTest::addColumn<int>("records");
        QTest::addColumn<QString>("error");
        QTest::newRow("unclosed quote") << QByteArray("code,name\n300531.SZ,ok\n600570.SH,\"恒生电子,16.40\n") << 2
                                        << QStringLiteral("3:11: expected a closing quote (\") for the field opened here, found none in the next 1 MiB");
        QTest::newRow("unclosed quote after a multi-line field")
            << QByteArray("code,name,note\n300531.SZ,\"two\nlines\",\"恒生电子\n") << 1
            << QStringLiteral("3:8: expected a closing quote (\") for the field opened here, found none in the next 1 MiB");
        QTest::newRow("no line end") << QByteArray("code,name\n300531.SZ,ok\n") << 2
                                     << QStringLiteral("3:1: expected the end of this line within 1 MiB, found none");
    }
    void recordPastTheLimitIsReportedWhereItBegan()
    {
        QFETCH(QByteArray, head);
        QFETCH(int, records);
        QFETCH(QString, error);
        QByteArray data = head;
        const QByteArray tail = QTest::currentDataTag() == QByteArray("no line end") ? QByteArray("x") : QByteArray("600570.SH,16.40\n");
        while (data.size() < 16 * 1024 * 1024)
            data += tail.repeated(4096);
        TextStream text(ImportInput::fromBytes(data), QStringLiteral("UTF-8"), 64 * 1024);
        CsvReader reader(text, ',');
        reader.setMaxRecordBytes(1 << 20);
        CsvRecord rec;
        int read = 0;
        while (reader.next(rec))
            ++read;
        QCOMPARE(read, records);
        const QString said = QStringLiteral("%1:%2: %3").arg(reader.errorLine()).arg(reader.errorColumn()).arg(reader.error());
        QVERIFY2(said.startsWith(error), qPrintable(said));
        QVERIFY(reader.atEnd());
        QVERIFY(!reader.next(rec)); // nothing more is read after it
        // Read the limit and a window or two past it, not the 16 MiB (nor twice the limit, as the doubling would).
        QVERIFY2(reader.position() <= (1 << 20) + 2 * 64 * 1024, qPrintable(QString::number(reader.position())));
    }

    void rfc4180AcrossWindows_data() { rfc4180_data(); }
    void rfc4180AcrossWindows()
    {
        QFETCH(QByteArray, input);
        QFETCH(QList<QStringList>, expected);
        for (qint64 window = 1; window <= input.size() + 1; ++window) {
            QString error;
            QCOMPARE(readStreamed(input, window, &error), expected);
            QVERIFY2(error.isEmpty(), qPrintable(QStringLiteral("window %1: %2").arg(window).arg(error)));
        }
    }

    void errorsSayTheSamePlaceAcrossWindows_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QString>("error");
        QTest::addColumn<qint64>("records");
        QTest::newRow("unterminated quote") << QByteArray("a,b\n1,\"open\n2,3\n") << QStringLiteral("2:3: expected a closing quote") << qint64(1);
        QTest::newRow("text after closing quote, Chinese before it")
            << QByteArray("名称,b\n\"优博\n讯\"y,2\r\n3,4\n") << QStringLiteral("3:3: expected a delimiter") << qint64(2);
        // The stream's own errors: a byte that is not UTF-8 and a NUL, at their line and character column.
        QTest::newRow("bad UTF-8 byte") << QByteArray("代码,名称\n300531.SZ,优博\xFF讯\n") << QStringLiteral("2:13: expected UTF-8 text, found byte 0xFF")
                                        << qint64(0);
        QTest::newRow("NUL") << (QByteArray("代码,名称\r\n\"a\nb\",优") + '\0' + QByteArray("\n")) << QStringLiteral("3:5: expected text, found a NUL")
                             << qint64(0);
    }
    void errorsSayTheSamePlaceAcrossWindows()
    {
        QFETCH(QByteArray, input);
        QFETCH(QString, error);
        QFETCH(qint64, records);
        for (qint64 window = 1; window <= input.size() + 1; ++window) {
            QString got;
            const auto rows = readStreamed(input, window, &got);
            QVERIFY2(got.startsWith(error), qPrintable(QStringLiteral("window %1: %2").arg(window).arg(got)));
            QVERIFY2(rows.size() >= records, qPrintable(QStringLiteral("window %1: %2 records").arg(window).arg(rows.size())));
        }
    }

    // GB18030 (Wind's exports): a two- or four-byte character cut by a window's edge is carried into the next window;
    // a byte that is not GB18030 is found at its line and column, as when the file was converted whole.
    void gb18030AcrossWindows()
    {
        const QString text = QStringLiteral("证券代码,证券简称\n688998.SH,\"𠮷野家\n(测试)\"\r\n300531.SZ,优博讯\n");
        const QByteArray gb = gb18030(text.toUtf8());
        QVERIFY(gb.size() > 40);
        const auto expected = readAll(text.toUtf8());
        QCOMPARE(expected.size(), 3);
        for (qint64 window = 1; window <= gb.size() + 1; ++window) {
            QString error;
            QCOMPARE(readStreamed(gb, window, &error, nullptr, QStringLiteral("GB18030")), expected);
            QVERIFY2(error.isEmpty(), qPrintable(error));
        }
        const QByteArray bad = gb18030(QByteArray("代码,名称\n300531.SZ,优博")) + QByteArray("\xFF\xFF") + gb18030(QByteArray("讯\n"));
        const auto reference = TextDecoder::toUtf8(bad, QStringLiteral("GB18030"));
        QVERIFY(!reference.ok());
        for (qint64 window = 1; window <= bad.size() + 1; ++window) {
            QString error;
            readStreamed(bad, window, &error, nullptr, QStringLiteral("GB18030"));
            QCOMPARE(error, QStringLiteral("%1:%2: %3").arg(reference.error().line).arg(reference.error().column).arg(reference.error().message));
        }
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
        // More commas than tabs, but only the tabs split every line alike (generator seed 1005).
        QTest::newRow("tab, commas inside cells")
            << QByteArray("智算中心\t算力\t状态\r\n锐瑞人工智能计算中心\t一期 8,141P,远期 40,705P\t已建成\r\n"
                          "思启川人工智能计算中心\t一期 4,038.8P(INT8),远期 40,388.0POPS\t已建成\r\n")
            << '\t';
        QTest::newRow("comma, a title line") << QByteArray("表1：周涨跌幅\n证券代码,证券简称,周涨跌幅\n300531.SZ,优博讯,1.5\n") << ',';
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
        // 证券代 in GBK, read as UTF-8 by choice: the line is GBK, and the message names both encodings.
        auto r = TextDecoder::toUtf8(QByteArray("\xD6\xA4\xC8\xAF\xB4\xFA"), QStringLiteral("UTF-8"));
        QVERIFY(!r.ok());
        QVERIFY2(r.error().message.contains(QStringLiteral("line 1 is GB18030 (GBK) but the file is read as UTF-8")),
                 qPrintable(r.error().message));
        // A byte no encoding reads is that byte.
        r = TextDecoder::toUtf8(QByteArray("a,b\n1,\xFF\n"), QStringLiteral("UTF-8"));
        QVERIFY(!r.ok());
        QVERIFY2(r.error().message.contains(QStringLiteral("expected UTF-8 text, found byte 0xFF")), qPrintable(r.error().message));
        QCOMPARE(r.error().line, 2);
        QCOMPARE(r.error().column, 3);
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
