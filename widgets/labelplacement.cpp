#include "labelplacement.h"

#include <QFontMetricsF>
#include <QStringList>

#include <algorithm>
#include <limits>
#include <cmath>

namespace zhisuan::widgets {

LabelPlacement::LabelPlacement(const QRectF &bounds) : m_bounds(bounds) {}

namespace {


} // namespace

void LabelPlacement::addLineObstacle(const QLineF &line, double width)
{
    m_lines.append({line, width});
}

void LabelPlacement::insert(Grid &grid, const QRectF &rect, int index)
{
    const auto x0 = qint64(std::floor(rect.left() / kCell)), x1 = qint64(std::floor(rect.right() / kCell));
    const auto y0 = qint64(std::floor(rect.top() / kCell)), y1 = qint64(std::floor(rect.bottom() / kCell));
    if (!std::isfinite(rect.width() + rect.height() + rect.left() + rect.top()) || (x1 - x0 + 1) * (y1 - y0 + 1) > kHuge) {
        grid[kEverywhere].append(index); // larger than a few thousand cells: checked against everything
        return;
    }
    for (qint64 x = x0; x <= x1; ++x)
        for (qint64 y = y0; y <= y1; ++y)
            grid[(quint64(quint32(x)) << 32) | quint32(y)].append(index);
}

template<typename Visit>
bool LabelPlacement::anyNear(const Grid &grid, const QRectF &rect, Visit &&visit)
{
    const auto x0 = qint64(std::floor(rect.left() / kCell)), x1 = qint64(std::floor(rect.right() / kCell));
    const auto y0 = qint64(std::floor(rect.top() / kCell)), y1 = qint64(std::floor(rect.bottom() / kCell));
    if (const auto big = grid.constFind(kEverywhere); big != grid.cend() && std::any_of(big->cbegin(), big->cend(), visit))
        return true;
    if (!std::isfinite(rect.width() + rect.height() + rect.left() + rect.top()) || (x1 - x0 + 1) * (y1 - y0 + 1) > kHuge) {
        for (const QList<int> &cell : grid) // a huge candidate: every entry (duplicates only cost time)
            if (std::any_of(cell.cbegin(), cell.cend(), visit))
                return true;
        return false;
    }
    for (qint64 x = x0; x <= x1; ++x)
        for (qint64 y = y0; y <= y1; ++y) {
            const auto cell = grid.constFind((quint64(quint32(x)) << 32) | quint32(y));
            if (cell != grid.cend() && std::any_of(cell->cbegin(), cell->cend(), visit))
                return true;
        }
    return false;
}

int LabelPlacement::addObstacle(const QRectF &rect)
{
    m_obstacles << rect;
    insert(m_obstacleGrid, rect, int(m_obstacles.size()) - 1);
    return int(m_obstacles.size()) - 1;
}

QRectF LabelPlacement::movedInside(const QRectF &rect) const
{
    if (m_bounds.isEmpty() || rect.width() > m_bounds.width() || rect.height() > m_bounds.height())
        return rect;
    QRectF moved = rect;
    moved.moveLeft(std::clamp(rect.left(), m_bounds.left(), m_bounds.right() - rect.width()));
    moved.moveTop(std::clamp(rect.top(), m_bounds.top(), m_bounds.bottom() - rect.height()));
    return moved;
}

bool LabelPlacement::isFree(const QRectF &rect, int ownObstacle) const
{
    if (!m_bounds.isEmpty() && !m_bounds.contains(rect))
        return false;
    // intersects() wants an overlap of some area: with no gap, labels may touch.
    const QRectF kept = rect.adjusted(-m_gap, -m_gap, m_gap, m_gap);
    if (anyNear(m_obstacleGrid, kept, [&](int i) { return i != ownObstacle && m_obstacles[i].intersects(kept); }))
        return false;
    for (const auto &[line, width] : m_lines)
        if (crosses(line, rect.adjusted(-width / 2, -width / 2, width / 2, width / 2)))
            return false;
    return !anyNear(m_labelGrid, kept, [&](int i) { return m_placed[i].intersects(kept); });
}

bool LabelPlacement::lineIsClear(const QLineF &line, int ownObstacle, bool behindLabels) const
{
    const QRectF span = QRectF(line.p1(), line.p2()).normalized().adjusted(-1, -1, 1, 1);
    // A leader may graze a marker's edge, not run through its middle.
    auto core = [](const QRectF &r) { return r.adjusted(r.width() / 4, r.height() / 4, -r.width() / 4, -r.height() / 4); };
    if (anyNear(m_obstacleGrid, span, [&](int i) { return i != ownObstacle && crosses(line, core(m_obstacles[i])); }))
        return false;
    return behindLabels || !anyNear(m_labelGrid, span, [&](int i) { return crosses(line, m_placed[i].adjusted(1, 1, -1, -1)); });
}

int LabelPlacement::place(const QList<QRectF> &candidates, int ownObstacle)
{
    for (int i = 0; i < candidates.size(); ++i)
        if (isFree(candidates[i], ownObstacle)) {
            m_placed << candidates[i];
            insert(m_labelGrid, candidates[i], int(m_placed.size()) - 1);
            return i;
        }
    ++m_unplaced;
    return -1;
}

QStringList LabelPlacement::twoLines(const QString &label, const QFontMetricsF &metrics, double oneLine)
{
    if (metrics.horizontalAdvance(label) <= oneLine)
        return {label};
    // Nor on either side of "=": "start = 100" stays on one line.
    static const QString noBreakBefore = QStringLiteral("，。、：；！？）》」』”’),.:;!?%=");
    static const QString noBreakAfter = QStringLiteral("（《「『“‘(=");
    int best = -1;
    double bestWidth = std::numeric_limits<double>::max();
    for (int i = 1; i < label.size(); ++i) {
        const QChar a = label[i - 1], b = label[i];
        const QChar lineEnd = a.isSpace() && i >= 2 ? label[i - 2] : a; // the last character the first line shows
        if (b.isLowSurrogate() || b.isSpace() || noBreakBefore.contains(b) || noBreakAfter.contains(lineEnd))
            continue;
        const bool han = a.script() == QChar::Script_Han || b.script() == QChar::Script_Han;
        if (!(a.isSpace() || a == u'-' || han))
            continue;
        const double w = std::max(metrics.horizontalAdvance(label.left(i).trimmed()), metrics.horizontalAdvance(label.mid(i).trimmed()));
        if (w < bestWidth) {
            bestWidth = w;
            best = i;
        }
    }
    if (best < 0)
        return {label}; // nowhere to break: one long line rather than a cut one
    return {label.left(best).trimmed(), label.mid(best).trimmed()};
}

// The places a name of `size` may take around the marker `box`, nearest first: beside it (first line level with
// the marker, right then left; a two-line name also centred on it), then further off, above, below or beside at a
// distance, where a leader line joins it to the marker: in its own lane (`band`) first, then reaching into the next
// lanes of the plot (a crowded events lane lends its names to the quiet months of the releases below).
QList<QRectF> LabelPlacement::aroundMarker(const QRectF &box, const QSizeF &size, double lineHeight, const QRectF &band, const QRectF &plot,
                                           double gap, bool far)
{
    const double w = size.width(), h = size.height();
    const double top = box.center().y() - lineHeight / 2;
    QList<std::pair<double, QRectF>> places;
    auto add = [&](const QRectF &rect, double cost) {
        if (rect.top() < plot.top() + 1 || rect.bottom() > plot.bottom() - 1)
            return;
        const bool inLane = rect.top() >= band.top() + 1 && rect.bottom() <= band.bottom() - 1;
        places.append({cost + (inLane ? 0 : 150), rect});
    };
    add(QRectF(box.right() + gap, top, w, h), 0);
    add(QRectF(box.left() - gap - w, top, w, h), 1);
    add(QRectF(box.right() + gap, box.center().y() - h / 2, w, h), 2);
    add(QRectF(box.left() - gap - w, box.center().y() - h / 2, w, h), 3);
    if (!far) {
        QList<QRectF> beside;
        for (const auto &place : std::as_const(places))
            beside << place.second;
        return beside;
    }
    // Further off: on a grid of steps around the marker, costed by the distance from the marker to the name.
    const QPointF c = box.center();
    const double step = lineHeight * 0.75;
    const int steps = std::min(40, int(std::ceil(band.height() * 1.5 / step)));
    for (int dy = -steps; dy <= steps; ++dy)
        for (const double dx : {0.0, 12.0, 30.0, 60.0, 100.0, 160.0, 240.0, 330.0})
            for (const QRectF &rect : {QRectF(box.right() + gap + dx, top + dy * step, w, h),
                                       QRectF(box.left() - gap - dx - w, top + dy * step, w, h),
                                       QRectF(c.x() - w / 2 + (dy % 2 ? dx : -dx), top + dy * step, w, h),
                                       // above or below, its edge under the marker: a short upright leader
                                       QRectF(c.x() - w + box.width() / 2 - dx, top + dy * step, w, h),
                                       QRectF(c.x() - box.width() / 2 + dx, top + dy * step, w, h)}) {
                const double ex = std::max({rect.left() - c.x(), c.x() - rect.right(), 0.0});
                const double ey = std::max({rect.top() - c.y(), c.y() - rect.bottom(), 0.0});
                add(rect, 10 + std::hypot(ex, ey * 1.3));
            }
    std::stable_sort(places.begin(), places.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    QList<QRectF> out;
    out.reserve(places.size());
    for (const auto &place : places)
        out << place.second;
    return out;
}

bool LabelPlacement::crosses(const QLineF &line, const QRectF &rect)
{
    if (rect.contains(line.p1()) || rect.contains(line.p2()))
        return true;
    const QLineF edges[] = {{rect.topLeft(), rect.topRight()}, {rect.topRight(), rect.bottomRight()},
                            {rect.bottomRight(), rect.bottomLeft()}, {rect.bottomLeft(), rect.topLeft()}};
    return std::any_of(std::begin(edges), std::end(edges),
                       [&](const QLineF &edge) { return line.intersects(edge, nullptr) == QLineF::BoundedIntersection; });
}

QLineF LabelPlacement::leader(const QRectF &marker, const QRectF &label, double beside)
{
    const QPointF c = marker.center();
    const QPointF to(std::clamp(c.x(), label.left(), label.right()), std::clamp(c.y(), label.top(), label.bottom()));
    const QLineF line(c, to);
    return line.length() > marker.width() / 2 + beside ? QLineF(line.pointAt((marker.width() / 2 + 1) / line.length()), to) : QLineF();
}

} // namespace zhisuan::widgets
