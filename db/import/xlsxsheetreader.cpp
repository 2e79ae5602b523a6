#include "xlsxsheetreader.h"

#include "excelvalues.h"
#include "xlsxworkbook.h"

#include <QCoreApplication>

#include <expat.h>

#include <charconv>
#include <cmath>
#include <cstring>

namespace zhisuan::db {

namespace {

constexpr qint64 kChunk = qint64(256) << 10;

QByteArray isoOfDateCell(QByteArrayView v, ExcelValues::Format format)
{
    // A t="d" cell holds ISO 8601 text: 2024-11-12T00:00:00(.000)(Z).
    QByteArray text = v.toByteArray();
    text.replace('T', ' ');
    if (const qsizetype dot = text.indexOf('.'); dot > 0)
        text.truncate(dot);
    if (text.endsWith('Z'))
        text.chop(1);
    if (format == ExcelValues::Format::Date && text.size() > 10)
        text.truncate(10);
    return text;
}

// An element's name without its namespace prefix ("x:row" is "row"): files written with a prefix are read alike. One
// pass over the name (this runs for every start and end tag of the sheet).
QByteArrayView local(const char *name)
{
    const char *from = name;
    const char *p = name;
    for (; *p; ++p)
        if (*p == ':')
            from = p + 1;
    return QByteArrayView(from, p - from);
}

// The attributes a row or a cell has that the reader uses, found in one pass.
struct Attributes
{
    QByteArrayView r, s, t;
    explicit Attributes(const char **attributes)
    {
        for (const char **a = attributes; a && a[0]; a += 2) {
            const QByteArrayView name = local(a[0]);
            if (name.size() != 1)
                continue;
            if (name[0] == 'r')
                r = QByteArrayView(a[1]);
            else if (name[0] == 's')
                s = QByteArrayView(a[1]);
            else if (name[0] == 't')
                t = QByteArrayView(a[1]);
        }
    }
};

} // namespace

struct XlsxSheetReader::Handlers
{
    static void XMLCALL start(void *self, const XML_Char *name, const XML_Char **attributes)
    {
        static_cast<XlsxSheetReader *>(self)->startElement(name, attributes);
    }
    static void XMLCALL end(void *self, const XML_Char *name) { static_cast<XlsxSheetReader *>(self)->endElement(name); }
    static void XMLCALL text(void *self, const XML_Char *s, int length) { static_cast<XlsxSheetReader *>(self)->characters(s, length); }
    static void XMLCALL doctype(void *self, const XML_Char *, const XML_Char *, const XML_Char *, int)
    {
        static_cast<XlsxSheetReader *>(self)->abort(QCoreApplication::translate("Workbook", "the workbook's XML declares a DTD, which no "
                                                                                            "spreadsheet program writes: refused (its "
                                                                                            "entities could expand without end)"),
                                                   0, 0);
    }
};

XlsxSheetReader::XlsxSheetReader(std::shared_ptr<const XlsxWorkbook> workbook, std::unique_ptr<ZipArchive> archive,
                                 std::unique_ptr<ZipArchive::Part> part, QList<MergedRange> merges)
    : SheetReader(std::move(merges)), m_workbook(std::move(workbook)), m_archive(std::move(archive)), m_part(std::move(part))
{
    setUp();
}

XlsxSheetReader::XlsxSheetReader(std::shared_ptr<const XlsxWorkbook> workbook, const QByteArray &document, QList<MergedRange> merges)
    : SheetReader(std::move(merges)), m_workbook(std::move(workbook)), m_document(document), m_documentSize(document.size())
{
    setUp();
}

XlsxSheetReader::~XlsxSheetReader()
{
    if (m_parser)
        XML_ParserFree(m_parser);
}

void XlsxSheetReader::setUp()
{
    // Names as written (no namespace processing: prefixes are stripped by local()); text as UTF-8.
    m_parser = XML_ParserCreate("UTF-8");
    if (!m_parser)
        return;
    XML_SetUserData(m_parser, this);
    XML_SetElementHandler(m_parser, &Handlers::start, &Handlers::end);
    XML_SetCharacterDataHandler(m_parser, &Handlers::text);
    XML_SetStartDoctypeDeclHandler(m_parser, &Handlers::doctype);
}

qint64 XlsxSheetReader::position() const
{
    // A document in memory (a sheet's last rows) is given to the parser whole (and expat's byte index is
    // deprecated in Debian 13's expat for a 64-bit one that Debian 12's lacks).
    if (m_part)
        return m_part->inflated();
    return m_fed ? m_documentSize : 0;
}

qint64 XlsxSheetReader::size() const
{
    return m_part ? qMax(m_part->size(), m_part->inflated()) : m_documentSize;
}

void XlsxSheetReader::abort(const QString &message, qint64 row, qint64 column)
{
    if (error().isEmpty())
        fail(message, row, column);
    XML_StopParser(m_parser, XML_FALSE);
}

void XlsxSheetReader::xmlFailed()
{
    if (!error().isEmpty())
        return; // the part could not be read, or a handler said what was wrong: that is what happened
    fail(QCoreApplication::translate("Workbook", "the sheet's XML cannot be read (%1): the workbook is damaged or cut off")
             .arg(QString::fromUtf8(XML_ErrorString(XML_GetErrorCode(m_parser)))),
         m_inRow ? m_rowNumber : m_lastRow + 1, m_inCell ? m_column : 0);
}

bool XlsxSheetReader::parse()
{
    if (!m_parser) {
        fail(QCoreApplication::translate("Workbook", "the sheet's XML cannot be read (%1): the workbook is damaged or cut off")
                 .arg(QStringLiteral("out of memory")),
             0, 0);
        return false;
    }
    while (!m_done) {
        XML_Status status;
        if (m_suspended) {
            m_suspended = false;
            status = XML_ResumeParser(m_parser);
        } else if (m_fed) {
            // The whole input was parsed without </sheetData>: a sheet without rows, or a document cut off.
            m_done = true;
            return false;
        } else if (!m_part) {
            m_fed = true;
            status = XML_Parse(m_parser, m_document.constData(), int(m_document.size()), XML_TRUE);
        } else {
            m_chunk.clear();
            auto got = m_part->readInto(m_chunk, kChunk);
            if (!got) {
                fail(got.error().message, m_lastRow + 1, 0);
                return false;
            }
            m_fed = got.value() == 0;
            status = XML_Parse(m_parser, m_chunk.constData(), int(m_chunk.size()), m_fed ? XML_TRUE : XML_FALSE);
        }
        if (status == XML_STATUS_ERROR) {
            // </sheetData> stops the parser on purpose (what follows is no row); anything else is the document's fault.
            if (!m_done || XML_GetErrorCode(m_parser) != XML_ERROR_ABORTED)
                xmlFailed();
            m_done = true;
            return false;
        }
        if (status == XML_STATUS_SUSPENDED)
            m_suspended = true;
        if (m_rowDone)
            return true;
    }
    return false;
}

bool XlsxSheetReader::readRow(Row &row)
{
    if (m_done)
        return false;
    m_row = &row;
    m_rowDone = false;
    const bool got = parse();
    m_row = nullptr;
    return got;
}

void XlsxSheetReader::startElement(const char *name, const char **attributes)
{
    const QByteArrayView l = local(name);
    if (m_inCell) {
        if (l == "v") {
            m_hasValue = true;
            m_into = Into::Value;
        } else if (l == "f") {
            m_hasFormula = true;
            m_into = Into::Formula;
        } else if (l == "is") {
            m_hasValue = true;
        } else if (l == "rPh") {
            ++m_phonetic;
        } else if (l == "t") {
            m_inText = true;
        }
    } else if (m_inRow) {
        if (l == "c")
            startCell(attributes);
    } else if (m_inSheetData) {
        if (l == "row")
            startRow(attributes);
    } else if (l == "sheetData") {
        m_inSheetData = true;
    }
}

void XlsxSheetReader::endElement(const char *name)
{
    const QByteArrayView l = local(name);
    if (m_inCell) {
        if (l == "c")
            endCell();
        else if (l == "v" || l == "f")
            m_into = Into::Nothing;
        else if (l == "rPh")
            --m_phonetic;
        else if (l == "t")
            m_inText = false;
    } else if (m_inRow) {
        if (l == "row") {
            m_inRow = false;
            if (m_row->width() > 0) {
                m_rowDone = true;
                XML_StopParser(m_parser, XML_TRUE); // hand the row on; resume at the next readRow
            }
        }
    } else if (m_inSheetData && l == "sheetData") {
        m_inSheetData = false;
        m_done = true;
        XML_StopParser(m_parser, XML_FALSE);
    }
}

void XlsxSheetReader::characters(const char *text, int length)
{
    if (!m_inCell)
        return;
    if (m_into == Into::Value || (m_inText && m_phonetic == 0))
        m_value.append(text, length);
    else if (m_into == Into::Formula)
        m_formula.append(text, length);
}

void XlsxSheetReader::startRow(const char **attributes)
{
    qint64 number = m_lastRow + 1;
    if (const QByteArrayView r = Attributes(attributes).r; !r.isNull()) {
        bool ok = false;
        number = r.toLongLong(&ok);
        if (!ok || number < 1 || number > ExcelValues::kMaxRows || number <= m_lastRow) {
            abort(QCoreApplication::translate("Workbook", "expected rows in order within Excel's %1, found row “%2” after row %3: the "
                                                          "workbook is damaged")
                      .arg(ExcelValues::kMaxRows)
                      .arg(QString::fromUtf8(r))
                      .arg(m_lastRow),
                  m_lastRow + 1, 0);
            return;
        }
    }
    m_lastRow = number;
    m_rowNumber = number;
    m_inRow = true;
    m_lastColumn = 0;
    m_row->clear();
    m_row->number = number;
}

void XlsxSheetReader::startCell(const char **attributes)
{
    qint64 column = m_lastColumn + 1;
    const Attributes a(attributes);
    if (const QByteArrayView ref = a.r; !ref.isNull()) {
        qint64 refRow = 0;
        if (!ExcelValues::parseCellRef(ref, refRow, column) || refRow != m_rowNumber || column <= m_lastColumn) {
            abort(QCoreApplication::translate("Workbook", "expected the cells of row %1 in order, found a cell named “%2”: the workbook is "
                                                          "damaged")
                      .arg(m_rowNumber)
                      .arg(QString::fromUtf8(ref)),
                  m_rowNumber, m_lastColumn + 1);
            return;
        }
    }
    if (column > ExcelValues::kMaxColumns) {
        abort(QCoreApplication::translate("Workbook", "expected at most %1 columns, found more: the workbook is damaged").arg(ExcelValues::kMaxColumns),
              m_rowNumber, m_lastColumn);
        return;
    }
    m_lastColumn = column;
    m_column = column;
    m_inCell = true;
    const QByteArrayView type = a.t;
    m_type.resize(0); // resize, not clear(): the buffers keep their capacity from cell to cell
    m_type.append(type);
    m_style = -1;
    if (!a.s.isNull())
        m_style = a.s.toLongLong();
    m_value.resize(0);
    m_formula.resize(0);
    m_hasValue = m_hasFormula = false;
    m_into = Into::Nothing;
    m_phonetic = 0;
    m_inText = false;
}

void XlsxSheetReader::endCell()
{
    m_inCell = false;
    Row &row = *m_row;
    const qint64 column = m_column;
    const QByteArrayView type(m_type);
    const ExcelValues::Format format = m_workbook->styleFormat(m_style);
    if (!m_hasValue || (m_value.isEmpty() && type != "str" && type != "inlineStr" && type != "s")) {
        if (m_hasFormula)
            row.fault(column, QCoreApplication::translate("Workbook", "expected the value of the formula =%1, found none stored: open the "
                                                                      "file in Excel or WPS, let it calculate, and save it")
                                  .arg(QString::fromUtf8(m_formula)));
        return; // a cell with a style and nothing in it
    }
    row.begin(column);
    if (type == "s") {
        bool ok = false;
        const qint64 index = QByteArrayView(m_value).trimmed().toLongLong(&ok);
        if (!ok || index < 0 || index >= m_workbook->sharedStringCount()) {
            row.end(column);
            row.fault(column, QCoreApplication::translate("Workbook", "expected a string of the workbook's table, found index “%1” (of %2): "
                                                                      "the workbook is damaged")
                                  .arg(QString::fromUtf8(m_value))
                                  .arg(m_workbook->sharedStringCount()));
            return;
        }
        row.text += m_workbook->sharedString(index);
    } else if (type == "inlineStr" || type == "str" || type == "e") {
        row.text += m_value;
    } else if (type == "b") {
        row.text += QByteArrayView(m_value).trimmed() == "1" ? QByteArrayView("TRUE") : QByteArrayView("FALSE");
    } else if (type == "d") {
        row.text += isoOfDateCell(m_value, format);
    } else {
        double number = 0;
        const QByteArrayView digits = QByteArrayView(m_value).trimmed();
        const char *first = digits.data(), *last = digits.data() + digits.size();
        if (first != last && *first == '+')
            ++first;
        const auto [end, ec] = std::from_chars(first, last, number);
        if (ec != std::errc() || end != last || !std::isfinite(number)) {
            row.end(column);
            row.fault(column, QCoreApplication::translate("Workbook", "expected a number in a number cell, found “%1”: the workbook is damaged")
                                  .arg(QString::fromUtf8(m_value)));
            return;
        }
        ExcelValues::appendNumber(row.text, number, format, m_workbook->date1904());
    }
    row.end(column);
    if (row.text.size() > kMaxRowBytes)
        abort(QCoreApplication::translate("Workbook", "expected a row of at most %1 MB of text, found more").arg(kMaxRowBytes >> 20), m_rowNumber,
              column);
}

} // namespace zhisuan::db
