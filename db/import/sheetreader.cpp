#include "sheetreader.h"


namespace zhisuan::db {

void SheetReader::Row::clear()
{
    number = 0;
    text.clear();
    starts.clear();
    ends.clear();
    faults.clear();
}

void SheetReader::Row::begin(qint64 column)
{
    const auto index = size_t(column - 1);
    if (starts.size() <= index) {
        starts.resize(index + 1, -1);
        ends.resize(index + 1, -1);
    }
    starts[index] = text.size();
}

void SheetReader::Row::end(qint64 column)
{
    ends[size_t(column - 1)] = text.size();
}

void SheetReader::Row::fault(qint64 column, const QString &why)
{
    begin(column);
    end(column);
    faults.emplace_back(int(column - 1), why);
}

QByteArrayView SheetReader::Row::cell(qsizetype index) const
{
    if (index < 0 || index >= width() || starts[size_t(index)] < 0)
        return {};
    return QByteArrayView(text.constData() + starts[size_t(index)], ends[size_t(index)] - starts[size_t(index)]);
}

SheetReader::SheetReader(QList<MergedRange> merges) : m_merges(std::move(merges)) {}

void SheetReader::fail(const QString &message, qint64 row, qint64 column)
{
    m_error = message;
    m_errorLine = row;
    m_errorColumn = column;
    m_atEnd = true;
}

namespace {

int valuesIn(const std::vector<qsizetype> &starts, const std::vector<qsizetype> &ends, const QByteArray &text)
{
    int n = 0;
    for (size_t i = 0; i < starts.size(); ++i) {
        if (starts[i] < 0)
            continue;
        const QByteArrayView cell(text.constData() + starts[i], ends[i] - starts[i]);
        if (!cell.trimmed().isEmpty())
            ++n;
    }
    return n;
}

} // namespace

void SheetReader::fold(Row &top, const Row &bottom) const
{
    Row folded;
    folded.number = top.number;
    const qsizetype width = qMax(top.width(), bottom.width());
    for (qsizetype c = 0; c < width; ++c) {
        const qint64 column = c + 1;
        const MergedRange *down = nullptr, *across = nullptr;
        for (const MergedRange &m : m_merges) {
            if (column < m.firstColumn || column > m.lastColumn || m.firstRow != top.number)
                continue;
            if (m.lastRow > top.number)
                down = &m;
            else if (m.lastColumn > m.firstColumn)
                across = &m;
        }
        QByteArray name;
        if (down) {
            if (column == down->firstColumn)
                name = top.cell(c).toByteArray(); // the merge's value, once
        } else {
            const QByteArrayView above = across ? top.cell(across->firstColumn - 1) : top.cell(c);
            const QByteArrayView below = bottom.cell(c);
            if (above.trimmed().isEmpty())
                name = below.toByteArray();
            else if (below.trimmed().isEmpty())
                name = across && column != across->firstColumn ? QByteArray() : above.toByteArray();
            else if (across)
                name = below.toByteArray(); // a group's label is a heading over its columns, not part of their names
            else
                name = above.toByteArray() + below.toByteArray();
        }
        folded.begin(column);
        folded.text += name;
        folded.end(column);
    }
    for (const auto &f : top.faults)
        folded.faults.push_back(f);
    for (const auto &f : bottom.faults)
        folded.faults.push_back(f);
    top = std::move(folded);
}

bool SheetReader::next(CsvRecord &record)
{
    if (m_atEnd && !m_haveNext)
        return false;
    if (m_haveNext) {
        std::swap(m_row, m_next);
        m_haveNext = false;
        if (m_endAfterNext)
            m_atEnd = true; // the error (or the end) met reading ahead comes after this row
    } else {
        m_row.clear();
        if (!readRow(m_row)) {
            m_atEnd = true;
            return false;
        }
    }
    if (!m_tableSeen && valuesIn(m_row.starts, m_row.ends, m_row.text) >= 2) {
        m_tableSeen = true;
        bool mergedDown = false;
        for (const MergedRange &m : m_merges)
            mergedDown = mergedDown || (m.firstRow == m_row.number && m.lastRow > m.firstRow);
        if (mergedDown && !m_atEnd) {
            m_next.clear();
            if (!readRow(m_next)) {
                m_endAfterNext = true;
                m_atEnd = true;
            } else if (m_next.number == m_row.number + 1) {
                fold(m_row, m_next);
            } else {
                m_haveNext = true;
            }
        }
    }
    record.line = m_row.number;
    record.base = nullptr;
    record.columns.clear();
    record.fieldOffsets.clear();
    record.lineOffsets.clear();
    record.fields.resize(size_t(m_row.width()));
    for (qsizetype c = 0; c < m_row.width(); ++c)
        record.fields[size_t(c)] = m_row.cell(c);
    record.faults = m_row.faults;
    return true;
}

} // namespace zhisuan::db
