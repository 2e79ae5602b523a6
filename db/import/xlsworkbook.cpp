#include "xlsworkbook.h"

#include "compoundfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QtEndian>

#include <cmath>
#include <cstring>

#include <freexl.h>

namespace zhisuan::db {

namespace {

Error workbookError(const QString &code, const QString &message)
{
    return Error{code, message, {}};
}

QString encryptedMessage()
{
    return QCoreApplication::translate("Workbook", "the workbook is encrypted: open it in Excel, remove the password and save it again");
}

quint16 u16(QByteArrayView b, qsizetype at) { return at + 2 <= b.size() ? qFromLittleEndian<quint16>(b.data() + at) : 0; }
quint32 u32(QByteArrayView b, qsizetype at) { return at + 4 <= b.size() ? qFromLittleEndian<quint32>(b.data() + at) : 0; }

// The records of a BIFF stream: type, length, body.
struct Records
{
    QByteArrayView data;
    qsizetype pos = 0;
    quint16 type = 0;
    QByteArrayView body;
    bool next()
    {
        if (pos + 4 > data.size())
            return false;
        type = u16(data, pos);
        const quint16 length = u16(data, pos + 2);
        if (pos + 4 + length > data.size())
            return false;
        body = data.sliced(pos + 4, length);
        pos += 4 + length;
        return true;
    }
};

// A BIFF8 string's characters (compressed Latin-1 or UTF-16LE), from `at` in `body`: cch characters with a flags byte.
QString biffString(QByteArrayView body, qsizetype at, quint32 cch, quint8 flags)
{
    if (flags & 1) {
        const qsizetype n = qMin<qsizetype>(cch, (body.size() - at) / 2);
        QString s(n, Qt::Uninitialized);
        for (qsizetype i = 0; i < n; ++i)
            s[i] = QChar(u16(body, at + 2 * i));
        return s;
    }
    const qsizetype n = qMin<qsizetype>(cch, body.size() - at);
    return QString::fromLatin1(body.data() + at, qMax<qsizetype>(n, 0));
}

const char *errorText(quint8 code)
{
    switch (code) {
    case 0x00: return "#NULL!";
    case 0x07: return "#DIV/0!";
    case 0x0F: return "#VALUE!";
    case 0x17: return "#REF!";
    case 0x1D: return "#NAME?";
    case 0x24: return "#NUM!";
    case 0x2A: return "#N/A";
    default: return "#N/A";
    }
}

struct BoundSheet
{
    quint32 offset = 0;
    quint8 type = 0; // 0 a worksheet
};

} // namespace

XlsWorkbook::~XlsWorkbook() = default;

Result<std::shared_ptr<const Workbook>> XlsWorkbook::open(const std::shared_ptr<const ImportInput> &input, const CompoundFile &file)
{
    const QString streamName = file.contains(QStringLiteral("Workbook")) ? QStringLiteral("Workbook") : QStringLiteral("Book");
    auto stream = file.stream(streamName, kMaxStreamBytes);
    if (!stream)
        return stream.error();
    const QByteArray &biff = stream.value();
    std::shared_ptr<XlsWorkbook> book(new XlsWorkbook);
    book->m_input = input;

    // The workbook's globals: the date system, number formats, cell formats, the sheets and where each begins.
    QHash<int, QString> codes;
    std::vector<ExcelValues::Format> xfFormat;
    std::vector<int> xfIds;
    std::vector<BoundSheet> bound;
    bool biff8 = true;
    {
        Records r{biff, 0, 0, {}};
        bool first = true;
        while (r.next()) {
            if (first) {
                first = false;
                if (r.type != 0x0809)
                    return workbookError(QStringLiteral("workbook-damaged"),
                                         QCoreApplication::translate("Workbook", "the workbook is damaged or cut off (its stream does not "
                                                                                 "begin as a workbook's)"));
                biff8 = u16(r.body, 0) == 0x0600;
                continue;
            }
            if (r.type == 0x000A)
                break;
            switch (r.type) {
            case 0x002F: // FILEPASS
                return workbookError(QStringLiteral("workbook-encrypted"), encryptedMessage());
            case 0x0022: // DATEMODE
                book->m_date1904 = u16(r.body, 0) == 1;
                break;
            case 0x041E: // FORMAT
                if (biff8)
                    codes.insert(u16(r.body, 0), biffString(r.body, 5, u16(r.body, 2), quint8(r.body.size() > 4 ? r.body[4] : 0)));
                else if (r.body.size() > 2)
                    codes.insert(u16(r.body, 0), QString::fromLatin1(r.body.sliced(3).first(qMin<qsizetype>(quint8(r.body[2]), r.body.size() - 3))));
                break;
            case 0x00E0: // XF
                if (xfIds.size() < 65536)
                    xfIds.push_back(u16(r.body, 2));
                break;
            case 0x0085: // BOUNDSHEET8
                bound.push_back(BoundSheet{u32(r.body, 0), quint8(r.body.size() > 5 ? r.body[5] : 0)});
                break;
            default:
                break;
            }
        }
    }
    for (int id : xfIds)
        xfFormat.push_back(ExcelValues::classify(id, codes.value(id)));
    auto formatOf = [&](quint16 xf) { return xf < xfFormat.size() ? xfFormat[xf] : ExcelValues::Format::General; };

    // FreeXL reads files by name.
    book->m_path = input->path();
    if (book->m_path.isEmpty()) {
        book->m_copy = std::make_unique<QTemporaryFile>(QDir::tempPath() + QStringLiteral("/zhisuan-xls-XXXXXX.xls"));
        QByteArray all(input->size(), '\0');
        auto got = input->read(0, all.data(), all.size());
        if (!got || !book->m_copy->open() || book->m_copy->write(all) != all.size() || !book->m_copy->flush())
            return workbookError(QStringLiteral("io"), QCoreApplication::translate("Workbook", "cannot write a temporary copy of the workbook"));
        book->m_path = book->m_copy->fileName();
    }
    const void *handle = nullptr;
    const int opened = freexl_open(book->m_path.toLocal8Bit().constData(), &handle);
    struct Close
    {
        const void *&h;
        ~Close()
        {
            if (h)
                freexl_close(h);
        }
    } close{handle};
    if (opened != FREEXL_OK)
        return workbookError(opened == FREEXL_BIFF_INVALID_BOF || opened == FREEXL_CRAFTED_FILE ? QStringLiteral("workbook-damaged")
                                                                                                 : QStringLiteral("workbook-damaged"),
                             QCoreApplication::translate("Workbook", "the workbook is damaged or cut off (FreeXL cannot read it: error %1)").arg(opened));
    unsigned int info = 0;
    if (freexl_get_info(handle, FREEXL_BIFF_PASSWORD, &info) == FREEXL_OK && info == FREEXL_BIFF_OBFUSCATED)
        return workbookError(QStringLiteral("workbook-encrypted"), encryptedMessage());
    unsigned int sheets = 0;
    freexl_get_info(handle, FREEXL_BIFF_SHEET_COUNT, &sheets);
    for (unsigned int i = 0; i < sheets; ++i) {
        const char *name = nullptr;
        if (freexl_get_worksheet_name(handle, quint16(i), &name) != FREEXL_OK || !name)
            continue;
        // FreeXL lists the sheets as the BOUNDSHEET records do; chart and macro sheets have no cells to import.
        if (sheets == bound.size() && bound[i].type != 0)
            continue;
        book->m_sheets << QString::fromUtf8(name);
        book->m_freexlSheet.push_back(i);
        Extras extras;
        if (sheets == bound.size() && bound[i].offset < quint32(biff.size())) {
            Records r{QByteArrayView(biff), qsizetype(bound[i].offset), 0, {}};
            quint32 pendingString = 0;
            bool pending = false;
            bool started = false;
            while (r.next()) {
                if (!started) {
                    started = true;
                    if (r.type != 0x0809)
                        break;
                    continue;
                }
                if (r.type == 0x000A)
                    break;
                const quint32 row = u16(r.body, 0), col = u16(r.body, 2) & 0xFF;
                const quint32 key = row << 8 | col;
                switch (r.type) {
                case 0x0203: // NUMBER
                case 0x027E: // RK
                    if (const auto f = formatOf(u16(r.body, 4)); f != ExcelValues::Format::General)
                        extras.formats.insert(key, f);
                    break;
                case 0x00BD: { // MULRK
                    const qsizetype n = (r.body.size() - 6) / 6;
                    for (qsizetype k = 0; k < n && col + k < 256; ++k)
                        if (const auto f = formatOf(u16(r.body, 4 + 6 * k)); f != ExcelValues::Format::General)
                            extras.formats.insert(row << 8 | quint32(col + k), f);
                    break;
                }
                case 0x0006: { // FORMULA: its cached result
                    if (r.body.size() < 14)
                        break;
                    if (u16(r.body, 12) == 0xFFFF) {
                        const quint8 kind = quint8(r.body[6]);
                        if (kind == 0) {
                            pending = true; // the STRING record that follows holds it
                            pendingString = key;
                        } else if (kind == 1) {
                            extras.values.insert(key, r.body[8] ? QByteArray("TRUE") : QByteArray("FALSE"));
                        } else if (kind == 2) {
                            extras.values.insert(key, errorText(quint8(r.body[8])));
                        } else {
                            extras.values.insert(key, QByteArray());
                        }
                    } else {
                        double value = 0;
                        std::memcpy(&value, r.body.data() + 6, sizeof value);
                        value = qFromLittleEndian(value);
                        QByteArray text;
                        if (std::isfinite(value))
                            ExcelValues::appendNumber(text, value, formatOf(u16(r.body, 4)), book->m_date1904);
                        extras.values.insert(key, text);
                    }
                    break;
                }
                case 0x0207: // STRING: a formula's text result
                    if (pending) {
                        pending = false;
                        const QString text = biff8 ? biffString(r.body, 3, u16(r.body, 0), quint8(r.body.size() > 2 ? r.body[2] : 0))
                                                   : QString::fromLatin1(r.body.sliced(qMin<qsizetype>(2, r.body.size())));
                        extras.values.insert(pendingString, text.toUtf8());
                    }
                    break;
                case 0x0205: // BOOLERR
                    if (r.body.size() >= 8)
                        extras.values.insert(key, r.body[7] ? QByteArray(errorText(quint8(r.body[6]))) : r.body[6] ? QByteArray("TRUE") : QByteArray("FALSE"));
                    break;
                case 0x00E5: { // MERGECELLS
                    const quint16 n = u16(r.body, 0);
                    for (quint16 k = 0; k < n && 2 + 8 * (k + 1) <= r.body.size(); ++k) {
                        const qsizetype at = 2 + 8 * k;
                        extras.merges.append(MergedRange{qint64(u16(r.body, at)) + 1, qint64(u16(r.body, at + 2)) + 1,
                                                         qint64(u16(r.body, at + 4)) + 1, qint64(u16(r.body, at + 6)) + 1});
                    }
                    break;
                }
                default:
                    break;
                }
            }
        }
        book->m_extras.push_back(std::move(extras));
    }
    if (book->m_sheets.isEmpty())
        return workbookError(QStringLiteral("workbook-empty"), QCoreApplication::translate("Workbook", "expected a worksheet in the workbook, found none"));
    return std::shared_ptr<const Workbook>(std::move(book));
}

namespace {

// One sheet through its own FreeXL handle (a handle has one selected sheet, and is not shared between threads).
class XlsSheetReader : public SheetReader
{
public:
    XlsSheetReader(std::shared_ptr<const XlsWorkbook> book, const void *handle, unsigned rows, unsigned columns, unsigned firstRow,
                   const XlsWorkbook::Extras &extras, bool date1904)
        : SheetReader(extras.merges), m_book(std::move(book)), m_handle(handle), m_rows(rows), m_columns(columns), m_next(firstRow),
          m_extras(extras), m_date1904(date1904)
    {
    }
    ~XlsSheetReader() override { freexl_close(m_handle); }
    qint64 position() const override { return m_next; }
    qint64 size() const override { return m_rows; }

protected:
    bool readRow(Row &row) override
    {
        while (m_next < m_rows) {
            const unsigned r = m_next++;
            row.clear();
            row.number = r + 1;
            for (unsigned c = 0; c < m_columns; ++c) {
                const quint32 key = quint32(r) << 8 | c;
                if (const auto v = m_extras.values.constFind(key); v != m_extras.values.constEnd()) {
                    row.begin(c + 1);
                    row.text += *v;
                    row.end(c + 1);
                    continue;
                }
                FreeXL_CellValue cell;
                if (freexl_get_cell_value(m_handle, r, quint16(c), &cell) != FREEXL_OK)
                    continue;
                switch (cell.type) {
                case FREEXL_CELL_INT:
                case FREEXL_CELL_DOUBLE: {
                    const double value = cell.type == FREEXL_CELL_INT ? double(cell.value.int_value) : cell.value.double_value;
                    row.begin(c + 1);
                    ExcelValues::appendNumber(row.text, value, m_extras.formats.value(key, ExcelValues::Format::General), m_date1904);
                    row.end(c + 1);
                    break;
                }
                case FREEXL_CELL_TEXT:
                case FREEXL_CELL_SST_TEXT:
                case FREEXL_CELL_DATE:
                case FREEXL_CELL_DATETIME:
                case FREEXL_CELL_TIME:
                    row.begin(c + 1);
                    if (cell.value.text_value)
                        row.text += cell.value.text_value;
                    row.end(c + 1);
                    break;
                default:
                    break;
                }
            }
            if (row.width() > 0)
                return true;
        }
        return false;
    }

private:
    std::shared_ptr<const XlsWorkbook> m_book;
    const void *m_handle;
    unsigned m_rows, m_columns, m_next;
    const XlsWorkbook::Extras &m_extras;
    bool m_date1904;
};

} // namespace

Result<std::unique_ptr<RecordSource>> XlsWorkbook::open(int sheet, bool last) const
{
    if (sheet < 0 || sheet >= m_sheets.size())
        return workbookError(QStringLiteral("workbook-sheet"), QCoreApplication::translate("Workbook", "there is no sheet %1").arg(sheet + 1));
    const void *handle = nullptr;
    const int opened = freexl_open(m_path.toLocal8Bit().constData(), &handle);
    if (opened != FREEXL_OK) {
        if (handle)
            freexl_close(handle);
        return workbookError(QStringLiteral("workbook-damaged"),
                             QCoreApplication::translate("Workbook", "the workbook is damaged or cut off (FreeXL cannot read it: error %1)").arg(opened));
    }
    unsigned rows = 0;
    unsigned short columns = 0;
    if (freexl_select_active_worksheet(handle, quint16(m_freexlSheet[size_t(sheet)])) != FREEXL_OK
        || freexl_worksheet_dimensions(handle, &rows, &columns) != FREEXL_OK) {
        freexl_close(handle);
        return workbookError(QStringLiteral("workbook-damaged"),
                             QCoreApplication::translate("Workbook", "the workbook is damaged: its sheet “%1” cannot be read").arg(m_sheets[sheet]));
    }
    const unsigned first = last && rows > 64 ? rows - 64 : 0;
    return std::unique_ptr<RecordSource>(
        new XlsSheetReader(shared_from_this(), handle, rows, qMin<unsigned>(columns, 256), first, m_extras[size_t(sheet)], m_date1904));
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
