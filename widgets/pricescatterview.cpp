#include "pricescatterview.h"

#include <QChart>
#include <QCursor>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QLogValueAxis>
#include <QScatterSeries>
#include <QToolTip>
#include <QValueAxis>

#include <cmath>

namespace zhisuan::widgets {

PriceScatterView::PriceScatterView(QWidget *parent) : ChartPanel(parent) {}

void PriceScatterView::setTitle(const QString &title)
{
    chart()->setTitle(title);
}

void PriceScatterView::setPoints(const QList<Point> &points, const Labels &labels)
{
    m_points = points;
    m_labels = labels;
    QChart *c = chart();
    c->removeAllSeries();
    for (QAbstractAxis *a : c->axes())
        c->removeAxis(a);
    auto *x = new QLogValueAxis;
    x->setLabelFormat(QStringLiteral("%g")); // the axis formats printf-style in Latin-1: the currency goes in the title
    x->setTitleText(labels.x);
    auto *y = new QValueAxis;
    y->setTitleText(labels.y);
    c->addAxis(x, Qt::AlignBottom);
    c->addAxis(y, Qt::AlignLeft);
    auto *domestic = new QScatterSeries;
    auto *overseas = new QScatterSeries;
    domestic->setName(labels.domestic);
    overseas->setName(labels.overseas);
    domestic->setColor(QColor(0xC0, 0x39, 0x2B));
    overseas->setColor(QColor(0x2C, 0x3E, 0x50));
    overseas->setMarkerShape(QScatterSeries::MarkerShapeRectangle);
    auto *frontier = new QLineSeries;
    frontier->setName(labels.frontier);
    frontier->setPen(QPen(QColor(0xE6, 0x7E, 0x22), 2, Qt::DashLine));
    double lo = 1e9, hi = -1e9, pmin = 1e9, pmax = 0;
    QList<QScatterSeries *> labelled;
    QList<int> domesticPoints, overseasPoints; // each series' points, as indexes into m_points
    for (int i = 0; i < points.size(); ++i) {
        const Point &p = points[i];
        (p.domestic ? domestic : overseas)->append(p.price, p.score);
        (p.domestic ? domesticPoints : overseasPoints) << i;
        lo = std::min(lo, p.score);
        hi = std::max(hi, p.score);
        pmin = std::min(pmin, p.price);
        pmax = std::max(pmax, p.price);
        if (!p.frontierLabel.isEmpty()) {
            frontier->append(p.price, p.score);
            auto *named = new QScatterSeries;
            named->append(p.price, p.score);
            named->setMarkerSize(4);
            named->setColor(Qt::transparent);
            named->setBorderColor(Qt::transparent);
            named->setPointLabelsFormat(p.frontierLabel);
            named->setPointLabelsVisible(true);
            named->setPointLabelsClipping(false);
            labelled << named;
        }
    }
    for (QAbstractSeries *s : {static_cast<QAbstractSeries *>(frontier), static_cast<QAbstractSeries *>(domestic), static_cast<QAbstractSeries *>(overseas)}) {
        c->addSeries(s);
        s->attachAxis(x);
        s->attachAxis(y);
    }
    for (QScatterSeries *s : std::as_const(labelled)) {
        c->addSeries(s);
        s->attachAxis(x);
        s->attachAxis(y);
        for (QLegendMarker *m : c->legend()->markers(s))
            m->setVisible(false);
    }
    if (!points.isEmpty()) {
        // Round ticks: the price axis from one power of ten to another (1, 10, 100, 1000), the score axis nice numbers.
        x->setRange(std::pow(10.0, std::floor(std::log10(pmin))), std::pow(10.0, std::ceil(std::log10(pmax * 1.5))));
        x->setMinorTickCount(8);
        y->setRange(lo - (hi - lo) * 0.12, hi + (hi - lo) * 0.18);
        y->applyNiceNumbers();
    }
    for (auto [series, indexes] : {std::pair{domestic, domesticPoints}, std::pair{overseas, overseasPoints}})
        connect(series, &QScatterSeries::hovered, this, [this, series, indexes](const QPointF &point, bool state) {
            if (!state) {
                QToolTip::hideText();
                return;
            }
            const auto drawn = series->points();
            for (int i = 0; i < drawn.size(); ++i)
                if (drawn[i] == point)
                    QToolTip::showText(QCursor::pos(), tooltip(indexes.value(i)), this);
        });
    c->legend()->setAlignment(Qt::AlignBottom);
}

ChartSurface::Table PriceScatterView::table() const
{
    Table t{{tr("Model"), m_labels.x, m_labels.y, tr("Region"), tr("Pareto frontier")}, {}};
    const QLocale locale;
    for (const Point &p : m_points)
        t.rows << QStringList{p.model, locale.toString(p.price), locale.toString(p.score), p.domestic ? m_labels.domestic : m_labels.overseas,
                              p.frontierLabel.isEmpty() ? QString() : p.frontierLabel};
    return t;
}

} // namespace zhisuan::widgets
