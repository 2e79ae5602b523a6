#include "tablepanel.h"

#include "tabledelegate.h"

#include "csvwriter.h"

#include <xlsxwriter.h>

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QFile>
#include <QDir>
#include <QFileInfo>
#include "filedialog.h"

#include <QFileDialog>
#include <QMessageBox>
#include <QPushButton>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace zhisuan::widgets {

TablePanel::TablePanel(QWidget *parent)
    : QWidget(parent), m_title(new QLabel(this)), m_filter(new QLineEdit(this)), m_filterDelay(new QTimer(this)), m_export(new QPushButton(this)),
      m_view(new QTableView(this)), m_note(new QLabel(this)),
      m_proxy(new QSortFilterProxyModel(this)), m_delegate(new TableDelegate(this))
{
    m_view->setItemDelegate(m_delegate);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    m_title->setFont(titleFont);
    m_filter->setClearButtonEnabled(true);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setSortRole(Qt::EditRole);
    m_view->setModel(m_proxy);
    // Keep the order the data comes in (returns sorted, newest first …) until the user clicks a header.
    m_view->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_view->setSortingEnabled(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->verticalHeader()->setVisible(false);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setWordWrap(false);
    m_view->setTabKeyNavigation(false); // Tab moves on to the next control, never round the cells (issue 29)

    auto *copy = new QAction(this);
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(copy, &QAction::triggered, this, &TablePanel::copySelection);
    m_view->addAction(copy);
    m_filterDelay->setSingleShot(true);
    m_filterDelay->setInterval(kFilterDelayMs);
    connect(m_filter, &QLineEdit::textChanged, m_filterDelay, qOverload<>(&QTimer::start));
    connect(m_filterDelay, &QTimer::timeout, this, &TablePanel::applyFilter);
    connect(m_filter, &QLineEdit::returnPressed, this, &TablePanel::applyFilter);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *top = new QHBoxLayout;
    top->addWidget(m_title, 1);
    top->addWidget(m_filter);
    top->addWidget(m_export);
    connect(m_export, &QPushButton::clicked, this, &TablePanel::chooseExportFile);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);
    m_note->setObjectName(QStringLiteral("tableNote"));
    m_note->setWordWrap(true);
    m_note->setVisible(false);
    layout->addWidget(m_note);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &TablePanel::updateNote);
    retranslateUi();
}

void TablePanel::applyFilter()
{
    m_filterDelay->stop();
    if (!m_filter->text().isEmpty())
        fetchAll();
    m_proxy->setFilterFixedString(m_filter->text());
    emit filterApplied(m_filter->text());
}

void TablePanel::setTitle(const QString &title)
{
    m_title->setText(title);
    nameForScreenReaders();
}

// The table and its filter box by the panel's title (issue 29): the title is a heading, not a buddy.
void TablePanel::nameForScreenReaders()
{
    m_view->setAccessibleName(m_title->text());
    m_filter->setAccessibleName(tr("Filter %1").arg(m_title->text()));
}

void TablePanel::setModel(QAbstractItemModel *model)
{
    m_proxy->setSourceModel(model);
    fitColumns();
}

void TablePanel::updateNote()
{
    m_note->setText(m_delegate->multiplesNote(*m_proxy, m_view->locale()));
    m_note->setVisible(!m_note->text().isEmpty());
}

void TablePanel::fitColumns()
{
    updateNote(); // the columns' formats are set by now
    m_view->resizeColumnsToContents();
    for (int c = 0; c < m_view->horizontalHeader()->count(); ++c)
        m_view->setColumnWidth(c, std::min(m_view->columnWidth(c) + 8, 360));
}

QString TablePanel::selectionAsTsv() const
{
    QModelIndexList cells = m_view->selectionModel() ? m_view->selectionModel()->selectedIndexes() : QModelIndexList();
    if (cells.isEmpty())
        return {};
    std::sort(cells.begin(), cells.end(), [](const QModelIndex &a, const QModelIndex &b) {
        return a.row() != b.row() ? a.row() < b.row() : a.column() < b.column();
    });
    int minCol = cells.first().column(), maxCol = minCol;
    for (const QModelIndex &i : cells) {
        minCol = std::min(minCol, i.column());
        maxCol = std::max(maxCol, i.column());
    }
    auto clean = [](QString s) { return s.replace(QLatin1Char('\t'), QLatin1Char(' ')).replace(QLatin1Char('\n'), QLatin1Char(' ')); };
    QStringList lines;
    QStringList header;
    for (int c = minCol; c <= maxCol; ++c)
        header << clean(m_proxy->headerData(c, Qt::Horizontal).toString());
    lines << header.join(QLatin1Char('\t'));
    int row = -1;
    QStringList line;
    for (const QModelIndex &i : std::as_const(cells)) {
        if (i.row() != row) {
            if (row >= 0)
                lines << line.join(QLatin1Char('\t'));
            row = i.row();
            line = QStringList(maxCol - minCol + 1, QString());
        }
        line[i.column() - minCol] = clean(m_delegate->text(i, m_view->locale()));
    }
    lines << line.join(QLatin1Char('\t'));
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

void TablePanel::copySelection()
{
    const QString tsv = selectionAsTsv();
    if (!tsv.isEmpty())
        QApplication::clipboard()->setText(tsv);
}

void TablePanel::fetchAll() const
{
    // A model that reads its rows a chunk at a time (QueryTableModel::setFetcher): a filter or an export is about
    // all rows, not the ones scrolled to so far.
    while (m_proxy->sourceModel() && m_proxy->sourceModel()->canFetchMore({}))
        m_proxy->sourceModel()->fetchMore({});
}

QList<int> TablePanel::columnDecimals() const
{
    // Each column with its own precision (issue 29: 160.00 visits): returns and prices with two decimals, whole
    // counts and multiples as integers, any other number with as many decimals as its values have, up to two.
    const int rows = m_proxy->rowCount(), columns = m_proxy->columnCount();
    QList<QVariantList> data(rows);
    for (int r = 0; r < rows; ++r)
        for (int c = 0; c < columns; ++c)
            data[r] << m_proxy->index(r, c).data(Qt::EditRole);
    QList<int> places = db::CsvWriter::columnDecimals(QStringList(columns, QString()), data);
    for (int c = 0; c < columns; ++c) {
        switch (m_delegate->columnFormat(c)) {
        case TableDelegate::Format::Decimal2:
        case TableDelegate::Format::Change:
            places[c] = 2;
            break;
        case TableDelegate::Format::Integer:
        case TableDelegate::Format::Multiple:
            places[c] = 0;
            break;
        default:
            break;
        }
    }
    return places;
}

db::Result<void> TablePanel::exportTo(const QString &path) const
{
    fetchAll();
    const int rows = m_proxy->rowCount();
    const int columns = m_proxy->columnCount();
    // Vocabulary cells export as shown ("已建成"); numbers stay numbers.
    auto cell = [&](int r, int c) -> QVariant {
        const QVariant raw = m_proxy->index(r, c).data(Qt::EditRole);
        if (m_delegate->columnFormat(c) == TableDelegate::Format::Vocabulary)
            return m_delegate->text(c, raw, m_view->locale());
        return raw;
    };
    const QList<int> places = columnDecimals();
    if (path.endsWith(QLatin1String(".xlsx"), Qt::CaseInsensitive)) {
        const QByteArray file = QFile::encodeName(path);
        lxw_workbook *workbook = workbook_new(file.constData());
        if (!workbook)
            return db::Error{QStringLiteral("io"), tr("Cannot create %1").arg(path), path};
        lxw_worksheet *sheet = workbook_add_worksheet(workbook, nullptr);
        lxw_format *bold = workbook_add_format(workbook);
        format_set_bold(bold);
        lxw_format *decimals[3] = {workbook_add_format(workbook), workbook_add_format(workbook), workbook_add_format(workbook)};
        format_set_num_format(decimals[0], "#,##0");
        format_set_num_format(decimals[1], "#,##0.0");
        format_set_num_format(decimals[2], "#,##0.00");
        for (int c = 0; c < columns; ++c)
            worksheet_write_string(sheet, 0, lxw_col_t(c), m_proxy->headerData(c, Qt::Horizontal).toString().toUtf8().constData(), bold);
        for (int r = 0; r < rows; ++r) {
            for (int c = 0; c < columns; ++c) {
                const QVariant v = cell(r, c);
                if (v.isNull() || !v.isValid())
                    continue;
                if (v.typeId() == QMetaType::Double)
                    worksheet_write_number(sheet, lxw_row_t(r + 1), lxw_col_t(c), v.toDouble(), decimals[std::clamp(places.value(c, 2), 0, 2)]);
                else if (v.typeId() == QMetaType::Int || v.typeId() == QMetaType::LongLong)
                    worksheet_write_number(sheet, lxw_row_t(r + 1), lxw_col_t(c), v.toDouble(), nullptr);
                else
                    worksheet_write_string(sheet, lxw_row_t(r + 1), lxw_col_t(c), v.toString().toUtf8().constData(), nullptr);
            }
        }
        if (workbook_close(workbook) != LXW_NO_ERROR)
            return db::Error{QStringLiteral("io"), tr("Cannot write %1").arg(path), path};
        return {};
    }
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return db::Error{QStringLiteral("io"), tr("Cannot write %1: %2").arg(path, f.errorString()), path};
    QString text;
    QStringList header;
    for (int c = 0; c < columns; ++c)
        header << m_proxy->headerData(c, Qt::Horizontal).toString();
    text += db::CsvWriter::line(header) + QStringLiteral("\r\n");
    for (int r = 0; r < rows; ++r) {
        QVariantList line;
        for (int c = 0; c < columns; ++c)
            line << cell(r, c);
        text += db::CsvWriter::line(line, places) + QStringLiteral("\r\n");
    }
    f.write(db::CsvWriter::bom());
    f.write(text.toUtf8());
    if (f.error() != QFileDevice::NoError)
        return db::Error{QStringLiteral("io"), tr("Cannot write %1: %2").arg(path, f.errorString()), path};
    return {};
}

namespace {
TablePanel::ExportFolder &exportFolder()
{
    static TablePanel::ExportFolder folder;
    return folder;
}
} // namespace

void TablePanel::setExportFolder(ExportFolder folder)
{
    exportFolder() = std::move(folder);
}

QString TablePanel::proposedExportPath() const
{
    const QString kept = exportFolder().kept ? exportFolder().kept() : QString();
    QString name = m_title->text();
    name.replace(QLatin1Char('/'), QLatin1Char('-'));
    if (name.trimmed().isEmpty())
        name = tr("Table");
    return QDir(FileDialog::folderOrDocuments(kept)).filePath(name + QStringLiteral(".xlsx"));
}

void TablePanel::chooseExportFile()
{
    const QString path = FileDialog::getSaveFileName(this, tr("Export table"), proposedExportPath(),
                                                      tr("Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)"));
    if (path.isEmpty())
        return;
    if (exportFolder().keep)
        exportFolder().keep(QFileInfo(path).absolutePath());
    if (const auto exported = exportTo(path); !exported)
        QMessageBox::warning(this, tr("Export table"), exported.error().message);
}

void TablePanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void TablePanel::retranslateUi()
{
    m_filter->setPlaceholderText(tr("Filter…"));
    m_export->setText(tr("Export…"));
    m_export->setToolTip(tr("Save the rows shown as Excel (.xlsx) or CSV"));
    nameForScreenReaders();
}

} // namespace zhisuan::widgets
