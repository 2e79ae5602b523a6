#include "efficiencyscatterview.h"

#include <cmath>

#include <QChart>
#include <QChartView>
#include <QImage>
#include <QLegend>
#include <QTest>

using namespace zhisuan::widgets;

// The chip scatter names every chip beside its point without names covering each other or other points: the
// seed chips crowd between 150 W and 400 W (two at the very same point).
class TestEfficiencyScatterView : public QObject
{
    Q_OBJECT
private:
    static QList<EfficiencyScatterView::Chip> seedChips()
    {
        return {{QStringLiteral("昇腾310"), 8, 8, true},          {QStringLiteral("昇腾910"), 310, 320, true},
                {QStringLiteral("MLU370-S4"), 75, 96, true},      {QStringLiteral("MLU370-X4"), 150, 96, true},
                {QStringLiteral("MLU370-X8"), 250, 96, true},     {QStringLiteral("云燧T20"), 300, 128, true},
                {QStringLiteral("云燧T21"), 300, 128, true},      {QStringLiteral("云燧i20"), 150, 128, true},
                {QStringLiteral("A100 80GB PCIe"), 300, 312, false}, {QStringLiteral("A100 80GB SXM"), 400, 312, false},
                {QStringLiteral("H100 SXM"), 700, 1979, false},   {QStringLiteral("H100 PCIe"), 350, 1513, false},
                {QStringLiteral("H20"), 400, 148, false}};
    }

private slots:
    // The legend draws what the plot draws (review of session 13: three squares): in the legend's strip, the domestic
    // key is a round red disc (a square fills its box), the threshold a flat orange stroke, not a block.
    void legendKeysAreDrawnAsThePlotDrawsThem()
    {
        EfficiencyScatterView view;
        view.setChips(seedChips(), 0.5, QStringLiteral("0.5 TFLOPS/W"), QStringLiteral("Domestic"), QStringLiteral("Overseas"),
                      QStringLiteral("TDP (W)"), QStringLiteral("FP16 (TFLOPS)"));
        view.resize(1000, 600);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        auto *chartView = view.findChild<QChartView *>();
        QTRY_VERIFY(chartView->chart()->legend()->geometry().height() > 0);
        const QImage image = chartView->grab().toImage();
        const QRect strip = chartView->mapFromScene(chartView->chart()->mapToScene(chartView->chart()->legend()->geometry()))
                                .boundingRect()
                                .intersected(image.rect());
        auto box = [&](auto isColour, int *count) {
            QRect r;
            *count = 0;
            for (int y = strip.top(); y <= strip.bottom(); ++y)
                for (int x = strip.left(); x <= strip.right(); ++x)
                    if (isColour(QColor(image.pixel(x, y)))) {
                        r |= QRect(x, y, 1, 1);
                        ++*count;
                    }
            return r;
        };
        int red = 0, orange = 0;
        const QRect disc = box([](const QColor &c) { return c.red() > 170 && c.green() < 90 && c.blue() < 80; }, &red);
        const QRect stroke = box([](const QColor &c) { return c.red() > 200 && c.green() > 100 && c.green() < 150 && c.blue() < 80; }, &orange);
        QVERIFY2(disc.width() >= 6 && red < 0.9 * disc.width() * disc.height(),
                 qPrintable(QStringLiteral("%1 red pixels in %2×%3").arg(red).arg(disc.width()).arg(disc.height())));
        QVERIFY2(stroke.width() >= 2 * stroke.height() && stroke.height() <= 4,
                 qPrintable(QStringLiteral("orange key %1×%2").arg(stroke.width()).arg(stroke.height())));
    }

    void namesNeitherOverlapNorCoverPoints_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::addColumn<int>("maxHidden");
        QTest::newRow("dashboard") << QSize(1160, 380) << 0;
        QTest::newRow("report figure") << QSize(700, 380) << 2;
        QTest::newRow("large export") << QSize(1600, 900) << 0;
    }

    void namesNeitherOverlapNorCoverPoints()
    {
        QFETCH(QSize, size);
        QFETCH(int, maxHidden);
        EfficiencyScatterView view;
        view.setChips(seedChips(), 0.5, QStringLiteral("0.5 TFLOPS/W"), QStringLiteral("Domestic"), QStringLiteral("Overseas"),
                      QStringLiteral("TDP (W)"), QStringLiteral("FP16 (TFLOPS)"));
        view.resize(size);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QTRY_COMPARE(view.findChild<QChartView *>()->chart()->plotArea().width() > size.width() / 2, true);
        const QList<QRectF> labels = view.labelRects();
        const QList<QRectF> markers = view.markerRects();
        QCOMPARE(labels.size() + view.hiddenLabelCount(), 13);
        QVERIFY2(view.hiddenLabelCount() <= maxHidden, qPrintable(QString::number(view.hiddenLabelCount())));
        const QRectF plot = view.findChild<QChartView *>()->chart()->plotArea();
        for (int i = 0; i < labels.size(); ++i) {
            QVERIFY(plot.contains(labels[i]));
            for (int j = i + 1; j < labels.size(); ++j)
                QVERIFY2(!labels[i].intersects(labels[j]), qPrintable(QStringLiteral("labels %1 and %2 overlap").arg(i).arg(j)));
            for (const QRectF &m : markers)
                QVERIFY2(!labels[i].intersects(m), "a name covers a point");
        }
        // Every name stays close to some point (its own: placement only looks within three rings).
        for (const QRectF &l : labels) {
            double nearest = 1e9;
            for (const QRectF &m : markers)
                nearest = std::min(nearest, QLineF(m.center(), QPointF(std::clamp(m.center().x(), l.left(), l.right()),
                                                                          std::clamp(m.center().y(), l.top(), l.bottom()))).length());
            QVERIFY2(nearest < 45, qPrintable(QString::number(nearest)));
        }
    }

    // Issue 16: the log axes tick round numbers, several of them, not a lone "100": the seed's chips (75–400 W,
    // 64–320 TFLOPS once the sparse and TOPS figures are left out) sit inside one decade on each axis.
    void logAxesTickRoundNumbers()
    {
        QList<EfficiencyScatterView::Chip> judged;
        for (const auto &chip : seedChips())
            if (chip.tdp >= 75 && chip.fp16 >= 64 && chip.fp16 <= 320)
                judged << chip;
        QVERIFY(judged.size() >= 5);
        EfficiencyScatterView view;
        view.setChips(judged, 0.5, QStringLiteral("0.5 TFLOPS/W"), QStringLiteral("Domestic"), QStringLiteral("Overseas"),
                      QStringLiteral("TDP (W)"), QStringLiteral("FP16 (TFLOPS)"));
        view.resize(1160, 380);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        const QStringList xs = view.tickLabels(Qt::Horizontal), ys = view.tickLabels(Qt::Vertical);
        QVERIFY2(xs.size() >= 4, qPrintable(xs.join(u' ')));
        QVERIFY2(ys.size() >= 3, qPrintable(ys.join(u' ')));
        QVERIFY2(xs.contains(QStringLiteral("100")) && xs.contains(QStringLiteral("200")), qPrintable(xs.join(u' ')));
        // Every tick is a 1, 2 or 5 times a power of ten, and they rise.
        for (const QStringList &ticks : {xs, ys}) {
            double previous = 0;
            for (const QString &t : ticks) {
                const double v = QLocale().toDouble(t);
                QVERIFY2(v > previous, qPrintable(t));
                const double mantissa = v / std::pow(10.0, std::floor(std::log10(v) + 1e-9));
                QVERIFY2(std::abs(mantissa - 1) < 1e-6 || std::abs(mantissa - 2) < 1e-6 || std::abs(mantissa - 5) < 1e-6, qPrintable(t));
                previous = v;
            }
        }
        // The points stay where the figures put them against the ticks: 昇腾910 (310 W, 320 TFLOPS) lies between
        // the 200 W and 500 W ticks and between the 200 and 500 TFLOPS ones.
        QCOMPARE(view.markerRects().size(), judged.size());
        QRectF ascend;
        for (int i = 0; i < judged.size(); ++i)
            if (judged[i].name == QStringLiteral("昇腾910"))
                ascend = view.markerRects()[i];
        QVERIFY(!ascend.isNull());
        QAbstractSeries *series = view.findChild<QChartView *>()->chart()->series().constFirst();
        const QPointF low = view.findChild<QChartView *>()->chart()->mapToPosition(QPointF(std::log10(200.0), std::log10(200.0)), series);
        const QPointF high = view.findChild<QChartView *>()->chart()->mapToPosition(QPointF(std::log10(500.0), std::log10(500.0)), series);
        QVERIFY(ascend.center().x() > low.x() && ascend.center().x() < high.x());
        QVERIFY(ascend.center().y() < low.y() && ascend.center().y() > high.y());
    }
};

QTEST_MAIN(TestEfficiencyScatterView)
#include "tst_efficiencyscatterview.moc"
