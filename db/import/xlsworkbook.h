#pragma once

#include "excelvalues.h"
#include "sheetreader.h"
#include "workbook.h"

#include <QHash>
#include <QTemporaryFile>

#include <memory>
#include <vector>

namespace zhisuan::db {

class CompoundFile;

// An .xls workbook (BIFF8 in an OLE compound file, as Excel 97–2003, iFinD and Choice save it) read with FreeXL, which
// decodes its strings, numbers and dates. FreeXL leaves out what the import needs besides: which cells are formatted as
// percentages, formulas' cached results (FreeXL gives a formula cell as empty), booleans and error values, and merged
// cells. Those are read from the same BIFF records by a pass of our own over the workbook stream (`Extras`), and a cell
// that has them reads as ExcelValues says, as in an .xlsx. An encrypted workbook (FILEPASS) is refused as such.
class XlsWorkbook : public Workbook, public std::enable_shared_from_this<XlsWorkbook>
{
public:
    static constexpr qint64 kMaxStreamBytes = qint64(512) << 20;

    static Result<std::shared_ptr<const Workbook>> open(const std::shared_ptr<const ImportInput> &input, const CompoundFile &file);
    ~XlsWorkbook() override;

    Format format() const override { return Format::Xls; }
    Result<std::unique_ptr<RecordSource>> records(int sheet) const override;
    Result<std::unique_ptr<RecordSource>> lastRecords(int sheet) const override;

    // What our pass found in a sheet, by cell (row << 8 | column, both 0-based).
    struct Extras
    {
        QHash<quint32, ExcelValues::Format> formats; // numbers whose format is not General
        QHash<quint32, QByteArray> values;           // formula results, booleans, error values, as text
        QList<MergedRange> merges;                   // 1-based
    };

private:
    XlsWorkbook() = default;
    Result<std::unique_ptr<RecordSource>> open(int sheet, bool last) const;

    std::shared_ptr<const ImportInput> m_input;
    std::unique_ptr<QTemporaryFile> m_copy; // FreeXL opens files by name: bytes in memory are written here first
    QString m_path;
    bool m_date1904 = false;
    std::vector<unsigned> m_freexlSheet; // per listed sheet: its index in FreeXL
    std::vector<Extras> m_extras;
};

} // namespace zhisuan::db
