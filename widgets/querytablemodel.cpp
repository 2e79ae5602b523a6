#include "querytablemodel.h"

#include <algorithm>

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
    m_fetch = nullptr;
    m_more = false;
    m_table = table;
    m_source.clear();
    for (const Column &c : m_columns)
        m_source << m_table.column(c.name);
    endResetModel();
}

void QueryTableModel::setFetcher(Fetch fetch, int chunk)
{
    beginResetModel();
    m_fetch = std::move(fetch);
    m_chunk = std::max(1, chunk);
    m_more = bool(m_fetch);
    m_table = {};
    m_source = QList<int>(m_columns.size(), -1); // until the first chunk names the columns
    endResetModel();
    fetchMore();
}

bool QueryTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_more;
}

void QueryTableModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || !m_more)
        return;
    auto next = m_fetch(m_chunk);
    if (!next) {
        m_more = false;
        emit fetchFailed(next.error().message);
        return;
    }
    db::QueryTable &rows = next.value();
    m_more = rows.rows.size() >= m_chunk;
    if (m_table.columns.isEmpty()) { // the first chunk names the columns
        m_table.columns = rows.columns;
        m_source.clear();
        for (const Column &c : m_columns)
            m_source << m_table.column(c.name);
    }
    if (rows.rows.isEmpty())
        return;
    const int first = int(m_table.rows.size());
    beginInsertRows({}, first, first + int(rows.rows.size()) - 1);
    m_table.rows.append(std::move(rows.rows));
    endInsertRows();
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
