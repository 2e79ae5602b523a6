#include "pagestyle.h"
#include "dashboardpage.h"

#include "store.h"
#include "tabledelegate.h"
#include "tablepanel.h"
#include "viewcatalog.h"
#include "vocabulary.h"

#include <QCoreApplication>
#include <QEvent>
#include <QLabel>
#include <QSplitter>
#include <QSqlQuery>
#include <QSqlQueryModel>
#include <QTableView>
#include <QVBoxLayout>

namespace zhisuan::app {

DashboardPage::DashboardPage(const QString &id, db::Store *store, QWidget *parent)
    : QWidget(parent), m_id(id), m_store(store), m_heading(new QLabel(this)), m_intro(new QLabel(this)),
      m_empty(new QLabel(this))
{
    setObjectName(QStringLiteral("page-") + id);
    widgets::PageStyle::heading(m_heading);
    m_intro->setWordWrap(true);
    m_intro->setStyleSheet(QStringLiteral("color: #5f6b7a;"));
    widgets::PageStyle::emptyState(m_empty);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->addWidget(m_heading);
    layout->addWidget(m_intro);
    layout->addWidget(m_empty);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    for (const auto &table : db::ViewCatalog::tablesFor(id)) {
        auto *panel = new widgets::TablePanel(splitter);
        panel->setObjectName(table.id);
        auto *model = new QSqlQueryModel(panel);
        panel->setModel(model);
        using Format = widgets::TableDelegate::Format;
        static const QHash<QString, Format> formats{{QStringLiteral("dec2"), Format::Decimal2},
                                                    {QStringLiteral("num"), Format::Number},
                                                    {QStringLiteral("int"), Format::Integer},
                                                    {QStringLiteral("change"), Format::Change},
                                                    {QStringLiteral("vocab"), Format::Vocabulary}};
        for (int c = 0; c < table.formats.size(); ++c)
            panel->delegate()->setColumnFormat(c, formats.value(QString::fromLatin1(table.formats[c]), Format::Text));
        splitter->addWidget(panel);
        m_models.append(model);
        m_panels.append(panel);
    }
    layout->addWidget(splitter, 1);
    reload();
    retranslateUi();
}

QString DashboardPage::title() const
{
    if (m_id == QLatin1String("market"))
        return tr("Market");
    if (m_id == QLatin1String("centres"))
        return tr("Compute centres");
    if (m_id == QLatin1String("models"))
        return tr("Models & apps");
    if (m_id == QLatin1String("chips"))
        return tr("Chips");
    return m_id;
}

bool DashboardPage::isEmpty() const
{
    for (const auto *m : m_models)
        if (m->rowCount() > 0)
            return false;
    return true;
}

void DashboardPage::reload()
{
    const auto tables = db::ViewCatalog::tablesFor(m_id);
    for (int i = 0; i < m_models.size() && i < tables.size(); ++i) {
        m_models[i]->setQuery(QSqlQuery(tables[i].sql, m_store->database()));
        while (m_models[i]->canFetchMore())
            m_models[i]->fetchMore();
        m_panels[i]->setModel(m_models[i]);
    }
    const bool empty = isEmpty();
    m_empty->setVisible(empty);
    for (auto *p : std::as_const(m_panels))
        p->setVisible(!empty);
    retranslateUi();
}

void DashboardPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void DashboardPage::retranslateUi()
{
    m_heading->setText(title());
    if (m_id == QLatin1String("market")) {
        m_intro->setText(tr("Weekly index, industry and stock returns, top movers and lockup expiries."));
        m_empty->setText(tr("No market data yet. Import weekly returns or daily quotes exported from Wind or iFinD "
                            "(File ▸ Import…, Ctrl+I)."));
    } else if (m_id == QLatin1String("centres")) {
        m_intro->setText(tr("Intelligent-computing centres: operator, location, capacity as written and in PFLOPS, status."));
        m_empty->setText(tr("No compute centres yet. Import a centre table (File ▸ Import…, Ctrl+I)."));
    } else if (m_id == QLatin1String("models")) {
        m_intro->setText(tr("Model releases, benchmark scores and API prices."));
        m_empty->setText(tr("No models yet. Import releases, benchmark tables or API prices (File ▸ Import…, Ctrl+I)."));
    } else if (m_id == QLatin1String("chips")) {
        m_intro->setText(tr("AI-chip specifications and FP16 energy efficiency (TFLOPS per watt)."));
        m_empty->setText(tr("No chips yet. Import a chip table (File ▸ Import…, Ctrl+I)."));
    }
    const auto tables = db::ViewCatalog::tablesFor(m_id);
    for (int i = 0; i < m_models.size() && i < tables.size(); ++i) {
        m_panels[i]->delegate()->setVocabulary(Vocabulary::labels());
        m_panels[i]->view()->viewport()->update();
        m_panels[i]->setTitle(QCoreApplication::translate("ViewCatalog", tables[i].title));
        for (int c = 0; c < tables[i].headers.size(); ++c)
            m_models[i]->setHeaderData(c, Qt::Horizontal, QCoreApplication::translate("ViewCatalog", tables[i].headers[c]));
        m_panels[i]->fitColumns();
    }
}

} // namespace zhisuan::app
