#pragma once

#include <QChartView>
#include <QDateTime>

namespace zhisuan::widgets {

// A dated line (index level, PE) with optional horizontal bands (the 10th/50th/90th percentile of PE).
class HistoryChartView : public QChartView
{
    Q_OBJECT
public:
    struct Band
    {
        QString label;
        double value = 0;
    };

    explicit HistoryChartView(QWidget *parent = nullptr);
    void setTitle(const QString &title);
    void setSeries(const QString &name, const QList<std::pair<QDate, double>> &points, const QList<Band> &bands = {});
    int pointCount() const { return m_points; }

private:
    int m_points = 0;
};

} // namespace zhisuan::widgets
