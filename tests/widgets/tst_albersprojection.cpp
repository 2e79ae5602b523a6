#include "albersprojection.h"

#include <QTest>

#include <proj.h>

using zhisuan::widgets::AlbersProjection;

// Our Albers equal-area conic (25°N/47°N, 105°E) against PROJ, the reference implementation, on a sphere of the
// same radius: positions in kilometres must agree to a metre.
class TestAlbersProjection : public QObject
{
    Q_OBJECT
private slots:
    void agreesWithProj_data()
    {
        QTest::addColumn<double>("lon");
        QTest::addColumn<double>("lat");
        QTest::newRow("北京") << 116.405285 << 39.904989;
        QTest::newRow("乌鲁木齐") << 87.617733 << 43.792818;
        QTest::newRow("三亚") << 109.508268 << 18.247872;
        QTest::newRow("漠河") << 122.53 << 52.97;
        QTest::newRow("central meridian") << 105.0 << 35.0;
        QTest::newRow("South China Sea inset corner") << 132.09524 << 25.0;
    }
    void agreesWithProj()
    {
        QFETCH(double, lon);
        QFETCH(double, lat);
        PJ_CONTEXT *ctx = proj_context_create();
        PJ *p = proj_create(ctx, "+proj=aea +lat_1=25 +lat_2=47 +lat_0=0 +lon_0=105 +R=6371000 +units=m +no_defs");
        QVERIFY(p);
        const PJ_COORD in = proj_coord(proj_torad(lon), proj_torad(lat), 0, 0);
        const PJ_COORD out = proj_trans(p, PJ_FWD, in);
        proj_destroy(p);
        proj_context_destroy(ctx);
        const QPointF ours = AlbersProjection().project(lon, lat);
        QVERIFY2(std::abs(ours.x() * 1000.0 - out.xy.x) < 1.0, qPrintable(QStringLiteral("x %1 vs %2").arg(ours.x() * 1000).arg(out.xy.x)));
        QVERIFY2(std::abs(-ours.y() * 1000.0 - out.xy.y) < 1.0, qPrintable(QStringLiteral("y %1 vs %2").arg(-ours.y() * 1000).arg(out.xy.y)));
    }

    void inverseReturnsThePoint()
    {
        const AlbersProjection a;
        const QPointF back = a.unproject(a.project(121.47, 31.23));
        QVERIFY(std::abs(back.x() - 121.47) < 1e-9);
        QVERIFY(std::abs(back.y() - 31.23) < 1e-9);
    }

    void northIsUpAndEastIsRight()
    {
        const AlbersProjection a;
        QVERIFY(a.project(116.4, 39.9).y() < a.project(113.3, 23.1).y()); // 北京 above 广州
        QVERIFY(a.project(121.5, 31.2).x() > a.project(104.1, 30.7).x()); // 上海 right of 成都
    }
};

QTEST_APPLESS_MAIN(TestAlbersProjection)
#include "tst_albersprojection.moc"
