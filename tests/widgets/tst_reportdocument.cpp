#include "reportdocument.h"
#include "returnbarchartview.h"

#include "../pdftools.h"

#include <QBuffer>
#include <QFile>
#include <QRegularExpression>
#include <QSaveFile>
#include <QTemporaryDir>
#include <QTest>

using namespace zhisuan::widgets;

// Lays out and writes real PDFs, then reads them back with poppler: what lands on which page, what a reader sees.
class TestReportDocument : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

    static ReportDocument::Table table(const QString &title, int rows)
    {
        ReportDocument::Table t;
        t.title = title;
        t.headers = QStringList{QStringLiteral("Label"), QStringLiteral("Alpha header"), QStringLiteral("Change")};
        t.rightAligned = {false, true, true};
        t.source = QStringLiteral("test source");
        for (int r = 0; r < rows; ++r)
            t.rows << QStringList{QStringLiteral("row%1").arg(r + 1, 3, 10, QLatin1Char('0')), QString::number(r * 1.5, 'f', 2),
                                  QStringLiteral("+0.%1").arg(r % 10)};
        return t;
    }
    QString write(ReportDocument &doc, const QString &name)
    {
        QFile f(m_dir.filePath(name));
        if (!f.open(QIODevice::WriteOnly))
            return {};
        const auto written = doc.write(&f);
        f.close();
        return written ? f.fileName() : QString();
    }
    static QString filler(int lines)
    {
        QStringList words;
        for (int i = 0; i < lines * 14; ++i)
            words << QStringLiteral("filler");
        return words.join(QLatin1Char(' '));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(!pdftools::run(QStringLiteral("pdfinfo"), {QStringLiteral("-v")}).isNull() || QFile::exists(QStringLiteral("/usr/bin/pdfinfo")));
    }

    void longTableContinuesUnderItsHeader()
    {
        ReportDocument doc(QStringLiteral("Brief title"), QStringLiteral("Week of test"));
        doc.addHeading(QStringLiteral("Tables"));
        doc.addTable(table(QStringLiteral("Long table"), 120));
        const QString pdf = write(doc, QStringLiteral("long.pdf"));
        QVERIFY(!pdf.isEmpty());
        QVERIFY2(doc.pageCount() >= 3, "120 rows do not fit on two A4 pages");
        QCOMPARE(pdftools::pages(pdf), doc.pageCount());
        int seen = 0;
        for (int page = 1; page <= doc.pageCount(); ++page) {
            const QString text = pdftools::text(pdf, page);
            QVERIFY2(text.contains(QStringLiteral("Alpha header")), qPrintable(QStringLiteral("header row missing on page %1").arg(page)));
            QCOMPARE(text.contains(QStringLiteral("Table 1: Long table (continued)")), page > 1);
            QVERIFY(text.contains(QStringLiteral("Page %1 of %2").arg(page).arg(doc.pageCount())));
            const int rows = int(text.count(QRegularExpression(QStringLiteral("row\\d{3}"))));
            QVERIFY2(rows >= 3, qPrintable(QStringLiteral("page %1 has %2 rows").arg(page).arg(rows)));
            seen += rows;
            QCOMPARE(text.contains(QStringLiteral("Source: test source, ZhiSuan Board")), page == doc.pageCount());
        }
        QCOMPARE(seen, 120); // every row once
    }

    // The PDF's document title (what a viewer's title bar and a file manager show) names the brief and its week as
    // two parts: "Brief title — Week of test", not "Brief title Week of test".
    void documentTitleSeparatesTheWeek()
    {
        ReportDocument doc(QStringLiteral("Brief title"), QStringLiteral("Week of test"));
        doc.addHeading(QStringLiteral("Tables"));
        doc.addTable(table(QStringLiteral("Short table"), 3));
        const QString pdf = write(doc, QStringLiteral("title.pdf"));
        QVERIFY(!pdf.isEmpty());
        const QString info = pdftools::run(QStringLiteral("pdfinfo"), {pdf});
        QVERIFY2(info.contains(QStringLiteral("Title:           Brief title — Week of test")), qPrintable(info));
    }

    // A firm's name makes the first page's title longer than a line: it wraps, whole, and the subtitle and first
    // heading come under it ("Example Securities Research weekly brief: AI and" was cut at the margin).
    void aLongTitleWrapsWhole()
    {
        const QString title = QStringLiteral("Example Securities Research Institute weekly brief: AI and computing");
        ReportDocument doc(title, QStringLiteral("Week of test"));
        doc.addHeading(QStringLiteral("Tables"));
        doc.addTable(table(QStringLiteral("Short table"), 3));
        const QString pdf = write(doc, QStringLiteral("long-title.pdf"));
        QVERIFY(!pdf.isEmpty());
        const QString text = pdftools::text(pdf, 1).simplified();
        QVERIFY2(text.contains(title), qPrintable(text.left(300)));
        QVERIFY2(text.indexOf(QStringLiteral("Week of test")) > text.indexOf(QStringLiteral("computing")), qPrintable(text.left(300)));
    }

    void shortTableAndItsHeadingMoveTogether()
    {
        // However much text comes before, a heading is never left alone at the bottom of a page and a five-row
        // table is never split: grow the text line by line past the point where the pair must move.
        bool moved = false;
        for (int lines = 30; lines <= 60; ++lines) {
            ReportDocument doc(QStringLiteral("Brief title"), QStringLiteral("Week of test"));
            for (int i = 0; i < lines; ++i)
                doc.addParagraph(QStringLiteral("line%1").arg(i));
            doc.addHeading(QStringLiteral("Late section"));
            doc.addTable(table(QStringLiteral("Short table"), 5));
            const QString pdf = write(doc, QStringLiteral("short.pdf"));
            QVERIFY(!pdf.isEmpty());
            for (int page = 1; page <= doc.pageCount(); ++page) {
                const QString text = pdftools::text(pdf, page);
                const int rows = int(text.count(QRegularExpression(QStringLiteral("row\\d{3}"))));
                if (text.contains(QStringLiteral("Late section"))) {
                    QVERIFY2(rows == 5, qPrintable(QStringLiteral("%1 lines: the heading is on page %2 with %3 of 5 rows").arg(lines).arg(page).arg(rows)));
                    moved = moved || page > 1;
                } else {
                    QCOMPARE(rows, 0);
                }
            }
            QVERIFY(!pdftools::text(pdf).contains(QStringLiteral("(continued)")));
        }
        QVERIFY2(moved, "the text grew long enough to push the section onto page 2");
    }

    void contentsGiveEachSectionsPage()
    {
        ReportDocument doc(QStringLiteral("Brief title"), QStringLiteral("Week of test"));
        doc.addKeyPoints(QStringLiteral("Key points"));
        doc.setKeyPoints({QStringLiteral("First point"), QStringLiteral("Second point")});
        doc.addContents(QStringLiteral("Contents"));
        doc.addPageBreak();
        doc.addHeading(QStringLiteral("Opening section"));
        doc.addTable(table(QStringLiteral("Spanning"), 80));
        doc.addHeading(QStringLiteral("Closing section"));
        doc.addParagraph(QStringLiteral("The end."));
        const QString pdf = write(doc, QStringLiteral("contents.pdf"));
        QVERIFY(!pdf.isEmpty());
        const QString cover = pdftools::text(pdf, 1);
        QVERIFY(cover.contains(QStringLiteral("First point")));
        QVERIFY(cover.contains(QStringLiteral("Second point")));
        const auto entry = [&](const QString &title) {
            const auto m = QRegularExpression(QStringLiteral("\\d+\\s+%1[ .]*(\\d+)").arg(title)).match(cover);
            return m.hasMatch() ? m.captured(1).toInt() : -1;
        };
        QCOMPARE(entry(QStringLiteral("Opening section")), 2);
        const int closing = entry(QStringLiteral("Closing section"));
        QVERIFY2(closing >= 3, "the long table pushes the second section on");
        QVERIFY(pdftools::text(pdf, closing).contains(QStringLiteral("Closing section")));
        QVERIFY(!pdftools::text(pdf, closing - 1).contains(QStringLiteral("Closing section")));
    }

    void figuresAreNumberedVectorsWithEmbeddedFonts()
    {
        ReturnBarChartView chart;
        chart.setTitle(QStringLiteral("Returns (%)"));
        chart.setBars({{QStringLiteral("上证综指"), -3.07, false}, {QStringLiteral("计算机"), -1.68, true}});
        chart.resize(800, 400);
        ReportDocument doc(QStringLiteral("智算看板周报"), QStringLiteral("Week of test"));
        doc.addChart(&chart, QStringLiteral("Index returns"), QStringLiteral("Wind"), 0.45);
        doc.addTable(table(QStringLiteral("After the figure"), 3));
        const QString pdf = write(doc, QStringLiteral("figure.pdf"));
        QVERIFY(!pdf.isEmpty());
        QCOMPARE(doc.figureCount(), 1);
        const QString text = pdftools::text(pdf);
        QVERIFY(text.contains(QStringLiteral("Figure 1: Index returns")));
        QVERIFY(text.contains(QStringLiteral("Source: Wind, ZhiSuan Board")));
        QVERIFY2(text.contains(QStringLiteral("-3.07")) && text.contains(QStringLiteral("-1.68")), "bar labels are drawn as text");
        QVERIFY2(text.contains(QStringLiteral("上证综指")), qPrintable(text));
        const QStringList fonts = pdftools::fonts(pdf);
        QVERIFY2(pdftools::allFontsEmbedded(fonts), qPrintable(fonts.join(QLatin1Char('\n'))));
        QVERIFY2(fonts.join(QLatin1Char('\n')).contains(QRegularExpression(QStringLiteral("WenQuanYi|CJK"))), "a Chinese face is embedded");
    }

    void cancelStopsBeforeTheEnd()
    {
        ReportDocument doc(QStringLiteral("Brief title"), QStringLiteral("Week of test"));
        doc.addTable(table(QStringLiteral("Long table"), 200));
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        int calls = 0;
        const auto written = doc.write(&buffer, [&](int done, int total) {
            ++calls;
            Q_UNUSED(total);
            return done < 1;
        });
        QVERIFY(!written);
        QCOMPARE(written.error().code, QStringLiteral("cancelled"));
        QCOMPARE(calls, 2);
    }
};

QTEST_MAIN(TestReportDocument)
#include "tst_reportdocument.moc"
