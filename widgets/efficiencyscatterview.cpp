#include "efficiencyscatterview.h"

#include <QChart>
#include <QLegendMarker>
#include <QLineSeries>
#include <QScatterSeries>
#include <QLogValueAxis>
#include <QCursor>
#include <QGraphicsLineItem>
#include <QGraphicsSimpleTextItem>
#include <QToolTip>

#include <algorithm>
#include <numeric>

namespace zhisuan::widgets {

EfficiencyScatterView::EfficiencyScatterView(QWidget *parent) : QChartView(parent)
{
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(380);
    chart()->setMargins(QMargins(4, 4, 4, 4));
    chart()->setBackgroundRoundness(0);
    chart()->legend()->setAlignment(Qt::AlignBottom);
    connect(chart(), &QChart::plotAreaChanged, this, &EfficiencyScatterView::placeLabels);
}

void EfficiencyScatterView::setTitle(const QString &title)
{
    chart()->setTitle(title);
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
    // Log–log: chips span 8 W to 700 W and 8 to 1,979 TFLOPS; the threshold TFLOPS = k × W stays a straight line.
    auto *x = new QLogValueAxis;
    auto *y = new QLogValueAxis;
    x->setTitleText(xTitle);
    y->setTitleText(yTitle);
    x->setLabelFormat(QStringLiteral("%g"));
    y->setLabelFormat(QStringLiteral("%g"));
    c->addAxis(x, Qt::AlignBottom);
    c->addAxis(y, Qt::AlignLeft);
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
    x->setRange(std::max(1.0, minTdp / 1.6), maxTdp * 1.6);
    y->setRange(std::max(0.1, std::min(minFp16, minTdp * threshold) / 1.6), maxFp16 * 1.6);
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
        line->append(x->min(), x->min() * threshold);
        line->append(x->max(), x->max() * threshold);
        attach(line);
    }
    for (const Chip &chip : chips) {
        auto *s = new QScatterSeries;
        s->setMarkerShape(chip.domestic ? QScatterSeries::MarkerShapeCircle : QScatterSeries::MarkerShapeRectangle);
        s->setColor(chip.domestic ? domestic->color() : overseas->color());
        s->setBorderColor(Qt::white);
        s->setMarkerSize(11);
        s->append(chip.tdp, chip.fp16);
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
        m_labels.append({text, leader, QPointF(chip.tdp, chip.fp16), s});
    }
    placeLabels();
}

void EfficiencyScatterView::placeLabels()
{
    QChart *c = chart();
    const QRectF plot = c->plotArea();
    constexpr double radius = 6, gap = 3;
    QList<QRectF> taken = markerRects();
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
    for (int i : std::as_const(order)) {
        const Label &l = m_labels[i];
        const QPointF p = at[i];
        const QSizeF size = l.text->boundingRect().size();
        const double w = size.width(), h = size.height();
        bool placed = false;
        for (int ring = 0; ring < 3 && !placed; ++ring) {
            const double d = radius + gap + ring * 14;
            const QList<QPointF> corners{
                {p.x() - w / 2, p.y() - d - h}, {p.x() + d, p.y() - h / 2}, {p.x() - d - w, p.y() - h / 2}, {p.x() - w / 2, p.y() + d},
                {p.x() + d * 0.7, p.y() - d * 0.7 - h}, {p.x() - d * 0.7 - w, p.y() - d * 0.7 - h},
                {p.x() + d * 0.7, p.y() + d * 0.7}, {p.x() - d * 0.7 - w, p.y() + d * 0.7}};
            for (const QPointF &corner : corners) {
                const QRectF r(corner, size);
                if (!plot.contains(r) || std::any_of(taken.cbegin(), taken.cend(), [&](const QRectF &t) { return t.intersects(r); }))
                    continue;
                l.text->setPos(corner);
                l.text->setVisible(true);
                taken << r;
                // Beyond the first ring a thin line says whose name it is.
                if (ring > 0) {
                    const QPointF to(std::clamp(p.x(), r.left(), r.right()), std::clamp(p.y(), r.top(), r.bottom()));
                    const QLineF line(p, to);
                    l.leader->setLine(QLineF(line.pointAt(radius / std::max(line.length(), 1.0)), to));
                }
                l.leader->setVisible(ring > 0);
                placed = true;
                break;
            }
        }
        if (!placed) {
            l.text->setVisible(false);
            l.leader->setVisible(false);
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
