#pragma once

#include "chartsurface.h"

#include <QWidget>

class QChart;
class QChartView;

namespace zhisuan::widgets {

// The one place a chart widget meets Qt Charts' view: a QWidget that owns a QChartView filling it and implements
// ChartSurface through it. Chart widgets derive from it and build their series on chart(); their public interface
// speaks in rows (bars, dated points, chips), never in Qt Charts types, so a move to Qt Graphs replaces this class
// and the widgets' .cpp files, not their callers. (Tests that assert through the chart's own objects find the
// QChartView child.)
class ChartPanel : public QWidget, public ChartSurface
{
    Q_OBJECT
public:
    QWidget *widget() override { return this; }
    QString title() const override;
    bool hasContent() const override;
    void render(QPainter *painter, const QRectF &target, bool withTitle) override;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    explicit ChartPanel(QWidget *parent = nullptr);
    QChart *chart() const;
    // The chart's title, as title() and the accessible name give it. On screen a title wider than the chart is
    // broken into two even lines rather than cut with "…" (the history's "…restarts at 100 after weeks witho…"
    // at 1280 px), as LabelPlacement::twoLines breaks a chart's names.
    void setChartTitle(const QString &title);
    // Called after the view was resized (laid out again): items the widget places in the chart's scene follow.
    virtual void chartResized() {}
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override; // a palette change: the chart's look follows (ChartLook)

private:
    bool fitTitle(); // whether the chart's title changed
    QChartView *m_view;
    QString m_title;
    bool m_rendering = false; // render() sets the title for the target; a resize on the way must not undo it
};

} // namespace zhisuan::widgets
