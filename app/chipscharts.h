#pragma once

#include "chipsview.h"

#include <QCoreApplication>

namespace zhisuan::widgets {
class EfficiencyScatterView;
}

namespace zhisuan::app {

// Puts a ChipsView on the efficiency scatter: the page and `zhisuan export chips-efficiency` draw it through this.
class ChipsCharts
{
    Q_DECLARE_TR_FUNCTIONS(zhisuan::app::ChipsDashboard)
public:
    static void showScatter(widgets::EfficiencyScatterView *scatter, const ChipsView &view);
    static QString scatterTitle();
};

} // namespace zhisuan::app
