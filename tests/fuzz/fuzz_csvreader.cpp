// CsvReader over arbitrary bytes: every record's fields must be readable views, columns and lines must be
// positive, and each call must move forward (a reader that stops advancing hangs an import forever).
// The encoding decision over the same bytes: the same whatever pieces the bytes arrive in, a refused line has a
// place, and text that decodes is UTF-8.

#include "csvreader.h"
#include "fuzzsupport.h"
#include "textdecoder.h"

#include <cstddef>
#include <cstdint>

using namespace zhisuan::db;

namespace {

void decideEncoding(const QByteArray &bytes)
{
    TextDecoder::Evidence whole(bytes);
    if (whole.wantsLines())
        whole.add(bytes);
    whole.finish();
    // The same bytes in three pieces, cut where the input says (inside a character, a CRLF, a BOM).
    TextDecoder::Evidence pieces(bytes);
    if (pieces.wantsLines()) {
        const qsizetype a = bytes.isEmpty() ? 0 : static_cast<unsigned char>(bytes.back()) % (bytes.size() + 1);
        const qsizetype b = a + (bytes.size() - a) / 2;
        pieces.add(QByteArrayView(bytes).first(a));
        pieces.add(QByteArrayView(bytes).sliced(a, b - a));
        pieces.add(QByteArrayView(bytes).sliced(b));
    }
    pieces.finish();
    FUZZ_CHECK(!whole.encoding().isEmpty());
    FUZZ_CHECK(whole.encoding() == pieces.encoding());
    FUZZ_CHECK(whole.validUtf8() == pieces.validUtf8());
    for (const QString &encoding : {whole.encoding(), QStringLiteral("UTF-8"), QStringLiteral("GB18030")}) {
        const auto one = whole.foreignLine(encoding);
        const auto other = pieces.foreignLine(encoding);
        FUZZ_CHECK(one.has_value() == other.has_value());
        if (one) {
            FUZZ_CHECK(one->line >= 1 && one->column >= 1);
            FUZZ_CHECK(one->line == other->line && one->column == other->column && one->message == other->message);
        }
    }
    const auto text = TextDecoder::toUtf8(bytes, QString());
    if (text) {
        FUZZ_CHECK(TextDecoder::isValidUtf8(text.value()));
    } else {
        FUZZ_CHECK(text.error().line == 0 || text.error().column >= 1);
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzzsupport::ensureApplication(); // translate() in the decision's messages
    // Owned bytes without spare capacity, so that a read past the end is a heap-buffer-overflow.
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    decideEncoding(bytes);
    for (const char delimiter : {CsvReader::detectDelimiter(bytes), ','}) {
        CsvReader reader(bytes, delimiter);
        CsvRecord record;
        qint64 lastPosition = reader.position();
        qint64 lastLine = 0;
        for (;;) {
            const bool got = reader.next(record);
            if (!got && reader.error().isEmpty())
                break;
            if (got) {
                FUZZ_CHECK(record.line > lastLine);
                lastLine = record.line;
                for (int i = 0; i < record.size(); ++i) {
                    fuzzsupport::touch(record.fields[size_t(i)]);
                    FUZZ_CHECK(record.column(i) >= 1);
                }
                fuzzsupport::touch(record.text(record.size() - 1).toUtf8());
                record.isBlank();
            } else {
                FUZZ_CHECK(reader.errorLine() >= 1 && reader.errorColumn() >= 1);
                if (reader.atEnd())
                    break;
            }
            FUZZ_CHECK(reader.position() > lastPosition || reader.atEnd());
            lastPosition = reader.position();
        }
        if (delimiter == ',')
            break;
    }
    return 0;
}
