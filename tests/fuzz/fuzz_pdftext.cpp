// PdfToUnicode on damaged PDFs (widgets/pdftounicode.h): every PDF the product writes goes through it, so whatever
// Qt's PDF engine may write, it must neither crash nor read outside its buffers. The fonts' maps are the NFKC one
// (the fuzz build has no Qt Gui to look fonts up). What comes back is the file as given or a file it would leave as it
// is: a second pass changes nothing, so every map it wrote reads back, its xref table included.

#include "fuzzsupport.h"
#include "pdftounicode.h"

#include <cstddef>
#include <cstdint>

using zhisuan::widgets::PdfToUnicode;

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    fuzzsupport::ensureApplication();
    QLoggingCategory::setFilterRules(QStringLiteral("zhisuan.pdf=false")); // a damaged file is logged; not here
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const QHash<char16_t, char16_t> nfkc = PdfToUnicode::byNormalization();
    const auto equivalents = [](const QByteArray &) { return nfkc; };
    // A copy, not a view of libFuzzer's buffer: the repair keeps slices of what it is given.
    const QByteArray pdf(reinterpret_cast<const char *>(data), qsizetype(size));
    const QByteArray once = PdfToUnicode::rewritten(pdf, equivalents);
    fuzzsupport::touch(once);
    if (once != pdf)
        FUZZ_CHECK(PdfToUnicode::rewritten(once, equivalents) == once);
    return 0;
}
