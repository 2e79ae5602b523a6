#pragma once

#include "chartpanel.h"

#include <QList>
#include <QRectF>

class QAbstractSeries;
class QCategoryAxis;
class QGraphicsLineItem;
class QGraphicsSimpleTextItem;

namespace zhisuan::widgets {

// FP16 TFLOPS against TDP, one labelled point per chip, domestic as circles and overseas as squares, with the
// line of a policy threshold (TFLOPS = threshold × W): chips above it meet the rule.
class EfficiencyScatterView : public ChartPanel
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
    // Where the chip names are drawn (chart coordinates), and the markers they must not cover; for tests.
    QList<QRectF> labelRects() const;
    QList<QRectF> markerRects() const;
    int hiddenLabelCount() const;
    // The tick labels of an axis (round numbers of the 1–2–5 series, smallest first); for tests.
    QStringList tickLabels(Qt::Orientation orientation) const;
    // Chip, TDP, FP16 and whether it is domestic, in the order given.
    Table table() const override;

private:
    static void setLogTicks(QCategoryAxis *axis, double from, double to);
    // Names are placed beside their point where they overlap no other name or marker: above, right, left,
    // below, the diagonals, then farther out with a leader line; a name with no room is left to the tooltip.
    void placeLabels();

    struct Label
    {
        QGraphicsSimpleTextItem *text;
        QGraphicsLineItem *leader;
        QPointF value;
        QAbstractSeries *series;
    };
    QList<Label> m_labels;
    QList<Chip> m_chips;
    QString m_xTitle, m_yTitle, m_domesticLabel, m_overseasLabel;
    int m_points = 0;
};

} // namespace zhisuan::widgets
