// An .xlsx workbook (issue 28): the zip (minizip), the workbook, styles and shared strings, each sheet's XML streamed.
#include "fuzzworkbook.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzzsupport::readWorkbook(data, size, QStringLiteral("fuzz.xlsx"));
    return 0;
}
