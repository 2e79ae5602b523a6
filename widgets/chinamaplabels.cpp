// ChinaMapView's words: the provinces' names, the callouts of the largest centres, and the arrow keys that walk the
// centres (chinamapview.cpp draws the map itself).
#include "chinamapview.h"

#include "bubblelayer.h"
#include "labelplacement.h"

#include <QAccessible>
#include <QGraphicsPathItem>
#include <QKeyEvent>

#include <algorithm>

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
    const QList<maplayout::Disc> discs = bubbleDiscs();
    const QList<QRectF> names = placeNames(discs);
    layoutCallouts(names, discs);
}

namespace {

// The province-level cities: too small at the fitted zoom for their names to fit inside, named beside their point
// (a halo over their neighbour) once the map is large enough.
bool isCity(const QString &province)
{
    return province == QStringLiteral("北京") || province == QStringLiteral("天津") || province == QStringLiteral("上海");
}

} // namespace

QList<QRectF> ChinaMapView::placeNames(const QList<maplayout::Disc> &discs)
{
    // Fewer names rather than overprinted ones: a province is named when its name fits across its outline on screen
    // (an island's may reach into the sea, a city's sit beside it on a large map) and covers no key and no name
    // placed before (larger provinces first). Each tries its centre, then places nudged around it within its
    // outline; the first clear of every bubble is taken, else the first free one, drawn over the bubbles with a halo.
    QList<std::pair<double, MapNameItem *>> bySize;
    for (auto it = m_labels.constBegin(); it != m_labels.constEnd(); ++it) {
        const QGraphicsPathItem *province = m_provinces.value(it.value());
        const QRectF screen = province ? mapFromScene(province->path().boundingRect()).boundingRect() : QRectF();
        bySize.append({province ? screen.width() * screen.height() : -1, it.key()});
    }
    std::sort(bySize.begin(), bySize.end(), [](const auto &a, const auto &b) { return a.first > b.first; });
    LabelPlacement placement(QRectF(viewport()->rect()));
    for (const QRect &key : {colourKeyRect(), sizeKeyRect()})
        if (!key.isEmpty())
            placement.addObstacle(QRectF(key));
    const QTransform toViewport = viewportTransform();
    const double zoom = transform().m11();
    QList<QRectF> shown;
    for (const auto &[area, label] : std::as_const(bySize)) {
        const QGraphicsPathItem *province = m_provinces.value(m_labels.value(label));
        const QSizeF size = label->boundingRect().size();
        if (!province) { // the inset's name always shows, under its frame
            const QRectF box(toViewport.map(label->pos()), size);
            placement.addObstacle(box);
            placement.addObstacle(toViewport.mapRect(m_insetRect));
            shown << box << toViewport.mapRect(m_insetRect);
            continue;
        }
        const QPointF anchor = label->data(kAnchor).toPointF(), at = toViewport.map(anchor);
        const QRectF screen = toViewport.mapRect(province->path().boundingRect());
        const bool fits = screen.width() >= size.width() * 0.9, city = isCity(m_labels.value(label)) && m_layer->scale() >= 0.8;
        const double w = size.width(), h = size.height(), dx = w / 2 + 4, dy = h + 2;
        const QRectF centred(at - QPointF(w / 2, h / 2), size);
        QList<QRectF> places;
        if (city) {
            for (const QPointF &d : {QPointF(w / 2 + 6, 0), QPointF(-w / 2 - 6, 0), QPointF(0, -h / 2 - 5), QPointF(0, h / 2 + 5)})
                places << centred.translated(d);
        } else {
            for (const QPointF &d : {QPointF(0, 0), QPointF(0, -dy), QPointF(0, dy), QPointF(-dx, 0), QPointF(dx, 0), QPointF(0, -2 * dy),
                                     QPointF(0, 2 * dy), QPointF(-dx, -dy), QPointF(dx, -dy), QPointF(-dx, dy), QPointF(dx, dy)})
                if (const QRectF box = centred.translated(d); province->path().contains(toViewport.inverted().map(box.center())))
                    places << box;
        }
        const auto coversOtherProvince = [&](const QRectF &box) {
            const QRectF inScene = toViewport.inverted().mapRect(box);
            return std::any_of(m_provinces.cbegin(), m_provinces.cend(),
                               [&](const QGraphicsPathItem *other) { return other != province && other->path().intersects(inScene); });
        };
        if (!fits && !city) // an island's name (台湾, 海南) may reach into the sea: shown when it covers no other province
            places.removeIf(coversOtherProvince);
        const auto clearOfBubbles = [&](const QRectF &box) {
            return std::none_of(discs.cbegin(), discs.cend(), [&](const maplayout::Disc &d) { return maplayout::covers(d, box); });
        };
        const auto isFree = [&](const QRectF &box) { return placement.isFree(box.adjusted(-0.5, 0, 0.5, 0)); };
        auto chosen = std::find_if(places.cbegin(), places.cend(), [&](const QRectF &box) { return isFree(box) && clearOfBubbles(box); });
        bool halo = false;
        if (chosen == places.cend()) {
            chosen = std::find_if(places.cbegin(), places.cend(), isFree);
            halo = true;
        }
        const bool show = chosen != places.cend();
        label->setVisible(show);
        if (!show)
            continue;
        placement.place({chosen->adjusted(-0.5, 0, 0.5, 0)});
        shown << *chosen;
        label->setPos(anchor + (chosen->topLeft() - at) / zoom);
        label->setHalo(halo ? ink().land : QColor());
        label->setZValue(halo ? 5 : -5000); // over the bubbles only with its halo
    }
    return shown;
}

void ChinaMapView::layoutCallouts(const QList<QRectF> &names, const QList<maplayout::Disc> &discs)
{
    // The callouts of the capped centres in view, largest first, placed off the land where there is room, clear of
    // the names, the keys, the inset and every bubble.
    QList<QPainterPath> land;
    for (const QGraphicsPathItem *province : std::as_const(m_provinces))
        land << province->path();
    const maplayout::LandMask mask(land, viewportTransform(), viewport()->size());
    maplayout::Ground ground{QRectF(viewport()->rect()), names, discs, &mask};
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
}

QList<ChinaMapView::NameLabel> ChinaMapView::nameLabels() const
{
    QList<NameLabel> names;
    const QTransform toViewport = viewportTransform();
    for (auto it = m_labels.constBegin(); it != m_labels.constEnd(); ++it)
        if (it.key()->isVisible())
            names << NameLabel{it.value(), QRectF(toViewport.map(it.key()->pos()), it.key()->boundingRect().size()), it.key()->hasHalo()};
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
