#pragma once

#include "centresview.h"
#include "chinamapview.h"
#include "querytable.h"

#include "dashboardpage.h"

#include <QWidget>

class QBoxLayout;
class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTextBrowser;
class QTimer;

namespace zhisuan::db {
class Store;
}
namespace zhisuan::widgets {
class QueryTableModel;
class TablePanel;
} // namespace zhisuan::widgets

namespace zhisuan::app {

// Intelligent-computing centres on a map of China: bubbles by capacity coloured by status, operator or chip
// ecosystem, an optional province choropleth, filters, summary cards, the centres that could not be placed,
// and a table and detail panel that follow the selection both ways.
class CentresDashboard : public DashboardPage
{
    Q_OBJECT
public:
    CentresDashboard(db::Store *store, QWidget *parent = nullptr);

    using Filter = CentresView::Filter;

    widgets::ChinaMapView *map() const { return m_map; }
    QList<qint64> shownCentres() const { return m_shown; } // ids (rows of the centre table) after filtering
    QString centreName(qint64 id) const;
    qint64 selectedCentre() const { return m_selected; }
    QString detailText() const;
    QStringList unplaced() const;
    QString cardsText() const;
    Filter filter() const; // the page's current one
    bool isEmpty() const { return m_centres.rows.isEmpty(); }
    // The search box filters this long after the last keystroke (Enter at once).
    static constexpr int kSearchDelayMs = 250;

public slots:
    void reload() override;
    void applyFilters();
    void selectCentre(qint64 id);
    void setSearchText(const QString &text);

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    QBoxLayout *m_filters = nullptr; // the filter and view rows, side by side or stacked
    // The constructor's steps: the widgets' names and ranges, the filter rows (m_filters), the page around them, the
    // filters' signals.
    void nameAndShapeWidgets();
    void layOutFilters();
    void layOutPage();
    void connectFilters();
    void retranslateUi();
    void refillChoices();
    void applyNames(); // the table's operator and province names in the interface language
    void showDetail(qint64 id);

    db::Store *m_store;
    db::QueryTable m_centres;
    QList<qint64> m_shown;
    qint64 m_selected = -1;
    bool m_syncing = false;

    QLabel *m_heading;
    QLabel *m_cards;
    QLineEdit *m_search;
    QTimer *m_searchDelay;
    QComboBox *m_operator;
    QComboBox *m_status;
    QComboBox *m_ecosystem;
    QDoubleSpinBox *m_minCapacity;
    QLabel *m_minLabel;
    QLabel *m_colourLabel;
    QComboBox *m_colourBy;
    QLabel *m_fillLabel;
    QComboBox *m_fill;
    QComboBox *m_sizeBy; // what bubbles are sized by: PFLOPS or POPS (never both added)
    QCheckBox *m_leaveOutInferred; // totals, shares and map without the analysts' inferences (issue 15)
    QPushButton *m_reset;
    widgets::ChinaMapView *m_map;
    QTextBrowser *m_detail;
    QLabel *m_unplacedTitle;
    QListWidget *m_unplaced;
    widgets::QueryTableModel *m_model;
    widgets::TablePanel *m_table;
};

} // namespace zhisuan::app
