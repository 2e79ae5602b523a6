#include "benchmarkbarchartview.h"
#include "chartexporter.h"
#include "chartsurface.h"
#include "efficiencyscatterview.h"
#include "exportoptionsdialog.h"
#include "historychartview.h"
#include "pricescatterview.h"
#include "returnbarchartview.h"

#include <QDate>
#include <QFile>
#include <QLineEdit>
#include <QProcess>
#include <QRegularExpression>
#include <QImage>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace zhisuan::widgets;

class TestChartExporter : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    static ReturnBarChartView *chart(QWidget *parent = nullptr)
    {
        auto *view = new ReturnBarChartView(parent);
        view->setBars({{QStringLiteral("上证综指"), -3.07, false}, {QStringLiteral("创业板指"), -3.82, false},
                       {QStringLiteral("计算机(申万)"), -1.68, true}});
        return view;
    }
    static ChartExporter::Options options()
    {
        ChartExporter::Options o;
        o.size = QSize(800, 500);
        o.scale = 2;
        o.title = QStringLiteral("指数与行业周涨跌幅（%）");
        o.source = QStringLiteral("Wind，iFinD");
        return o;
    }
    // One chart of each of our chart classes, with a title of its own and figures a reader would look for.
    static std::unique_ptr<QWidget> chartOfClass(const QString &kind)
    {
        if (kind == QLatin1String("ReturnBarChartView")) {
            std::unique_ptr<ReturnBarChartView> view(chart());
            view->setTitle(QStringLiteral("Own title"));
            return view;
        }
        if (kind == QLatin1String("HistoryChartView")) {
            auto view = std::make_unique<HistoryChartView>();
            view->setTitle(QStringLiteral("Own title"));
            view->setSeries(QStringLiteral("PE TTM"), {{QDate(2024, 1, 5), 41.5}, {QDate(2024, 3, 1), 52.25}, {QDate(2024, 5, 10), 47.0}},
                            {{QStringLiteral("90th percentile"), 60}});
            return view;
        }
        if (kind == QLatin1String("EfficiencyScatterView")) {
            auto view = std::make_unique<EfficiencyScatterView>();
            view->setTitle(QStringLiteral("Own title"));
            view->setChips({{QStringLiteral("昇腾910B"), 400, 320, true}, {QStringLiteral("H100"), 700, 989, false}}, 0.8,
                           QStringLiteral("Rule line"), QStringLiteral("Domestic"), QStringLiteral("Overseas"), QStringLiteral("TDP (W)"),
                           QStringLiteral("FP16 TFLOPS"));
            return view;
        }
        if (kind == QLatin1String("BenchmarkBarChartView")) {
            auto view = std::make_unique<BenchmarkBarChartView>();
            view->setTitle(QStringLiteral("Own title"));
            view->setBars({QStringLiteral("MMLU"), QStringLiteral("MT-Bench (×10)")},
                          {{QStringLiteral("DeepSeek-V2"), {77.8, 89.7}, {QStringLiteral("a"), QStringLiteral("b")}}}, QStringLiteral("Score"));
            return view;
        }
        auto view = std::make_unique<PriceScatterView>();
        view->setTitle(QStringLiteral("Own title"));
        view->setPoints({{QStringLiteral("DeepSeek-V2"), 2, 7.8, true, QStringLiteral("tip"), QStringLiteral("DeepSeek-V2 (¥2, 7.8)")},
                         {QStringLiteral("GPT-4o"), 110, 8.2, false, QStringLiteral("tip"), QString()}},
                        {QStringLiteral("Output price"), QStringLiteral("AlignBench"), QStringLiteral("Domestic"), QStringLiteral("Overseas"),
                         QStringLiteral("Pareto frontier")});
        return view;
    }
    static QString svgText(const QString &path)
    {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return {};
        QXmlStreamReader xml(&f);
        QString text;
        while (!xml.atEnd())
            if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == QLatin1String("text"))
                text += xml.readElementText(QXmlStreamReader::IncludeChildElements) + QLatin1Char('\n');
        // A text run per script ("昇腾", "910", "B"): compared without the white space between them.
        return xml.hasError() ? QString() : text.remove(QRegularExpression(QStringLiteral("\\s")));
    }
    // The returns chart exported as SVG to a file of this name: the export's error (empty on success) and the bytes.
    std::pair<QString, QByteArray> exportedSvg(const QString &fileName) const
    {
        std::unique_ptr<ReturnBarChartView> view(chart());
        const QString path = m_dir.filePath(fileName);
        const auto exported = ChartExporter::exportTo(view.get(), path, options());
        QFile f(path);
        return {exported ? QString() : exported.error().message, f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray()};
    }
    static int inkPixels(const QImage &image)
    {
        int ink = 0;
        for (int y = 0; y < image.height(); y += 3)
            for (int x = 0; x < image.width(); x += 3)
                if (image.pixelColor(x, y).lightness() < 200)
                    ++ink;
        return ink;
    }

private slots:
    // The map's source names two reports: in English one line ran past the frame and off the brief's page
    // ("…Huafu Securities Co"). A source longer than the width runs on to more lines inside the margins.
    void aLongSourceLineWrapsInsideTheFrame()
    {
        std::unique_ptr<ReturnBarChartView> view(chart());
        auto o = options();
        o.size = QSize(600, 400);
        o.scale = 1;
        o.source = QStringLiteral("Minsheng Securities Computer Weekly 2024-08-17 (White Paper on Intelligent Computing Industry "
                                  "Development); Huafu Securities Compute Weekly Tracker 2024-08-28");
        const QImage image = ChartExporter::image(view.get(), o);
        QCOMPARE(image.size(), QSize(600, 400));
        // The source's grey text (0x5F6B7A) in the bottom strip: its rightmost pixel inside the 16-px margin, on
        // two or more lines.
        int right = 0;
        QList<int> textRows;
        for (int y = 300; y < image.height(); ++y) {
            bool any = false;
            for (int x = 0; x < image.width(); ++x) {
                const QColor c = image.pixelColor(x, y);
                if (c.lightness() < 200 && std::abs(c.blue() - c.red()) > 10) { // grey-blue text, not the bars' red or green
                    right = std::max(right, x);
                    any = true;
                }
            }
            if (any && (textRows.isEmpty() || textRows.last() != y - 1))
                textRows << y; // the first row of each band of text
            else if (any)
                textRows.last() = y;
        }
        QVERIFY2(right > 0 && right <= image.width() - 16, qPrintable(QString::number(right)));
        QVERIFY2(textRows.size() >= 2, qPrintable(QString::number(textRows.size())));
    }

    // "Computers (CI…" under a bar with room for the whole name, in the brief's Figure 1 and the exports: Qt elided
    // category names that fit their slot. Each name is written out whole when it fits, at the brief's width too.
    void categoryNamesThatFitAreNotElided_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::newRow("brief figure") << QSize(700, 330);
        QTest::newRow("export") << QSize(1200, 720);
    }
    void categoryNamesThatFitAreNotElided()
    {
        QFETCH(QSize, size);
        ReturnBarChartView view;
        view.setBars({{QStringLiteral("ChiNext"), -0.26, false}, {QStringLiteral("CSI 300"), 0.42, false},
                      {QStringLiteral("SZSE SME"), -0.88, false}, {QStringLiteral("Computers (CITIC)"), 0.11, true}});
        auto o = options();
        o.size = size;
        const QString path = m_dir.filePath(QStringLiteral("categories.svg"));
        QVERIFY(ChartExporter::exportTo(view, path, o).ok());
        const QString text = svgText(path);
        QVERIFY2(text.contains(QStringLiteral("Computers(CITIC)")) && !text.contains(QChar(0x2026)), qPrintable(text));
    }

    void belowTheMinimumSizeTheChartShrinksAndStillFillsTheWidth()
    {
        // 400×250 leaves the chart less height than its minimum (260): it is drawn smaller, not clipped, and spans
        // the width instead of leaving the right half empty.
        std::unique_ptr<ReturnBarChartView> view(chart());
        auto o = options();
        o.size = QSize(400, 250);
        o.scale = 1;
        const QImage image = ChartExporter::image(view.get(), o);
        int right = 0, bottom = 0;
        for (int y = 0; y < image.height(); ++y)
            for (int x = 0; x < image.width(); ++x)
                if (image.pixelColor(x, y).saturation() > 120) { // the bars' colours
                    right = std::max(right, x);
                    bottom = std::max(bottom, y);
                }
        QVERIFY2(right > image.width() * 3 / 4, qPrintable(QStringLiteral("bars end at x = %1").arg(right)));
        QVERIFY2(bottom < image.height() - 20, "bars above the source line");
    }

    // Issue 27: the exporter talks to ChartSurface only. Each chart class exported through it draws its series and
    // labels, the export's title replaces the chart's own (which is back afterwards), and its table holds the figures.
    void eachChartClassExportsThroughItsSurface_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QStringList>("drawn");
        QTest::addColumn<QString>("inTable");
        QTest::newRow("return bars") << QStringLiteral("ReturnBarChartView")
                                     << QStringList{QStringLiteral("创业板指"), QStringLiteral("-3.82"), QStringLiteral("-1.68")} << QStringLiteral("-3.82%");
        QTest::newRow("history") << QStringLiteral("HistoryChartView")
                                 << QStringList{QStringLiteral("PE TTM"), QStringLiteral("90th percentile"), QStringLiteral("2024-")}
                                 << QStringLiteral("52.25");
        QTest::newRow("efficiency scatter") << QStringLiteral("EfficiencyScatterView")
                                            << QStringList{QStringLiteral("昇腾910B"), QStringLiteral("H100"), QStringLiteral("Rule line"),
                                                           QStringLiteral("TDP (W)")}
                                            << QStringLiteral("昇腾910B");
        QTest::newRow("benchmark bars") << QStringLiteral("BenchmarkBarChartView")
                                        << QStringList{QStringLiteral("DeepSeek-V2"), QStringLiteral("MMLU"), QStringLiteral("MT-Bench (×10)"),
                                                       QStringLiteral("Score")}
                                        << QStringLiteral("89.7");
        QTest::newRow("price scatter") << QStringLiteral("PriceScatterView")
                                       << QStringList{QStringLiteral("DeepSeek-V2 (¥2, 7.8)"), QStringLiteral("Pareto frontier"),
                                                      QStringLiteral("AlignBench"), QStringLiteral("Overseas")}
                                       << QStringLiteral("GPT-4o");
    }
    void eachChartClassExportsThroughItsSurface()
    {
        QFETCH(QString, kind);
        QFETCH(QStringList, drawn);
        QFETCH(QString, inTable);
        const std::unique_ptr<QWidget> widget = chartOfClass(kind);
        ChartSurface *surface = ChartSurface::from(widget.get());
        QVERIFY(surface);
        QVERIFY(surface->hasContent());
        QCOMPARE(surface->title(), QStringLiteral("Own title"));
        const QString path = m_dir.filePath(kind + QStringLiteral(".svg"));
        QVERIFY(ChartExporter::exportTo(*surface, path, options()).ok());
        const QString text = svgText(path);
        for (const QString &label : drawn)
            QVERIFY2(text.contains(QString(label).remove(u' ')), qPrintable(label + QStringLiteral(" not in: ") + text.left(400)));
        QVERIFY(text.contains(options().title));
        QVERIFY2(!text.contains(QStringLiteral("Owntitle")), "one title, the export's");
        QCOMPARE(surface->title(), QStringLiteral("Own title"));
        // Without an export title the chart's own is drawn.
        auto untitled = options();
        untitled.title.clear();
        QVERIFY(ChartExporter::exportTo(*surface, path, untitled).ok());
        QVERIFY(svgText(path).contains(QStringLiteral("Owntitle")));
        const ChartSurface::Table table = surface->table();
        QVERIFY(!table.columns.isEmpty());
        bool found = false;
        for (const QStringList &row : table.rows) {
            QCOMPARE(row.size(), table.columns.size());
            found = found || row.contains(inTable);
        }
        QVERIFY2(found, qPrintable(inTable));
    }

    void aWidgetThatDrawsNoChartIsRefused()
    {
        QWidget plain;
        plain.setObjectName(QStringLiteral("plain"));
        QVERIFY(!ChartSurface::from(&plain));
        QVERIFY(ChartExporter::exportTo(&plain, m_dir.filePath(QStringLiteral("plain.png")), options()).error().message.contains(QStringLiteral("plain")));
    }

    void pngHasTheRequestedSizeAndIsNotBlank()
    {
        std::unique_ptr<ReturnBarChartView> view(chart());
        view->resize(420, 300); // the window's size must not matter
        const QString path = m_dir.filePath(QStringLiteral("returns.png"));
        QVERIFY(ChartExporter::exportTo(view.get(), path, options()).ok());
        QImage image(path);
        QCOMPARE(image.size(), QSize(1600, 1000)); // 800×500 at 2×
        QVERIFY(inkPixels(image) > 500);
        QCOMPARE(view->size(), QSize(420, 300)); // put back
        QCOMPARE(image.pixelColor(2, 2), QColor(Qt::white));
        auto transparent = options();
        transparent.transparent = true;
        QCOMPARE(ChartExporter::image(view.get(), transparent).pixelColor(2, 2).alpha(), 0);
    }

    void aChartOnAHiddenTabIsExportedToo()
    {
        QTabWidget tabs;
        tabs.addTab(new QWidget, QStringLiteral("first"));
        auto *hidden = chart();
        tabs.addTab(hidden, QStringLiteral("second"));
        tabs.show();
        QVERIFY(QTest::qWaitForWindowExposed(&tabs));
        const QImage image = ChartExporter::image(hidden, options());
        QVERIFY(inkPixels(image) > 500);
        QCOMPARE(tabs.currentIndex(), 0); // the user's tab is back
    }

    void svgParsesAndKeepsTextReadable()
    {
        const auto [error, svg] = exportedSvg(QStringLiteral("returns.svg"));
        QCOMPARE(error, QString());
        QXmlStreamReader xml(svg);
        QString text;
        while (!xml.atEnd()) {
            if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == QLatin1String("text"))
                text += xml.readElementText(QXmlStreamReader::IncludeChildElements);
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QVERIFY2(text.contains(QStringLiteral("指数与行业周涨跌幅")), qPrintable(text.left(200)));
        QVERIFY(text.contains(QStringLiteral("ZhiSuan Board")));
    }

    // Issue 29: a viewer reads the family an SVG text names; the Latin-only "Noto Sans" drew the Chinese labels in
    // a fallback face or as boxes. Every text names a Chinese family the package depends on first.
    void svgNamesAChineseFamilyFirst()
    {
        const auto [error, svg] = exportedSvg(QStringLiteral("families.svg"));
        QCOMPARE(error, QString());
        QXmlStreamReader xml(svg);
        int named = 0;
        while (!xml.atEnd()) {
            if (xml.readNext() != QXmlStreamReader::StartElement || !xml.attributes().hasAttribute(QStringLiteral("font-family")))
                continue;
            const QString families = xml.attributes().value(QStringLiteral("font-family")).toString();
            QVERIFY2(families.startsWith(QStringLiteral("'Noto Sans CJK SC', 'WenQuanYi Micro Hei', ")), qPrintable(families));
            ++named;
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QVERIFY(named > 5); // the title, the source line, the axes and the bar labels
    }

    void pdfIsOneVectorPageWithCjkFontsEmbedded()
    {
        std::unique_ptr<ReturnBarChartView> view(chart());
        const QString path = m_dir.filePath(QStringLiteral("returns.pdf"));
        QVERIFY(ChartExporter::exportTo(view.get(), path, options()).ok());
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray pdf = f.readAll();
        QVERIFY(pdf.startsWith("%PDF-"));
        QCOMPARE(pdf.count("/Type /Page\n") + pdf.count("/Type /Page\r") + pdf.count("/Type /Page "), 1);
        QVERIFY(pdf.contains("/FontFile2")); // embedded
        QVERIFY2(pdf.contains("CJK") || pdf.contains("WenQuanYi"), "a Chinese face (Noto Sans CJK or WenQuanYi) is embedded for the title");
        QVERIFY2(QString::fromLatin1(pdf).contains(QRegularExpression(QStringLiteral("/MediaBox \\[0 0 600(\\.0*)? 375(\\.0*)?\\]"))),
                 "800×500 px at 96 dpi is a 600×375 pt page");

        // Rasterised at 96 dpi the PDF is the PNG at 1×: same layout and type sizes, so about the same ink.
        QProcess poppler;
        poppler.start(QStringLiteral("pdftoppm"), {QStringLiteral("-r"), QStringLiteral("96"), QStringLiteral("-png"), QStringLiteral("-singlefile"),
                                                  path, m_dir.filePath(QStringLiteral("returns-pdf"))});
        QVERIFY(poppler.waitForFinished(60000));
        const QImage fromPdf(m_dir.filePath(QStringLiteral("returns-pdf.png")));
        QCOMPARE(fromPdf.size(), QSize(800, 500));
        auto one = options();
        one.scale = 1;
        const int png = inkPixels(ChartExporter::image(view.get(), one)), vector = inkPixels(fromPdf);
        QVERIFY2(vector > png * 0.8 && vector < png * 1.25, qPrintable(QStringLiteral("ink: PDF %1, PNG %2").arg(vector).arg(png)));
    }

    void unknownFormatIsRefused()
    {
        std::unique_ptr<ReturnBarChartView> view(chart());
        QVERIFY(ChartExporter::exportTo(view.get(), m_dir.filePath(QStringLiteral("x.gif")), options()).error().message.contains(QStringLiteral("expected a .png, .svg or .pdf")));
    }

    // Issue 27: the dialog reads no settings. It starts from the choice the app hands in and hands back the user's.
    void exportDialogStartsFromTheChoiceHandedIn()
    {
        ExportChoice initial;
        initial.options.size = QSize(900, 600);
        initial.options.scale = 3;
        initial.options.transparent = true;
        initial.format = QStringLiteral("svg");
        initial.nameTemplate = QStringLiteral("周报_{date}_{chart}");
        {
            ExportOptionsDialog dialog(ExportOptionsDialog::Mode::ManyCharts, initial);
            auto *names = dialog.findChild<QLineEdit *>(QStringLiteral("nameTemplate"));
            QVERIFY(names);
            QCOMPARE(names->text(), initial.nameTemplate);
            QCOMPARE(dialog.format(), QStringLiteral("svg"));
            QCOMPARE(dialog.options().size, QSize(900, 600));
            QCOMPARE(dialog.options().scale, 3);
            QVERIFY(dialog.options().transparent);
            names->setText(QStringLiteral("周报_{date}")); // no {chart}: the charts would overwrite each other
            QCOMPARE(dialog.choice().nameTemplate, QStringLiteral("周报_{date}_{chart}"));
        }
        ExportOptionsDialog one(ExportOptionsDialog::Mode::OneChart, initial);
        QVERIFY(!one.findChild<QLineEdit *>(QStringLiteral("nameTemplate"))); // one file: no template
        QCOMPARE(one.choice().nameTemplate, initial.nameTemplate);           // and the kept one is handed back as it was
        QCOMPARE(ExportOptionsDialog().format(), QStringLiteral("png"));     // nothing kept: the defaults
    }
};

QTEST_MAIN(TestChartExporter)
#include "tst_chartexporter.moc"
