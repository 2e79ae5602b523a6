#pragma once

#include "querytable.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace zhisuan::app {

// What the chips page shows, as values: its table, the chips on the efficiency scatter against the store's first
// threshold, and the verdict counts of its summary. The page and `zhisuan export chips-efficiency` share it.
class ChipsView
{
    // The page's strings keep the page's translation context, so that moving them here loses no translation.
    Q_DECLARE_TR_FUNCTIONS(zhisuan::app::ChipsDashboard)
public:
    struct Point // a judged chip on the scatter
    {
        QString name;
        double tdp = 0;  // W
        double fp16 = 0; // TFLOPS
        bool domestic = false;
    };

    db::QueryTable table; // the page's table (names in the interface language, the verdicts beside them)
    QList<Point> points;
    QString rule;          // the threshold drawn and judged against (the 领跑者 rule in the starter data)
    double threshold = 0;  // TFLOPS per watt
    QString thresholdLabel;
    int judged = 0, pass = 0;
    QStringList notJudged;    // sparse FP16 or TOPS in the FP16 column: shown, not judged or drawn
    QStringList drawnSources; // of the chips on the scatter: its source line names them, not the whole table
    QStringList drawnAsOf;    // the same chips' as_of dates: an exported scatter is as of the latest

    static ChipsView compute(const db::QueryTable &chips, const db::QueryTable &efficiency);
    QString summary() const; // the sentence above the table
};

} // namespace zhisuan::app
