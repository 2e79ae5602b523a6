#pragma once

#include "chartlook.h"
#include "chinamapview.h"
#include "maplayout.h"

#include <QColor>
#include <QGraphicsItem>
#include <QHash>
#include <QList>
#include <QPalette>
#include <QPixmap>
#include <QString>

#include <functional>

namespace zhisuan::widgets {

// The map's centres in one item: each bubble is a cached sprite (a disc for current capacity, a dashed ring for the
// planned one) blitted at its screen position, so 10,000 centres cost one paint call, culled to what is exposed.
// Bubbles keep their size on screen while the map zooms. Capped centres carry their name and figures on a plate,
// placed by maplayout where they cover nothing that matters, with a leader line to their bubble.
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
    // The capped centres' callouts as laid out (maplayout::place), drawn in `font` with their leader lines; they follow
    // their bubble when the map is drawn elsewhere (an export at an offset, a pan before the next layout).
    void setCallouts(const QList<maplayout::Callout> &callouts, int unplaced, const QFont &font);
    const QList<maplayout::Callout> &callouts() const { return m_callouts; }
    // The plates of the capped centres' labels as laid out, in viewport pixels, and how many found no place.
    QList<QRectF> labelRects() const;
    int unplacedLabelCount() const { return m_unplacedLabels; }

    void paint(QPainter *p, const QStyleOptionGraphicsItem *option, QWidget *) override;

private:
    void paintCallouts(QPainter *p, const QTransform &world);
    const QPixmap &spriteFor(const Bubble &b, bool selected);

    QRectF m_bounds;
    QList<Bubble> m_bubbles;
    QHash<qint64, int> m_index;
    QHash<quint64, QPixmap> m_sprites;
    qint64 m_selected = -1;
    QString m_unit = QStringLiteral("PFLOPS");
    double m_scale = 1.0;
    QList<maplayout::Callout> m_callouts;
    QFont m_calloutFont;
    int m_unplacedLabels = 0;
    ChartLook::Ink m_ink = ChartLook::ink(QPalette(), true);
};

} // namespace zhisuan::widgets
