#include "chipsdashboard.h"

#include "chartcatalog.h"
#include "sourcecatalog.h"
#include "pagestyle.h"
#include "storeproblem.h"

#include "computeanalytics.h"
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
    : QWidget(parent), m_store(store), m_heading(new QLabel(this)), m_summary(new QLabel(this)), m_empty(new QLabel(this)),
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
    // The first threshold in the store is the one drawn and judged against (the 领跑者 rule in the starter data).
    const QString rule = efficiency.rows.isEmpty() ? QString() : efficiency.value(0, QStringLiteral("threshold")).toString();
    const double threshold = efficiency.rows.isEmpty() ? 0 : efficiency.value(0, QStringLiteral("threshold_tflops_per_w")).toDouble();
    QHash<QString, std::pair<QVariant, QVariant>> verdicts; // vendor/model -> efficiency, verdict
    for (int r = 0; r < efficiency.rows.size(); ++r)
        if (efficiency.value(r, QStringLiteral("threshold")).toString() == rule)
            verdicts.insert(efficiency.value(r, QStringLiteral("vendor")).toString() + QLatin1Char('/') + efficiency.value(r, QStringLiteral("model")).toString(),
                            {efficiency.value(r, QStringLiteral("tflops_per_w")), efficiency.value(r, QStringLiteral("verdict"))});
    db::QueryTable table{{QStringLiteral("vendor"), QStringLiteral("model"), QStringLiteral("region"), QStringLiteral("use"),
                          QStringLiteral("fp16_tflops"), QStringLiteral("fp16_basis"), QStringLiteral("tdp_w"), QStringLiteral("tflops_per_w"),
                          QStringLiteral("verdict"), QStringLiteral("int8_tops"), QStringLiteral("fp32_tflops"),
                          QStringLiteral("fp64_tflops"), QStringLiteral("bandwidth_gbs"), QStringLiteral("process"),
                          // not shown: the table hatches an inferred value and gives the reason (issue 15)
                          QStringLiteral("confidence"), QStringLiteral("confidence_note"), QStringLiteral("inferred_fields")},
                         {}};
    QList<widgets::EfficiencyScatterView::Chip> points;
    int pass = 0, judged = 0;
    QStringList notJudged;
    QStringList drawnSources; // of the chips on the scatter: its source line names them, not the whole table
    for (int r = 0; r < chips.rows.size(); ++r) {
        const QString key = chips.value(r, QStringLiteral("vendor")).toString() + QLatin1Char('/') + chips.value(r, QStringLiteral("model")).toString();
        const auto v = verdicts.value(key);
        const bool domestic = chips.value(r, QStringLiteral("domestic")).toInt() == 1;
        table.rows.append({chips.value(r, QStringLiteral("vendor")), chips.value(r, QStringLiteral("model")),
                           domestic ? QStringLiteral("domestic") : QStringLiteral("overseas"), chips.value(r, QStringLiteral("use")),
                           chips.value(r, QStringLiteral("fp16_tflops")), chips.value(r, QStringLiteral("fp16_basis")),
                           chips.value(r, QStringLiteral("tdp_w")),
                           v.second.toString().startsWith(QLatin1String("not_judged")) ? QVariant() : v.first, v.second,
                           chips.value(r, QStringLiteral("int8_tops")), chips.value(r, QStringLiteral("fp32_tflops")),
                           chips.value(r, QStringLiteral("fp64_tflops")), chips.value(r, QStringLiteral("bandwidth_gbs")),
                           chips.value(r, QStringLiteral("process")), chips.value(r, QStringLiteral("confidence")),
                           chips.value(r, QStringLiteral("confidence_note")), chips.value(r, QStringLiteral("inferred_fields"))});
        // Sparse FP16 (H100) and TOPS printed in the FP16 column (昇腾310) are shown but not judged or drawn.
        if (v.second.toString().startsWith(QLatin1String("not_judged")))
            notJudged << chips.value(r, QStringLiteral("model")).toString();
        else if (!v.second.isNull()) {
            ++judged;
            pass += v.second.toString() == QLatin1String("pass") ? 1 : 0;
            points.append({chips.value(r, QStringLiteral("model")).toString(), chips.value(r, QStringLiteral("tdp_w")).toDouble(),
                           chips.value(r, QStringLiteral("fp16_tflops")).toDouble(), domestic});
            drawnSources << chips.value(r, QStringLiteral("source")).toString();
        }
    }
    m_model->setTable(table);
    ChartCatalog::setSource(m_scatter, db::SourceCatalog::forSources(drawnSources));
    m_scatter->setProperty("threshold", threshold);
    m_scatter->setProperty("rule", rule);
    m_scatter->setProperty("judged", judged);
    m_scatter->setProperty("pass", pass);
    m_scatter->setProperty("notJudged", notJudged);
    m_scatter->setVisible(!points.isEmpty());
    m_empty->setVisible(table.rows.isEmpty());
    m_summary->setVisible(judged > 0);
    retranslateUi();
    m_scatter->setChips(points, threshold, tr("%1: %2 TFLOPS/W").arg(Vocabulary::name(rule), QLocale().toString(threshold, 'f', 2)),
                        tr("Domestic"), tr("Overseas"), tr("TDP (W)"), tr("FP16 (TFLOPS)"));
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
    m_scatter->setTitle(tr("FP16 compute against power, with the energy-efficiency threshold"));
    m_table->setTitle(tr("AI chips"));
    const int judged = m_scatter->property("judged").toInt();
    m_summary->setText(tr("%1 of %2 chips with FP16 and TDP figures meet %3 (FP16 at least %4 TFLOPS per watt); "
                          "below the line they do not.")
                           .arg(m_scatter->property("pass").toInt())
                           .arg(judged)
                           .arg(Vocabulary::name(m_scatter->property("rule").toString()),
                                QLocale().toString(m_scatter->property("threshold").toDouble(), 'f', 2))
                       + QLatin1Char(' ')
                       + (m_scatter->property("notJudged").toStringList().isEmpty()
                              ? QString()
                              : tr("Not judged, because their FP16 figure is sparse or in TOPS: %1.")
                                    .arg(m_scatter->property("notJudged").toStringList().join(tr(", ")))));
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
    d->setColumnFormat(5, Format::Vocabulary);
    d->setColumnFormat(8, Format::Vocabulary);
    for (int c : {4, 6, 9, 10, 11, 12})
        d->setColumnFormat(c, Format::Number);
    d->setColumnFormat(7, Format::Decimal2);
    m_table->fitColumns();
}

} // namespace zhisuan::app
