#include "bubblelayer.h"

#include "labelplacement.h"

#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>
#include <QStyleOptionGraphicsItem>

#include <algorithm>
#include <cmath>

namespace zhisuan::widgets {

void BubbleLayer::setUnit(const QString &unit)
{
    m_unit = unit;
    update();
}

QString BubbleLayer::figuresOf(const Bubble &b) const
{
    const QLocale locale;
    if (!b.centre.figures.isEmpty()) // no current figure: never a measured "0"
        return b.centre.figures;
    QString text = QStringLiteral("%1 %2").arg(locale.toString(b.centre.current, 'f', 0), m_unit);
    if (b.centre.planned > b.centre.current)
        text += QStringLiteral(" → %1").arg(locale.toString(b.centre.planned, 'f', 0));
    return text;
}

// The name, then its figures after a middle dot: "Zhengzhou AI Computing Centre · Under construction → planned 30,000
// PFLOPS" (without it the status read as part of the name).
QString BubbleLayer::labelOf(const Bubble &b) const
{
    return QStringLiteral("%1 · %2").arg(b.centre.name, figuresOf(b));
}

QStringList BubbleLayer::labelLines(const Bubble &b) const
{
    return QStringList{b.centre.name, figuresOf(b)};
}

QList<QRectF> BubbleLayer::candidates(const LabelPlacement &placement, const QPointF &at, double extent, const QSizeF &size)
{
    // Eight places around the bubble, the first that is free taken: beside it on the right, then the left, then
    // above and below it.
    const double w = size.width(), h = size.height(), d = extent * 0.75;
    QList<QRectF> places{QRectF(at.x() + d, at.y() - d - h, w, h),      QRectF(at.x() + extent + 2, at.y() - h / 2, w, h),
                         QRectF(at.x() + d, at.y() + d, w, h),          QRectF(at.x() - d - w, at.y() - d - h, w, h),
                         QRectF(at.x() - extent - 2 - w, at.y() - h / 2, w, h), QRectF(at.x() - d - w, at.y() + d, w, h),
                         QRectF(at.x() - w / 2, at.y() - extent - 2 - h, w, h), QRectF(at.x() - w / 2, at.y() + extent + 2, w, h)};
    // A long callout near an edge (an English one in the north-east) fits none of those: above or below its
    // bubble, slid sideways until it is inside the view (not up or down over the bubble).
    for (int above : {6, 7})
        if (const QRectF slid = placement.movedInside(places[above]); slid.top() == places[above].top())
            places << slid;
    return places;
}

void BubbleLayer::setBounds(const QRectF &bounds)
{
    prepareGeometryChange();
    m_bounds = bounds;
}

void BubbleLayer::setBubbles(QList<Bubble> bubbles)
{
    std::stable_sort(bubbles.begin(), bubbles.end(),
                     [](const Bubble &a, const Bubble &b) { return std::max(a.r, a.ring) > std::max(b.r, b.ring); });
    m_bubbles = std::move(bubbles);
    m_index.clear();
    for (int i = 0; i < m_bubbles.size(); ++i)
        m_index.insert(m_bubbles[i].centre.id, i);
    update();
}

void BubbleLayer::recolour(const std::function<QColor(const QString &)> &colourOf)
{
    for (Bubble &b : m_bubbles)
        b.colour = colourOf(b.centre.category);
    update();
}

void BubbleLayer::setSelected(qint64 id)
{
    m_selected = id;
    update();
}

void BubbleLayer::setScale(double scale)
{
    if (scale == m_scale)
        return;
    m_scale = scale;
    update();
}

void BubbleLayer::paint(QPainter *p, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const QTransform world = p->worldTransform();
    const QRectF exposed = world.mapRect(option->exposedRect).adjusted(-80, -80, 80, 80);
    p->save();
    p->resetTransform();
    const Bubble *selected = nullptr;
    for (const Bubble &b : std::as_const(m_bubbles)) {
        const QPointF at = world.map(b.scenePos);
        if (!exposed.contains(at))
            continue;
        if (b.centre.id == m_selected) {
            selected = &b;
            continue;
        }
        const QPixmap &sprite = spriteFor(b, false);
        p->drawPixmap(at - QPointF(sprite.width() / 2.0 / sprite.devicePixelRatio(), sprite.height() / 2.0 / sprite.devicePixelRatio()), sprite);
    }
    if (selected) {
        const QPixmap &sprite = spriteFor(*selected, true);
        p->drawPixmap(world.map(selected->scenePos) - QPointF(sprite.width() / 2.0, sprite.height() / 2.0), sprite);
    }
    paintLabels(p, world, exposed);
    p->restore();
}

void BubbleLayer::paintLabels(QPainter *p, const QTransform &world, const QRectF &exposed)
{
    // Capped centres carry their name and figures, on a light plate so that they read over the map.
    QFont font = p->font();
    font.setPointSizeF(std::max(7.0, font.pointSizeF() * 0.85));
    font.setBold(true);
    p->setFont(font);
    const QFontMetricsF fm(font);
    // Each label takes the first of its places around its bubble that stays in view and covers no key and no
    // label placed before; a label with none is left out rather than printed over another. Largest centres first.
    m_labelRects.clear();
    LabelPlacement placement(m_labelBounds.isEmpty() ? QRectF(p->viewport()) : m_labelBounds);
    for (const QRectF &key : std::as_const(m_obstacles))
        placement.addObstacle(key);
    for (const Bubble &b : std::as_const(m_bubbles)) {
        if (!b.capped)
            continue;
        const QPointF at = world.map(b.scenePos);
        if (!exposed.contains(at))
            continue;
        const QString text = labelOf(b);
        const double extent = std::max(b.r, b.ring) * m_scale;
        // One line where it fits; a long callout (an English name and its plan) also on two, name over figures.
        const QList<QRectF> oneLine = candidates(placement, at, extent, QSizeF(fm.horizontalAdvance(text) + 8, fm.height() + 2));
        QList<QRectF> places = oneLine;
        const QString twoLines = labelLines(b).join(QLatin1Char('\n'));
        if (twoLines.contains(QLatin1Char('\n'))) {
            const QSizeF size = fm.boundingRect(QRectF(0, 0, 1e6, 1e6), Qt::AlignCenter, twoLines).size() + QSizeF(8, 2);
            places += candidates(placement, at, extent, size);
        }
        const int chosen = placement.place(places);
        if (chosen < 0)
            continue;
        const QRectF box = places[chosen];
        m_labelRects << box;
        p->setPen(Qt::NoPen);
        p->setBrush(m_ink.panel);
        p->drawRoundedRect(box, 3, 3);
        p->setPen(m_ink.text);
        p->drawText(box, Qt::AlignCenter, chosen < oneLine.size() ? text : twoLines);
    }
    m_unplacedLabels = placement.unplacedCount();
}

void BubbleLayer::setInk(const ChartLook::Ink &ink)
{
    if (ink.paper == m_ink.paper && ink.panel == m_ink.panel && ink.text == m_ink.text)
        return;
    m_ink = ink;
    m_sprites.clear(); // the outlines are drawn into the sprites
    update();
}

const QPixmap &BubbleLayer::spriteFor(const Bubble &b, bool selected)
{
    const double radius = b.r * m_scale, ringRadius = b.ring * m_scale;
    const int r = int(std::lround(radius * 2)), ring = int(std::lround(ringRadius * 2));
    const quint64 key = (quint64(b.colour.rgba()) << 32) ^ (quint64(r) << 16) ^ (quint64(ring) << 1) ^ quint64(selected)
                        ^ (b.centre.current > 0 ? 0x8000'0000ULL : 0) ^ (b.centre.inferred ? 0x4000'0000ULL : 0)
                        ^ (b.capped ? 0x2000'0000ULL : 0);
    auto it = m_sprites.find(key);
    if (it != m_sprites.end())
        return *it;
    const double extent = std::max(radius, ringRadius) + 4;
    QPixmap pixmap(int(std::ceil(extent * 2)), int(std::ceil(extent * 2)));
    pixmap.fill(Qt::transparent);
    QPainter sp(&pixmap);
    sp.setRenderHint(QPainter::Antialiasing);
    sp.translate(extent, extent);
    if (b.ring > 0) {
        sp.setPen(QPen(b.colour, 1.5, Qt::DashLine));
        sp.setBrush(Qt::NoBrush);
        sp.drawEllipse(QPointF(), ringRadius, ringRadius);
    }
    QColor fill = b.colour;
    fill.setAlpha(b.centre.current > 0 ? 190 : 40);
    sp.setPen(QPen(selected ? QColor(0x11, 0x11, 0x11) : b.capped ? b.colour.darker(160) : m_ink.paper, selected || b.capped ? 3 : 1));
    sp.setBrush(fill);
    sp.drawEllipse(QPointF(), radius, radius);
    if (b.centre.inferred) { // hatched: "推断", the tooltip and the detail panel say why
        sp.setPen(Qt::NoPen);
        sp.setBrush(QBrush(QColor(255, 255, 255, 200), Qt::BDiagPattern));
        sp.drawEllipse(QPointF(), radius, radius);
    }
    sp.end();
    return *m_sprites.insert(key, pixmap);
}

} // namespace zhisuan::widgets
