#include "labelplacement.h"

#include <algorithm>

namespace zhisuan::widgets {

LabelPlacement::LabelPlacement(const QRectF &bounds) : m_bounds(bounds) {}

int LabelPlacement::addObstacle(const QRectF &rect)
{
    m_obstacles << rect;
    return int(m_obstacles.size()) - 1;
}

bool LabelPlacement::isFree(const QRectF &rect, int ownObstacle) const
{
    if (!m_bounds.isEmpty() && !m_bounds.contains(rect))
        return false;
    // intersects() wants an overlap of some area: labels may touch.
    for (int i = 0; i < m_obstacles.size(); ++i)
        if (i != ownObstacle && m_obstacles[i].intersects(rect))
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
