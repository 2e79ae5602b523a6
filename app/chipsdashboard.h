#pragma once

#include "chipsview.h"

#include "dashboardpage.h"

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
class ChipsDashboard : public DashboardPage
{
    Q_OBJECT
public:
    ChipsDashboard(db::Store *store, QWidget *parent = nullptr);
    QString summary() const;
    bool isEmpty() const;

public slots:
    void reload() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    db::Store *m_store;
    ChipsView m_view; // what the page shows
    QLabel *m_heading;
    QLabel *m_summary;
    QLabel *m_empty;
    widgets::EfficiencyScatterView *m_scatter;
    widgets::QueryTableModel *m_model;
    widgets::TablePanel *m_table;
};

} // namespace zhisuan::app
