#include "labelplacement.h"

#include <algorithm>

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

int LabelPlacement::addObstacle(const QRectF &rect)
{
    m_obstacles << rect;
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
    // intersects() wants an overlap of some area: labels may touch.
    for (int i = 0; i < m_obstacles.size(); ++i)
        if (i != ownObstacle && m_obstacles[i].intersects(rect))
            return false;
    for (const auto &[line, width] : m_lines)
        if (crosses(line, rect.adjusted(-width / 2, -width / 2, width / 2, width / 2)))
            return false;
    return std::none_of(m_placed.cbegin(), m_placed.cend(), [&](const QRectF &label) { return label.intersects(rect); });
}

int LabelPlacement::place(const QList<QRectF> &candidates, int ownObstacle)
{
    for (int i = 0; i < candidates.size(); ++i)
        if (isFree(candidates[i], ownObstacle)) {
            m_placed << candidates[i];
            return i;
        }
    ++m_unplaced;
    return -1;
}

} // namespace zhisuan::widgets
