#pragma once

#include "result.h"

#include <QWidget>

#include <functional>

class QAbstractItemModel;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
class QTimer;

namespace zhisuan::widgets {
class TableDelegate;
}

namespace zhisuan::widgets {

// A titled table with a filter box, sorting, and Copy (selection as TSV, which pastes into Excel).
class TablePanel : public QWidget
{
    Q_OBJECT
public:
    explicit TablePanel(QWidget *parent = nullptr);

    void setTitle(const QString &title);
    void setModel(QAbstractItemModel *model);
    // Sizes columns to their (formatted) contents and headers, within reason; call after headers change.
    void fitColumns();
    QTableView *view() const { return m_view; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }
    TableDelegate *delegate() const { return m_delegate; }
    // Selected cells as tab-separated lines, header first.
    QString selectionAsTsv() const;
    // Writes the rows as shown (filtered and sorted) to .csv (UTF-8 with BOM, formula-safe) or .xlsx.
    db::Result<void> exportTo(const QString &path) const;
    // The filter box waits this long after the last keystroke before filtering (Enter filters at once), so that
    // typing a word into a table of 100k rows filters once, not once per character.
    static constexpr int kFilterDelayMs = 250;

    // Where table exports go: the app hands in the folder it keeps in its settings (asked when the dialog opens) and
    // is told the folder the user chose. Without one, or while it is empty, the user's Documents folder.
    struct ExportFolder
    {
        std::function<QString()> kept;
        std::function<void(const QString &)> keep;
    };
    static void setExportFolder(ExportFolder folder);
    // The file the export dialog proposes: that folder, and the title (a "/" in it made "-") as the name, .xlsx.
    QString proposedExportPath() const;

signals:
    // The rows shown were filtered by `text` (after the typing paused, or on Enter).
    void filterApplied(const QString &text);

public slots:
    void copySelection();
    void chooseExportFile();

protected:
    void changeEvent(QEvent *event) override;

private:
    void nameForScreenReaders();
    void updateNote();
    void retranslateUi();
    void applyFilter();
    void fetchAll() const;
    // The decimals each column exports with (CSV and xlsx): its format's, else what its values need.
    QList<int> columnDecimals() const;

    QLabel *m_title;
    QLineEdit *m_filter;
    QTimer *m_filterDelay;
    QPushButton *m_export;
    QTableView *m_view;
    QLabel *m_note; // under the table: what its marks mean (NM, —), when it shows any
    QSortFilterProxyModel *m_proxy;
    TableDelegate *m_delegate;
};

} // namespace zhisuan::widgets
