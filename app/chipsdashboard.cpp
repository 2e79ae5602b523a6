#include "chipsdashboard.h"

#include "chartcatalog.h"
#include "chipscharts.h"
#include "sourcecatalog.h"
#include "pagestyle.h"
#include "storeproblem.h"

#include "computeanalytics.h"
#include "localnames.h"
#include "efficiencyscatterview.h"
#include "pageloader.h"
#include "querytablemodel.h"
#include "store.h"
#include "tabledelegate.h"
#include "tablepanel.h"
#include "vocabulary.h"

#include <QEvent>
#include <QLabel>
#include <QSplitter>
#include <QVBoxLayout>

namespace zhisuan::app {

using Format = widgets::TableDelegate::Format;

ChipsDashboard::ChipsDashboard(db::Store *store, QWidget *parent)
    : DashboardPage(QStringLiteral("chips"), parent), m_store(store), m_heading(new QLabel(this)), m_summary(new QLabel(this)), m_empty(new QLabel(this)),
      m_scatter(new widgets::EfficiencyScatterView(this)), m_model(new widgets::QueryTableModel(this)),
      m_table(new widgets::TablePanel(this))
{
    setObjectName(QStringLiteral("page-chips"));
    m_scatter->setObjectName(QStringLiteral("efficiencyScatter"));
    m_table->setObjectName(QStringLiteral("chips"));
    m_summary->setObjectName(QStringLiteral("summary"));
    widgets::PageStyle::heading(m_heading);
    widgets::PageStyle::summary(m_summary);
    widgets::PageStyle::emptyState(m_empty);
    m_table->setModel(m_model);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("chipsSplitter")); // named: the main window saves its position
    splitter->addWidget(m_scatter);
    splitter->addWidget(m_table);
    splitter->setSizes({420, 380});
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->addWidget(m_heading);
    layout->addWidget(m_summary);
    layout->addWidget(m_empty);
    layout->addWidget(splitter, 1);
    PageLoader::request(this);
}

bool ChipsDashboard::isEmpty() const
{
    return m_model->rowCount() == 0;
}

QString ChipsDashboard::summary() const
{
    return m_summary->text();
}

void ChipsDashboard::reload()
{
    db::ComputeAnalytics compute(*m_store);
    QList<db::Error> errors;
    const db::QueryTable chips = compute.chips().valueOr({}, &errors);
    const db::QueryTable efficiency = compute.chipEfficiency().valueOr({}, &errors);
    if (!errors.isEmpty())
        reportStoreProblem(this, errors.constFirst().message);
    m_view = ChipsView::compute(chips, efficiency);
    m_model->setTable(m_view.table);
    m_empty->setVisible(m_view.table.rows.isEmpty());
    m_summary->setVisible(m_view.judged > 0);
    retranslateUi();
    m_scatter->setVisible(!m_view.points.isEmpty());
    ChipsCharts::showScatter(m_scatter, m_view);
}

void ChipsDashboard::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        reload();
    QWidget::changeEvent(event);
}

void ChipsDashboard::retranslateUi()
{
    m_heading->setText(tr("Chips"));
    m_empty->setText(tr("No chips yet. Import a chip table (File ▸ Import…, Ctrl+I)."));
    m_scatter->setTitle(ChipsCharts::scatterTitle());
    m_table->setTitle(tr("AI chips"));
    m_summary->setText(m_view.summary());
    m_model->setColumns({{QStringLiteral("vendor"), tr("Vendor")},
                         {QStringLiteral("model"), tr("Chip")},
                         {QStringLiteral("region"), tr("Domestic")},
                         {QStringLiteral("use"), tr("Use")},
                         {QStringLiteral("fp16_tflops"), tr("FP16 TFLOPS")},
                         {QStringLiteral("fp16_basis"), tr("FP16 basis")},
                         {QStringLiteral("tdp_w"), tr("TDP (W)")},
                         {QStringLiteral("tflops_per_w"), tr("FP16 TFLOPS/W")},
                         {QStringLiteral("verdict"), tr("Meets the rule")},
                         {QStringLiteral("int8_tops"), tr("INT8 TOPS")},
                         {QStringLiteral("fp32_tflops"), tr("FP32 TFLOPS")},
                         {QStringLiteral("fp64_tflops"), tr("FP64 TFLOPS")},
                         {QStringLiteral("bandwidth_gbs"), tr("Bandwidth (GB/s)")},
                         {QStringLiteral("process"), tr("Process")}});
    auto *d = m_table->delegate();
    QHash<QString, QString> vocabulary = Vocabulary::labels();
    vocabulary.insert(QStringLiteral("pass"), tr("✔ meets"));
    vocabulary.insert(QStringLiteral("fail"), tr("✘ below"));
    vocabulary.insert(QStringLiteral("not_judged_sparse"), tr("— not judged (sparse FP16)"));
    vocabulary.insert(QStringLiteral("not_judged_tops"), tr("— not judged (TOPS, not FLOPS)"));
    vocabulary.insert(QStringLiteral("dense"), tr("dense"));
    vocabulary.insert(QStringLiteral("sparse"), tr("sparse"));
    vocabulary.insert(QStringLiteral("tops"), tr("TOPS (source's FP16 column)"));
    d->setVocabulary(vocabulary);
    d->setColumnFormat(2, Format::Vocabulary);
    d->setColumnFormat(3, Format::Vocabulary);
    d->setColumnFormat(5, Format::Vocabulary);
    d->setColumnFormat(8, Format::Vocabulary);
    for (int c : {4, 6, 9, 10, 11, 12})
        d->setColumnFormat(c, Format::Number);
    d->setColumnFormat(7, Format::Decimal2);
    m_table->fitColumns();
}

} // namespace zhisuan::app
