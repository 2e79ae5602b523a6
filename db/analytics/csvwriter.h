#pragma once

#include <QByteArray>
#include <QList>
#include <QStringList>
#include <QVariant>

namespace zhisuan::db {

// Writes CSV that Excel and WPS open as intended: RFC 4180 quoting, UTF-8 (with a BOM for files), numbers with the
// precision of their column (columnDecimals), and text cells that start with = + - @ prefixed with an apostrophe so
// that a cell from an imported file can never run as a formula.
class CsvWriter
{
public:
    // A number with `decimals` decimals (two, as the reports print prices and returns, unless told otherwise).
    static QString cell(const QVariant &value, int decimals = 2);
    // `decimals` gives each column's (columnDecimals); a column it does not cover gets two.
    static QString line(const QVariantList &values, const QList<int> &decimals = {});
    static QString line(const QStringList &values);
    static QByteArray bom() { return QByteArrayLiteral("\xEF\xBB\xBF"); }

    // The decimals each column of a view prints with (issue 29: 1600000.00 visits is false precision). Prices,
    // returns and EPS keep two, as the reports print them (a column named close, price, level, week_low, eps…,
    // …_pct, …_per_mtok); any other column of numbers has as many as its most precise value needs, up to two: whole
    // counts and multiples print as integers (1600000, PE 49), others as given (88.4, PB 4.8), ratios with two (0.51).
    static QList<int> columnDecimals(const QStringList &columns, const QList<QVariantList> &rows);
};

} // namespace zhisuan::db
