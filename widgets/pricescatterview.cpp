#include "pricescatterview.h"

#include "labelplacement.h"

#include <QChart>
#include <QCursor>
#include <QGraphicsLineItem>
#include <QGraphicsSimpleTextItem>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QLogValueAxis>
#include <QScatterSeries>
#include <QToolTip>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace zhisuan::widgets {

PriceScatterView::PriceScatterView(QWidget *parent) : ChartPanel(parent) {}

void PriceScatterView::setTitle(const QString &title)
{
    setChartTitle(title);
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
    QList<int> domesticPoints, overseasPoints; // each series' points, as indexes into m_points
    for (int i = 0; i < points.size(); ++i) {
        const Point &p = points[i];
        (p.domestic ? domestic : overseas)->append(p.price, p.score);
        (p.domestic ? domesticPoints : overseasPoints) << i;
        lo = std::min(lo, p.score);
        hi = std::max(hi, p.score);
        pmin = std::min(pmin, p.price);
        pmax = std::max(pmax, p.price);
        if (!p.frontierLabel.isEmpty())
            frontier->append(p.price, p.score);
    }
    for (QAbstractSeries *s : {static_cast<QAbstractSeries *>(frontier), static_cast<QAbstractSeries *>(domestic), static_cast<QAbstractSeries *>(overseas)}) {
        c->addSeries(s);
        s->attachAxis(x);
        s->attachAxis(y);
    }
    m_anchor = domestic;
    // Every model named, as report 002's 图10 does: the frontier's with price and score, the others by name.
    qDeleteAll(m_names);
    m_names.clear();
    qDeleteAll(m_leaders);
    m_leaders.clear();
    QFont font = this->font();
    font.setPointSizeF(font.pointSizeF() * 0.85);
    for (const Point &p : points) {
        auto *name = new QGraphicsSimpleTextItem(p.frontierLabel.isEmpty() ? p.model : p.frontierLabel, c);
        name->setFont(font);
        name->setBrush(QColor(0x22, 0x2B, 0x36));
        name->setZValue(10);
        m_names << name;
        auto *leader = new QGraphicsLineItem(c); // from a marker to a name set further out
        leader->setPen(QPen(QColor(0x9A, 0xA4, 0xB0), 0.8));
        leader->setZValue(9);
        leader->setVisible(false);
        m_leaders << leader;
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
    // The legend draws each series as the plot does: round and square markers, a dashed line for the frontier
    // (it drew three squares).
    c->legend()->setMarkerShape(QLegend::MarkerShapeFromSeries);
    placeNames();
}

void PriceScatterView::chartResized()
{
    placeNames();
}

void PriceScatterView::placeNames()
{
    if (!m_anchor || m_names.size() != m_points.size())
        return;
    QChart *c = chart();
    // Markers are obstacles; the frontier's labels go first, then the others, each at the first of eight places
    // around its marker that stays inside the plot and covers no other marker and no label placed before; failing
    // those, the same eight further out, with a thin line to its marker. A name with no free place at all is left
    // out rather than printed over another (unplacedNameCount()).
    LabelPlacement placement(c->plotArea());
    placement.setGap(4); // names that touched read as one ("GLM-4ERNIE-4.0" at 1600×500)
    QList<QPointF> at;
    for (const Point &p : std::as_const(m_points)) {
        at << c->mapToPosition(QPointF(p.price, p.score), m_anchor);
        placement.addObstacle(QRectF(at.last() - QPointF(8, 8), QSizeF(16, 16))); // obstacle i is point i's marker
    }
    // The frontier's dashed line too: a name across it (DeepSeek-V2's) was hard to read and hid where it runs.
    m_frontierLine.clear();
    for (int i = 0; i < m_points.size(); ++i)
        if (!m_points[i].frontierLabel.isEmpty())
            m_frontierLine << at[i]; // in the order the line series joins them
    for (int i = 1; i < m_frontierLine.size(); ++i)
        placement.addLineObstacle(QLineF(m_frontierLine[i - 1], m_frontierLine[i]));
    QList<int> order;
    for (int i = 0; i < m_points.size(); ++i)
        if (!m_points[i].frontierLabel.isEmpty())
            order << i;
    for (int i = 0; i < m_points.size(); ++i)
        if (m_points[i].frontierLabel.isEmpty())
            order << i;
    m_nameRects = QList<QRectF>(m_points.size());
    constexpr int perRing = 8;
    for (int i : std::as_const(order)) {
        QGraphicsSimpleTextItem *name = m_names[i];
        const QSizeF size = name->boundingRect().size();
        const double w = size.width(), h = size.height();
        const QPointF a = at[i];
        QList<QRectF> places;
        for (const double gap : {9.0, 24.0, 39.0, 54.0})
            places << QList<QRectF>{QRectF(a.x() + gap, a.y() - h / 2, w, h),         QRectF(a.x() - gap - w, a.y() - h / 2, w, h),
                                    QRectF(a.x() - w / 2, a.y() - gap - h, w, h),     QRectF(a.x() - w / 2, a.y() + gap, w, h),
                                    QRectF(a.x() + gap * 0.7, a.y() - gap * 0.7 - h, w, h), QRectF(a.x() + gap * 0.7, a.y() + gap * 0.7, w, h),
                                    QRectF(a.x() - gap * 0.7 - w, a.y() - gap * 0.7 - h, w, h), QRectF(a.x() - gap * 0.7 - w, a.y() + gap * 0.7, w, h)};
        const int chosen = placement.place(places, i); // its own marker is where it points from
        name->setVisible(chosen >= 0);
        m_leaders[i]->setVisible(chosen >= perRing);
        if (chosen < 0)
            continue;
        const QRectF r = places[chosen];
        name->setPos(r.topLeft());
        m_nameRects[i] = r;
        if (chosen >= perRing) {
            const QPointF to(std::clamp(a.x(), r.left(), r.right()), std::clamp(a.y(), r.top(), r.bottom()));
            const QLineF line(a, to);
            m_leaders[i]->setLine(QLineF(line.pointAt(8 / std::max(line.length(), 1.0)), to));
        }
    }
    m_unplacedNames = placement.unplacedCount();
}

QStringList PriceScatterView::names() const
{
    QStringList out;
    for (const auto *name : m_names)
        out << name->text();
    return out;
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
