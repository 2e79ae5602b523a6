#pragma once

#include "marketanalytics.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

class QWidget;

namespace zhisuan::app {

class MainWindow;

// Every exportable chart: its id (for `zhisuan export`), the page it lives on, the widget's object name, and the
// title an exported image carries. Its source line names where the drawn rows came from: the dashboard that fills
// the chart sets it (setSource, from db::SourceCatalog), so it is never a fixed vendor list.
class ChartCatalog
{
public:
    // What an exported chart's title is dated by: the catalogue says it for each chart, the data give the dates.
    enum class Period {
        Week,  // the market week it shows ("…, 2024-08-12 to 2024-08-16"), or its shorter window
        Drawn, // the first to last date of the figures drawn (a timeline, weekly visits, an index history)
        AsOf,  // figures without dates of their own (centres, chips, scores, prices): the latest as_of of the rows drawn
    };
    struct Chart
    {
        QString id;
        QString page;
        QString objectName;
        QString title; // translated
        Period period = Period::Drawn;
        // A Week chart's title when the week's data end before its Friday (Monday to Wednesday): not "weekly".
        QString windowTitle = {};
        // The chart titles itself by what it draws (an industry's history: "计算机(中信): weekly returns chained
        // (start = 100)"): the export takes the chart's own title, not the catalogue's.
        bool ownTitle = false;
    };
    static QList<Chart> all();
    static std::optional<Chart> find(const QString &id);
    static QWidget *widget(MainWindow &window, const Chart &chart);
    // The chart on a page built on its own (export): `page` is the chart's page or holds it.
    static QWidget *widget(QWidget &page, const Chart &chart);
    // Whether the chart has something to draw: the dashboards hide charts without data, and the benchmark
    // comparison is empty until cells are selected.
    static bool hasContent(const QWidget *chart);
    // The chart's source line ("民生证券 计算机周报 2024-08-17; …"), empty when the dashboard has not said.
    static QString source(const QWidget *chart);
    static void setSource(QWidget *chart, const QStringList &sources);
    // The date the chart's figures are as of: the latest of the drawn rows' `as_of` dates (ISO, one per row, as
    // setSource takes their sources). An AsOf chart's export is titled by it ("…, as of 2024-08-28").
    static void setAsOf(QWidget *chart, const QStringList &perRow);
    static QDate asOf(const QWidget *chart);
    // The title an exported chart carries, with its period, as the reports title a figure: a market chart's week
    // ("…, 2024-08-12 to 2024-08-16"), or, when the week's data end before its Friday (returns over Monday to
    // Wednesday), the window by its dates without calling it weekly; a Drawn chart's first to last date drawn (the
    // dates in its data table); an AsOf chart's as-of date (setAsOf, "as of 2024-08-28"). Never read from the
    // displayed source line. `week`: the market chart's week, else invalid.
    static QString exportTitle(const Chart &chart, const QWidget *widget, const db::TradingWeek &week);

private:
    static constexpr const char *kSourceProperty = "zhisuanSourceLine";
    static constexpr const char *kAsOfProperty = "zhisuanAsOf";
};

} // namespace zhisuan::app
