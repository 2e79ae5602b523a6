#pragma once

#include <QWidget>

class QLabel;
class QSqlQueryModel;

namespace zhisuan::db {
class Store;
}
namespace zhisuan::widgets {
class TablePanel;
}

namespace zhisuan::app {

// One dashboard of the sidebar: a heading, what the page is for, and its tables; an empty state
// that says what to import when there is nothing to show yet.
class DashboardPage : public QWidget
{
    Q_OBJECT
public:
    DashboardPage(const QString &id, db::Store *store, QWidget *parent = nullptr);

    QString id() const { return m_id; }
    QString title() const;
    bool isEmpty() const;

public slots:
    void reload();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QString m_id;
    db::Store *m_store;
    QLabel *m_heading;
    QLabel *m_intro;
    QLabel *m_empty;
    QList<QSqlQueryModel *> m_models;
    QList<widgets::TablePanel *> m_panels;
};

} // namespace zhisuan::app
