#include "chinamapview.h"

#include <QFile>
#include <QGraphicsItem>
#include <QGraphicsPathItem>
#include <QGraphicsScene>
#include <QGraphicsSimpleTextItem>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace zhisuan::widgets {

// A centre on the map: a disc for current capacity and a ring for planned, drawn at a fixed screen size.
class BubbleItem : public QGraphicsItem
{
public:
    BubbleItem(const ChinaMapView::Centre &c, const QColor &colour) : m_centre(c), m_colour(colour)
    {
        setFlag(ItemIgnoresTransformations);
        m_r = ChinaMapView::bubbleRadius(c.current);
        m_ring = c.planned > c.current ? ChinaMapView::bubbleRadius(c.planned) : 0;
        setZValue(-std::max(m_r, m_ring)); // small bubbles stay on top of large ones
        setToolTip(c.name);
    }
    QRectF boundingRect() const override
    {
        const double r = std::max(m_r, m_ring) + 3;
        return {-r, -r, 2 * r, 2 * r};
    }
    QPainterPath shape() const override
    {
        QPainterPath p;
        const double r = std::max(m_r, 5.0);
        p.addEllipse(QPointF(), r, r);
        return p;
    }
    void paint(QPainter *p, const QStyleOptionGraphicsItem *, QWidget *) override
    {
        p->setRenderHint(QPainter::Antialiasing);
        if (m_ring > 0) {
            p->setPen(QPen(m_colour, 1.5, Qt::DashLine));
            p->setBrush(Qt::NoBrush);
            p->drawEllipse(QPointF(), m_ring, m_ring);
        }
        QColor fill = m_colour;
        fill.setAlpha(m_centre.current > 0 ? 190 : 40);
        p->setPen(QPen(m_selected ? QColor(0x11, 0x11, 0x11) : Qt::white, m_selected ? 3 : 1));
        p->setBrush(fill);
        p->drawEllipse(QPointF(), m_r, m_r);
    }
    void setSelected(bool on)
    {
        m_selected = on;
        setZValue(on ? 1000 : -std::max(m_r, m_ring));
        update();
    }
    const ChinaMapView::Centre &centre() const { return m_centre; }
    void setColour(const QColor &c)
    {
        m_colour = c;
        update();
    }

private:
    ChinaMapView::Centre m_centre;
    QColor m_colour;
    double m_r = 4, m_ring = 0;
    bool m_selected = false;
};

namespace {

QPolygonF ring(const QJsonArray &coords, const AlbersProjection &proj)
{
    QPolygonF poly;
    poly.reserve(coords.size());
    for (const QJsonValue &pt : coords) {
        const QJsonArray xy = pt.toArray();
        poly << proj.project(xy[0].toDouble(), xy[1].toDouble());
    }
    return poly;
}

QPainterPath geometryPath(const QJsonObject &geometry, const AlbersProjection &proj)
{
    QPainterPath path;
    path.setFillRule(Qt::OddEvenFill);
    const QString type = geometry[QStringLiteral("type")].toString();
    const QJsonArray coords = geometry[QStringLiteral("coordinates")].toArray();
    auto addPolygon = [&](const QJsonArray &polygon) {
        for (const QJsonValue &r : polygon) {
            path.addPolygon(ring(r.toArray(), proj));
            path.closeSubpath();
        }
    };
    if (type == QLatin1String("Polygon"))
        addPolygon(coords);
    else if (type == QLatin1String("MultiPolygon"))
        for (const QJsonValue &p : coords)
            addPolygon(p.toArray());
    return path;
}

const QColor kLand(0xEE, 0xF1, 0xF4);
const QColor kBorder(0xA8, 0xB2, 0xBD);

} // namespace

ChinaMapView::ChinaMapView(QWidget *parent) : QGraphicsView(parent)
{
    setScene(new QGraphicsScene(this));
    setRenderHint(QPainter::Antialiasing);
    setDragMode(QGraphicsView::ScrollHandDrag);
    setTransformationAnchor(QGraphicsView::NoAnchor); // zoomAt() anchors explicitly
    setViewportUpdateMode(QGraphicsView::SmartViewportUpdate);
    setMouseTracking(true);
    setBackgroundBrush(QColor(0xFB, 0xFC, 0xFD));
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setMinimumSize(420, 320);
}

double ChinaMapView::bubbleRadius(double pflops)
{
    if (pflops <= 0)
        return 4.0;
    return std::min(4.0 + 0.45 * std::sqrt(pflops), 70.0);
}

bool ChinaMapView::loadGeo(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return false;
    const QJsonArray features = QJsonDocument::fromJson(f.readAll()).object()[QStringLiteral("features")].toArray();
    QRectF bounds;
    for (const QJsonValue &v : features) {
        const QJsonObject feature = v.toObject();
        const QJsonObject props = feature[QStringLiteral("properties")].toObject();
        const QString name = props[QStringLiteral("name")].toString();
        const QPainterPath path = geometryPath(feature[QStringLiteral("geometry")].toObject(), m_projection);
        auto *item = scene()->addPath(path, QPen(kBorder, 0), QBrush(kLand));
        item->setZValue(-10000);
        if (props[QStringLiteral("inset")].toBool()) {
            // 南海诸岛: the islands' dash marks, framed as national maps do; drawn, not hit-tested.
            item->setBrush(QBrush(kBorder));
            auto *frame = scene()->addRect(path.boundingRect().adjusted(-40, -40, 40, 40), QPen(kBorder, 0));
            frame->setZValue(-10001);
            auto *label = scene()->addSimpleText(name);
            label->setFlag(QGraphicsItem::ItemIgnoresTransformations);
            label->setPos(path.boundingRect().bottomLeft() + QPointF(0, 10));
            label->setBrush(QColor(0x6B, 0x77, 0x85));
            bounds = bounds.united(frame->rect());
            continue;
        }
        item->setData(0, name);
        m_provinces.insert(name, item);
        bounds = bounds.united(path.boundingRect());
        const QJsonArray centre = props[QStringLiteral("center")].toArray();
        if (centre.size() == 2) {
            auto *label = scene()->addSimpleText(name);
            label->setFlag(QGraphicsItem::ItemIgnoresTransformations);
            QFont font = label->font();
            font.setPointSizeF(std::max(7.0, font.pointSizeF() * 0.8));
            label->setFont(font);
            label->setBrush(QColor(0x6B, 0x77, 0x85));
            label->setPos(m_projection.project(centre[0].toDouble(), centre[1].toDouble()));
            label->setZValue(-5000);
        }
    }
    m_countryRect = bounds.adjusted(-100, -100, 100, 100);
    scene()->setSceneRect(m_countryRect.adjusted(-2000, -2000, 2000, 2000));
    resetView();
    return !m_provinces.isEmpty();
}

void ChinaMapView::setCentres(const QList<Centre> &centres)
{
    for (BubbleItem *b : std::as_const(m_bubbles)) {
        scene()->removeItem(b);
        delete b;
    }
    m_bubbles.clear();
    m_bubbleById.clear();
    for (const Centre &c : centres) {
        auto *b = new BubbleItem(c, colourOf(c.category));
        b->setPos(m_projection.project(c.lon, c.lat));
        scene()->addItem(b);
        m_bubbles.append(b);
        m_bubbleById.insert(c.id, b);
    }
    if (m_bubbleById.contains(m_selected))
        m_bubbleById.value(m_selected)->setSelected(true);
    else
        m_selected = -1;
}

void ChinaMapView::setLegend(const QString &title, const QList<LegendEntry> &entries)
{
    m_legendTitle = title;
    m_legend = entries;
    for (BubbleItem *b : std::as_const(m_bubbles))
        b->setColour(colourOf(b->centre().category));
    viewport()->update();
}

QColor ChinaMapView::colourOf(const QString &category) const
{
    for (const LegendEntry &e : m_legend)
        if (e.key == category)
            return e.colour;
    return QColor(0x7F, 0x8C, 0x8D);
}

void ChinaMapView::setChoropleth(const QHash<QString, double> &values, const QString &title)
{
    m_choroplethTitle = values.isEmpty() ? QString() : title;
    m_choroplethMax = 0;
    for (double v : values)
        m_choroplethMax = std::max(m_choroplethMax, v);
    for (auto it = m_provinces.begin(); it != m_provinces.end(); ++it) {
        const double v = values.value(it.key(), 0);
        if (values.isEmpty() || m_choroplethMax <= 0 || v <= 0) {
            it.value()->setBrush(kLand);
            continue;
        }
        // Square-root scale: a few provinces hold most of the capacity.
        const double t = std::sqrt(v / m_choroplethMax);
        it.value()->setBrush(QColor::fromRgbF(0.97 - 0.22 * t, 0.93 - 0.62 * t, 0.87 - 0.62 * t));
    }
    viewport()->update();
}

void ChinaMapView::setProvinceTooltips(const QHash<QString, QString> &tooltips)
{
    m_tooltips = tooltips;
}

void ChinaMapView::selectCentre(qint64 id)
{
    if (auto *old = m_bubbleById.value(m_selected))
        old->setSelected(false);
    m_selected = m_bubbleById.contains(id) ? id : -1;
    if (auto *b = m_bubbleById.value(m_selected)) {
        b->setSelected(true);
        if (!viewport()->rect().contains(mapFromScene(b->pos())))
            centerOn(b);
    }
}

qint64 ChinaMapView::centreAt(const QPoint &viewportPos) const
{
    // Topmost bubble whose disc contains the point (small ones sit above large ones).
    for (QGraphicsItem *item : items(viewportPos))
        if (auto *b = dynamic_cast<BubbleItem *>(item))
            return b->centre().id;
    return -1;
}

QString ChinaMapView::provinceAt(const QPoint &viewportPos) const
{
    const QPointF scenePos = mapToScene(viewportPos);
    for (auto it = m_provinces.constBegin(); it != m_provinces.constEnd(); ++it)
        if (it.value()->path().contains(scenePos))
            return it.key();
    return {};
}

QPoint ChinaMapView::viewportPosOf(double lon, double lat) const
{
    return mapFromScene(m_projection.project(lon, lat));
}

void ChinaMapView::resetView()
{
    if (m_countryRect.isValid()) {
        fitInView(m_countryRect, Qt::KeepAspectRatio);
        m_fitted = true;
    }
}

void ChinaMapView::zoomBy(double factor)
{
    const double current = transform().m11();
    const double fit = m_countryRect.isValid() ? std::min(viewport()->width() / m_countryRect.width(),
                                                          viewport()->height() / m_countryRect.height())
                                               : current;
    const double target = std::clamp(current * factor, fit * 0.5, fit * 40.0);
    scale(target / current, target / current);
}

void ChinaMapView::zoomAt(const QPoint &viewportPos, double factor)
{
    const QPointF before = mapToScene(viewportPos);
    zoomBy(factor);
    const QPointF after = mapToScene(viewportPos);
    centerOn(mapToScene(viewport()->rect().center()) + (before - after));
}

void ChinaMapView::wheelEvent(QWheelEvent *event)
{
    zoomAt(event->position().toPoint(), std::pow(1.0015, event->angleDelta().y()));
    event->accept();
}

void ChinaMapView::mousePressEvent(QMouseEvent *event)
{
    const qint64 id = event->button() == Qt::LeftButton ? centreAt(event->position().toPoint()) : -1;
    if (id >= 0) {
        selectCentre(id);
        emit centreClicked(id);
        event->accept();
        return;
    }
    QGraphicsView::mousePressEvent(event); // drag to pan
}

void ChinaMapView::mouseMoveEvent(QMouseEvent *event)
{
    QGraphicsView::mouseMoveEvent(event);
    if (event->buttons() != Qt::NoButton)
        return;
    const QPoint pos = event->position().toPoint();
    if (centreAt(pos) >= 0)
        return; // the bubble's own tooltip
    const QString province = provinceAt(pos);
    const QString tip = m_tooltips.value(province, province);
    if (!tip.isEmpty())
        QToolTip::showText(event->globalPosition().toPoint(), tip, viewport());
    else
        QToolTip::hideText();
}

void ChinaMapView::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    if (m_fitted)
        resetView();
}

void ChinaMapView::drawForeground(QPainter *painter, const QRectF &)
{
    // Legends in viewport coordinates, top left: the colour key, then the choropleth scale.
    painter->save();
    painter->resetTransform();
    painter->setRenderHint(QPainter::Antialiasing);
    QFont font = this->font();
    painter->setFont(font);
    const QFontMetrics fm(font);
    const int line = fm.height() + 4;
    int rows = int(m_legend.size()) + (m_legendTitle.isEmpty() ? 0 : 1) + (m_choroplethTitle.isEmpty() ? 0 : 2);
    if (rows > 0) {
        int width = fm.horizontalAdvance(m_legendTitle) + 16;
        for (const LegendEntry &e : m_legend)
            width = std::max(width, fm.horizontalAdvance(e.label) + 36);
        width = std::max(width, fm.horizontalAdvance(m_choroplethTitle) + 16);
        const QRect box(8, 8, width, rows * line + 10);
        painter->setPen(QColor(0xD5, 0xDB, 0xE1));
        painter->setBrush(QColor(255, 255, 255, 230));
        painter->drawRoundedRect(box, 4, 4);
        int y = box.top() + 5;
        painter->setPen(QColor(0x22, 0x2B, 0x36));
        if (!m_legendTitle.isEmpty()) {
            painter->drawText(QRect(box.left() + 8, y, width, line), Qt::AlignVCenter, m_legendTitle);
            y += line;
        }
        for (const LegendEntry &e : m_legend) {
            painter->setBrush(e.colour);
            painter->setPen(Qt::white);
            painter->drawEllipse(QPointF(box.left() + 16, y + line / 2.0), 6, 6);
            painter->setPen(QColor(0x22, 0x2B, 0x36));
            painter->drawText(QRect(box.left() + 30, y, width, line), Qt::AlignVCenter, e.label);
            y += line;
        }
        if (!m_choroplethTitle.isEmpty()) {
            painter->drawText(QRect(box.left() + 8, y, width, line), Qt::AlignVCenter, m_choroplethTitle);
            y += line;
            QLinearGradient g(box.left() + 8, 0, box.right() - 8, 0);
            g.setColorAt(0, QColor::fromRgbF(0.97, 0.93, 0.87));
            g.setColorAt(1, QColor::fromRgbF(0.75, 0.31, 0.25));
            painter->setPen(Qt::NoPen);
            painter->setBrush(g);
            painter->drawRect(QRect(box.left() + 8, y + 2, width - 16, line / 2));
            painter->setPen(QColor(0x22, 0x2B, 0x36));
            painter->drawText(QRect(box.left() + 8, y + line / 2, width - 16, line), Qt::AlignLeft, QStringLiteral("0"));
            painter->drawText(QRect(box.left() + 8, y + line / 2, width - 16, line), Qt::AlignRight,
                              QLocale().toString(m_choroplethMax, 'f', 0));
        }
    }
    painter->restore();
}

} // namespace zhisuan::widgets
