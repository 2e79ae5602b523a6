#pragma once

#include <QColor>
#include <QFont>
#include <QGraphicsSimpleTextItem>
#include <QLineF>
#include <QList>
#include <QPainterPath>
#include <QRectF>
#include <QString>
#include <QTransform>

#include <vector>

namespace zhisuan::widgets {

// Where the map's words go (issue 29, a map an analyst can send as it is): the callouts of the largest centres sit
// where they cover nothing that matters (the sea, the margins, the empty land beyond the border) with a leader line
// to their bubble, and never on a province's name, a key, a bubble or another callout. All in viewport pixels.
namespace maplayout {

struct Disc // a bubble as drawn: its disc or, larger, its dashed planned ring
{
    QPointF centre;
    double radius = 0;
    qint64 id = -1; // the centre's
};
bool covers(const Disc &disc, const QRectF &rect);

// Which viewport pixels are land, on a coarse raster: how much of a rectangle lies over a province.
class LandMask
{
public:
    LandMask() = default;
    LandMask(const QList<QPainterPath> &scenePaths, const QTransform &sceneToViewport, const QSize &viewport);
    // 0 (all sea or margin) to 1 (all land); 0 without a mask.
    double fraction(const QRectF &rect) const;

private:
    int count(int x0, int y0, int x1, int y1) const;
    static constexpr int kCell = 4;
    int m_w = 0, m_h = 0;
    std::vector<int> m_sum; // summed-area table, (m_w + 1) × (m_h + 1)
};

struct Request
{
    qint64 id = 0;
    QPointF anchor;     // the bubble's centre
    double radius = 0;  // its disc, where the leader line starts
    QString name, figures;
};

struct Callout
{
    qint64 id = 0;
    QPointF anchor; // the bubble's centre when it was placed
    QRectF rect;   // the plate
    QString text;  // as drawn in it: one line, or the name over the figures, wrapped
    bool oneLine = true;
    QLineF leader; // from the bubble's edge to the plate; null when the plate touches the bubble
};

// What a callout may not cover and where it may go.
struct Ground
{
    QRectF bounds;              // the view: every plate inside it
    QList<QRectF> obstacles;    // the keys, the inset and its name, the provinces' names
    QList<Disc> discs;          // every bubble
    QList<QLineF> lines;        // the ticks of names set beside their province: no plate covers one, no leader crosses one
    const LandMask *land = nullptr;
};

// The font callouts are drawn in: the map's, a little smaller, bold.
QFont calloutFont(const QFont &base);

// Places the callouts one at a time in the order given: each takes, of the plates of its text (one line, or name
// over figures wrapped at a few widths) at every place in the view, the one with the shortest leader that covers
// no obstacle, bubble, callout or leader placed before it, over the sea rather than the land, its leader across as
// few bubbles as may be and, unless no other place is left, across no name nor tick. A callout with no such place,
// and any after the eighth, is left out and counted in `unplaced`.
QList<Callout> place(const QList<Request> &requests, const QFont &font, const Ground &ground, int *unplaced);

} // namespace maplayout

// A province's name on the map; drawn over the bubbles with a halo of the land's colour when no place in its
// province keeps it clear of them, so that it stays legible.
class MapNameItem : public QGraphicsSimpleTextItem
{
public:
    using QGraphicsSimpleTextItem::QGraphicsSimpleTextItem;
    void setHalo(const QColor &halo); // invalid: none, drawn under the bubbles
    bool hasHalo() const { return m_halo.isValid(); }
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    QColor m_halo;
};

} // namespace zhisuan::widgets
