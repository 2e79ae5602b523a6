#pragma once

#include "sheetreader.h"
#include "ziparchive.h"

#include <memory>

struct XML_ParserStruct;

namespace zhisuan::db {

class XlsxWorkbook;

// One worksheet of an .xlsx as records: its XML streamed through expat a chunk at a time (never a DOM), each cell read
// by its type and its style's number format (ExcelValues): a shared or inline string (rich text runs joined, phonetic
// guides left out), a number, a date, a boolean, an error value (#N/A …), a formula's cached value. A formula without a
// cached value is a fault at its cell. Errors name the cell (row and column). A document that declares a DTD is
// refused (its entities could expand without end).
//
// expat (libexpat, Debian's libexpat1-dev) rather than QXmlStreamReader: the sheet is the import's whole input, and
// QXmlStreamReader's UTF-16 tokens made an .xlsx import five times as slow as the same rows as CSV (docs/performance.md).
// The parser is suspended at the end of each row, so that a row is handed on before the next is parsed.
class XlsxSheetReader : public SheetReader
{
public:
    // Streams the part; `archive` is the reader's own (zip handles are not shared between threads).
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
    struct Handlers;
    void setUp();
    bool parse();                      // parses on until a row is complete; false at the end or on an error
    void startElement(const char *name, const char **attributes);
    void endElement(const char *name);
    void characters(const char *text, int length);
    void startRow(const char **attributes);
    void startCell(const char **attributes);
    void endCell();
    void abort(const QString &message, qint64 row, qint64 column);
    void xmlFailed();

    std::shared_ptr<const XlsxWorkbook> m_workbook;
    std::unique_ptr<ZipArchive> m_archive;
    std::unique_ptr<ZipArchive::Part> m_part;
    QByteArray m_document; // the in-memory document, else empty
    XML_ParserStruct *m_parser = nullptr;
    QByteArray m_chunk;
    bool m_fed = false;       // the document (or the part's last chunk) has been given to the parser
    bool m_suspended = false; // the parser stopped at a row's end and resumes in its buffer
    bool m_done = false;
    qint64 m_documentSize = 0;

    // What the handlers are in.
    Row *m_row = nullptr; // the row being filled (readRow's)
    bool m_rowDone = false;
    bool m_inSheetData = false;
    bool m_inRow = false;
    bool m_inCell = false;
    qint64 m_rowNumber = 0;
    qint64 m_lastRow = 0;
    qint64 m_lastColumn = 0;
    // The cell: its column, type ("s", "str", "inlineStr", "b", "e", "d", "n" or none), style, and what it holds.
    qint64 m_column = 0;
    QByteArray m_type;
    qint64 m_style = -1;
    QByteArray m_value; // a cell's <v> text (or inline string), reused
    QByteArray m_formula;
    bool m_hasValue = false, m_hasFormula = false;
    enum class Into { Nothing, Value, Formula } m_into = Into::Nothing;
    int m_phonetic = 0;
    bool m_inText = false;
};

} // namespace zhisuan::db
