#pragma once

#include "result.h"

#include <QColor>
#include <QFont>
#include <QRectF>
#include <QImage>
#include <QSize>
#include <QString>

#include <optional>

class QPainter;
class QWidget;

namespace zhisuan::widgets {

class ChartSurface;

// Exports a chart (anything that is a ChartSurface: our chart widgets, the map, the timeline) the way analysts paste
// charts into reports: re-laid out at the target size off-screen, so the output does not depend on the window, framed
// with a title and a source line ("来源：…, ZhiSuan Board"). PNG at a chosen pixel size and scale with a white or
// transparent background, SVG with readable text, PDF as vector with the CJK fonts embedded. It talks to the chart
// through ChartSurface only: it does not know which library draws it.
class ChartExporter
{
public:
    struct Options
    {
        QSize size{1200, 720}; // logical pixels at 96 dpi: a PDF page is 0.75 pt per pixel, and looks like the PNG
        int scale = 2;         // PNG device pixel ratio: 1, 2 or 3
        bool transparent = false;
        QString title;
        QString source; // "来源：Wind，iFinD" …; ZhiSuan Board is appended
        double zoom = 1.0; // below 1 lays the chart out larger and draws it smaller: more room for axis labels
        std::optional<QFont> titleFont;  // default: the chart's font, larger and bold
        std::optional<QFont> sourceFont; // default: the chart's font, smaller
    };

    // Format from the file's extension: .png, .svg or .pdf. An error ("invalid-input": another extension; "io": the
    // file cannot be written) says which file and why.
    static db::Result<void> exportTo(ChartSurface &chart, const QString &path, const Options &options);
    static QImage image(ChartSurface &chart, const Options &options);
    // Draws the framed chart into `target` of an active painter (a report page, say): the chart is laid out at
    // the target's size, or at its minimum size scaled down to fit when the target is smaller than that. `raster`
    // painters honour Options::transparent; vector ones always get white.
    static void paint(ChartSurface &chart, QPainter &painter, const QRectF &target, const Options &options, bool raster);

    // The same for a widget found by object name on a page: it is exported through its ChartSurface; a widget that
    // is none gets an error (exportTo), a null image or nothing drawn.
    static db::Result<void> exportTo(QWidget *chart, const QString &path, const Options &options);
    static QImage image(QWidget *chart, const Options &options);
    static void paint(QWidget *chart, QPainter &painter, const QRectF &target, const Options &options, bool raster);

private:
    static QString notAChart(const QWidget *widget);
};

} // namespace zhisuan::widgets
