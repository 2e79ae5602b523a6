#include "xlsworkbook.h"

#include "biffrecords.h"
#include "biffstrings.h"
#include "compoundfile.h"
#include "xlssheetreader.h"

#include <QCoreApplication>
#include <QHash>

namespace zhisuan::db {

namespace {

Error workbookError(const QString &code, const QString &message)
{
    return Error{code, message, {}};
}

Error damaged(const QString &why)
{
    return workbookError(QStringLiteral("workbook-damaged"), why);
}

struct Sheet
{
    quint32 offset = 0;
    quint8 type = 0; // 0 a worksheet; 1 a macro sheet, 2 a chart, 6 a VB module
    QString name;
};

Sheet boundSheet(QByteArrayView body, bool biff8, int codePage)
{
    Sheet sheet{BiffRecords::u32(body, 0), BiffRecords::u8(body, 5), {}};
    const quint8 cch = BiffRecords::u8(body, 6);
    if (biff8)
        sheet.name = BiffStrings::unicode(body, 8, cch, BiffRecords::u8(body, 7));
    else if (body.size() > 7)
        sheet.name = QString::fromUtf8(BiffStrings::codePage(body.sliced(7).first(qMin<qsizetype>(cch, body.size() - 7)), codePage));
    return sheet;
}

QString formatCode(QByteArrayView body, bool biff8, int codePage)
{
    if (biff8)
        return BiffStrings::unicode(body, 5, BiffRecords::u16(body, 2), BiffRecords::u8(body, 4));
    if (body.size() <= 3)
        return QString();
    return QString::fromUtf8(BiffStrings::codePage(body.sliced(3).first(qMin<qsizetype>(BiffRecords::u8(body, 2), body.size() - 3)), codePage));
}

} // namespace

XlsWorkbook::~XlsWorkbook() = default;

// The globals substream: from the first BOF to its EOF.
std::optional<Error> XlsWorkbook::readGlobals(std::vector<QByteArrayView> &sst)
{
    BiffRecords r{m_biff, 0, 0, {}};
    if (!r.next() || r.type != BiffRecords::Bof)
        return damaged(QCoreApplication::translate("Workbook", "the workbook is damaged or cut off (its stream does not begin as a workbook's)"));
    m_biff8 = BiffRecords::u16(r.body, 0) == 0x0600;
    QHash<int, QString> codes;
    std::vector<int> xfIds;
    std::vector<Sheet> sheets;
    bool inSst = false;
    while (r.next() && r.type != BiffRecords::Eof) {
        const bool continuesSst = inSst && r.type == BiffRecords::Continue;
        inSst = continuesSst;
        switch (r.type) {
        case BiffRecords::FilePass:
            return workbookError(QStringLiteral("workbook-encrypted"), QCoreApplication::translate("Workbook", "the workbook is encrypted: open it in Excel, remove the password and save it again"));
        case BiffRecords::DateMode: m_date1904 = BiffRecords::u16(r.body, 0) == 1; break;
        case BiffRecords::CodePage: m_codePage = BiffRecords::u16(r.body, 0); break;
        case BiffRecords::Format: codes.insert(BiffRecords::u16(r.body, 0), formatCode(r.body, m_biff8, m_codePage)); break;
        case BiffRecords::Xf:
            if (xfIds.size() < 65536)
                xfIds.push_back(BiffRecords::u16(r.body, 2));
            break;
        case BiffRecords::BoundSheet: sheets.push_back(boundSheet(r.body, m_biff8, m_codePage)); break;
        case BiffRecords::Sst:
            sst.assign(1, r.body);
            inSst = true;
            break;
        case BiffRecords::Continue:
            if (continuesSst)
                sst.push_back(r.body);
            break;
        default: break;
        }
    }
    for (int id : xfIds)
        m_xfFormat.push_back(ExcelValues::classify(id, codes.value(id)));
    for (const Sheet &sheet : sheets) {
        if (sheet.type != 0) // chart and macro sheets have no cells to import
            continue;
        m_sheets << sheet.name;
        m_sheetOffset.push_back(sheet.offset);
    }
    return std::nullopt;
}

Result<std::shared_ptr<const Workbook>> XlsWorkbook::open(const CompoundFile &file)
{
    const QString streamName = file.contains(QStringLiteral("Workbook")) ? QStringLiteral("Workbook") : QStringLiteral("Book");
    auto stream = file.stream(streamName, kMaxStreamBytes);
    if (!stream)
        return stream.error();
    std::shared_ptr<XlsWorkbook> book(new XlsWorkbook);
    book->m_biff = stream.value();
    std::vector<QByteArrayView> sst;
    if (const std::optional<Error> failed = book->readGlobals(sst))
        return *failed;
    book->m_sst = BiffStrings::sharedStrings(sst);
    if (book->m_sheets.isEmpty())
        return workbookError(QStringLiteral("workbook-empty"), QCoreApplication::translate("Workbook", "expected a worksheet in the workbook, found none"));
    return std::shared_ptr<const Workbook>(std::move(book));
}

Result<std::unique_ptr<RecordSource>> XlsWorkbook::open(int sheet, bool last) const
{
    if (sheet < 0 || sheet >= m_sheets.size())
        return workbookError(QStringLiteral("workbook-sheet"), QCoreApplication::translate("Workbook", "there is no sheet %1").arg(sheet + 1));
    return XlsSheetReader::open(shared_from_this(), m_sheets[sheet], m_sheetOffset[size_t(sheet)], last);
}

Result<std::unique_ptr<RecordSource>> XlsWorkbook::records(int sheet) const
{
    return open(sheet, false);
}

Result<std::unique_ptr<RecordSource>> XlsWorkbook::lastRecords(int sheet) const
{
    return open(sheet, true);
}

} // namespace zhisuan::db
