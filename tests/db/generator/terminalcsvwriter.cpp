#include "terminalcsvwriter.h"

#include <iconv.h>

#include <random>

namespace zhisuan::db::gen {

QString CsvStyle::reportName(Encoding e)
{
    switch (e) {
    case Encoding::Utf8:
    case Encoding::Utf8Bom:
        return QStringLiteral("UTF-8");
    case Encoding::Gb18030:
        return QStringLiteral("GB18030");
    case Encoding::Utf16LeBom:
    case Encoding::Utf16Le:
        return QStringLiteral("UTF-16LE");
    case Encoding::Utf16BeBom:
    case Encoding::Utf16Be:
        return QStringLiteral("UTF-16BE");
    }
    return {};
}

QString CsvStyle::tag(Encoding e)
{
    switch (e) {
    case Encoding::Utf8: return QStringLiteral("enc:utf8");
    case Encoding::Utf8Bom: return QStringLiteral("enc:utf8-bom");
    case Encoding::Gb18030: return QStringLiteral("enc:gb18030");
    case Encoding::Utf16LeBom: return QStringLiteral("enc:utf16le-bom");
    case Encoding::Utf16BeBom: return QStringLiteral("enc:utf16be-bom");
    case Encoding::Utf16Le: return QStringLiteral("enc:utf16le-nobom");
    case Encoding::Utf16Be: return QStringLiteral("enc:utf16be-nobom");
    }
    return {};
}

QStringList CsvStyle::tags() const
{
    QStringList t{tag(encoding)};
    t << (delimiter == ',' ? QStringLiteral("delim:comma") : delimiter == '\t' ? QStringLiteral("delim:tab") : QStringLiteral("delim:semicolon"));
    t << (eol == QLatin1String("\r\n") ? QStringLiteral("eol:crlf") : QStringLiteral("eol:lf"));
    if (quoteChance > 0)
        t << QStringLiteral("quote:random");
    if (padShortLines)
        t << QStringLiteral("layout:padded-lines");
    return t;
}

QByteArray TerminalCsvWriter::encode(const QString &text, CsvStyle::Encoding encoding)
{
    switch (encoding) {
    case CsvStyle::Encoding::Utf8:
    case CsvStyle::Encoding::Utf8Bom:
        return text.toUtf8();
    case CsvStyle::Encoding::Utf16LeBom:
    case CsvStyle::Encoding::Utf16Le:
    case CsvStyle::Encoding::Utf16BeBom:
    case CsvStyle::Encoding::Utf16Be: {
        const bool little = encoding == CsvStyle::Encoding::Utf16LeBom || encoding == CsvStyle::Encoding::Utf16Le;
        QByteArray out;
        out.reserve(text.size() * 2);
        for (QChar c : text) {
            const char16_t u = c.unicode();
            const char lo = char(u & 0xFF), hi = char(u >> 8);
            out.append(little ? lo : hi);
            out.append(little ? hi : lo);
        }
        return out;
    }
    case CsvStyle::Encoding::Gb18030: {
        QByteArray in = text.toUtf8();
        iconv_t cd = iconv_open("GB18030", "UTF-8");
        if (cd == iconv_t(-1))
            qFatal("iconv cannot convert UTF-8 to GB18030");
        QByteArray out(in.size() * 2 + 16, '\0');
        char *src = in.data();
        size_t srcLeft = size_t(in.size());
        char *dst = out.data();
        size_t dstLeft = size_t(out.size());
        if (iconv(cd, &src, &srcLeft, &dst, &dstLeft) == size_t(-1))
            qFatal("iconv could not write text as GB18030");
        iconv_close(cd);
        out.truncate(out.size() - qsizetype(dstLeft));
        return out;
    }
    }
    return {};
}

namespace {

qint64 codePoints(const QString &s)
{
    qint64 n = 0;
    for (qsizetype i = 0; i < s.size(); ++i)
        if (!s[i].isLowSurrogate())
            ++n;
    return n;
}

} // namespace

WrittenFile TerminalCsvWriter::write(const TerminalTable &table, const CsvStyle &style)
{
    WrittenFile out;
    std::mt19937_64 rng(style.quoteSeed);
    std::uniform_real_distribution<double> unit(0.0, 1.0);
    const QChar delimiter = QLatin1Char(style.delimiter);
    const int width = table.width();

    const bool bom = style.encoding == CsvStyle::Encoding::Utf8Bom || style.encoding == CsvStyle::Encoding::Utf16LeBom
        || style.encoding == CsvStyle::Encoding::Utf16BeBom;
    if (bom)
        out.bytes += encode(QString(QChar(0xFEFF)), style.encoding);
    const CsvStyle::Encoding other = style.encoding == CsvStyle::Encoding::Gb18030 ? CsvStyle::Encoding::Utf8 : CsvStyle::Encoding::Gb18030;

    qint64 line = 1;
    QString physical; // the current physical line's text so far
    for (int li = 0; li < table.lines.size(); ++li) {
        const TableLine &tl = table.lines[li];
        out.lines.append(line);
        QList<CellPosition> positions;
        QString text; // this logical line (a record), with its end
        qint64 column = codePoints(physical) + 1;
        QList<TableCell> cells = tl.cells;
        if (style.padShortLines && (tl.role == TableLine::Role::Title || tl.role == TableLine::Role::Footer || tl.role == TableLine::Role::Blank))
            while (cells.size() < width)
                cells.append(TableCell{});
        for (int ci = 0; ci < cells.size(); ++ci) {
            if (ci > 0) {
                text += delimiter;
                physical += delimiter;
                ++column;
            }
            const QString &v = cells[ci].text;
            const bool must = v.contains(delimiter) || v.contains(QLatin1Char('\n')) || v.contains(QLatin1Char('\r'))
                || v.startsWith(QLatin1Char('"'));
            const bool quote = must || (style.quoteChance > 0 && !v.isEmpty() && unit(rng) < style.quoteChance);
            CellPosition p{line, column, column + (quote ? 1 : 0)};
            positions.append(p);
            QString field = v;
            if (quote)
                field = QLatin1Char('"') + QString(v).replace(QLatin1String("\""), QLatin1String("\"\"")) + QLatin1Char('"');
            for (QChar c : field) {
                text += c;
                if (c == QLatin1Char('\n')) {
                    out.text.append(physical);
                    physical.clear();
                    ++line;
                    column = 1;
                } else {
                    physical += c;
                    if (!c.isLowSurrogate())
                        ++column;
                }
            }
        }
        text += style.eol;
        out.text.append(physical);
        physical.clear();
        ++line;
        out.cells.append(positions);
        out.bytes += encode(text, li == style.otherEncodingLine ? other : style.encoding);
    }
    return out;
}

} // namespace zhisuan::db::gen
