#include "chartaccessible.h"

#include "chartaccessibility.h"

#include <QWidget>

namespace zhisuan::widgets {

namespace {

QAccessibleInterface *chartFactory(const QString &, QObject *object)
{
    auto *widget = qobject_cast<QWidget *>(object);
    if (const ChartAccessibility *helper = ChartAccessibility::of(widget))
        return new ChartAccessible(widget, helper);
    return nullptr;
}

} // namespace

ChartAccessible::ChartAccessible(QWidget *chart, const ChartAccessibility *helper)
    : QAccessibleWidget(chart, QAccessible::Chart), m_helper(helper)
{
}

QString ChartAccessible::text(QAccessible::Text t) const
{
    switch (t) {
    case QAccessible::Name:
        return m_helper->name();
    case QAccessible::Description:
        return m_helper->description();
    case QAccessible::Value: // the item a chart's arrow keys selected (the map's centre), when it has one
        return widget()->property("accessibleValue").toString();
    default:
        return QAccessibleWidget::text(t);
    }
}

void ChartAccessible::installFactory()
{
    static const bool installed = [] {
        QAccessible::installFactory(chartFactory);
        return true;
    }();
    Q_UNUSED(installed);
}

} // namespace zhisuan::widgets
