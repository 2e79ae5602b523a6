#include "xlssheetreader.h"

#include "biffrecords.h"
#include "biffstrings.h"
#include "excelvalues.h"
#include "xlsworkbook.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <cstring>

namespace zhisuan::db {

namespace {

const char *errorText(quint8 code)
{
    switch (code) {
    case 0x00: return "#NULL!";
    case 0x07: return "#DIV/0!";
    case 0x0F: return "#VALUE!";
    case 0x17: return "#REF!";
    case 0x1D: return "#NAME?";
    case 0x24: return "#NUM!";
    default: return "#N/A";
    }
}

double ieee(QByteArrayView body, qsizetype at)
{
    const quint64 bits = quint64(BiffRecords::u32(body, at)) | quint64(BiffRecords::u32(body, at + 4)) << 32;
    double value = 0;
    std::memcpy(&value, &bits, sizeof value);
    return value;
}

// An RK number: a 30-bit integer or the high 30 bits of a double, divided by 100 if bit 0 says so.
double rk(quint32 v)
{
    double value = 0;
    if (v & 2) {
        value = double(qint32(v) >> 2);
    } else {
        const quint64 bits = quint64(v & 0xFFFFFFFCu) << 32;
        std::memcpy(&value, &bits, sizeof value);
    }
    return (v & 1) ? value / 100 : value;
}

// Collects a sheet's cells from its records.
class Collector
{
public:
    Collector(const XlsWorkbook &book, XlsSheetReader::Cells &out) : m_book(book), m_out(out) {}

    // More cells than the grid has, or a cell beyond its 256 columns: no workbook Excel wrote.
    bool damaged() const { return m_damaged || qsizetype(m_out.cells.size()) >= XlsSheetReader::kMaxCells; }

    void number(quint16 row, quint16 column, quint16 xf, double value)
    {
        if (!std::isfinite(value)) {
            m_damaged = m_damaged || column >= XlsSheetReader::kColumns;
            m_out.cells.push_back({row, column, XlsSheetReader::Cell::NotANumber, 0, 0});
            return;
        }
        const qsizetype at = m_out.text.size();
        ExcelValues::appendNumber(m_out.text, value, m_book.cellFormat(xf), m_book.date1904());
        push(row, column, at);
    }
    void text(quint16 row, quint16 column, QByteArrayView utf8)
    {
        const qsizetype at = m_out.text.size();
        m_out.text += utf8;
        push(row, column, at);
    }
    void shared(quint16 row, quint16 column, quint32 index)
    {
        m_damaged = m_damaged || column >= XlsSheetReader::kColumns;
        m_out.cells.push_back({row, column, XlsSheetReader::Cell::Shared, index, 0});
    }

    // LABEL and RSTRING: a string in the record (BIFF8 Unicode; BIFF5 in the code page).
    void label(QByteArrayView body)
    {
        const quint16 cch = BiffRecords::u16(body, 6);
        if (m_book.biff8())
            text(row(body), column(body), BiffStrings::unicode(body, 9, cch, BiffRecords::u8(body, 8)).toUtf8());
        else if (body.size() > 8)
            text(row(body), column(body), BiffStrings::codePage(body.sliced(8).first(qMin<qsizetype>(cch, body.size() - 8)), m_book.codePage()));
    }
    void mulRk(QByteArrayView body)
    {
        const qsizetype n = (body.size() - 6) / 6;
        for (qsizetype k = 0; k < n && column(body) + k < XlsSheetReader::kColumns; ++k)
            number(row(body), quint16(column(body) + k), BiffRecords::u16(body, 4 + 6 * k), rk(BiffRecords::u32(body, 6 + 6 * k)));
    }
    // FORMULA: its cached result; a string result is in the STRING record that follows.
    void formula(QByteArrayView body)
    {
        if (body.size() < 14)
            return;
        if (BiffRecords::u16(body, 12) != 0xFFFF) {
            number(row(body), column(body), BiffRecords::u16(body, 4), ieee(body, 6));
            return;
        }
        switch (BiffRecords::u8(body, 6)) {
        case 0: m_pendingString = true; m_pendingRow = row(body); m_pendingColumn = column(body); break;
        case 1: text(row(body), column(body), BiffRecords::u8(body, 8) ? "TRUE" : "FALSE"); break;
        case 2: text(row(body), column(body), errorText(BiffRecords::u8(body, 8))); break;
        default: text(row(body), column(body), {}); break; // an empty string
        }
    }
    void string(QByteArrayView body)
    {
        if (!m_pendingString)
            return;
        m_pendingString = false;
        if (m_book.biff8())
            text(m_pendingRow, m_pendingColumn, BiffStrings::unicode(body, 3, BiffRecords::u16(body, 0), BiffRecords::u8(body, 2)).toUtf8());
        else if (body.size() > 2)
            text(m_pendingRow, m_pendingColumn, BiffStrings::codePage(body.sliced(2).first(qMin<qsizetype>(BiffRecords::u16(body, 0), body.size() - 2)), m_book.codePage()));
    }
    void boolErr(QByteArrayView body)
    {
        if (body.size() < 8)
            return;
        const quint8 value = BiffRecords::u8(body, 6);
        text(row(body), column(body), BiffRecords::u8(body, 7) ? errorText(value) : value ? "TRUE" : "FALSE");
    }
    void merges(QByteArrayView body)
    {
        const quint16 n = BiffRecords::u16(body, 0);
        for (qsizetype k = 0; k < n && 2 + 8 * (k + 1) <= body.size(); ++k) {
            const qsizetype at = 2 + 8 * k;
            m_out.merges.append(MergedRange{qint64(BiffRecords::u16(body, at)) + 1, qint64(BiffRecords::u16(body, at + 2)) + 1,
                                            qint64(BiffRecords::u16(body, at + 4)) + 1, qint64(BiffRecords::u16(body, at + 6)) + 1});
        }
    }

    static quint16 row(QByteArrayView body) { return BiffRecords::u16(body, 0); }
    static quint16 column(QByteArrayView body) { return BiffRecords::u16(body, 2); }

private:
    void push(quint16 row, quint16 column, qsizetype at)
    {
        m_damaged = m_damaged || column >= XlsSheetReader::kColumns;
        m_out.cells.push_back({row, column, XlsSheetReader::Cell::Text, quint32(at), quint32(m_out.text.size() - at)});
    }

    const XlsWorkbook &m_book;
    XlsSheetReader::Cells &m_out;
    bool m_damaged = false;
    bool m_pendingString = false;
    quint16 m_pendingRow = 0, m_pendingColumn = 0;
};

// The cell records of the substream at `offset`, up to its EOF; false when no worksheet's BOF is there or the sheet
// has more cells than the grid.
bool collect(const XlsWorkbook &book, quint32 offset, XlsSheetReader::Cells &out)
{
    BiffRecords r{book.stream(), qsizetype(offset), 0, {}};
    if (!r.next() || r.type != BiffRecords::Bof)
        return false;
    Collector c(book, out);
    while (r.next() && r.type != BiffRecords::Eof) {
        if (c.damaged())
            return false;
        const QByteArrayView b = r.body;
        switch (r.type) {
        case BiffRecords::Number: c.number(Collector::row(b), Collector::column(b), BiffRecords::u16(b, 4), ieee(b, 6)); break;
        case BiffRecords::Rk: c.number(Collector::row(b), Collector::column(b), BiffRecords::u16(b, 4), rk(BiffRecords::u32(b, 6))); break;
        case BiffRecords::MulRk: c.mulRk(b); break;
        case BiffRecords::LabelSst: c.shared(Collector::row(b), Collector::column(b), BiffRecords::u32(b, 6)); break;
        case BiffRecords::Label:
        case BiffRecords::RString: c.label(b); break;
        case BiffRecords::Formula: c.formula(b); break;
        case BiffRecords::String: c.string(b); break;
        case BiffRecords::BoolErr: c.boolErr(b); break;
        case BiffRecords::MergeCells: c.merges(b); break;
        default: break;
        }
    }
    return !c.damaged();
}

} // namespace

Result<std::unique_ptr<RecordSource>> XlsSheetReader::open(std::shared_ptr<const XlsWorkbook> book, const QString &sheet, quint32 offset,
                                                           bool lastRowsOnly)
{
    Cells cells;
    if (!collect(*book, offset, cells))
        return Error{QStringLiteral("workbook-damaged"),
                     QCoreApplication::translate("Workbook", "the workbook is damaged: its sheet “%1” cannot be read").arg(sheet), {}};
    // Row by row, each row's cells left to right; where a cell is written twice, the later record is the cell.
    std::stable_sort(cells.cells.begin(), cells.cells.end(),
                     [](const Cell &a, const Cell &b) { return a.row != b.row ? a.row < b.row : a.column < b.column; });
    return std::unique_ptr<RecordSource>(new XlsSheetReader(std::move(book), std::move(cells), lastRowsOnly));
}

XlsSheetReader::XlsSheetReader(std::shared_ptr<const XlsWorkbook> book, Cells cells, bool lastRowsOnly)
    : SheetReader(cells.merges), m_book(std::move(book)), m_cells(std::move(cells))
{
    m_rows = m_cells.cells.empty() ? 0 : qint64(m_cells.cells.back().row) + 1;
    if (lastRowsOnly) {
        // The last 64 rows of the sheet, where its footers are.
        const qint64 first = qMax<qint64>(0, m_rows - 64);
        while (m_next < m_cells.cells.size() && m_cells.cells[m_next].row < first)
            ++m_next;
    }
    m_position = m_next < m_cells.cells.size() ? m_cells.cells[m_next].row : m_rows;
}

XlsSheetReader::~XlsSheetReader() = default;

bool XlsSheetReader::readRow(Row &row)
{
    const std::vector<Cell> &cells = m_cells.cells;
    if (m_next >= cells.size())
        return false;
    row.clear();
    const quint16 number = cells[m_next].row;
    row.number = qint64(number) + 1;
    for (; m_next < cells.size() && cells[m_next].row == number; ++m_next) {
        const Cell &cell = cells[m_next];
        if (m_next + 1 < cells.size() && cells[m_next + 1].row == number && cells[m_next + 1].column == cell.column)
            continue; // written again later: that one is the cell
        const qint64 column = qint64(cell.column) + 1;
        switch (cell.kind) {
        case Cell::Text:
            row.begin(column);
            row.text += QByteArrayView(m_cells.text).sliced(cell.at, cell.length);
            row.end(column);
            break;
        case Cell::Shared:
            if (qsizetype(cell.at) >= m_book->sharedStringCount()) {
                row.fault(column, QCoreApplication::translate("Workbook", "expected a string of the workbook's table, found index “%1” (of %2): "
                                                                          "the workbook is damaged")
                                      .arg(cell.at)
                                      .arg(m_book->sharedStringCount()));
                break;
            }
            row.begin(column);
            row.text += m_book->sharedString(cell.at);
            row.end(column);
            break;
        case Cell::NotANumber:
            row.fault(column, QCoreApplication::translate("Workbook", "expected a number in a number cell, found “%1”: the workbook is damaged")
                                  .arg(QStringLiteral("NaN")));
            break;
        }
    }
    m_position = m_next < cells.size() ? cells[m_next].row : m_rows;
    return true;
}

} // namespace zhisuan::db
