#pragma once

#include "excelvalues.h"
#include "sheetreader.h"
#include "workbook.h"
#include "ziparchive.h"

#include <QByteArray>
#include <QMutex>

#include <map>
#include <utility>
#include <vector>

namespace zhisuan::db {

// An .xlsx workbook (Office Open XML, a zip of XML parts) read with libzip and QXmlStreamReader: the workbook part
// (sheets, the 1900 or 1904 date system), the styles (which number format each cell style has), the shared strings
// (bounded: kMaxSharedStringBytes of text, kMaxSharedStrings strings). A sheet's XML is streamed row by row by
// XlsxSheetReader, never held whole. An XML part that declares a DTD is refused (no entity is ever expanded).
class XlsxWorkbook : public Workbook, public std::enable_shared_from_this<XlsxWorkbook>
{
public:
    static constexpr qint64 kMaxSharedStringBytes = qint64(128) << 20;
    static constexpr qint64 kMaxSharedStrings = 4'000'000;
    static constexpr qint64 kMaxSmallPartBytes = qint64(32) << 20; // the workbook, relationships, styles

    static Result<std::shared_ptr<const Workbook>> open(const std::shared_ptr<const ImportInput> &input);

    Format format() const override { return Format::Xlsx; }
    Result<std::unique_ptr<RecordSource>> records(int sheet) const override;
    Result<std::unique_ptr<RecordSource>> lastRecords(int sheet) const override;

    // What the sheet reader needs of the workbook.
    bool date1904() const { return m_date1904; }
    ExcelValues::Format styleFormat(qint64 style) const
    {
        return style >= 0 && style < qint64(m_styles.size()) ? m_styles[size_t(style)] : ExcelValues::Format::General;
    }
    qint64 sharedStringCount() const { return qint64(m_stringEnds.size()); }
    QByteArrayView sharedString(qint64 index) const;

private:
    XlsxWorkbook() = default;
    // Opening, part by part.
    struct SheetEntry
    {
        QString name, id;
    };
    Result<QList<SheetEntry>> readWorkbookPart(const ZipArchive &archive, const QString &part);
    Result<void> readStyles(const ZipArchive &archive, const QString &part);
    Result<void> readSharedStrings(const ZipArchive &archive, const QString &part);
    // A sheet's merged cells and, as a small document of their own, its last rows: read by inflating the sheet once.
    struct Layout
    {
        QList<MergedRange> merges;
        QByteArray tail;
    };
    Result<Layout> layout(int sheet) const;
    // The sheet's part, open in an archive of its own (the part is read through the archive, which must outlive it).
    Result<std::pair<std::unique_ptr<ZipArchive>, std::unique_ptr<ZipArchive::Part>>> sheetPart(int sheet) const;
    std::shared_ptr<const ImportInput> m_input;
    QStringList m_parts; // per sheet: its part in the archive
    bool m_date1904 = false;
    std::vector<ExcelValues::Format> m_styles; // cellXfs index → its number format's class
    QByteArray m_strings;
    std::vector<qsizetype> m_stringEnds;
    mutable QMutex m_layoutMutex;
    mutable std::map<int, Layout> m_layouts;
};

} // namespace zhisuan::db
