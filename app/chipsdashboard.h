#pragma once

#include <QWidget>

class QLabel;

namespace zhisuan::db {
class Store;
}
namespace zhisuan::widgets {
class EfficiencyScatterView;
class QueryTableModel;
class TablePanel;
} // namespace zhisuan::widgets

namespace zhisuan::app {

// AI chips: FP16 energy efficiency against the policy threshold in the store (the 领跑者 rule: 0.5 TFLOPS/W),
// as a scatter of FP16 TFLOPS against TDP with the threshold line, and the full specification table.
class ChipsDashboard : public QWidget
{
    Q_OBJECT
public:
    ChipsDashboard(db::Store *store, QWidget *parent = nullptr);
    QString summary() const;
    bool isEmpty() const;

signals:
    // Part of the page could not be read from the store (the page shows what it could): the window says so.
    void storeProblem(const QString &message);

public slots:
    void reload();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    db::Store *m_store;
    QLabel *m_heading;
    QLabel *m_summary;
    QLabel *m_empty;
    widgets::EfficiencyScatterView *m_scatter;
    widgets::QueryTableModel *m_model;
    widgets::TablePanel *m_table;
};

} // namespace zhisuan::app
