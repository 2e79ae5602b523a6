#include "datatabledialog.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace zhisuan::widgets {

DataTableDialog::DataTableDialog(const QString &title, const ChartSurface::Table &table, QWidget *parent)
    : QDialog(parent), m_view(new QTableView(this))
{
    setObjectName(QStringLiteral("dataTableDialog"));
    setWindowTitle(tr("Data table: %1").arg(title));
    auto *model = new QStandardItemModel(int(table.rows.size()), int(table.columns.size()), this);
    model->setHorizontalHeaderLabels(table.columns);
    for (int r = 0; r < table.rows.size(); ++r) {
        for (int c = 0; c < table.columns.size(); ++c) {
            auto *item = new QStandardItem(table.rows[r].value(c));
            item->setEditable(false);
            model->setItem(r, c, item);
        }
    }
    m_view->setObjectName(QStringLiteral("dataTable"));
    m_view->setModel(model);
    m_view->setAccessibleName(tr("Data table: %1").arg(title));
    m_view->setTabKeyNavigation(false); // Tab leaves the table for the Close button; the arrows walk the cells
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->resizeColumnsToContents();
    if (model->rowCount() > 0)
        m_view->setCurrentIndex(model->index(0, 0));

    auto *copy = new QAction(tr("Copy"), m_view);
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetShortcut);
    connect(copy, &QAction::triggered, this, &DataTableDialog::copySelection);
    m_view->addAction(copy);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);

    auto *count = new QLabel(tr("%1 rows").arg(QLocale().toString(model->rowCount())), this);
    count->setObjectName(QStringLiteral("rowCount"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_view, 1);
    layout->addWidget(count);
    layout->addWidget(buttons);
    const int width = std::clamp(m_view->horizontalHeader()->length() + 48, 360, 900);
    resize(width, std::clamp(m_view->verticalHeader()->length() + 140, 220, 640));
    m_view->setFocus();
}

void DataTableDialog::copySelection()
{
    QModelIndexList cells = m_view->selectionModel()->selectedIndexes();
    if (cells.isEmpty() && m_view->currentIndex().isValid())
        cells << m_view->currentIndex();
    std::sort(cells.begin(), cells.end());
    QString text;
    int row = -1;
    for (const QModelIndex &cell : std::as_const(cells)) {
        if (row >= 0)
            text += cell.row() == row ? u'\t' : u'\n';
        row = cell.row();
        text += cell.data().toString();
    }
    QApplication::clipboard()->setText(text);
}

} // namespace zhisuan::widgets
