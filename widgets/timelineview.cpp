#include "timelineview.h"

#include <QHash>

#include "chartaccessibility.h"
#include <QEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace zhisuan::widgets {

ChartSurface::Table TimelineView::table() const
{
    Table t{{tr("Date"), tr("Name"), tr("Group"), tr("Kind")}, {}};
    // A kind as the legend names it ("视频" / "Video"), not the code the rows carry ("video").
    QHash<QString, QString> shown;
    for (const auto &[code, label] : m_legend)
        shown.insert(code, label);
    for (const Item &item : m_items)
        if (!item.event || m_showEvents)
            t.rows << QStringList{item.date.toString(Qt::ISODate), item.label, item.event ? QString() : item.lane,
                                  shown.value(item.modality, item.modality)};
    return t;
}

void TimelineView::render(QPainter *painter, const QRectF &target, bool)
{
    m_paper = true; // an export is printed on white, whatever the desktop
    renderResized(this, painter, target, [this](QPainter *p, const QRectF &to) {
        QWidget::render(p, to.topLeft().toPoint(), QRegion(), QWidget::DrawChildren);
    });
    m_paper = false;
}

namespace {
constexpr int kLaneLabel = 110;
constexpr int kAxis = 28;
constexpr int kRow = 22;
constexpr int kMarker = 12;
} // namespace

TimelineView::TimelineView(QWidget *parent) : QWidget(parent)
{
    setMouseTracking(true);
    ChartAccessibility::attach(this, this); // Tab, a description and the data table (issue 29)
    setMinimumHeight(260);
    // The background is painted in paintEvent (the light look, or the desktop's dark one), not by the palette.
}

QColor TimelineView::colourOf(const QString &modality)
{
    if (modality == QLatin1String("text"))
        return {0xC0, 0x39, 0x2B};
    if (modality == QLatin1String("multimodal"))
        return {0x8E, 0x44, 0xAD};
    if (modality == QLatin1String("image"))
        return {0x29, 0x80, 0xB9};
    if (modality == QLatin1String("video"))
        return {0x27, 0xAE, 0x60};
    if (modality == QLatin1String("event"))
        return {0x7F, 0x8C, 0x8D};
    if (modality == QLatin1String("update")) // the legend's hollow marker: any colour's update
        return {0x2C, 0x3E, 0x50};
    return {0xE6, 0x7E, 0x22};
}

void TimelineView::setItems(const QList<Item> &items, const QStringList &lanes)
{
    m_items = items;
    m_lanes = lanes;
    m_labelWidths.clear();
    relayout();
    resetRange();
}

void TimelineView::setShowEvents(bool on)
{
    m_showEvents = on;
    relayout();
    update();
}

void TimelineView::setLegend(const QList<std::pair<QString, QString>> &modalities)
{
    m_legend = modalities;
    update();
}

void TimelineView::resetRange()
{
    QDate lo, hi;
    for (const Item &i : std::as_const(m_items)) {
        if (i.event && !m_showEvents)
            continue;
        lo = !lo.isValid() || i.date < lo ? i.date : lo;
        hi = !hi.isValid() || i.date > hi ? i.date : hi;
    }
    if (!lo.isValid()) {
        lo = QDate::currentDate().addMonths(-6);
        hi = QDate::currentDate();
    }
    const qint64 pad = std::max<qint64>(7, lo.daysTo(hi) / 20);
    setRange(lo.addDays(-pad), hi.addDays(pad));
}

void TimelineView::setRange(const QDate &from, const QDate &to)
{
    if (!from.isValid() || !to.isValid() || from.daysTo(to) < 7)
        return;
    if (from == m_from && to == m_to)
        return;
    m_from = from;
    m_to = to;
    relayout();
    update();
}

QFont TimelineView::labelFont() const
{
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    return small;
}

QRectF TimelineView::plotRect() const
{
    return QRectF(kLaneLabel, 24, std::max(50, width() - kLaneLabel - 10), std::max(50, height() - kAxis - 30)); // legend above
}

double TimelineView::xOf(const QDate &date) const
{
    const QRectF r = plotRect();
    const double span = std::max<qint64>(1, m_from.daysTo(m_to));
    return r.left() + r.width() * double(m_from.daysTo(date)) / span;
}

void TimelineView::zoomAt(int x, double factor)
{
    const QRectF r = plotRect();
    const double span = m_from.daysTo(m_to);
    const double anchor = std::clamp((x - r.left()) / r.width(), 0.0, 1.0);
    const double anchorDay = anchor * span;
    const double newSpan = std::clamp(span / factor, 14.0, 3650.0);
    const QDate from = m_from.addDays(qint64(std::lround(anchorDay - anchor * newSpan)));
    setRange(from, from.addDays(qint64(std::lround(newSpan))));
}

void TimelineView::relayout()
{
    m_layoutValid = false;
    m_layout.clear();
}

void TimelineView::resizeEvent(QResizeEvent *event)
{
    relayout();
    QWidget::resizeEvent(event);
}

void TimelineView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::FontChange) {
        m_labelWidths.clear(); // label widths
        relayout();
    }
    QWidget::changeEvent(event);
}

const QList<TimelineView::Placed> &TimelineView::layout() const
{
    if (!m_layoutValid) {
        m_layout = computeLayout();
        m_layoutValid = true;
        ++m_layoutRuns;
    }
    return m_layout;
}

QList<TimelineView::Placed> TimelineView::computeLayout() const
{
    QList<Placed> placed;
    const QRectF r = plotRect();
    const int lanes = int(m_lanes.size()) + (m_showEvents ? 1 : 0);
    if (lanes == 0)
        return placed;
    const double laneHeight = r.height() / lanes;
    // Per lane, in date order: each marker and its name take the first stack row where they overlap nothing, so
    // that close releases stack instead of hiding each other. A name that would run off the right edge is put on
    // the left of its marker, and takes that room instead.
    QList<int> order(m_items.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) { return m_items[a].date < m_items[b].date; });
    const QFontMetricsF metrics(labelFont());
    struct Span
    {
        double from, to;
        qsizetype owner; // index into placed
        double x;        // its marker's centre: a row's spans are in x order (items are placed in date order)
    };
    // A span reaches at most this far from its marker (a name is elided at 136 px), so a row is searched backwards
    // only as far as spans that could touch the new one: each item costs what its neighbours cost, not the whole
    // row (5,000 releases took 86 ms per layout when every row was searched from its start).
    constexpr double kReach = kMarker / 2.0 + 3 + 136;
    auto nearby = [](const QList<Span> &row, double x, auto &&visit) {
        for (qsizetype k = row.size() - 1; k >= 0; --k) {
            if (row[k].x < x - 2 * kReach - 8)
                break;
            if (!visit(k))
                return false;
        }
        return true;
    };
    QHash<int, QList<QList<Span>>> rows; // lane -> stack rows -> occupied spans
    for (int i : order) {
        const Item &item = m_items[i];
        if (item.event && !m_showEvents)
            continue;
        const double x = xOf(item.date);
        if (x < r.left() - kMarker || x > r.right() + kMarker)
            continue;
        const int lane = item.event ? -1 : int(m_lanes.indexOf(item.lane));
        if (!item.event && lane < 0)
            continue;
        const int laneRow = item.event ? 0 : lane + (m_showEvents ? 1 : 0);
        // Measured once per item and font, not per layout (text measurement was most of a zoom step's layout).
        if (m_labelWidths.size() != m_items.size())
            m_labelWidths = QList<double>(m_items.size(), -1);
        if (m_labelWidths[i] < 0)
            m_labelWidths[i] = std::min(136.0, metrics.horizontalAdvance(metrics.elidedText(item.label, Qt::ElideRight, 136)));
        const double textWidth = m_labelWidths[i];
        const bool left = x + kMarker / 2.0 + 3 + textWidth > width() - 4 && x - kMarker / 2.0 - 3 - textWidth > r.left();
        const qsizetype self = placed.size();
        const Span named = left ? Span{x - kMarker / 2.0 - 3 - textWidth, x + kMarker / 2.0, self, x}
                                : Span{x - kMarker / 2.0, x + kMarker / 2.0 + 3 + textWidth, self, x};
        const Span bare{x - kMarker / 2.0, x + kMarker / 2.0, self, x};
        QList<QList<Span>> &laneRows = rows[lane];
        const int maxStack = std::max(1, int(laneHeight / kRow) - 1);
        while (laneRows.size() < maxStack)
            laneRows.append(QList<Span>{});
        auto overlaps = [](const Span &a, const Span &b) { return a.from < b.to + 4 && b.from < a.to + 4; };
        auto fits = [&](const QList<Span> &row, const Span &want) {
            return nearby(row, want.x, [&](qsizetype k) { return !overlaps(row[k], want); });
        };
        // The first row with room for marker and name; else, in a crowded lane, room for the marker alone (its name
        // is shown on hover); else a row where only other names are in the way: those names give way.
        int stack = 0;
        bool withName = true;
        while (stack < maxStack && !fits(laneRows[stack], named))
            ++stack;
        if (stack == maxStack) {
            withName = false;
            stack = 0;
            while (stack < maxStack && !fits(laneRows[stack], bare))
                ++stack;
        }
        if (stack == maxStack) {
            auto markerOf = [&](const Span &t) {
                const QRectF &box = placed[t.owner].box;
                return Span{box.left(), box.right(), t.owner, t.x};
            };
            stack = 0;
            for (int row = 0; row < maxStack; ++row) {
                const QList<Span> &taken = laneRows[row];
                if (nearby(taken, x, [&](qsizetype k) { return !overlaps(markerOf(taken[k]), bare); })) {
                    stack = row;
                    break;
                }
            }
            QList<Span> &giving = laneRows[stack];
            nearby(giving, x, [&](qsizetype k) {
                if (overlaps(giving[k], bare)) {
                    placed[giving[k].owner].label = QRectF();
                    giving[k] = markerOf(giving[k]);
                }
                return true;
            });
        }
        laneRows[stack].append(withName ? named : bare);
        const double y = r.top() + laneRow * laneHeight + 8 + stack * kRow;
        QRectF label;
        if (withName)
            label = left ? QRectF(x - kMarker / 2.0 - 3 - textWidth, y - 3, textWidth, kRow) : QRectF(x + kMarker / 2.0 + 3, y - 3, textWidth, kRow);
        placed.append({i, QRectF(x - kMarker / 2.0, y, kMarker, kMarker), lane, stack, left, label});
    }
    return placed;
}

qint64 TimelineView::itemAt(const QPoint &pos) const
{
    const auto &placed = layout();
    for (auto it = placed.crbegin(); it != placed.crend(); ++it)
        if (it->box.adjusted(-3, -3, 3, 3).contains(pos))
            return m_items[it->index].id;
    return -1;
}

void TimelineView::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const ChartLook::Ink k = ink();
    p.fillRect(rect(), k.paper);
    const QRectF r = plotRect();
    const int lanes = int(m_lanes.size()) + (m_showEvents ? 1 : 0);
    const double laneHeight = lanes > 0 ? r.height() / lanes : r.height();
    QStringList laneNames = m_lanes;
    if (m_showEvents)
        laneNames.prepend(tr("Events"));
    for (int i = 0; i < lanes; ++i) {
        const QRectF band(0, r.top() + i * laneHeight, width(), laneHeight);
        p.fillRect(band, i % 2 ? k.band : k.paper);
        p.setPen(k.text);
        p.drawText(QRectF(6, band.top(), kLaneLabel - 10, laneHeight), Qt::AlignVCenter | Qt::TextWordWrap, laneNames[i]);
    }
    // Month ticks.
    p.setPen(k.line);
    QDate tick(m_from.year(), m_from.month(), 1);
    const int step = m_from.daysTo(m_to) > 900 ? 6 : m_from.daysTo(m_to) > 400 ? 3 : 1;
    while (tick.isValid() && m_to.isValid() && tick <= m_to) { // (no range before the first items: no ticks)
        const double x = xOf(tick);
        if (x >= r.left()) {
            p.setPen(k.line);
            p.drawLine(QPointF(x, r.top()), QPointF(x, r.bottom()));
            p.setPen(k.muted);
            p.drawText(QRectF(x - 40, r.bottom() + 4, 80, kAxis - 6), Qt::AlignHCenter | Qt::AlignTop,
                       tick.toString(QStringLiteral("yyyy-MM")));
        }
        tick = tick.addMonths(step);
    }
    const QFont small = labelFont();
    p.setFont(small);
    // Events' dashed lines first, under every marker and label: a name is never crossed by a line drawn after it.
    for (const Placed &pl : layout()) {
        const Item &item = m_items[pl.index];
        if (!item.event)
            continue;
        p.setPen(QPen(colourOf(QStringLiteral("event")), 1, Qt::DashLine));
        p.drawLine(QPointF(pl.box.center().x(), pl.box.bottom()), QPointF(pl.box.center().x(), r.bottom()));
    }
    for (const Placed &pl : layout()) {
        const Item &item = m_items[pl.index];
        const QColor c = colourOf(item.event ? QStringLiteral("event") : item.modality);
        p.setPen(QPen(k.paper, 1));
        p.setBrush(c);
        const QRectF b = pl.box;
        if (item.id == m_selected) {
            // The item the detail pane shows: ringed, its name in bold.
            p.save();
            p.setPen(QPen(QColor(0x1F, 0x38, 0x64), 2.5));
            p.setBrush(QColor(0x1F, 0x38, 0x64, 40));
            p.drawEllipse(b.center(), b.width() / 2 + 5, b.height() / 2 + 5);
            p.restore();
            p.setBrush(c);
        }
        drawMarker(&p, b, item.event ? QStringLiteral("event") : item.modality, item.update, k.paper);
        if (pl.label.isNull())
            continue; // no room in a crowded lane: the name shows on hover
        // A light halo keeps the name readable where an event's dashed line crosses it.
        QColor halo = k.paper;
        halo.setAlpha(170);
        p.fillRect(pl.label.adjusted(-1, 2, 1, -3), halo);
        p.setPen(k.text);
        QFont font = small;
        font.setBold(item.id == m_selected);
        p.setFont(font);
        p.drawText(pl.label.adjusted(-1, 0, 1, 0), (pl.labelLeft ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignTop,
                   QFontMetrics(small).elidedText(item.label, Qt::ElideRight, 136));
        p.setFont(small);
    }
    // Legend, top right.
    int x = width() - 10;
    for (auto it = m_legend.crbegin(); it != m_legend.crend(); ++it) {
        const int w = QFontMetrics(small).horizontalAdvance(it->second) + 22;
        x -= w;
        // The marker as the items draw it (a flag, diamond, square, triangle; hollow for an update), not a dot.
        drawMarker(&p, legendMarkerRect(x), it->first, it->first == QLatin1String("update"), k.paper);
        p.setPen(k.text);
        p.drawText(QRectF(x + 13, 4, w, 18), Qt::AlignLeft | Qt::AlignVCenter, it->second);
    }
}

QRectF TimelineView::legendMarkerRect(int x)
{
    return QRectF(x, 7, 11, 11);
}

QRectF TimelineView::legendMarkerRect(const QString &code) const
{
    const QFontMetrics fm(labelFont());
    int x = width() - 10;
    for (auto it = m_legend.crbegin(); it != m_legend.crend(); ++it) {
        x -= fm.horizontalAdvance(it->second) + 22;
        if (it->first == code)
            return legendMarkerRect(x);
    }
    return {};
}

void TimelineView::drawMarker(QPainter *p, const QRectF &b, const QString &modality, bool hollow, const QColor &paper)
{
    // One drawing for the items and the legend. Hollow (white inside, a heavier outline in the colour): a release
    // that is not the model's first (fine-tuning, an upgrade, wider availability).
    const QColor c = colourOf(modality);
    p->save();
    p->setPen(hollow ? QPen(c, 2) : QPen(paper, 1));
    p->setBrush(hollow ? QBrush(paper) : QBrush(c));
    const QRectF r = hollow ? b.adjusted(1, 1, -1, -1) : b;
    if (modality == QLatin1String("event"))
        p->drawPolygon(QPolygonF{r.topLeft(), r.topRight(), QPointF(r.center().x(), r.bottom())});
    else if (modality == QLatin1String("multimodal"))
        p->drawPolygon(QPolygonF{QPointF(r.center().x(), r.top()), QPointF(r.right(), r.center().y()), QPointF(r.center().x(), r.bottom()),
                                 QPointF(r.left(), r.center().y())});
    else if (modality == QLatin1String("image"))
        p->drawRect(r);
    else if (modality == QLatin1String("video"))
        p->drawPolygon(QPolygonF{r.bottomLeft(), r.bottomRight(), QPointF(r.center().x(), r.top())});
    else
        p->drawEllipse(r);
    p->restore();
}

void TimelineView::setSelected(qint64 id)
{
    m_selected = id;
    update();
}

QString TimelineView::toolTipAt(const QPoint &pos) const
{
    qint64 id = itemAt(pos);
    for (const Placed &pl : layout())
        if (id < 0 && !pl.label.isNull() && pl.label.contains(pos))
            id = m_items[pl.index].id;
    for (const Item &i : m_items)
        if (id >= 0 && i.id == id)
            return QStringLiteral("%1\n%2").arg(i.label, i.date.toString(Qt::ISODate));
    return {};
}

void TimelineView::wheelEvent(QWheelEvent *event)
{
    zoomAt(int(event->position().x()), std::pow(1.0015, event->angleDelta().y()));
    event->accept();
}

void TimelineView::mousePressEvent(QMouseEvent *event)
{
    const qint64 id = itemAt(event->position().toPoint());
    if (id >= 0 && event->button() == Qt::LeftButton) {
        setSelected(id);
        emit itemClicked(id);
        return;
    }
    m_dragX = int(event->position().x());
    m_dragFrom = m_from;
    m_dragTo = m_to;
}

void TimelineView::mouseMoveEvent(QMouseEvent *event)
{
    if (m_dragX >= 0 && (event->buttons() & Qt::LeftButton)) {
        const double daysPerPixel = double(m_dragFrom.daysTo(m_dragTo)) / plotRect().width();
        const qint64 shift = qint64(std::lround((m_dragX - event->position().x()) * daysPerPixel));
        setRange(m_dragFrom.addDays(shift), m_dragTo.addDays(shift));
        return;
    }
    qint64 id = itemAt(event->position().toPoint());
    // A name cut to "…" is read whole by hovering it, not only its marker.
    for (const Placed &pl : layout())
        if (id < 0 && !pl.label.isNull() && pl.label.contains(event->position()))
            id = m_items[pl.index].id;
    if (id < 0) {
        QToolTip::hideText();
        return;
    }
    for (const Item &i : std::as_const(m_items))
        if (i.id == id)
            QToolTip::showText(event->globalPosition().toPoint(), QStringLiteral("%1\n%2").arg(i.label, i.date.toString(Qt::ISODate)), this);
}

void TimelineView::mouseReleaseEvent(QMouseEvent *)
{
    m_dragX = -1;
}

} // namespace zhisuan::widgets
