#pragma once

#include "querytable.h"
#include "result.h"

#include <QStringList>

namespace zhisuan::db {

class Store;

// The compute build-out as queries: centres with their resolved place, capacity totals per province, the
// centres that could not be placed, and AI chips with FP16 energy efficiency judged against the policy
// thresholds in the store (data, so a new policy is an import).
class ComputeAnalytics
{
public:
    explicit ComputeAnalytics(Store &store) : m_store(store) {}

    static QStringList views(); // centres, province-capacity, unplaced-centres, chips, chip-efficiency
    Result<QueryTable> view(const QString &name);

    Result<QueryTable> centres();
    Result<QueryTable> provinceCapacity();
    Result<QueryTable> capacityTotals();
    Result<QueryTable> unplacedCentres();
    Result<QueryTable> chips();
    Result<QueryTable> chipEfficiency();
    // Centres opened in [from, to] (ISO dates) or written by an import made then, the starter dataset aside: the
    // weekly brief's compute news. Columns: opened_on, imported_on, name, operator, province, city, current_pflops,
    // planned_pflops, status, source.
    Result<QueryTable> centresOfWeek(const QString &from, const QString &to);
    // The parsed capacity phases of one centre, in the order the text gives them.
    Result<QueryTable> phases(const QString &centreName);

private:
    Result<QueryTable> select(const QString &sql, const QStringList &columns, const QVariantList &binds = {});
    Store &m_store;
};

} // namespace zhisuan::db
