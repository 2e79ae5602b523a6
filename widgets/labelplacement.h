#pragma once

#include <QLineF>
#include <QList>
#include <QRectF>

#include <utility>

namespace zhisuan::widgets {

// Where the labels of a chart or map go, so that none is drawn over another or over what must stay visible (the
// markers, the keys). Labels are placed one at a time, the most important first: each takes the first of its
// candidate rectangles (the caller's places around its anchor, in order of preference) that lies inside the bounds
// and covers no obstacle and no label placed before it. A label with no such place is not placed: place() says so,
// and the caller leaves it out rather than print it over another.
class LabelPlacement
{
public:
    // Empty bounds: labels may go anywhere.
    explicit LabelPlacement(const QRectF &bounds = QRectF());

    // Something no label may cover. The index returned names it to place(), for the one label that may (the
    // marker it points from).
    int addObstacle(const QRectF &rect);
    // A line no label may cross (a frontier or trend line drawn through the plot), `width` pixels wide.
    void addLineObstacle(const QLineF &line, double width = 2);
    // The index of the candidate taken, or -1 when each one leaves the bounds or covers an obstacle or a label:
    // then nothing is taken and the label counts as unplaced.
    int place(const QList<QRectF> &candidates, int ownObstacle = -1);

    // `rect` moved the least distance that brings it inside the bounds (a callout at the view's right edge slides
    // left), or as it is when it is inside already, the bounds are empty or it is larger than they are.
    QRectF movedInside(const QRectF &rect) const;
    // Whether a label at rect would be inside the bounds and clear of the obstacles (but ownObstacle) and labels.
    bool isFree(const QRectF &rect, int ownObstacle = -1) const;
    const QList<QRectF> &placed() const { return m_placed; }
    int unplacedCount() const { return m_unplaced; }

private:
    QRectF m_bounds;
    QList<QRectF> m_obstacles;
    QList<std::pair<QLineF, double>> m_lines;
    QList<QRectF> m_placed;
    int m_unplaced = 0;
};

} // namespace zhisuan::widgets
