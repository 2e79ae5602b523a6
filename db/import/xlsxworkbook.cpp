#include "xlsxworkbook.h"

#include "xlsxsheetreader.h"

#include <QCoreApplication>
#include <QHash>
#include <QXmlStreamReader>

#include <functional>

namespace zhisuan::db {

namespace {

Error workbookError(const QString &code, const QString &message)
{
    return Error{code, message, {}};
}

QStringView localName(QStringView name)
{
    return name.mid(name.lastIndexOf(u':') + 1);
}

// Streams one XML part through `onToken` (called for every token but the DTD, which refuses the part).
Result<void> readXml(const ZipArchive &archive, const QString &name, qint64 limit, const std::function<Result<void>(QXmlStreamReader &)> &onToken)
{
    auto part = archive.part(name, limit);
    if (!part)
        return part.error();
    QXmlStreamReader xml;
    xml.setNamespaceProcessing(false);
    QByteArray chunk;
    for (;;) {
        const auto t = xml.readNext();
        if (t == QXmlStreamReader::DTD)
            return workbookError(QStringLiteral("workbook-dtd"),
                                 QCoreApplication::translate("Workbook", "the workbook's XML declares a DTD, which no spreadsheet program writes: "
                                                                         "refused (its entities could expand without end)"));
        if (t == QXmlStreamReader::Invalid) {
            if (xml.error() == QXmlStreamReader::PrematureEndOfDocumentError) {
                chunk.clear();
                auto got = part.value()->readInto(chunk, 1 << 20);
                if (!got)
                    return got.error();
                if (got.value() > 0) {
                    xml.addData(chunk);
                    continue;
                }
            }
            return workbookError(QStringLiteral("workbook-damaged"),
                                 QCoreApplication::translate("Workbook", "the workbook is damaged or cut off: its part “%1” cannot be read (%2)")
                                     .arg(name, xml.errorString()));
        }
        if (t == QXmlStreamReader::EndDocument)
            return {};
        if (auto r = onToken(xml); !r)
            return r;
    }
}

// A relationship's target as a path in the archive, from the part whose relationships name it.
QString resolve(const QString &fromPart, const QString &target)
{
    QString path = target.startsWith(QLatin1Char('/')) ? target.mid(1) : fromPart.section(QLatin1Char('/'), 0, -2) + QLatin1Char('/') + target;
    if (path.startsWith(QLatin1Char('/')))
        path = path.mid(1);
    QStringList parts;
    for (const QString &p : path.split(QLatin1Char('/'), Qt::SkipEmptyParts)) {
        if (p == QLatin1String(".."))
            parts.isEmpty() ? void() : parts.removeLast();
        else if (p != QLatin1String("."))
            parts << p;
    }
    return parts.join(QLatin1Char('/'));
}

QString relsOf(const QString &part)
{
    const QString dir = part.section(QLatin1Char('/'), 0, -2);
    return (dir.isEmpty() ? QString() : dir + QLatin1Char('/')) + QStringLiteral("_rels/") + part.section(QLatin1Char('/'), -1) + QStringLiteral(".rels");
}

struct Relationship
{
    QString type, target;
};

Result<QHash<QString, Relationship>> relationships(const ZipArchive &archive, const QString &relsPart)
{
    QHash<QString, Relationship> rels;
    if (!archive.contains(relsPart))
        return rels;
    auto read = readXml(archive, relsPart, XlsxWorkbook::kMaxSmallPartBytes, [&](QXmlStreamReader &xml) -> Result<void> {
        if (xml.isStartElement() && localName(xml.name()) == u"Relationship") {
            const auto a = xml.attributes();
            rels.insert(a.value(QLatin1String("Id")).toString(), Relationship{a.value(QLatin1String("Type")).toString(), a.value(QLatin1String("Target")).toString()});
        }
        return {};
    });
    if (!read)
        return read.error();
    return rels;
}

bool ofType(const Relationship &r, QLatin1String kind)
{
    return r.type.endsWith(QLatin1Char('/') + kind);
}

// The workbook's part, as the package's relationships name it (xl/workbook.xml in every file Excel writes); an
// OpenDocument file or a zip of something else is refused.
Result<QString> findWorkbookPart(const ZipArchive &archive)
{
    QString workbookPart;
    auto rels = relationships(archive, QStringLiteral("_rels/.rels"));
    if (!rels)
        return rels.error();
    for (const Relationship &r : rels.value())
        if (ofType(r, QLatin1String("officeDocument")))
            workbookPart = resolve(QString(), r.target);
    if (workbookPart.isEmpty() && archive.contains(QStringLiteral("xl/workbook.xml")))
        workbookPart = QStringLiteral("xl/workbook.xml");
    if (!workbookPart.isEmpty() && archive.contains(workbookPart))
        return workbookPart;
    if (archive.contains(QStringLiteral("content.xml")) && archive.contains(QStringLiteral("mimetype")))
        return workbookError(QStringLiteral("workbook-not-excel"),
                             QCoreApplication::translate("Workbook", "expected an Excel workbook, found an OpenDocument file (.ods): save it "
                                                                     "as .xlsx or CSV"));
    return workbookError(QStringLiteral("workbook-not-excel"),
                         QCoreApplication::translate("Workbook", "expected an Excel workbook (.xlsx), found a zip archive without one"));
}

} // namespace

Result<std::shared_ptr<const Workbook>> XlsxWorkbook::open(const std::shared_ptr<const ImportInput> &input)
{
    auto opened = ZipArchive::open(input);
    if (!opened)
        return opened.error();
    const ZipArchive &archive = *opened.value();
    std::shared_ptr<XlsxWorkbook> book(new XlsxWorkbook);
    book->m_input = input;
    const auto workbookPart = findWorkbookPart(archive);
    if (!workbookPart)
        return workbookPart.error();
    auto entries = book->readWorkbookPart(archive, workbookPart.value());
    if (!entries)
        return entries.error();

    auto rels = relationships(archive, relsOf(workbookPart.value()));
    if (!rels)
        return rels.error();
    for (const SheetEntry &e : std::as_const(entries.value())) {
        const auto it = rels.value().constFind(e.id);
        if (it == rels.value().constEnd() || !ofType(*it, QLatin1String("worksheet")))
            continue; // a chart sheet, a dialog sheet: no cells to import
        book->m_sheets << e.name;
        book->m_parts << resolve(workbookPart.value(), it->target);
    }
    if (book->m_sheets.isEmpty())
        return workbookError(QStringLiteral("workbook-empty"), QCoreApplication::translate("Workbook", "expected a worksheet in the workbook, found none"));

    for (const Relationship &r : rels.value()) {
        Result<void> read;
        if (ofType(r, QLatin1String("styles")))
            read = book->readStyles(archive, resolve(workbookPart.value(), r.target));
        else if (ofType(r, QLatin1String("sharedStrings")))
            read = book->readSharedStrings(archive, resolve(workbookPart.value(), r.target));
        if (!read)
            return read.error();
    }
    return std::shared_ptr<const Workbook>(std::move(book));
}

// The workbook part: its date system and its sheets in order, by name and relationship id.
Result<QList<XlsxWorkbook::SheetEntry>> XlsxWorkbook::readWorkbookPart(const ZipArchive &archive, const QString &part)
{
    QList<SheetEntry> entries;
    auto read = readXml(archive, part, kMaxSmallPartBytes, [&](QXmlStreamReader &xml) -> Result<void> {
        if (!xml.isStartElement())
            return {};
        const QStringView l = localName(xml.name());
        if (l == u"workbookPr") {
            const QXmlStreamAttributes attributes = xml.attributes(); // held while `v` views it
            const QStringView v = attributes.value(QLatin1String("date1904"));
            m_date1904 = v == u"1" || v == u"true";
        } else if (l == u"sheet") {
            SheetEntry e;
            for (const QXmlStreamAttribute &a : xml.attributes()) {
                if (a.qualifiedName() == u"name")
                    e.name = a.value().toString();
                else if (localName(a.qualifiedName()) == u"id" && a.qualifiedName().contains(u':'))
                    e.id = a.value().toString();
            }
            entries.append(e);
        }
        return {};
    });
    if (!read)
        return read.error();
    return entries;
}

// The styles part: the class of number format (date, percent, …) of each cell style.
Result<void> XlsxWorkbook::readStyles(const ZipArchive &archive, const QString &part)
{
    QHash<int, QString> codes;
    bool inCellXfs = false;
    return readXml(archive, part, kMaxSmallPartBytes, [&](QXmlStreamReader &xml) -> Result<void> {
        const QStringView l = localName(xml.name());
        if (xml.isStartElement() && l == u"numFmt") {
            codes.insert(xml.attributes().value(QLatin1String("numFmtId")).toInt(), xml.attributes().value(QLatin1String("formatCode")).toString());
        } else if (l == u"cellXfs") {
            inCellXfs = xml.isStartElement();
        } else if (inCellXfs && xml.isStartElement() && l == u"xf") {
            const int id = xml.attributes().value(QLatin1String("numFmtId")).toInt();
            if (m_styles.size() < 1'000'000)
                m_styles.push_back(ExcelValues::classify(id, codes.value(id)));
        }
        return {};
    });
}

// The shared strings: each string's text without its phonetic runs, bounded in count and in bytes.
Result<void> XlsxWorkbook::readSharedStrings(const ZipArchive &archive, const QString &part)
{
    bool inText = false;
    int phonetic = 0;
    return readXml(archive, part, ZipArchive::kMaxPartBytes, [&](QXmlStreamReader &xml) -> Result<void> {
        const QStringView l = localName(xml.name());
        if (xml.isStartElement()) {
            if (l == u"t")
                inText = true;
            else if (l == u"rPh")
                ++phonetic;
        } else if (xml.isEndElement()) {
            if (l == u"t") {
                inText = false;
            } else if (l == u"rPh") {
                --phonetic;
            } else if (l == u"si") {
                if (qint64(m_stringEnds.size()) >= kMaxSharedStrings)
                    return workbookError(QStringLiteral("workbook-too-large"),
                                         QCoreApplication::translate("Workbook", "the workbook's table of strings holds more than %L1 "
                                                                                 "strings: refused")
                                             .arg(kMaxSharedStrings));
                m_stringEnds.push_back(m_strings.size());
            }
        } else if (xml.isCharacters() && inText && phonetic == 0) {
            m_strings += xml.text().toUtf8();
            if (m_strings.size() > kMaxSharedStringBytes)
                return workbookError(QStringLiteral("workbook-too-large"),
                                     QCoreApplication::translate("Workbook", "the workbook's table of strings holds more than %1 MB of "
                                                                             "text: refused")
                                         .arg(kMaxSharedStringBytes >> 20));
        }
        return {};
    });
}

QByteArrayView XlsxWorkbook::sharedString(qint64 index) const
{
    const qsizetype start = index == 0 ? 0 : m_stringEnds[size_t(index - 1)];
    return QByteArrayView(m_strings.constData() + start, m_stringEnds[size_t(index)] - start);
}

Result<XlsxWorkbook::Layout> XlsxWorkbook::layout(int sheet) const
{
    if (sheet < 0 || sheet >= m_sheets.size())
        return workbookError(QStringLiteral("workbook-sheet"), QCoreApplication::translate("Workbook", "there is no sheet %1").arg(sheet + 1));
    QMutexLocker lock(&m_layoutMutex);
    if (const auto it = m_layouts.find(sheet); it != m_layouts.end())
        return it->second;
    auto opened = sheetPart(sheet);
    if (!opened)
        return opened.error();
    const std::unique_ptr<ZipArchive::Part> &part = opened.value().second;
    // The sheet is inflated once, without parsing: its start up to <sheetData>, the last rows before </sheetData> and the
    // <mergeCells> after it are kept. The last rows become a document of their own (the start, the rows, the ends).
    constexpr qsizetype kHeadMax = qsizetype(8) << 20, kTailRows = qsizetype(64) << 10, kKeep = qsizetype(1) << 20,
                        kAfterMax = qsizetype(16) << 20;
    QByteArray head, window, after;
    QByteArray prefix; // the sheetData element's namespace prefix ("x:"), when the file uses one
    QByteArray endTag;
    qsizetype headEnd = -1;  // where <sheetData …> ends in head
    bool emptyData = false;
    qsizetype endAt = -1;    // where </sheetData> starts in window
    qsizetype rowsFrom = 0;  // where the rows start in window
    for (;;) {
        QByteArray chunk;
        auto got = part->readInto(chunk, 1 << 20);
        if (!got)
            return got.error();
        if (got.value() == 0)
            break;
        if (headEnd < 0) {
            head += chunk;
            qsizetype at = head.indexOf("sheetData");
            while (at > 0 && head[at - 1] != '<' && head[at - 1] != ':')
                at = head.indexOf("sheetData", at + 1);
            if (at > 0) {
                const qsizetype open = head.lastIndexOf('<', at);
                const qsizetype close = head.indexOf('>', at);
                if (close > 0) {
                    prefix = head.mid(open + 1, at - open - 1);
                    emptyData = head[close - 1] == '/';
                    headEnd = close + 1;
                    window = head.mid(headEnd);
                    head.truncate(headEnd);
                    endTag = "</" + prefix + "sheetData>";
                    if (emptyData)
                        break;
                }
            } else if (head.size() > kHeadMax) {
                return workbookError(QStringLiteral("workbook-damaged"),
                                     QCoreApplication::translate("Workbook", "the workbook is damaged: its sheet “%1” has no rows where they belong")
                                         .arg(m_sheets[sheet]));
            }
        } else if (endAt < 0) {
            window += chunk;
        } else {
            after += chunk;
        }
        if (headEnd >= 0 && endAt < 0) {
            endAt = window.indexOf(endTag, qMax<qsizetype>(0, window.size() - chunk.size() - endTag.size()));
            if (endAt >= 0) {
                after = window.mid(endAt + endTag.size());
                window.truncate(endAt);
            } else if (window.size() > 2 * kKeep) {
                window.remove(0, window.size() - kKeep);
                rowsFrom = -1; // the rows before were dropped: start at a row boundary below
            }
        }
        if (endAt >= 0 && (after.contains("</" + prefix + "mergeCells>") || after.size() > kAfterMax))
            break;
    }
    Layout l;
    // Merged cells: <mergeCell ref="A1:F1"/>.
    for (qsizetype at = after.indexOf("mergeCell "); at >= 0 && l.merges.size() < 100000; at = after.indexOf("mergeCell ", at + 1)) {
        const qsizetype ref = after.indexOf("ref=\"", at);
        const qsizetype close = ref < 0 ? -1 : after.indexOf('"', ref + 5);
        if (close < 0)
            break;
        const QByteArray range = after.mid(ref + 5, close - ref - 5);
        MergedRange m;
        const QList<QByteArray> corners = range.split(':');
        if (!ExcelValues::parseCellRef(corners.value(0), m.firstRow, m.firstColumn))
            continue;
        if (corners.size() < 2 || !ExcelValues::parseCellRef(corners.value(1), m.lastRow, m.lastColumn))
            m.lastRow = m.firstRow, m.lastColumn = m.firstColumn;
        if (m.lastRow >= m.firstRow && m.lastColumn >= m.firstColumn)
            l.merges.append(m);
    }
    if (headEnd >= 0 && !emptyData) {
        // The last rows: from the first <row at or after kTailRows before the end.
        const QByteArray rowTag = "<" + prefix + "row";
        qsizetype from = rowsFrom < 0 || window.size() > kTailRows ? window.size() - kTailRows : 0;
        auto firstRow = [&](qsizetype at) {
            for (;;) {
                at = window.indexOf(rowTag, at);
                if (at < 0 || at + rowTag.size() >= window.size() || window[at + rowTag.size()] == ' ' || window[at + rowTag.size()] == '>')
                    return at;
                ++at;
            }
        };
        qsizetype start = firstRow(qMax<qsizetype>(0, from));
        if (start < 0)
            start = firstRow(0); // one row longer than the tail kept: it is the tail
        // The root element's name, to close the document as it was opened.
        QByteArray root = "worksheet";
        for (qsizetype at = head.indexOf('<'); at >= 0; at = head.indexOf('<', at + 1)) {
            if (at + 1 < head.size() && head[at + 1] != '?' && head[at + 1] != '!') {
                qsizetype e = at + 1;
                while (e < head.size() && head[e] != ' ' && head[e] != '>' && head[e] != '/' && head[e] != '\n' && head[e] != '\r' && head[e] != '\t')
                    ++e;
                root = head.mid(at + 1, e - at - 1);
                break;
            }
        }
        l.tail = head + (start >= 0 ? window.mid(start) : QByteArray()) + endTag + "</" + root + ">";
    }
    m_layouts[sheet] = l;
    return l;
}

Result<std::unique_ptr<RecordSource>> XlsxWorkbook::records(int sheet) const
{
    auto l = layout(sheet);
    if (!l)
        return l.error();
    auto opened = sheetPart(sheet);
    if (!opened)
        return opened.error();
    auto &[archive, part] = opened.value();
    return std::unique_ptr<RecordSource>(new XlsxSheetReader(shared_from_this(), std::move(archive), std::move(part), l.value().merges));
}

Result<std::pair<std::unique_ptr<ZipArchive>, std::unique_ptr<ZipArchive::Part>>> XlsxWorkbook::sheetPart(int sheet) const
{
    auto archive = ZipArchive::open(m_input);
    if (!archive)
        return archive.error();
    auto part = archive.value()->part(m_parts[sheet]);
    if (!part)
        return part.error();
    return std::make_pair(std::move(archive).value(), std::move(part).value());
}

Result<std::unique_ptr<RecordSource>> XlsxWorkbook::lastRecords(int sheet) const
{
    auto l = layout(sheet);
    if (!l)
        return l.error();
    return std::unique_ptr<RecordSource>(new XlsxSheetReader(shared_from_this(), l.value().tail, {}));
}

} // namespace zhisuan::db
