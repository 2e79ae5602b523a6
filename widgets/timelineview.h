#pragma once

#include "chartlook.h"
#include "chartsurface.h"
#include <QDate>
#include <QWidget>

class QPainter;

namespace zhisuan::widgets {

// Releases and events on a time axis: one lane per group, markers shaped and coloured by modality, events as a
// toggleable layer of flags. Items close in time stack within their lane instead of overlapping. The wheel zooms
// the time range around the cursor, dragging pans, hovering names an item, clicking emits itemClicked.
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
        bool labelLeft = false; // the name is drawn left of the marker (it would run off the right edge)
        QRectF label;           // where the name is drawn; null when a crowded lane has no room for it
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

private:
    QList<Placed> computeLayout() const;
    void relayout(); // the layout is out of date: computed again when next needed
    QRectF plotRect() const;
    QFont labelFont() const;
    static QColor colourOf(const QString &modality);
    static QRectF legendMarkerRect(int x);
    // `paper`: the background a hollow marker is filled with and a solid one outlined in.
    static void drawMarker(QPainter *p, const QRectF &box, const QString &modality, bool hollow, const QColor &paper);
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
    mutable int m_layoutRuns = 0;
    mutable QList<double> m_labelWidths; // per item, in the label font; -1 = not measured yet
};

} // namespace zhisuan::widgets
