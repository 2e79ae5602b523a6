#include "returnbarchartview.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QHorizontalStackedBarSeries>
#include <QStackedBarSeries>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace zhisuan::widgets {

namespace {
const QColor kUp(0xC0, 0x39, 0x2B);
const QColor kDown(0x1E, 0x8E, 0x3E);
const QColor kUpHighlight(0xE6, 0x7E, 0x22);
const QColor kDownHighlight(0x16, 0x6A, 0xB8);
} // namespace

ReturnBarChartView::ReturnBarChartView(QWidget *parent) : QChartView(parent)
{
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(260);
    chart()->legend()->hide();
    chart()->setMargins(QMargins(4, 4, 4, 4));
    chart()->setBackgroundRoundness(0);
}

void ReturnBarChartView::setTitle(const QString &title)
{
    m_title = title;
    chart()->setTitle(title);
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
    c->removeAllSeries();
    for (QAbstractAxis *axis : c->axes())
        c->removeAxis(axis);
    c->setTitle(m_title);
    if (m_bars.isEmpty())
        return;
    // One set per colour; each category has its value in exactly one set, so every bar gets its own colour.
    auto *up = new QBarSet(QString());
    auto *down = new QBarSet(QString());
    auto *upHi = new QBarSet(QString());
    auto *downHi = new QBarSet(QString());
    up->setColor(kUp);
    down->setColor(kDown);
    upHi->setColor(kUpHighlight);
    downHi->setColor(kDownHighlight);
    QStringList categories;
    double lo = 0, hi = 0;
    for (const Bar &b : std::as_const(m_bars)) {
        categories << b.label;
        const bool positive = b.value >= 0;
        *up << (positive && !b.highlighted ? b.value : 0);
        *down << (!positive && !b.highlighted ? b.value : 0);
        *upHi << (positive && b.highlighted ? b.value : 0);
        *downHi << (!positive && b.highlighted ? b.value : 0);
        lo = std::min(lo, b.value);
        hi = std::max(hi, b.value);
    }
    QAbstractBarSeries *series = m_horizontal ? static_cast<QAbstractBarSeries *>(new QHorizontalStackedBarSeries)
                                              : static_cast<QAbstractBarSeries *>(new QStackedBarSeries);
    for (QBarSet *set : {up, down, upHi, downHi}) {
        set->setBorderColor(Qt::transparent);
        series->append(set);
    }
    series->setLabelsVisible(true);
    series->setLabelsFormat(QStringLiteral("@value"));
    series->setLabelsPrecision(3);
    series->setBarWidth(0.6);
    for (QBarSet *set : {up, down, upHi, downHi})
        set->setLabelColor(QColor(0x22, 0x22, 0x22));
    c->addSeries(series);
    auto *cat = new QBarCategoryAxis;
    cat->append(categories);
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
}

} // namespace zhisuan::widgets
