#pragma once

#include "chartlook.h"
#include "chartsurface.h"
#include <QDate>
#include <QLineF>
#include <QWidget>

class QPainter;
class QFontMetricsF;

namespace zhisuan::widgets {

// Releases and events on a time axis: one lane per group, markers shaped and coloured by modality, events as a
// toggleable layer of flags. Items close in time stack within their lane instead of overlapping, and every marker
// is named in full (a long name on two lines, never cut with "…"), next to it or, where that is taken, a little way
// off in its own lane with a short leader line; a name with no such place is counted in a note ("+2 not labelled:
// hover, ←/→ or the data table"), never dropped silently nor sent across the chart. A lane's height follows how
// much text its names take (the events' long names get more room). The wheel zooms the time range around the cursor, dragging pans, hovering
// names an item, clicking emits itemClicked; with the focus, the arrow keys, Home and End select as a click does.
class TimelineView : public QWidget, public ChartSurface
{
    Q_OBJECT
public:
    struct Item
    {
        qint64 id = 0;
        QDate date;
        QString label;
        QString lane;     // group (domestic/overseas, or a vendor); events ignore it
        QString modality; // text, multimodal, image, video, vision … ("event" for events)
        bool event = false;
        bool update = false; // not the model's first release (fine-tuning, an upgrade, availability): drawn hollow
    };
    struct Placed
    {
        int index;  // into items()
        QRectF box; // the marker, in widget coordinates
        int lane;   // lane row (-1 = events lane)
        int stack;  // row within the lane
        bool labelLeft = false; // the name is drawn left of the marker (aligned right, towards it)
        QRectF label;           // where the name is drawn; null when a crowded lane has no room for it
        QStringList lines;      // the name as drawn: one line, or two for a long one; never elided
        QLineF leader;          // from the marker to a name set away from it; null when the name is beside it
    };

    explicit TimelineView(QWidget *parent = nullptr);

    // ChartSurface: the timeline as on screen; its table is the items shown (date, name, lane, kind).
    QWidget *widget() override { return this; }
    Table table() const override;
    void render(QPainter *painter, const QRectF &target, bool withTitle) override;

    void setItems(const QList<Item> &items, const QStringList &lanes);
    const QList<Item> &items() const { return m_items; }
    void setShowEvents(bool on);
    void setRange(const QDate &from, const QDate &to);
    QDate rangeStart() const { return m_from; }
    QDate rangeEnd() const { return m_to; }
    void resetRange();
    // The item shown in the detail pane, ringed and named in bold (-1: none); a click selects.
    void setSelected(qint64 id);
    qint64 selected() const { return m_selected; }
    // How many shown markers have no name drawn (no free place: a tiny view, or thousands of releases), and the
    // note that says so over the lanes (empty when every marker is named): where to find their names (hovering,
    // the arrow keys, the data table; in an export, the data table).
    int unlabelledCount() const;
    QString unlabelledNote() const;
    QRectF unlabelledNoteRect() const;
    // Where the selected item's name is drawn when the layout had no place for it (a crowded lane): beside its
    // marker, over the chart, as long as it is selected; empty when nothing is selected or its name has a place.
    QRectF selectedNameRect(QStringList *lines = nullptr) const;
    // What hovering `pos` shows: an item's whole name and date, over its marker or its (perhaps elided) name.
    QString toolTipAt(const QPoint &pos) const;
    void zoomAt(int x, double factor);
    // code, label; code "update" is the hollow marker of an update, "event" the events' flag.
    void setLegend(const QList<std::pair<QString, QString>> &modalities);
    // Where the legend draws the marker of `code` (empty when it has none), in widget coordinates.
    QRectF legendMarkerRect(const QString &code) const;

    // What paint draws; stable for tests. Computed on the first paint, hover or click after the items, the range
    // (zoom, pan), the events layer, the size or the font changed, and kept until then (5,000 releases took 86 ms
    // per layout).
    const QList<Placed> &layout() const;
    int layoutRuns() const { return m_layoutRuns; } // how many times the layout was computed
    // The band of the lane an item is drawn in (the events' or its group's): its name stays inside it.
    QRectF laneRect(const Placed &placed) const { return laneBand(laneRowOf(m_items[placed.index])); }
    qint64 itemAt(const QPoint &pos) const;
    double xOf(const QDate &date) const;
    QSize sizeHint() const override { return {900, 420}; }

signals:
    void itemClicked(qint64 id);

protected:
    void paintEvent(QPaintEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;
    // Left/Right: the previous/next item in date order; Up/Down: the nearest item in the lane above/below;
    // Home/End: the first/last. Each selects as a click does (itemClicked) and scrolls the item into view.
    void keyPressEvent(QKeyEvent *event) override;

private:
    struct Wrapped
    {
        QStringList lines;
        QSizeF size; // width of the widest line, lines × line spacing
    };
    QList<Placed> computeLayout() const;
    void placeLabels(QList<Placed> &placed) const;
    const Wrapped &wrapped(int index) const; // the item's name as drawn, measured once per item and font
    QRectF laneBand(int laneRow) const;
    const QList<double> &laneShares() const; // per lane row, from the top: its share of the plot's height
    int laneRowOf(const Item &item) const; // 0.. from the top (the events lane first when shown); -1: not shown
    QList<int> navigable() const;          // the items shown, in date order (then lane), as keys move through them
    qint64 keyTarget(int key) const;       // the item a key selects; -2: not a key the timeline takes
    void selectByKey(qint64 id);
    void describeSelection();
    void drawLabels(QPainter *p, const ChartLook::Ink &k) const;
    void relayout(); // the layout is out of date: computed again when next needed
    QRectF plotRect() const;
    QFont labelFont() const;
    static QColor colourOf(const QString &modality);
    static QRectF legendMarkerRect(int x);
    // `paper`: the background a hollow marker is filled with and a solid one outlined in.
    static void drawMarker(QPainter *p, const QRectF &box, const QString &modality, bool hollow, const QColor &paper,
                           const QColor &colour = QColor());
    // The timeline's colours: the desktop's when it is dark, light while it is rendered for an export (m_paper).
    ChartLook::Ink ink() const { return ChartLook::ink(palette(), m_paper); }
    bool m_paper = false;

    QList<Item> m_items;
    QStringList m_lanes;
    QList<std::pair<QString, QString>> m_legend;
    QDate m_from, m_to;
    bool m_showEvents = true;
    int m_dragX = -1;
    qint64 m_selected = -1;
    QDate m_dragFrom, m_dragTo;
    mutable QList<Placed> m_layout;
    mutable bool m_layoutValid = false;
    mutable QSize m_layoutSize;
    mutable int m_layoutRuns = 0;
    mutable QList<Wrapped> m_wrapped; // per item, in the label font; empty lines = not measured yet
    mutable int m_unlabelled = 0;
    mutable QList<double> m_laneShares; // laneShares(); empty: not computed since the items, events or font changed
};

} // namespace zhisuan::widgets
