// Where the timeline's names go (TimelineView::placeLabels): beside their markers where that is free, else a little
// way off in the marker's own lane with a short leader, else left out and counted in the note.
#include "timelineview.h"

#include "labelplacement.h"

#include <QFontMetricsF>
#include <QHash>

#include <algorithm>
#include <cmath>

namespace zhisuan::widgets {

namespace {

constexpr double kLabelGap = 3; // clear space between a name and any marker or other name
constexpr double kNearer = 3; // how much nearer its own marker a name set away is than any other
constexpr double kMaxLeaderLines = 3.5; // the longest leader, in lines of the names' text

// One placing of the names in `order` (indexes into the markers): first every name beside its marker where that is
// free, then the others further off, so that a name moved away never takes the place beside another's marker; a
// place whose leader would run through another marker is not taken (leaders are drawn under the names' backgrounds:
// one that passes a name goes behind it). The names' places (null: none).
QList<QRectF> placeInOrder(const QRectF &bounds, const QList<QRectF> &markers, const QList<QList<QRectF>> &candidates,
                           const QList<int> &besideCount, const QList<int> &order)
{
    LabelPlacement placement(bounds);
    placement.setGap(kLabelGap);
    for (const QRectF &box : markers)
        placement.addObstacle(box); // obstacle k is marker k
    QList<QRectF> labels(markers.size());
    QList<int> later;
    for (int k : order) {
        const int chosen = placement.place(candidates[k].mid(0, besideCount[k])); // never over its own marker either
        if (chosen < 0)
            later << k;
        else
            labels[k] = candidates[k][chosen];
    }
    // The most hemmed-in first (the fewest free places), while that is cheap to count.
    if (later.size() <= 200) {
        QHash<int, int> room;
        for (int k : std::as_const(later))
            room[k] = int(std::count_if(candidates[k].cbegin(), candidates[k].cend(), [&](const QRectF &c) { return placement.isFree(c); }));
        std::stable_sort(later.begin(), later.end(), [&](int a, int b) { return room[a] < room[b]; });
    }
    for (int k : std::as_const(later)) {
        const auto free = std::find_if(candidates[k].cbegin(), candidates[k].cend(), [&](const QRectF &c) {
            const QLineF leader = LabelPlacement::leader(markers[k], c, kLabelGap + 3);
            return placement.isFree(c) && (leader.isNull() || placement.lineIsClear(leader, k, true));
        });
        if (free != candidates[k].cend()) {
            placement.place({*free});
            labels[k] = *free;
        }
    }
    return labels;
}

// How far a point is from the nearest point of a rectangle (0 inside it).
double distanceTo(const QRectF &rect, const QPointF &point)
{
    return std::hypot(std::max({rect.left() - point.x(), point.x() - rect.right(), 0.0}),
                      std::max({rect.top() - point.y(), point.y() - rect.bottom(), 0.0}));
}

// Of the places `all` for the name of marker k (nearest first), those inside its lane's `band`, with a leader of at
// most `maxLeader`, and nearer marker k than any of its `neighbours` (a name beside another's marker reads as that
// one's); set away from it, nearer by kNearer pixels: its leader alone does not tell which of two it joins.
// `beside`: how many of them are among the first `besideOf` of `all` (the places beside the marker).
QList<QRectF> keptPlaces(const QList<QRectF> &all, qsizetype besideOf, int k, const QList<QRectF> &markers, const QList<int> &neighbours,
                         const QRectF &band, double maxLeader, int *beside)
{
    QList<QRectF> kept;
    *beside = 0;
    for (const QRectF &c : all) {
        if (c.top() < band.top() + 1 || c.bottom() > band.bottom() - 1)
            continue;
        const QLineF leader = LabelPlacement::leader(markers[k], c, kLabelGap + 3);
        if (leader.length() > maxLeader)
            continue;
        const double own = distanceTo(c, markers[k].center()) + (leader.isNull() ? -1 : kNearer); // beside it: level is enough
        if (std::any_of(neighbours.cbegin(), neighbours.cend(), [&](int j) { return distanceTo(c, markers[j].center()) < own; }))
            continue;
        *beside += &c - all.constData() < besideOf ? 1 : 0;
        kept << c;
    }
    return kept;
}

} // namespace

void TimelineView::placeLabels(QList<Placed> &placed) const
{
    const QRectF r = plotRect();
    const QRectF bounds(r.left(), r.top(), width() - 4 - r.left(), r.height());
    const double lineHeight = std::ceil(QFontMetricsF(labelFont()).lineSpacing());
    QList<QRectF> markers;
    QList<QList<QRectF>> candidates;
    QList<int> besideCount, order;
    // Names set away from their markers, and more tries, on a chart of a readable number of items; a chart of
    // thousands names what fits beside its markers (5,000 releases: a zoom step lays them out in about 100 ms).
    const bool far = placed.size() <= 300;
    // A name stays in its marker's lane (a release's name among the events reads as an event), near it (a leader
    // longer than a few lines of text sends the reader across the chart to find its marker) and nearer it than any
    // other marker. A name with no such place is left out and counted in the note; hovering or the arrow keys name
    // it (issue 29, point 10).
    const double maxLeader = kMaxLeaderLines * lineHeight;
    double widest = 0, tallest = 0;
    for (const Placed &pl : std::as_const(placed)) {
        markers << pl.box;
        widest = std::max(widest, wrapped(pl.index).size.width());
        tallest = std::max(tallest, wrapped(pl.index).size.height());
    }
    // The other markers a name of marker k could come nearer to than to k (placed is in date order, so x order).
    const QSizeF reach(widest + 2 * maxLeader + 2 * kLabelGap + 16, tallest + 2 * maxLeader + 2 * kLabelGap + 16); // 16: a marker and more
    QList<QList<int>> neighbours(placed.size());
    for (int k = 0; far && k < placed.size(); ++k)
        for (int j = k + 1; j < placed.size() && markers[j].center().x() - markers[k].center().x() < reach.width(); ++j)
            if (std::abs(markers[j].center().y() - markers[k].center().y()) < reach.height()) {
                neighbours[k] << j;
                neighbours[j] << k;
            }
    for (int k = 0; k < placed.size(); ++k) {
        const Wrapped &w = wrapped(placed[k].index);
        const QRectF band = laneBand(laneRowOf(m_items[placed[k].index]));
        int beside = 0;
        candidates << keptPlaces(LabelPlacement::aroundMarker(placed[k].box, w.size, lineHeight, band, r, kLabelGap + 1, far),
                                 w.lines.size() > 1 ? 4 : 2, k, markers, neighbours[k], band, maxLeader, &beside);
        besideCount << beside;
        order << k; // date order
    }
    auto unplacedIn = [](const QList<QRectF> &labels) {
        QList<int> out;
        for (int k = 0; k < labels.size(); ++k)
            if (labels[k].isNull())
                out << k;
        return out;
    };
    QList<QRectF> labels = placeInOrder(bounds, markers, candidates, besideCount, order);
    // A name left without a place is given the first pick and the rest placed again, as long as that names more
    // (a few tries, on a chart of a readable size: a busy fortnight of long event names at the right edge).
    QList<int> unplaced = unplacedIn(labels);
    for (int attempt = 0; attempt < 12 && !unplaced.isEmpty() && placed.size() <= 150; ++attempt) {
        QList<int> tried = order;
        tried.removeOne(unplaced[attempt % unplaced.size()]);
        tried.prepend(unplaced[attempt % unplaced.size()]);
        const QList<QRectF> again = placeInOrder(bounds, markers, candidates, besideCount, tried);
        if (const QList<int> left = unplacedIn(again); left.size() < unplaced.size()) {
            labels = again;
            unplaced = left;
            order = tried;
        }
    }
    for (int k = 0; k < placed.size(); ++k) {
        Placed &pl = placed[k];
        pl.label = labels[k];
        if (pl.label.isNull())
            continue;
        pl.leader = LabelPlacement::leader(pl.box, pl.label, kLabelGap + 3);
        pl.lines = wrapped(pl.index).lines;
        pl.labelLeft = pl.label.center().x() < pl.box.center().x();
    }
    m_unlabelled = int(unplaced.size());
}

} // namespace zhisuan::widgets
