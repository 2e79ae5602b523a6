#pragma once

#include "querytable.h"

#include <QAbstractTableModel>

namespace zhisuan::widgets {

// A db::QueryTable shown through chosen columns, with titles and a unit scale per column (万股 = shares / 10⁴).
// DisplayRole and EditRole give the scaled raw number; the TableDelegate formats it, sorting stays numeric.
class QueryTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    struct Column
    {
        QString name;  // column of the QueryTable
        QString title; // shown
        double scale = 1.0;
    };

    explicit QueryTableModel(QObject *parent = nullptr);

    void setColumns(const QList<Column> &columns);
    void setTable(const db::QueryTable &table);
    const db::QueryTable &table() const { return m_table; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Column> m_columns;
    QList<int> m_source; // QueryTable column of each shown column (-1 = absent)
    db::QueryTable m_table;
};

} // namespace zhisuan::widgets
