#pragma once

#include "chartlook.h"
#include "chinamapview.h"

#include <QColor>
#include <QGraphicsItem>
#include <QHash>
#include <QList>
#include <QPalette>
#include <QPixmap>
#include <QString>

#include <functional>

namespace zhisuan::widgets {

class LabelPlacement;

// The map's centres in one item: each bubble is a cached sprite (a disc for current capacity, a dashed ring for the
// planned one) blitted at its screen position, so 10,000 centres cost one paint call, culled to what is exposed.
// Bubbles keep their size on screen while the map zooms. Capped centres carry their name and figures on a plate,
// placed around the bubble clear of the keys and of each other (LabelPlacement).
class BubbleLayer : public QGraphicsItem
{
public:
    struct Bubble
    {
        ChinaMapView::Centre centre;
        QPointF scenePos;
        double r = 4, ring = 0;
        QColor colour;
        bool capped = false; // drawn at the cap: outlined heavily and labelled with its figures
    };
    void setUnit(const QString &unit);
    // A capped centre's label: "博大智算中心 40,000 PFLOPS", or its figures as given when it has no current one.
    QString figuresOf(const Bubble &b) const;
    QString labelOf(const Bubble &b) const;
    // The same on two lines, the name over its figures (a long English callout on a small map); one without figures.
    QStringList labelLines(const Bubble &b) const;

    QRectF boundingRect() const override { return m_bounds; }
    void setBounds(const QRectF &bounds);
    // Large bubbles first, so that small ones are drawn over them and hit first.
    void setBubbles(QList<Bubble> bubbles);
    const QList<Bubble> &bubbles() const { return m_bubbles; }
    int indexOf(qint64 id) const { return m_index.value(id, -1); }
    void recolour(const std::function<QColor(const QString &)> &colourOf);
    void setSelected(qint64 id);
    // The plates' and outlines' colours: the map's, dark on a dark desktop and light on paper.
    void setInk(const ChartLook::Ink &ink);
    // Bubbles (and the size key) are drawn at this multiple of bubbleRadius(): below 1 on a small map.
    void setScale(double scale);
    double scale() const { return m_scale; }
    // Viewport rectangles no label may cover (the keys, drawn over the map).
    void setObstacles(const QList<QRectF> &rects) { m_obstacles = rects; }
    // The view's rectangle in viewport pixels: every label lies inside it. Not the painter's viewport, which in an
    // export is the whole page or image the map is drawn on (the labels ran off the map's right edge).
    void setLabelBounds(const QRectF &rect) { m_labelBounds = rect; }
    // The plates of the capped centres' labels as last painted, in viewport pixels, and how many found no place.
    const QList<QRectF> &labelRects() const { return m_labelRects; }
    int unplacedLabelCount() const { return m_unplacedLabels; }

    void paint(QPainter *p, const QStyleOptionGraphicsItem *option, QWidget *) override;

private:
    // The places a label of `size` may take around the bubble at `at` (viewport pixels), in order of preference.
    static QList<QRectF> candidates(const LabelPlacement &placement, const QPointF &at, double extent, const QSizeF &size);
    void paintLabels(QPainter *p, const QTransform &world, const QRectF &exposed);
    const QPixmap &spriteFor(const Bubble &b, bool selected);

    QRectF m_bounds;
    QList<Bubble> m_bubbles;
    QHash<qint64, int> m_index;
    QHash<quint64, QPixmap> m_sprites;
    qint64 m_selected = -1;
    QString m_unit = QStringLiteral("PFLOPS");
    double m_scale = 1.0;
    QList<QRectF> m_obstacles, m_labelRects;
    QRectF m_labelBounds;
    int m_unplacedLabels = 0;
    ChartLook::Ink m_ink = ChartLook::ink(QPalette(), true);
};

} // namespace zhisuan::widgets
