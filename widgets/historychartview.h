#pragma once

#include "chartpanel.h"

#include <QDateTime>
#include <QPointF>

class QAbstractSeries;
class QGraphicsSimpleTextItem;
class QLineSeries;
class QValueAxis;

namespace zhisuan::widgets {

// A dated line (index level, PE) with optional horizontal bands (the 10th/50th/90th percentile of PE), or several
// dated lines (weekly visits per site).
class HistoryChartView : public ChartPanel
{
    Q_OBJECT
public:
    struct Band
    {
        QString label;
        double value = 0;
    };
    struct Line
    {
        QString name;
        QList<std::pair<QDate, double>> points;
    };

    explicit HistoryChartView(QWidget *parent = nullptr);
    void setTitle(const QString &title);
    void setSeries(const QString &name, const QList<std::pair<QDate, double>> &points, const QList<Band> &bands = {});
    // Several dated lines with a legend (weekly visits of several sites), points marked.
    void setLines(const QList<Line> &lines);
    int pointCount() const { return m_points; } // points given
    int drawnPointCount() const;                  // points the chart draws (an unbroken setSeries line is decimated)
    // For setSeries(): points further apart than this many days are not joined (a week without data shows as a
    // gap, not as a straight line across it), and each point is marked. 0 (the default): one line throughout.
    void setGapDays(int days) { m_gapDays = days; }
    // For setSeries(): days on which the line starts again (a chained level whose base restarts after a gap): the
    // point on such a day begins a new stretch, never joined to the one before, whatever the gap.
    void setRestarts(const QList<QDate> &days) { m_restarts = days; }
    // For setSeries(): a dated band (the week the page shows) drawn behind the line; the time axis reaches it.
    void setMarkedPeriod(const QDate &from, const QDate &to);
    // The joined stretches of the last setSeries() line, and the time axis' range.
    int segmentCount() const { return m_segments; }
    std::pair<QDate, QDate> timeRange() const { return m_range; }
    // Date, then one column per line (setLines) or the line and its bands (setSeries): every point given.
    Table table() const override;

    // At most two points per column when `points` (in x order) are spread over `columns` columns of equal width:
    // each column's lowest and highest point, in x order, so that ten years of dailies draw as fast as one year
    // and every peak and trough stays on the chart. Fewer points than 2 × columns are returned as they are.
    static QList<QPointF> decimate(const QList<QPointF> &points, int columns);

    // The notes drawn over restarts ("restarts at 100"), for tests.
    QStringList restartNotes() const;

protected:
    void chartResized() override;

private:
    // setSeries() and setLines() in steps: an empty chart, the line cut where it breaks, its restart notes, the
    // bands, and the axes every series is attached to.
    void clearChart();
    QList<QList<QPointF>> splitIntoStretches(const QList<std::pair<QDate, double>> &points) const;
    void addRestartNotes(const QList<std::pair<QDate, double>> &points);
    QList<QLineSeries *> addBands(const QList<Band> &bands, const QDate &firstDay, const QDate &lastDay);
    QValueAxis *addAxes(double lo, double hi);
    void drawLine();
    void placeRestartNotes();
    QList<QGraphicsSimpleTextItem *> m_notes; // owned by the chart
    QAbstractSeries *m_noteAnchor = nullptr;

    int m_points = 0;
    int m_gapDays = 0;
    int m_segments = 0;
    QDate m_markFrom, m_markTo;
    QList<QDate> m_restarts;
    std::pair<QDate, QDate> m_range;
    QList<QPointF> m_raw;          // an unbroken setSeries line, all points
    QLineSeries *m_line = nullptr; // drawn from m_raw, decimated to the plot area's width
    int m_columns = 0;             // the width it was decimated for
    QList<Line> m_given;           // the lines as given, for table()
    QList<Band> m_bands;
};

} // namespace zhisuan::widgets
