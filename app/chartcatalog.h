#pragma once

#include <QList>
#include <QString>

#include <optional>

class QWidget;

namespace zhisuan::app {

class MainWindow;

// Every exportable chart: its id (for `zhisuan export`), the page it lives on, the widget's object name, and the
// title and source line an exported image carries.
class ChartCatalog
{
public:
    struct Chart
    {
        QString id;
        QString page;
        QString objectName;
        QString title;  // translated
        QString source; // translated
    };
    static QList<Chart> all();
    static std::optional<Chart> find(const QString &id);
    static QWidget *widget(MainWindow &window, const Chart &chart);
    // Whether the chart has something to draw: the dashboards hide charts without data, and the benchmark
    // comparison is empty until cells are selected.
    static bool hasContent(const QWidget *chart);
};

} // namespace zhisuan::app
