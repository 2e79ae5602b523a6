#include "bubblelayer.h"

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
    paintCallouts(p, world);
    p->restore();
}

void BubbleLayer::setCallouts(const QList<maplayout::Callout> &callouts, int unplaced, const QFont &font)
{
    m_callouts = callouts;
    m_unplacedLabels = unplaced;
    m_calloutFont = font;
    update();
}

QList<QRectF> BubbleLayer::labelRects() const
{
    QList<QRectF> rects;
    for (const maplayout::Callout &c : m_callouts)
        rects << c.rect;
    return rects;
}

void BubbleLayer::paintCallouts(QPainter *p, const QTransform &world)
{
    // Capped centres carry their name and figures on a framed plate, a thin leader line to the bubble's edge. The
    // layout is in the view's pixels: drawn shifted by where the bubble is now (an export draws at an offset).
    p->setFont(m_calloutFont);
    for (const maplayout::Callout &c : std::as_const(m_callouts)) {
        const int index = indexOf(c.id);
        if (index < 0)
            continue;
        const QPointF shift = world.map(m_bubbles[index].scenePos) - c.anchor;
        const QRectF box = c.rect.translated(shift);
        if (!c.leader.isNull()) {
            p->setPen(QPen(m_ink.muted, 1));
            p->drawLine(c.leader.translated(shift));
        }
        p->setPen(QPen(m_ink.line, 1));
        p->setBrush(m_ink.panel);
        p->drawRoundedRect(box.adjusted(0.5, 0.5, -0.5, -0.5), 3, 3);
        p->setPen(m_ink.text);
        p->drawText(box.adjusted(5, 2, -5, -2), c.oneLine ? int(Qt::AlignCenter) : int(Qt::AlignLeft | Qt::AlignVCenter | Qt::TextWordWrap), c.text);
    }
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
