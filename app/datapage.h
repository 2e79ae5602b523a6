#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QStandardItemModel;

namespace zhisuan::db {
class Store;
}
namespace zhisuan::widgets {
class TablePanel;
}

namespace zhisuan::app {

// What is in the store (rows per entity) and where it came from (import batches, with Roll back).
class DataPage : public QWidget
{
    Q_OBJECT
public:
    DataPage(db::Store *store, QWidget *parent = nullptr);
    qint64 selectedBatch() const;

signals:
    // The store could not be read: the window says so.
    void storeProblem(const QString &message);
    void importRequested();
    void dataChanged();

public slots:
    void reload();
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
};

} // namespace zhisuan::app
