#include "pricescatterview.h"

#include <QImage>
#include <QPainter>
#include <QTest>

using zhisuan::widgets::PriceScatterView;

class TestPriceScatterView : public QObject
{
    Q_OBJECT
private:
    // The seed's 16 models (price CNY per million output tokens, AlignBench), close together in places; the three on
    // the frontier labelled with price and score.
    static QList<PriceScatterView::Point> seedModels()
    {
        const QList<std::tuple<const char *, double, double, bool>> seed{
            {"DeepSeek-V2", 2, 7.91, true},      {"GLM-4-Air", 10, 7.35, true},        {"Qwen-Plus", 20, 7.2, true},
            {"Baichuan4", 24, 7.23, true},       {"abab-6.5", 30, 7.97, true},         {"GLM-4", 100, 7.89, true},
            {"Qwen-Max", 120, 7.9, true},        {"GPT-3.5-Turbo", 9, 6.43, false},    {"Claude-3-Haiku", 14, 6.09, false},
            {"Gemini-1.5-Flash", 42, 6.5, false}, {"Claude-3-Sonnet", 80, 7.43, false}, {"Gemini-1.0-Pro", 109, 6.71, false},
            {"Gemini-1.5-Pro", 151, 7.34, false}, {"GPT-4-Turbo-1106", 217, 8.01, false}, {"Claude-3-Opus", 543, 7.63, false},
            {"GPT-4-0613", 434, 7.54, false}};
        QList<PriceScatterView::Point> points;
        for (const auto &[model, price, score, domestic] : seed) {
            PriceScatterView::Point p{QString::fromLatin1(model), price, score, domestic, {}, {}};
            if (p.model == QLatin1String("DeepSeek-V2") || p.model == QLatin1String("abab-6.5") || p.model == QLatin1String("GPT-4-Turbo-1106"))
                p.frontierLabel = QStringLiteral("%1 (¥%2, %3)").arg(p.model).arg(price).arg(score);
            points << p;
        }
        return points;
    }

private slots:
    // Report 002's 图10 names every model; the chart named the 3 on the frontier, and only where Qt put them. On the
    // page (the chart held low) two names find room only further out, with a line to their marker.
    void everyModelIsNamedWithoutOverlaps_data()
    {
        QTest::addColumn<QSize>("size");
        for (const QSize size : {QSize(1000, 420), QSize(900, 300)}) // an export; the page, held low and narrow
            QTest::addRow("%dx%d", size.width(), size.height()) << size;
    }
    void everyModelIsNamedWithoutOverlaps()
    {
        QFETCH(QSize, size);
        const QList<PriceScatterView::Point> points = seedModels();
        PriceScatterView view;
        view.resize(size);
        view.setPoints(points, {QStringLiteral("price"), QStringLiteral("score"), QStringLiteral("domestic"), QStringLiteral("overseas"), {}});
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QCOMPARE(view.names().size(), 16);
        QVERIFY(view.names().contains(QStringLiteral("GLM-4")));
        QVERIFY(view.names().contains(QStringLiteral("DeepSeek-V2 (¥2, 7.91)")));
        QCOMPARE(view.unplacedNameCount(), 0);
        const QList<QRectF> rects = view.nameRects();
        QCOMPARE(rects.size(), 16);
        for (const QRectF &r : rects)
            QVERIFY(!r.isEmpty());
        for (int i = 0; i < rects.size(); ++i)
            for (int j = i + 1; j < rects.size(); ++j)
                QVERIFY2(!rects[i].intersects(rects[j]), qPrintable(QStringLiteral("%1 and %2").arg(view.names()[i], view.names()[j])));
        // No name is crossed by the frontier's dashed line (it ran through "DeepSeek-V2 (¥2, 7.91)"): sampled along
        // each segment, no point of the line falls inside a name.
        const QPolygonF frontier = view.frontierLine();
        QCOMPARE(frontier.size(), 3);
        for (int s = 1; s < frontier.size(); ++s)
            for (int k = 0; k <= 200; ++k) {
                const QPointF p = QLineF(frontier[s - 1], frontier[s]).pointAt(k / 200.0);
                for (int i = 0; i < rects.size(); ++i)
                    QVERIFY2(!rects[i].contains(p), qPrintable(QStringLiteral("the frontier crosses %1").arg(view.names()[i])));
            }
    }

    // More models than room around them (a crowd at one price and score): the names that find no free place are
    // left out and counted, and none is printed over another or over another model's marker.
    void aCrowdLeavesNamesOutRatherThanOverprint()
    {
        QList<PriceScatterView::Point> points;
        for (int i = 0; i < 14; ++i)
            points << PriceScatterView::Point{QStringLiteral("Model-%1 long name").arg(i), 20 + i * 0.5, 7 + i * 0.005, i % 2 == 0, {}, {}};
        points << PriceScatterView::Point{QStringLiteral("Far away"), 900, 5, false, {}, {}};
        PriceScatterView view;
        view.resize(700, 360);
        view.setPoints(points, {QStringLiteral("price"), QStringLiteral("score"), QStringLiteral("domestic"), QStringLiteral("overseas"), {}});
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        const QList<QRectF> rects = view.nameRects();
        int empty = 0;
        for (int i = 0; i < rects.size(); ++i) {
            empty += rects[i].isEmpty() ? 1 : 0;
            for (int j = i + 1; j < rects.size(); ++j)
                QVERIFY2(rects[i].isEmpty() || rects[j].isEmpty() || !rects[i].intersects(rects[j]),
                         qPrintable(QStringLiteral("%1 and %2").arg(view.names()[i], view.names()[j])));
        }
        QVERIFY2(view.unplacedNameCount() > 0, "a crowd of 14 at one spot cannot all be named");
        QCOMPARE(view.unplacedNameCount(), empty);
        QVERIFY(!rects.constLast().isEmpty()); // a model on its own keeps its name
    }

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
