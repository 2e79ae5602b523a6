#pragma once

#include "sheetreader.h"
#include "ziparchive.h"

#include <QXmlStreamReader>

#include <memory>

namespace zhisuan::db {

class XlsxWorkbook;

// One worksheet of an .xlsx as records: its XML streamed through QXmlStreamReader a chunk at a time (never a DOM), each
// cell read by its type and its style's number format (ExcelValues): a shared or inline string (rich text runs joined,
// phonetic guides left out), a number, a date, a boolean, an error value (#N/A …), a formula's cached value. A formula
// without a cached value is a fault at its cell. Errors name the cell (row and column).
class XlsxSheetReader : public SheetReader
{
public:
    // Streams the part; `archive` is the reader's own (libzip handles are not shared between threads).
    XlsxSheetReader(std::shared_ptr<const XlsxWorkbook> workbook, std::unique_ptr<ZipArchive> archive,
                    std::unique_ptr<ZipArchive::Part> part, QList<MergedRange> merges);
    // Reads a document in memory (a sheet's last rows).
    XlsxSheetReader(std::shared_ptr<const XlsxWorkbook> workbook, const QByteArray &document, QList<MergedRange> merges);
    ~XlsxSheetReader() override;

    qint64 position() const override;
    qint64 size() const override;

    static constexpr qsizetype kMaxRowBytes = qsizetype(64) << 20;

protected:
    bool readRow(Row &row) override;

private:
    bool more();          // feeds the XML reader the next chunk; false at the part's end or on an error
    bool token();         // the next token, feeding chunks as needed; false at the end or on an error
    bool readCell(Row &row, qint64 rowNumber, qint64 &lastColumn);
    void xmlFailed(qint64 row, qint64 column);

    std::shared_ptr<const XlsxWorkbook> m_workbook;
    std::unique_ptr<ZipArchive> m_archive;
    std::unique_ptr<ZipArchive::Part> m_part;
    QXmlStreamReader m_xml;
    QByteArray m_chunk;
    bool m_partDone = false;
    bool m_inSheetData = false;
    bool m_done = false;
    qint64 m_lastRow = 0;
    qint64 m_documentSize = 0;
    QByteArray m_value; // a cell's <v> text, reused
    QByteArray m_formula;
};

} // namespace zhisuan::db
