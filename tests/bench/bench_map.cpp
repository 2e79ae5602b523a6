// ./dev bench: is the map fluid with 10,000 centres? Renders the same sequence of pan and zoom frames off-screen
// with 10,000 generated centres and with none (provinces only, the reference measured in the same run), and
// reports milliseconds per frame and the ratio. 60 fps needs under 16.7 ms per frame.
#include "chinamapview.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QImage>
#include <QPainter>
#include <QRandomGenerator>
#include <QScrollBar>
#include <QTextStream>

#include <algorithm>

using zhisuan::widgets::ChinaMapView;

namespace {

double msPerFrame(ChinaMapView &map, int frames)
{
    QImage image(map.viewport()->size(), QImage::Format_ARGB32_Premultiplied);
    QElapsedTimer t;
    QList<double> times;
    map.resetView();
    for (int i = 0; i < frames; ++i) {
        // A session's worth of interaction: zoom in towards the east coast, pan around, zoom back out.
        if (i < frames / 3)
            map.zoomAt(map.viewportPosOf(118.0, 31.0), 1.12);
        else if (i < 2 * frames / 3)
            map.horizontalScrollBar()->setValue(map.horizontalScrollBar()->value() + (i % 2 ? 40 : -25));
        else
            map.zoomAt(map.viewportPosOf(110.0, 35.0), 1.0 / 1.12);
        t.start();
        image.fill(Qt::white);
        QPainter p(&image);
        map.render(&p, QRectF(), map.viewport()->rect());
        p.end();
        times << t.nsecsElapsed() / 1e6;
    }
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    if (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR"))
        qputenv("XDG_RUNTIME_DIR", QByteArray("/tmp")); // quiets Qt's warning; the benchmark writes nothing there
    QApplication app(argc, argv);
    const int centres = argc > 1 ? QByteArray(argv[1]).toInt() : 10000;
    const int frames = argc > 2 ? QByteArray(argv[2]).toInt() : 60;
    ChinaMapView map;
    map.resize(1200, 800);
    if (!map.loadGeo(QStringLiteral(":/geo/china-provinces.geojson")))
        return 1;
    map.setLegend(QStringLiteral("Status"), {{QStringLiteral("operational"), QStringLiteral("Operational"), QColor(0xC0, 0x39, 0x2B)},
                                             {QStringLiteral("construction"), QStringLiteral("Under construction"), QColor(0x29, 0x80, 0xB9)}});
    map.show();
    const double empty = msPerFrame(map, frames);

    QRandomGenerator rng(20241122);
    QList<ChinaMapView::Centre> list;
    for (int i = 0; i < centres; ++i) {
        // Centres cluster in the east, as real ones do.
        const double lon = 100.0 + 25.0 * std::pow(rng.generateDouble(), 0.6);
        const double lat = 20.0 + 25.0 * rng.generateDouble();
        const double current = rng.bounded(3) ? 10.0 + 2000.0 * std::pow(rng.generateDouble(), 4.0) : 0.0;
        list.append({i, QStringLiteral("centre %1").arg(i), lon, lat, current, current * (1.0 + rng.generateDouble()),
                     current > 0 ? QStringLiteral("operational") : QStringLiteral("construction")});
    }
    QElapsedTimer t;
    t.start();
    map.setCentres(list);
    const double build = t.nsecsElapsed() / 1e6;
    const double full = msPerFrame(map, frames);

    QTextStream out(stdout);
    out << QStringLiteral("map: %1 centres placed in %2 ms").arg(centres).arg(build, 0, 'f', 1) << Qt::endl;
    out << QStringLiteral("median frame, provinces only: %1 ms").arg(empty, 0, 'f', 2) << Qt::endl;
    out << QStringLiteral("median frame, with %1 centres: %2 ms (%3 fps)").arg(centres).arg(full, 0, 'f', 2).arg(1000.0 / full, 0, 'f', 0)
        << Qt::endl;
    out << QStringLiteral("ratio (with centres / provinces only): %1").arg(full / empty, 0, 'f', 2) << Qt::endl;
    return 0;
}
