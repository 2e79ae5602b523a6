#include "efficiencyscatterview.h"

#include <QChart>
#include <QLegendMarker>
#include <QLineSeries>
#include <QScatterSeries>
#include <QLogValueAxis>

#include <algorithm>

namespace zhisuan::widgets {

EfficiencyScatterView::EfficiencyScatterView(QWidget *parent) : QChartView(parent)
{
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(380);
    chart()->setMargins(QMargins(4, 4, 4, 4));
    chart()->setBackgroundRoundness(0);
    chart()->legend()->setAlignment(Qt::AlignBottom);
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
        s->setPointLabelsFormat(chip.name);
        s->setPointLabelsVisible(true);
        s->setPointLabelsClipping(false);
        QFont f = s->pointLabelsFont();
        f.setPointSizeF(f.pointSizeF() * 0.85);
        s->setPointLabelsFont(f);
        attach(s);
        for (QLegendMarker *m : c->legend()->markers(s))
            m->setVisible(false);
    }
}

} // namespace zhisuan::widgets
