// ChinaMapView's words: the provinces' names, the callouts of the largest centres, and the arrow keys that walk the
// centres (chinamapview.cpp draws the map itself).
#include "chinamapview.h"

#include "bubblelayer.h"
#include "labelplacement.h"

#include <QAccessible>
#include <QGraphicsPathItem>
#include <QKeyEvent>

#include <QSet>

#include <algorithm>
#include <cmath>
#include <limits>
#include <optional>

namespace zhisuan::widgets {

// The map data names provinces in Chinese; the labels follow the interface language (English names are the
// source texts, translated back to the data's names in zh_CN).
QString ChinaMapView::provinceLabel(const QString &name)
{
    static const std::pair<const char *, const char *> names[] = {
        {"台湾", QT_TR_NOOP("Taiwan")},
        {"河北", QT_TR_NOOP("Hebei")},
        {"山西", QT_TR_NOOP("Shanxi")},
        {"内蒙古", QT_TR_NOOP("Inner Mongolia")},
        {"辽宁", QT_TR_NOOP("Liaoning")},
        {"吉林", QT_TR_NOOP("Jilin")},
        {"黑龙江", QT_TR_NOOP("Heilongjiang")},
        {"江苏", QT_TR_NOOP("Jiangsu")},
        {"浙江", QT_TR_NOOP("Zhejiang")},
        {"安徽", QT_TR_NOOP("Anhui")},
        {"福建", QT_TR_NOOP("Fujian")},
        {"江西", QT_TR_NOOP("Jiangxi")},
        {"山东", QT_TR_NOOP("Shandong")},
        {"河南", QT_TR_NOOP("Henan")},
        {"湖北", QT_TR_NOOP("Hubei")},
        {"湖南", QT_TR_NOOP("Hunan")},
        {"广东", QT_TR_NOOP("Guangdong")},
        {"广西", QT_TR_NOOP("Guangxi")},
        {"海南", QT_TR_NOOP("Hainan")},
        {"四川", QT_TR_NOOP("Sichuan")},
        {"贵州", QT_TR_NOOP("Guizhou")},
        {"云南", QT_TR_NOOP("Yunnan")},
        {"西藏", QT_TR_NOOP("Tibet")},
        {"陕西", QT_TR_NOOP("Shaanxi")},
        {"甘肃", QT_TR_NOOP("Gansu")},
        {"青海", QT_TR_NOOP("Qinghai")},
        {"宁夏", QT_TR_NOOP("Ningxia")},
        {"新疆", QT_TR_NOOP("Xinjiang")},
        {"北京", QT_TR_NOOP("Beijing")},
        {"天津", QT_TR_NOOP("Tianjin")},
        {"上海", QT_TR_NOOP("Shanghai")},
        {"重庆", QT_TR_NOOP("Chongqing")},
        {"香港", QT_TR_NOOP("Hong Kong")},
        {"澳门", QT_TR_NOOP("Macao")},
        {"南海诸岛", QT_TR_NOOP("South China Sea Islands")}
    };
    for (const auto &[chinese, english] : names)
        if (name == QString::fromUtf8(chinese))
            return tr(english);
    return name;
}

QList<maplayout::Disc> ChinaMapView::bubbleDiscs() const
{
    QList<maplayout::Disc> discs;
    const QTransform toViewport = viewportTransform();
    for (const auto &b : m_layer->bubbles())
        discs << maplayout::Disc{toViewport.map(b.scenePos), std::max(b.r, b.ring) * m_layer->scale() + 1, b.centre.id};
    return discs;
}

void ChinaMapView::placeLabels()
{
    // The names first (each near its province), the callouts around them; a leader that found no way but across a
    // name or a tick has the names placed again around the callouts. The names placed first the smallest province's
    // first, or, when that leaves a province with a centre unnamed in the end, the largest's.
    const QList<maplayout::Disc> discs = bubbleDiscs();
    std::pair<qsizetype, qsizetype> best{std::numeric_limits<qsizetype>::max(), 0};
    bool bestOrder = true;
    for (int attempt = 0; attempt < 3; ++attempt) {
        const bool smallestFirst = attempt < 2 ? attempt == 0 : bestOrder;
        const QList<QRectF> names = placeNames(discs, {}, smallestFirst, false);
        const QList<maplayout::Callout> callouts = layoutCallouts(names, discs);
        const QList<QLineF> ticks = nameTicks();
        const bool crossed = std::any_of(callouts.cbegin(), callouts.cend(), [&](const maplayout::Callout &c) {
            return !c.leader.isNull()
                && (std::any_of(names.cbegin(), names.cend(), [&](const QRectF &n) { return LabelPlacement::crosses(c.leader, n); })
                    || std::any_of(ticks.cbegin(), ticks.cend(),
                                   [&](const QLineF &t) { return c.leader.intersects(t, nullptr) == QLineF::BoundedIntersection; }));
        });
        const QList<QRectF> shown = crossed ? placeNamesBest(discs, callouts) : names;
        const std::pair<qsizetype, qsizetype> score{unnamedWithCentre(), -shown.size()};
        if (score.first == 0 || attempt == 2)
            return;
        if (score < best) {
            best = score;
            bestOrder = smallestFirst;
        }
        if (attempt == 1 && !bestOrder) // the one laid out last is the best
            return;
    }
}

int ChinaMapView::unnamedWithCentre() const
{
    QSet<QString> missing;
    for (const auto &b : m_layer->bubbles())
        missing.insert(provinceOfCentre(b.centre.id));
    for (auto it = m_labels.constBegin(); it != m_labels.constEnd(); ++it)
        if (it.key()->isVisible())
            missing.remove(it.value());
    missing.remove(QString());
    return int(missing.size());
}

QList<QRectF> ChinaMapView::placeNamesBest(const QList<maplayout::Disc> &discs, const QList<maplayout::Callout> &callouts)
{
    // The names placed the smallest province's first or the largest's, around callouts keeping where they are those
    // the callouts leave clear or not; each try starts from the names as they were.
    struct Was
    {
        MapNameItem *label;
        QPointF pos;
        bool visible, halo;
        QVariant tick;
    };
    QList<Was> was;
    for (auto it = m_labels.constBegin(); it != m_labels.constEnd(); ++it)
        was << Was{it.key(), it.key()->pos(), it.key()->isVisible(), it.key()->hasHalo(), it.key()->data(kTick)};
    const auto restore = [&] {
        for (const Was &w : std::as_const(was)) {
            w.label->setPos(w.pos);
            w.label->setVisible(w.visible);
            w.label->setHalo(w.halo ? ink().land : QColor());
            w.label->setData(kTick, w.tick);
        }
    };
    // Tried in turn until every province with a centre is named; the one that leaves fewest unnamed (then names most)
    // is kept.
    QList<std::pair<bool, bool>> tries{{true, false}, {true, true}}; // keep those clear of the callouts; the smallest first
    if (!callouts.isEmpty())
        tries = {{true, false}, {true, true}, {false, false}, {false, true}};
    std::pair<qsizetype, qsizetype> best{std::numeric_limits<qsizetype>::max(), 0};
    qsizetype bestTry = 0;
    QList<QRectF> names;
    for (qsizetype i = 0; i < tries.size(); ++i) {
        restore();
        names = placeNames(discs, callouts, tries[i].second, tries[i].first);
        const std::pair<qsizetype, qsizetype> score{unnamedWithCentre(), -names.size()};
        if (score < best) {
            best = score;
            bestTry = i;
        }
        if (score.first == 0)
            return names;
    }
    restore();
    return placeNames(discs, callouts, tries[bestTry].second, tries[bestTry].first);
}

QString ChinaMapView::provinceOfCentre(qint64 id) const
{
    const int index = m_layer->indexOf(id);
    if (index < 0)
        return {};
    const QPointF at = m_layer->bubbles()[index].scenePos;
    for (auto it = m_provinces.constBegin(); it != m_provinces.constEnd(); ++it)
        if (it.value()->path().contains(at))
            return it.key();
    return {};
}

namespace {

// The province-level cities: too small at the fitted zoom for their names to fit inside, named beside their point.
bool isCity(const QString &province)
{
    return province == QStringLiteral("北京") || province == QStringLiteral("天津") || province == QStringLiteral("上海");
}

// Where a name goes: its rectangle in viewport pixels, its tick (null inside its province), over the bubbles or not.
struct NameSpot
{
    QRectF rect;
    QLineF tick;
    bool halo = false;
};

// The nearest point of a rectangle to a point.
QPointF nearestOf(const QRectF &rect, const QPointF &p)
{
    return {std::clamp(p.x(), rect.left(), rect.right()), std::clamp(p.y(), rect.top(), rect.bottom())};
}

// The offsets a name may be moved by from its province's point, nearest first, on a grid of a quarter of its width
// and half its height over `span` (the province's bounds, relative to the point): a large province's name moves
// away from a crowded corner rather than be left out.
QList<QPointF> nudges(const QRectF &span, const QSizeF &size)
{
    const double sx = std::max(4.0, size.width() / 4), sy = std::max(4.0, size.height() / 2);
    QList<QPointF> offsets;
    for (double x = std::ceil(span.left() / sx) * sx; x <= span.right(); x += sx)
        for (double y = std::ceil(span.top() / sy) * sy; y <= span.bottom(); y += sy)
            offsets << QPointF(x, y);
    offsets << QPointF(0, 0);
    std::stable_sort(offsets.begin(), offsets.end(), [](const QPointF &a, const QPointF &b) {
        return QPointF::dotProduct(a, a) < QPointF::dotProduct(b, b);
    });
    if (offsets.size() > 120)
        offsets.resize(120);
    return offsets;
}

// What the names are placed among, in viewport pixels: the keys, the callouts, their leaders, the names and ticks
// placed so far, and the bubbles (a name over one is drawn with a halo).
class NameGround
{
public:
    NameGround(const QRectF &view, const QTransform &toViewport, const QList<QGraphicsPathItem *> &provinces, const QList<maplayout::Disc> &discs)
        : placement(view), m_toViewport(toViewport), m_toScene(toViewport.inverted()), m_provinces(provinces), m_discs(discs)
    {
    }
    LabelPlacement placement;
    QList<QLineF> lines; // the leaders and the ticks: a tick crosses none

    void addLine(const QLineF &line, double width)
    {
        placement.addLineObstacle(line, width);
        lines << line;
    }
    bool clearOfBubbles(const QRectF &box) const
    {
        return std::none_of(m_discs.cbegin(), m_discs.cend(), [&](const maplayout::Disc &d) { return maplayout::covers(d, box); });
    }
    bool isFree(const QRectF &box) const { return placement.isFree(box.adjusted(-0.5, 0, 0.5, 0)); }
    // How many pixels of a line lie over a bubble (sampled each pixel).
    int overBubbles(const QLineF &line) const
    {
        int over = 0;
        const int steps = int(line.length());
        for (int i = 1; i <= steps; ++i) {
            const QPointF p = line.pointAt(double(i) / std::max(1, steps));
            over += std::any_of(m_discs.cbegin(), m_discs.cend(), [&](const maplayout::Disc &d) { return QLineF(d.centre, p).length() < d.radius; });
        }
        return over;
    }
    bool contains(const QGraphicsPathItem *province, const QPointF &viewportPoint) const
    {
        return province->path().contains(m_toScene.map(viewportPoint));
    }

    // Inside its province: the places whose centre is in it, those reaching least over its border first, then the
    // nearest its point; a name wider than the province (an island's, 台湾, 海南) only where it covers no other one.
    QList<QRectF> insidePlaces(const QGraphicsPathItem *province, const QPointF &at, const QSizeF &size) const
    {
        const QRectF screen = m_toViewport.mapRect(province->path().boundingRect());
        const bool fits = screen.width() >= size.width() * 0.6; // centred on it, a name may reach over its border
        const QRectF centred(at - QPointF(size.width() / 2, size.height() / 2), size);
        QList<std::pair<double, QRectF>> inside;
        for (const QPointF &d : nudges(screen.translated(-at), size))
            if (const QRectF box = centred.translated(d); contains(province, box.center())) {
                int out = 0;
                for (double f : {0.05, 0.3, 0.7, 0.95})
                    out += contains(province, QPointF(box.left() + f * box.width(), box.center().y())) ? 0 : 1;
                if (fits || !coversOther(province, box))
                    inside.append({std::hypot(d.x(), d.y()) + 8.0 * out, box});
            }
        std::stable_sort(inside.begin(), inside.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
        QList<QRectF> places;
        for (const auto &[cost, box] : std::as_const(inside))
            places << box;
        return places;
    }

    // Beside its province's point `at`: the nearest free place, off the other provinces and the bubbles if it can,
    // with a tick from the point (none when the name touches it) that crosses no name, leader or other tick.
    std::optional<NameSpot> besideSpot(const QGraphicsPathItem *province, const QPointF &at, const QSizeF &size, int ownPoint,
                                       double tickOverBubbleCost = 0) const
    {
        std::optional<NameSpot> best;
        double bestCost = std::numeric_limits<double>::max();
        for (double r : {3.0, 7.0, 12.0, 18.0, 26.0, 36.0})
            for (const QPointF &u : {QPointF(1, 0), QPointF(-1, 0), QPointF(0, -1), QPointF(0, 1), QPointF(0.7, -0.7), QPointF(-0.7, -0.7),
                                     QPointF(0.7, 0.7), QPointF(-0.7, 0.7), QPointF(0.9, -0.4), QPointF(0.9, 0.4), QPointF(-0.9, -0.4),
                                     QPointF(-0.9, 0.4), QPointF(0.4, -0.9), QPointF(-0.4, -0.9), QPointF(0.4, 0.9), QPointF(-0.4, 0.9)}) {
                // The corner or side of the name nearest the point lies r pixels from it in the direction u.
                const QPointF corner = at + r * u;
                const QPointF topLeft(u.x() > 0.1 ? corner.x() : u.x() < -0.1 ? corner.x() - size.width() : corner.x() - size.width() / 2,
                                      u.y() > 0.1 ? corner.y() : u.y() < -0.1 ? corner.y() - size.height() : corner.y() - size.height() / 2);
                const QRectF box(topLeft, size);
                const bool overBubble = !clearOfBubbles(box);
                const bool overNeighbour = std::any_of(m_provinces.cbegin(), m_provinces.cend(), [&](const QGraphicsPathItem *other) {
                    return other != province && contains(other, box.center());
                });
                double cost = r + (overNeighbour ? 30 : 0) + (overBubble ? 40 : 0);
                if (cost >= bestCost || !isFree(box))
                    continue;
                QLineF tick(at, nearestOf(box, at));
                if (tick.length() < 4.5)
                    tick = QLineF();
                // A tick drawn across a bubble reads as pointing at its centre (Hong Kong's, sent west through 博大's
                // disc to the Macao side): each pixel of it over a bubble costs `tickOverBubbleCost` pixels further out.
                cost += tickOverBubbleCost * overBubbles(tick);
                if (cost >= bestCost)
                    continue;
                if (!tick.isNull() && (!placement.lineIsClear(tick, ownPoint) || std::any_of(lines.cbegin(), lines.cend(), [&](const QLineF &l) {
                                           return l.intersects(tick, nullptr) == QLineF::BoundedIntersection;
                                       })))
                    continue;
                best = NameSpot{box, tick, overBubble};
                bestCost = cost;
            }
        return best;
    }

private:
    bool coversOther(const QGraphicsPathItem *province, const QRectF &box) const
    {
        const QRectF inScene = m_toScene.mapRect(box);
        return std::any_of(m_provinces.cbegin(), m_provinces.cend(),
                           [&](const QGraphicsPathItem *other) { return other != province && other->path().intersects(inScene); });
    }
    QTransform m_toViewport, m_toScene;
    const QList<QGraphicsPathItem *> &m_provinces;
    const QList<maplayout::Disc> &m_discs;
};

// Whether a name (and its tick) is clear of every callout and leader.
bool clearOfCallouts(const QRectF &rect, const QLineF &tick, const QList<maplayout::Callout> &callouts)
{
    return std::none_of(callouts.cbegin(), callouts.cend(), [&](const maplayout::Callout &c) {
        return c.rect.intersects(rect.adjusted(-2, -2, 2, 2)) || (!tick.isNull() && LabelPlacement::crosses(tick, c.rect))
            || (!c.leader.isNull()
                && (LabelPlacement::crosses(c.leader, rect) || (!tick.isNull() && c.leader.intersects(tick, nullptr) == QLineF::BoundedIntersection)));
    });
}

} // namespace

QList<QRectF> ChinaMapView::placeNames(const QList<maplayout::Disc> &discs, const QList<maplayout::Callout> &callouts, bool smallestFirst,
                                       bool keepClear)
{
    // Fewer names rather than overprinted ones, and every province named where there is room (issue 29): a name goes
    // inside its province where it fits, else beside the province's point with a short tick (the cities always).
    // The provinces with a centre first, the smallest of them first (it has the fewest places) or the largest; no name covers a
    // key, a callout, a leader, a city's point or a name placed before it; a place clear of every bubble is taken
    // if there is one, else one drawn over them with a halo. On a small map the names are a step smaller.
    const double pointSize = m_layer->scale() < 0.6 ? std::max(6.5, font().pointSizeF() * 0.72) : std::max(7.0, font().pointSizeF() * 0.8);
    QSet<QString> withCentre;
    for (const auto &b : m_layer->bubbles())
        withCentre.insert(provinceOfCentre(b.centre.id));
    const QTransform toViewport = viewportTransform();
    QList<std::pair<double, MapNameItem *>> order;
    for (auto it = m_labels.constBegin(); it != m_labels.constEnd(); ++it) {
        const QGraphicsPathItem *province = m_provinces.value(it.value());
        if (QFont small = it.key()->font(); province && small.pointSizeF() != pointSize) {
            small.setPointSizeF(pointSize);
            it.key()->setFont(small);
        }
        const QRectF screen = province ? toViewport.mapRect(province->path().boundingRect()) : QRectF();
        order.append({province ? screen.width() * screen.height() : -1, it.key()});
    }
    std::sort(order.begin(), order.end(), [&](const auto &a, const auto &b) {
        const bool ca = withCentre.contains(m_labels.value(a.second)), cb = withCentre.contains(m_labels.value(b.second));
        return ca != cb ? ca : smallestFirst ? a.first < b.first : a.first > b.first;
    });
    const QList<QGraphicsPathItem *> provinces = m_provinces.values();
    NameGround ground(QRectF(viewport()->rect()), toViewport, provinces, discs);
    for (const QRect &key : {colourKeyRect(), sizeKeyRect()})
        if (!key.isEmpty())
            ground.placement.addObstacle(QRectF(key));
    for (const maplayout::Callout &c : callouts) {
        ground.placement.addObstacle(c.rect.adjusted(-2, -2, 2, 2));
        if (!c.leader.isNull())
            ground.addLine(c.leader, 3);
    }
    QHash<MapNameItem *, int> points; // a city's point (its dot), or a province's named beside it, is covered by no other name
    const auto keepPointClear = [&](MapNameItem *label) {
        if (!points.contains(label))
            points.insert(label, ground.placement.addObstacle(QRectF(toViewport.map(label->data(kAnchor).toPointF()) - QPointF(2, 2), QSizeF(4, 4))));
    };
    for (auto it = m_labels.constBegin(); it != m_labels.constEnd(); ++it)
        if (isCity(it.value()))
            keepPointClear(it.key());
    QList<QRectF> shown;
    QSet<MapNameItem *> kept;
    const double zoom = transform().m11();
    const auto setSpot = [&](MapNameItem *label, const NameSpot &spot) {
        ground.placement.place({spot.rect.adjusted(-0.5, 0, 0.5, 0)});
        shown << spot.rect;
        const QPointF anchor = label->data(kAnchor).toPointF();
        label->setPos(anchor + (spot.rect.topLeft() - toViewport.map(anchor)) / zoom);
        label->setData(kTick, spot.tick.isNull() ? QVariant() : QVariant(spot.tick.p2() - spot.rect.topLeft()));
        label->setHalo(spot.halo ? ink().land : QColor());
        label->setZValue(spot.halo ? 5 : -5000); // over the bubbles only with its halo
        label->setVisible(true);
        if (!spot.tick.isNull())
            ground.addLine(spot.tick, 2);
    };
    // Placed again around callouts: the names they leave clear stay where they are, the others move.
    for (auto it = m_labels.constBegin(); keepClear && !callouts.isEmpty() && it != m_labels.constEnd(); ++it)
        if (const QRectF rect(toViewport.map(it.key()->pos()), it.key()->boundingRect().size());
            m_provinces.contains(it.value()) && it.key()->isVisible() && clearOfCallouts(rect, tickOf(it.key()), callouts)
            && ground.isFree(rect)) {
            kept.insert(it.key());
            setSpot(it.key(), NameSpot{rect, tickOf(it.key()), it.key()->hasHalo()});
        }
    QList<MapNameItem *> beside;
    for (const auto &[area, label] : std::as_const(order)) {
        const QGraphicsPathItem *province = m_provinces.value(m_labels.value(label));
        if (!province) { // the inset's name always shows, under its frame
            const QRectF box(toViewport.map(label->pos()), label->boundingRect().size());
            for (const QRectF &r : {box, toViewport.mapRect(m_insetRect)}) {
                ground.placement.addObstacle(r);
                shown << r;
            }
            continue;
        }
        if (kept.contains(label))
            continue;
        label->setVisible(false);
        const QList<QRectF> places = isCity(m_labels.value(label))
            ? QList<QRectF>()
            : ground.insidePlaces(province, toViewport.map(label->data(kAnchor).toPointF()), label->boundingRect().size());
        auto chosen = std::find_if(places.cbegin(), places.cend(), [&](const QRectF &box) { return ground.isFree(box) && ground.clearOfBubbles(box); });
        const bool halo = chosen == places.cend();
        if (halo)
            chosen = std::find_if(places.cbegin(), places.cend(), [&](const QRectF &box) { return ground.isFree(box); });
        if (chosen == places.cend())
            beside << label;
        else
            setSpot(label, NameSpot{*chosen, {}, halo});
    }
    // Beside: the smallest province's first (a city's name has no other place), those with a centre before the rest.
    std::stable_sort(beside.begin(), beside.end(), [&](MapNameItem *a, MapNameItem *b) {
        const auto areaOf = [&](MapNameItem *label) {
            return std::find_if(order.cbegin(), order.cend(), [label](const auto &o) { return o.second == label; })->first;
        };
        return areaOf(a) < areaOf(b);
    });
    std::stable_partition(beside.begin(), beside.end(), [&](MapNameItem *label) { return withCentre.contains(m_labels.value(label)); });
    for (MapNameItem *label : std::as_const(beside))
        keepPointClear(label);
    for (MapNameItem *label : std::as_const(beside))
        // A place without a centre (香港, 澳门) keeps its tick off the bubbles; the provinces with one, placed first,
        // take the nearest place they have (weighing the tick there left Shandong or Guizhou unnamed on a small map).
        if (const auto spot = ground.besideSpot(m_provinces.value(m_labels.value(label)), toViewport.map(label->data(kAnchor).toPointF()),
                                                label->boundingRect().size(), points.value(label, -1),
                                                withCentre.contains(m_labels.value(label)) ? 0.0 : 1.5))
            setSpot(label, *spot);
    return shown;
}

QList<maplayout::Callout> ChinaMapView::layoutCallouts(const QList<QRectF> &names, const QList<maplayout::Disc> &discs)
{
    // The callouts of the capped centres in view, largest first, placed off the land where there is room, clear of
    // the names and their ticks, the keys, the inset and every bubble.
    QList<QPainterPath> land;
    for (const QGraphicsPathItem *province : std::as_const(m_provinces))
        land << province->path();
    const maplayout::LandMask mask(land, viewportTransform(), viewport()->size());
    maplayout::Ground ground{QRectF(viewport()->rect()), names, discs, nameTicks(), &mask};
    for (const QRect &key : {colourKeyRect(), sizeKeyRect()})
        if (!key.isEmpty())
            ground.obstacles << QRectF(key);
    const QTransform toViewport = viewportTransform();
    QList<maplayout::Request> requests;
    for (const auto &b : m_layer->bubbles())
        if (const QPointF at = toViewport.map(b.scenePos); b.capped && ground.bounds.contains(at))
            requests << maplayout::Request{b.centre.id, at, b.r * m_layer->scale(), b.centre.name, m_layer->figuresOf(b)};
    const QFont font = maplayout::calloutFont(this->font());
    int unplaced = 0;
    const QList<maplayout::Callout> callouts = maplayout::place(requests, font, ground, &unplaced);
    m_layer->setCallouts(callouts, unplaced, font);
    return callouts;
}

QLineF ChinaMapView::tickOf(const MapNameItem *label) const
{
    const QVariant end = label->data(kTick);
    if (!label->isVisible() || !end.isValid())
        return {};
    const QTransform toViewport = viewportTransform();
    return QLineF(toViewport.map(label->data(kAnchor).toPointF()), toViewport.map(label->pos()) + end.toPointF());
}

QList<QLineF> ChinaMapView::nameTicks() const
{
    QList<QLineF> ticks;
    for (auto it = m_labels.constBegin(); it != m_labels.constEnd(); ++it)
        if (const QLineF tick = tickOf(it.key()); !tick.isNull())
            ticks << tick;
    return ticks;
}

QList<ChinaMapView::NameLabel> ChinaMapView::nameLabels() const
{
    QList<NameLabel> names;
    const QTransform toViewport = viewportTransform();
    for (auto it = m_labels.constBegin(); it != m_labels.constEnd(); ++it)
        if (it.key()->isVisible())
            names << NameLabel{it.value(), QRectF(toViewport.map(it.key()->pos()), it.key()->boundingRect().size()), it.key()->hasHalo(),
                               tickOf(it.key())};
    return names;
}

QList<maplayout::Callout> ChinaMapView::callouts() const
{
    return m_layer->callouts();
}

QList<qint64> ChinaMapView::keyboardOrder(bool westToEast) const
{
    QList<const BubbleLayer::Bubble *> order;
    for (const auto &b : m_layer->bubbles())
        order << &b;
    std::stable_sort(order.begin(), order.end(), [westToEast](const BubbleLayer::Bubble *a, const BubbleLayer::Bubble *b) {
        // As drawn: the projection's parallels curve, so "east" and "south" are the map's left-right and top-down.
        return westToEast ? std::pair(a->scenePos.x(), a->scenePos.y()) < std::pair(b->scenePos.x(), b->scenePos.y())
                          : std::pair(a->scenePos.y(), a->scenePos.x()) < std::pair(b->scenePos.y(), b->scenePos.x());
    });
    QList<qint64> ids;
    for (const auto *b : order)
        ids << b->centre.id;
    return ids;
}

void ChinaMapView::keyPressEvent(QKeyEvent *event)
{
    // The arrow keys walk the centres as a click picks one (issue 29, keyboard reach): Right and Left to the next
    // centre east or west, Down and Up to the next south or north; the detail panel follows (centreClicked), and a
    // screen reader hears the centre (the chart's value). With a modifier they pan, as the view does.
    const int key = event->key();
    const bool arrow = key == Qt::Key_Left || key == Qt::Key_Right || key == Qt::Key_Up || key == Qt::Key_Down;
    if (!arrow || (event->modifiers() & ~Qt::KeypadModifier) || bubbleCount() == 0) {
        QGraphicsView::keyPressEvent(event);
        return;
    }
    const QList<qint64> order = keyboardOrder(key == Qt::Key_Left || key == Qt::Key_Right);
    const bool forward = key == Qt::Key_Right || key == Qt::Key_Down;
    qsizetype i = order.indexOf(m_selected);
    i = i < 0 ? (forward ? 0 : order.size() - 1) : std::clamp<qsizetype>(i + (forward ? 1 : -1), 0, order.size() - 1);
    const qint64 id = order[i];
    selectCentre(id);
    setProperty("accessibleValue", centreName(id));
    QAccessibleValueChangeEvent changed(this, centreName(id));
    QAccessible::updateAccessibility(&changed);
    emit centreClicked(id);
    event->accept();
}

} // namespace zhisuan::widgets
