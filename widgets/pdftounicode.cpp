#include "pdftounicode.h"

#include <QList>
#include <QRegularExpression>
#include <QSet>

#include <zlib.h>

#include <algorithm>
#include <functional>
#include <optional>

namespace zhisuan::widgets {

Q_LOGGING_CATEGORY(lcPdfText, "zhisuan.pdf", QtInfoMsg) // the count of entries rewritten is a debug line

namespace {

bool isIdeograph(char32_t c)
{
    return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF);
}

std::optional<QByteArray> inflated(const QByteArray &data)
{
    z_stream z{};
    if (inflateInit(&z) != Z_OK)
        return std::nullopt;
    QByteArray out;
    char buffer[16384];
    z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.constData()));
    z.avail_in = uInt(data.size());
    int status = Z_OK;
    while (status == Z_OK) {
        z.next_out = reinterpret_cast<Bytef *>(buffer);
        z.avail_out = sizeof buffer;
        status = inflate(&z, Z_NO_FLUSH);
        out.append(buffer, qsizetype(sizeof buffer - z.avail_out));
        if (status == Z_BUF_ERROR && z.avail_in == 0)
            break;
    }
    inflateEnd(&z);
    if (status != Z_STREAM_END)
        return std::nullopt;
    return out;
}

QByteArray deflated(const QByteArray &data)
{
    uLongf size = compressBound(uLong(data.size()));
    QByteArray out(qsizetype(size), Qt::Uninitialized);
    if (compress2(reinterpret_cast<Bytef *>(out.data()), &size, reinterpret_cast<const Bytef *>(data.constData()), uLong(data.size()), 9) != Z_OK)
        return {};
    out.truncate(qsizetype(size));
    return out;
}

// A CMap's tokens: hex strings, brackets, and words (operators, numbers, names).
struct Token
{
    qsizetype at = 0, length = 0;
    QByteArray text;
    bool hex() const { return text.startsWith('<') && !text.startsWith("<<"); }
};

QList<Token> tokens(const QByteArray &s)
{
    QList<Token> out;
    qsizetype i = 0;
    while (i < s.size()) {
        const char c = s[i];
        if (c == ' ' || c == '\n' || c == '\r' || c == '\t') {
            ++i;
            continue;
        }
        qsizetype end = i + 1;
        if (c == '<' && end < s.size() && s[end] != '<') {
            end = s.indexOf('>', i);
            end = end < 0 ? s.size() : end + 1;
        } else if (c != '[' && c != ']') {
            while (end < s.size() && !QByteArrayView(" \n\r\t[]<").contains(s[end]))
                ++end;
        }
        out.append({i, end - i, s.mid(i, end - i)});
        i = end;
    }
    return out;
}

std::optional<uint> hexValue(const Token &t)
{
    bool ok = false;
    const uint v = t.text.mid(1, t.length - 2).toUInt(&ok, 16);
    return ok && t.hex() && t.text.endsWith('>') ? std::optional<uint>(v) : std::nullopt;
}

QByteArray hex4(uint v)
{
    return '<' + QByteArray::number(v, 16).toUpper().rightJustified(4, '0') + '>';
}

struct Edit
{
    qsizetype at = 0, length = 0;
    QByteArray with;
};

QByteArray applied(const QByteArray &s, QList<Edit> edits)
{
    std::sort(edits.begin(), edits.end(), [](const Edit &a, const Edit &b) { return a.at < b.at; });
    QByteArray out;
    qsizetype from = 0;
    for (const Edit &e : edits) {
        out += s.mid(from, e.at - from) + e.with;
        from = e.at + e.length;
    }
    return out + s.mid(from);
}

} // namespace

namespace {

// The destinations of a ToUnicode CMap rewritten through `map`; nullopt when a bfchar/bfrange section is not as the
// PDF reference spells it. Only single UTF-16 units are rewritten: a ligature's <00660069> stays as it is.
std::optional<QByteArray> remappedCMap(const QByteArray &cmap, const QHash<char16_t, char16_t> &map, int *changed)
{
    const QList<Token> t = tokens(cmap);
    QList<Edit> edits;
    auto remapped = [&](const Token &dst) -> std::optional<uint> {
        const auto v = hexValue(dst);
        return v && dst.length == 6 && map.contains(char16_t(*v)) ? std::optional<uint>(map.value(char16_t(*v))) : std::nullopt;
    };
    for (qsizetype i = 0; i < t.size(); ++i) {
        const bool chars = t[i].text == "beginbfchar", ranges = t[i].text == "beginbfrange";
        if (!chars && !ranges)
            continue;
        const QByteArray end = chars ? "endbfchar" : "endbfrange";
        for (++i; i < t.size() && t[i].text != end;) {
            const auto lo = hexValue(t[i]);
            const auto hi = chars ? lo : (i + 1 < t.size() ? hexValue(t[i + 1]) : std::nullopt);
            i += chars ? 1 : 2;
            if (!lo || !hi || *hi < *lo || i >= t.size())
                return std::nullopt;
            if (t[i].text == "[") { // <lo> <hi> [<d> <d> …]: one destination per code
                for (++i; i < t.size() && t[i].text != "]"; ++i) {
                    if (!hexValue(t[i]))
                        return std::nullopt;
                    if (const auto to = remapped(t[i]))
                        edits.append({t[i].at, t[i].length, hex4(*to)});
                }
                if (i >= t.size())
                    return std::nullopt;
                ++i;
                continue;
            }
            const auto dst = hexValue(t[i]);
            if (!dst)
                return std::nullopt;
            if (t[i].length == 6) { // <lo> <hi> <d>: d, d+1, … — spelt out when any of them is a twin
                QList<QByteArray> each;
                bool any = false;
                for (uint k = 0; k <= *hi - *lo && *dst + k <= 0xFFFF; ++k) {
                    const uint code = *dst + k;
                    any = any || map.contains(char16_t(code));
                    each << hex4(map.value(char16_t(code), char16_t(code)));
                }
                if (any)
                    edits.append({t[i].at, t[i].length, *hi == *lo ? each.value(0) : '[' + each.join(' ') + ']'});
            }
            ++i;
        }
    }
    *changed += int(edits.size());
    return applied(cmap, edits);
}

struct Xref
{
    qsizetype at = -1;               // where "xref" starts
    qsizetype entriesAt = -1;        // the first 20-byte entry
    QList<qint64> offsets;           // by object number; -1 for a free entry
    qsizetype startxrefValueAt = -1; // the digits after "startxref"
    qsizetype startxrefValueLength = 0;
};

std::optional<Xref> readXref(const QByteArray &pdf, QString *why)
{
    Xref x;
    const qsizetype sx = pdf.lastIndexOf("startxref");
    static const QRegularExpression number(QStringLiteral("^startxref\\s+(\\d+)"));
    const auto m = number.match(QString::fromLatin1(pdf.mid(sx, 40)));
    if (sx < 0 || !m.hasMatch())
        return *why = QStringLiteral("no startxref"), std::nullopt;
    x.at = m.captured(1).toLongLong();
    x.startxrefValueAt = sx + m.capturedStart(1);
    x.startxrefValueLength = m.capturedLength(1);
    static const QRegularExpression head(QStringLiteral("^xref\\s+0\\s+(\\d+)\\s*?\\n"));
    const auto h = head.match(QString::fromLatin1(pdf.mid(x.at, 40)));
    if (x.at <= 0 || x.at >= pdf.size() || !h.hasMatch())
        return *why = QStringLiteral("no classic xref table at %1 (an xref stream?)").arg(x.at), std::nullopt;
    x.entriesAt = x.at + h.capturedLength(0);
    const int count = h.captured(1).toInt();
    if (x.entriesAt + qsizetype(count) * 20 > pdf.size())
        return *why = QStringLiteral("xref table cut short"), std::nullopt;
    for (int i = 0; i < count; ++i) {
        const QByteArray entry = pdf.mid(x.entriesAt + qsizetype(i) * 20, 20);
        bool ok = false;
        const qint64 offset = entry.left(10).toLongLong(&ok);
        if (!ok || (entry[17] != 'n' && entry[17] != 'f'))
            return *why = QStringLiteral("xref entry %1 unreadable").arg(i), std::nullopt;
        x.offsets << (entry[17] == 'n' ? offset : -1);
    }
    const QByteArray rest = pdf.mid(x.entriesAt + qsizetype(count) * 20, x.startxrefValueAt - x.entriesAt - qsizetype(count) * 20);
    if (!rest.trimmed().startsWith("trailer") || rest.contains("/Prev"))
        return *why = QStringLiteral("more than one xref section (an incremental update?)"), std::nullopt;
    for (int i = 0; i < count; ++i)
        if (x.offsets[i] >= 0 && !pdf.mid(x.offsets[i], 24).startsWith(QByteArray::number(i) + " 0 obj"))
            return *why = QStringLiteral("xref entry %1 does not point at its object").arg(i), std::nullopt;
    return x;
}

// One ToUnicode stream: where its /Length digits and its data are, and whether it is deflated.
struct CMapStream
{
    qsizetype lengthAt = -1, lengthLength = 0, dataAt = -1, dataLength = 0;
    bool deflated = false;
};

std::optional<CMapStream> cmapStream(const QByteArray &pdf, qint64 at, QString *why)
{
    CMapStream s;
    const qsizetype streamWord = pdf.indexOf("stream", at);
    const qsizetype objEnd = pdf.indexOf("endobj", at);
    if (streamWord < 0 || (objEnd >= 0 && objEnd < streamWord))
        return *why = QStringLiteral("object at %1 has no stream").arg(at), std::nullopt;
    const QString dict = QString::fromLatin1(pdf.mid(at, streamWord - at));
    static const QRegularExpression length(QStringLiteral("/Length\\s+(\\d+)(\\s+\\d+\\s+R)?"));
    const auto m = length.match(dict);
    if (!m.hasMatch() || !m.captured(2).isEmpty())
        return *why = QStringLiteral("stream at %1 has no direct /Length").arg(at), std::nullopt;
    static const QRegularExpression filter(QStringLiteral("/Filter\\s*(\\[\\s*)?/(\\w+)"));
    const auto f = filter.match(dict);
    if ((f.hasMatch() && f.captured(2) != QLatin1String("FlateDecode")) || dict.contains(QLatin1String("/DecodeParms")))
        return *why = QStringLiteral("stream at %1 has a filter other than FlateDecode").arg(at), std::nullopt;
    s.deflated = f.hasMatch();
    s.lengthAt = at + m.capturedStart(1);
    s.lengthLength = m.capturedLength(1);
    s.dataAt = streamWord + 6 + (pdf.mid(streamWord + 6, 2) == "\r\n" ? 2 : 1);
    s.dataLength = m.captured(1).toLongLong(); // up to 19 digits: compared with what is left, never added to dataAt first
    if (s.dataLength > pdf.size() - s.dataAt || !pdf.mid(s.dataAt + s.dataLength, 16).trimmed().startsWith("endstream"))
        return *why = QStringLiteral("stream at %1: /Length does not end at endstream").arg(at), std::nullopt;
    return s;
}

// The edits that rewrite one ToUnicode stream (nothing when none of its entries is a twin).
// The font's map is asked for only when the CMap names a code point it could rewrite.
std::optional<QList<Edit>> streamEdits(const QByteArray &pdf, qint64 at, const std::function<QHash<char16_t, char16_t>()> &map, int *changed,
                                       QString *why)
{
    const auto s = cmapStream(pdf, at, why);
    if (!s)
        return std::nullopt;
    const QByteArray data = pdf.mid(s->dataAt, s->dataLength);
    const auto cmap = s->deflated ? inflated(data) : std::optional<QByteArray>(data);
    if (!cmap)
        return *why = QStringLiteral("stream at %1 does not inflate").arg(at), std::nullopt;
    const QList<Token> all = tokens(*cmap);
    if (std::none_of(all.begin(), all.end(), [](const Token &t) {
            const auto v = t.length == 6 ? hexValue(t) : std::nullopt;
            return v && *v >= PdfToUnicode::kTwinsFirst && *v <= PdfToUnicode::kTwinsLast;
        }))
        return QList<Edit>{};
    int here = 0;
    const auto out = remappedCMap(*cmap, map(), &here);
    if (!out)
        return *why = QStringLiteral("ToUnicode CMap at %1 unreadable").arg(at), std::nullopt;
    if (here == 0)
        return QList<Edit>{};
    *changed += here;
    const QByteArray written = s->deflated ? deflated(*out) : *out;
    if (written.isEmpty())
        return *why = QStringLiteral("stream at %1 does not deflate").arg(at), std::nullopt;
    return QList<Edit>{{s->lengthAt, s->lengthLength, QByteArray::number(written.size())}, {s->dataAt, s->dataLength, written}};
}

// The file with the edits made, the xref entries and startxref moved to where the objects now start.
QByteArray withEdits(const QByteArray &pdf, const Xref &x, const QList<Edit> &edits)
{
    auto moved = [&](qint64 offset) {
        qint64 delta = 0;
        for (const Edit &e : edits)
            if (e.at < offset)
                delta += e.with.size() - e.length;
        return offset + delta;
    };
    QList<Edit> all = edits;
    for (int i = 0; i < x.offsets.size(); ++i)
        if (x.offsets[i] >= 0)
            all.append({x.entriesAt + qsizetype(i) * 20, 10, QByteArray::number(moved(x.offsets[i])).rightJustified(10, '0')});
    all.append({x.startxrefValueAt, x.startxrefValueLength, QByteArray::number(moved(x.at))});
    return applied(pdf, all);
}

} // namespace

QHash<char16_t, char16_t> PdfToUnicode::byNormalization()
{
    QHash<char16_t, char16_t> map;
    for (char32_t c = kTwinsFirst; c <= kTwinsLast; ++c) {
        const QString nfkc = QString(QChar(char16_t(c))).normalized(QString::NormalizationForm_KC);
        if (nfkc.size() == 1 && isIdeograph(nfkc[0].unicode()))
            map.insert(char16_t(c), nfkc[0].unicode());
    }
    return map;
}

QByteArray PdfToUnicode::rewritten(const QByteArray &pdf, const Equivalents &equivalents)
{
    QString why;
    const auto x = readXref(pdf, &why);
    if (!x) {
        qCWarning(lcPdfText) << "PDF text left as written:" << why;
        return pdf;
    }
    // Each Type 0 font names its ToUnicode map beside its BaseFont (the subset tag "ABCDEF+" is not the font's name).
    // A map whose font is not found so is still repaired, by NFKC.
    static const QRegularExpression font(QStringLiteral("/BaseFont\\s*/(?:[A-Z]{6}\\+)?([^\\s/\\[\\]<>()]+)((?:(?!>>)[\\s\\S])*?)/ToUnicode\\s+(\\d+)\\s+0\\s+R"));
    static const QRegularExpression toUnicode(QStringLiteral("/ToUnicode\\s+(\\d+)\\s+0\\s+R"));
    const QString text = QString::fromLatin1(pdf);
    QHash<int, QByteArray> fontOf;
    for (auto it = font.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        fontOf.insert(m.captured(3).toInt(), m.captured(1).toLatin1());
    }
    QList<Edit> edits;
    QSet<int> done;
    int changed = 0;
    for (auto it = toUnicode.globalMatch(text); it.hasNext();) {
        const int object = it.next().captured(1).toInt();
        if (done.contains(object))
            continue;
        done.insert(object);
        if (object <= 0 || object >= x->offsets.size() || x->offsets[object] < 0 || x->offsets[object] >= x->at) {
            qCWarning(lcPdfText) << "PDF text left as written: ToUnicode object" << object << "not in the xref table";
            return pdf;
        }
        const auto map = [&] { return fontOf.contains(object) ? equivalents(fontOf.value(object)) : byNormalization(); };
        const auto more = streamEdits(pdf, x->offsets[object], map, &changed, &why);
        if (!more) {
            qCWarning(lcPdfText) << "PDF text left as written:" << why;
            return pdf;
        }
        edits += *more;
    }
    if (edits.isEmpty())
        return pdf;
    const QByteArray out = withEdits(pdf, *x, edits);
    if (!readXref(out, &why)) { // never hand on a file whose objects are not where its table says
        qCWarning(lcPdfText) << "PDF text left as written: the rewritten file did not check:" << why;
        return pdf;
    }
    qCDebug(lcPdfText) << "PDF text:" << changed << "ToUnicode entries rewritten";
    return out;
}

} // namespace zhisuan::widgets
