#pragma once

#include <QAccessibleWidget>

namespace zhisuan::widgets {

class ChartAccessibility;

// How assistive technology sees a chart that ChartAccessibility was attached to: one element of role Chart, named by
// its title and described from its data at the moment it is asked (so the description follows the data and the
// language), with no children (the chart library's scene, axes and labels are not controls).
class ChartAccessible : public QAccessibleWidget
{
public:
    ChartAccessible(QWidget *chart, const ChartAccessibility *helper);

    QString text(QAccessible::Text t) const override;
    int childCount() const override { return 0; }
    QAccessibleInterface *child(int) const override { return nullptr; }
    int indexOfChild(const QAccessibleInterface *) const override { return -1; }

    // Installs the factory that gives such charts this interface (once per process).
    static void installFactory();

private:
    const ChartAccessibility *m_helper;
};

} // namespace zhisuan::widgets
