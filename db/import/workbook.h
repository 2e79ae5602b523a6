#pragma once

#include "importinput.h"
#include "recordsource.h"
#include "result.h"

#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace zhisuan::db {

// A workbook the terminals save (.xlsx, .xls), opened by what its bytes are, never by its name: a zip archive is an
// .xlsx (XlsxWorkbook), an OLE compound file an .xls (XlsWorkbook) or an encrypted .xlsx, which is refused as such.
// Each sheet is read as records (SheetReader), so that the import's stages after reading are the CSV file's.
// Immutable once opened: readers on several threads share it.
class Workbook
{
public:
    enum class Format { Xlsx, Xls };
    virtual ~Workbook() = default;

    // What the first bytes say, or nothing (text, or anything else: the CSV reader's business).
    static std::optional<Format> sniff(const ImportInput &input);
    // Opens the workbook the input holds; an error says why not as a sentence (damaged, encrypted, too large …), with
    // a code starting "workbook-".
    static Result<std::shared_ptr<const Workbook>> open(const std::shared_ptr<const ImportInput> &input);

    virtual Format format() const = 0;
    // "xlsx" or "xls", as the import batch records the file's encoding.
    QString formatName() const { return format() == Format::Xlsx ? QStringLiteral("xlsx") : QStringLiteral("xls"); }
    // The worksheets, in the workbook's order (chart sheets have no cells and are not listed).
    const QStringList &sheets() const { return m_sheets; }
    // The sheet's rows from the first, or its last few rows (where footers are), as records.
    virtual Result<std::unique_ptr<RecordSource>> records(int sheet) const = 0;
    virtual Result<std::unique_ptr<RecordSource>> lastRecords(int sheet) const = 0;

protected:
    QStringList m_sheets;
};

} // namespace zhisuan::db
