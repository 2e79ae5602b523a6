#include "querytablemodel.h"

namespace zhisuan::widgets {

QueryTableModel::QueryTableModel(QObject *parent) : QAbstractTableModel(parent) {}

void QueryTableModel::setColumns(const QList<Column> &columns)
{
    beginResetModel();
    m_columns = columns;
    m_source.clear();
    for (const Column &c : m_columns)
        m_source << m_table.column(c.name);
    endResetModel();
}

void QueryTableModel::setTable(const db::QueryTable &table)
{
    beginResetModel();
    m_table = table;
    m_source.clear();
    for (const Column &c : m_columns)
        m_source << m_table.column(c.name);
    endResetModel();
}

int QueryTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_table.rows.size());
}

int QueryTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

QVariant QueryTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || (role != Qt::DisplayRole && role != Qt::EditRole))
        return {};
    const int source = m_source.value(index.column(), -1);
    if (source < 0)
        return {};
    const QVariant v = m_table.rows.value(index.row()).value(source);
    const double scale = m_columns[index.column()].scale;
    if (scale != 1.0 && !v.isNull() && v.canConvert<double>())
        return v.toDouble() * scale;
    return v;
}

QVariant QueryTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section < m_columns.size())
        return m_columns[section].title;
    return QAbstractTableModel::headerData(section, orientation, role);
}

} // namespace zhisuan::widgets
