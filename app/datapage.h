#pragma once

#include "dashboardpage.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QStandardItemModel;
class QToolButton;
class QTreeWidget;

namespace zhisuan::db {
class Store;
}
namespace zhisuan::widgets {
class TablePanel;
}

namespace zhisuan::app {

// What is in the store (rows per entity) and where it came from (import batches, with Roll back).
class DataPage : public DashboardPage
{
    Q_OBJECT
public:
    DataPage(db::Store *store, QWidget *parent = nullptr);
    qint64 selectedBatch() const;
    // The inbox: the folder watched ("" when off) and its log, newest first; rejected files with their errors.
    void setInboxFolder(const QString &folder);
    void logInbox(const QString &line, const QStringList &errors = {});
    QStringList inboxLog() const;
    bool inboxLogOpen() const; // the log is folded away until asked for or a file is rejected

signals:
    void importRequested();
    void dataChanged();
    // The user chose an inbox folder ("" turns the inbox off).
    void inboxFolderChosen(const QString &folder);

public slots:
    void reload() override;
    void rollbackSelected();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    db::Store *m_store;
    QLabel *m_heading;
    QLabel *m_storePath;
    QPushButton *m_import;
    QPushButton *m_rollback;
    QStandardItemModel *m_counts;
    QStandardItemModel *m_batches;
    widgets::TablePanel *m_countsPanel;
    widgets::TablePanel *m_batchesPanel;
    QLabel *m_inboxTitle;
    QLabel *m_inboxFolder;
    QPushButton *m_chooseInbox;
    QPushButton *m_stopInbox;
    QTreeWidget *m_inboxLog;
    QToolButton *m_inboxLogToggle;
    QString m_inboxPath;
};

} // namespace zhisuan::app
