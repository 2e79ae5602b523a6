#pragma once

#include <QColor>

class QChart;
class QPalette;

namespace zhisuan::widgets {

// A chart's colours on screen follow the desktop: on a dark palette the background, text, grid and axis lines of
// Qt Charts' light theme (what every chart here is built with) are swapped for the palette's, and back on a light
// one or for an export, which is always printed on white paper. Only colours still at the theme's value are
// swapped: a colour a chart chose (a series, a threshold line, a highlighted label) is kept.
class ChartLook
{
public:
    // Dark when the palette is dark and `forPaper` is false; light otherwise.
    static void apply(QChart *chart, const QPalette &palette, bool forPaper = false);

    // The colours of a chart that paints itself (the map, the timeline) by the same rule: the desktop's on a dark
    // palette, the light look on a light one and on paper.
    struct Ink
    {
        QColor paper, band, text, muted, line, land, border, panel;
    };
    static Ink ink(const QPalette &palette, bool forPaper = false);

private:
    struct Colours
    {
        QColor background, text, grid, minorGrid, line;
    };
    static Colours light();
    static Colours dark(const QPalette &palette);
};

} // namespace zhisuan::widgets
