#include "pdftextrepair.h"

#include "pdftounicode.h"

#include <QFontDatabase>
#include <QList>
#include <QMutex>
#include <QRawFont>

#include <algorithm>
#include <optional>

namespace zhisuan::widgets {

namespace {

// The font's PostScript name (name ID 6), as QPdfWriter writes it in /BaseFont.
QByteArray postscriptName(const QRawFont &font)
{
    const QByteArray name = font.fontTable("name");
    auto u16 = [&](qsizetype at) { return at + 2 <= name.size() ? (uchar(name[at]) << 8) | uchar(name[at + 1]) : -1; };
    const int count = u16(2), strings = u16(4);
    for (int i = 0; i < count; ++i) {
        const qsizetype rec = 6 + qsizetype(i) * 12;
        const int platform = u16(rec), nameId = u16(rec + 6), length = u16(rec + 8), offset = u16(rec + 10);
        if (nameId != 6 || length < 0 || strings + offset + length > name.size())
            continue;
        const QByteArray raw = name.mid(strings + offset, length);
        if (platform == 1)
            return raw;
        if (platform == 3 || platform == 0) {
            QByteArray out;
            for (qsizetype k = 1; k < raw.size(); k += 2)
                out += raw[k];
            return out;
        }
    }
    return {};
}

std::optional<QRawFont> installedFont(const QByteArray &postscript)
{
    const QList<QFontDatabase::WritingSystem> cjk{QFontDatabase::SimplifiedChinese, QFontDatabase::TraditionalChinese,
                                                  QFontDatabase::Japanese, QFontDatabase::Korean};
    for (const QString &family : QFontDatabase::families()) {
        const QList<QFontDatabase::WritingSystem> systems = QFontDatabase::writingSystems(family);
        if (std::none_of(cjk.begin(), cjk.end(), [&](auto s) { return systems.contains(s); }))
            continue;
        for (const QString &style : QFontDatabase::styles(family)) {
            const QRawFont raw = QRawFont::fromFont(QFontDatabase::font(family, style, 12));
            if (raw.isValid() && postscriptName(raw) == postscript)
                return raw;
        }
    }
    return std::nullopt;
}

QList<quint32> glyphsOf(const QRawFont &font, char16_t first, char16_t last)
{
    QString chars;
    for (char32_t c = first; c <= last; ++c)
        chars += QChar(char16_t(c));
    QList<quint32> glyphs(chars.size());
    int n = int(glyphs.size());
    if (!font.glyphIndexesForChars(chars.constData(), int(chars.size()), glyphs.data(), &n) || n != chars.size())
        return QList<quint32>(chars.size(), 0);
    return glyphs;
}

// The twins that share a glyph with an ideograph in this font, mapped to that ideograph.
QHash<char16_t, char16_t> fromGlyphs(const QRawFont &font)
{
    QHash<quint32, char16_t> ideographOf;
    for (auto [first, last] : {std::pair<char16_t, char16_t>{0x4E00, 0x9FFF}, {0x3400, 0x4DBF}}) {
        const QList<quint32> glyphs = glyphsOf(font, first, last);
        for (int i = 0; i < glyphs.size(); ++i)
            if (glyphs[i] != 0 && !ideographOf.contains(glyphs[i]))
                ideographOf.insert(glyphs[i], char16_t(first + i));
    }
    QHash<char16_t, char16_t> map;
    const QList<quint32> twins = glyphsOf(font, PdfToUnicode::kTwinsFirst, PdfToUnicode::kTwinsLast);
    for (int i = 0; i < twins.size(); ++i)
        if (twins[i] != 0 && ideographOf.contains(twins[i]))
            map.insert(char16_t(PdfToUnicode::kTwinsFirst + i), ideographOf.value(twins[i]));
    return map;
}

} // namespace

QHash<char16_t, char16_t> PdfTextRepair::equivalents(const QByteArray &postscriptName)
{
    static QMutex mutex;
    static QHash<QByteArray, QHash<char16_t, char16_t>> cache;
    QMutexLocker lock(&mutex);
    const auto known = cache.constFind(postscriptName);
    if (known != cache.constEnd())
        return *known;
    QHash<char16_t, char16_t> map;
    if (const auto font = installedFont(postscriptName)) {
        map = fromGlyphs(*font);
    } else {
        map = PdfToUnicode::byNormalization();
        qCInfo(lcPdfText) << "PDF text: font" << postscriptName << "not found; radicals mapped by NFKC only";
    }
    cache.insert(postscriptName, map);
    return map;
}

QByteArray PdfTextRepair::repaired(const QByteArray &pdf)
{
    return PdfToUnicode::rewritten(pdf, &PdfTextRepair::equivalents);
}

} // namespace zhisuan::widgets
