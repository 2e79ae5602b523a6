#pragma once

#include <QChartView>

namespace zhisuan::widgets {

// FP16 TFLOPS against TDP, one labelled point per chip, domestic as circles and overseas as squares, with the
// line of a policy threshold (TFLOPS = threshold × W): chips above it meet the rule.
class EfficiencyScatterView : public QChartView
{
    Q_OBJECT
public:
    struct Chip
    {
        QString name;
        double tdp = 0;
        double fp16 = 0;
        bool domestic = false;
    };

    explicit EfficiencyScatterView(QWidget *parent = nullptr);
    void setTitle(const QString &title);
    void setChips(const QList<Chip> &chips, double threshold, const QString &thresholdLabel, const QString &domesticLabel,
                  const QString &overseasLabel, const QString &xTitle, const QString &yTitle);
    int pointCount() const { return m_points; }

private:
    int m_points = 0;
};

} // namespace zhisuan::widgets
