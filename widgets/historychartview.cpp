#include "historychartview.h"

#include <QChart>
#include <QDateTimeAxis>
#include <QGraphicsSimpleTextItem>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QMap>
#include <QValueAxis>

#include <algorithm>

namespace zhisuan::widgets {

HistoryChartView::HistoryChartView(QWidget *parent) : ChartPanel(parent)
{
    setMinimumHeight(260);
    chart()->setMargins(QMargins(4, 4, 4, 4));
    chart()->legend()->setAlignment(Qt::AlignBottom);
    // Laid out again (resized, axes relabelled): decimate the line to the plot area's new width.
    connect(chart(), &QChart::plotAreaChanged, this, &HistoryChartView::drawLine);
    connect(chart(), &QChart::plotAreaChanged, this, &HistoryChartView::placeRestartNotes);
}

void HistoryChartView::chartResized()
{
    placeRestartNotes();
}

void HistoryChartView::placeRestartNotes()
{
    // Over the first point of each restarted stretch, a note that the level starts from 100 again there: the break
    // in the line is not a fall to 100, and the note travels with the chart into an export under another title.
    if (m_notes.isEmpty() || !m_noteAnchor)
        return;
    for (auto *note : std::as_const(m_notes)) {
        const QDate day = note->data(0).toDate();
        const double value = note->data(1).toDouble();
        const QPointF at = chart()->mapToPosition(QPointF(double(day.startOfDay().toMSecsSinceEpoch()), value), m_noteAnchor);
        note->setPos(at + QPointF(-note->boundingRect().width() / 2, -note->boundingRect().height() - 6));
    }
}

void HistoryChartView::setTitle(const QString &title)
{
    setChartTitle(title);
}

ChartSurface::Table HistoryChartView::table() const
{
    Table t;
    t.columns << tr("Date");
    QMap<QDate, QStringList> byDay;
    const QLocale locale;
    for (int i = 0; i < m_given.size(); ++i) {
        t.columns << m_given[i].name;
        for (const auto &[day, value] : m_given[i].points) {
            QStringList &row = byDay[day];
            row.resize(m_given.size());
            row[i] = locale.toString(value);
        }
    }
    for (const Band &b : m_bands)
        t.columns << b.label;
    for (auto it = byDay.cbegin(); it != byDay.cend(); ++it) {
        QStringList row{it.key().toString(Qt::ISODate)};
        row << it.value();
        for (const Band &b : m_bands)
            row << locale.toString(b.value);
        t.rows << row;
    }
    return t;
}

void HistoryChartView::setMarkedPeriod(const QDate &from, const QDate &to)
{
    m_markFrom = from;
    m_markTo = to.isValid() ? to : from;
}

QList<QPointF> HistoryChartView::decimate(const QList<QPointF> &points, int columns)
{
    if (columns <= 0 || points.size() <= 2 * qsizetype(columns))
        return points;
    const double x0 = points.first().x(), span = points.last().x() - x0;
    if (!(span > 0))
        return points;
    QList<QPointF> out;
    out.reserve(2 * columns);
    qsizetype lo = 0, hi = 0;
    int column = 0;
    auto flush = [&] {
        out << points[std::min(lo, hi)];
        if (lo != hi)
            out << points[std::max(lo, hi)];
    };
    for (qsizetype i = 0; i < points.size(); ++i) {
        const int c = std::min(columns - 1, int((points[i].x() - x0) / span * columns));
        if (i == 0 || c != column) {
            if (i > 0)
                flush();
            column = c;
            lo = hi = i;
            continue;
        }
        if (points[i].y() < points[lo].y())
            lo = i;
        if (points[i].y() > points[hi].y())
            hi = i;
    }
    flush();
    return out;
}

QStringList HistoryChartView::restartNotes() const
{
    QStringList out;
    for (const auto *note : m_notes)
        out << note->text();
    return out;
}

int HistoryChartView::drawnPointCount() const
{
    if (m_line)
        return int(m_line->count());
    int n = 0;
    for (QAbstractSeries *s : chart()->series())
        if (auto *line = qobject_cast<QLineSeries *>(s))
            n += int(line->count());
    return n;
}

void HistoryChartView::drawLine()
{
    if (!m_line)
        return;
    // The plot area once the chart is laid out, else the view's width (an upper bound).
    const int columns = std::max(1, int(chart()->plotArea().width() > 0 ? chart()->plotArea().width() : width()));
    if (columns == m_columns && m_line->count() > 0)
        return;
    m_columns = columns;
    m_line->replace(decimate(m_raw, columns));
}

void HistoryChartView::clearChart()
{
    QChart *c = chart();
    qDeleteAll(m_notes); // children of the chart, not of a series
    m_notes.clear();
    m_noteAnchor = nullptr;
    c->removeAllSeries();
    for (QAbstractAxis *axis : c->axes())
        c->removeAxis(axis);
    m_line = nullptr;
    m_raw.clear();
    m_columns = 0;
}

QList<QList<QPointF>> HistoryChartView::splitIntoStretches(const QList<std::pair<QDate, double>> &points) const
{
    // A gap longer than m_gapDays, or a restart, begins a new stretch.
    QList<QList<QPointF>> stretches;
    QDate previous;
    for (const auto &[day, value] : points) {
        if (stretches.isEmpty() || (m_gapDays > 0 && previous.isValid() && previous.daysTo(day) > m_gapDays) || m_restarts.contains(day))
            stretches << QList<QPointF>();
        stretches.last() << QPointF(double(day.startOfDay().toMSecsSinceEpoch()), value);
        previous = day;
    }
    return stretches;
}

void HistoryChartView::addRestartNotes(const QList<std::pair<QDate, double>> &points)
{
    for (const auto &[day, value] : points)
        if (m_restarts.contains(day) && day != points.first().first) {
            auto *note = new QGraphicsSimpleTextItem(tr("restarts at %1").arg(QLocale().toString(value, 'f', 0)), chart());
            QFont font = this->font();
            font.setPointSizeF(font.pointSizeF() * 0.85);
            note->setFont(font);
            note->setBrush(QColor(0x5F, 0x6B, 0x7A));
            note->setData(0, day);
            note->setData(1, value);
            note->setZValue(10);
            m_notes << note;
        }
}

QList<QLineSeries *> HistoryChartView::addBands(const QList<Band> &bands, const QDate &firstDay, const QDate &lastDay)
{
    QList<QLineSeries *> bandSeries;
    const QList<QColor> colours{QColor(0x1E, 0x8E, 0x3E), QColor(0x7F, 0x8C, 0x8D), QColor(0xE6, 0x7E, 0x22)};
    for (int i = 0; i < bands.size(); ++i) {
        auto *b = new QLineSeries;
        b->setName(bands[i].label);
        QPen pen(colours.value(i % colours.size()), 1.5, Qt::DashLine);
        b->setPen(pen);
        b->append(double(firstDay.startOfDay().toMSecsSinceEpoch()), bands[i].value);
        b->append(double(lastDay.startOfDay().toMSecsSinceEpoch()), bands[i].value);
        chart()->addSeries(b);
        bandSeries << b;
    }
    return bandSeries;
}

QValueAxis *HistoryChartView::addAxes(double lo, double hi)
{
    QChart *c = chart();
    auto *x = new QDateTimeAxis;
    x->setFormat(QStringLiteral("yyyy-MM-dd"));
    x->setTickCount(std::min(6, std::max(2, m_points)));
    x->setRange(m_range.first.startOfDay(), m_range.second.startOfDay());
    auto *y = new QValueAxis;
    const double pad = std::max((hi - lo) * 0.1, 0.5);
    y->setRange(lo - pad, hi + pad);
    y->applyNiceNumbers();
    c->addAxis(x, Qt::AlignBottom);
    c->addAxis(y, Qt::AlignLeft);
    for (QAbstractSeries *series : c->series()) {
        series->attachAxis(x);
        series->attachAxis(y);
    }
    return y;
}

void HistoryChartView::setSeries(const QString &name, const QList<std::pair<QDate, double>> &points, const QList<Band> &bands)
{
    clearChart();
    m_points = int(points.size());
    m_segments = 0;
    m_given = {{name, points}};
    m_bands = bands;
    if (points.isEmpty())
        return;
    QDate firstDay = points.first().first, lastDay = points.last().first;
    if (m_markFrom.isValid()) {
        firstDay = std::min(firstDay, m_markFrom);
        lastDay = std::max(lastDay, m_markTo);
    }
    m_range = {firstDay.addDays(-3), lastDay.addDays(3)};
    // One series per joined stretch, all named as the line.
    const QList<QList<QPointF>> stretchPoints = splitIntoStretches(points);
    QList<QLineSeries *> stretches;
    for (qsizetype i = 0; i < stretchPoints.size(); ++i) {
        auto *stretch = new QLineSeries;
        stretch->setName(name);
        stretch->setPen(QPen(QColor(0xC0, 0x39, 0x2B), 2));
        stretch->setPointsVisible(m_gapDays > 0);
        stretch->setMarkerSize(6);
        stretches << stretch;
    }
    m_segments = int(stretches.size());
    m_noteAnchor = stretches.first();
    addRestartNotes(points);
    if (stretches.size() == 1 && m_gapDays <= 0 && m_restarts.isEmpty()) {
        // One unbroken line (ten years of dailies): drawn decimated to the plot area's width.
        m_raw = stretchPoints.first();
        m_line = stretches.first();
        drawLine();
    } else {
        // Weekly points with gaps, each marked: few enough to draw as they are.
        for (int i = 0; i < stretches.size(); ++i)
            stretches[i]->replace(stretchPoints[i]);
    }
    for (QLineSeries *stretch : std::as_const(stretches))
        chart()->addSeries(stretch);
    QLineSeries *mark = nullptr;
    if (m_markFrom.isValid()) {
        // The week shown, as a tall thin band at the axis' floor and ceiling (set once the y range is known).
        mark = new QLineSeries;
        mark->setPen(QPen(QColor(0x1F, 0x38, 0x64, 90), 6));
        // Named in the legend: a reader of an exported chart has no page around it to say what the band is.
        const QString iso = QStringLiteral("yyyy-MM-dd");
        mark->setName(m_markTo > m_markFrom ? tr("Selected week, %1 to %2").arg(m_markFrom.toString(iso), m_markTo.toString(iso))
                                            : tr("Selected week, %1").arg(m_markFrom.toString(iso)));
        chart()->addSeries(mark);
    }
    const QList<QLineSeries *> bandSeries = addBands(bands, firstDay, lastDay);
    double lo = points.first().second, hi = lo;
    for (const auto &[day, value] : points) {
        lo = std::min(lo, value);
        hi = std::max(hi, value);
    }
    for (const Band &band : bands) {
        lo = std::min(lo, band.value);
        hi = std::max(hi, band.value);
    }
    const QValueAxis *y = addAxes(lo, hi);
    if (mark) {
        const double mid = double(m_markFrom.startOfDay().toMSecsSinceEpoch() + m_markTo.startOfDay().toMSecsSinceEpoch()) / 2;
        mark->append(mid, y->min());
        mark->append(mid, y->max());
    }
    // The legend names the line once (not once per stretch), the bands and the week's mark.
    chart()->legend()->setVisible(!bands.isEmpty() || mark);
    for (QLegendMarker *marker : chart()->legend()->markers())
        if (marker->series() != stretches.first() && marker->series() != mark && !bandSeries.contains(marker->series()))
            marker->setVisible(false);
    placeRestartNotes();
}

void HistoryChartView::setLines(const QList<Line> &lines)
{
    clearChart();
    QChart *c = chart();
    m_points = 0;
    m_given = lines;
    m_bands.clear();
    const QList<QColor> palette{QColor(0xC0, 0x39, 0x2B), QColor(0x1F, 0x38, 0x64), QColor(0xE6, 0x7E, 0x22), QColor(0x1E, 0x8E, 0x3E),
                                QColor(0x8E, 0x44, 0xAD), QColor(0x16, 0xA0, 0x85), QColor(0x7F, 0x8C, 0x8D), QColor(0xD3, 0x54, 0x00)};
    double lo = 0, hi = 0;
    QDate first, last;
    QList<QLineSeries *> series;
    for (int i = 0; i < lines.size(); ++i) {
        auto *line = new QLineSeries;
        line->setName(lines[i].name);
        line->setPen(QPen(palette.value(i % palette.size()), 2));
        line->setPointsVisible(true);
        for (const auto &[day, value] : lines[i].points) {
            line->append(double(day.startOfDay().toMSecsSinceEpoch()), value);
            hi = std::max(hi, value);
            first = !first.isValid() || day < first ? day : first;
            last = !last.isValid() || day > last ? day : last;
            ++m_points;
        }
        c->addSeries(line);
        series << line;
    }
    if (series.isEmpty())
        return;
    auto *x = new QDateTimeAxis;
    x->setFormat(QStringLiteral("yyyy-MM-dd"));
    x->setRange(first.addDays(-3).startOfDay(), last.addDays(3).startOfDay());
    x->setTickCount(std::clamp(int(first.daysTo(last) / 7) + 1, 2, 6));
    auto *y = new QValueAxis;
    y->setRange(lo, hi * 1.1 + 1);
    y->applyNiceNumbers();
    y->setLabelFormat(QStringLiteral("%.0f"));
    c->addAxis(x, Qt::AlignBottom);
    c->addAxis(y, Qt::AlignLeft);
    for (auto *line : std::as_const(series)) {
        line->attachAxis(x);
        line->attachAxis(y);
    }
    c->legend()->setVisible(true);
}

} // namespace zhisuan::widgets
