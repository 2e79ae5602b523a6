#include "workbook.h"

#include "compoundfile.h"
#include "xlsworkbook.h"
#include "xlsxworkbook.h"

#include <QCoreApplication>

namespace zhisuan::db {

std::optional<Workbook::Format> Workbook::sniff(const ImportInput &input)
{
    char head[8] = {};
    auto got = input.read(0, head, sizeof head);
    if (!got || got.value() < 4)
        return std::nullopt;
    const QByteArrayView first(head, got.value());
    if (first.startsWith("PK\x03\x04") || first.startsWith("PK\x05\x06"))
        return Format::Xlsx;
    if (CompoundFile::sniff(first))
        return Format::Xls;
    return std::nullopt;
}

Result<std::shared_ptr<const Workbook>> Workbook::open(const std::shared_ptr<const ImportInput> &input)
{
    const auto format = sniff(*input);
    if (format == Format::Xlsx)
        return XlsxWorkbook::open(input);
    if (format != Format::Xls)
        return Error{QStringLiteral("workbook-not-excel"), QCoreApplication::translate("Workbook", "expected an Excel workbook, found neither "
                                                                                                  "an .xlsx nor an .xls"), {}};
    auto file = CompoundFile::open(*input);
    if (!file)
        return file.error();
    // Excel encrypts an .xlsx by putting it, encrypted, in a compound file: say so rather than "not an .xls".
    if (file.value().contains(QStringLiteral("EncryptedPackage")) || file.value().contains(QStringLiteral("EncryptionInfo")))
        return Error{QStringLiteral("workbook-encrypted"),
                     QCoreApplication::translate("Workbook", "the workbook is encrypted: open it in Excel, remove the password and save it again"), {}};
    if (!file.value().contains(QStringLiteral("Workbook")) && !file.value().contains(QStringLiteral("Book")))
        return Error{QStringLiteral("workbook-not-excel"),
                     QCoreApplication::translate("Workbook", "expected an Excel workbook, found another kind of Office document (a compound "
                                                             "file without a workbook: %1)")
                         .arg(file.value().streams().mid(0, 6).join(QStringLiteral(", "))),
                     {}};
    return XlsWorkbook::open(file.value());
}

} // namespace zhisuan::db
