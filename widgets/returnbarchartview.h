#pragma once

#include "chartpanel.h"

#include <QStringList>

class QAbstractBarSeries;
class QGraphicsSimpleTextItem;

namespace zhisuan::widgets {

// Bars of percentage changes, red for up and green for down as Chinese market charts draw them, with the
// value on each bar; one category can be highlighted (the tracked industry) in one colour of its own, whichever way
// it moved, named in a legend. Horizontal for rankings.
class ReturnBarChartView : public ChartPanel
{
    Q_OBJECT
public:
    struct Bar
    {
        QString label;
        double value = 0;
        bool highlighted = false;
        int decimals = 2; // as published: 002's "下跌 3.2%" is labelled 3.2, not 3.20
    };

    explicit ReturnBarChartView(QWidget *parent = nullptr);

    void setTitle(const QString &title);
    void setHorizontal(bool horizontal);
    void setBars(const QList<Bar> &bars, const QString &unit = QStringLiteral("%"));
    int barCount() const { return int(m_bars.size()); }
    // The legend's name of the highlighted bar's colour ("Tracked industry"), from the next setBars(); none when empty.
    void setHighlightLabel(const QString &label);
    // The value printed at each bar, in bar order: always two decimals (-3.20, not -3.2), as the reports print them.
    QStringList valueLabels() const;
    Table table() const override; // category, value signed as the label is (+3.20%, -1.05%)

protected:
    void chartResized() override { placeValueLabels(); }

private:
    void rebuild();
    void placeValueLabels();
    void fitCategoryLabels(const QRectF &plot);

    QString m_title;
    QString m_unit;
    bool m_horizontal = false;
    QString m_highlightLabel;
    QList<Bar> m_bars;
    QList<QGraphicsSimpleTextItem *> m_valueLabels;
    QAbstractBarSeries *m_series = nullptr;
};

} // namespace zhisuan::widgets
