#include "importresultpanel.h"

#include "importkind.h"

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

namespace zhisuan::app {

namespace {

constexpr int kMaxErrorsShown = 20;

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
    m_tree->setMaximumHeight(200);
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
            item->setForeground(2, QColor(0xb0, 0x1e, 0x1e));
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
    setStyleSheet(rejected > 0 ? QStringLiteral("#importResult { background: #fdf3e7; border-bottom: 1px solid #f0c58e; }")
                               : QStringLiteral("#importResult { background: #eef7ee; border-bottom: 1px solid #b7dbb7; }"));
    for (int c = 0; c < 2; ++c)
        m_tree->resizeColumnToContents(c);
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
    if (event->type() == QEvent::LanguageChange && !m_reports.isEmpty())
        fill();
    QFrame::changeEvent(event);
}

} // namespace zhisuan::app
