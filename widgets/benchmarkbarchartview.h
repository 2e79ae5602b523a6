#pragma once

#include "chartpanel.h"

namespace zhisuan::widgets {

// Scores as grouped bars: one group per benchmark, one bar per model, a legend of the models on the right, each
// bar's own figure in its tooltip (values are not printed on the bars, where neighbours overprint each other).
class BenchmarkBarChartView : public ChartPanel
{
    Q_OBJECT
public:
    struct Model
    {
        QString name;
        QList<double> values;  // one per benchmark, in the order of the categories
        QStringList tooltips; // one per bar
    };

    explicit BenchmarkBarChartView(QWidget *parent = nullptr);
    void setTitle(const QString &title);
    // No bars when `models` or `benchmarks` is empty (the title still shows).
    void setBars(const QStringList &benchmarks, const QList<Model> &models, const QString &valueTitle);
    // Model, then one column per benchmark.
    Table table() const override;

private:
    QStringList m_benchmarks;
    QList<Model> m_models;
};

} // namespace zhisuan::widgets
