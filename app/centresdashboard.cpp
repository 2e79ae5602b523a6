#include "centresdashboard.h"
#include "dateformat.h"

#include "centresmap.h"
#include "settings.h"
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

#include <cmath>

#include <QCheckBox>
#include <QComboBox>
#include <QDate>
#include <QMap>
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

CentresDashboard::CentresDashboard(db::Store *store, QWidget *parent)
    : DashboardPage(QStringLiteral("centres"), parent), m_store(store), m_heading(new QLabel(this)), m_cards(new QLabel(this)), m_search(new QLineEdit(this)), m_searchDelay(new QTimer(this)),
      m_operator(new QComboBox(this)), m_status(new QComboBox(this)), m_ecosystem(new QComboBox(this)),
      m_minCapacity(new QDoubleSpinBox(this)), m_minLabel(new QLabel(this)), m_colourLabel(new QLabel(this)),
      m_colourBy(new QComboBox(this)), m_fillLabel(new QLabel(this)), m_fill(new QComboBox(this)), m_sizeBy(new QComboBox(this)), m_leaveOutInferred(new QCheckBox(this)), m_reset(new QPushButton(this)),
      m_map(new widgets::ChinaMapView(this)), m_detail(new QTextBrowser(this)), m_unplacedTitle(new QLabel(this)),
      m_unplaced(new QListWidget(this)), m_model(new widgets::QueryTableModel(this)), m_table(new widgets::TablePanel(this))
{
    nameAndShapeWidgets();
    layOutFilters();
    layOutPage();
    connectFilters();
    retranslateUi();
    PageLoader::request(this);
}

void CentresDashboard::nameAndShapeWidgets()
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
    m_sizeBy->setObjectName(QStringLiteral("sizeBy"));
    // Kept for the next start; the brief, built from this page, follows it.
    m_leaveOutInferred->setObjectName(QStringLiteral("leaveOutInferred"));
    m_leaveOutInferred->setChecked(settings::leaveOutInferred.get());
}

void CentresDashboard::layOutFilters()
{
    // What to show (search and filters), then how to draw it (colour, fill, size): one row on a wide window, two on
    // a narrower one (resizeEvent), so that no box is squeezed to "All opera…" at 1280 px.
    // No minimum widths here: they would hold the window wider than a 1280 px screen in the one-row form.
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
}

void CentresDashboard::layOutPage()
{
    auto *top = new QHBoxLayout;
    top->addWidget(m_heading);
    top->addSpacing(16);
    top->addWidget(m_cards, 1);
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
    layout->addLayout(m_filters);
    layout->addWidget(vertical, 1);
}

void CentresDashboard::connectFilters()
{
    connect(m_leaveOutInferred, &QCheckBox::toggled, this, [this](bool on) {
        settings::leaveOutInferred.set(on);
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

void CentresDashboard::applyNames()
{
    // Centres, operators, provinces and cities in the interface language where the data has an English name (阿里云 →
    // Alibaba Cloud, 广东 → Guangdong, 西安 → Xi'an); the table keeps the stored names to sort and filter by.
    QHash<QString, QString> vocabulary = Vocabulary::labels();
    for (int r = 0; r < m_centres.rows.size(); ++r) {
        const QString name = m_centres.value(r, QStringLiteral("name")).toString();
        vocabulary.insert(name, db::LocalNames::pick(name, m_centres.value(r, QStringLiteral("name_en")).toString()));
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
    // Operators by their English names on an English page (阿里云 → Alibaba Cloud), as the table names them.
    QHash<QString, QString> operators;
    for (int r = 0; r < m_centres.rows.size(); ++r)
        operators.insert(m_centres.value(r, QStringLiteral("operator")).toString(),
                         db::LocalNames::pick(m_centres.value(r, QStringLiteral("operator")).toString(),
                                              m_centres.value(r, QStringLiteral("operator_en")).toString()));
    auto fill = [&](QComboBox *box, const QString &all, const QString &column, const QHash<QString, QString> &names) {
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
            box->addItem(names.value(v, v), v);
        box->setCurrentIndex(qMax(0, box->findData(current)));
    };
    fill(m_operator, tr("All operators"), QStringLiteral("operator"), operators);
    fill(m_status, tr("Any status"), QStringLiteral("status"), labels);
    fill(m_ecosystem, tr("Any ecosystem"), QStringLiteral("ecosystem"), labels);
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

void CentresDashboard::applyFilters()
{
    m_searchDelay->stop();
    const Filter f = filter();
    const CentresView view = CentresMap::compute(m_centres, f);
    m_shown = view.shown;
    m_model->setTable(view.shownRows);
    CentresMap::show(m_map, view, f);
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
    QString html = QStringLiteral("<h3>%1</h3><table>").arg(db::LocalNames::pick(v("name").toString(), v("name_en").toString()).toHtmlEscaped());
    html += row(tr("Operator"), db::LocalNames::pick(v("operator").toString(), v("operator_en").toString()));
    html += row(tr("Location (as written)"), v("location").toString());
    html += row(tr("Placed in"), widgets::ChinaMapView::provinceLabel(v("province").toString()) + QStringLiteral(" · ")
                                     + db::PlaceResolver::cityLabel(v("city").toString()));
    html += row(tr("Placement note"), v("place_note").toString());
    html += row(tr("Status"), labels.value(v("status").toString(), v("status").toString()));
    html += row(tr("Chip ecosystem"), labels.value(v("ecosystem").toString(), v("ecosystem").toString()));
    html += row(tr("Capacity (as written)"), v("capacity_text").toString());
    html += row(tr("Capacity parsed"), labels.value(v("capacity_kind").toString(), v("capacity_kind").toString()));
    // A capacity as the source gives it: 30,000 not 30,000.0; a fraction keeps its one decimal (12.5).
    const auto capacity = [](const QVariant &value) {
        const double d = value.toDouble();
        return value.isNull() ? QString() : QLocale().toString(d, 'f', d == std::trunc(d) ? 0 : 1);
    };
    const QString precision = v("capacity_precision").toString();
    const QString at = precision.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(labels.value(precision, precision));
    html += row(tr("Current PFLOPS"), v("current_pflops").isNull() ? QString() : capacity(v("current_pflops")) + at);
    html += row(tr("Current capacity"), CentresView::currentNotStated(v("status").toString(), v("current_pflops"), v("current_pops"),
                                                                      v("planned_pflops"), v("planned_pops")));
    html += row(tr("Planned PFLOPS"), v("planned_pflops").isNull() ? QString() : capacity(v("planned_pflops")) + at);
    html += row(tr("Current POPS"), capacity(v("current_pops")));
    html += row(tr("Planned POPS"), capacity(v("planned_pops")));
    html += row(tr("Precision"), v("precision").toString());
    if (v("confidence").toString() == QLatin1String("inferred"))
        html += row(tr("Inferred"), db::LocalNames::showNote(v("confidence_note").toString()));
    else if (!v("confidence").isNull())
        html += row(tr("Confidence"), labels.value(v("confidence").toString(), v("confidence").toString()));
    html += row(tr("As of"), v("as_of").isNull() ? QString() : DateFormat::fromIso(v("as_of").toString()));
    html += row(tr("Accelerators"), v("accelerators").isNull() ? QString() : QLocale().toString(v("accelerators").toLongLong()));
    html += row(tr("Source"), db::SourceCatalog::shown(v("source").toString()));
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
                             db::LocalNames::showPhase(p.value(r, QStringLiteral("label")).toString()).toHtmlEscaped(),
                             p.value(r, QStringLiteral("raw")).toString().toHtmlEscaped(),
                             capacity(p.value(r, QStringLiteral("pflops"))),
                             ops ? QStringLiteral("POPS") : QStringLiteral("PFLOPS"),
                             p.value(r, QStringLiteral("precision")).toString());
        }
        html += QStringLiteral("</table>");
        const auto &p = phases.value();
        html += QStringLiteral("<p style='color:%1'>%2</p>")
                    .arg(widgets::PageStyle::mutedText(palette()).name(),
                         tr("Phases from: %1, as of %2").arg(db::SourceCatalog::line({db::SourceCatalog::shorten(p.value(0, QStringLiteral("source")).toString())}).toHtmlEscaped(),
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
    // Names for a screen reader (issue 29): a placeholder is no name; a label names its field.
    m_search->setAccessibleName(tr("Search centres"));
    m_minLabel->setBuddy(m_minCapacity);
    m_detail->setAccessibleName(tr("Centre details"));
    m_map->setAccessibleName(tr("Map of compute centres"));
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
    for (int c : {0, 1, 2, 3, 7, 8, 9})
        d->setColumnFormat(c, Format::Vocabulary);
    for (int c : {5, 6})
        d->setColumnFormat(c, Format::Number);
}

} // namespace zhisuan::app
