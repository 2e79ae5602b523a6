#include "labelplacement.h"

#include <QFont>
#include <QFontMetricsF>
#include <QRandomGenerator>
#include <QTest>

// Labels on the map and the charts: never one over another, over a marker or over a key; a label with no free
// place is reported and left out, not printed over its neighbour.
class TestLabelPlacement : public QObject
{
    Q_OBJECT
private slots:
    // A long name goes on two even lines, whole (it was cut to "Special Action Plan for the …"); a short one on one.
    void longNamesWrapOnTwoLines_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("lines");
        QTest::newRow("short") << QStringLiteral("Claude 3 Opus") << 1;
        QTest::newRow("English") << QStringLiteral("Special Action Plan for the Green and Low-Carbon Development of Data Centres issued") << 2;
        QTest::newRow("Chinese") << QStringLiteral("生成式人工智能服务备案上线大模型达 180 多个，注册用户突破 5.64 亿") << 2;
        QTest::newRow("no break") << QStringLiteral("Aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa") << 1;
    }
    void longNamesWrapOnTwoLines()
    {
        QFETCH(QString, name);
        QFETCH(int, lines);
        const QFontMetricsF metrics{QFont()};
        const QStringList drawn = zhisuan::widgets::LabelPlacement::twoLines(name, metrics, 150);
        QCOMPARE(drawn.size(), lines);
        QCOMPARE(drawn.join(QString()).remove(u' '), QString(name).remove(u' ')); // every character kept, none added
        if (lines == 2) {
            QVERIFY(!drawn[1].startsWith(u'，'));
            const double a = metrics.horizontalAdvance(drawn[0]), b = metrics.horizontalAdvance(drawn[1]);
            QVERIFY2(std::abs(a - b) < metrics.horizontalAdvance(QStringLiteral("Development")), qPrintable(drawn.join(u'|')));
        }
    }

    // Names that touched read as one ("GLM-4ERNIE-4.0"): with a gap, a place touching a label or a marker is taken.
    void aGapKeepsNamesApart()
    {
        zhisuan::widgets::LabelPlacement placement;
        placement.setGap(3);
        placement.addObstacle(QRectF(0, 0, 10, 10));
        QCOMPARE(placement.place({QRectF(11, 0, 40, 10), QRectF(14, 0, 40, 10)}), 1); // 1 px from the marker: too close
        QCOMPARE(placement.place({QRectF(55, 0, 40, 10), QRectF(58, 0, 40, 10)}), 1); // 1 px from the first name
        zhisuan::widgets::LabelPlacement touching; // no gap: touching is allowed, as before
        touching.place({QRectF(0, 0, 40, 10)});
        QCOMPARE(touching.place({QRectF(40, 0, 40, 10)}), 0);
    }

    // A leader may not run through another marker's middle nor, unless drawn behind names, across a name.
    void leadersAvoidMarkersAndNames()
    {
        zhisuan::widgets::LabelPlacement placement;
        const int own = placement.addObstacle(QRectF(0, 0, 10, 10));
        placement.addObstacle(QRectF(50, 0, 10, 10));
        placement.place({QRectF(0, 40, 60, 10)});
        QVERIFY(!placement.lineIsClear(QLineF(5, 5, 100, 5), own));  // through the other marker
        QVERIFY(placement.lineIsClear(QLineF(5, 5, 40, 5), own));    // short of it
        QVERIFY(!placement.lineIsClear(QLineF(5, 5, 30, 80), own));  // across the name
        QVERIFY(placement.lineIsClear(QLineF(5, 5, 30, 80), own, true));
        QVERIFY(!placement.lineIsClear(QLineF(5, 5, 5, 30)));        // its own marker counts unless named
    }

    // Thousands of labels: each checked against its neighbours only (the grid), and still never over another.
    void manyLabelsStayApart()
    {
        zhisuan::widgets::LabelPlacement placement(QRectF(0, 0, 4000, 400));
        placement.setGap(2);
        QRandomGenerator random(29);
        for (int i = 0; i < 5000; ++i) {
            const QPointF at(random.bounded(4000.0), random.bounded(400.0));
            placement.addObstacle(QRectF(at, QSizeF(8, 8)));
            placement.place({QRectF(at + QPointF(10, 0), QSizeF(60, 12)), QRectF(at - QPointF(70, 0), QSizeF(60, 12))});
        }
        const auto &placed = placement.placed();
        QVERIFY(placed.size() > 300);
        for (int i = 0; i < placed.size(); ++i)
            for (int j = i + 1; j < placed.size(); ++j)
                QVERIFY(!placed[i].adjusted(-2, -2, 2, 2).intersects(placed[j]));
    }

    void takesTheFirstFreePlace_data()
    {
        QTest::addColumn<QRectF>("bounds");
        QTest::addColumn<QList<QRectF>>("obstacles");
        QTest::addColumn<int>("own");
        QTest::addColumn<QList<QRectF>>("earlier"); // labels placed before, each at its only candidate
        QTest::addColumn<QList<QRectF>>("candidates");
        QTest::addColumn<int>("expected");
        const QRectF right(20, 0, 40, 10), left(-60, 0, 40, 10), above(-20, -20, 40, 10);
        const QList<QRectF> places{right, left, above};
        QTest::newRow("nothing in the way: the first") << QRectF() << QList<QRectF>{} << -1 << QList<QRectF>{} << places << 0;
        QTest::newRow("a marker on the first place") << QRectF() << QList<QRectF>{{30, 2, 6, 6}} << -1 << QList<QRectF>{} << places << 1;
        QTest::newRow("its own marker may be covered") << QRectF() << QList<QRectF>{{30, 2, 6, 6}} << 0 << QList<QRectF>{} << places << 0;
        QTest::newRow("another label on the first place") << QRectF() << QList<QRectF>{} << -1 << QList<QRectF>{{50, 5, 30, 10}} << places << 1;
        QTest::newRow("touching a label is not covering it") << QRectF() << QList<QRectF>{} << -1 << QList<QRectF>{{60, 0, 30, 10}} << places << 0;
        QTest::newRow("the first leaves the bounds") << QRectF(-100, -100, 150, 200) << QList<QRectF>{} << -1 << QList<QRectF>{} << places << 1;
        QTest::newRow("a key over the first two") << QRectF() << QList<QRectF>{{-100, -5, 200, 12}} << -1 << QList<QRectF>{} << places << 2;
        QTest::newRow("no free place") << QRectF(-100, -100, 200, 200) << QList<QRectF>{{-100, -5, 200, 12}} << -1
                                       << QList<QRectF>{{-10, -30, 20, 20}} << places << -1;
        QTest::newRow("no place at all") << QRectF() << QList<QRectF>{} << -1 << QList<QRectF>{} << QList<QRectF>{} << -1;
    }
    void takesTheFirstFreePlace()
    {
        QFETCH(QRectF, bounds);
        QFETCH(QList<QRectF>, obstacles);
        QFETCH(int, own);
        QFETCH(QList<QRectF>, earlier);
        QFETCH(QList<QRectF>, candidates);
        QFETCH(int, expected);
        zhisuan::widgets::LabelPlacement placement(bounds);
        for (const QRectF &o : std::as_const(obstacles))
            placement.addObstacle(o);
        for (const QRectF &e : std::as_const(earlier))
            QCOMPARE(placement.place({e}), 0);
        QCOMPARE(placement.place(candidates, own), expected);
        QCOMPARE(placement.placed().size(), earlier.size() + (expected >= 0 ? 1 : 0));
        QCOMPARE(placement.unplacedCount(), expected >= 0 ? 0 : 1);
        if (expected >= 0)
            QCOMPARE(placement.placed().constLast(), candidates[expected]);
    }

    // Crowds of labels around random anchors among random markers and keys, as on a busy map: whatever is placed
    // covers nothing, and whatever is not had no free place when its turn came.
    void crowdsNeverOverlap_data()
    {
        QTest::addColumn<quint32>("seed");
        QTest::addColumn<int>("labels");
        for (quint32 seed : {1u, 2u, 3u, 7u, 42u, 2026u})
            for (int labels : {5, 40, 200})
                QTest::addRow("seed %u, %d labels", seed, labels) << seed << labels;
    }
    void crowdsNeverOverlap()
    {
        QFETCH(quint32, seed);
        QFETCH(int, labels);
        QRandomGenerator random(seed);
        auto between = [&](double lo, double hi) { return lo + random.generateDouble() * (hi - lo); };
        const QRectF bounds(0, 0, 800, 500);
        zhisuan::widgets::LabelPlacement placement(bounds);
        QList<QRectF> obstacles{{0, 0, 160, 120}, {0, 420, 220, 80}}; // two keys
        QList<QPointF> anchors;
        for (int i = 0; i < labels; ++i) {
            anchors << QPointF(between(0, 800), between(0, 500));
            obstacles << QRectF(anchors.last() - QPointF(6, 6), QSizeF(12, 12)); // each label's marker
        }
        for (const QRectF &o : std::as_const(obstacles))
            placement.addObstacle(o);
        QList<QRectF> taken; // each label's place, empty when it got none
        int unplaced = 0;
        for (int i = 0; i < labels; ++i) {
            const QPointF a = anchors[i];
            const double w = between(30, 140), h = between(10, 20), gap = 8;
            const QList<QRectF> candidates{{a.x() + gap, a.y() - h / 2, w, h}, {a.x() - gap - w, a.y() - h / 2, w, h},
                                           {a.x() - w / 2, a.y() - gap - h, w, h}, {a.x() - w / 2, a.y() + gap, w, h},
                                           {a.x(), a.y() - 2 * gap - h, w, h}, {a.x() - w, a.y() + 2 * gap, w, h}};
            const int own = 2 + i;
            const int chosen = placement.place(candidates, own);
            if (chosen < 0) {
                ++unplaced;
                // Reported only when every place was out of bounds or covered a key, another marker or a label.
                for (const QRectF &c : candidates) {
                    bool blocked = !bounds.contains(c);
                    for (int j = 0; j < obstacles.size() && !blocked; ++j)
                        blocked = j != own && obstacles[j].intersects(c);
                    for (const QRectF &t : std::as_const(taken))
                        blocked = blocked || t.intersects(c);
                    QVERIFY2(blocked, qPrintable(QStringLiteral("label %1 left out with a free place").arg(i)));
                }
                taken << QRectF();
                continue;
            }
            taken << candidates[chosen];
        }
        QCOMPARE(placement.unplacedCount(), unplaced);
        QCOMPARE(placement.placed().size(), labels - unplaced);
        for (int i = 0; i < labels; ++i) {
            if (taken[i].isNull())
                continue;
            QVERIFY(bounds.contains(taken[i]));
            for (int j = 0; j < obstacles.size(); ++j)
                QVERIFY2(j == 2 + i || !obstacles[j].intersects(taken[i]), qPrintable(QStringLiteral("label %1 covers obstacle %2").arg(i).arg(j)));
            for (int j = i + 1; j < labels; ++j)
                QVERIFY2(taken[j].isNull() || !taken[i].intersects(taken[j]), qPrintable(QStringLiteral("labels %1 and %2").arg(i).arg(j)));
        }
        if (labels == 5)
            QVERIFY(unplaced < labels); // a sparse chart names its points
        if (labels == 200)
            QVERIFY(unplaced > 0); // a crowd cannot all be named: the test sees the report, not only the easy case
    }

    // A callout past the right edge slides left just inside it; one inside stays; one wider than the view cannot.
    void movesALabelInside()
    {
        const zhisuan::widgets::LabelPlacement placement(QRectF(0, 0, 400, 300));
        QCOMPARE(placement.movedInside(QRectF(350, 40, 120, 16)), QRectF(280, 40, 120, 16));
        QCOMPARE(placement.movedInside(QRectF(-20, -5, 120, 16)), QRectF(0, 0, 120, 16));
        QCOMPARE(placement.movedInside(QRectF(10, 40, 120, 16)), QRectF(10, 40, 120, 16));
        QCOMPARE(placement.movedInside(QRectF(10, 40, 420, 16)), QRectF(10, 40, 420, 16));
        QVERIFY(!placement.isFree(placement.movedInside(QRectF(10, 40, 420, 16))));
    }
};

QTEST_MAIN(TestLabelPlacement) // a GUI application: the wrapping measures text
#include "tst_labelplacement.moc"
