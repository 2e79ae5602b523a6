#pragma once

#include <QByteArray>
#include <QHash>
#include <QLoggingCategory>

#include <functional>

namespace zhisuan::widgets {

Q_DECLARE_LOGGING_CATEGORY(lcPdfText)

// The PDF half of PdfTextRepair (pdftextrepair.h says why): reads the file's cross-reference table, rewrites each
// ToUnicode CMap through a font's map of radicals to ideographs, and moves the table to match. Qt Core and zlib only,
// with the fonts' maps handed in, so that the fuzz build (tests/fuzz, without Qt Gui) can take it on damaged files.
class PdfToUnicode
{
public:
    // The code points a CJK font may draw with an ideograph's glyph and Qt would then prefer: radicals, Kangxi
    // radicals, CJK symbols, kanbun, strokes. (Compatibility ideographs U+F900… lie above the ideographs: Qt never
    // prefers them.)
    static constexpr char16_t kTwinsFirst = 0x2E80, kTwinsLast = 0x33FF;

    // A font's map, by the PostScript name its /BaseFont gives (without the subset tag); asked for only for a CMap
    // that names a code point it could rewrite.
    using Equivalents = std::function<QHash<char16_t, char16_t>(const QByteArray &postscriptName)>;

    // The PDF with its ToUnicode maps rewritten; the bytes as given, and a log line ("zhisuan.pdf") saying why, when
    // any part of the file is not as Qt writes it (an xref stream, an incremental update, an unknown filter…).
    static QByteArray rewritten(const QByteArray &pdf, const Equivalents &equivalents);

    // The twins whose NFKC form is one ideograph (the Kangxi radicals and most of the supplement), mapped to it.
    static QHash<char16_t, char16_t> byNormalization();
};

} // namespace zhisuan::widgets
