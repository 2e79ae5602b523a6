#include "benchmarkbarchartview.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QCursor>
#include <QLegend>
#include <QLocale>
#include <QToolTip>
#include <QValueAxis>

namespace zhisuan::widgets {

BenchmarkBarChartView::BenchmarkBarChartView(QWidget *parent) : ChartPanel(parent)
{
    setMinimumHeight(320); // the legend sits on the right: the plot keeps its height
}

void BenchmarkBarChartView::setTitle(const QString &title)
{
    setChartTitle(title);
}

void BenchmarkBarChartView::setBars(const QStringList &benchmarks, const QList<Model> &models, const QString &valueTitle)
{
    QChart *c = chart();
    c->removeAllSeries();
    for (QAbstractAxis *a : c->axes())
        c->removeAxis(a);
    m_benchmarks = benchmarks;
    m_models = models;
    if (benchmarks.isEmpty() || models.isEmpty())
        return;
    auto *series = new QBarSeries;
    for (const Model &model : models) {
        auto *set = new QBarSet(model.name);
        for (double v : model.values)
            *set << v;
        const QStringList tips = model.tooltips;
        connect(set, &QBarSet::hovered, this, [this, tips](bool status, int index) {
            if (status)
                QToolTip::showText(QCursor::pos(), tips.value(index), this);
            else
                QToolTip::hideText();
        });
        series->append(set);
    }
    series->setLabelsVisible(false);
    c->addSeries(series);
    auto *x = new QBarCategoryAxis;
    x->append(benchmarks);
    auto *y = new QValueAxis;
    y->setTitleText(valueTitle);
    c->addAxis(x, Qt::AlignBottom);
    c->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    y->setMin(0);
    y->applyNiceNumbers();
    // Whole ticks (0, 20 … 100), as the reports draw scores: "100.0" is a precision the axis does not have.
    y->setLabelFormat(y->max() - y->min() < 5 ? QStringLiteral("%.1f") : QStringLiteral("%.0f"));
    c->legend()->setAlignment(Qt::AlignRight);
}

ChartSurface::Table BenchmarkBarChartView::table() const
{
    Table t{QStringList{tr("Model")} + m_benchmarks, {}};
    const QLocale locale;
    for (const Model &model : m_models) {
        QStringList row{model.name};
        for (double v : model.values)
            row << locale.toString(v);
        t.rows << row;
    }
    return t;
}

} // namespace zhisuan::widgets
