#include "dateformat.h"
#include "pagestyle.h"
#include "storeproblem.h"
#include "datapage.h"

#include "filedialog.h"
#include "importkind.h"
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
#include <QColor>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QHeaderView>
#include <QLocale>
#include <QTime>
#include <QToolButton>
#include <QTreeWidget>

#include <algorithm>

namespace zhisuan::app {

namespace {

// A row heading of the store's contents: "Compute centres", 智算中心.
QString heading(const char *source)
{
    QString text = QCoreApplication::translate("ViewCatalogHeading", source);
    if (!text.isEmpty())
        text[0] = text[0].toUpper();
    return text;
}

} // namespace

DataPage::DataPage(db::Store *store, QWidget *parent)
    : DashboardPage(QStringLiteral("data"), parent), m_store(store), m_heading(new QLabel(this)), m_storePath(new QLabel(this)),
      m_import(new QPushButton(this)), m_rollback(new QPushButton(this)), m_counts(new QStandardItemModel(this)),
      m_batches(new QStandardItemModel(this)), m_countsPanel(new widgets::TablePanel(this)),
      m_batchesPanel(new widgets::TablePanel(this)), m_inboxTitle(new QLabel(this)), m_inboxFolder(new QLabel(this)),
      m_chooseInbox(new QPushButton(this)), m_stopInbox(new QPushButton(this)), m_inboxLog(new QTreeWidget(this)),
      m_inboxLogToggle(new QToolButton(this))
{
    setObjectName(QStringLiteral("page-data"));
    widgets::PageStyle::heading(m_heading);
    m_storePath->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_rollback->setObjectName(QStringLiteral("rollback"));
    m_batchesPanel->setObjectName(QStringLiteral("batches"));
    m_countsPanel->setObjectName(QStringLiteral("counts"));
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
    splitter->setObjectName(QStringLiteral("dataSplitter")); // named: the main window saves its position
    splitter->addWidget(m_countsPanel);
    splitter->addWidget(m_batchesPanel);
    splitter->setStretchFactor(1, 3);
    layout->addWidget(splitter, 1);

    // The inbox: where the terminal exports to; what arrived, what was rejected and why.
    m_inboxTitle->setObjectName(QStringLiteral("inboxTitle"));
    m_inboxFolder->setObjectName(QStringLiteral("inboxFolder"));
    m_inboxFolder->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_inboxFolder->setWordWrap(true);
    m_chooseInbox->setObjectName(QStringLiteral("chooseInbox"));
    m_stopInbox->setObjectName(QStringLiteral("stopInbox"));
    m_inboxLog->setObjectName(QStringLiteral("inboxLog"));
    m_inboxLog->setColumnCount(2);
    m_inboxLog->setRootIsDecorated(true);
    m_inboxLog->header()->setStretchLastSection(true);
    // The log is a few lines with a scroll bar, folded away until wanted: it used to take a third of the page.
    // A rejected file unfolds it (the reason must be seen); the button says how many files arrived.
    m_inboxLog->setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    m_inboxLog->setFixedHeight(m_inboxLog->header()->sizeHint().height() + 4 * (m_inboxLog->fontMetrics().height() + 6)
                               + 2 * m_inboxLog->frameWidth());
    m_inboxLog->setVisible(false);
    m_inboxLogToggle->setObjectName(QStringLiteral("inboxLogToggle"));
    m_inboxLogToggle->setCheckable(true);
    m_inboxLogToggle->setAutoRaise(true);
    m_inboxLogToggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_inboxLogToggle->setArrowType(Qt::RightArrow);
    connect(m_inboxLogToggle, &QToolButton::toggled, this, [this](bool open) {
        m_inboxLog->setVisible(open && !m_store->isReadOnly());
        m_inboxLogToggle->setArrowType(open ? Qt::DownArrow : Qt::RightArrow);
    });
    auto *inboxRow = new QHBoxLayout;
    inboxRow->addWidget(m_inboxTitle);
    inboxRow->addWidget(m_inboxFolder, 1);
    inboxRow->addWidget(m_chooseInbox);
    inboxRow->addWidget(m_stopInbox);
    inboxRow->addWidget(m_inboxLogToggle);
    layout->addLayout(inboxRow);
    layout->addWidget(m_inboxLog);
    connect(m_chooseInbox, &QPushButton::clicked, this, [this] {
        const QString folder = widgets::FileDialog::getExistingDirectory(this, tr("Inbox folder: CSV files saved here are imported"),
                                                                         m_inboxPath.isEmpty() ? QDir::homePath() : m_inboxPath);
        if (!folder.isEmpty())
            emit inboxFolderChosen(folder);
    });
    connect(m_stopInbox, &QPushButton::clicked, this, [this] { emit inboxFolderChosen(QString()); });

    connect(m_import, &QPushButton::clicked, this, &DataPage::importRequested);
    // A reader of a team store cannot import or roll back: the buttons and the inbox (which imports) are not
    // offered (issue 17).
    for (QWidget *w : std::initializer_list<QWidget *>{m_import, m_rollback, m_inboxTitle, m_inboxFolder, m_chooseInbox, m_stopInbox, m_inboxLogToggle})
        w->setVisible(!store->isReadOnly());
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
    auto counts = db::ViewCatalog::counts(*m_store);
    if (!counts)
        reportStoreProblem(this, counts.error().message);
    if (counts) {
        for (const auto &c : counts.value()) {
            // The heading form: in Chinese "智算中心", not the "个智算中心" that follows a count.
            auto *label = new QStandardItem(heading(c.heading));
            label->setData(QString::fromLatin1(c.heading), Qt::UserRole);
            auto *rows = new QStandardItem;
            rows->setData(c.rows, Qt::DisplayRole);
            m_counts->appendRow({label, rows});
        }
    }
    m_batches->removeRows(0, m_batches->rowCount());
    auto batches = db::BatchRepository::list(*m_store);
    if (!batches)
        reportStoreProblem(this, batches.error().message);
    if (batches) {
        for (const auto &b : batches.value()) {
            QList<QStandardItem *> row;
            auto *id = new QStandardItem;
            id->setData(b.id, Qt::DisplayRole);
            auto *kind = new QStandardItem(b.kind);
            kind->setData(b.kind, Qt::UserRole);
            kind->setToolTip(b.kind);
            // Stored in UTC (ISO 8601); shown in local time by retranslateUi().
            auto *when = new QStandardItem;
            when->setData(b.importedAt, Qt::UserRole);
            when->setToolTip(b.importedAt);
            auto *file = new QStandardItem(b.fileName);
            file->setToolTip(b.fileName);
            // Who imported it: the team store's login role (empty for batches from before it was recorded).
            auto *by = new QStandardItem(b.importedBy);
            by->setToolTip(b.importedBy);
            row << id << file << kind << when << by;
            for (qint64 n : {b.rowsRead, b.inserted, b.updated, b.unchanged}) {
                auto *item = new QStandardItem;
                item->setData(n, Qt::DisplayRole);
                row << item;
            }
            auto *state = new QStandardItem;
            state->setData(!b.rolledBackAt.isEmpty(), Qt::UserRole);
            row << state << new QStandardItem(b.encoding) << new QStandardItem(b.sha256.left(12));
            m_batches->appendRow(row);
        }
    }
    m_storePath->setText(tr("Store: %1").arg(m_store->path()));
    retranslateUi();
    m_countsPanel->setModel(m_counts);
    m_batchesPanel->setModel(m_batches);
    // The counts keep their Rows column in view: the names take what is left (elided), not the whole panel.
    m_countsPanel->view()->horizontalHeader()->setStretchLastSection(false);
    m_countsPanel->view()->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_countsPanel->view()->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
}

void DataPage::setInboxFolder(const QString &folder)
{
    m_inboxPath = folder;
    retranslateUi();
}

void DataPage::logInbox(const QString &line, const QStringList &errors)
{
    auto *item = new QTreeWidgetItem({DateFormat::time(QTime::currentTime()), line});
    if (!errors.isEmpty()) {
        item->setForeground(1, QColor(0xb0, 0x1e, 0x1e));
        for (const QString &e : errors)
            item->addChild(new QTreeWidgetItem({QString(), e}));
        item->setExpanded(true);
    }
    m_inboxLog->insertTopLevelItem(0, item);
    if (!errors.isEmpty())
        item->setExpanded(true);
    while (m_inboxLog->topLevelItemCount() > 200)
        delete m_inboxLog->takeTopLevelItem(m_inboxLog->topLevelItemCount() - 1);
    m_inboxLog->scrollToTop();
    if (!errors.isEmpty())
        m_inboxLogToggle->setChecked(true);
    retranslateUi();
}

bool DataPage::inboxLogOpen() const
{
    return m_inboxLog->isVisibleTo(const_cast<DataPage *>(this));
}

QStringList DataPage::inboxLog() const
{
    QStringList lines;
    for (int i = 0; i < m_inboxLog->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *item = m_inboxLog->topLevelItem(i);
        lines << item->text(1);
        for (int c = 0; c < item->childCount(); ++c)
            lines << QStringLiteral("  ") + item->child(c)->text(1);
    }
    return lines;
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
    // Each heading whole, in either language: the panel is at least as wide as its longest heading and the Rows
    // column (it elided "Reported figures (excess return…" at 1280×800).
    const QFontMetrics fm(m_countsPanel->view()->font());
    int widest = 0;
    for (int r = 0; r < m_counts->rowCount(); ++r) {
        auto *item = m_counts->item(r, 0);
        item->setText(heading(item->data(Qt::UserRole).toString().toLatin1().constData()));
        widest = std::max(widest, fm.horizontalAdvance(item->text()));
    }
    m_countsPanel->setMinimumWidth(widest + fm.horizontalAdvance(QStringLiteral("0,000,000")) + 56);
    // Kinds by their names, times in local time as every date is written (DateFormat); both follow a language switch.
    for (int r = 0; r < m_batches->rowCount(); ++r) {
        if (auto *kind = m_batches->item(r, 2)) {
            const db::ImportKind *k = db::ImportKindRegistry::find(kind->data(Qt::UserRole).toString());
            kind->setText(k ? k->displayTitle() : kind->data(Qt::UserRole).toString());
        }
        if (auto *when = m_batches->item(r, 3)) {
            when->setText(DateFormat::fromIso(when->data(Qt::UserRole).toString()));
        }
        if (auto *state = m_batches->item(r, 9))
            state->setText(state->data(Qt::UserRole).toBool() ? tr("rolled back") : tr("active"));
    }
    m_inboxTitle->setText(tr("<b>Inbox</b>"));
    m_inboxFolder->setText(m_inboxPath.isEmpty()
                               ? tr("off: choose a folder (where your terminal exports CSV files) and every CSV file saved "
                                    "there is imported once it is complete")
                               : tr("%1 — CSV files saved here are imported once they are complete").arg(m_inboxPath));
    m_chooseInbox->setText(m_inboxPath.isEmpty() ? tr("Choose inbox folder…") : tr("Change…"));
    m_stopInbox->setText(tr("Turn off"));
    m_stopInbox->setEnabled(!m_inboxPath.isEmpty());
    m_inboxLog->setHeaderLabels({tr("Time"), tr("Inbox log: what arrived")});
    m_inboxLogToggle->setText(tr("Log (%1)").arg(m_inboxLog->topLevelItemCount()));
    m_inboxLogToggle->setToolTip(tr("Show or hide what the inbox imported and rejected"));
    m_batches->setHorizontalHeaderLabels({tr("Batch"), tr("File"), tr("Kind"), tr("Imported"), tr("Imported by"), tr("Rows"),
                                          tr("Inserted"), tr("Updated"), tr("Unchanged"), tr("State"), tr("Encoding"),
                                          tr("SHA-256")});
}

} // namespace zhisuan::app
