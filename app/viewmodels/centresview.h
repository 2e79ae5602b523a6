#pragma once

#include "querytable.h"

#include <QColor>
#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace zhisuan::app {

// What the centres page shows for a filter, as values: the one computation behind the page, the weekly brief and
// `zhisuan export centres-map`, so that the brief's sentence and map are the page's without building the page
// (10,000 centres: table, detail, filters). Headless: CentresMap puts it on a map widget.
class CentresView
{
    // The page's strings keep the page's translation context, so that moving them here loses no translation.
    Q_DECLARE_TR_FUNCTIONS(zhisuan::app::CentresDashboard)
public:
    // What to show and how to draw it: the page's search, filters and view settings.
    struct Filter
    {
        QString search, op, status, ecosystem;
        double minCapacity = 0;
        QString colourBy = QStringLiteral("status"); // status, ecosystem or operator
        QString fill;                                // province fill: empty, current or planned
        bool byOps = false;                          // bubbles sized by POPS instead of PFLOPS
        bool leaveOutInferred = false;
    };
    struct Bubble // a centre on the map
    {
        qint64 id = 0; // its row in the centre table
        QString name;
        double lon = 0, lat = 0;
        double current = 0, planned = 0; // PFLOPS (or POPS, when sized by OPS); 0 = none
        QString category;               // colour key
        bool inferred = false;          // drawn hatched: the colour (ecosystem) is an analyst's inference
        QString figures = {};           // with no current figure: what the source says instead ("在建 → 规划 30,000 PFLOPS")
        bool planStated = true;         // false: planned is the current figure, the source stating no plan beyond it
    };
    struct LegendEntry
    {
        QString key;   // the centres' category
        QString label; // shown
        QColor colour;
    };
    // A province's name as the map shows it in the interface language (the search matches it too): the map
    // widget's names, passed in so that this layer needs no widget.
    using ProvinceLabel = std::function<QString(const QString &)>;

    QList<qint64> shown;      // rows of the centre table after filtering
    db::QueryTable shownRows; // those rows
    QList<Bubble> bubbles;
    QString legendTitle;
    QList<LegendEntry> legend;
    QHash<QString, double> choropleth;
    QString choroplethTitle;
    QHash<QString, QString> provinceTips;
    QStringList unplaced; // "name — location" of the centres that could not be placed
    QString cards;        // the summary above the map (rich text)

    static CentresView compute(const db::QueryTable &centres, const Filter &filter, const ProvinceLabel &provinceLabel);
    // 已建成 (or partly built) in the source, with no current FLOPS or OPS figure.
    static bool builtWithoutCurrent(const QString &status, const QVariant &currentPflops, const QVariant &currentPops);
    // What a built centre without a current figure has instead, for its detail: a planned figure only, or no compute
    // figure at all (深圳人工智能融合赋能中心: video channels). Empty when it has a current figure or is not built.
    static QString currentNotStated(const QString &status, const QVariant &currentPflops, const QVariant &currentPops,
                                    const QVariant &plannedPflops, const QVariant &plannedPops);
    // A bubble's figures when it has no current one: the status, then the plan ("Under construction → planned 30,000
    // PFLOPS"), never a measured 0. Empty when it has a current figure.
    static QString figuresWithoutCurrent(const QString &status, double current, double planned, const QString &unit);

private:
    struct Totals;
    void addRows(const db::QueryTable &centres, const Filter &filter, const ProvinceLabel &provinceLabel, Totals &totals);
    void fillLegend(const Filter &filter, const QStringList &operators, const QHash<QString, QString> &operatorNames);
    void fillProvinces(const Filter &filter, const Totals &totals);
    static QString capacityText(const Totals &totals);
    void fillCards(const Filter &filter, Totals &totals);
};

} // namespace zhisuan::app
