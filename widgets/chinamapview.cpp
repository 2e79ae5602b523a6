#include "chinamapview.h"

#include "chartaccessibility.h"
#include "bubblelayer.h"
#include "maplayout.h"

#include <QFile>
#include <QGraphicsItem>
#include <QGraphicsPathItem>
#include <QGraphicsScene>
#include <QEvent>
#include <QGraphicsSimpleTextItem>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMouseEvent>
#include <QLocale>
#include <QPainter>
#include <QToolTip>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace zhisuan::widgets {

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

} // namespace

ChinaMapView::ChinaMapView(QWidget *parent) : QGraphicsView(parent)
{
    setScene(new QGraphicsScene(this));
    ChartAccessibility::attach(this, this); // Tab, a description and the data table (issue 29)
    setRenderHint(QPainter::Antialiasing);
    setDragMode(QGraphicsView::ScrollHandDrag);
    setTransformationAnchor(QGraphicsView::NoAnchor); // zoomAt() anchors explicitly
    setViewportUpdateMode(QGraphicsView::SmartViewportUpdate);
    setMouseTracking(true);
    setBackgroundBrush(ink().paper);
    m_land = ink().land;
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setMinimumSize(420, 220); // 1024×700 leaves the map about 290 px: a larger minimum had the page clip its bottom (and the size key)
    m_relayout = new QTimer(this);
    m_relayout->setSingleShot(true);
    m_relayout->setInterval(60);
    connect(m_relayout, &QTimer::timeout, this, [this] {
        placeLabels();
        viewport()->update();
    });
    m_layer = new BubbleLayer;
    m_layer->setInk(ink());
    scene()->addItem(m_layer);
}

void ChinaMapView::recolour()
{
    const ChartLook::Ink k = ink();
    setBackgroundBrush(k.paper);
    for (QGraphicsPathItem *item : std::as_const(m_provinces)) {
        item->setPen(QPen(k.border, 0));
        if (item->brush().color() == m_land) // a province in a capacity class keeps its class colour
            item->setBrush(k.land);
    }
    m_land = k.land;
    for (QGraphicsItem *item : std::as_const(m_insetItems))
        if (auto *shape = dynamic_cast<QAbstractGraphicsShapeItem *>(item))
            shape->setPen(QPen(k.border, 0));
    if (!m_insetItems.isEmpty())
        if (auto *islands = dynamic_cast<QAbstractGraphicsShapeItem *>(m_insetItems.constFirst()))
            islands->setBrush(k.border);
    for (auto it = m_labels.constBegin(); it != m_labels.constEnd(); ++it) {
        it.key()->setBrush(k.muted);
        if (it.key()->hasHalo())
            it.key()->setHalo(k.land);
    }
    m_layer->setInk(k);
    viewport()->update();
}

void ChinaMapView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        recolour();
    if (event->type() == QEvent::LanguageChange)
        for (auto it = m_labels.constBegin(); it != m_labels.constEnd(); ++it)
            it.key()->setText(provinceLabel(it.value()));
    QGraphicsView::changeEvent(event);
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::FontChange)
        placeLabels(); // the names and callouts are as wide as their words
}

namespace {
constexpr double kBaseRadius = 3.0, kMaxRadius = 30.0;
}

double ChinaMapView::bubbleRadius(double pflops)
{
    if (pflops <= 0)
        return 4.0;
    const double scale = (kMaxRadius - kBaseRadius) / std::sqrt(kCapValue);
    return kBaseRadius + scale * std::sqrt(std::min(pflops, kCapValue));
}

void ChinaMapView::setSizeUnit(const QString &unit)
{
    m_sizeUnit = unit;
    m_layer->setUnit(unit);
    m_relayout->start();
    viewport()->update();
}

QStringList ChinaMapView::cappedLabels() const
{
    QStringList labels;
    for (const auto &b : m_layer->bubbles())
        if (b.capped)
            labels << m_layer->labelOf(b);
    return labels;
}

bool ChinaMapView::loadGeo(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return false;
    const QJsonArray features = QJsonDocument::fromJson(f.readAll()).object()[QStringLiteral("features")].toArray();
    QRectF bounds;
    struct
    {
        QGraphicsPathItem *islands = nullptr;
        QGraphicsRectItem *frame = nullptr;
        QGraphicsSimpleTextItem *label = nullptr;
    } inset;
    for (const QJsonValue &v : features) {
        const QJsonObject feature = v.toObject();
        const QJsonObject props = feature[QStringLiteral("properties")].toObject();
        const QString name = props[QStringLiteral("name")].toString();
        const QPainterPath path = geometryPath(feature[QStringLiteral("geometry")].toObject(), m_projection);
        auto *item = scene()->addPath(path, QPen(ink().border, 0), QBrush(m_land));
        item->setZValue(-10000);
        if (props[QStringLiteral("inset")].toBool()) {
            // 南海诸岛: the islands' dash marks, framed as national maps do; drawn, not hit-tested.
            item->setBrush(QBrush(ink().border));
            auto *frame = scene()->addRect(path.boundingRect().adjusted(-40, -40, 40, 40), QPen(ink().border, 0));
            m_insetItems = {item, frame};
            frame->setZValue(-10001);
            auto *label = new MapNameItem(provinceLabel(name));
            scene()->addItem(label);
            m_labels.insert(label, name);
            label->setFlag(QGraphicsItem::ItemIgnoresTransformations);
            label->setPos(path.boundingRect().bottomLeft() + QPointF(0, 10));
            label->setBrush(ink().muted);
            inset = {item, frame, label};
            continue;
        }
        item->setData(0, name);
        m_provinces.insert(name, item);
        bounds = bounds.united(path.boundingRect());
        const QJsonArray centre = props[QStringLiteral("center")].toArray();
        if (centre.size() == 2) {
            auto *label = new MapNameItem(provinceLabel(name));
            scene()->addItem(label);
            m_labels.insert(label, name);
            label->setFlag(QGraphicsItem::ItemIgnoresTransformations);
            QFont font = label->font();
            font.setPointSizeF(std::max(7.0, font.pointSizeF() * 0.8));
            label->setFont(font);
            label->setBrush(ink().muted);
            const QPointF anchor = m_projection.project(centre[0].toDouble(), centre[1].toDouble());
            label->setData(kAnchor, anchor); // placeLabels() centres the name there, or nudges it clear of bubbles
            label->setPos(anchor);
            label->setZValue(-5000);
        }
    }
    if (inset.frame) {
        // The frame at the data's place touched Taiwan's eastern islets: it moves down until it clears every
        // province (as national maps set it, bottom right), its islands and label with it.
        QRectF frame = inset.frame->rect();
        double shift = 0;
        for (bool moved = true; moved;) {
            moved = false;
            for (auto *province : std::as_const(m_provinces))
                if (const QRectF r = province->path().boundingRect().adjusted(-150, -60, 150, 60); r.intersects(frame.translated(0, shift))) {
                    shift = r.bottom() - frame.top();
                    moved = true;
                }
        }
        for (QGraphicsItem *i : {static_cast<QGraphicsItem *>(inset.islands), static_cast<QGraphicsItem *>(inset.frame)})
            i->moveBy(0, shift);
        inset.label->moveBy(0, shift);
        m_insetRect = frame.translated(0, shift);
        bounds = bounds.united(m_insetRect.adjusted(0, 0, 0, 160)); // its name under it, in view on a small map
    }
    m_countryRect = bounds.adjusted(-100, -100, 100, 100);
    scene()->setSceneRect(m_countryRect.adjusted(-2000, -2000, 2000, 2000));
    m_layer->setBounds(scene()->sceneRect());
    resetView();
    return !m_provinces.isEmpty();
}

QRectF ChinaMapView::provinceBounds(const QString &name) const
{
    const auto *item = m_provinces.value(name);
    return item ? item->path().boundingRect() : QRectF();
}

ChartSurface::Table ChinaMapView::table() const
{
    Table t{{tr("Centre"), tr("Current (%1)").arg(m_sizeUnit), tr("Planned (%1)").arg(m_sizeUnit), tr("Category")}, {}};
    // A category as its key names it ("运营中" / "Operational"), not the stored key ("operational").
    QHash<QString, QString> shown;
    for (const LegendEntry &e : m_legend)
        shown.insert(e.key, e.label);
    // A figure the source does not give is left empty, never a measured 0 (a centre under construction has no current
    // capacity to speak of; the description's highest and lowest skip it), nor a plan copied from the current figure.
    const QLocale locale;
    const auto figure = [&locale](double v) { return v > 0 ? locale.toString(v) : QString(); };
    for (const auto &b : m_layer->bubbles())
        t.rows << QStringList{b.centre.name, figure(b.centre.current), b.centre.planStated ? figure(b.centre.planned) : QString(),
                              shown.value(b.centre.category, b.centre.category)};
    return t;
}

void ChinaMapView::render(QPainter *painter, const QRectF &target, bool)
{
    m_paper = true; // an export is printed on white, whatever the desktop
    recolour();
    renderResized(this, painter, target, [this](QPainter *p, const QRectF &to) {
        placeLabels(); // at the size drawn, whatever changed since the last layout
        QWidget::render(p, to.topLeft().toPoint(), QRegion(), QWidget::DrawChildren);
    });
    m_paper = false;
    recolour();
}

void ChinaMapView::setCentres(const QList<Centre> &centres)
{
    QList<BubbleLayer::Bubble> bubbles;
    bubbles.reserve(centres.size());
    for (const Centre &c : centres) {
        BubbleLayer::Bubble b;
        b.centre = c;
        b.scenePos = m_projection.project(c.lon, c.lat);
        b.r = bubbleRadius(c.current);
        b.capped = isCapped(c.current) || isCapped(c.planned);
        // A planned ring beyond the cap still shows that more is planned: a little outside the disc.
        b.ring = c.planned > c.current ? (isCapped(c.planned) ? std::max(bubbleRadius(c.planned), b.r + 6) : bubbleRadius(c.planned)) : 0;
        b.colour = colourOf(c.category);
        bubbles.append(b);
    }
    m_layer->setBubbles(std::move(bubbles));
    if (m_layer->indexOf(m_selected) < 0)
        m_selected = -1;
    m_layer->setSelected(m_selected);
    m_relayout->start(); // the size key comes and goes with the bubbles, the callouts with the capped ones
}

int ChinaMapView::bubbleCount() const
{
    return int(m_layer->bubbles().size());
}

void ChinaMapView::setLegend(const QString &title, const QList<LegendEntry> &entries)
{
    m_legendTitle = title;
    m_legend = entries;
    m_layer->recolour([this](const QString &category) { return colourOf(category); });
    m_relayout->start(); // the colour key's size
    viewport()->update();
}

QColor ChinaMapView::colourOf(const QString &category) const
{
    for (const LegendEntry &e : m_legend)
        if (e.key == category)
            return e.colour;
    return QColor(0x7F, 0x8C, 0x8D);
}

QList<double> ChinaMapView::classBreaks(const QList<double> &values)
{
    double lo = 0, hi = 0;
    for (double v : values)
        if (v > 0) {
            lo = lo > 0 ? std::min(lo, v) : v;
            hi = std::max(hi, v);
        }
    if (!(lo > 0) || hi <= lo)
        return {};
    // Log breaks on round numbers: decades (100, 1,000, 10,000) when the values span three or more, else the 1-2-5
    // steps between them; the first class holds everything below the lowest break that keeps at most 5 classes.
    QList<double> breaks;
    const int first = int(std::floor(std::log10(lo))), last = int(std::ceil(std::log10(hi)));
    for (int e = first; e <= last; ++e)
        if (const double b = std::pow(10.0, e); b > lo && b <= hi)
            breaks << b;
    if (breaks.size() < 2) {
        breaks.clear();
        for (int e = first; e <= last; ++e)
            for (double m : {1.0, 2.0, 5.0})
                if (const double b = m * std::pow(10.0, e); b > lo && b <= hi)
                    breaks << b;
    }
    while (breaks.size() > 4)
        breaks.removeFirst();
    return breaks;
}

int ChinaMapView::classOf(double value, const QList<double> &breaks)
{
    return int(std::upper_bound(breaks.cbegin(), breaks.cend(), value) - breaks.cbegin());
}

QColor ChinaMapView::classColour(int index, int classes)
{
    // A light-to-mid slate ramp, a hue no bubble has and never darker than the labels: the saturated bubbles
    // (red, orange, blue, green, purple) stay readable on every class.
    const QColor lightest(0xE2, 0xE8, 0xEE), darkest(0x7E, 0x92, 0xA6);
    const double t = classes <= 1 ? 1.0 : double(index) / (classes - 1);
    return QColor::fromRgbF(lightest.redF() + t * (darkest.redF() - lightest.redF()),
                            lightest.greenF() + t * (darkest.greenF() - lightest.greenF()),
                            lightest.blueF() + t * (darkest.blueF() - lightest.blueF()));
}

QStringList ChinaMapView::classLabels() const
{
    if (m_choroplethTitle.isEmpty())
        return {};
    const QLocale locale;
    auto n = [&](double v) { return locale.toString(v, 'f', 0); };
    if (m_breaks.isEmpty())
        return {tr("%1 (one value)").arg(n(m_choroplethMax))};
    QStringList labels{tr("under %1").arg(n(m_breaks.first()))};
    for (int i = 1; i < m_breaks.size(); ++i)
        labels << tr("%1 to %2").arg(n(m_breaks[i - 1]), n(m_breaks[i]));
    labels << tr("%1 or more (to %2)").arg(n(m_breaks.last()), n(m_choroplethMax));
    return labels;
}

void ChinaMapView::setChoropleth(const QHash<QString, double> &values, const QString &title)
{
    m_choroplethTitle = values.isEmpty() ? QString() : title;
    m_choroplethMax = 0;
    for (double v : values)
        m_choroplethMax = std::max(m_choroplethMax, v);
    m_breaks = classBreaks(values.values());
    const int classes = int(m_breaks.size()) + 1;
    for (auto it = m_provinces.begin(); it != m_provinces.end(); ++it) {
        const double v = values.value(it.key(), 0);
        if (values.isEmpty() || m_choroplethMax <= 0 || v <= 0) {
            it.value()->setBrush(m_land);
            continue;
        }
        // Classes on log breaks, not a linear scale: one province with most of the capacity left the rest blank.
        it.value()->setBrush(classColour(classOf(v, m_breaks), classes));
    }
    if (m_choroplethMax <= 0)
        m_choroplethTitle.clear();
    m_relayout->start(); // the colour key grows with the classes
    viewport()->update();
}

void ChinaMapView::setProvinceTooltips(const QHash<QString, QString> &tooltips)
{
    m_tooltips = tooltips;
}

void ChinaMapView::selectCentre(qint64 id)
{
    const int index = m_layer->indexOf(id);
    m_selected = index >= 0 ? id : -1;
    m_layer->setSelected(m_selected);
    if (index >= 0) {
        const QPointF pos = m_layer->bubbles()[index].scenePos;
        if (!viewport()->rect().contains(mapFromScene(pos)))
            centerOn(pos);
    }
}

qint64 ChinaMapView::centreAt(const QPoint &viewportPos) const
{
    // The topmost bubble whose disc contains the point: the layer draws small bubbles last, so search backwards.
    const auto &bubbles = m_layer->bubbles();
    for (qsizetype i = bubbles.size() - 1; i >= 0; --i) {
        const QPointF d = QPointF(mapFromScene(bubbles[i].scenePos)) - QPointF(viewportPos);
        const double r = std::max(bubbles[i].r * m_layer->scale(), 5.0);
        if (d.x() * d.x() + d.y() * d.y() <= r * r)
            return bubbles[i].centre.id;
    }
    return -1;
}

QString ChinaMapView::centreName(qint64 id) const
{
    const int index = m_layer->indexOf(id);
    return index >= 0 ? m_layer->bubbles()[index].centre.name : QString();
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
        placeLabels();
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
    placeLabels();
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
    if (const qint64 id = centreAt(pos); id >= 0) {
        const int index = m_layer->indexOf(id);
        const bool inferred = index >= 0 && m_layer->bubbles()[index].centre.inferred;
        QToolTip::showText(event->globalPosition().toPoint(),
                           inferred ? tr("%1 (inferred ecosystem: the detail panel says why)").arg(centreName(id)) : centreName(id),
                           viewport());
        return;
    }
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
    // The width the whole country takes at the fitted zoom: bubbles shrink with it, so that on a small map (1280×800
    // leaves it about 470 px wide) they do not cover the east coast.
    if (m_countryRect.isValid()) {
        const double fit = std::min(viewport()->width() / m_countryRect.width(), viewport()->height() / m_countryRect.height());
        m_layer->setScale(std::clamp(fit * m_countryRect.width() / 900.0, 0.45, 1.0));
    }
    if (m_fitted)
        resetView();
    else
        placeLabels();
}

double ChinaMapView::bubbleScale() const
{
    return m_layer->scale();
}

QList<QRectF> ChinaMapView::labelRects() const
{
    return m_layer->labelRects();
}

int ChinaMapView::unplacedLabelCount() const
{
    return m_layer->unplacedLabelCount();
}

QStringList ChinaMapView::shownProvinceLabels() const
{
    QStringList shown;
    for (auto it = m_labels.constBegin(); it != m_labels.constEnd(); ++it)
        if (it.key()->isVisible())
            shown << it.value();
    shown.sort();
    return shown;
}

void ChinaMapView::scrollContentsBy(int dx, int dy)
{
    // A pan scrolls the viewport's pixels, keys included, and repaints only the strip uncovered: the keys drawn in
    // viewport coordinates were smeared across the map until a reset. The whole viewport is drawn again instead.
    QGraphicsView::scrollContentsBy(dx, dy);
    m_relayout->start(); // the keys stay where they are, the map moves under them: the words are placed again
    viewport()->update();
}

bool ChinaMapView::compactKeys() const
{
    // A small map (the window at 1024×700 leaves it about 580×285) gets keys in a smaller type, the size key on
    // one short line with two reference circles: the full keys would cover a third of the country.
    return viewport()->height() < 460 || viewport()->width() < 640;
}

QFont ChinaMapView::keyFont() const
{
    QFont font = this->font();
    if (compactKeys())
        font.setPointSizeF(font.pointSizeF() * 0.85);
    return font;
}

QRect ChinaMapView::colourKeyRect() const
{
    const QFontMetrics fm(keyFont());
    const int line = fm.height() + (compactKeys() ? 2 : 4);
    const QStringList classes = classLabels();
    const int rows = int(m_legend.size()) + (m_legendTitle.isEmpty() ? 0 : 1) + (m_choroplethTitle.isEmpty() ? 0 : 1 + int(classes.size()));
    if (rows == 0)
        return {};
    int width = fm.horizontalAdvance(m_legendTitle) + 16;
    for (const LegendEntry &e : m_legend)
        width = std::max(width, fm.horizontalAdvance(e.label) + 36);
    for (const QString &c : classes)
        width = std::max(width, fm.horizontalAdvance(c) + 36);
    width = std::max(width, fm.horizontalAdvance(m_choroplethTitle) + 16);
    return QRect(8, 8, width, rows * line + 10);
}

QList<double> ChinaMapView::sizeKeyValues() const
{
    // The compact key leaves out the cap circle, the largest: its heavy outline is said in words.
    return compactKeys() ? QList<double>{100, 1000} : QList<double>{100, 1000, kCapValue};
}

QStringList ChinaMapView::sizeKeyLines() const
{
    const QString cap = QLocale().toString(kCapValue, 'f', 0);
    if (compactKeys())
        return {tr("Area: current %1").arg(m_sizeUnit), tr("Dashed: planned; heavy: over %1").arg(cap)};
    return {tr("Bubble area: current %1 (dashed ring: planned)").arg(m_sizeUnit),
            tr("Heavy outline: over %1, drawn at this size and labelled").arg(cap)};
}

QRect ChinaMapView::sizeKeyRect() const
{
    if (bubbleCount() == 0)
        return {};
    const QFontMetrics fm(keyFont());
    const int line = fm.height() + (compactKeys() ? 2 : 4);
    const QStringList lines = sizeKeyLines();
    double biggest = 0, circles = 12;
    for (double v : sizeKeyValues()) {
        biggest = std::max(biggest, bubbleRadius(v) * bubbleScale());
        circles += 2 * bubbleRadius(v) * bubbleScale() + fm.horizontalAdvance(QLocale().toString(v, 'f', 0)) + 14;
    }
    int textWidth = 0;
    for (const QString &l : lines)
        textWidth = std::max(textWidth, fm.horizontalAdvance(l));
    // Compact: the two reference circles, the two short lines under them. Full: title, circles, note, stacked.
    const int width = std::max(int(circles) + 8, textWidth + 16);
    const int height = compactKeys() ? int(2 * biggest + 10 + lines.size() * line + 6) : int(lines.size() * line + 2 * biggest + 12);
    return QRect(8, viewport()->height() - 8 - height, width, height);
}

void ChinaMapView::drawForeground(QPainter *painter, const QRectF &)
{
    // Keys in viewport coordinates: the colour key and the choropleth scale top left, the size key bottom left
    // (the east coast, where most centres are, stays clear).
    painter->save();
    painter->resetTransform();
    painter->setRenderHint(QPainter::Antialiasing);
    const ChartLook::Ink k = ink();
    // A name set beside its province: a dot at the province's point, a tick from it to the name.
    for (const QLineF &tick : nameTicks()) {
        painter->setPen(QPen(k.muted, 1));
        painter->drawLine(tick);
        painter->setPen(Qt::NoPen);
        painter->setBrush(k.muted);
        painter->drawEllipse(tick.p1(), 1.5, 1.5);
    }
    const QFont font = keyFont();
    painter->setFont(font);
    const QFontMetrics fm(font);
    const int line = fm.height() + (compactKeys() ? 2 : 4);
    const QRect box = colourKeyRect();
    if (!box.isEmpty()) {
        const int width = box.width();
        painter->setPen(k.line);
        painter->setBrush(k.panel);
        painter->drawRoundedRect(box, 4, 4);
        int y = box.top() + 5;
        painter->setPen(k.text);
        if (!m_legendTitle.isEmpty()) {
            painter->drawText(QRect(box.left() + 8, y, width, line), Qt::AlignVCenter, m_legendTitle);
            y += line;
        }
        for (const LegendEntry &e : m_legend) {
            painter->setBrush(e.colour);
            painter->setPen(k.paper);
            painter->drawEllipse(QPointF(box.left() + 16, y + line / 2.0), 6, 6);
            painter->setPen(k.text);
            painter->drawText(QRect(box.left() + 30, y, width, line), Qt::AlignVCenter, e.label);
            y += line;
        }
        if (!m_choroplethTitle.isEmpty()) {
            painter->drawText(QRect(box.left() + 8, y, width, line), Qt::AlignVCenter, m_choroplethTitle);
            y += line;
            const QStringList labels = classLabels();
            for (int i = 0; i < labels.size(); ++i) {
                painter->setPen(k.border);
                painter->setBrush(classColour(i, int(labels.size())));
                painter->drawRect(QRect(box.left() + 10, y + line / 2 - 5, 14, 10));
                painter->setPen(k.text);
                painter->drawText(QRect(box.left() + 30, y, width, line), Qt::AlignVCenter, labels[i]);
                y += line;
            }
        }
    }
    if (bubbleCount() > 0)
        drawSizeLegend(painter, fm);
    painter->restore();
}

void ChinaMapView::drawSizeLegend(QPainter *painter, const QFontMetrics &fm)
{
    // What a bubble's area means, reference sizes drawn to the map's scale, and what the heavy outline says.
    const ChartLook::Ink k = ink();
    const QRect box = sizeKeyRect();
    const QStringList lines = sizeKeyLines();
    const int line = fm.height() + (compactKeys() ? 2 : 4);
    double biggest = 0;
    for (double v : sizeKeyValues())
        biggest = std::max(biggest, bubbleRadius(v) * bubbleScale());
    painter->setPen(k.line);
    painter->setBrush(k.panel);
    painter->drawRoundedRect(box, 4, 4);
    painter->setPen(k.text);
    const bool compact = compactKeys();
    if (!compact)
        painter->drawText(QRect(box.left() + 8, box.top() + 4, box.width() - 8, line), Qt::AlignVCenter, lines.constFirst());
    const double baseline = compact ? box.top() + 6 + 2 * biggest : box.top() + line + 6 + 2 * biggest;
    double x = box.left() + 12;
    for (double v : sizeKeyValues()) {
        const double r = bubbleRadius(v) * bubbleScale();
        painter->setPen(QPen(k.muted, v == kCapValue ? 3 : 1));
        QColor disc = k.muted;
        disc.setAlpha(60);
        painter->setBrush(disc);
        painter->drawEllipse(QPointF(x + r, baseline - r), r, r); // circles stand on one line, as size keys do
        const QString label = QLocale().toString(v, 'f', 0);
        painter->setPen(k.text);
        painter->drawText(QPointF(x + 2 * r + 4, baseline - 2), label);
        x += 2 * r + fm.horizontalAdvance(label) + 14;
    }
    if (compact) {
        int y = int(baseline) + 4;
        for (const QString &l : lines) {
            painter->drawText(QRect(box.left() + 8, y, box.width() - 8, line), Qt::AlignVCenter, l);
            y += line;
        }
    } else if (lines.size() > 1) {
        painter->drawText(QRect(box.left() + 8, int(baseline) + 2, box.width() - 8, line), Qt::AlignVCenter, lines.constLast());
    }
}

} // namespace zhisuan::widgets
