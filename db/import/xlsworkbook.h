#pragma once

#include "excelvalues.h"
#include "workbook.h"

#include <QByteArray>

#include <memory>
#include <vector>

namespace zhisuan::db {

class CompoundFile;

// An .xls workbook: BIFF8 in an OLE compound file, as Excel 97–2003, iFinD and Choice save it (BIFF5, Excel 95's,
// is read too, its strings in the workbook's code page). Read by our own pass over the BIFF records, every length and
// index checked against the stream: the workbook's globals here (date system, number formats, cell formats, the
// shared string table, the sheets), a sheet's cells by XlsSheetReader. An encrypted workbook (FILEPASS) is refused as
// such. (FreeXL, used before, leaked and read outside its buffers on damaged files; and it gave no number formats,
// formula results or merged cells, which this pass read anyway.)
class XlsWorkbook : public Workbook, public std::enable_shared_from_this<XlsWorkbook>
{
public:
    static constexpr qint64 kMaxStreamBytes = qint64(512) << 20;

    static Result<std::shared_ptr<const Workbook>> open(const CompoundFile &file);
    ~XlsWorkbook() override;

    Format format() const override { return Format::Xls; }
    Result<std::unique_ptr<RecordSource>> records(int sheet) const override;
    Result<std::unique_ptr<RecordSource>> lastRecords(int sheet) const override;

    // For XlsSheetReader.
    const QByteArray &stream() const { return m_biff; }
    bool biff8() const { return m_biff8; }
    bool date1904() const { return m_date1904; }
    int codePage() const { return m_codePage; }
    ExcelValues::Format cellFormat(quint16 xf) const { return xf < m_xfFormat.size() ? m_xfFormat[xf] : ExcelValues::Format::General; }
    qsizetype sharedStringCount() const { return qsizetype(m_sst.size()); }
    const QByteArray &sharedString(qsizetype index) const { return m_sst[size_t(index)]; }

private:
    XlsWorkbook() = default;
    std::optional<Error> readGlobals(std::vector<QByteArrayView> &sst);
    Result<std::unique_ptr<RecordSource>> open(int sheet, bool last) const;

    QByteArray m_biff; // the Workbook stream
    bool m_biff8 = true;
    bool m_date1904 = false;
    int m_codePage = 1252;
    std::vector<ExcelValues::Format> m_xfFormat; // per XF record: the class of its number format
    std::vector<QByteArray> m_sst;               // the shared strings, UTF-8
    std::vector<quint32> m_sheetOffset;          // per listed sheet: where its BOF is in the stream
};

} // namespace zhisuan::db
