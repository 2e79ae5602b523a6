#pragma once

#include <QHash>
#include <QLineF>
#include <QList>
#include <QStringList>
#include <QRectF>

#include <utility>

class QFontMetricsF;

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

    // The clear space a label keeps from obstacles and other labels (0: they may touch). Two names that touch read
    // as one ("GLM-4ERNIE-4.0"), a name that touches a marker looks like part of it: the charts keep a few pixels.
    void setGap(double gap) { m_gap = gap; }
    double gap() const { return m_gap; }

    // Something no label may cover. The index returned names it to place(), for the one label that may (the
    // marker it points from).
    int addObstacle(const QRectF &rect);
    // A line no label may cross (a frontier or trend line drawn through the plot), `width` pixels wide.
    void addLineObstacle(const QLineF &line, double width = 2);
    // The index of the candidate taken, or -1 when each one leaves the bounds or covers an obstacle or a label:
    // then nothing is taken and the label counts as unplaced.
    int place(const QList<QRectF> &candidates, int ownObstacle = -1);

    // A name as drawn: one line up to `oneLine` pixels wide, else two lines as even as may be, broken after a space
    // or a hyphen, or between Chinese characters (not before a closing mark nor after an opening one); never cut.
    static QStringList twoLines(const QString &label, const QFontMetricsF &metrics, double oneLine);
    // The places a label of `size` may take around a marker, nearest first: beside it (its first line level with
    // the marker, right then left; a two-line label also centred), then, with `far`, further off on a grid of steps
    // (a leader line joins them), in `band` first and then anywhere in `plot` (vertically).
    static QList<QRectF> aroundMarker(const QRectF &marker, const QSizeF &size, double lineHeight, const QRectF &band,
                                      const QRectF &plot, double gap, bool far);
    // Whether a segment crosses a rectangle or runs inside it (a null segment: whether the point is inside).
    static bool crosses(const QLineF &line, const QRectF &rect);
    // The leader from a marker's edge to the nearest point of its label, or null when the label is within `beside`
    // pixels of the marker's edge.
    static QLineF leader(const QRectF &marker, const QRectF &label, double beside);

    // `rect` moved the least distance that brings it inside the bounds (a callout at the view's right edge slides
    // left), or as it is when it is inside already, the bounds are empty or it is larger than they are.
    QRectF movedInside(const QRectF &rect) const;
    // Whether a label at rect would be inside the bounds and clear of the obstacles (but ownObstacle) and labels.
    bool isFree(const QRectF &rect, int ownObstacle = -1) const;
    // Whether a leader line from a marker to its label would run through the middle of no obstacle (but
    // ownObstacle) and cross no label: a leader drawn over another marker or name points at the wrong one.
    // `behindLabels`: the chart draws its leaders under the names' opaque backgrounds, so crossing one is allowed.
    bool lineIsClear(const QLineF &line, int ownObstacle = -1, bool behindLabels = false) const;
    const QList<QRectF> &placed() const { return m_placed; }
    int unplacedCount() const { return m_unplaced; }

private:
    // Obstacles and labels are kept in a grid of square cells as well, so that a check looks only at what lies
    // near the candidate: a timeline of 5,000 releases checks each place against its neighbours, not all of them.
    using Grid = QHash<quint64, QList<int>>;
    static constexpr double kCell = 64;
    static constexpr qint64 kHuge = 4096;
    static constexpr quint64 kEverywhere = (quint64(0x7FFFFFFF) << 32) | 0x7FFFFFFF; // no cell of a real view
    static void insert(Grid &grid, const QRectF &rect, int index);
    template<typename Visit> static bool anyNear(const Grid &grid, const QRectF &rect, Visit &&visit);

    QRectF m_bounds;
    double m_gap = 0;
    Grid m_obstacleGrid, m_labelGrid;
    QList<QRectF> m_obstacles;
    QList<std::pair<QLineF, double>> m_lines;
    QList<QRectF> m_placed;
    int m_unplaced = 0;
};

} // namespace zhisuan::widgets
