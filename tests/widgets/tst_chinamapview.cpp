#include "chartaccessibility.h"
#include "chinamapview.h"

#include "../app/darkpalette.h"

#include <QPainter>

#include <QPaintEvent>
#include <QSignalSpy>
#include <QTest>

using zhisuan::widgets::ChartAccessibility;
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
        // Not red (the bubbles' hue, which red shading hid): a slate no bubble has, darkest for the largest value.
        QVERIFY2(guangdong.blue() > guangdong.red() + 20, qPrintable(guangdong.name()));
        QVERIFY(sichuan.lightness() > guangdong.lightness()); // less capacity, a lighter class
        QVERIFY(sichuan != plainGuangdong); // 300 of 41,239 is a class of its own, not blank as on a linear scale
        QCOMPARE(xinjiang, plainGuangdong);                   // no value: plain land
        map.setChoropleth({}, QString());
        QCOMPARE(colourAt(113.0, 24.0), plainGuangdong);
    }

    void classBreaksAreRoundLogSteps_data()
    {
        QTest::addColumn<QList<double>>("values");
        QTest::addColumn<QList<double>>("breaks");
        QTest::newRow("10 to 56,099: decades") << QList<double>{10, 300, 2000, 41239, 56099} << QList<double>{100, 1000, 10000};
        QTest::newRow("zeros are no value") << QList<double>{0, 50, 5000} << QList<double>{100, 1000};
        QTest::newRow("120 to 900: 1-2-5 steps") << QList<double>{120, 900} << QList<double>{200, 500};
        QTest::newRow("six decades: at most five classes") << QList<double>{1.5, 2e6} << QList<double>{1e3, 1e4, 1e5, 1e6};
        QTest::newRow("one value: one class") << QList<double>{500, 500} << QList<double>{};
        QTest::newRow("nothing") << QList<double>{} << QList<double>{};
    }
    void classBreaksAreRoundLogSteps()
    {
        QFETCH(QList<double>, values);
        QFETCH(QList<double>, breaks);
        QCOMPARE(ChinaMapView::classBreaks(values), breaks);
    }

    void provincesFallIntoClassesWithALegend()
    {
        const QList<double> breaks{100, 1000, 10000};
        QCOMPARE(ChinaMapView::classOf(10, breaks), 0);
        QCOMPARE(ChinaMapView::classOf(100, breaks), 1); // a break opens its class
        QCOMPARE(ChinaMapView::classOf(9999, breaks), 2);
        QCOMPARE(ChinaMapView::classOf(56099, breaks), 3);
        ChinaMapView map;
        map.resize(900, 700);
        QVERIFY(map.loadGeo(QStringLiteral(":/geo/china-provinces.geojson")));
        map.setChoropleth({{QStringLiteral("广东"), 56099.0}, {QStringLiteral("四川"), 300.0}, {QStringLiteral("贵州"), 2000.0},
                           {QStringLiteral("宁夏"), 10.0}},
                          QStringLiteral("Current PFLOPS by province"));
        const QLocale l;
        QCOMPARE(map.classLabels(), (QStringList{QStringLiteral("under %1").arg(l.toString(100)),
                                                 QStringLiteral("%1 to %2").arg(l.toString(100), l.toString(1000)),
                                                 QStringLiteral("%1 to %2").arg(l.toString(1000), l.toString(10000)),
                                                 QStringLiteral("%1 or more (to %2)").arg(l.toString(10000), l.toString(56099))}));
        // Each class a step lighter than the next, all within one hue family.
        for (int i = 1; i < 4; ++i)
            QVERIFY(ChinaMapView::classColour(i, 4).lightness() < ChinaMapView::classColour(i - 1, 4).lightness());
        // The key grew by a row per class, under the title.
        const int withClasses = map.colourKeyRect().height();
        map.setChoropleth({}, QString());
        QVERIFY(map.classLabels().isEmpty());
        QVERIFY(map.colourKeyRect().isEmpty() || map.colourKeyRect().height() < withClasses);
    }

    // Dragging scrolled the viewport's pixels, the keys with them, and repainted only the uncovered strip: the keys
    // smeared across the map until Reset. A pan repaints the keys where they belong.
    // The map stayed white on a dark desktop while the charts turned dark; an export still prints on white.
    void followsADarkDesktopAndExportsOnWhite()
    {
        ChinaMapView map;
        map.resize(900, 700);
        QVERIFY(map.loadGeo(QStringLiteral(":/geo/china-provinces.geojson")));
        map.setLegend(QStringLiteral("Status"), {{QStringLiteral("operational"), QStringLiteral("operational"), Qt::red}});
        map.setPalette(zhisuan::test::darkPalette());
        map.show();
        QVERIFY(QTest::qWaitForWindowExposed(&map));
        const QPoint corner(map.viewport()->width() - 4, map.viewport()->height() / 2); // east of the coast: background
        const QPoint xinjiang = map.mapFromScene(map.provinceBounds(QStringLiteral("新疆")).center());
        auto lightness = [](const QImage &image, QPoint at) { return image.pixelColor(at).lightness(); };
        const QImage dark = map.viewport()->grab().toImage();
        QVERIFY2(lightness(dark, corner) < 60, qPrintable(QString::number(lightness(dark, corner))));
        QVERIFY(lightness(dark, xinjiang) < 90);                           // land is dark too,
        QVERIFY(lightness(dark, xinjiang) > lightness(dark, corner) + 5); // but set off from the sea
        // The key's text is light on its dark plate: some pixel of the key far lighter than the plate.
        const QRect key = map.colourKeyRect();
        int lightest = 0;
        for (int y = key.top() + 2; y < key.bottom() - 2; ++y)
            for (int x = key.left() + 2; x < key.right() - 2; ++x)
                lightest = std::max(lightest, dark.pixelColor(x, y).lightness());
        QVERIFY2(lightest > 170, qPrintable(QString::number(lightest)));

        QImage paper(map.size(), QImage::Format_ARGB32);
        paper.fill(Qt::transparent);
        {
            QPainter painter(&paper);
            map.render(&painter, QRectF(QPointF(0, 0), QSizeF(map.size())), true);
        }
        QVERIFY2(lightness(paper, corner) > 240, qPrintable(QString::number(lightness(paper, corner))));
        QVERIFY(lightness(paper, xinjiang) > 220);
        // And back to dark on screen after the export.
        QVERIFY(lightness(map.viewport()->grab().toImage(), corner) < 60);
    }

    // The map's data table (screen readers, Enter on the map) says each centre's category as the key shows it,
    // not the key the store keeps ("operational").
    void tableNamesCategoriesAsTheKeyDoes()
    {
        ChinaMapView map;
        QVERIFY(map.loadGeo(QStringLiteral(":/geo/china-provinces.geojson")));
        map.setLegend(QStringLiteral("Status"), {{QStringLiteral("operational"), QStringLiteral("Operational"), Qt::red}});
        map.setCentres({ChinaMapView::Centre{1, QStringLiteral("庆阳智算中心"), 107.6, 35.7, 5000.0, 0.0, QStringLiteral("operational")},
                        ChinaMapView::Centre{2, QStringLiteral("某智算中心"), 110.0, 30.0, 100.0, 0.0, QStringLiteral("unlisted")}});
        const auto t = map.table();
        QCOMPARE(t.rows.size(), 2);
        QCOMPARE(t.rows[0].value(3), QStringLiteral("Operational"));
        QCOMPARE(t.rows[1].value(3), QStringLiteral("unlisted")); // no key for it: as stored
        // No planned figure is an empty cell, not a planned "0".
        QCOMPARE(t.rows[0].value(2), QString());
    }

    // A centre under construction has no current capacity: its cell is empty, and the description's lowest figure is
    // a real one (not "郑州 0", which read as a measured zero).
    void tableLeavesAFigureTheSourceDoesNotGiveEmpty()
    {
        ChinaMapView map;
        QVERIFY(map.loadGeo(QStringLiteral(":/geo/china-provinces.geojson")));
        map.setCentres({ChinaMapView::Centre{1, QStringLiteral("庆阳智算中心"), 107.6, 35.7, 5000.0, 0.0, QStringLiteral("operational")},
                        ChinaMapView::Centre{2, QStringLiteral("郑州人工智能计算中心"), 113.6, 34.7, 0.0, 30000.0, QStringLiteral("building")},
                        ChinaMapView::Centre{3, QStringLiteral("某智算中心"), 110.0, 30.0, 100.0, 300.0, QStringLiteral("operational")}});
        const auto t = map.table();
        QCOMPARE(t.rows[1].value(1), QString());
        QCOMPARE(t.rows[1].value(2), QLocale().toString(30000.0));
        const QString said = ChartAccessibility::describe(QStringLiteral("map"), t);
        QVERIFY2(said.contains(QStringLiteral("某智算中心")) && !said.contains(QStringLiteral("郑州人工智能计算中心 0")), qPrintable(said));
    }

    void panningRepaintsTheKeys()
    {
        ChinaMapView map;
        map.resize(900, 700);
        QVERIFY(map.loadGeo(QStringLiteral(":/geo/china-provinces.geojson")));
        map.setLegend(QStringLiteral("Status"), {{QStringLiteral("operational"), QStringLiteral("operational"), Qt::red}});
        map.show();
        QVERIFY(QTest::qWaitForWindowExposed(&map));
        struct Painted : QObject
        {
            QRegion region;
            bool eventFilter(QObject *, QEvent *e) override
            {
                if (e->type() == QEvent::Paint)
                    region += static_cast<QPaintEvent *>(e)->region();
                return false;
            }
        } painted;
        map.viewport()->installEventFilter(&painted);
        QCoreApplication::processEvents();
        painted.region = QRegion();
        const QPointF topLeft = map.mapToScene(QPoint(0, 0));
        // Drag the map 60 px to the left: the strip uncovered is on the right, the colour key top left.
        const QPoint from(450, 350), to(390, 350);
        QTest::mousePress(map.viewport(), Qt::LeftButton, {}, from);
        QMouseEvent move(QEvent::MouseMove, QPointF(to), map.viewport()->mapToGlobal(QPointF(to)), Qt::NoButton, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(map.viewport(), &move);
        QTest::mouseRelease(map.viewport(), Qt::LeftButton, {}, to);
        QVERIFY(map.mapToScene(QPoint(0, 0)).x() > topLeft.x() + 30); // it panned
        QTRY_VERIFY2(painted.region.contains(map.colourKeyRect()), "the colour key was not repainted after a pan");
    }

    // The 南海诸岛 frame overlapped Taiwan's islets; province names overprinted each other in the east.
    void insetClearsTaiwanAndNamesDoNotCollide()
    {
        ChinaMapView map;
        map.resize(470, 345); // the map at 1280×800
        QVERIFY(map.loadGeo(QStringLiteral(":/geo/china-provinces.geojson")));
        map.show();
        QVERIFY(QTest::qWaitForWindowExposed(&map));
        for (const QString &name : {QStringLiteral("台湾"), QStringLiteral("广东"), QStringLiteral("海南"), QStringLiteral("福建")})
            QVERIFY2(!map.insetRect().intersects(map.provinceBounds(name)), qPrintable(name));
        QVERIFY(map.insetRect().top() > map.provinceBounds(QStringLiteral("台湾")).bottom());
        // Small: the large provinces are named, the crowded east is not overprinted.
        const QStringList small = map.shownProvinceLabels();
        QVERIFY(small.contains(QStringLiteral("新疆")));
        const QList<ChinaMapView::NameLabel> names = map.nameLabels();
        for (int i = 0; i < names.size(); ++i)
            for (int j = i + 1; j < names.size(); ++j)
                QVERIFY2(!names[i].rect.adjusted(0.5, 0, -0.5, 0).intersects(names[j].rect), qPrintable(names[i].province + names[j].province));
        // A city too small to hold its name is named beside its point, a tick joining them (issue 29).
        const auto tianjin = std::find_if(names.cbegin(), names.cend(), [](const auto &n) { return n.province == QStringLiteral("天津"); });
        QVERIFY(tianjin != names.cend());
        QVERIFY(!tianjin->tick.isNull() || tianjin->rect.adjusted(-5, -5, 5, 5).contains(map.viewportPosOf(117.2, 39.1)));
        QVERIFY(small.contains(QStringLiteral("台湾"))); // an island's name reaches into the sea
        // Bubbles shrink with the map, and grow back on a large one.
        QVERIFY2(map.bubbleScale() < 0.7, qPrintable(QString::number(map.bubbleScale())));
        map.resize(1300, 900);
        QTRY_COMPARE(map.bubbleScale(), 1.0);
        QTRY_VERIFY2(map.shownProvinceLabels().size() >= map.provinceCount(), qPrintable(map.shownProvinceLabels().join(QLatin1Char(' ')))); // every one named
    }

    void cappedLabelsDoNotOverlap()
    {
        ChinaMapView map;
        map.resize(470, 345);
        QVERIFY(map.loadGeo(QStringLiteral(":/geo/china-provinces.geojson")));
        // Four capped centres within 2° of each other: each label finds a place of its own.
        map.setCentres({{1, QStringLiteral("张北一号智算中心"), 114.7, 41.1, 12000, 12000, QStringLiteral("operational")},
                        {2, QStringLiteral("张北二号智算中心"), 115.2, 40.6, 5000, 5000, QStringLiteral("operational")},
                        {3, QStringLiteral("北京三号智算中心"), 116.4, 39.9, 8000, 8000, QStringLiteral("operational")},
                        {4, QStringLiteral("天津四号智算中心"), 117.2, 39.1, 4000, 4000, QStringLiteral("operational")}});
        map.show();
        QVERIFY(QTest::qWaitForWindowExposed(&map));
        QTRY_COMPARE(map.labelRects().size(), 4);
        QCOMPARE(map.unplacedLabelCount(), 0);
        const QList<QRectF> rects = map.labelRects();
        for (int i = 0; i < rects.size(); ++i)
            for (int j = i + 1; j < rects.size(); ++j)
                QVERIFY2(!rects[i].intersects(rects[j]), qPrintable(QStringLiteral("%1 and %2").arg(i).arg(j)));
    }

    // Twelve capped centres on one spot of a small map: a map carries at most eight callouts, and a callout that finds
    // no free place in view is left out too; they are counted, none is printed over another or over a key.
    void crowdedCappedLabelsAreLeftOutNotOverprinted()
    {
        ChinaMapView map;
        map.resize(470, 345);
        QVERIFY(map.loadGeo(QStringLiteral(":/geo/china-provinces.geojson")));
        QList<ChinaMapView::Centre> centres;
        for (int i = 0; i < 12; ++i)
            centres << ChinaMapView::Centre{i + 1, QStringLiteral("庆阳%1号智算中心").arg(i + 1), 107.6 + i * 0.05, 35.7, 5000.0 + i, 5000.0 + i,
                                            QStringLiteral("operational")};
        map.setCentres(centres);
        map.show();
        QVERIFY(QTest::qWaitForWindowExposed(&map));
        QTRY_VERIFY(map.unplacedLabelCount() > 0);
        const QList<QRectF> rects = map.labelRects();
        QCOMPARE(rects.size() + map.unplacedLabelCount(), 12);
        QVERIFY(!rects.isEmpty());
        const QRectF keys[] = {QRectF(map.colourKeyRect()), QRectF(map.sizeKeyRect())};
        for (int i = 0; i < rects.size(); ++i) {
            QVERIFY(QRectF(map.viewport()->rect()).contains(rects[i]));
            for (const QRectF &key : keys)
                QVERIFY2(!rects[i].intersects(key), qPrintable(QStringLiteral("label %1 covers a key").arg(i)));
            for (int j = i + 1; j < rects.size(); ++j)
                QVERIFY2(!rects[i].intersects(rects[j]), qPrintable(QStringLiteral("%1 and %2").arg(i).arg(j)));
        }
    }

    // The longest English callouts, at the map's sizes in the window at 1280×800 and 1920×1080: "planned 6,600 PF…"
    // ran off the map's right edge, on screen and (the painter's viewport being the whole page) in every export.
    // Each label is placed inside the view, slid left or put on another side, on screen and in an export drawn at
    // an offset on a larger page (a framed PNG, a PDF page, the brief).
    void longCalloutsStayInsideTheView_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::newRow("map at 1280x800") << QSize(470, 345);
        QTest::newRow("map at 1920x1080") << QSize(1010, 600);
    }
    void longCalloutsStayInsideTheView()
    {
        QFETCH(QSize, size);
        ChinaMapView map;
        map.resize(size);
        QVERIFY(map.loadGeo(QStringLiteral(":/geo/china-provinces.geojson")));
        const QString plan = QStringLiteral("Under construction → planned 6,600 PFLOPS");
        map.setCentres({{1, QStringLiteral("Harbin Intelligent Computing Centre (China Mobile)"), 126.64, 45.76, 0, 6600, QStringLiteral("construction"),
                         false, plan},
                        {2, QStringLiteral("Jiamusi Artificial Intelligence Computing Centre"), 130.32, 46.80, 0, 5000, QStringLiteral("construction"),
                         false, QStringLiteral("Under construction → planned 5,000 PFLOPS")},
                        {3, QStringLiteral("Shanghai Lingang New Area Intelligent Computing Centre"), 121.90, 30.90, 4000, 12000,
                         QStringLiteral("operational")},
                        {4, QStringLiteral("Xinjiang Kashgar Intelligent Computing Centre"), 75.99, 39.47, 0, 4000, QStringLiteral("construction"),
                         false, QStringLiteral("Under construction → planned 4,000 PFLOPS")}});
        map.show();
        QVERIFY(QTest::qWaitForWindowExposed(&map));
        QTRY_COMPARE(map.labelRects().size() + map.unplacedLabelCount(), 4);
        const auto inside = [&](const QRectF &view, const char *where) {
            QCOMPARE(map.unplacedLabelCount(), 0); // each callout found a place: none left out
            for (const QRectF &r : map.labelRects())
                QVERIFY2(view.contains(r), qPrintable(QStringLiteral("%1: label %2,%3 %4×%5 leaves the view %6×%7")
                                                          .arg(QLatin1String(where)).arg(r.x()).arg(r.y()).arg(r.width()).arg(r.height())
                                                          .arg(view.width()).arg(view.height())));
        };
        inside(QRectF(map.viewport()->rect()), "screen");

        // An export: the map drawn in a frame on a larger image, as a PNG with title and source line.
        QImage page(size.width() + 240, size.height() + 160, QImage::Format_ARGB32);
        page.fill(Qt::white);
        QPainter painter(&page);
        const QRectF target(QPointF(40, 80), QSizeF(size));
        map.render(&painter, target, false);
        painter.end();
        QCOMPARE(map.labelRects().size(), 4);
        inside(QRectF(QPointF(0, 0), target.size()), "export");
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
        QCOMPARE(map.cappedLabels(), QStringList{QStringLiteral("博大智算中心 · %1 PFLOPS").arg(QLocale().toString(40000.0, 'f', 0))});
        map.setSizeUnit(QStringLiteral("POPS"));
        QCOMPARE(map.cappedLabels(), QStringList{QStringLiteral("博大智算中心 · %1 POPS").arg(QLocale().toString(40000.0, 'f', 0))});
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
