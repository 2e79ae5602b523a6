#pragma once

#include <QChartView>
#include <QDateTime>

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
    int pointCount() const { return m_points; }

private:
    int m_points = 0;
};

} // namespace zhisuan::widgets
