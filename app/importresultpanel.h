#pragma once

#include "importjob.h"

#include <QFrame>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace zhisuan::app {

// What an import did, file by file, in a panel above the pages (not a message box): each file with its kind and
// outcome (rows inserted, updated, unchanged, or rejected), its errors and changed fields beneath it. It stays until
// closed or the next import, and does not stop the user from looking at the data it brought in.
class ImportResultPanel : public QFrame
{
    Q_OBJECT
public:
    explicit ImportResultPanel(QWidget *parent = nullptr);

    void showReports(const QList<db::ImportReport> &reports, bool cancelled);
    // The headline and, per file, "file — outcome" (tests and the accessible description read these).
    QString headline() const;
    QStringList outcomes() const;
    QTreeWidget *tree() const { return m_tree; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void fill();
    void fitTree();

    QLabel *m_headline;
    QPushButton *m_close;
    QTreeWidget *m_tree;
    QList<db::ImportReport> m_reports;
    bool m_cancelled = false;
};

} // namespace zhisuan::app
