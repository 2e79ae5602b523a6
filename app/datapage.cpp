#include "pagestyle.h"
#include "datapage.h"

#include "importjob.h"
#include "pageloader.h"
#include "store.h"
#include "tablepanel.h"
#include "viewcatalog.h"

#include <QCoreApplication>
#include <QEvent>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

namespace zhisuan::app {

DataPage::DataPage(db::Store *store, QWidget *parent)
    : QWidget(parent), m_store(store), m_heading(new QLabel(this)), m_storePath(new QLabel(this)),
      m_import(new QPushButton(this)), m_rollback(new QPushButton(this)), m_counts(new QStandardItemModel(this)),
      m_batches(new QStandardItemModel(this)), m_countsPanel(new widgets::TablePanel(this)),
      m_batchesPanel(new widgets::TablePanel(this))
{
    setObjectName(QStringLiteral("page-data"));
    widgets::PageStyle::heading(m_heading);
    m_storePath->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_rollback->setObjectName(QStringLiteral("rollback"));
    m_batchesPanel->setObjectName(QStringLiteral("batches"));
    m_countsPanel->setModel(m_counts);
    m_batchesPanel->setModel(m_batches);
    m_batchesPanel->view()->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_batchesPanel->view()->setSelectionMode(QAbstractItemView::SingleSelection);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->addWidget(m_heading);
    layout->addWidget(m_storePath);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_import);
    buttons->addWidget(m_rollback);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_countsPanel);
    splitter->addWidget(m_batchesPanel);
    splitter->setStretchFactor(1, 3);
    layout->addWidget(splitter, 1);

    connect(m_import, &QPushButton::clicked, this, &DataPage::importRequested);
    connect(m_rollback, &QPushButton::clicked, this, &DataPage::rollbackSelected);
    PageLoader::request(this);
    retranslateUi();
}

qint64 DataPage::selectedBatch() const
{
    const auto rows = m_batchesPanel->view()->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return -1;
    return rows.first().data(Qt::EditRole).toLongLong();
}

void DataPage::reload()
{
    m_counts->removeRows(0, m_counts->rowCount());
    if (auto counts = db::ViewCatalog::counts(*m_store)) {
        for (const auto &c : counts.value()) {
            auto *label = new QStandardItem(QCoreApplication::translate("ViewCatalog", c.label));
            label->setData(QString::fromLatin1(c.label), Qt::UserRole);
            auto *rows = new QStandardItem;
            rows->setData(c.rows, Qt::DisplayRole);
            m_counts->appendRow({label, rows});
        }
    }
    m_batches->removeRows(0, m_batches->rowCount());
    if (auto batches = db::BatchRepository::list(*m_store)) {
        for (const auto &b : batches.value()) {
            QList<QStandardItem *> row;
            auto *id = new QStandardItem;
            id->setData(b.id, Qt::DisplayRole);
            row << id << new QStandardItem(b.fileName) << new QStandardItem(b.kind)
                << new QStandardItem(b.importedAt.left(19).replace(QLatin1Char('T'), QLatin1Char(' ')));
            for (qint64 n : {b.rowsRead, b.inserted, b.updated, b.unchanged}) {
                auto *item = new QStandardItem;
                item->setData(n, Qt::DisplayRole);
                row << item;
            }
            row << new QStandardItem(b.rolledBackAt.isEmpty() ? tr("active") : tr("rolled back"))
                << new QStandardItem(b.encoding) << new QStandardItem(b.sha256.left(12));
            m_batches->appendRow(row);
        }
    }
    m_storePath->setText(tr("Store: %1").arg(m_store->path()));
    retranslateUi();
    m_countsPanel->setModel(m_counts);
    m_batchesPanel->setModel(m_batches);
}

void DataPage::rollbackSelected()
{
    const qint64 batch = selectedBatch();
    if (batch < 0) {
        QMessageBox::information(this, tr("Roll back"), tr("Select an import batch first."));
        return;
    }
    if (QMessageBox::question(this, tr("Roll back"),
                              tr("Roll back import batch %1? Rows it added are deleted and rows it changed get "
                                 "their previous values back.")
                                  .arg(batch))
        != QMessageBox::Yes)
        return;
    if (auto r = db::BatchRepository::rollback(*m_store, batch); !r) {
        QMessageBox::warning(this, tr("Roll back"), r.error().message);
        return;
    }
    reload();
    emit dataChanged();
}

void DataPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void DataPage::retranslateUi()
{
    m_heading->setText(tr("Data"));
    m_import->setText(tr("Import…"));
    m_rollback->setText(tr("Roll back batch"));
    m_countsPanel->setTitle(tr("In the store"));
    m_batchesPanel->setTitle(tr("Import batches"));
    m_storePath->setText(tr("Store: %1").arg(m_store->path()));
    m_counts->setHorizontalHeaderLabels({tr("What"), tr("Rows")});
    for (int r = 0; r < m_counts->rowCount(); ++r) {
        auto *item = m_counts->item(r, 0);
        item->setText(QCoreApplication::translate("ViewCatalog", item->data(Qt::UserRole).toString().toLatin1().constData()));
    }
    m_batches->setHorizontalHeaderLabels({tr("Batch"), tr("File"), tr("Kind"), tr("Imported (UTC)"), tr("Rows"),
                                          tr("Inserted"), tr("Updated"), tr("Unchanged"), tr("State"), tr("Encoding"),
                                          tr("SHA-256")});
}

} // namespace zhisuan::app
