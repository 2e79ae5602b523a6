#pragma once

#include "querytable.h"

#include <QAbstractTableModel>

#include <functional>

namespace zhisuan::widgets {

// A db::QueryTable shown through chosen columns, with titles and a unit scale per column (万股 = shares / 10⁴).
// DisplayRole and EditRole give the scaled raw number; the TableDelegate formats it, sorting stays numeric.
// A table with a confidence column marks what is not simply reported (issue 15): the cells of an inferred value
// are hatched and italic (the columns its inferred_fields names, or the whole row), and every cell of an inferred or
// derived row says why in its tooltip (confidence_note).
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
    const db::QueryTable &table() const { return m_table; } // the rows read so far

    // Rows read a chunk at a time (a view asks for more through canFetchMore/fetchMore as it scrolls to the end), so
    // that a table over 130k weekly visits holds what the user has looked at, not everything: `fetch(count)` returns
    // the next rows, fewer than `count` at the end. The first chunk is read at once; an error ends the fetching
    // and is reported by fetchFailed.
    using Fetch = std::function<db::Result<db::QueryTable>(int count)>;
    void setFetcher(Fetch fetch, int chunk = 1000);
    bool canFetchMore(const QModelIndex &parent = {}) const override;
    void fetchMore(const QModelIndex &parent = {}) override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The confidence of a row as stored (reported/derived/inferred, or empty) and whether a shown cell holds an
    // inferred value.
    QString confidence(int row) const;
    bool isInferred(const QModelIndex &index) const;

signals:
    void fetchFailed(const QString &message);

private:
    QList<Column> m_columns;
    void mapColumns();

    QList<int> m_source; // QueryTable column of each shown column (-1 = absent)
    int m_confidence = -1, m_note = -1, m_inferredFields = -1;
    db::QueryTable m_table;
    Fetch m_fetch;
    int m_chunk = 1000;
    bool m_more = false;
};

} // namespace zhisuan::widgets
