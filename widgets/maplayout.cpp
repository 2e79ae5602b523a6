#include "maplayout.h"

#include "labelplacement.h"

#include <QFontMetricsF>
#include <QImage>
#include <QPainter>

#include <algorithm>
#include <cmath>
#include <limits>

namespace zhisuan::widgets {

namespace maplayout {

bool covers(const Disc &disc, const QRectF &rect)
{
    const double dx = disc.centre.x() - std::clamp(disc.centre.x(), rect.left(), rect.right());
    const double dy = disc.centre.y() - std::clamp(disc.centre.y(), rect.top(), rect.bottom());
    return dx * dx + dy * dy < disc.radius * disc.radius;
}

LandMask::LandMask(const QList<QPainterPath> &scenePaths, const QTransform &sceneToViewport, const QSize &viewport)
    : m_w(std::max(1, (viewport.width() + kCell - 1) / kCell)), m_h(std::max(1, (viewport.height() + kCell - 1) / kCell))
{
    QImage image(m_w, m_h, QImage::Format_Grayscale8);
    image.fill(0);
    QPainter p(&image);
    p.setTransform(sceneToViewport * QTransform::fromScale(1.0 / kCell, 1.0 / kCell));
    p.setPen(QPen(Qt::white, 0)); // cosmetic: a narrow strip of land still counts
    p.setBrush(Qt::white);
    for (const QPainterPath &path : scenePaths)
        p.drawPath(path);
    p.end();
    m_sum.assign(size_t(m_w + 1) * size_t(m_h + 1), 0);
    for (int y = 0; y < m_h; ++y) {
        const uchar *line = image.constScanLine(y);
        int row = 0;
        for (int x = 0; x < m_w; ++x) {
            row += line[x] > 0 ? 1 : 0;
            m_sum[size_t(y + 1) * size_t(m_w + 1) + size_t(x + 1)] = m_sum[size_t(y) * size_t(m_w + 1) + size_t(x + 1)] + row;
        }
    }
}

int LandMask::count(int x0, int y0, int x1, int y1) const
{
    const auto at = [this](int x, int y) { return m_sum[size_t(y) * size_t(m_w + 1) + size_t(x)]; };
    return at(x1, y1) - at(x0, y1) - at(x1, y0) + at(x0, y0);
}

double LandMask::fraction(const QRectF &rect) const
{
    if (m_sum.empty())
        return 0;
    const int x0 = std::clamp(int(std::floor(rect.left() / kCell)), 0, m_w), x1 = std::clamp(int(std::ceil(rect.right() / kCell)), 0, m_w);
    const int y0 = std::clamp(int(std::floor(rect.top() / kCell)), 0, m_h), y1 = std::clamp(int(std::ceil(rect.bottom() / kCell)), 0, m_h);
    const int cells = (x1 - x0) * (y1 - y0);
    return cells > 0 ? double(count(x0, y0, x1, y1)) / cells : 0;
}

QFont calloutFont(const QFont &base)
{
    QFont font = base;
    font.setPointSizeF(std::max(7.0, base.pointSizeF() * 0.85));
    font.setBold(true);
    return font;
}

namespace {

// Whether a callout's leader crosses a rectangle; a callout beside its bubble has none (a null line).
bool leaderCrosses(const QLineF &leader, const QRectF &rect)
{
    return !leader.isNull() && LabelPlacement::crosses(leader, rect);
}


struct Plate
{
    QSizeF size;
    QString text;
    bool oneLine = true;
    int lines = 1;
};

// The plates a callout may take: its one line, then the name over the figures wrapped at a few widths.
QList<Plate> platesOf(const Request &r, const QFontMetricsF &fm)
{
    QList<Plate> plates;
    const QString one = QStringLiteral("%1 · %2").arg(r.name, r.figures);
    plates << Plate{QSizeF(std::ceil(fm.horizontalAdvance(one)) + 10, std::ceil(fm.height()) + 4), one, true, 1};
    const QString two = r.name + QLatin1Char('\n') + r.figures;
    for (double width : {420.0, 320.0, 250.0, 210.0, 185.0, 165.0, 145.0, 125.0, 110.0}) {
        const QRectF b = fm.boundingRect(QRectF(0, 0, width, 1e5), Qt::AlignLeft | Qt::TextWordWrap, two);
        const QSizeF size(std::ceil(b.width()) + 10, std::ceil(b.height()) + 4);
        if (size.width() >= plates.constFirst().size.width() || (plates.size() > 1 && size == plates.constLast().size))
            continue;
        plates << Plate{size, two, false, std::max(2, int(std::lround(b.height() / fm.lineSpacing())))};
    }
    return plates;
}

// The leader from the bubble's edge to the nearest point of the plate (null when the plate is beside the disc).
QLineF leaderTo(const Request &r, const QRectF &rect)
{
    const QPointF near(std::clamp(r.anchor.x(), rect.left(), rect.right()), std::clamp(r.anchor.y(), rect.top(), rect.bottom()));
    const QLineF line(r.anchor, near);
    if (line.length() <= r.radius + 4)
        return {};
    QLineF leader = line;
    leader.setP1(r.anchor + (near - r.anchor) * (r.radius / line.length()));
    return leader;
}

// How many bubbles (other than its own, at the leader's start) a leader runs across: each makes it harder to follow.
int bubblesCrossed(const QLineF &leader, const QPointF &own, const QList<Disc> &discs)
{
    if (leader.isNull())
        return 0;
    int n = 0;
    const QPointF d = leader.p2() - leader.p1();
    const double length2 = QPointF::dotProduct(d, d);
    for (const Disc &disc : discs) {
        if (disc.centre == own || disc.radius < 10)
            continue;
        const double t = length2 > 0 ? std::clamp(QPointF::dotProduct(disc.centre - leader.p1(), d) / length2, 0.0, 1.0) : 0;
        const QPointF nearest = leader.p1() + t * d;
        if (QLineF(nearest, disc.centre).length() < disc.radius)
            ++n;
    }
    return n;
}

// `leaderOverNames`: the leader may cross a name or a tick (never the plate): the last resort on a small map, after
// which the names are placed again clear of the leaders.
// How many pixels of a leader run over the land: a leader across provinces is harder to follow than one over the sea,
// and a plate set beyond the western border with a leader across the country reads as belonging to the west.
double landAlong(const QLineF &leader, const LandMask *land)
{
    if (leader.isNull() || !land)
        return 0;
    const int steps = std::max(1, int(leader.length() / 4));
    double over = 0;
    for (int i = 0; i < steps; ++i)
        if (land->fraction(QRectF(leader.pointAt((i + 0.5) / steps) - QPointF(1, 1), QSizeF(2, 2))) > 0.5)
            over += leader.length() / steps;
    return over;
}

bool isFree(const QRectF &rect, const QLineF &leader, const Ground &ground, const QList<Callout> &placed, bool leaderOverNames)
{
    const QRectF margin = rect.adjusted(-2, -2, 2, 2);
    for (const QRectF &o : ground.obstacles)
        if (o.intersects(margin) || (!leaderOverNames && leaderCrosses(leader, o)))
            return false;
    for (const Disc &d : ground.discs)
        if (covers(d, margin))
            return false;
    for (const QLineF &tick : ground.lines)
        if (LabelPlacement::crosses(tick, margin)
            || (!leaderOverNames && !leader.isNull() && leader.intersects(tick, nullptr) == QLineF::BoundedIntersection))
            return false;
    const QRectF apart = rect.adjusted(-4, -4, 4, 4);
    for (const Callout &c : placed)
        if (c.rect.intersects(apart) || leaderCrosses(c.leader, rect) || leaderCrosses(leader, c.rect)
            || (!c.leader.isNull() && !leader.isNull() && c.leader.intersects(leader, nullptr) == QLineF::BoundedIntersection))
            return false; // nor do two leaders cross
    return true;
}

} // namespace

namespace {

// More callouts than this crowd a map whatever their places (and the search for each costs time): the rest are left
// out and counted.
constexpr int kMostCallouts = 8;
// What a plate over the land costs at the least (as a leader that long would), and a leader across a name.
constexpr double kLandCost = 300;
constexpr double kLandLeader = 1.2; // what each pixel of a leader over the land adds to its length

// The callouts placed greedily in one order; `cost` sums what each took (its leader, its lines, the land it covers).
QList<Callout> placeInOrder(const QList<Request> &requests, const QFontMetricsF &fm, const Ground &ground, int *unplaced, double *cost)
{
    const QRectF bounds = ground.bounds.adjusted(2, 2, -2, -2);
    // The grid the plates are tried on, finer on a small map; a leader no longer than half the view.
    const double step = std::max(3.0, std::round(std::min(bounds.width(), bounds.height()) / 80.0));
    const double maxLeader = std::max(140.0, 0.5 * bounds.width());
    QList<Callout> placed;
    *unplaced = 0;
    *cost = 0;
    for (const Request &r : requests) {
        if (placed.size() + *unplaced >= kMostCallouts) {
            ++*unplaced;
            continue;
        }
        double bestCost = std::numeric_limits<double>::max();
        Callout best;
        for (bool leaderOverNames : {false, true}) {
            // Across a name only when no place clear of them is near and off the land: the name then moves.
            if (bestCost < kLandCost)
                break;
            for (const Plate &plate : platesOf(r, fm)) {
                const double w = plate.size.width(), h = plate.size.height();
                for (double y = bounds.top(); y + h <= bounds.bottom(); y += step)
                    for (double x = bounds.left(); x + w <= bounds.right(); x += step) {
                        const QRectF rect(x, y, w, h);
                        const double dx = r.anchor.x() - std::clamp(r.anchor.x(), rect.left(), rect.right());
                        const double dy = r.anchor.y() - std::clamp(r.anchor.y(), rect.top(), rect.bottom());
                        const double distance = std::sqrt(dx * dx + dy * dy);
                        double c = distance + 18.0 * (plate.lines - 1);
                        if (distance > maxLeader || c >= bestCost)
                            continue;
                        // Over the land only where the sea and the margins have no room near enough.
                        if (const double land = ground.land ? ground.land->fraction(rect) : 0; land > 0)
                            c += kLandCost + 1200 * land;
                        if (c >= bestCost)
                            continue;
                        const QLineF leader = leaderTo(r, rect);
                        c += 30.0 * bubblesCrossed(leader, r.anchor, ground.discs) + kLandLeader * landAlong(leader, ground.land);
                        if (leaderOverNames) // each name crossed is one more to move out of its way
                            c += kLandCost * double(std::count_if(ground.obstacles.cbegin(), ground.obstacles.cend(),
                                                             [&](const QRectF &o) { return leaderCrosses(leader, o); }));
                        if (c >= bestCost)
                            continue;
                        if (!isFree(rect, leader, ground, placed, leaderOverNames))
                            continue;
                        bestCost = c;
                        best = Callout{r.id, r.anchor, rect, plate.text, plate.oneLine, leader};
                    }
            }
        }
        if (bestCost == std::numeric_limits<double>::max()) {
            ++*unplaced;
        } else {
            placed << best;
            *cost += bestCost;
        }
    }
    return placed;
}

} // namespace

QList<Callout> place(const QList<Request> &requests, const QFont &font, const Ground &ground, int *unplaced)
{
    // Greedy placement depends on the order: the one given (the largest centre first), north to south and south to
    // north are tried, and the one that leaves out fewest callouts, then costs least, is kept.
    const QFontMetricsF fm(font);
    QList<QList<Request>> orders{requests, requests, requests};
    std::stable_sort(orders[1].begin(), orders[1].end(), [](const Request &a, const Request &b) { return a.anchor.y() < b.anchor.y(); });
    std::stable_sort(orders[2].begin(), orders[2].end(), [](const Request &a, const Request &b) { return a.anchor.y() > b.anchor.y(); });
    QList<Callout> best;
    int bestLeft = std::numeric_limits<int>::max();
    double bestCost = 0;
    for (const QList<Request> &order : std::as_const(orders)) {
        int left = 0;
        double cost = 0;
        QList<Callout> placed = placeInOrder(order, fm, ground, &left, &cost);
        if (left < bestLeft || (left == bestLeft && cost < bestCost)) {
            best = std::move(placed);
            bestLeft = left;
            bestCost = cost;
        }
    }
    if (unplaced)
        *unplaced = bestLeft == std::numeric_limits<int>::max() ? 0 : bestLeft;
    return best;
}

} // namespace maplayout

void MapNameItem::setHalo(const QColor &halo)
{
    if (halo == m_halo)
        return;
    m_halo = halo;
    update();
}

void MapNameItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget)
{
    if (m_halo.isValid()) { // a ring of the land's colour around each letter: legible over a bubble
        QPainterPath path;
        path.addText(QPointF(0, QFontMetricsF(font()).ascent()), font(), text());
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        painter->strokePath(path, QPen(m_halo, 3, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        painter->restore();
    }
    QGraphicsSimpleTextItem::paint(painter, option, widget);
}

} // namespace zhisuan::widgets
