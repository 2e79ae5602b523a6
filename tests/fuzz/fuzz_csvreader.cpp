// CsvReader over arbitrary bytes: every record's fields must be readable views, columns and lines must be
// positive, and each call must move forward (a reader that stops advancing hangs an import forever).

#include "csvreader.h"
#include "fuzzsupport.h"

#include <cstddef>
#include <cstdint>

using namespace zhisuan::db;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    // Owned bytes without spare capacity, so that a read past the end is a heap-buffer-overflow.
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
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
