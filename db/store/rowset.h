#pragma once

#include <QList>
#include <QVariant>

namespace zhisuan::db {

// The rows a read returned, whole (Store::select), with the cursor QSqlQuery offers: next() then value(column).
// Read whole, a second read may run while the first is still being stepped through, on either engine.
class RowSet
{
public:
    RowSet() = default;
    explicit RowSet(QList<QVariantList> rows) : m_rows(std::move(rows)) {}

    bool next() { return ++m_at < m_rows.size(); }
    QVariant value(int column) const { return m_rows.value(m_at).value(column); }
    const QList<QVariantList> &rows() const { return m_rows; }

private:
    QList<QVariantList> m_rows;
    qsizetype m_at = -1;
};

} // namespace zhisuan::db
