// An .xls workbook (issue 28): the OLE compound file, the workbook's globals and shared strings, and
// every sheet's cells (BiffStrings, XlsWorkbook, XlsSheetReader).
#include "fuzzworkbook.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzzsupport::readWorkbook(data, size, QStringLiteral("fuzz.xls"));
    return 0;
}
