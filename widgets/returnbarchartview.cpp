#include "returnbarchartview.h"

#include "labelplacement.h"
#include "numberformat.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QBarLegendMarker>
#include <QChart>
#include <QFontMetricsF>
#include <QGraphicsSimpleTextItem>
#include <QLegend>
#include <QLocale>
#include <QHorizontalStackedBarSeries>
#include <QStackedBarSeries>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace zhisuan::widgets {

namespace {
const QColor kUp(0xC0, 0x39, 0x2B);
const QColor kDown(0x1E, 0x8E, 0x3E);
const QColor kHighlight(0xE6, 0x7E, 0x22);
} // namespace

ReturnBarChartView::ReturnBarChartView(QWidget *parent) : ChartPanel(parent)
{
    setMinimumHeight(260);
    chart()->legend()->hide();
    chart()->setMargins(QMargins(4, 4, 4, 4));
    connect(chart(), &QChart::plotAreaChanged, this, [this] { placeValueLabels(); });
}

void ReturnBarChartView::setTitle(const QString &title)
{
    m_title = title;
    setChartTitle(title);
}

void ReturnBarChartView::setHighlightLabel(const QString &label)
{
    m_highlightLabel = label; // drawn by the next setBars()
}

QStringList ReturnBarChartView::valueLabels() const
{
    QStringList texts;
    for (const auto *item : m_valueLabels)
        texts << item->text();
    return texts;
}

ChartSurface::Table ReturnBarChartView::table() const
{
    Table t{{tr("Name"), m_unit.isEmpty() ? tr("Value") : tr("Value (%1)").arg(m_unit)}, {}};
    const QLocale locale;
    // Signed as the bars' labels are (+3.20%, -1.05%): a screen reader and a grey printout tell up from down.
    for (const Bar &b : m_bars)
        t.rows << QStringList{b.label, signedChange(b.value, b.decimals, locale, m_unit == QLatin1String("%") ? m_unit : QString())};
    return t;
}

void ReturnBarChartView::setHorizontal(bool horizontal)
{
    m_horizontal = horizontal;
    rebuild();
}

void ReturnBarChartView::setBars(const QList<Bar> &bars, const QString &unit)
{
    m_bars = bars;
    m_unit = unit;
    rebuild();
}

void ReturnBarChartView::rebuild()
{
    QChart *c = chart();
    qDeleteAll(m_valueLabels);
    m_valueLabels.clear();
    m_series = nullptr;
    c->removeAllSeries();
    for (QAbstractAxis *axis : c->axes())
        c->removeAxis(axis);
    setChartTitle(m_title);
    if (m_bars.isEmpty())
        return;
    // One set per colour; each category has its value in exactly one set, so every bar gets its own colour. The
    // highlighted bar has one colour whether it rose or fell, and the legend names it.
    auto *up = new QBarSet(QString());
    auto *down = new QBarSet(QString());
    auto *hiSet = new QBarSet(m_highlightLabel);
    up->setColor(kUp);
    down->setColor(kDown);
    hiSet->setColor(kHighlight);
    QStringList categories;
    double lo = 0, hi = 0;
    bool anyHighlighted = false;
    for (const Bar &b : std::as_const(m_bars)) {
        categories << b.label;
        const bool positive = b.value >= 0;
        *up << (positive && !b.highlighted ? b.value : 0);
        *down << (!positive && !b.highlighted ? b.value : 0);
        *hiSet << (b.highlighted ? b.value : 0);
        anyHighlighted = anyHighlighted || b.highlighted;
        lo = std::min(lo, b.value);
        hi = std::max(hi, b.value);
    }
    QAbstractBarSeries *series = m_horizontal ? static_cast<QAbstractBarSeries *>(new QHorizontalStackedBarSeries)
                                              : static_cast<QAbstractBarSeries *>(new QStackedBarSeries);
    for (QBarSet *set : {up, down, hiSet}) {
        set->setBorderColor(Qt::transparent);
        series->append(set);
    }
    // Qt's own bar labels print significant digits (-3.2, 12.35): the values are drawn here with two decimals.
    series->setLabelsVisible(false);
    series->setBarWidth(0.6);
    c->addSeries(series);
    m_series = series;
    const bool legend = anyHighlighted && !m_highlightLabel.isEmpty();
    c->legend()->setVisible(legend);
    if (legend) {
        c->legend()->setAlignment(Qt::AlignTop);
        const auto markers = c->legend()->markers(series);
        for (QLegendMarker *marker : markers)
            marker->setVisible(static_cast<QBarLegendMarker *>(marker)->barset() == hiSet);
    }
    const QLocale locale;
    for (const Bar &b : std::as_const(m_bars)) {
        // Up and down by sign as well as by colour (issue 29): +4.10 beside a red bar, -3.20 beside a green one.
        auto *item = new QGraphicsSimpleTextItem(signedChange(b.value, b.decimals, locale), c);
        item->setBrush(QColor(0x22, 0x22, 0x22));
        item->setZValue(10);
        m_valueLabels << item;
    }
    auto *cat = new QBarCategoryAxis;
    cat->append(categories);
    // Industry names beside horizontal bars are short (农林牧渔(申万)): Qt's layout otherwise elides them all to "…"
    // once the ranking has a few dozen bars.
    if (m_horizontal)
        cat->setTruncateLabels(false);
    auto *val = new QValueAxis;
    const double span = std::max(hi - lo, 0.5);
    val->setRange(lo - span * 0.12, hi + span * 0.12);
    val->applyNiceNumbers(); // round ticks: -8, -6 … 2, not -8.5, -6.1 …
    val->setLabelFormat((val->max() - val->min() < 5 ? QStringLiteral("%.1f") : QStringLiteral("%.0f")) + m_unit);
    val->setGridLineColor(QColor(0xE5, 0xE8, 0xEC));
    c->addAxis(cat, m_horizontal ? Qt::AlignLeft : Qt::AlignBottom);
    c->addAxis(val, m_horizontal ? Qt::AlignBottom : Qt::AlignLeft);
    series->attachAxis(cat);
    series->attachAxis(val);
    placeValueLabels();
}

void ReturnBarChartView::fitCategoryLabels(const QRectF &plot)
{
    // Qt elides a category name that would fit its slot ("Computers (CI…" under a bar 230 px wide, in the brief
    // and the exports): the names are written out whole whenever each fits the width its bar has, on two lines when
    // one is too narrow ("Loongson / Technology" under ten watchlist bars, not "Loongs…"), three at most; elided only
    // when even that cannot hold a name.
    if (m_horizontal || m_bars.isEmpty())
        return;
    const auto axes = chart()->axes(Qt::Horizontal);
    auto *cat = axes.isEmpty() ? nullptr : qobject_cast<QBarCategoryAxis *>(axes.first());
    if (!cat || cat->count() != m_bars.size())
        return;
    const QFontMetricsF fm(cat->labelsFont());
    const double slot = plot.width() / double(m_bars.size()) - 6;
    bool truncate = false;
    QStringList shown;
    for (const Bar &b : std::as_const(m_bars)) {
        QStringList lines = LabelPlacement::twoLines(b.label, fm, slot);
        if (lines.size() == 2 && fm.horizontalAdvance(lines.first()) > slot) { // a third line, word by word
            lines = {};
            for (const QString &word : b.label.split(u' ', Qt::SkipEmptyParts)) {
                if (!lines.isEmpty() && fm.horizontalAdvance(lines.last() + u' ' + word) <= slot)
                    lines.last() += u' ' + word;
                else
                    lines << word;
            }
        }
        for (const QString &line : std::as_const(lines))
            truncate = truncate || fm.horizontalAdvance(line) > slot || lines.size() > 3;
        // Qt Charts draws axis labels as rich text: the lines centred under the bar as one line would be.
        shown << (lines.size() == 1 ? lines.first() : QStringLiteral("<center>%1</center>").arg(lines.join(QStringLiteral("<br>"))));
    }
    if (truncate)
        shown.clear();
    for (int i = 0; i < m_bars.size(); ++i) {
        const QString want = shown.isEmpty() ? m_bars[i].label : shown[i];
        if (cat->at(i) != want)
            cat->replace(cat->at(i), want);
    }
    if (cat->truncateLabels() != truncate)
        cat->setTruncateLabels(truncate);
}

void ReturnBarChartView::placeValueLabels()
{
    if (!m_series || m_valueLabels.size() != m_bars.size())
        return;
    const QRectF plot = chart()->plotArea();
    fitCategoryLabels(plot);
    for (int i = 0; i < m_bars.size(); ++i) {
        QGraphicsSimpleTextItem *item = m_valueLabels[i];
        const double v = m_bars[i].value;
        const QRectF box = item->boundingRect();
        // The end of the bar, and the label just beyond it (above a rise, below a fall; right or left when lying).
        const QPointF end = chart()->mapToPosition(m_horizontal ? QPointF(v, i) : QPointF(i, v), m_series);
        QPointF at;
        if (m_horizontal)
            at = QPointF(v >= 0 ? end.x() + 4 : end.x() - box.width() - 4, end.y() - box.height() / 2);
        else
            at = QPointF(end.x() - box.width() / 2, v >= 0 ? end.y() - box.height() - 2 : end.y() + 2);
        at.setX(std::clamp(at.x(), plot.left(), std::max(plot.left(), plot.right() - box.width())));
        at.setY(std::clamp(at.y(), plot.top(), std::max(plot.top(), plot.bottom() - box.height())));
        item->setPos(at);
    }
}

} // namespace zhisuan::widgets
