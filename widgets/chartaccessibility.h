#pragma once

#include "chartsurface.h"

#include <QDate>
#include <QObject>
#include <QString>

class QAction;
class QFocusFrame;
class QWidget;

namespace zhisuan::widgets {

// What makes a chart (anything that is a ChartSurface: the Qt Charts panels, the map, the timeline) usable without a
// mouse or the eyes (issue 29, "Accessible"): Tab reaches it and a frame shows that it has the focus; a screen reader
// finds it as a chart with a name (its title) and a description generated from the rows it draws (what, how many,
// the period, the highest and lowest value); and its data table, the one the export knows (ChartSurface::table),
// is one key away (Enter, or "Show data table" on its context menu) in a keyboard-navigable dialog.
// Each chart widget attaches itself where it is made; the helper lives as the widget's child.
class ChartAccessibility : public QObject
{
    Q_OBJECT
public:
    // Makes `chart` (the widget that `surface` is) focusable, framed when focused, described to assistive
    // technology and able to show its table. Widgets inside it (a chart's QChartView) stop taking the focus.
    static void attach(QWidget *chart, ChartSurface *surface);
    // The helper attached to `chart`, or null.
    static ChartAccessibility *of(const QWidget *chart);

    // The description a screen reader reads: "Title: 31 rows of Name and Value (%). Highest Value (%): 通信 +4.1;
    // lowest: 计算机 −3.2. From 2024-05-06 to 2024-08-16." in the current language; what the table lacks is left out.
    // `from`..`to` is the period the rows cover when they carry no dates themselves (a week's returns).
    static QString describe(const QString &title, const ChartSurface::Table &table, const QDate &from = {}, const QDate &to = {});
    // The period a chart of undated rows shows (the week of a returns chart), for its description.
    static void setPeriod(QWidget *chart, const QDate &from, const QDate &to);
    // The name a screen reader reads: the widget's accessible name if one was set, else the chart's title.
    QString name() const;
    QString description() const;

    QAction *tableAction() const { return m_tableAction; }
    // Opens the chart's data table in a dialog (DataTableDialog) and returns it; it deletes itself when closed.
    QWidget *showTable();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    bool event(QEvent *event) override;

private:
    ChartAccessibility(QWidget *chart, ChartSurface *surface);
    void retranslate();

    QWidget *m_chart;
    ChartSurface *m_surface;
    QAction *m_tableAction;
    QFocusFrame *m_frame = nullptr;
    QDate m_from, m_to;
};

} // namespace zhisuan::widgets
