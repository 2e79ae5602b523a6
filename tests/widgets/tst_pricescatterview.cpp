#include "pricescatterview.h"

#include <QImage>
#include <QPainter>
#include <QTest>

using zhisuan::widgets::PriceScatterView;

class TestPriceScatterView : public QObject
{
    Q_OBJECT
private slots:
    // The page holds the chart to 400 px high; an export 640 px high stretched that picture into the target, so
    // circles came out as ellipses and the type squashed. A render lays the chart out at the target's size.
    void anExportKeepsCirclesRound_data()
    {
        QTest::addColumn<QSize>("target");
        QTest::newRow("taller than the widget may be") << QSize(1168, 640);
        QTest::newRow("the widget's own size") << QSize(900, 300);
    }
    void anExportKeepsCirclesRound()
    {
        QFETCH(QSize, target);
        PriceScatterView view;
        view.setMaximumHeight(300);
        view.resize(900, 300);
        view.setPoints({{QStringLiteral("DeepSeek-V2"), 2, 7.91, true, {}, {}}, {QStringLiteral("GPT-4o"), 100, 6.5, false, {}, {}}},
                       {QStringLiteral("price"), QStringLiteral("score"), QStringLiteral("domestic"), QStringLiteral("overseas"), {}});
        QImage image(target, QImage::Format_RGB32);
        image.fill(Qt::white);
        QPainter p(&image);
        view.render(&p, QRectF(QPointF(0, 0), QSizeF(target)), true);
        p.end();
        // The domestic point: the bounding box of its red pixels (the legend's marker is a small square below the
        // plot; only the upper four fifths are searched).
        QRect red;
        for (int y = 0; y < target.height() * 4 / 5; ++y)
            for (int x = 0; x < target.width(); ++x) {
                const QColor c = image.pixelColor(x, y);
                if (c.red() > 150 && c.green() < 90 && c.blue() < 90)
                    red |= QRect(x, y, 1, 1);
            }
        QVERIFY(!red.isEmpty());
        QVERIFY2(std::abs(red.width() - red.height()) <= 2, qPrintable(QStringLiteral("%1×%2").arg(red.width()).arg(red.height())));
    }
};

QTEST_MAIN(TestPriceScatterView)
#include "tst_pricescatterview.moc"
