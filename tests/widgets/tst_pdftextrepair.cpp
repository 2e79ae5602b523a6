#include "chartexporter.h"
#include "pdftextrepair.h"
#include "returnbarchartview.h"

#include "../pdftools.h"

#include <QFile>
#include <QFontDatabase>
#include <QProcess>
#include <QRawFont>
#include <QTemporaryDir>
#include <QTest>

#include <cctype>

using namespace zhisuan::widgets;

// Writes PDFs through the product's own chart exporter in Noto Sans/Serif CJK, the faces whose radicals share the
// ideographs' glyphs, and reads their text back with poppler as a reader copying from them would (issue 29).
class TestPdfTextRepair : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

    static bool isTwin(char32_t c) { return c >= 0x2E80 && c <= 0x2FDF; }

    // Every ideograph that a radical (CJK radicals supplement, Kangxi radicals) normalizes to under NFKC, in order.
    static QString nfkcTargets()
    {
        QString out;
        for (char32_t c = 0x2E80; c <= 0x2FDF; ++c) {
            const QString n = QString(QChar(char16_t(c))).normalized(QString::NormalizationForm_KC);
            if (n.size() == 1 && n[0].unicode() >= 0x3400 && !out.contains(n))
                out += n;
        }
        return out;
    }
    // The ideographs a font draws with the same glyph as a radical that has no NFKC form (⻢ and 马 in Noto CJK SC).
    static QString glyphTwins(const QFont &font)
    {
        const QRawFont raw = QRawFont::fromFont(font);
        auto glyph = [&](char32_t c) {
            const QList<quint32> g = raw.glyphIndexesForString(QString(QChar(char16_t(c))));
            return g.isEmpty() ? 0u : g[0];
        };
        QHash<quint32, QChar> ideograph;
        for (char32_t c = 0x4E00; c <= 0x9FFF; ++c)
            if (const quint32 g = glyph(c); g && !ideograph.contains(g))
                ideograph.insert(g, QChar(char16_t(c)));
        QString out;
        for (char32_t c = 0x2E80; c <= 0x2EFF; ++c) {
            const quint32 g = glyph(c);
            if (g && ideograph.contains(g) && QString(QChar(char16_t(c))).normalized(QString::NormalizationForm_KC).size() == 1
                && QString(QChar(char16_t(c))).normalized(QString::NormalizationForm_KC)[0] == QChar(char16_t(c)) && !out.contains(ideograph[g]))
                out += ideograph[g];
        }
        return out;
    }
    static QString withoutSpace(QString s)
    {
        s.remove(QRegularExpression(QStringLiteral("\\s+")));
        return s;
    }
    static QStringList twinsIn(const QString &text)
    {
        QStringList out;
        for (const QChar c : text)
            if (isTwin(c.unicode()))
                out << QStringLiteral("U+%1").arg(c.unicode(), 4, 16, QLatin1Char('0')).toUpper();
        return out;
    }
    // pdfinfo's verdict: it exits 0 and reports no syntax error (a broken xref is "reconstructed" with a complaint).
    static QString pdfinfoComplaint(const QString &path)
    {
        QProcess p;
        p.start(QStringLiteral("pdfinfo"), {path});
        if (!p.waitForFinished(60000))
            return QStringLiteral("pdfinfo did not finish");
        const QString err = QString::fromUtf8(p.readAllStandardError());
        return p.exitCode() == 0 && err.trimmed().isEmpty() ? QString() : QStringLiteral("exit %1: %2").arg(p.exitCode()).arg(err);
    }
    static QFont face(const QString &family, bool bold, double points)
    {
        QFont f(family);
        f.setPointSizeF(points);
        f.setBold(bold);
        return f;
    }
    QString exportPdf(const QString &name, const QString &title, const QString &source)
    {
        ReturnBarChartView chart;
        chart.setBars({{QStringLiteral("上证综指"), -3.07, false}, {QStringLiteral("计算机(申万)"), -1.68, true}});
        ChartExporter::Options o;
        o.size = QSize(1600, 1400);
        o.title = title;
        o.source = source;
        o.titleFont = face(QStringLiteral("Noto Sans CJK SC"), false, 11);
        o.sourceFont = face(QStringLiteral("Noto Serif CJK SC"), true, 11);
        const QString path = m_dir.filePath(name);
        const auto written = ChartExporter::exportTo(chart, path, o);
        return written ? path : QString();
    }
    // A PDF written here, not by Qt: one page, one Type 0 font named `font` whose ToUnicode map (deflated, as other
    // writers and later Qt versions write it) gives glyph 1 as 中 and glyph 2 as the Kangxi radical ⼼.
    static QByteArray handWrittenPdf(const QByteArray &font)
    {
        const QByteArray cmap = "/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
                                "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
                                "/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n"
                                "1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n"
                                "1 beginbfchar\n<0001> <4E2D>\nendbfchar\n1 beginbfrange\n<0002> <0002> <2F3C>\nendbfrange\n"
                                "endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n";
        const QByteArray deflated = qCompress(cmap).mid(4); // qCompress: a 4-byte length, then a zlib stream
        const QByteArray content = "BT /F1 24 Tf 10 40 Td <00010002> Tj ET";
        const QList<QByteArray> objects{
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 100] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
            "<< /Length " + QByteArray::number(content.size()) + " >>\nstream\n" + content + "\nendstream",
            "<< /Type /Font /Subtype /Type0 /BaseFont /" + font + " /Encoding /Identity-H /DescendantFonts [6 0 R] /ToUnicode 7 0 R >>",
            "<< /Type /Font /Subtype /CIDFontType2 /BaseFont /" + font
                + " /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /FontDescriptor 8 0 R /CIDToGIDMap /Identity >>",
            "<< /Length " + QByteArray::number(deflated.size()) + " /Filter /FlateDecode >>\nstream\n" + deflated + "\nendstream",
            "<< /Type /FontDescriptor /FontName /" + font
                + " /Flags 4 /FontBBox [0 -120 1000 880] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 700 /StemV 80 >>"};
        QByteArray pdf = "%PDF-1.4\n";
        QList<qsizetype> offsets;
        for (int i = 0; i < objects.size(); ++i) {
            offsets << pdf.size();
            pdf += QByteArray::number(i + 1) + " 0 obj\n" + objects[i] + "\nendobj\n";
        }
        const qsizetype xref = pdf.size();
        pdf += "xref\n0 " + QByteArray::number(objects.size() + 1) + "\n0000000000 65535 f \n";
        for (qsizetype o : offsets)
            pdf += QByteArray::number(o).rightJustified(10, '0') + " 00000 n \n";
        pdf += "trailer\n<< /Size " + QByteArray::number(objects.size() + 1) + " /Root 1 0 R >>\nstartxref\n" + QByteArray::number(xref) + "\n%%EOF\n";
        return pdf;
    }
    QString saved(const QString &name, const QByteArray &bytes)
    {
        QFile f(m_dir.filePath(name));
        if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
            return {};
        return f.fileName();
    }
    static QByteArray read(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        for (const QString &family : {QStringLiteral("Noto Sans CJK SC"), QStringLiteral("Noto Serif CJK SC")})
            QVERIFY2(QFontDatabase::families().contains(family), qPrintable(family + QStringLiteral(" is not installed (./dev installs it)")));
    }

    // The characters a client copies out of the PDF are the ones drawn: every ideograph that has a radical twin,
    // in a sans and a serif face, regular and bold, beside ordinary Latin text and digits.
    void radicalTwinsCopyAsTheirIdeographs()
    {
        const QString ideographs = nfkcTargets();
        QVERIFY2(ideographs.size() > 200, qPrintable(QString::number(ideographs.size())));
        const QString supplement = glyphTwins(face(QStringLiteral("Noto Sans CJK SC"), false, 11));
        QVERIFY2(supplement.contains(QStringLiteral("马")), qPrintable(supplement)); // ⻢ U+2EE2 is drawn as 马
        // Latin words without digits: Noto CJK's digits after a Latin letter are glyph variants Qt maps to nothing, which
        // the product avoids by drawing Latin text in a Latin face (reportFont, the charts' fonts).
        // The title is one line: the radicals supplement's twins there, in sans; every NFKC twin in the source, in serif.
        const QString title = QStringLiteral("中心，Weekly brief：") + supplement;
        const QString source = QStringLiteral("华为昇腾 Centre：") + ideographs;
        const QString path = exportPdf(QStringLiteral("twins.pdf"), title, source);
        QVERIFY(!path.isEmpty());
        QCOMPARE(pdfinfoComplaint(path), QString());
        QVERIFY2(pdftools::fonts(path).filter(QStringLiteral("Serif")).size() >= 1, "the source line is in a second CJK face");
        const QString text = pdftools::run(QStringLiteral("pdftotext"), {path, QStringLiteral("-")});
        QCOMPARE(twinsIn(text), QStringList());
        const QString flat = withoutSpace(text);
        QVERIFY2(flat.contains(withoutSpace(title)), qPrintable(flat.left(200)));
        QVERIFY2(flat.contains(withoutSpace(source)), qPrintable(flat.right(200)));
    }

    // What Qt wrote, unrepaired, does have the defect: the rewrite is what fixes it (and the test would see it return).
    void qtAloneWritesTheRadicals()
    {
        const QString path = exportPdf(QStringLiteral("plain.pdf"), QStringLiteral("中心"), QStringLiteral("大"));
        QVERIFY(!path.isEmpty());
        const QByteArray repaired = read(path);
        QVERIFY(!repaired.isEmpty());
        QCOMPARE(PdfTextRepair::repaired(repaired), repaired); // a second pass has nothing left to do
        QVERIFY(repaired.contains("<5FC3>"));                  // 心 in the ToUnicode map
        QVERIFY(!repaired.contains("<2F3C>"));                 // not ⼼
    }

    // A deflated map is inflated, rewritten and deflated again; a font that is not installed (so no glyphs to compare)
    // falls back on NFKC, and the subset tag before its name is not part of it.
    void aDeflatedMapOfAnUninstalledFontIsRepairedByNormalization()
    {
        const QByteArray pdf = handWrittenPdf("ABCDEF+NotInstalledSansCJK");
        const QString before = saved(QStringLiteral("hand.pdf"), pdf);
        QVERIFY(!before.isEmpty());
        QCOMPARE(withoutSpace(pdftools::text(before)), QStringLiteral("中⼼")); // what a reader copied before
        const QByteArray out = PdfTextRepair::repaired(pdf);
        QVERIFY(out.contains("/Filter /FlateDecode"));
        QVERIFY(!out.contains("<2F3C>") && !out.contains("<5FC3>")); // still deflated
        const QString after = saved(QStringLiteral("hand-repaired.pdf"), out);
        QCOMPARE(withoutSpace(pdftools::text(after)), QStringLiteral("中心"));
        QCOMPARE(pdftools::pages(after), 1);
    }

    // A file the rewrite cannot follow is handed on as it was, byte for byte.
    void whatCannotBeParsedIsLeftAsItIs_data()
    {
        QTest::addColumn<QByteArray>("damage");
        QTest::newRow("not a PDF") << QByteArray("not a PDF");
        QTest::newRow("startxref points nowhere") << QByteArray("startxref");
        QTest::newRow("an incremental update") << QByteArray("prev");
        QTest::newRow("a stream length that misses endstream") << QByteArray("length");
        QTest::newRow("a stream length past any file") << QByteArray("huge length"); // found by fuzz_pdftext
    }
    void whatCannotBeParsedIsLeftAsItIs()
    {
        QFETCH(QByteArray, damage);
        const QString path = exportPdf(QStringLiteral("damage.pdf"), QStringLiteral("中心"), QStringLiteral("大"));
        QByteArray pdf = read(path);
        QVERIFY(!pdf.isEmpty());
        // The bytes QPdfWriter wrote, before the repair: 心 is ⼼ in them.
        const qsizetype at = pdf.indexOf("<5FC3>");
        QVERIFY(at > 0);
        pdf.replace(at, 6, "<2F3C>");
        if (damage == "not a PDF")
            pdf = "not a PDF <2F3C>";
        else if (damage == "startxref")
            pdf.replace(pdf.lastIndexOf("startxref"), 9, "startxref\n1 ");
        else if (damage == "prev")
            pdf += "xref\n0 1\n0000000000 65535 f \ntrailer\n<< /Size 1 /Prev 9 >>\nstartxref\n" + QByteArray::number(pdf.size()) + "\n%%EOF\n";
        else if (damage == "length") { // the same width, another number: the stream no longer ends at "endstream"
            const qsizetype digit = pdf.lastIndexOf("/Length ", at) + 8;
            pdf[digit] = pdf[digit] == '1' ? '2' : '1';
        } else if (damage == "huge length") { // 2^63 - 8: added to the stream's offset it overflowed (UBSan)
            const qsizetype digits = pdf.lastIndexOf("/Length ", at) + 8;
            qsizetype end = digits;
            while (end < pdf.size() && std::isdigit(uchar(pdf[end])))
                ++end;
            const QByteArray huge = "9223372036854775800";
            const qsizetype longer = huge.size() - (end - digits);
            pdf.replace(digits, end - digits, huge);
            pdf.remove(at + longer + 6, longer); // as many bytes fewer in the map itself: no object moves, the xref holds
        }
        QCOMPARE(PdfTextRepair::repaired(pdf), pdf);
    }

    // Without the damage the same bytes are repaired, and only the map changes: the file still reads as before.
    void theRepairMovesTheXrefWithTheStreams()
    {
        const QString path = exportPdf(QStringLiteral("moved.pdf"), QStringLiteral("中心"), QStringLiteral("大"));
        QByteArray pdf = read(path);
        const qsizetype at = pdf.indexOf("<5FC3>");
        QVERIFY(at > 0);
        pdf.replace(at, 6, "<2F3C>");
        // Qt's first range, .notdef to nothing, made a two-code range from ⼼: the repair spells it out as an array,
        // so the stream grows and every later object moves.
        const qsizetype first = pdf.lastIndexOf("<0000> <0000> <0000>", at);
        QVERIFY(first > 0);
        pdf.replace(first, 20, "<0000> <0001> <2F3C>");
        const QByteArray out = PdfTextRepair::repaired(pdf);
        QVERIFY(out != pdf);
        QVERIFY(out.contains("<5FC3>"));
        QFile f(m_dir.filePath(QStringLiteral("moved-out.pdf")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(out);
        f.close();
        QCOMPARE(pdfinfoComplaint(f.fileName()), QString());
        QVERIFY(withoutSpace(pdftools::text(f.fileName())).contains(QStringLiteral("中心")));
    }
};

QTEST_MAIN(TestPdfTextRepair)
#include "tst_pdftextrepair.moc"
