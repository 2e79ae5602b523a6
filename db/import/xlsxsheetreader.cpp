#include "xlsxsheetreader.h"

#include "excelvalues.h"
#include "xlsxworkbook.h"

#include <QCoreApplication>

#include <charconv>
#include <cmath>

namespace zhisuan::db {

namespace {

constexpr qint64 kChunk = qint64(1) << 20;

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

} // namespace

XlsxSheetReader::XlsxSheetReader(std::shared_ptr<const XlsxWorkbook> workbook, std::unique_ptr<ZipArchive> archive,
                                 std::unique_ptr<ZipArchive::Part> part, QList<MergedRange> merges)
    : SheetReader(std::move(merges)), m_workbook(std::move(workbook)), m_archive(std::move(archive)), m_part(std::move(part))
{
    m_xml.setNamespaceProcessing(false);
}

XlsxSheetReader::XlsxSheetReader(std::shared_ptr<const XlsxWorkbook> workbook, const QByteArray &document, QList<MergedRange> merges)
    : SheetReader(std::move(merges)), m_workbook(std::move(workbook)), m_partDone(true), m_documentSize(document.size())
{
    m_xml.setNamespaceProcessing(false);
    m_xml.addData(document);
}

XlsxSheetReader::~XlsxSheetReader() = default;

qint64 XlsxSheetReader::position() const
{
    return m_part ? m_part->inflated() : m_xml.characterOffset();
}

qint64 XlsxSheetReader::size() const
{
    return m_part ? qMax(m_part->size(), m_part->inflated()) : m_documentSize;
}

bool XlsxSheetReader::more()
{
    if (m_partDone || !m_part)
        return false;
    m_chunk.clear();
    auto got = m_part->readInto(m_chunk, kChunk);
    if (!got) {
        fail(got.error().message, 0, 0);
        return false;
    }
    if (got.value() == 0) {
        m_partDone = true;
        return false;
    }
    m_xml.addData(m_chunk);
    return true;
}

void XlsxSheetReader::xmlFailed(qint64 row, qint64 column)
{
    if (!error().isEmpty())
        return; // the part could not be read: that is what happened
    fail(QCoreApplication::translate("Workbook", "the sheet's XML cannot be read (%1): the workbook is damaged or cut off")
             .arg(m_xml.errorString()),
         row, column);
}

bool XlsxSheetReader::token()
{
    for (;;) {
        const QXmlStreamReader::TokenType t = m_xml.readNext();
        if (t == QXmlStreamReader::DTD) {
            fail(QCoreApplication::translate("Workbook", "the workbook's XML declares a DTD, which no spreadsheet program writes: refused "
                                                         "(its entities could expand without end)"),
                 0, 0);
            return false;
        }
        if (t != QXmlStreamReader::Invalid)
            return true;
        if (m_xml.error() == QXmlStreamReader::PrematureEndOfDocumentError && more())
            continue;
        return false;
    }
}

bool XlsxSheetReader::readRow(Row &row)
{
    while (!m_done) {
        if (!token()) {
            xmlFailed(m_lastRow + 1, 0);
            return false;
        }
        const auto type = m_xml.tokenType();
        if (type == QXmlStreamReader::EndDocument) {
            m_done = true;
            return false;
        }
        const QStringView name = m_xml.name();
        const QStringView local = name.mid(name.lastIndexOf(u':') + 1);
        if (type == QXmlStreamReader::EndElement && local == u"sheetData") {
            m_done = true;
            return false;
        }
        if (type != QXmlStreamReader::StartElement)
            continue;
        if (local == u"sheetData") {
            m_inSheetData = true;
            continue;
        }
        if (local != u"row" || !m_inSheetData)
            continue;
        qint64 number = m_lastRow + 1;
        // The attributes are held while `r` views them: a view of the temporary's value would outlive it.
        const QXmlStreamAttributes rowAttributes = m_xml.attributes();
        if (const QStringView r = rowAttributes.value(QLatin1String("r")); !r.isEmpty()) {
            bool ok = false;
            number = r.toLongLong(&ok);
            if (!ok || number < 1 || number > ExcelValues::kMaxRows || number <= m_lastRow) {
                fail(QCoreApplication::translate("Workbook", "expected rows in order within Excel's %1, found row “%2” after row %3: the "
                                                             "workbook is damaged")
                         .arg(ExcelValues::kMaxRows)
                         .arg(r.toString())
                         .arg(m_lastRow),
                     m_lastRow + 1, 0);
                return false;
            }
        }
        m_lastRow = number;
        row.clear();
        row.number = number;
        qint64 lastColumn = 0;
        for (;;) {
            if (!token()) {
                xmlFailed(number, lastColumn + 1);
                return false;
            }
            const auto t = m_xml.tokenType();
            const QStringView n = m_xml.name();
            const QStringView l = n.mid(n.lastIndexOf(u':') + 1);
            if (t == QXmlStreamReader::EndElement && l == u"row")
                break;
            if (t == QXmlStreamReader::StartElement && l == u"c") {
                if (!readCell(row, number, lastColumn))
                    return false;
                if (row.text.size() > kMaxRowBytes) {
                    fail(QCoreApplication::translate("Workbook", "expected a row of at most %1 MB of text, found more").arg(kMaxRowBytes >> 20),
                         number, lastColumn);
                    return false;
                }
            }
        }
        if (row.width() > 0)
            return true;
    }
    return false;
}

bool XlsxSheetReader::readCell(Row &row, qint64 rowNumber, qint64 &lastColumn)
{
    const QXmlStreamAttributes attributes = m_xml.attributes();
    qint64 column = lastColumn + 1;
    if (const QStringView ref = attributes.value(QLatin1String("r")); !ref.isEmpty()) {
        qint64 refRow = 0;
        const QByteArray latin = ref.toLatin1();
        if (!ExcelValues::parseCellRef(latin, refRow, column) || refRow != rowNumber || column <= lastColumn) {
            fail(QCoreApplication::translate("Workbook", "expected the cells of row %1 in order, found a cell named “%2”: the workbook is "
                                                         "damaged")
                     .arg(rowNumber)
                     .arg(ref.toString()),
                 rowNumber, lastColumn + 1);
            return false;
        }
    }
    if (column > ExcelValues::kMaxColumns) {
        fail(QCoreApplication::translate("Workbook", "expected at most %1 columns, found more: the workbook is damaged").arg(ExcelValues::kMaxColumns),
             rowNumber, lastColumn);
        return false;
    }
    lastColumn = column;
    const QStringView type = attributes.value(QLatin1String("t"));
    qint64 style = -1;
    if (const QStringView s = attributes.value(QLatin1String("s")); !s.isEmpty())
        style = s.toLongLong();
    m_value.clear();
    m_formula.clear();
    bool hasValue = false, hasFormula = false;
    // Where characters go: the value, the formula, an inline string's text (not its phonetic guide), or nowhere.
    enum class Into { Nothing, Value, Formula } into = Into::Nothing;
    int phonetic = 0;
    bool inText = false;
    for (;;) {
        if (!token()) {
            xmlFailed(rowNumber, column);
            return false;
        }
        const auto t = m_xml.tokenType();
        const QStringView n = m_xml.name();
        const QStringView l = n.mid(n.lastIndexOf(u':') + 1);
        if (t == QXmlStreamReader::StartElement) {
            if (l == u"v") {
                hasValue = true;
                into = Into::Value;
            } else if (l == u"f") {
                hasFormula = true;
                into = Into::Formula;
            } else if (l == u"is") {
                hasValue = true;
            } else if (l == u"rPh") {
                ++phonetic;
            } else if (l == u"t") {
                inText = true;
            }
        } else if (t == QXmlStreamReader::EndElement) {
            if (l == u"c")
                break;
            if (l == u"v" || l == u"f")
                into = Into::Nothing;
            else if (l == u"rPh")
                --phonetic;
            else if (l == u"t")
                inText = false;
        } else if (t == QXmlStreamReader::Characters) {
            if (into == Into::Value || (inText && phonetic == 0))
                m_value += m_xml.text().toUtf8();
            else if (into == Into::Formula)
                m_formula += m_xml.text().toUtf8();
        }
    }
    const ExcelValues::Format format = m_workbook->styleFormat(style);
    if (!hasValue || (m_value.isEmpty() && type != u"str" && type != u"inlineStr" && type != u"s")) {
        if (hasFormula)
            row.fault(column, QCoreApplication::translate("Workbook", "expected the value of the formula =%1, found none stored: open the "
                                                                      "file in Excel or WPS, let it calculate, and save it")
                                  .arg(QString::fromUtf8(m_formula)));
        return true; // a cell with a style and nothing in it
    }
    row.begin(column);
    if (type == u"s") {
        bool ok = false;
        const qint64 index = QByteArrayView(m_value).trimmed().toLongLong(&ok);
        if (!ok || index < 0 || index >= m_workbook->sharedStringCount()) {
            row.end(column);
            row.fault(column, QCoreApplication::translate("Workbook", "expected a string of the workbook's table, found index “%1” (of %2): "
                                                                      "the workbook is damaged")
                                  .arg(QString::fromUtf8(m_value))
                                  .arg(m_workbook->sharedStringCount()));
            return true;
        }
        row.text += m_workbook->sharedString(index);
    } else if (type == u"inlineStr" || type == u"str" || type == u"e") {
        row.text += m_value;
    } else if (type == u"b") {
        row.text += QByteArrayView(m_value).trimmed() == "1" ? QByteArrayView("TRUE") : QByteArrayView("FALSE");
    } else if (type == u"d") {
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
            return true;
        }
        ExcelValues::appendNumber(row.text, number, format, m_workbook->date1904());
    }
    row.end(column);
    return true;
}

} // namespace zhisuan::db
