#include "centresview.h"

#include "localnames.h"
#include "placeresolver.h"
#include "vocabulary.h"

#include <QLocale>
#include <QMap>

#include <algorithm>

namespace zhisuan::app {

namespace {

const QList<std::pair<QString, QColor>> kStatusColours{{QStringLiteral("operational"), QColor(0xC0, 0x39, 0x2B)},
                                                       {QStringLiteral("partial"), QColor(0xE6, 0x7E, 0x22)},
                                                       {QStringLiteral("construction"), QColor(0x29, 0x80, 0xB9)},
                                                       {QStringLiteral("planned"), QColor(0x7F, 0x8C, 0x8D)}};
const QList<std::pair<QString, QColor>> kEcosystemColours{{QStringLiteral("ascend"), QColor(0xC0, 0x39, 0x2B)},
                                                          {QStringLiteral("hygon"), QColor(0x8E, 0x44, 0xAD)},
                                                          {QStringLiteral("cambricon"), QColor(0x16, 0xA0, 0x85)},
                                                          {QStringLiteral("nvidia"), QColor(0x27, 0xAE, 0x60)},
                                                          {QStringLiteral("kunlun"), QColor(0x29, 0x80, 0xB9)},
                                                          {QStringLiteral("mixed"), QColor(0xF3, 0x9C, 0x12)},
                                                          {QStringLiteral("other"), QColor(0x6D, 0x4C, 0x41)}}; // brown: not the grey of "not stated"
const QList<QColor> kPalette{QColor(0xC0, 0x39, 0x2B), QColor(0x29, 0x80, 0xB9), QColor(0x27, 0xAE, 0x60), QColor(0x8E, 0x44, 0xAD),
                             QColor(0xE6, 0x7E, 0x22), QColor(0x16, 0xA0, 0x85), QColor(0xD3, 0x54, 0x00), QColor(0x2C, 0x3E, 0x50)};
const QColor kNotStated(0x7F, 0x8C, 0x8D);

QString pflops(double v)
{
    return QLocale().toString(v, 'f', 0);
}

// One row of the centre table, its columns looked up once: by name for each value of 10,000 rows, the lookups
// were most of the page's load.
struct Row
{
    const QVariantList &values;
    const QHash<QLatin1String, int> &columns;
    QVariant operator()(const char *c) const { return values.value(columns.value(QLatin1String(c), -1)); }
};

bool matches(const Row &v, const CentresView::Filter &filter, const CentresView::ProvinceLabel &provinceLabel)
{
    const double cur = v("current_pflops").toDouble();
    const double plan = std::max(v("planned_pflops").toDouble(), cur);
    if (!filter.op.isEmpty() && v("operator").toString() != filter.op)
        return false;
    if (!filter.status.isEmpty() && v("status").toString() != filter.status)
        return false;
    if (!filter.ecosystem.isEmpty() && v("ecosystem").toString() != filter.ecosystem)
        return false;
    if (filter.minCapacity > 0 && std::max(cur, plan) < filter.minCapacity)
        return false;
    if (filter.search.isEmpty())
        return true;
    const QString &search = filter.search;
    bool hit = false;
    for (const char *c : {"name", "name_en", "operator", "operator_en", "location", "province", "city", "capacity_text"})
        hit = hit || v(c).toString().contains(search, Qt::CaseInsensitive);
    // Places as the table shows them too, and cities by their English names ("Ulanqab", "Xi'an").
    return hit || provinceLabel(v("province").toString()).contains(search, Qt::CaseInsensitive)
           || db::PlaceResolver::cityLabel(v("city").toString(), QLocale(QLocale::English)).contains(search, Qt::CaseInsensitive);
}

using Ranked = QList<std::pair<double, QString>>; // (PFLOPS, centre name)

void sortLargestFirst(Ranked &list)
{
    std::stable_sort(list.begin(), list.end(), [](const auto &a, const auto &b) { return a.first > b.first; });
}

} // namespace

// What the shown centres add up to, for the province fill and tips and the summary cards.
struct CentresView::Totals
{
    QHash<QString, double> current, planned; // by province
    QHash<QString, int> counts;
    // Current PFLOPS by chip ecosystem, one definition (shares of all shown centres' current PFLOPS): as the sources
    // state it (an inferred ecosystem counts as not stated), and with the inferred ecosystems counted.
    QHash<QString, double> byEcosystemStated, byEcosystemInferred;
    double totalCurrent = 0, totalPlanned = 0, totalCurrentPops = 0, totalPlannedPops = 0;
    int planIsCurrent = 0; // centres with a current figure and no stated plan: counted in totalPlanned at their current
    QMap<QString, double> currentByPrecision; // PFLOPS by the precision each centre's headline is in
    Ranked inferredEcosystems; // every shown centre whose ecosystem is inferred (from its partner): current, name
    Ranked builtNoFigure;      // 已建成 without a current figure; planned, name (中原, 阳泉, 长沙 5A)
    QStringList leftOutCentres; // with leaveOut: centres whose capacity (or whole row) is inferred
    QStringList operators;
    QHash<QString, QString> operatorNames; // the key's label of each: its English name on an English page (name_en)
};

bool CentresView::builtWithoutCurrent(const QString &status, const QVariant &currentPflops, const QVariant &currentPops)
{
    return (status == QLatin1String("operational") || status == QLatin1String("partial")) && currentPflops.toDouble() <= 0
           && currentPops.toDouble() <= 0;
}

QString CentresView::currentNotStated(const QString &status, const QVariant &currentPflops, const QVariant &currentPops,
                                     const QVariant &plannedPflops, const QVariant &plannedPops)
{
    if (!builtWithoutCurrent(status, currentPflops, currentPops))
        return {};
    if (plannedPflops.toDouble() > 0 || plannedPops.toDouble() > 0)
        return tr("not stated: the source lists the centre as built but gives only a planned figure");
    return tr("not stated: the source lists the centre as built and gives no compute figure (see the capacity as written)");
}

QString CentresView::figuresWithoutCurrent(const QString &status, double current, double planned, const QString &unit)
{
    if (current > 0)
        return {};
    const QString state = Vocabulary::labels().value(status, status);
    if (planned <= 0)
        return state.isEmpty() ? tr("no capacity figure") : tr("%1, no capacity figure").arg(state);
    const QString plan = tr("planned %1 %2").arg(QLocale().toString(planned, 'f', 0), unit);
    // Built, but only the plan is known: the current figure is not stated rather than nil.
    if (builtWithoutCurrent(status, current, 0))
        return tr("current not stated → %1").arg(plan);
    return state.isEmpty() ? plan : QStringLiteral("%1 → %2").arg(state, plan);
}

CentresView CentresView::compute(const db::QueryTable &centres, const Filter &filter, const ProvinceLabel &provinceLabel)
{
    CentresView view;
    view.shownRows.columns = centres.columns;
    Totals totals;
    view.addRows(centres, filter, provinceLabel, totals);
    view.fillLegend(filter, totals.operators, totals.operatorNames);
    view.fillProvinces(filter, totals);
    view.fillCards(filter, totals);
    return view;
}

void CentresView::addRows(const db::QueryTable &centres, const Filter &filter, const ProvinceLabel &provinceLabel, Totals &t)
{
    const QString &colourBy = filter.colourBy;
    const bool byOps = filter.byOps;
    const bool leaveOut = filter.leaveOutInferred;
    QHash<QLatin1String, int> columns;
    // operator_en too: the search finds an operator by the English name the table shows (Alibaba Cloud).
    for (const char *c : {"name", "name_en", "operator", "operator_en", "province", "city", "location", "capacity_text", "current_pflops", "planned_pflops",
                          "capacity_precision", "current_pops", "planned_pops", "precision", "ecosystem", "status", "confidence",
                          "inferred_fields"})
        columns.insert(QLatin1String(c), centres.column(QString::fromLatin1(c)));
    for (int r = 0; r < centres.rows.size(); ++r) {
        const Row v{centres.rows[r], columns};
        if (!matches(v, filter, provinceLabel))
            continue;
        const double cur = v("current_pflops").toDouble();
        const double plan = std::max(v("planned_pflops").toDouble(), cur);
        // The centre as the reader's language names it (name_en on an English page, when the store has it).
        const QString name = db::LocalNames::pick(v("name").toString(), v("name_en").toString());
        // Which of the row's values are an analyst's inference (inferred_fields; none named: the whole row).
        const bool inferred = v("confidence").toString() == QLatin1String("inferred");
        const QStringList inferredFields = inferred ? v("inferred_fields").toString().split(u',', Qt::SkipEmptyParts) : QStringList();
        bool capacityInferred = inferred && inferredFields.isEmpty();
        for (const char *c : {"capacity_text", "current_pflops", "planned_pflops", "precision", "status", "name", "location", "city", "province"})
            capacityInferred = capacityInferred || (inferred && inferredFields.contains(QLatin1String(c)));
        const bool ecosystemInferred = inferred && (inferredFields.isEmpty() || inferredFields.contains(QLatin1String("ecosystem")));
        if (leaveOut && capacityInferred) {
            t.leftOutCentres << name;
            continue;
        }
        const QString ecosystemCode = leaveOut && ecosystemInferred ? QString() : v("ecosystem").toString();
        const bool hasInferredEcosystem = ecosystemInferred && !v("ecosystem").toString().isEmpty();
        if (hasInferredEcosystem)
            t.inferredEcosystems.append({cur, name});
        shown << r;
        shownRows.rows.append(centres.rows[r]);
        t.totalCurrent += cur;
        t.totalPlanned += plan;
        if (cur > 0 && v("planned_pflops").toDouble() <= 0)
            ++t.planIsCurrent;
        const double curPops = v("current_pops").toDouble();
        t.totalCurrentPops += curPops;
        t.totalPlannedPops += std::max(v("planned_pops").toDouble(), curPops);
        if (cur > 0)
            t.currentByPrecision[v("capacity_precision").toString()] += cur;
        if (builtWithoutCurrent(v("status").toString(), v("current_pflops"), v("current_pops")))
            t.builtNoFigure.append({plan, name});
        // Stores imported before place resolution have no city yet: resolve the written location the same way.
        auto place = db::PlaceResolver::city(v("city").toString());
        if (!place)
            place = db::PlaceResolver::resolve(v("location").toString().isEmpty() ? v("name").toString() : v("location").toString());
        if (!place) {
            unplaced << name + QStringLiteral(" — ") + v("location").toString();
            continue;
        }
        const QString province = place->province;
        t.current[province] += cur;
        t.planned[province] += plan;
        t.counts[province] += 1;
        t.byEcosystemStated[hasInferredEcosystem ? QString() : v("ecosystem").toString()] += cur;
        t.byEcosystemInferred[v("ecosystem").toString()] += cur;
        QString category = colourBy == QLatin1String("ecosystem") ? ecosystemCode
                                                                  : v(colourBy == QLatin1String("operator") ? "operator" : "status").toString();
        if (colourBy == QLatin1String("operator") && !t.operators.contains(category)) {
            t.operators << category;
            t.operatorNames.insert(category, db::LocalNames::pick(category, v("operator_en").toString()));
        }
        const double bubbleCurrent = byOps ? curPops : cur, bubblePlanned = byOps ? std::max(v("planned_pops").toDouble(), curPops) : plan;
        const bool planStated = v(byOps ? "planned_pops" : "planned_pflops").toDouble() > 0;
        bubbles.append({r, name, place->lon, place->lat, bubbleCurrent, bubblePlanned, category, inferred && !leaveOut,
                        figuresWithoutCurrent(v("status").toString(), bubbleCurrent, bubblePlanned,
                                              byOps ? QStringLiteral("POPS") : QStringLiteral("PFLOPS")),
                        planStated});
    }
}

void CentresView::fillLegend(const Filter &filter, const QStringList &unsortedOperators, const QHash<QString, QString> &operatorNames)
{
    if (filter.colourBy == QLatin1String("operator")) {
        QStringList operators = unsortedOperators;
        std::sort(operators.begin(), operators.end());
        for (int i = 0; i < operators.size(); ++i)
            legend.append({operators[i], operators[i].isEmpty() ? tr("not stated") : operatorNames.value(operators[i], operators[i]),
                           operators[i].isEmpty() ? kNotStated : kPalette[i % kPalette.size()]});
        legendTitle = tr("Operator");
        return;
    }
    const auto labels = Vocabulary::labels();
    const bool ecosystem = filter.colourBy == QLatin1String("ecosystem");
    for (const auto &[code, colour] : ecosystem ? kEcosystemColours : kStatusColours)
        legend.append({code, labels.value(code, code), colour});
    if (ecosystem)
        legend.append({QString(), tr("not stated"), kNotStated});
    legendTitle = ecosystem ? tr("Chip ecosystem") : tr("Status");
}

void CentresView::fillProvinces(const Filter &filter, const Totals &t)
{
    if (filter.fill == QLatin1String("current")) {
        choropleth = t.current;
        choroplethTitle = tr("Current PFLOPS by province");
    } else if (filter.fill == QLatin1String("planned")) {
        choropleth = t.planned;
        choroplethTitle = tr("Planned PFLOPS by province");
    }
    for (auto it = t.counts.constBegin(); it != t.counts.constEnd(); ++it)
        provinceTips.insert(it.key(), tr("%1: %n centre(s), current %2 PFLOPS, planned %3 PFLOPS", nullptr, it.value())
                                          .arg(it.key(), pflops(t.current.value(it.key())), pflops(t.planned.value(it.key()))));
}

QString CentresView::capacityText(const Totals &t)
{
    // PFLOPS with the precisions they are in, OPS beside them: never one number across measures.
    const auto labels = Vocabulary::labels();
    QStringList precisions;
    for (auto it = t.currentByPrecision.constBegin(); it != t.currentByPrecision.constEnd(); ++it)
        precisions << QStringLiteral("%1 %2").arg(it.key().isEmpty() ? tr("unspecified") : labels.value(it.key(), it.key()), pflops(it.value()));
    // No current figure among the centres shown: the current capacity is not stated, not a measured 0 (郑州's two
    // centres: one being built, one with only a plan), and no empty brackets after it.
    QString capacity = precisions.isEmpty() ? (t.totalCurrent > 0 ? tr("current <b>%1</b> PFLOPS").arg(pflops(t.totalCurrent))
                                                                  : tr("no current PFLOPS stated"))
                                            : tr("current <b>%1</b> PFLOPS (%2)").arg(pflops(t.totalCurrent), precisions.join(tr(", ")));
    if (t.totalCurrentPops > 0)
        capacity += tr(" + <b>%1</b> POPS").arg(pflops(t.totalCurrentPops));
    // A plan of 0 would read as a measured nothing: none of the centres shown states one. A built centre without a
    // plan counts with its current figure (the plan is at least what stands), said so that "planned" is not taken
    // for a figure the source gives (博大前海: 40,000 built, no plan).
    if (t.totalPlanned <= 0)
        capacity += tr(" · no planned PFLOPS stated");
    else if (t.planIsCurrent > 0)
        capacity += tr(" · planned <b>%1</b> PFLOPS (%n centre(s) without a stated plan counted at their current figure)", nullptr, t.planIsCurrent)
                        .arg(pflops(t.totalPlanned));
    else
        capacity += tr(" · planned <b>%1</b> PFLOPS").arg(pflops(t.totalPlanned));
    if (t.totalPlannedPops > 0)
        capacity += tr(" + <b>%1</b> POPS").arg(pflops(t.totalPlannedPops));
    return capacity;
}

void CentresView::fillCards(const Filter &filter, Totals &t)
{
    const auto labels = Vocabulary::labels();
    auto sharesOf = [&](const QHash<QString, double> &by, double total) {
        Ranked sorted;
        for (auto it = by.constBegin(); it != by.constEnd(); ++it)
            if (it.value() > 0)
                sorted.append({it.value(), it.key()});
        std::sort(sorted.begin(), sorted.end(), [](const auto &a, const auto &b) { return a.first > b.first; });
        QStringList shares;
        for (const auto &[value, code] : sorted)
            shares << QStringLiteral("%1 %2%").arg(code.isEmpty() ? tr("not stated") : labels.value(code, code))
                          .arg(QLocale().toString(total > 0 ? 100.0 * value / total : 0, 'f', 1));
        return shares.isEmpty() ? QStringLiteral("—") : shares.join(tr(", ")); // no current PFLOPS shown: no share
    };
    // One definition of a share (of all shown centres' current PFLOPS), led by what the sources state; the ecosystems
    // inferred from a centre's partner (华为昇腾, 中科曙光 …) or tenant (博大's 昇腾 cluster) are said next to it, with how
    // many centres they are.
    QString text = tr("<b>%n</b> centre(s) · %1 · chip ecosystem as reported (share of current PFLOPS): %2", nullptr, int(shown.size()))
                       .arg(capacityText(t), sharesOf(t.byEcosystemStated, t.totalCurrent));
    sortLargestFirst(t.inferredEcosystems);
    QStringList largest;
    for (int i = 0; i < std::min<int>(2, int(t.inferredEcosystems.size())); ++i)
        largest << t.inferredEcosystems[i].second;
    const int inferredCount = int(t.inferredEcosystems.size());
    if (inferredCount > 0 && !filter.leaveOutInferred)
        text += QStringLiteral("<br>")
                + tr("<i>Inferred</i> ecosystem (from partner or tenant) for %n centre(s), largest: %1; counting them: %2", nullptr,
                     inferredCount)
                      .arg(largest.join(tr(", ")), sharesOf(t.byEcosystemInferred, t.totalCurrent));
    // What "leave out inferred values" left out, so that nobody reads the shares as the whole picture.
    if (filter.leaveOutInferred && (inferredCount > 0 || !t.leftOutCentres.isEmpty())) {
        QStringList parts;
        if (inferredCount > 0)
            parts << tr("the chip ecosystem inferred for %n centre(s) counts as not stated (largest: %1)", nullptr,
                        inferredCount)
                         .arg(largest.join(tr(", ")));
        if (!t.leftOutCentres.isEmpty())
            parts << tr("%n centre(s) with an inferred capacity are left out (%1)", nullptr, int(t.leftOutCentres.size()))
                         .arg(t.leftOutCentres.mid(0, 3).join(tr(", ")) + (t.leftOutCentres.size() > 3 ? QStringLiteral("…") : QString()));
        text += QStringLiteral("<br>") + tr("<i>Inferred values left out</i>: %1").arg(parts.join(tr("; ")));
    }
    // Built centres the source gives no current figure for add nothing to the current total: say which.
    if (!t.builtNoFigure.isEmpty()) {
        // Those with a planned figure first: a built centre known only by its plan is the one to question.
        sortLargestFirst(t.builtNoFigure);
        QStringList names;
        for (const auto &[planned, name] : std::as_const(t.builtNoFigure))
            names << name;
        text += QStringLiteral("<br>")
                + tr("%n operational centre(s) have no current figure in the source and are not in the current total: %1",
                     nullptr, int(names.size()))
                      .arg(names.mid(0, 4).join(tr(", ")) + (names.size() > 4 ? QStringLiteral("…") : QString()));
    }
    cards = text;
}

} // namespace zhisuan::app
