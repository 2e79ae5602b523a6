#pragma once

#include "csvreader.h"
#include "recordsource.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <utility>
#include <vector>

namespace zhisuan::db {

// A range of merged cells (1-based, inclusive): its value is its top-left cell's, the others hold nothing.
struct MergedRange
{
    qint64 firstRow = 0, lastRow = 0, firstColumn = 0, lastColumn = 0;
};

// The rows of a sheet as records: a field per column from A to the row's last cell (cells it does not have are
// empty), the row's number as the record's line. The .xlsx and .xls readers give it rows; it gives the import records.
//
// A two-row header, as Choice and iFinD write one with merged cells, becomes one header record: at the top of the
// table (the first row with more than one value), when that row has cells merged down over the next row, the two rows
// are read as one. A column merged over both rows is named by the merge's value; a column with a name above and
// parameters below ("收盘价" over "[交易日期]2024-11-08[单位]元", "周涨跌幅" over "(%)") by both, in that order; a column
// under a label merged across several columns (a group such as "行情" over "收盘价 | 最高价") by the text below it alone.
class SheetReader : public RecordSource
{
public:
    explicit SheetReader(QList<MergedRange> merges = {});
    bool next(CsvRecord &record) final;
    bool atEnd() const override { return m_atEnd; }
    QString error() const override { return m_error; }
    qint64 errorLine() const override { return m_errorLine; }
    qint64 errorColumn() const override { return m_errorColumn; }

protected:
    // One row as a reader fills it: the text of each cell one after another, where each column's text is.
    struct Row
    {
        qint64 number = 0;
        QByteArray text;
        std::vector<qsizetype> starts; // per column from A (index 0): where its text starts; -1 when it has none
        std::vector<qsizetype> ends;
        std::vector<std::pair<int, QString>> faults;
        void clear();
        // A cell's text is appended to `text` between begin() and end() (several pieces for rich text).
        void begin(qint64 column);
        void end(qint64 column);
        void fault(qint64 column, const QString &why);
        QByteArrayView cell(qsizetype index) const;
        qsizetype width() const { return qsizetype(starts.size()); }
    };
    // The next row that has a cell; false at the end, or on an error (fail()).
    virtual bool readRow(Row &row) = 0;
    // Records an error at a row and column (0: not known); reading stops there.
    void fail(const QString &message, qint64 row, qint64 column);

private:
    void fold(Row &top, const Row &bottom) const;

    QList<MergedRange> m_merges;
    Row m_row, m_next;
    bool m_haveNext = false;
    bool m_endAfterNext = false;
    bool m_tableSeen = false;
    bool m_atEnd = false;
    QString m_error;
    qint64 m_errorLine = 0, m_errorColumn = 0;
};

} // namespace zhisuan::db
