#pragma once

#include "result.h"
#include "sheetreader.h"

#include <memory>
#include <vector>

namespace zhisuan::db {

class XlsWorkbook;

// One worksheet of an .xls: its substream's cell records (NUMBER, RK, MULRK, LABELSST, LABEL, RSTRING, FORMULA with its
// cached result and the STRING after it, BOOLERR) and merged ranges, read when the sheet is opened, each cell's text as
// ExcelValues says (a number by its cell format: percentage, date, time or plain). BIFF has no order of cells that
// writers keep to, so the cells are sorted by row and column; rows are then given in order. A text cell holds an index
// into the workbook's shared strings, resolved when its row is read (a small file cannot repeat a long string into
// gigabytes). A cell that refers to a string the table does not have, or holds a number that is no number, is an error
// at that cell.
class XlsSheetReader : public SheetReader
{
public:
    // Excel's BIFF8 grid: 65,536 rows × 256 columns. A sheet with a cell beyond it, or more cells than it has, is damaged.
    static constexpr quint16 kColumns = 256;
    static constexpr qsizetype kMaxCells = qsizetype(65536) * kColumns;

    static Result<std::unique_ptr<RecordSource>> open(std::shared_ptr<const XlsWorkbook> book, const QString &sheet, quint32 offset,
                                                      bool lastRowsOnly);
    ~XlsSheetReader() override;

    qint64 position() const override { return m_position; }
    qint64 size() const override { return m_rows; }

    struct Cell
    {
        enum Kind : quint8 { Text, Shared, NotANumber };
        quint16 row = 0;
        quint16 column = 0;
        Kind kind = Text;
        quint32 at = 0;     // Text: where in the sheet's text; Shared: the shared string's index
        quint32 length = 0; // Text: how many bytes
    };
    struct Cells
    {
        std::vector<Cell> cells;
        QByteArray text; // the text of Text cells, one after another
        QList<MergedRange> merges;
    };

protected:
    bool readRow(Row &row) override;

private:
    XlsSheetReader(std::shared_ptr<const XlsWorkbook> book, Cells cells, bool lastRowsOnly);

    std::shared_ptr<const XlsWorkbook> m_book;
    Cells m_cells;
    size_t m_next = 0;
    qint64 m_rows = 0;
    qint64 m_position = 0;
};

} // namespace zhisuan::db
