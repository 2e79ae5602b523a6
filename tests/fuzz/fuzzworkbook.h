#pragma once

// Shared by fuzz_xlsx and fuzz_xls (issue 28): one input as a workbook, every sheet read to its end (and its last rows,
// where footers are), then the whole plan and preview as the import does them. Whatever the bytes, the readers must
// end with records or a sentence, never a crash, a hang, unbounded memory or a read out of bounds.

#include "fuzzsupport.h"
#include "csvreader.h"
#include "importjob.h"
#include "workbook.h"

#include <cstddef>
#include <cstdint>

namespace fuzzsupport {

inline void readWorkbook(const uint8_t *data, size_t size, const QString &name)
{
    ensureApplication();
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto input = zhisuan::db::ImportInput::fromBytes(bytes);
    auto book = zhisuan::db::Workbook::open(input);
    if (!book) {
        FUZZ_CHECK(!book.error().message.isEmpty());
        return;
    }
    for (int sheet = 0; sheet < book.value()->sheets().size(); ++sheet) {
        for (const bool last : {false, true}) {
            auto records = last ? book.value()->lastRecords(sheet) : book.value()->records(sheet);
            if (!records)
                continue;
            zhisuan::db::CsvRecord rec;
            for (int n = 0; n < 100000 && records.value()->next(rec); ++n) {
                FUZZ_CHECK(rec.line >= 1);
                for (const QByteArrayView field : rec.fields)
                    touch(field);
            }
            touch(records.value()->error().toUtf8());
        }
    }
    auto plan = zhisuan::db::ImportJob::plan(input, name, {});
    if (!plan)
        return;
    for (const auto &row : zhisuan::db::ImportJob::preview(plan.value(), 20))
        for (const QString &cell : row.cells)
            touch(cell.toUtf8());
}

} // namespace fuzzsupport
