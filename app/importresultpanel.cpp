#include "importresultpanel.h"

#include "importkind.h"
#include "pagestyle.h"

#include <QColor>
#include <QEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace zhisuan::app {

namespace {

constexpr int kMaxErrorsShown = 20;
constexpr int kMaxTreeHeight = 200; // px: about eight rows, then the tree scrolls

} // namespace

ImportResultPanel::ImportResultPanel(QWidget *parent)
    : QFrame(parent), m_headline(new QLabel(this)), m_close(new QPushButton(this)), m_tree(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("importResult"));
    setFrameShape(QFrame::StyledPanel);
    m_headline->setObjectName(QStringLiteral("importHeadline"));
    m_headline->setWordWrap(true);
    m_close->setObjectName(QStringLiteral("closeImportResult"));
    m_tree->setObjectName(QStringLiteral("importOutcomes"));
    m_tree->setColumnCount(3);
    m_tree->setRootIsDecorated(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed); // as tall as its rows (fitTree), not 200 px for one
    m_tree->header()->setStretchLastSection(true);
    m_tree->header()->setSectionResizeMode(QHeaderView::Interactive);
    auto *top = new QHBoxLayout;
    top->addWidget(m_headline, 1);
    top->addWidget(m_close);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 8, 12, 8);
    layout->addLayout(top);
    layout->addWidget(m_tree);
    connect(m_close, &QPushButton::clicked, this, &QWidget::hide);
    connect(m_tree, &QTreeWidget::itemExpanded, this, &ImportResultPanel::fitTree);
    connect(m_tree, &QTreeWidget::itemCollapsed, this, &ImportResultPanel::fitTree);
    hide();
}

void ImportResultPanel::showReports(const QList<db::ImportReport> &reports, bool cancelled)
{
    m_reports = reports;
    m_cancelled = cancelled;
    fill();
    show();
}

void ImportResultPanel::fill()
{
    m_close->setText(tr("Close"));
    m_tree->setHeaderLabels({tr("File"), tr("Kind"), tr("Outcome")});
    m_tree->clear();
    int imported = 0, rejected = 0;
    const QLocale locale;
    for (const auto &r : std::as_const(m_reports)) {
        const db::ImportKind *kind = db::ImportKindRegistry::find(r.kind);
        auto *item = new QTreeWidgetItem(m_tree, {QFileInfo(r.file).fileName(), kind ? kind->displayTitle() : r.kind, QString()});
        item->setToolTip(0, r.file);
        if (r.ok()) {
            ++imported;
            item->setText(2, tr("imported: %n row(s) — %1 inserted, %2 updated, %3 unchanged", nullptr, int(r.rowsRead))
                                 .arg(locale.toString(r.inserted), locale.toString(r.updated), locale.toString(r.unchanged)));
            if (!r.updatedFields.isEmpty()) {
                auto *changed = new QTreeWidgetItem(item, {QString(), QString(),
                                                           tr("Values changed (fields the file does not have were kept):")});
                for (const QString &change : r.changeLines(kMaxErrorsShown))
                    new QTreeWidgetItem(changed, {QString(), QString(), change});
                changed->setExpanded(true);
                item->setExpanded(true);
            }
        } else if (r.cancelled) {
            item->setText(2, tr("cancelled: the file was left unimported"));
        } else {
            ++rejected;
            item->setText(2, tr("rejected, nothing was imported (%n error(s))", nullptr, int(r.errors.size())));
            item->setForeground(2, widgets::PageStyle::isDark(palette()) ? QColor(0xF0, 0x8A, 0x7A) : QColor(0xb0, 0x1e, 0x1e));
            for (const auto &e : r.errors.mid(0, kMaxErrorsShown))
                new QTreeWidgetItem(item, {QString(), QString(), e.toString()});
            if (r.errors.size() > kMaxErrorsShown)
                new QTreeWidgetItem(item, {QString(), QString(), tr("… and %n more", nullptr, int(r.errors.size() - kMaxErrorsShown))});
            item->setExpanded(true);
        }
    }
    QString headline;
    if (m_cancelled)
        headline = tr("Import cancelled. The file being imported was left unchanged; files before it were imported.");
    else if (rejected == 0)
        headline = tr("Import finished: %n file(s) imported.", nullptr, imported);
    else
        headline = tr("Import finished: %1 imported, %2 rejected.")
                       .arg(tr("%n file(s)", nullptr, imported), tr("%n file(s)", nullptr, rejected));
    m_headline->setText(QStringLiteral("<b>%1</b>").arg(headline.toHtmlEscaped()));
    m_headline->setProperty("plainText", headline);
    // Tinted by the outcome, in the palette's lightness (pale tints under light text were unreadable on a dark desktop).
    const bool dark = widgets::PageStyle::isDark(palette());
    const QString sheet = rejected > 0 ? (dark ? QStringLiteral("#importResult { background: #4a3518; border-bottom: 1px solid #8a6228; }")
                                               : QStringLiteral("#importResult { background: #fdf3e7; border-bottom: 1px solid #f0c58e; }"))
                                       : (dark ? QStringLiteral("#importResult { background: #1f3a22; border-bottom: 1px solid #3f6f44; }")
                                               : QStringLiteral("#importResult { background: #eef7ee; border-bottom: 1px solid #b7dbb7; }"));
    if (styleSheet() != sheet) // a new sheet changes the palette: set it once, or PaletteChange would come back here
        setStyleSheet(sheet);
    for (int c = 0; c < 2; ++c)
        m_tree->resizeColumnToContents(c);
    fitTree();
}

void ImportResultPanel::fitTree()
{
    // The rows shown (expanded children included), up to kMaxTreeHeight; beyond that the tree scrolls.
    int rows = 0;
    for (QTreeWidgetItem *item = m_tree->topLevelItem(0); item; item = m_tree->itemBelow(item))
        ++rows;
    const int rowHeight = m_tree->topLevelItemCount() > 0 ? m_tree->sizeHintForRow(0) : m_tree->fontMetrics().height();
    const int height = m_tree->header()->sizeHint().height() + rows * std::max(rowHeight, 1) + 2 * m_tree->frameWidth();
    m_tree->setFixedHeight(std::min(height, kMaxTreeHeight));
}

QString ImportResultPanel::headline() const
{
    return m_headline->property("plainText").toString();
}

QStringList ImportResultPanel::outcomes() const
{
    QStringList lines;
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *item = m_tree->topLevelItem(i);
        lines << item->text(0) + QStringLiteral(" — ") + item->text(2);
        for (int c = 0; c < item->childCount(); ++c)
            lines << QStringLiteral("  ") + item->child(c)->text(2);
    }
    return lines;
}

void ImportResultPanel::changeEvent(QEvent *event)
{
    if ((event->type() == QEvent::LanguageChange || event->type() == QEvent::PaletteChange) && !m_reports.isEmpty())
        fill();
    QFrame::changeEvent(event);
}

} // namespace zhisuan::app
