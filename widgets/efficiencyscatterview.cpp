#include "efficiencyscatterview.h"

#include "labelplacement.h"

#include <QChart>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QScatterSeries>
#include <QCategoryAxis>
#include <QLocale>
#include <QCursor>
#include <QGraphicsLineItem>
#include <QGraphicsSimpleTextItem>
#include <QToolTip>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace zhisuan::widgets {

EfficiencyScatterView::EfficiencyScatterView(QWidget *parent) : ChartPanel(parent)
{
    setMinimumHeight(380);
    chart()->setMargins(QMargins(4, 4, 18, 4)); // room on the right for the last tick label ("1,000")
    chart()->legend()->setAlignment(Qt::AlignBottom);
    // The legend draws each entry as the plot does: a circle, a square and the dashed threshold line (it drew three
    // squares, as the price chart's did).
    chart()->legend()->setMarkerShape(QLegend::MarkerShapeFromSeries);
    connect(chart(), &QChart::plotAreaChanged, this, &EfficiencyScatterView::placeLabels);
}

void EfficiencyScatterView::setLogTicks(QCategoryAxis *axis, double from, double to)
{
    // The range widened to the neighbouring 1–2–5 values, a labelled tick on each of them in between.
    QList<double> steps;
    for (int e = int(std::floor(std::log10(from))) - 1; e <= int(std::ceil(std::log10(to))) + 1; ++e)
        for (double m : {1.0, 2.0, 5.0})
            steps << m * std::pow(10.0, e);
    double lo = steps.constFirst(), hi = steps.constLast();
    for (double v : std::as_const(steps)) {
        if (v <= from * 1.0000001)
            lo = v;
        if (v >= to / 1.0000001) {
            hi = v;
            break;
        }
    }
    for (const QString &label : axis->categoriesLabels())
        axis->remove(label);
    axis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    axis->setStartValue(std::log10(lo));
    axis->setRange(std::log10(lo), std::log10(hi));
    for (double v : std::as_const(steps))
        if (v >= lo && v <= hi)
            axis->append(QLocale().toString(v, 'g', 6), std::log10(v));
    axis->setGridLineColor(QColor(0xE1, 0xE5, 0xEA));
}

QStringList EfficiencyScatterView::tickLabels(Qt::Orientation orientation) const
{
    for (QAbstractAxis *axis : chart()->axes(orientation))
        if (auto *category = qobject_cast<QCategoryAxis *>(axis))
            return category->categoriesLabels();
    return {};
}

ChartSurface::Table EfficiencyScatterView::table() const
{
    Table t{{tr("Chip"), m_xTitle, m_yTitle, tr("Region")}, {}};
    const QLocale locale;
    for (const Chip &chip : m_chips)
        t.rows << QStringList{chip.name, locale.toString(chip.tdp), locale.toString(chip.fp16), chip.domestic ? m_domesticLabel : m_overseasLabel};
    return t;
}

void EfficiencyScatterView::setTitle(const QString &title)
{
    setChartTitle(title);
}

void EfficiencyScatterView::setChips(const QList<Chip> &chips, double threshold, const QString &thresholdLabel,
                                     const QString &domesticLabel, const QString &overseasLabel, const QString &xTitle,
                                     const QString &yTitle)
{
    QChart *c = chart();
    for (const Label &l : std::as_const(m_labels)) {
        delete l.text;
        delete l.leader;
    }
    m_labels.clear();
    c->removeAllSeries();
    for (QAbstractAxis *axis : c->axes())
        c->removeAxis(axis);
    m_points = int(chips.size());
    m_chips = chips;
    m_xTitle = xTitle;
    m_yTitle = yTitle;
    m_domesticLabel = domesticLabel;
    m_overseasLabel = overseasLabel;
    // Log–log: chips span 8 W to 700 W and 8 to 1,979 TFLOPS; the threshold TFLOPS = k × W stays a straight line.
    // The series carry log10 of the figures and the axes are category axes in that space, so that the ticks are
    // round numbers of the 1–2–5 series (20, 50, 100, 200, 500 W) wherever the range falls: QLogValueAxis only ticks
    // whole decades, and a range within one decade got a single "100".
    double minTdp = 1e9, maxTdp = 1, minFp16 = 1e9, maxFp16 = 1;
    for (const Chip &chip : chips) {
        minTdp = std::min(minTdp, chip.tdp);
        maxTdp = std::max(maxTdp, chip.tdp);
        minFp16 = std::min(minFp16, chip.fp16);
        maxFp16 = std::max(maxFp16, chip.fp16);
    }
    if (chips.isEmpty()) {
        minTdp = minFp16 = 1;
        maxTdp = maxFp16 = 1000;
    }
    auto *x = new QCategoryAxis;
    auto *y = new QCategoryAxis;
    x->setTitleText(xTitle);
    y->setTitleText(yTitle);
    setLogTicks(x, std::max(1.0, minTdp / 1.4), maxTdp * 1.4);
    setLogTicks(y, std::max(0.1, std::min(minFp16, minTdp * threshold) / 1.4), maxFp16 * 1.4);
    c->addAxis(x, Qt::AlignBottom);
    c->addAxis(y, Qt::AlignLeft);
    auto attach = [&](QAbstractSeries *s) {
        c->addSeries(s);
        s->attachAxis(x);
        s->attachAxis(y);
    };
    // Legend entries: the two marker shapes and the threshold line; the per-chip series carry the labels.
    auto *domestic = new QScatterSeries;
    domestic->setName(domesticLabel);
    domestic->setMarkerShape(QScatterSeries::MarkerShapeCircle);
    domestic->setColor(QColor(0xC0, 0x39, 0x2B));
    auto *overseas = new QScatterSeries;
    overseas->setName(overseasLabel);
    overseas->setMarkerShape(QScatterSeries::MarkerShapeRectangle);
    overseas->setColor(QColor(0x2C, 0x3E, 0x50));
    for (auto *s : {domestic, overseas}) {
        s->setMarkerSize(11);
        s->setBorderColor(Qt::white);
        attach(s);
    }
    if (threshold > 0) {
        auto *line = new QLineSeries;
        line->setName(thresholdLabel);
        line->setPen(QPen(QColor(0xE6, 0x7E, 0x22), 2, Qt::DashLine));
        // In log space TFLOPS = k × W is the line log y = log x + log k.
        line->append(x->min(), x->min() + std::log10(threshold));
        line->append(x->max(), x->max() + std::log10(threshold));
        attach(line);
    }
    for (const Chip &chip : chips) {
        auto *s = new QScatterSeries;
        s->setMarkerShape(chip.domestic ? QScatterSeries::MarkerShapeCircle : QScatterSeries::MarkerShapeRectangle);
        s->setColor(chip.domestic ? domestic->color() : overseas->color());
        s->setBorderColor(Qt::white);
        s->setMarkerSize(11);
        const QPointF at(std::log10(std::max(chip.tdp, 1e-3)), std::log10(std::max(chip.fp16, 1e-3)));
        s->append(at);
        const QString name = chip.name;
        connect(s, &QScatterSeries::hovered, this, [name](const QPointF &, bool over) {
            if (over)
                QToolTip::showText(QCursor::pos(), name);
            else
                QToolTip::hideText();
        });
        attach(s);
        for (QLegendMarker *m : c->legend()->markers(s))
            m->setVisible(false);
        auto *text = new QGraphicsSimpleTextItem(chip.name, c);
        QFont f = c->font();
        f.setPointSizeF(f.pointSizeF() * 0.85);
        text->setFont(f);
        text->setBrush(QColor(0x33, 0x3D, 0x4A));
        text->setZValue(20);
        auto *leader = new QGraphicsLineItem(c);
        leader->setPen(QPen(QColor(0x9A, 0xA4, 0xB0), 0.8));
        leader->setZValue(19);
        m_labels.append({text, leader, at, s});
    }
    placeLabels();
}

void EfficiencyScatterView::placeLabels()
{
    QChart *c = chart();
    const QRectF plot = c->plotArea();
    constexpr double radius = 6, gap = 3;
    // Each name takes the first free place around its point, in the plot and over no marker or name placed before:
    // eight places on a ring, three rings; a name with none is hidden (hiddenLabelCount()).
    LabelPlacement placement(plot);
    for (const QRectF &marker : markerRects())
        placement.addObstacle(marker);
    // The most crowded points first: they have the fewest free places.
    QList<int> order(m_labels.size());
    std::iota(order.begin(), order.end(), 0);
    QList<QPointF> at;
    for (const Label &l : std::as_const(m_labels))
        at << c->mapToPosition(l.value, l.series);
    auto crowd = [&](int i) {
        int n = 0;
        for (const QPointF &q : std::as_const(at))
            n += QLineF(at[i], q).length() < 60 ? 1 : 0;
        return n;
    };
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) { return crowd(a) > crowd(b); });
    constexpr int perRing = 8;
    for (int i : std::as_const(order)) {
        const Label &l = m_labels[i];
        const QPointF p = at[i];
        const QSizeF size = l.text->boundingRect().size();
        const double w = size.width(), h = size.height();
        QList<QRectF> places;
        for (int ring = 0; ring < 3; ++ring) {
            const double d = radius + gap + ring * 14;
            for (const QPointF &corner : {QPointF(p.x() - w / 2, p.y() - d - h), QPointF(p.x() + d, p.y() - h / 2), QPointF(p.x() - d - w, p.y() - h / 2),
                                          QPointF(p.x() - w / 2, p.y() + d), QPointF(p.x() + d * 0.7, p.y() - d * 0.7 - h),
                                          QPointF(p.x() - d * 0.7 - w, p.y() - d * 0.7 - h), QPointF(p.x() + d * 0.7, p.y() + d * 0.7),
                                          QPointF(p.x() - d * 0.7 - w, p.y() + d * 0.7)})
                places << QRectF(corner, size);
        }
        const int chosen = placement.place(places);
        l.text->setVisible(chosen >= 0);
        l.leader->setVisible(chosen >= perRing); // beyond the first ring a thin line says whose name it is
        if (chosen < 0)
            continue;
        const QRectF r = places[chosen];
        l.text->setPos(r.topLeft());
        if (chosen >= perRing) {
            const QPointF to(std::clamp(p.x(), r.left(), r.right()), std::clamp(p.y(), r.top(), r.bottom()));
            const QLineF line(p, to);
            l.leader->setLine(QLineF(line.pointAt(radius / std::max(line.length(), 1.0)), to));
        }
    }
}

QList<QRectF> EfficiencyScatterView::labelRects() const
{
    QList<QRectF> out;
    for (const Label &l : m_labels)
        if (l.text->isVisible())
            out << QRectF(l.text->pos(), l.text->boundingRect().size());
    return out;
}

QList<QRectF> EfficiencyScatterView::markerRects() const
{
    QList<QRectF> out;
    for (const Label &l : m_labels) {
        const QPointF p = chart()->mapToPosition(l.value, l.series);
        out << QRectF(p.x() - 6, p.y() - 6, 12, 12);
    }
    return out;
}

int EfficiencyScatterView::hiddenLabelCount() const
{
    return int(std::count_if(m_labels.cbegin(), m_labels.cend(), [](const Label &l) { return !l.text->isVisible(); }));
}

} // namespace zhisuan::widgets
