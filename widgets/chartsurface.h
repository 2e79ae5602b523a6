#pragma once

#include <QList>
#include <functional>
#include <QRectF>
#include <QSize>
#include <QString>
#include <QStringList>

class QPainter;
class QWidget;

namespace zhisuan::widgets {

// What an exporter, the report and the chart catalog need of a chart, whatever draws it: its title, whether it has
// anything to draw, the smallest size it lays out at, the rows behind it, and a way to draw it into a painter at any
// size. Our chart widgets implement it (the Qt Charts ones through ChartPanel, the map and the timeline with their
// own painting), so that nothing outside them names the chart library: swapping Qt Charts for Qt Graphs changes the
// implementations, not the callers.
class ChartSurface
{
public:
    // The figures the chart draws, one row per point or bar, as text a user would copy.
    struct Table
    {
        QStringList columns;
        QList<QStringList> rows;
    };

    virtual ~ChartSurface() = default;

    // The surface a widget is (a chart found by object name on a page), or nullptr for a widget that draws no chart.
    static ChartSurface *from(QWidget *widget);
    static const ChartSurface *from(const QWidget *widget);

    // The widget on screen: its font is the export's default font.
    virtual QWidget *widget() = 0;
    // The title drawn inside the chart (empty when it draws none).
    virtual QString title() const { return {}; }
    // False while there is nothing to draw (no series yet); "Export all charts" leaves such a chart out.
    virtual bool hasContent() const { return true; }
    virtual Table table() const = 0;
    // The smallest size the chart can be laid out at (axis labels, legends); an export smaller than that is drawn
    // at this size and scaled down.
    virtual QSize minimumExportSize() const;
    // Lays the chart out at `target`'s size, off-screen if it is hidden (on another tab), and draws it into
    // `target` of an active painter; without its own title when `withTitle` is false (an exporter frames it with
    // one). The widget is put back as it was.
    virtual void render(QPainter *painter, const QRectF &target, bool withTitle) = 0;

protected:
    // The common case of render(): `widget` resized to `target`'s size for the time of `draw`, which paints it.
    static void renderResized(QWidget *widget, QPainter *painter, const QRectF &target,
                              const std::function<void(QPainter *, const QRectF &)> &draw);
};

} // namespace zhisuan::widgets
