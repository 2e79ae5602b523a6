#include "querytablemodel.h"

#include "localnames.h"
#include "pagestyle.h"
#include "sourcecatalog.h"

#include <QBrush>
#include <QGuiApplication>
#include <QPalette>
#include <QColor>
#include <QFont>

#include <algorithm>

namespace zhisuan::widgets {

QueryTableModel::QueryTableModel(QObject *parent) : QAbstractTableModel(parent) {}

void QueryTableModel::setColumns(const QList<Column> &columns)
{
    beginResetModel();
    m_columns = columns;
    mapColumns();
    endResetModel();
}

void QueryTableModel::setTable(const db::QueryTable &table)
{
    beginResetModel();
    m_fetch = nullptr;
    m_more = false;
    m_table = table;
    mapColumns();
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
        mapColumns();
    }
    if (rows.rows.isEmpty())
        return;
    const int first = int(m_table.rows.size());
    beginInsertRows({}, first, first + int(rows.rows.size()) - 1);
    m_table.rows.append(std::move(rows.rows));
    endInsertRows();
}

void QueryTableModel::mapColumns()
{
    m_source.clear();
    for (const Column &c : m_columns)
        m_source << m_table.column(c.name);
    m_confidence = m_table.column(QStringLiteral("confidence"));
    m_note = m_table.column(QStringLiteral("confidence_note"));
    m_inferredFields = m_table.column(QStringLiteral("inferred_fields"));
}

QString QueryTableModel::confidence(int row) const
{
    return m_confidence < 0 ? QString() : m_table.rows.value(row).value(m_confidence).toString();
}

bool QueryTableModel::isInferred(const QModelIndex &index) const
{
    if (!index.isValid() || confidence(index.row()) != QLatin1String("inferred"))
        return false;
    const QStringList fields = m_inferredFields < 0 ? QStringList()
                                                    : m_table.rows.value(index.row()).value(m_inferredFields).toString().split(u',', Qt::SkipEmptyParts);
    if (fields.isEmpty())
        return true; // the whole row is a judgement
    bool shown = false; // is any of the inferred values in this table?
    for (const Column &c : m_columns)
        shown = shown || fields.contains(c.name);
    // Values the table does not show (a ticker) mark the row's first cell, so the tooltip can be found.
    return shown ? fields.contains(m_columns.value(index.column()).name) : index.column() == 0;
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
    if (!index.isValid())
        return {};
    if (role == Qt::ToolTipRole || role == Qt::FontRole || role == Qt::BackgroundRole) {
        const QString level = confidence(index.row());
        if (level != QLatin1String("inferred") && level != QLatin1String("derived"))
            return {};
        const QString note = m_note < 0 ? QString() : db::LocalNames::showNote(m_table.rows.value(index.row()).value(m_note).toString());
        if (role == Qt::ToolTipRole)
            return level == QLatin1String("inferred") ? (isInferred(index) ? tr("Inferred: %1") : tr("In an inferred row: %1")).arg(note)
                                                      : tr("Derived: %1").arg(note);
        if (!isInferred(index))
            return {};
        if (role == Qt::FontRole) {
            QFont f;
            f.setItalic(true);
            return f;
        }
        // The map's hatching for an inference; a lighter amber on a dark desktop (the brown vanished on dark rows).
        const bool dark = PageStyle::isDark(QGuiApplication::palette());
        return QBrush(dark ? QColor(0xE0, 0xA8, 0x60, 0xC0) : QColor(0x9A, 0x6B, 0x2F, 0xB0), Qt::BDiagPattern);
    }
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    const int source = m_source.value(index.column(), -1);
    if (source < 0)
        return {};
    const QVariant v = m_table.rows.value(index.row()).value(source);
    // A source is cited as the detail panels and the exports' source lines cite it, in the interface language and
    // without the dataset's report number: "White Paper …; Minsheng Securities Computer Weekly 2024-08-17" on an
    // English page, "民生证券 计算机周报 2024-08-17 表1（…）" on a Chinese one, not the stored "004 民生证券 计算机周报 …".
    if (m_columns[index.column()].name == QLatin1String("source") && !v.isNull())
        return db::SourceCatalog::shown(v.toString());
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
