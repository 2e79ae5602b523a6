#include "timelineview.h"

#include <QHash>

#include "chartaccessibility.h"
#include "labelplacement.h"
#include <QAccessible>
#include <QEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

namespace zhisuan::widgets {

ChartSurface::Table TimelineView::table() const
{
    Table t{{tr("Date"), tr("Name"), tr("Group"), tr("Kind")}, {}};
    // A kind as the legend names it ("视频" / "Video"), not the code the rows carry ("video").
    QHash<QString, QString> shown;
    for (const auto &[code, label] : m_legend)
        shown.insert(code, label);
    for (const Item &item : m_items)
        if (!item.event || m_showEvents)
            t.rows << QStringList{item.date.toString(Qt::ISODate), item.label, item.event ? QString() : item.lane,
                                  shown.value(item.modality, item.modality)};
    return t;
}

void TimelineView::render(QPainter *painter, const QRectF &target, bool)
{
    m_paper = true; // an export is printed on white, whatever the desktop
    renderResized(this, painter, target, [this](QPainter *p, const QRectF &to) {
        QWidget::render(p, to.topLeft().toPoint(), QRegion(), QWidget::DrawChildren);
    });
    m_paper = false;
}

namespace {
constexpr int kLaneLabel = 110;
constexpr int kAxis = 28;
constexpr int kRow = 22;
constexpr int kMarker = 12;
constexpr double kLaneByText = 0.5; // how much of the lanes' height is shared out by the text of their names
} // namespace

TimelineView::TimelineView(QWidget *parent) : QWidget(parent)
{
    setMouseTracking(true);
    ChartAccessibility::attach(this, this); // Tab, a description and the data table (issue 29)
    setMinimumHeight(260);
    // The background is painted in paintEvent (the light look, or the desktop's dark one), not by the palette.
}

QColor TimelineView::colourOf(const QString &modality)
{
    if (modality == QLatin1String("text"))
        return {0xC0, 0x39, 0x2B};
    if (modality == QLatin1String("multimodal"))
        return {0x8E, 0x44, 0xAD};
    if (modality == QLatin1String("image"))
        return {0x29, 0x80, 0xB9};
    if (modality == QLatin1String("video"))
        return {0x27, 0xAE, 0x60};
    if (modality == QLatin1String("event"))
        return {0x7F, 0x8C, 0x8D};
    if (modality == QLatin1String("update")) // the legend's hollow marker: any colour's update
        return {0x2C, 0x3E, 0x50};
    return {0xE6, 0x7E, 0x22};
}

void TimelineView::setItems(const QList<Item> &items, const QStringList &lanes)
{
    m_items = items;
    m_lanes = lanes;
    m_wrapped.clear();
    m_laneShares.clear();
    describeSelection(); // the selection is kept by id (a language switch fills the timeline again)
    relayout();
    resetRange();
}

void TimelineView::setShowEvents(bool on)
{
    m_showEvents = on;
    m_laneShares.clear();
    relayout();
    update();
}

void TimelineView::setLegend(const QList<std::pair<QString, QString>> &modalities)
{
    m_legend = modalities;
    update();
}

void TimelineView::resetRange()
{
    QDate lo, hi;
    for (const Item &i : std::as_const(m_items)) {
        if (i.event && !m_showEvents)
            continue;
        lo = !lo.isValid() || i.date < lo ? i.date : lo;
        hi = !hi.isValid() || i.date > hi ? i.date : hi;
    }
    if (!lo.isValid()) {
        lo = QDate::currentDate().addMonths(-6);
        hi = QDate::currentDate();
    }
    const qint64 pad = std::max<qint64>(7, lo.daysTo(hi) / 20);
    setRange(lo.addDays(-pad), hi.addDays(pad));
}

void TimelineView::setRange(const QDate &from, const QDate &to)
{
    if (!from.isValid() || !to.isValid() || from.daysTo(to) < 7)
        return;
    if (from == m_from && to == m_to)
        return;
    m_from = from;
    m_to = to;
    relayout();
    update();
}

QFont TimelineView::labelFont() const
{
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    return small;
}

QRectF TimelineView::plotRect() const
{
    return QRectF(kLaneLabel, 24, std::max(50, width() - kLaneLabel - 10), std::max(50, height() - kAxis - 30)); // legend above
}

double TimelineView::xOf(const QDate &date) const
{
    const QRectF r = plotRect();
    const double span = std::max<qint64>(1, m_from.daysTo(m_to));
    return r.left() + r.width() * double(m_from.daysTo(date)) / span;
}

void TimelineView::zoomAt(int x, double factor)
{
    const QRectF r = plotRect();
    const double span = m_from.daysTo(m_to);
    const double anchor = std::clamp((x - r.left()) / r.width(), 0.0, 1.0);
    const double anchorDay = anchor * span;
    const double newSpan = std::clamp(span / factor, 14.0, 3650.0);
    const QDate from = m_from.addDays(qint64(std::lround(anchorDay - anchor * newSpan)));
    setRange(from, from.addDays(qint64(std::lround(newSpan))));
}

void TimelineView::relayout()
{
    m_layoutValid = false;
    m_layout.clear();
}

void TimelineView::resizeEvent(QResizeEvent *event)
{
    relayout();
    QWidget::resizeEvent(event);
}

void TimelineView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::FontChange) {
        m_wrapped.clear(); // names measured in the old font
        m_laneShares.clear();
        relayout();
    }
    if (event->type() == QEvent::LanguageChange)
        describeSelection();
    QWidget::changeEvent(event);
}

const QList<TimelineView::Placed> &TimelineView::layout() const
{
    // Also on a new size without a resize event (a hidden widget resized, as an export does).
    if (!m_layoutValid || m_layoutSize != size()) {
        m_layoutSize = size();
        m_layout = computeLayout();
        m_layoutValid = true;
        ++m_layoutRuns;
    }
    return m_layout;
}

const TimelineView::Wrapped &TimelineView::wrapped(int index) const
{
    if (m_wrapped.size() != m_items.size())
        m_wrapped = QList<Wrapped>(m_items.size());
    Wrapped &w = m_wrapped[index];
    if (w.lines.isEmpty()) {
        const QFontMetricsF metrics(labelFont());
        w.lines = LabelPlacement::twoLines(m_items[index].label, metrics, 190);
        double width = 0;
        for (const QString &line : std::as_const(w.lines))
            width = std::max(width, metrics.horizontalAdvance(line));
        w.size = QSizeF(std::ceil(width) + 2, std::ceil(metrics.lineSpacing()) * w.lines.size());
    }
    return w;
}

int TimelineView::laneRowOf(const Item &item) const
{
    if (item.event)
        return m_showEvents ? 0 : -1;
    const int lane = int(m_lanes.indexOf(item.lane));
    return lane < 0 ? -1 : lane + (m_showEvents ? 1 : 0);
}

QRectF TimelineView::laneBand(int laneRow) const
{
    const QRectF r = plotRect();
    const QList<double> &share = laneShares();
    if (laneRow < 0 || laneRow >= share.size())
        return QRectF(r.left(), r.top(), r.width(), 0);
    const double above = std::accumulate(share.cbegin(), share.cbegin() + laneRow, 0.0);
    return QRectF(r.left(), r.top() + above * r.height(), r.width(), share[laneRow] * r.height());
}

const QList<double> &TimelineView::laneShares() const
{
    // Each lane's share of the height: half of it even, the other half by how much text the lane's
    // names take, so that the events' long names get more room than the short model names below them (their
    // names stay in their own lane). All items count, not only those in the range: zooming does not move lanes.
    const int lanes = int(m_lanes.size()) + (m_showEvents ? 1 : 0);
    if (m_laneShares.size() == lanes)
        return m_laneShares;
    QList<double> need(lanes, 0.0);
    for (int i = 0; i < m_items.size(); ++i)
        if (const int row = laneRowOf(m_items[i]); row >= 0) {
            const QSizeF size = wrapped(i).size;
            need[row] += (size.width() + kMarker + 6) * (size.height() + 3);
        }
    const double total = std::accumulate(need.cbegin(), need.cend(), 0.0);
    m_laneShares.clear();
    for (int row = 0; row < lanes; ++row)
        m_laneShares << (total > 0 ? (1 - kLaneByText) / lanes + kLaneByText * need[row] / total : 1.0 / lanes);
    return m_laneShares;
}

QList<TimelineView::Placed> TimelineView::computeLayout() const
{
    QList<Placed> placed;
    const QRectF r = plotRect();
    const int lanes = int(m_lanes.size()) + (m_showEvents ? 1 : 0);
    m_unlabelled = 0;
    if (lanes == 0)
        return placed;
    // Per lane, in date order: each marker takes the first stack row where it and its name (to the right, or to
    // the left near the right edge; a two-line name takes the row below as well) overlap nothing, so that close
    // releases stack instead of hiding each other; else the first row with room for the marker alone (clear of the
    // names reserved so far if it can be). Where the names finally go is placeLabels' choice.
    QList<int> order(m_items.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) { return m_items[a].date < m_items[b].date; });
    struct Span
    {
        double from, to;
        double x; // its marker's centre: a row's spans are in x order (items are placed in date order)
        bool marker;
    };
    // A row is searched backwards only as far as spans that could touch the new one: each item costs what its
    // neighbours cost, not the whole row (5,000 releases took 86 ms per layout when every row was searched).
    double reach = kMarker;
    for (int i = 0; i < m_items.size(); ++i)
        reach = std::max(reach, kMarker / 2.0 + 3 + wrapped(i).size.width());
    auto fits = [reach](const QList<Span> &row, const Span &want, bool markersOnly) {
        for (qsizetype k = row.size() - 1; k >= 0; --k) {
            if (row[k].x < want.x - 2 * reach - 8)
                break;
            // A marker keeps further from a name than names from each other: "● Mistral Large 2 ■" reads as the
            // square's name.
            const double pad = row[k].marker != want.marker ? kMarker : 4;
            if ((!markersOnly || row[k].marker) && row[k].from < want.to + pad && want.from < row[k].to + pad)
                return false;
        }
        return true;
    };
    QHash<int, QList<QList<Span>>> rows; // lane row -> stack rows -> occupied spans
    for (int i : order) {
        const Item &item = m_items[i];
        const int laneRow = laneRowOf(item);
        const double x = xOf(item.date);
        if (laneRow < 0 || x < r.left() - kMarker || x > r.right() + kMarker)
            continue;
        const QRectF band = laneBand(laneRow);
        const int maxStack = std::max(1, int(band.height() / kRow) - 1);
        const Wrapped &w = wrapped(i);
        const bool left = x + kMarker / 2.0 + 3 + w.size.width() > width() - 4 && x - kMarker / 2.0 - 3 - w.size.width() > r.left();
        const Span named = left ? Span{x - kMarker / 2.0 - 3 - w.size.width(), x + kMarker / 2.0, x, false}
                                : Span{x - kMarker / 2.0, x + kMarker / 2.0 + 3 + w.size.width(), x, false};
        const Span bare{x - kMarker / 2.0, x + kMarker / 2.0, x, true};
        QList<QList<Span>> &laneRows = rows[laneRow];
        while (laneRows.size() < maxStack)
            laneRows.append(QList<Span>{});
        const int extra = int(w.lines.size()) - 1; // rows below its own that a longer name reaches into
        auto namedFits = [&](int stack) {
            for (int s = stack; s <= std::min(stack + extra, maxStack - 1); ++s)
                if (!fits(laneRows[s], named, false))
                    return false;
            return true;
        };
        int stack = 0;
        while (stack < maxStack && !namedFits(stack))
            ++stack;
        const bool withName = stack < maxStack;
        if (!withName) { // a row clear of names as well, else of markers: not at the end of another's name
            stack = 0;
            while (stack < maxStack && !fits(laneRows[stack], bare, false))
                ++stack;
            for (int s = 0; s < maxStack && stack == maxStack; ++s)
                stack = fits(laneRows[s], bare, true) ? s : maxStack;
            stack = stack < maxStack ? stack : 0; // no room at all: over another marker in the first row
        }
        laneRows[stack].append(bare);
        if (withName)
            for (int s = stack; s <= std::min(stack + extra, maxStack - 1); ++s)
                laneRows[s].append(named);
        const double y = band.top() + 8 + stack * kRow;
        placed.append({i, QRectF(x - kMarker / 2.0, y, kMarker, kMarker), item.event ? -1 : laneRow - (m_showEvents ? 1 : 0), stack, false, QRectF(), {}, QLineF()});
    }
    placeLabels(placed);
    return placed;
}

int TimelineView::unlabelledCount() const
{
    layout();
    return m_unlabelled;
}

QString TimelineView::unlabelledNote() const
{
    const int n = unlabelledCount();
    if (n == 0)
        return {};
    // An export is a picture: there is nothing to hover there, only the data table exported beside it.
    return m_paper ? tr("+%n not labelled, see the data table", "", n) : tr("+%n not labelled: hover, ←/→ or the data table", "", n);
}

QRectF TimelineView::unlabelledNoteRect() const
{
    const QString note = unlabelledNote();
    if (note.isEmpty())
        return {};
    const QFontMetricsF fm(labelFont());
    double legendLeft = width() - 10;
    for (const auto &entry : m_legend)
        legendLeft -= QFontMetrics(labelFont()).horizontalAdvance(entry.second) + 22;
    const double w = fm.horizontalAdvance(note) + 2;
    // Over the lanes left of the legend; where the legend leaves no room, in the axis row under the lane names
    // (the month labels it would cover are left out).
    if (6 + w + 8 <= legendLeft)
        return QRectF(6, 4, w, 18);
    return QRectF(6, plotRect().bottom() + 4, w, kAxis - 6);
}

qint64 TimelineView::itemAt(const QPoint &pos) const
{
    const auto &placed = layout();
    for (auto it = placed.crbegin(); it != placed.crend(); ++it)
        if (it->box.adjusted(-3, -3, 3, 3).contains(pos))
            return m_items[it->index].id;
    return -1;
}

void TimelineView::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const ChartLook::Ink k = ink();
    p.fillRect(rect(), k.paper);
    const QRectF r = plotRect();
    const int lanes = int(m_lanes.size()) + (m_showEvents ? 1 : 0);
    QStringList laneNames = m_lanes;
    if (m_showEvents)
        laneNames.prepend(tr("Events"));
    for (int i = 0; i < lanes; ++i) {
        const QRectF lane = laneBand(i);
        const QRectF band(0, lane.top(), width(), lane.height());
        p.fillRect(band, i % 2 ? k.band : k.paper);
        p.setPen(k.text);
        p.drawText(QRectF(6, band.top(), kLaneLabel - 10, band.height()), Qt::AlignVCenter | Qt::TextWordWrap, laneNames[i]);
    }
    // Month ticks.
    p.setPen(k.line);
    QDate tick(m_from.year(), m_from.month(), 1);
    const int step = m_from.daysTo(m_to) > 900 ? 6 : m_from.daysTo(m_to) > 400 ? 3 : 1;
    while (tick.isValid() && m_to.isValid() && tick <= m_to) { // (no range before the first items: no ticks)
        const double x = xOf(tick);
        if (x >= r.left()) {
            const QRectF label(x - 40, r.bottom() + 4, 80, kAxis - 6);
            p.setPen(k.line);
            p.drawLine(QPointF(x, r.top()), QPointF(x, r.bottom()));
            p.setPen(k.muted);
            const double half = QFontMetricsF(p.font()).horizontalAdvance(QStringLiteral("0000-00")) / 2 + 4;
            if (!unlabelledNoteRect().intersects(QRectF(x - half, label.top(), 2 * half, label.height())))
                p.drawText(label, Qt::AlignHCenter | Qt::AlignTop, tick.toString(QStringLiteral("yyyy-MM")));
        }
        tick = tick.addMonths(step);
    }
    const QFont small = labelFont();
    p.setFont(small);
    // Events' dashed lines first, under every marker and label: a name is never crossed by a line drawn after it.
    for (const Placed &pl : layout()) {
        const Item &item = m_items[pl.index];
        if (!item.event)
            continue;
        p.setPen(QPen(colourOf(QStringLiteral("event")), 1, Qt::DashLine));
        p.drawLine(QPointF(pl.box.center().x(), pl.box.bottom()), QPointF(pl.box.center().x(), r.bottom()));
    }
    for (const Placed &pl : layout()) {
        const Item &item = m_items[pl.index];
        if (item.id == m_selected) {
            // The item the detail pane shows: ringed in the text's colour (dark on paper, light on a dark desktop).
            p.save();
            QColor fill = k.text;
            fill.setAlpha(40);
            p.setPen(QPen(k.text, 2.5));
            p.setBrush(fill);
            p.drawEllipse(pl.box.center(), pl.box.width() / 2 + 5, pl.box.height() / 2 + 5);
            p.restore();
        }
        drawMarker(&p, pl.box, item.event ? QStringLiteral("event") : item.modality, item.update, k.paper);
    }
    drawLabels(&p, k);
    // Legend, top right.
    int x = width() - 10;
    for (auto it = m_legend.crbegin(); it != m_legend.crend(); ++it) {
        const int w = QFontMetrics(small).horizontalAdvance(it->second) + 22;
        x -= w;
        // The marker as the items draw it (a flag, diamond, square, triangle; hollow for an update), not a dot.
        // The update's ring in the text's colour: its dark blue was all but invisible on a dark desktop.
        const bool update = it->first == QLatin1String("update");
        drawMarker(&p, legendMarkerRect(x), it->first, update, k.paper, update ? k.text : QColor());
        p.setPen(k.text);
        p.drawText(QRectF(x + 13, 4, w, 18), Qt::AlignLeft | Qt::AlignVCenter, it->second);
    }
}

void TimelineView::drawLabels(QPainter *p, const ChartLook::Ink &k) const
{
    const QFont small = labelFont();
    const double lineHeight = std::ceil(QFontMetricsF(small).lineSpacing());
    // Leaders first, then every name on a background of the paper's colour: a leader that passes another name goes
    // behind it, and an event's dashed line does not cross a name.
    p->setPen(QPen(k.muted, 1.2));
    for (const Placed &pl : layout())
        if (!pl.label.isNull() && !pl.leader.isNull())
            p->drawLine(pl.leader);
    for (const Placed &pl : layout()) {
        if (pl.label.isNull())
            continue; // no free place: counted in the note below
        const Item &item = m_items[pl.index];
        QColor halo = k.paper;
        if (item.id == m_selected) // tinted, as its marker is ringed
            halo = QColor::fromRgbF(0.8 * k.paper.redF() + 0.2 * k.text.redF(), 0.8 * k.paper.greenF() + 0.2 * k.text.greenF(),
                                    0.8 * k.paper.blueF() + 0.2 * k.text.blueF());
        p->fillRect(pl.label, halo);
        p->setPen(k.text);
        p->setFont(small);
        for (int l = 0; l < pl.lines.size(); ++l)
            p->drawText(QRectF(pl.label.left(), pl.label.top() + l * lineHeight, pl.label.width(), lineHeight),
                        (pl.labelLeft ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter, pl.lines[l]);
    }
    if (const QString note = unlabelledNote(); !note.isEmpty()) {
        p->setPen(k.text);
        p->drawText(unlabelledNoteRect(), Qt::AlignLeft | Qt::AlignVCenter, note);
    }
    // A selected marker whose name had no place: named beside it, framed, over whatever is there, while selected.
    QStringList lines;
    if (const QRectF box = selectedNameRect(&lines); !box.isEmpty()) {
        p->setPen(QPen(k.text, 1));
        p->setBrush(QColor::fromRgbF(0.8 * k.paper.redF() + 0.2 * k.text.redF(), 0.8 * k.paper.greenF() + 0.2 * k.text.greenF(),
                                     0.8 * k.paper.blueF() + 0.2 * k.text.blueF()));
        p->drawRect(box);
        p->setFont(small);
        for (int l = 0; l < lines.size(); ++l)
            p->drawText(QRectF(box.left() + 4, box.top() + 2 + l * lineHeight, box.width() - 8, lineHeight), Qt::AlignLeft | Qt::AlignVCenter, lines[l]);
    }
}

QRectF TimelineView::selectedNameRect(QStringList *lines) const
{
    const auto &placed = layout();
    const auto it = std::find_if(placed.cbegin(), placed.cend(), [this](const Placed &pl) { return m_items[pl.index].id == m_selected; });
    if (m_selected < 0 || it == placed.cend() || !it->label.isNull())
        return {};
    const QFontMetricsF fm(labelFont());
    const QStringList shown = LabelPlacement::twoLines(m_items[it->index].label, fm, 260);
    double w = 0;
    for (const QString &line : shown)
        w = std::max(w, fm.horizontalAdvance(line));
    const QSizeF size(w + 8, shown.size() * std::ceil(fm.lineSpacing()) + 4);
    // Right of the ring drawn round the marker, else left of it; kept inside the widget.
    QRectF box(QPointF(it->box.right() + 8, it->box.center().y() - size.height() / 2), size);
    if (box.right() > width() - 2)
        box.moveRight(it->box.left() - 8);
    box.moveTop(std::clamp(box.top(), 2.0, std::max(2.0, height() - size.height() - 2)));
    box.moveLeft(std::max(2.0, box.left()));
    if (lines)
        *lines = shown;
    return box;
}

QRectF TimelineView::legendMarkerRect(int x)
{
    return QRectF(x, 7, 11, 11);
}

QRectF TimelineView::legendMarkerRect(const QString &code) const
{
    const QFontMetrics fm(labelFont());
    int x = width() - 10;
    for (auto it = m_legend.crbegin(); it != m_legend.crend(); ++it) {
        x -= fm.horizontalAdvance(it->second) + 22;
        if (it->first == code)
            return legendMarkerRect(x);
    }
    return {};
}

void TimelineView::drawMarker(QPainter *p, const QRectF &b, const QString &modality, bool hollow, const QColor &paper, const QColor &colour)
{
    // One drawing for the items and the legend. Hollow (white inside, a heavier outline in the colour): a release
    // that is not the model's first (fine-tuning, an upgrade, wider availability).
    const QColor c = colour.isValid() ? colour : colourOf(modality);
    p->save();
    p->setPen(hollow ? QPen(c, 2) : QPen(paper, 1));
    p->setBrush(hollow ? QBrush(paper) : QBrush(c));
    const QRectF r = hollow ? b.adjusted(1, 1, -1, -1) : b;
    if (modality == QLatin1String("event"))
        p->drawPolygon(QPolygonF{r.topLeft(), r.topRight(), QPointF(r.center().x(), r.bottom())});
    else if (modality == QLatin1String("multimodal"))
        p->drawPolygon(QPolygonF{QPointF(r.center().x(), r.top()), QPointF(r.right(), r.center().y()), QPointF(r.center().x(), r.bottom()),
                                 QPointF(r.left(), r.center().y())});
    else if (modality == QLatin1String("image"))
        p->drawRect(r);
    else if (modality == QLatin1String("video"))
        p->drawPolygon(QPolygonF{r.bottomLeft(), r.bottomRight(), QPointF(r.center().x(), r.top())});
    else
        p->drawEllipse(r);
    p->restore();
}

void TimelineView::setSelected(qint64 id)
{
    if (id == m_selected)
        return;
    m_selected = id;
    describeSelection();
    update();
}

void TimelineView::describeSelection()
{
    // A screen reader hears what the arrow keys selected: the widget's description names it before the chart's
    // summary (setting it sends QAccessible::DescriptionChanged); with nothing selected, the summary alone.
    const ChartAccessibility *helper = ChartAccessibility::of(this);
    const auto it = std::find_if(m_items.cbegin(), m_items.cend(), [this](const Item &i) { return i.id == m_selected; });
    if (!helper || it == m_items.cend()) {
        if (!accessibleDescription().isEmpty())
            setAccessibleDescription(QString());
        return;
    }
    QString kind = it->modality;
    for (const auto &[code, label] : m_legend)
        if (code == it->modality)
            kind = label;
    const QString what = it->event ? tr("Selected: %1, %2, event.").arg(it->label, it->date.toString(Qt::ISODate))
                                   : tr("Selected: %1, %2, %3, %4.").arg(it->label, it->date.toString(Qt::ISODate), it->lane, kind);
    setAccessibleDescription(what + u' ' + ChartAccessibility::describe(helper->name(), table()));
    QAccessibleEvent focus(this, QAccessible::Focus);
    if (hasFocus())
        QAccessible::updateAccessibility(&focus);
}

QList<int> TimelineView::navigable() const
{
    QList<int> order;
    for (int i = 0; i < m_items.size(); ++i)
        if (laneRowOf(m_items[i]) >= 0)
            order << i;
    std::stable_sort(order.begin(), order.end(), [this](int a, int b) {
        const Item &x = m_items[a], &y = m_items[b];
        return x.date != y.date ? x.date < y.date : laneRowOf(x) < laneRowOf(y);
    });
    return order;
}

qint64 TimelineView::keyTarget(int key) const
{
    const QList<int> order = navigable();
    if (order.isEmpty())
        return -1;
    qsizetype at = -1;
    for (qsizetype k = 0; k < order.size(); ++k)
        if (m_items[order[k]].id == m_selected)
            at = k;
    switch (key) {
    case Qt::Key_Home:
        return m_items[order.first()].id;
    case Qt::Key_End:
        return m_items[order.last()].id;
    case Qt::Key_Right:
        return m_items[order[at < 0 ? 0 : std::min(at + 1, order.size() - 1)]].id;
    case Qt::Key_Left:
        return m_items[order[at < 0 ? order.size() - 1 : std::max<qsizetype>(at - 1, 0)]].id;
    case Qt::Key_Up:
    case Qt::Key_Down: {
        if (at < 0)
            return m_items[order.first()].id;
        // The nearest in date in the next lane up (down) that has items; none: the selection stays.
        const Item &from = m_items[order[at]];
        const int lanes = int(m_lanes.size()) + (m_showEvents ? 1 : 0);
        const int step = key == Qt::Key_Up ? -1 : 1;
        for (int lane = laneRowOf(from) + step; lane >= 0 && lane < lanes; lane += step) {
            int best = -1;
            for (int i : order)
                if (laneRowOf(m_items[i]) == lane && (best < 0 || std::abs(from.date.daysTo(m_items[i].date)) < std::abs(from.date.daysTo(m_items[best].date))))
                    best = i;
            if (best >= 0)
                return m_items[best].id;
        }
        return from.id;
    }
    default:
        return -2;
    }
}

void TimelineView::selectByKey(qint64 id)
{
    const auto it = std::find_if(m_items.cbegin(), m_items.cend(), [id](const Item &i) { return i.id == id; });
    if (it == m_items.cend())
        return;
    // Scrolled into view: the range keeps its span and centres on the item when it lies outside.
    const QRectF r = plotRect();
    if (const double x = xOf(it->date); x < r.left() + kMarker || x > r.right() - kMarker) {
        const qint64 span = m_from.daysTo(m_to);
        setRange(it->date.addDays(-span / 2), it->date.addDays(span - span / 2));
    }
    setSelected(id);
    emit itemClicked(id); // the detail pane shows it as after a click
}

void TimelineView::keyPressEvent(QKeyEvent *event)
{
    const qint64 id = keyTarget(event->key());
    if (id == -2 || event->modifiers() & (Qt::ControlModifier | Qt::AltModifier)) {
        QWidget::keyPressEvent(event);
        return;
    }
    if (id >= 0)
        selectByKey(id);
    event->accept();
}

QString TimelineView::toolTipAt(const QPoint &pos) const
{
    qint64 id = itemAt(pos);
    for (const Placed &pl : layout())
        if (id < 0 && !pl.label.isNull() && pl.label.contains(pos))
            id = m_items[pl.index].id;
    for (const Item &i : m_items)
        if (id >= 0 && i.id == id)
            return QStringLiteral("%1\n%2").arg(i.label, i.date.toString(Qt::ISODate));
    return {};
}

void TimelineView::wheelEvent(QWheelEvent *event)
{
    zoomAt(int(event->position().x()), std::pow(1.0015, event->angleDelta().y()));
    event->accept();
}

void TimelineView::mousePressEvent(QMouseEvent *event)
{
    const qint64 id = itemAt(event->position().toPoint());
    if (id >= 0 && event->button() == Qt::LeftButton) {
        setSelected(id);
        emit itemClicked(id);
        return;
    }
    m_dragX = int(event->position().x());
    m_dragFrom = m_from;
    m_dragTo = m_to;
}

void TimelineView::mouseMoveEvent(QMouseEvent *event)
{
    if (m_dragX >= 0 && (event->buttons() & Qt::LeftButton)) {
        const double daysPerPixel = double(m_dragFrom.daysTo(m_dragTo)) / plotRect().width();
        const qint64 shift = qint64(std::lround((m_dragX - event->position().x()) * daysPerPixel));
        setRange(m_dragFrom.addDays(shift), m_dragTo.addDays(shift));
        return;
    }
    qint64 id = itemAt(event->position().toPoint());
    // A name cut to "…" is read whole by hovering it, not only its marker.
    for (const Placed &pl : layout())
        if (id < 0 && !pl.label.isNull() && pl.label.contains(event->position()))
            id = m_items[pl.index].id;
    if (id < 0) {
        QToolTip::hideText();
        return;
    }
    for (const Item &i : std::as_const(m_items))
        if (i.id == id)
            QToolTip::showText(event->globalPosition().toPoint(), QStringLiteral("%1\n%2").arg(i.label, i.date.toString(Qt::ISODate)), this);
}

void TimelineView::mouseReleaseEvent(QMouseEvent *)
{
    m_dragX = -1;
}

} // namespace zhisuan::widgets
