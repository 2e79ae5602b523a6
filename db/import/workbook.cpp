#include "workbook.h"

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
    if (first.startsWith("\xD0\xCF\x11\xE0")) // an OLE compound file: .xls, or an encrypted .xlsx
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
    return Error{QStringLiteral("workbook-xls"),
                 QCoreApplication::translate("Workbook", "expected an .xlsx workbook, found an .xls (Excel 97–2003) one, which this "
                                                         "version does not read: save it as .xlsx"),
                 {}};
}

} // namespace zhisuan::db
