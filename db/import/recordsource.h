#pragma once

#include <QString>
#include <QtGlobal>

namespace zhisuan::db {

struct CsvRecord;

// Where the import's records come from: a CSV file (CsvReader) or a workbook's sheet (SheetReader, for .xlsx and
// .xls). The header search, the values stage and the writes read records through this and never ask which. A record's
// line is the CSV file's physical line or the sheet's row number; its column(i) is the field's character column or
// the sheet's column number (A = 1), and an ImportIssue names the place as the file's own kind does
// (file:line:column, or file.xlsx:Sheet1!C7).
class RecordSource
{
public:
    virtual ~RecordSource() = default;

    // The next record; false at the end of the input or on a malformed record, which error() then describes.
    virtual bool next(CsvRecord &record) = 0;
    // After a false next(): whether nothing more can be read (the end, or an error reading cannot go past).
    virtual bool atEnd() const = 0;
    // Why the last next() failed, empty at the end; where (1-based; 0 when not known).
    virtual QString error() const = 0;
    virtual qint64 errorLine() const = 0;
    virtual qint64 errorColumn() const = 0;
    // How far reading has got, of how much, in the same unit (bytes of the file, or of the sheet's XML): for progress.
    virtual qint64 position() const = 0;
    virtual qint64 size() const = 0;
};

} // namespace zhisuan::db
