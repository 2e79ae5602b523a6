#include "securitylistdialog.h"

#include "marketanalytics.h"

#include "store.h"
#include "vocabulary.h"

#include <QCompleter>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QStringListModel>
#include <QVBoxLayout>

namespace zhisuan::app {

SecurityListDialog::SecurityListDialog(db::Store *store, const QStringList &kinds, bool withSegments, QWidget *parent)
    : QDialog(parent), m_withSegments(withSegments), m_picker(new QLineEdit(this)), m_completer(new QCompleter(this)),
      m_list(new QListWidget(this)), m_problem(new QLabel(this)), m_add(new QPushButton(tr("Add"), this)),
      m_up(new QPushButton(tr("Move up"), this)), m_down(new QPushButton(tr("Move down"), this)),
      m_remove(new QPushButton(tr("Remove"), this))
{
    setObjectName(QStringLiteral("securityListDialog"));
    m_picker->setObjectName(QStringLiteral("picker"));
    m_list->setObjectName(QStringLiteral("entries"));
    m_problem->setObjectName(QStringLiteral("problem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b01e1e;"));
    m_picker->setClearButtonEnabled(true);

    const auto securities = db::MarketAnalytics(*store).securities(kinds);
    if (!securities)
        m_readProblem = tr("The store's securities could not be read: %1").arg(securities.error().message);
    m_problem->setText(m_readProblem);
    for (const QVariantList &row : securities.valueOr({}).rows) {
        const QString code = row.value(0).toString(), stored = row.value(1).toString(),
                      name = Vocabulary::name(stored, row.value(2).toString());
        m_names.insert(code, name);
        m_choices << QStringLiteral("%1  %2").arg(name, code);
        if (name != stored) // an English name (Hundsun) is found by the name the reports print (恒生) too
            m_choices << QStringLiteral("%1  %2").arg(stored, code);
    }
    // The example is one the list holds: the benchmark picker lists indices, where "600570" (a stock) was refused.
    if (const auto first = m_names.constBegin(); first != m_names.constEnd()) {
        const QString &name = first.value(); // a part of it, as one types: 沪深 of 沪深300, SSE of SSE Composite Index
        const QString part = name.contains(u' ')                          ? name.section(u' ', 0, 0)
                             : !name.isEmpty() && name.at(0).unicode() >= 0x2e80 ? name.left(2)
                                                                                 : name;
        m_picker->setPlaceholderText(tr("Code or name, e.g. %1 or %2").arg(first.key().section(u'.', 0, 0), part));
    } else {
        m_picker->setPlaceholderText(tr("Code or name"));
    }
    m_completer->setModel(new QStringListModel(m_choices, m_completer));
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setFilterMode(Qt::MatchContains); // 恒生 and 600570 both find 恒生电子  600570.SH
    m_completer->setMaxVisibleItems(12);
    m_picker->setCompleter(m_completer);

    auto *pickRow = new QHBoxLayout;
    pickRow->addWidget(m_picker, 2);
    if (withSegments) {
        m_segment = new QLineEdit(this);
        m_segment->setObjectName(QStringLiteral("segment"));
        m_segment->setPlaceholderText(tr("Segment, e.g. 国产算力链"));
        pickRow->addWidget(m_segment, 1);
    }
    pickRow->addWidget(m_add);
    auto *side = new QVBoxLayout;
    side->addWidget(m_up);
    side->addWidget(m_down);
    side->addWidget(m_remove);
    side->addStretch(1);
    auto *listRow = new QHBoxLayout;
    listRow->addWidget(m_list, 1);
    listRow->addLayout(side);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(pickRow);
    layout->addWidget(m_problem);
    layout->addLayout(listRow, 1);
    layout->addWidget(buttons);
    resize(560, 420);

    connect(buttons, &QDialogButtonBox::accepted, this, &SecurityListDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_add, &QPushButton::clicked, this, &SecurityListDialog::addPicked);
    // Enter in the picker or the segment adds what was typed and keeps the dialog open (it closed the dialog and
    // dropped the text); the completer's popup forwards its Enter as returnPressed, past the filter.
    connect(m_picker, &QLineEdit::returnPressed, this, &SecurityListDialog::addPicked);
    m_picker->installEventFilter(this);
    if (m_segment)
        m_segment->installEventFilter(this);
    // A message answers the last thing tried: typing again, or changing the list, takes it away.
    connect(m_picker, &QLineEdit::textEdited, this, &SecurityListDialog::clearProblem);
    connect(m_list->model(), &QAbstractItemModel::rowsRemoved, this, &SecurityListDialog::clearProblem);
    connect(m_list->model(), &QAbstractItemModel::rowsMoved, this, &SecurityListDialog::clearProblem);
    connect(m_up, &QPushButton::clicked, this, [this] { moveSelected(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { moveSelected(1); });
    connect(m_remove, &QPushButton::clicked, this, &SecurityListDialog::removeSelected);
    connect(m_list, &QListWidget::currentRowChanged, this, &SecurityListDialog::updateButtons);
    m_add->setAutoDefault(false);
    updateButtons();
}

void SecurityListDialog::setEntries(const QList<Entry> &entries)
{
    m_list->clear();
    for (const Entry &e : entries)
        addEntry(e);
    updateButtons();
}

QList<SecurityListDialog::Entry> SecurityListDialog::entries() const
{
    QList<Entry> entries;
    for (int i = 0; i < m_list->count(); ++i)
        entries.append({m_list->item(i)->data(Qt::UserRole).toString(), m_list->item(i)->data(Qt::UserRole + 1).toString()});
    return entries;
}

QString SecurityListDialog::problem() const
{
    return m_problem->text();
}

void SecurityListDialog::accept()
{
    // OK with a security still in the picker takes it along; one that names nothing keeps the dialog open and says so.
    if (!m_picker->text().trimmed().isEmpty() && !addPicked())
        return;
    QDialog::accept();
}

bool SecurityListDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress && (watched == m_picker || watched == m_segment)) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if ((key == Qt::Key_Return || key == Qt::Key_Enter) && !m_picker->text().trimmed().isEmpty()) {
            addPicked();
            return true; // not the dialog's default button
        }
    }
    return QDialog::eventFilter(watched, event);
}

void SecurityListDialog::clearProblem()
{
    m_problem->setText(m_readProblem);
}

bool SecurityListDialog::addPicked()
{
    const QString text = m_picker->text().trimmed();
    if (text.isEmpty())
        return false;
    // "name  code" as completed, a code (600570.SH, or 600570 when only one exchange has it), or an exact name.
    QString code;
    const QString last = text.section(QLatin1Char(' '), -1, -1, QString::SectionSkipEmpty);
    if (m_names.contains(last))
        code = last;
    for (auto it = m_names.cbegin(); code.isEmpty() && it != m_names.cend(); ++it)
        if (it.value() == text || it.key().section(QLatin1Char('.'), 0, 0).compare(text, Qt::CaseInsensitive) == 0)
            code = it.key();
    if (code.isEmpty()) {
        m_problem->setText(tr("“%1” is not a security in the store: pick one from the list as you type.").arg(text));
        return false;
    }
    for (const Entry &e : entries())
        if (e.code == code) {
            m_problem->setText(tr("%1 is in the list already.").arg(m_names.value(code)));
            return false;
        }
    clearProblem();
    addEntry({code, m_segment ? m_segment->text().trimmed() : QString()});
    m_list->setCurrentRow(m_list->count() - 1);
    m_picker->clear();
    updateButtons();
    return true;
}

void SecurityListDialog::addEntry(const Entry &entry)
{
    const QString name = m_names.value(entry.code);
    QString text = name.isEmpty() ? entry.code : QStringLiteral("%1  %2").arg(name, entry.code);
    if (m_withSegments)
        text += QStringLiteral("  — ") + (entry.segment.isEmpty() ? tr("Other") : entry.segment);
    auto *item = new QListWidgetItem(text, m_list);
    item->setData(Qt::UserRole, entry.code);
    item->setData(Qt::UserRole + 1, entry.segment);
    if (name.isEmpty())
        item->setToolTip(tr("Not in the store's securities: it is shown once its data is imported."));
}

void SecurityListDialog::moveSelected(int by)
{
    const int row = m_list->currentRow();
    const int to = row + by;
    if (row < 0 || to < 0 || to >= m_list->count())
        return;
    QListWidgetItem *item = m_list->takeItem(row);
    m_list->insertItem(to, item);
    m_list->setCurrentRow(to);
    updateButtons();
}

void SecurityListDialog::removeSelected()
{
    delete m_list->takeItem(m_list->currentRow());
    updateButtons();
}

void SecurityListDialog::updateButtons()
{
    const int row = m_list->currentRow();
    m_up->setEnabled(row > 0);
    m_down->setEnabled(row >= 0 && row + 1 < m_list->count());
    m_remove->setEnabled(row >= 0);
}

} // namespace zhisuan::app
