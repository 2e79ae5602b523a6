#pragma once

#include <QChartView>
#include <QDateTime>
#include <QPointF>

class QLineSeries;

namespace zhisuan::widgets {

// A dated line (index level, PE) with optional horizontal bands (the 10th/50th/90th percentile of PE), or several
// dated lines (weekly visits per site).
class HistoryChartView : public QChartView
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
    int drawnPointCount() const;                  // points the chart draws (setSeries decimates)

    // At most two points per column when `points` (in x order) are spread over `columns` columns of equal width:
    // each column's lowest and highest point, in x order, so that ten years of dailies draw as fast as one year
    // and every peak and trough stays on the chart. Fewer points than 2 × columns are returned as they are.
    static QList<QPointF> decimate(const QList<QPointF> &points, int columns);

private:
    void drawLine();

    int m_points = 0;
    QList<QPointF> m_raw;             // the setSeries line, all points
    QLineSeries *m_line = nullptr;    // drawn from m_raw, decimated to the plot area's width
    int m_columns = 0;                // the width it was decimated for
};

} // namespace zhisuan::widgets
