#include "chinamapview.h"

#include <QSignalSpy>
#include <QTest>

using zhisuan::widgets::ChinaMapView;

class TestChinaMapView : public QObject
{
    Q_OBJECT
private slots:
    void drawsEveryProvince()
    {
        ChinaMapView map;
        QVERIFY(map.loadGeo(QStringLiteral(":/geo/china-provinces.geojson")));
        QCOMPARE(map.provinceCount(), 34); // the 南海诸岛 inset is drawn but is not a province
    }

    void hitTestsBubblesAndProvinces()
    {
        ChinaMapView map;
        map.resize(900, 700);
        QVERIFY(map.loadGeo(QStringLiteral(":/geo/china-provinces.geojson")));
        map.show();
        QVERIFY(QTest::qWaitForWindowExposed(&map));
        map.resetView();
        map.setCentres({{1, QStringLiteral("成都人工智能计算中心"), 104.065735, 30.659462, 300, 1000, QStringLiteral("operational")},
                        {2, QStringLiteral("哈尔滨智算中心"), 126.642464, 45.756967, 0, 6600, QStringLiteral("construction")}});
        QCOMPARE(map.bubbleCount(), 2);
        const QPoint chengdu = map.viewportPosOf(104.065735, 30.659462);
        QCOMPARE(map.centreAt(chengdu), 1);
        QCOMPARE(map.centreAt(chengdu + QPoint(3, 3)), 1); // inside the disc
        QCOMPARE(map.provinceAt(map.viewportPosOf(102.7, 30.0)), QStringLiteral("四川")); // 雅安
        QCOMPARE(map.provinceAt(map.viewportPosOf(113.27, 23.13)), QStringLiteral("广东"));
        QCOMPARE(map.centreAt(map.viewportPosOf(90.0, 32.0)), -1); // 西藏: no centre there

        QSignalSpy clicked(&map, &ChinaMapView::centreClicked);
        QTest::mouseClick(map.viewport(), Qt::LeftButton, {}, map.viewportPosOf(126.642464, 45.756967));
        QCOMPARE(clicked.count(), 1);
        QCOMPARE(clicked.first().first().toLongLong(), 2);
        QCOMPARE(map.selectedCentre(), 2);
    }

    void choroplethShadesProvincesByValue()
    {
        ChinaMapView map;
        map.resize(900, 700);
        QVERIFY(map.loadGeo(QStringLiteral(":/geo/china-provinces.geojson")));
        map.show();
        QVERIFY(QTest::qWaitForWindowExposed(&map));
        auto colourAt = [&](double lon, double lat) {
            return map.grab().toImage().pixelColor(map.viewportPosOf(lon, lat) + QPoint(map.frameWidth(), map.frameWidth()));
        };
        const QColor plainGuangdong = colourAt(113.0, 24.0);
        map.setChoropleth({{QStringLiteral("广东"), 41239.0}, {QStringLiteral("四川"), 300.0}}, QStringLiteral("Current PFLOPS"));
        const QColor guangdong = colourAt(113.0, 24.0), sichuan = colourAt(102.7, 30.0), xinjiang = colourAt(85.0, 41.0);
        QVERIFY(guangdong != plainGuangdong);
        QVERIFY(guangdong.red() > guangdong.blue() + 60); // the largest value: deep red
        QVERIFY(sichuan.lightness() > guangdong.lightness()); // less capacity, lighter
        QCOMPARE(xinjiang, plainGuangdong);                   // no value: plain land
        map.setChoropleth({}, QString());
        QCOMPARE(colourAt(113.0, 24.0), plainGuangdong);
    }

    void bubblesGrowWithCapacity()
    {
        QVERIFY(ChinaMapView::bubbleRadius(1000) > ChinaMapView::bubbleRadius(100));
        QVERIFY(ChinaMapView::bubbleRadius(100) > ChinaMapView::bubbleRadius(0));
        // Area, not radius, follows capacity (until the cap): 4× the capacity, 2× the radius above the base.
        const double r100 = ChinaMapView::bubbleRadius(100) - 3, r400 = ChinaMapView::bubbleRadius(400) - 3;
        QCOMPARE(qRound(r400 / r100 * 100), 200);
    }

    // 博大 (40,000 P, two thirds of the national total) used to be a 70-px disc over all of Guangdong: past the cap
    // a centre is drawn at the cap and labelled with its figures instead.
    void outliersAreCappedAndLabelled()
    {
        QCOMPARE(ChinaMapView::bubbleRadius(40000), ChinaMapView::bubbleRadius(ChinaMapView::kCapValue));
        QVERIFY(ChinaMapView::bubbleRadius(40000) <= 30);
        ChinaMapView map;
        map.resize(900, 700);
        QVERIFY(map.loadGeo(QStringLiteral(":/geo/china-provinces.geojson")));
        map.show();
        QVERIFY(QTest::qWaitForWindowExposed(&map));
        map.setCentres({{1, QStringLiteral("博大智算中心"), 113.26, 23.13, 40000, 40000, QStringLiteral("operational")},
                        {2, QStringLiteral("成都人工智能计算中心"), 104.065735, 30.659462, 300, 1000, QStringLiteral("operational")}});
        QCOMPARE(map.cappedLabels(), QStringList{QStringLiteral("博大智算中心 %1 PFLOPS").arg(QLocale().toString(40000.0, 'f', 0))});
        map.setSizeUnit(QStringLiteral("POPS"));
        QCOMPARE(map.cappedLabels(), QStringList{QStringLiteral("博大智算中心 %1 POPS").arg(QLocale().toString(40000.0, 'f', 0))});
        // Guangdong's land stays visible beside the capped disc (it was covered 70 px around 广州).
        const QPoint guangzhou = map.viewportPosOf(113.26, 23.13);
        const QColor land = map.grab().toImage().pixelColor(guangzhou + QPoint(-40, 0) + QPoint(map.frameWidth(), map.frameWidth()));
        QVERIFY2(land.red() > 200 && land.green() > 200, qPrintable(land.name()));
    }

    void zoomKeepsThePointUnderTheCursor()
    {
        ChinaMapView map;
        map.resize(900, 700);
        QVERIFY(map.loadGeo(QStringLiteral(":/geo/china-provinces.geojson")));
        map.show();
        QVERIFY(QTest::qWaitForWindowExposed(&map));
        const QPoint shanghai = map.viewportPosOf(121.47, 31.23);
        const double before = map.transform().m11();
        QWheelEvent wheel(shanghai, map.viewport()->mapToGlobal(shanghai), {}, {0, 480}, Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
        QApplication::sendEvent(map.viewport(), &wheel);
        QVERIFY(map.transform().m11() > 1.9 * before); // 1.0015^480 ≈ 2.05
        const QPoint after = map.viewportPosOf(121.47, 31.23);
        QVERIFY2((after - shanghai).manhattanLength() <= 3, qPrintable(QStringLiteral("%1,%2").arg(after.x()).arg(after.y())));
        const double zoomed = map.transform().m11();
        map.resetView();
        QVERIFY(map.transform().m11() < zoomed);
    }
};

QTEST_MAIN(TestChinaMapView)
#include "tst_chinamapview.moc"
