#pragma once

#include "chartpanel.h"

#include <QPolygonF>

class QAbstractSeries;
class QGraphicsLineItem;
class QGraphicsSimpleTextItem;

namespace zhisuan::widgets {

// Score against price on a log price axis, domestic models as circles and overseas ones as squares, the Pareto
// frontier (the best score for the price) as a dashed line through its labelled points; every point's tooltip
// names its model.
class PriceScatterView : public ChartPanel
{
    Q_OBJECT
public:
    struct Point
    {
        QString model;
        double price = 0; // > 0: the axis is logarithmic
        double score = 0;
        bool domestic = false;
        QString tooltip;
        QString frontierLabel; // non-empty: on the frontier, labelled with this
    };
    struct Labels
    {
        QString x, y, domestic, overseas, frontier;
    };

    explicit PriceScatterView(QWidget *parent = nullptr);
    void setTitle(const QString &title);
    void setPoints(const QList<Point> &points, const Labels &labels);
    int pointCount() const { return int(m_points.size()); }
    // The tooltip of the i-th point given.
    QString tooltip(int index) const { return m_points.value(index).tooltip; }
    // Model, price, score, region and whether on the frontier, in the order given.
    Table table() const override;

    // Each point's label (its model; on the frontier with price and score) where it is drawn, in the chart's
    // coordinates, in the order given: no two labels overlap, and no label covers another point's marker. A label
    // set further out than the first ring of places has a thin line to its marker; a label with no free place is
    // not drawn: its rectangle is empty, and unplacedNameCount() counts it.
    QList<QRectF> nameRects() const { return m_nameRects; }
    // The frontier line as last drawn, in the same coordinates: no name crosses it.
    QPolygonF frontierLine() const { return m_frontierLine; }
    int unplacedNameCount() const { return m_unplacedNames; }
    QStringList names() const;

protected:
    void chartResized() override;

private:
    void placeNames();
    QList<Point> m_points;
    QList<QGraphicsSimpleTextItem *> m_names; // owned by the chart
    QList<QGraphicsLineItem *> m_leaders;      // one per name, shown when it is set further out; owned by the chart
    QList<QRectF> m_nameRects;
    QPolygonF m_frontierLine;
    int m_unplacedNames = 0;
    QAbstractSeries *m_anchor = nullptr; // a series on both axes, to map values to positions
    Labels m_labels;
};

} // namespace zhisuan::widgets
