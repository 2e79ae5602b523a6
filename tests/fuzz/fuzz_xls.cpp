// An .xls workbook (issue 28): the OLE compound file, our pass over the BIFF records, and FreeXL's cells.
#include "fuzzworkbook.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzzsupport::readWorkbook(data, size, QStringLiteral("fuzz.xls"));
    return 0;
}
