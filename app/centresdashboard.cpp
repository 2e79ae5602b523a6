#include "centresdashboard.h"

#include "chartcatalog.h"
#include "sourcecatalog.h"
#include "pagestyle.h"
#include "storeproblem.h"

#include "chinamapview.h"
#include "computeanalytics.h"
#include "localnames.h"
#include "pageloader.h"
#include "placeresolver.h"
#include "querytablemodel.h"
#include "store.h"
#include "tabledelegate.h"
#include "tablepanel.h"
#include "vocabulary.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDate>
#include <QMap>
#include <QSettings>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QBoxLayout>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QTimer>
#include <QVBoxLayout>

namespace zhisuan::app {

using Format = widgets::TableDelegate::Format;

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

QString pflops(double v)
{
    return QLocale().toString(v, 'f', 0);
}

} // namespace

CentresDashboard::CentresDashboard(db::Store *store, QWidget *parent)
    : QWidget(parent), m_store(store), m_heading(new QLabel(this)), m_cards(new QLabel(this)), m_search(new QLineEdit(this)), m_searchDelay(new QTimer(this)),
      m_operator(new QComboBox(this)), m_status(new QComboBox(this)), m_ecosystem(new QComboBox(this)),
      m_minCapacity(new QDoubleSpinBox(this)), m_minLabel(new QLabel(this)), m_colourLabel(new QLabel(this)),
      m_colourBy(new QComboBox(this)), m_fillLabel(new QLabel(this)), m_fill(new QComboBox(this)), m_sizeBy(new QComboBox(this)), m_leaveOutInferred(new QCheckBox(this)), m_reset(new QPushButton(this)),
      m_map(new widgets::ChinaMapView(this)), m_detail(new QTextBrowser(this)), m_unplacedTitle(new QLabel(this)),
      m_unplaced(new QListWidget(this)), m_model(new widgets::QueryTableModel(this)), m_table(new widgets::TablePanel(this))
{
    setObjectName(QStringLiteral("page-centres"));
    m_map->setObjectName(QStringLiteral("map"));
    m_table->setObjectName(QStringLiteral("centres"));
    m_detail->setObjectName(QStringLiteral("detail"));
    m_unplaced->setObjectName(QStringLiteral("unplaced"));
    m_cards->setObjectName(QStringLiteral("cards"));
    m_search->setObjectName(QStringLiteral("search"));
    widgets::PageStyle::heading(m_heading);
    widgets::PageStyle::summary(m_cards);
    m_search->setClearButtonEnabled(true);
    m_minCapacity->setRange(0, 100000);
    m_minCapacity->setDecimals(0);
    m_minCapacity->setSingleStep(100);
    m_map->loadGeo(QStringLiteral(":/geo/china-provinces.geojson"));
    m_table->setModel(m_model);
    m_table->view()->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->view()->setSelectionMode(QAbstractItemView::SingleSelection);
    m_unplaced->setMaximumHeight(110);
    m_detail->setOpenLinks(false);

    auto *top = new QHBoxLayout;
    top->addWidget(m_heading);
    top->addSpacing(16);
    top->addWidget(m_cards, 1);
    // What to show (search and filters), then how to draw it (colour, fill, size): one row on a wide window, two on
    // a narrower one (resizeEvent), so that no box is squeezed to "All opera…" at 1280 px.
    // No minimum widths here: they would hold the window wider than a 1280 px screen in the one-row form.
    m_search->setObjectName(QStringLiteral("search"));
    auto *what = new QHBoxLayout;
    what->addWidget(m_search, 2);
    what->addWidget(m_operator, 1);
    what->addWidget(m_status, 1);
    what->addWidget(m_ecosystem, 1);
    what->addWidget(m_minLabel);
    what->addWidget(m_minCapacity);
    auto *how = new QHBoxLayout;
    how->addWidget(m_colourLabel);
    how->addWidget(m_colourBy);
    how->addWidget(m_fillLabel);
    how->addWidget(m_fill);
    how->addWidget(m_sizeBy);
    how->addWidget(m_leaveOutInferred);
    how->addWidget(m_reset);
    how->addStretch(0);
    // Two rows until the page is wide enough for one (resizeEvent): a hidden page of the stack is never resized, and
    // one row would hold the whole window wider than a 1024-px screen from the start.
    m_filters = new QBoxLayout(QBoxLayout::TopToBottom);
    m_filters->addLayout(what, 1);
    m_filters->addSpacing(12);
    m_filters->addLayout(how);
    QBoxLayout *filters = m_filters;

    auto *side = new QWidget(this);
    auto *sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    sideLayout->addWidget(m_detail, 1);
    sideLayout->addWidget(m_unplacedTitle);
    sideLayout->addWidget(m_unplaced);
    auto *upper = new QSplitter(Qt::Horizontal, this);
    upper->setObjectName(QStringLiteral("centresMapSplitter")); // named: the main window saves its position
    upper->addWidget(m_map);
    upper->addWidget(side);
    upper->setStretchFactor(0, 3);
    upper->setStretchFactor(1, 1);
    upper->setSizes({880, 340});
    auto *vertical = new QSplitter(Qt::Vertical, this);
    vertical->setObjectName(QStringLiteral("centresTableSplitter"));
    vertical->addWidget(upper);
    vertical->addWidget(m_table);
    vertical->setStretchFactor(0, 3);
    vertical->setStretchFactor(1, 2);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->addLayout(top);
    layout->addLayout(filters);
    layout->addWidget(vertical, 1);

    m_sizeBy->setObjectName(QStringLiteral("sizeBy"));
    // Kept for the next start; the brief, built from this page, follows it.
    m_leaveOutInferred->setObjectName(QStringLiteral("leaveOutInferred"));
    m_leaveOutInferred->setChecked(leaveOutInferredSetting());
    connect(m_leaveOutInferred, &QCheckBox::toggled, this, [this](bool on) {
        QSettings().setValue(QLatin1String(kLeaveOutInferredKey), on);
        applyFilters();
    });
    for (QComboBox *box : {m_operator, m_status, m_ecosystem, m_colourBy, m_fill, m_sizeBy})
        connect(box, &QComboBox::currentIndexChanged, this, &CentresDashboard::applyFilters);
    // Filtering 10,000 centres and redrawing the map took about 70 ms per keystroke: wait for a pause in the
    // typing (Enter does not wait).
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(kSearchDelayMs);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_searchDelay, &QTimer::timeout, this, &CentresDashboard::applyFilters);
    connect(m_search, &QLineEdit::returnPressed, this, &CentresDashboard::applyFilters);
    connect(m_minCapacity, &QDoubleSpinBox::valueChanged, this, &CentresDashboard::applyFilters);
    connect(m_reset, &QPushButton::clicked, m_map, &widgets::ChinaMapView::resetView);
    connect(m_map, &widgets::ChinaMapView::centreClicked, this, &CentresDashboard::selectCentre);
    connect(m_table->view()->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex &current) {
        if (m_syncing || !current.isValid())
            return;
        const int row = m_table->proxy()->mapToSource(current).row();
        if (row >= 0 && row < m_shown.size())
            selectCentre(m_shown[row]);
    });
    retranslateUi();
    PageLoader::request(this);
}

QString CentresDashboard::centreName(qint64 id) const
{
    return m_centres.value(int(id), QStringLiteral("name")).toString();
}

QString CentresDashboard::detailText() const
{
    return m_detail->toPlainText();
}

QStringList CentresDashboard::unplaced() const
{
    QStringList names;
    for (int i = 0; i < m_unplaced->count(); ++i)
        names << m_unplaced->item(i)->text();
    return names;
}

QString CentresDashboard::cardsText() const
{
    return m_cards->text();
}

void CentresDashboard::setSearchText(const QString &text)
{
    m_search->setText(text);
    applyFilters();
}

namespace {
// 已建成 (or partly built) in the source, with no current FLOPS or OPS figure.
bool builtWithoutCurrent(const QString &status, const QVariant &currentPflops, const QVariant &currentPops)
{
    return (status == QLatin1String("operational") || status == QLatin1String("partial")) && currentPflops.toDouble() <= 0
           && currentPops.toDouble() <= 0;
}
} // namespace

void CentresDashboard::applyNames()
{
    // Operators, provinces and cities in the interface language where the data has an English name (阿里云 →
    // Alibaba Cloud, 广东 → Guangdong, 西安 → Xi'an); the table keeps the stored names to sort and filter by.
    QHash<QString, QString> vocabulary = Vocabulary::labels();
    for (int r = 0; r < m_centres.rows.size(); ++r) {
        const QString op = m_centres.value(r, QStringLiteral("operator")).toString();
        vocabulary.insert(op, db::LocalNames::pick(op, m_centres.value(r, QStringLiteral("operator_en")).toString()));
        const QString province = m_centres.value(r, QStringLiteral("province")).toString();
        vocabulary.insert(province, widgets::ChinaMapView::provinceLabel(province));
        const QString city = m_centres.value(r, QStringLiteral("city")).toString();
        vocabulary.insert(city, db::PlaceResolver::cityLabel(city));
    }
    m_table->delegate()->setVocabulary(vocabulary);
    m_table->view()->viewport()->update();
}

void CentresDashboard::reload()
{
    QList<db::Error> errors;
    m_centres = db::ComputeAnalytics(*m_store).centres().valueOr({}, &errors);
    refillChoices();
    applyNames();
    applyFilters();
    if (!errors.isEmpty())
        reportStoreProblem(this, errors.constFirst().message);
}

void CentresDashboard::refillChoices()
{
    const auto labels = Vocabulary::labels();
    auto fill = [&](QComboBox *box, const QString &all, const QString &column, bool vocabulary) {
        const QSignalBlocker block(box);
        const QString current = box->currentData().toString();
        box->clear();
        box->addItem(all, QString());
        QStringList values;
        for (int r = 0; r < m_centres.rows.size(); ++r) {
            const QString v = m_centres.value(r, column).toString();
            if (!v.isEmpty() && !values.contains(v))
                values << v;
        }
        std::sort(values.begin(), values.end());
        for (const QString &v : std::as_const(values))
            box->addItem(vocabulary ? labels.value(v, v) : v, v);
        box->setCurrentIndex(qMax(0, box->findData(current)));
    };
    fill(m_operator, tr("All operators"), QStringLiteral("operator"), false);
    fill(m_status, tr("Any status"), QStringLiteral("status"), true);
    fill(m_ecosystem, tr("Any ecosystem"), QStringLiteral("ecosystem"), true);
}

CentresDashboard::Filter CentresDashboard::filter() const
{
    Filter f;
    f.search = m_search->text().trimmed();
    f.op = m_operator->currentData().toString();
    f.status = m_status->currentData().toString();
    f.ecosystem = m_ecosystem->currentData().toString();
    f.minCapacity = m_minCapacity->value();
    f.colourBy = m_colourBy->currentData().toString();
    f.fill = m_fill->currentData().toString();
    f.byOps = m_sizeBy->currentData().toString() == QLatin1String("ops");
    f.leaveOutInferred = m_leaveOutInferred->isChecked();
    return f;
}

bool CentresDashboard::leaveOutInferredSetting()
{
    return QSettings().value(QLatin1String(kLeaveOutInferredKey), false).toBool();
}

CentresDashboard::View CentresDashboard::compute(const db::QueryTable &centres, const Filter &filter)
{
    const QString &search = filter.search;
    const QString &op = filter.op;
    const QString &status = filter.status;
    const QString &eco = filter.ecosystem;
    const double min = filter.minCapacity;
    const QString &colourBy = filter.colourBy;
    const QString &fill = filter.fill;
    const bool byOps = filter.byOps;
    const auto labels = Vocabulary::labels();

    View view;
    view.shownRows.columns = centres.columns;
    QHash<QString, double> current, planned;
    QHash<QString, int> counts;
    QHash<QString, double> byEcosystem, byEcosystemReported;
    double totalCurrent = 0, totalPlanned = 0, totalCurrentPops = 0, totalPlannedPops = 0, currentReported = 0;
    QMap<QString, double> currentByPrecision; // PFLOPS by the precision each centre's headline is in
    QList<std::pair<double, QString>> inferredCurrent;
    QList<std::pair<double, QString>> builtNoFigure; // 已建成 without a current figure; planned, name (中原, 阳泉, 长沙 5A)
    const bool leaveOut = filter.leaveOutInferred;
    QList<std::pair<double, QString>> leftOutEcosystems; // with leaveOut: centres whose ecosystem counts as not stated
    QStringList leftOutCentres;                          // with leaveOut: centres whose capacity (or whole row) is inferred
    QStringList &unplaced = view.unplaced;
    QStringList operators;
    // Columns looked up once: by name for each value of 10,000 rows, the lookups were most of the page's load.
    QHash<QLatin1String, int> columns;
    for (const char *c : {"name", "operator", "province", "city", "location", "capacity_text", "current_pflops", "planned_pflops",
                          "capacity_precision", "current_pops", "planned_pops", "precision", "ecosystem", "status", "confidence",
                          "inferred_fields"})
        columns.insert(QLatin1String(c), centres.column(QString::fromLatin1(c)));
    for (int r = 0; r < centres.rows.size(); ++r) {
        const QVariantList &row = centres.rows[r];
        auto v = [&](const char *c) { return row.value(columns.value(QLatin1String(c), -1)); };
        const double cur = v("current_pflops").toDouble();
        const double plan = std::max(v("planned_pflops").toDouble(), cur);
        if (!op.isEmpty() && v("operator").toString() != op)
            continue;
        if (!status.isEmpty() && v("status").toString() != status)
            continue;
        if (!eco.isEmpty() && v("ecosystem").toString() != eco)
            continue;
        if (min > 0 && std::max(cur, plan) < min)
            continue;
        if (!search.isEmpty()) {
            bool hit = false;
            for (const char *c : {"name", "operator", "operator_en", "location", "province", "city", "capacity_text"})
                hit = hit || v(c).toString().contains(search, Qt::CaseInsensitive);
            // Places as the table shows them too, and cities by their English names ("Ulanqab", "Xi'an").
            hit = hit || widgets::ChinaMapView::provinceLabel(v("province").toString()).contains(search, Qt::CaseInsensitive)
                  || db::PlaceResolver::cityLabel(v("city").toString(), QLocale(QLocale::English)).contains(search, Qt::CaseInsensitive);
            if (!hit)
                continue;
        }
        // Which of the row's values are an analyst's inference (inferred_fields; none named: the whole row).
        const bool inferred = v("confidence").toString() == QLatin1String("inferred");
        const QStringList inferredFields = inferred ? v("inferred_fields").toString().split(u',', Qt::SkipEmptyParts) : QStringList();
        bool capacityInferred = inferred && inferredFields.isEmpty();
        for (const char *c : {"capacity_text", "current_pflops", "planned_pflops", "precision", "status", "name", "location", "city", "province"})
            capacityInferred = capacityInferred || (inferred && inferredFields.contains(QLatin1String(c)));
        const bool ecosystemInferred = inferred && (inferredFields.isEmpty() || inferredFields.contains(QLatin1String("ecosystem")));
        if (leaveOut && capacityInferred) {
            leftOutCentres << v("name").toString();
            continue;
        }
        const QString ecosystemCode = leaveOut && ecosystemInferred ? QString() : v("ecosystem").toString();
        if (leaveOut && ecosystemInferred && !v("ecosystem").isNull())
            leftOutEcosystems.append({cur, v("name").toString()});
        view.shown << r;
        view.shownRows.rows.append(row);
        totalCurrent += cur;
        totalPlanned += plan;
        const double curPops = v("current_pops").toDouble();
        totalCurrentPops += curPops;
        totalPlannedPops += std::max(v("planned_pops").toDouble(), curPops);
        if (cur > 0)
            currentByPrecision[v("capacity_precision").toString()] += cur;
        if (!leaveOut && ecosystemInferred && cur > 0)
            inferredCurrent.append({cur, v("name").toString()});
        if (builtWithoutCurrent(v("status").toString(), v("current_pflops"), v("current_pops")))
            builtNoFigure.append({plan, v("name").toString()});
        // Stores imported before place resolution have no city yet: resolve the written location the same way.
        auto place = db::PlaceResolver::city(v("city").toString());
        if (!place)
            place = db::PlaceResolver::resolve(v("location").toString().isEmpty() ? v("name").toString() : v("location").toString());
        if (!place) {
            unplaced << v("name").toString() + QStringLiteral(" — ") + v("location").toString();
            continue;
        }
        const QString province = place->province;
        current[province] += cur;
        planned[province] += plan;
        counts[province] += 1;
        byEcosystem[ecosystemCode] += cur;
        if (!ecosystemInferred) {
            byEcosystemReported[ecosystemCode] += cur;
            currentReported += cur;
        }
        QString category = colourBy == QLatin1String("ecosystem") ? ecosystemCode
                                                                  : v(colourBy == QLatin1String("operator") ? "operator" : "status").toString();
        if (colourBy == QLatin1String("operator") && !operators.contains(category))
            operators << category;
        view.bubbles.append({r, v("name").toString(), place->lon, place->lat, byOps ? curPops : cur,
                             byOps ? std::max(v("planned_pops").toDouble(), curPops) : plan, category, inferred && !leaveOut});
    }

    if (colourBy == QLatin1String("operator")) {
        std::sort(operators.begin(), operators.end());
        for (int i = 0; i < operators.size(); ++i)
            view.legend.append({operators[i], operators[i].isEmpty() ? tr("not stated") : operators[i],
                                operators[i].isEmpty() ? QColor(0x7F, 0x8C, 0x8D) : kPalette[i % kPalette.size()]});
        view.legendTitle = tr("Operator");
    } else {
        const bool ecosystem = colourBy == QLatin1String("ecosystem");
        for (const auto &[code, colour] : ecosystem ? kEcosystemColours : kStatusColours)
            view.legend.append({code, labels.value(code, code), colour});
        if (ecosystem)
            view.legend.append({QString(), tr("not stated"), QColor(0x7F, 0x8C, 0x8D)});
        view.legendTitle = ecosystem ? tr("Chip ecosystem") : tr("Status");
    }

    if (fill == QLatin1String("current")) {
        view.choropleth = current;
        view.choroplethTitle = tr("Current PFLOPS by province");
    } else if (fill == QLatin1String("planned")) {
        view.choropleth = planned;
        view.choroplethTitle = tr("Planned PFLOPS by province");
    }
    for (auto it = counts.constBegin(); it != counts.constEnd(); ++it)
        view.provinceTips.insert(it.key(), tr("%1: %n centre(s), current %2 PFLOPS, planned %3 PFLOPS", nullptr, it.value())
                                               .arg(it.key(), pflops(current.value(it.key())), pflops(planned.value(it.key()))));

    auto sharesOf = [&](const QHash<QString, double> &by, double total) {
        QList<std::pair<double, QString>> sorted;
        for (auto it = by.constBegin(); it != by.constEnd(); ++it)
            if (it.value() > 0)
                sorted.append({it.value(), it.key()});
        std::sort(sorted.begin(), sorted.end(), [](const auto &a, const auto &b) { return a.first > b.first; });
        QStringList shares;
        for (const auto &[value, code] : sorted)
            shares << QStringLiteral("%1 %2%").arg(code.isEmpty() ? tr("not stated") : labels.value(code, code))
                          .arg(QLocale().toString(total > 0 ? 100.0 * value / total : 0, 'f', 1));
        return shares.join(tr(", "));
    };
    // PFLOPS with the precisions they are in, OPS beside them: never one number across measures.
    QStringList precisions;
    for (auto it = currentByPrecision.constBegin(); it != currentByPrecision.constEnd(); ++it)
        precisions << QStringLiteral("%1 %2").arg(it.key().isEmpty() ? tr("unspecified") : labels.value(it.key(), it.key()), pflops(it.value()));
    QString capacity = tr("current <b>%1</b> PFLOPS (%2)").arg(pflops(totalCurrent), precisions.join(tr(", ")));
    if (totalCurrentPops > 0)
        capacity += tr(" + <b>%1</b> POPS").arg(pflops(totalCurrentPops));
    capacity += tr(" · planned <b>%1</b> PFLOPS").arg(pflops(totalPlanned));
    if (totalPlannedPops > 0)
        capacity += tr(" + <b>%1</b> POPS").arg(pflops(totalPlannedPops));
    QString text = tr("<b>%1</b> centres · %2 · by ecosystem (current PFLOPS): %3")
                       .arg(view.shown.size())
                       .arg(capacity, sharesOf(byEcosystem, totalCurrent));
    // A headline share that rests on an inferred ecosystem says so, and what it is without the inference.
    if (!inferredCurrent.isEmpty()) {
        std::sort(inferredCurrent.begin(), inferredCurrent.end(), [](const auto &a, const auto &b) { return a.first > b.first; });
        QStringList largest;
        for (int i = 0; i < std::min<int>(2, int(inferredCurrent.size())); ++i)
            largest << QStringLiteral("%1 %2 PFLOPS").arg(inferredCurrent[i].second, pflops(inferredCurrent[i].first));
        text += QStringLiteral("<br>")
                + tr("<i>Inferred</i> chip ecosystem for %n centre(s) (largest: %1). Reported only: %2", nullptr,
                     int(inferredCurrent.size()))
                      .arg(largest.join(tr(", ")), currentReported > 0 ? sharesOf(byEcosystemReported, currentReported) : tr("none"));
    }
    // What "leave out inferred values" left out, so that nobody reads the shares as the whole picture.
    if (leaveOut && (!leftOutEcosystems.isEmpty() || !leftOutCentres.isEmpty())) {
        std::sort(leftOutEcosystems.begin(), leftOutEcosystems.end(), [](const auto &a, const auto &b) { return a.first > b.first; });
        QStringList parts;
        if (!leftOutEcosystems.isEmpty()) {
            QStringList largest;
            for (int i = 0; i < std::min<int>(2, int(leftOutEcosystems.size())); ++i)
                largest << leftOutEcosystems[i].second;
            parts << tr("the inferred chip ecosystem of %n centre(s) counts as not stated (largest: %1)", nullptr,
                        int(leftOutEcosystems.size()))
                         .arg(largest.join(tr(", ")));
        }
        if (!leftOutCentres.isEmpty())
            parts << tr("%n centre(s) with an inferred capacity are left out (%1)", nullptr, int(leftOutCentres.size()))
                         .arg(leftOutCentres.mid(0, 3).join(tr(", ")) + (leftOutCentres.size() > 3 ? QStringLiteral("…") : QString()));
        text += QStringLiteral("<br>") + tr("<i>Inferred values left out</i>: %1").arg(parts.join(tr("; ")));
    }
    // Built centres the source gives no current figure for add nothing to the current total: say which.
    if (!builtNoFigure.isEmpty()) {
        // Those with a planned figure first: a built centre known only by its plan is the one to question.
        std::stable_sort(builtNoFigure.begin(), builtNoFigure.end(), [](const auto &a, const auto &b) { return a.first > b.first; });
        QStringList names;
        for (const auto &[planned, name] : std::as_const(builtNoFigure))
            names << name;
        text += QStringLiteral("<br>")
                + tr("%n operational centre(s) have no current figure in the source and are not in the current total: %1",
                     nullptr, int(names.size()))
                      .arg(names.mid(0, 4).join(tr(", ")) + (names.size() > 4 ? QStringLiteral("…") : QString()));
    }
    view.cards = text;
    return view;
}

void CentresDashboard::showOnMap(widgets::ChinaMapView *map, const View &view, const Filter &filter)
{
    // The source line names where the centres on the map came from, not every centre in the store.
    ChartCatalog::setSource(map, db::SourceCatalog::forRows(view.shownRows));
    map->setSizeUnit(filter.byOps ? QStringLiteral("POPS") : QStringLiteral("PFLOPS"));
    map->setCentres(view.bubbles);
    map->setLegend(view.legendTitle, view.legend);
    map->setChoropleth(view.choropleth, view.choroplethTitle);
    map->setProvinceTooltips(view.provinceTips);
}

void CentresDashboard::applyFilters()
{
    m_searchDelay->stop();
    const Filter f = filter();
    const View view = compute(m_centres, f);
    m_shown = view.shown;
    m_model->setTable(view.shownRows);
    showOnMap(m_map, view, f);
    m_unplaced->clear();
    m_unplaced->addItems(view.unplaced);
    // An empty "not on map (0)" box takes no room from the detail panel.
    m_unplaced->setVisible(!view.unplaced.isEmpty());
    m_unplacedTitle->setVisible(!view.unplaced.isEmpty());
    m_unplacedTitle->setText(tr("Not on map (%n)", nullptr, int(view.unplaced.size())));
    m_cards->setText(view.cards);
    if (!m_shown.contains(m_selected))
        m_selected = -1;
    showDetail(m_selected);
    m_table->fitColumns();
}

void CentresDashboard::selectCentre(qint64 id)
{
    m_selected = id;
    m_map->selectCentre(id);
    const int row = int(m_shown.indexOf(id));
    if (row >= 0) {
        m_syncing = true;
        const QModelIndex index = m_table->proxy()->mapFromSource(m_model->index(row, 0));
        m_table->view()->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        m_table->view()->scrollTo(index);
        m_syncing = false;
    }
    showDetail(id);
}

void CentresDashboard::showDetail(qint64 id)
{
    if (id < 0) {
        m_detail->setHtml(QStringLiteral("<p style='color:%1'>%2</p>")
                              .arg(widgets::PageStyle::mutedText(palette()).name(), tr("Click a bubble or a row to see a centre's details.")));
        return;
    }
    const auto labels = Vocabulary::labels();
    auto v = [&](const char *c) { return m_centres.value(int(id), QString::fromLatin1(c)); };
    auto row = [muted = widgets::PageStyle::mutedText(palette()).name()](const QString &k, const QString &val) {
        return val.isEmpty() ? QString() : QStringLiteral("<tr><td style='color:%3;padding-right:8px'>%1</td><td>%2</td></tr>").arg(k, val.toHtmlEscaped(), muted);
    };
    QString html = QStringLiteral("<h3>%1</h3><table>").arg(v("name").toString().toHtmlEscaped());
    html += row(tr("Operator"), v("operator").toString());
    html += row(tr("Location (as written)"), v("location").toString());
    html += row(tr("Placed in"), widgets::ChinaMapView::provinceLabel(v("province").toString()) + QStringLiteral(" · ")
                                     + db::PlaceResolver::cityLabel(v("city").toString()));
    html += row(tr("Placement note"), v("place_note").toString());
    html += row(tr("Status"), labels.value(v("status").toString(), v("status").toString()));
    html += row(tr("Chip ecosystem"), labels.value(v("ecosystem").toString(), v("ecosystem").toString()));
    html += row(tr("Capacity (as written)"), v("capacity_text").toString());
    html += row(tr("Capacity parsed"), labels.value(v("capacity_kind").toString(), v("capacity_kind").toString()));
    const QString precision = v("capacity_precision").toString();
    const QString at = precision.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(labels.value(precision, precision));
    html += row(tr("Current PFLOPS"), v("current_pflops").isNull() ? QString() : QLocale().toString(v("current_pflops").toDouble(), 'f', 1) + at);
    if (builtWithoutCurrent(v("status").toString(), v("current_pflops"), v("current_pops")))
        html += row(tr("Current capacity"), tr("not stated: the source lists the centre as built but gives only a planned figure"));
    html += row(tr("Planned PFLOPS"), v("planned_pflops").isNull() ? QString() : QLocale().toString(v("planned_pflops").toDouble(), 'f', 1) + at);
    html += row(tr("Current POPS"), v("current_pops").isNull() ? QString() : QLocale().toString(v("current_pops").toDouble(), 'f', 1));
    html += row(tr("Planned POPS"), v("planned_pops").isNull() ? QString() : QLocale().toString(v("planned_pops").toDouble(), 'f', 1));
    html += row(tr("Precision"), v("precision").toString());
    if (v("confidence").toString() == QLatin1String("inferred"))
        html += row(tr("Inferred"), v("confidence_note").toString());
    else if (!v("confidence").isNull())
        html += row(tr("Confidence"), labels.value(v("confidence").toString(), v("confidence").toString()));
    html += row(tr("As of"), v("as_of").isNull() ? QString() : QLocale().toString(QDate::fromString(v("as_of").toString(), Qt::ISODate), QLocale::ShortFormat));
    html += row(tr("Accelerators"), v("accelerators").isNull() ? QString() : QLocale().toString(v("accelerators").toLongLong()));
    html += row(tr("Source"), v("source").toString());
    html += QStringLiteral("</table>");
    const auto phases = db::ComputeAnalytics(*m_store).phases(v("name").toString());
    if (!phases)
        reportStoreProblem(this, phases.error().message);
    if (phases && !phases.value().rows.isEmpty()) {
        html += QStringLiteral("<p><b>%1</b></p><table>").arg(tr("Phases"));
        for (int r = 0; r < phases.value().rows.size(); ++r) {
            const auto &p = phases.value();
            // 1.14EopS → 1,140 POPS: a phase keeps its measure (a bare P is read as PFLOPS, as the reports use it).
            const bool ops = p.value(r, QStringLiteral("measure")).toString() == QLatin1String("OPS");
            html += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3 → %4 %5</td><td>%6</td></tr>")
                        .arg(p.value(r, QStringLiteral("phase")).toString() == QLatin1String("planned") ? tr("planned") : tr("current"),
                             p.value(r, QStringLiteral("label")).toString().toHtmlEscaped(),
                             p.value(r, QStringLiteral("raw")).toString().toHtmlEscaped(),
                             QLocale().toString(p.value(r, QStringLiteral("pflops")).toDouble(), 'f', 1),
                             ops ? QStringLiteral("POPS") : QStringLiteral("PFLOPS"),
                             p.value(r, QStringLiteral("precision")).toString());
        }
        html += QStringLiteral("</table>");
        const auto &p = phases.value();
        html += QStringLiteral("<p style='color:%1'>%2</p>")
                    .arg(widgets::PageStyle::mutedText(palette()).name(),
                         tr("Phases from: %1, as of %2").arg(db::SourceCatalog::shorten(p.value(0, QStringLiteral("source")).toString()).toHtmlEscaped(),
                                                             p.value(0, QStringLiteral("as_of")).toString()));
    }
    m_detail->setHtml(html);
}

void CentresDashboard::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    m_filters->setDirection(width() >= 1380 ? QBoxLayout::LeftToRight : QBoxLayout::TopToBottom);
}

void CentresDashboard::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        refillChoices();
        applyFilters();
    }
    QWidget::changeEvent(event);
}

void CentresDashboard::retranslateUi()
{
    m_heading->setText(tr("Compute centres"));
    m_search->setPlaceholderText(tr("Search name, operator, place, capacity…"));
    m_minLabel->setText(tr("Min PFLOPS:"));
    m_colourLabel->setText(tr("Colour:"));
    m_fillLabel->setText(tr("Provinces:"));
    m_reset->setText(tr("Reset view"));
    m_table->setTitle(tr("Intelligent-computing centres"));
    const QSignalBlocker b1(m_colourBy), b2(m_fill), b3(m_sizeBy);
    const int sizeIndex = qMax(0, m_sizeBy->currentIndex());
    m_sizeBy->clear();
    m_sizeBy->addItem(tr("bubbles: PFLOPS"), QStringLiteral("flops"));
    m_sizeBy->addItem(tr("bubbles: POPS"), QStringLiteral("ops"));
    m_sizeBy->setToolTip(tr("FLOPS and OPS are different measures: the map sizes bubbles by one of them"));
    m_sizeBy->setCurrentIndex(sizeIndex);
    m_leaveOutInferred->setText(tr("Leave out inferred values"));
    m_leaveOutInferred->setToolTip(tr("Totals, shares and the map count only what the sources report: an inferred chip ecosystem "
                                      "counts as not stated, a centre whose capacity is inferred is left out"));
    const int colour = qMax(0, m_colourBy->currentIndex()), fillIndex = qMax(0, m_fill->currentIndex());
    m_colourBy->clear();
    m_colourBy->addItem(tr("by status"), QStringLiteral("status"));
    m_colourBy->addItem(tr("by chip ecosystem"), QStringLiteral("ecosystem"));
    m_colourBy->addItem(tr("by operator"), QStringLiteral("operator"));
    m_colourBy->setCurrentIndex(colour);
    m_fill->clear();
    m_fill->addItem(tr("plain"), QString());
    m_fill->addItem(tr("current PFLOPS"), QStringLiteral("current"));
    m_fill->addItem(tr("planned PFLOPS"), QStringLiteral("planned"));
    m_fill->setCurrentIndex(fillIndex);
    m_model->setColumns({{QStringLiteral("name"), tr("Centre")},
                         {QStringLiteral("operator"), tr("Operator")},
                         {QStringLiteral("province"), tr("Province")},
                         {QStringLiteral("city"), tr("City")},
                         {QStringLiteral("capacity_text"), tr("Capacity (as written)")},
                         {QStringLiteral("current_pflops"), tr("Current PFLOPS")},
                         {QStringLiteral("planned_pflops"), tr("Planned PFLOPS")},
                         {QStringLiteral("status"), tr("Status")},
                         {QStringLiteral("ecosystem"), tr("Chip ecosystem")},
                         {QStringLiteral("capacity_kind"), tr("Capacity parsed")},
                         {QStringLiteral("source"), tr("Source")}});
    applyNames();
    auto *d = m_table->delegate();
    for (int c : {1, 2, 3, 7, 8, 9})
        d->setColumnFormat(c, Format::Vocabulary);
    for (int c : {5, 6})
        d->setColumnFormat(c, Format::Number);
}

} // namespace zhisuan::app
