#pragma once

#include <QByteArray>
#include <QStringList>
#include <QVariant>

namespace zhisuan::db {

// Writes CSV that Excel and WPS open as intended: RFC 4180 quoting, UTF-8 (with a BOM for files), numbers
// with two decimals as the reports print them, and text cells that start with = + - @ prefixed with an
// apostrophe so that a cell from an imported file can never run as a formula.
class CsvWriter
{
public:
    static QString cell(const QVariant &value);
    static QString line(const QVariantList &values);
    static QString line(const QStringList &values);
    static QByteArray bom() { return QByteArrayLiteral("\xEF\xBB\xBF"); }
};

} // namespace zhisuan::db
