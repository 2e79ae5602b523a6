#pragma once

#include "chartlook.h"
#include "chartsurface.h"
#include "albersprojection.h"
#include "maplayout.h"

#include <QGraphicsView>
#include <QHash>
#include <QTimer>

class QGraphicsPathItem;

namespace zhisuan::widgets {

class BubbleLayer;

// A map of China in Albers equal-area projection: provinces with labels, the South China Sea islands inset,
// centres as bubbles (area grows with current capacity, an outer ring for the planned one), colours by a
// category with a legend, and an optional province choropleth. Wheel zooms around the cursor, dragging pans,
// resetView() fits the country again. Bubbles keep their size on screen while zooming.
class ChinaMapView : public QGraphicsView, public ChartSurface
{
    Q_OBJECT
public:
    struct Centre
    {
        qint64 id = 0;
        QString name;
        double lon = 0, lat = 0;
        double current = 0, planned = 0; // PFLOPS (or POPS, when the map is sized by OPS); 0 = none
        QString category;               // colour key
        bool inferred = false;          // drawn hatched: the colour (ecosystem) is an analyst's inference
        QString figures = {};           // its label's figures when it has no current one ("在建 → 规划 30,000 PFLOPS")
        bool planStated = true;         // false: planned is the current figure, the source stating no plan beyond it
    };

    explicit ChinaMapView(QWidget *parent = nullptr);

    // ChartSurface: the map drawn as on screen (keys included); its table is the centres, largest first as given.
    QWidget *widget() override { return this; }
    Table table() const override;
    void render(QPainter *painter, const QRectF &target, bool withTitle) override;

    bool loadGeo(const QString &geojsonPath);
    int provinceCount() const { return int(m_provinces.size()); }
    void setCentres(const QList<Centre> &centres);
    int bubbleCount() const;
    QString centreName(qint64 id) const;
    struct LegendEntry
    {
        QString key;   // the centres' category
        QString label; // shown
        QColor colour;
    };
    void setLegend(const QString &title, const QList<LegendEntry> &entries);
    QColor colourOf(const QString &category) const;
    // Province fill by value (e.g. total PFLOPS); empty = plain map. Tooltips per province name.
    void setChoropleth(const QHash<QString, double> &values, const QString &title);
    void setProvinceTooltips(const QHash<QString, QString> &tooltips);
    // The choropleth's classes: round log breaks (…, 100, 1,000, 10,000, or 1-2-5 steps over a narrow range)
    // between the smallest and largest positive value, at most 5 classes; class i holds values from breaks[i-1]
    // up to below breaks[i]. No breaks: one class.
    static QList<double> classBreaks(const QList<double> &values);
    static int classOf(double value, const QList<double> &breaks);
    static QColor classColour(int index, int classes);
    // The legend's class labels ("under 100", "100 to 1,000", …), empty without a choropleth.
    QStringList classLabels() const;

    // Selects a centre (drawn selected, in view); the arrow keys do it too and emit centreClicked() as a click does.
    void selectCentre(qint64 id);
    qint64 selectedCentre() const { return m_selected; }
    qint64 centreAt(const QPoint &viewportPos) const; // -1 when none
    QString provinceAt(const QPoint &viewportPos) const;
    // The province (the data's name) a centre's point lies in; empty when none (a point off the coast).
    QString provinceOfCentre(qint64 id) const;
    QPoint viewportPosOf(double lon, double lat) const;
    // Pixels: area grows with capacity up to kCapValue; a larger centre is drawn at the cap, with a heavy outline
    // and its name and figure beside it, so that one outlier (40,000 P) never covers its province.
    static double bubbleRadius(double pflops);
    static constexpr double kCapValue = 3000;
    static bool isCapped(double pflops) { return pflops > kCapValue; }
    // The unit the bubbles are sized by ("PFLOPS" or "POPS"): the size legend and the labels name it.
    void setSizeUnit(const QString &unit);
    // The labels drawn beside capped bubbles ("博大智算中心 40,000 PFLOPS"), for tests and exports.
    QStringList cappedLabels() const;
    const AlbersProjection &projection() const { return m_projection; }
    // The 南海诸岛 inset's frame and a province's outline bounds, in scene coordinates (for tests).
    QRectF insetRect() const { return m_insetRect; }
    QRectF provinceBounds(const QString &name) const;
    // A province's name in the interface language (广东 → Guangdong), as the map labels it; unknown names as given.
    static QString provinceLabel(const QString &name);
    // Where the keys are drawn, in viewport pixels (the colour key top left, the size key bottom left); for tests.
    QRect colourKeyRect() const;
    // The multiple of bubbleRadius() bubbles are drawn at: 1 on a large map, down to 0.45 on a small one.
    double bubbleScale() const;
    // The plates of the capped centres' labels as last painted (viewport pixels): none covers another or a key; a
    // label with no free place in view is left out and counted. And the provinces named now.
    QList<QRectF> labelRects() const;
    int unplacedLabelCount() const;
    QStringList shownProvinceLabels() const;
    // The names shown, in viewport pixels; `halo`: drawn over the bubbles, ringed in the land's colour (no place in
    // its province kept it clear of them); `tick`: from the province's point to a name set beside it (its outline too
    // small on screen to hold it), null for a name inside. The callouts as laid out, and every bubble as drawn. For tests.
    struct NameLabel
    {
        QString province;
        QRectF rect;
        bool halo = false;
        QLineF tick;
    };
    QList<NameLabel> nameLabels() const;
    QList<maplayout::Callout> callouts() const;
    QList<maplayout::Disc> bubbleDiscs() const;
    QRect sizeKeyRect() const;
    bool compactKeys() const;

public slots:
    void resetView();
    void zoomBy(double factor);
    // Zooms keeping the map point under viewportPos where it is (the wheel's behaviour).
    void zoomAt(const QPoint &viewportPos, double factor);

signals:
    void centreClicked(qint64 id);

protected:
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void drawForeground(QPainter *painter, const QRectF &rect) override;
    void keyPressEvent(QKeyEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;
    void changeEvent(QEvent *event) override;

private:
    void drawSizeLegend(QPainter *painter, const QFontMetrics &fm);
    // The map's colours: the desktop's when it is dark, light while it is rendered for an export (m_paper).
    ChartLook::Ink ink() const { return ChartLook::ink(palette(), m_paper); }
    void recolour();
    void placeLabels();
    QFont keyFont() const;
    QList<double> sizeKeyValues() const;
    QStringList sizeKeyLines() const;
    // Names each province where it is clear of the keys, the callouts given and the other names: inside its outline
    // (nudged off the bubbles where it has room, else drawn over them with a halo), or beside it with a tick when
    // the outline is too small; then lays out the callouts around them.
    QList<QRectF> placeNames(const QList<maplayout::Disc> &discs, const QList<maplayout::Callout> &callouts, bool smallestFirst, bool keepClear);
    int unnamedWithCentre() const; // the provinces with a centre left unnamed
    QList<QRectF> placeNamesBest(const QList<maplayout::Disc> &discs, const QList<maplayout::Callout> &callouts);
    QList<maplayout::Callout> layoutCallouts(const QList<QRectF> &names, const QList<maplayout::Disc> &discs);
    // A name's tick in viewport pixels (null: none), and every tick drawn; drawForeground() draws them.
    QLineF tickOf(const MapNameItem *label) const;
    QList<QLineF> nameTicks() const;
    // The centres in the order the arrow keys walk them, as drawn: left to right (Left, Right) or top down (Up, Down).
    QList<qint64> keyboardOrder(bool westToEast) const;
    static constexpr int kAnchor = 1; // a name's item data: the scene point its province is named at
    static constexpr int kTick = 2;   // and where its tick ends, in its own pixels (none: no tick)
    QHash<MapNameItem *, QString> m_labels; // label -> the data's province name
    AlbersProjection m_projection;
    QHash<QString, QGraphicsPathItem *> m_provinces;
    BubbleLayer *m_layer = nullptr;
    QRectF m_countryRect;
    QRectF m_insetRect; // the 南海诸岛 frame, in scene coordinates
    QString m_legendTitle;
    QList<LegendEntry> m_legend;
    QString m_choroplethTitle;
    double m_choroplethMax = 0;
    QList<double> m_breaks;
    QString m_sizeUnit = QStringLiteral("PFLOPS");
    QHash<QString, QString> m_tooltips;
    qint64 m_selected = -1;
    QTimer *m_relayout = nullptr; // a pan lays the words out again once it pauses
    bool m_fitted = false;
    bool m_paper = false;
    QColor m_land; // the colour of provinces without a class, as last applied
    QList<QGraphicsItem *> m_insetItems; // the 南海诸岛 frame and islands, drawn in the border colour
};

} // namespace zhisuan::widgets
