#include "chartlook.h"

#include "pagestyle.h"

#include <QAbstractAxis>
#include <QAbstractBarSeries>
#include <QBarSet>
#include <QChart>
#include <QGraphicsScene>
#include <QGraphicsSimpleTextItem>
#include <QLegend>
#include <QPalette>
#include <QValueAxis>
#include <QXYSeries>

namespace zhisuan::widgets {

namespace {

QColor mix(const QColor &a, const QColor &b, double t)
{
    return QColor::fromRgbF(float(a.redF() + (b.redF() - a.redF()) * t), float(a.greenF() + (b.greenF() - a.greenF()) * t),
                            float(a.blueF() + (b.blueF() - a.blueF()) * t));
}

// The text a chart placed in its scene itself (point names, callouts) keeps its own colour in data(kOwnColour).
constexpr int kOwnColour = 0x43484B;
constexpr const char *kLightBackground = "zhisuanLightBackground";

} // namespace

ChartLook::Colours ChartLook::light()
{
    // Read from a chart and an axis as Qt Charts' default (light) theme makes them, once.
    static const Colours colours = [] {
        QChart probe;
        auto *axis = new QValueAxis;
        probe.addAxis(axis, Qt::AlignLeft);
        return Colours{QColor(Qt::white), axis->labelsBrush().color(), axis->gridLineColor(), axis->minorGridLineColor(),
                       axis->linePenColor()};
    }();
    return colours;
}

ChartLook::Colours ChartLook::dark(const QPalette &palette)
{
    const QColor base = palette.color(QPalette::Base), text = palette.color(QPalette::Text);
    return {base, text, mix(base, text, 0.22), mix(base, text, 0.12), mix(base, text, 0.4)};
}

ChartLook::Ink ChartLook::ink(const QPalette &palette, bool forPaper)
{
    if (forPaper || !PageStyle::isDark(palette))
        return {QColor(0xFB, 0xFC, 0xFD), QColor(0xF3, 0xF5, 0xF7), QColor(0x22, 0x2B, 0x36), QColor(0x6B, 0x77, 0x85),
                QColor(0xD5, 0xDB, 0xE1), QColor(0xEE, 0xF1, 0xF4), QColor(0xA8, 0xB2, 0xBD), QColor(255, 255, 255, 230)};
    const QColor base = palette.color(QPalette::Base), text = palette.color(QPalette::Text);
    QColor panel = base;
    panel.setAlpha(230);
    return {base, mix(base, text, 0.05), text, mix(base, text, 0.65), mix(base, text, 0.22), mix(base, text, 0.12), mix(base, text, 0.4), panel};
}

void ChartLook::apply(QChart *chart, const QPalette &palette, bool forPaper)
{
    const bool toDark = !forPaper && PageStyle::isDark(palette);
    const Colours l = light(), d = dark(palette);
    const Colours &from = toDark ? l : d;
    const Colours &to = toDark ? d : l;
    // A colour still at the other look's value moves to this look's; any other was chosen by the chart and stays.
    // (A chart switched from a dark palette to another dark one keeps the first: palettes do not change that way.)
    auto swap = [](const QColor &c, const QColor &a, const QColor &b) { return c.rgb() == a.rgb() ? b : c; };
    auto swapText = [&](const QColor &c) {
        return c.rgb() == from.text.rgb() || c.rgb() == l.text.rgb() || c.rgb() == QColor(Qt::black).rgb() ? to.text : c;
    };

    // The theme's background is a gradient: kept as it was for the light look, the palette's base for the dark one.
    if (toDark) {
        if (!chart->property(kLightBackground).isValid())
            chart->setProperty(kLightBackground, chart->backgroundBrush());
        chart->setBackgroundBrush(d.background);
    } else if (chart->property(kLightBackground).isValid()) {
        chart->setBackgroundBrush(chart->property(kLightBackground).value<QBrush>());
    }
    chart->setTitleBrush(QBrush(swapText(chart->titleBrush().color())));
    if (chart->legend())
        chart->legend()->setLabelColor(swapText(chart->legend()->labelColor()));
    for (QAbstractAxis *axis : chart->axes()) {
        axis->setLabelsColor(swapText(axis->labelsColor()));
        axis->setTitleBrush(QBrush(swapText(axis->titleBrush().color())));
        // Grid and axis lines: a chart's own pale grey (a log axis's) is a line colour too, not a choice to keep.
        auto line = [&](const QColor &c, const QColor &a, const QColor &b) { return toDark && c.lightnessF() > 0.75 ? b : swap(c, a, b); };
        axis->setGridLineColor(line(axis->gridLineColor(), from.grid, to.grid));
        axis->setMinorGridLineColor(line(axis->minorGridLineColor(), from.minorGrid, to.minorGrid));
        axis->setLinePenColor(line(axis->linePenColor(), from.line, to.line));
    }
    for (QAbstractSeries *series : chart->series()) {
        if (auto *bars = qobject_cast<QAbstractBarSeries *>(series))
            for (QBarSet *set : bars->barSets())
                set->setLabelColor(swapText(set->labelColor()));
        else if (auto *xy = qobject_cast<QXYSeries *>(series))
            xy->setPointLabelsColor(swapText(xy->pointLabelsColor()));
    }
    // Names the chart placed itself: dark ones turn to the palette's text on a dark chart, and back.
    if (!chart->scene())
        return;
    for (QGraphicsItem *item : chart->scene()->items()) {
        auto *text = dynamic_cast<QGraphicsSimpleTextItem *>(item);
        if (!text)
            continue;
        if (!text->data(kOwnColour).isValid())
            text->setData(kOwnColour, text->brush().color());
        const QColor own = text->data(kOwnColour).value<QColor>();
        text->setBrush(toDark && own.lightnessF() < 0.45 ? to.text : own);
    }
}

} // namespace zhisuan::widgets
