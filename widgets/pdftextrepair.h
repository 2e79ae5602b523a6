#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>

namespace zhisuan::widgets {

// Makes the text of a PDF that QPdfWriter wrote copy and search as it reads (issue 29). Qt's PDF engine gives each
// glyph, in the font's ToUnicode map, the lowest code point the font maps to it; Noto Sans/Serif CJK draw the Kangxi
// radicals (U+2F00…) and CJK radicals supplement (U+2E80…) with the glyphs of the ideographs, so 中心 copied as
// "中⼼". One pass over the finished file rewrites those entries to the ideograph: the CMaps are read (inflated when
// compressed), rewritten, written back and the cross-reference table moved to match. Every PDF the product writes
// (the brief, chart exports) goes through it. The PDF half is PdfToUnicode (pdftounicode.h); this one knows the fonts.
class PdfTextRepair
{
public:
    // The PDF with its ToUnicode maps repaired; the bytes as given, and a log line ("zhisuan.pdf") saying why, when
    // any part of the file is not as Qt writes it (an xref stream, an incremental update, an unknown filter…).
    static QByteArray repaired(const QByteArray &pdf);

    // What a code point below the ideographs (U+2E80–U+33FF) stands for in the font with this PostScript name: the
    // ideograph drawn with the same glyph. For a font that is not installed, the radicals' NFKC ideographs.
    static QHash<char16_t, char16_t> equivalents(const QByteArray &postscriptName);
};

} // namespace zhisuan::widgets
