#include "efficiencyscatterview.h"

#include <QChart>
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
        QTRY_COMPARE(view.chart()->plotArea().width() > size.width() / 2, true);
        const QList<QRectF> labels = view.labelRects();
        const QList<QRectF> markers = view.markerRects();
        QCOMPARE(labels.size() + view.hiddenLabelCount(), 13);
        QVERIFY2(view.hiddenLabelCount() <= maxHidden, qPrintable(QString::number(view.hiddenLabelCount())));
        const QRectF plot = view.chart()->plotArea();
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
};

QTEST_MAIN(TestEfficiencyScatterView)
#include "tst_efficiencyscatterview.moc"
