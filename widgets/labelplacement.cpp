#include "labelplacement.h"

#include <algorithm>
#include <cmath>

namespace zhisuan::widgets {

LabelPlacement::LabelPlacement(const QRectF &bounds) : m_bounds(bounds) {}

namespace {

// Whether a segment crosses a rectangle or runs inside it.
bool crosses(const QLineF &line, const QRectF &rect)
{
    if (rect.contains(line.p1()) || rect.contains(line.p2()))
        return true;
    const QLineF edges[] = {{rect.topLeft(), rect.topRight()}, {rect.topRight(), rect.bottomRight()},
                            {rect.bottomRight(), rect.bottomLeft()}, {rect.bottomLeft(), rect.topLeft()}};
    return std::any_of(std::begin(edges), std::end(edges),
                       [&](const QLineF &edge) { return line.intersects(edge, nullptr) == QLineF::BoundedIntersection; });
}

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

} // namespace zhisuan::widgets
