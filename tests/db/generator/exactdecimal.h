#pragma once

#include <QString>
#include <QtGlobal>

namespace zhisuan::db::gen {

// A decimal number held exactly: mantissa × 10^exponent (41,744.98 is {4174498, -2}). The generator writes a value
// from it in a cell's form and expects the store to hold the double nearest to it after the unit's scale, which is
// the same number with the exponent moved (41,744.98 万股 = {4174498, 2} = 417449800 shares): no binary arithmetic
// stands between what the file says and what the test expects.
struct ExactDecimal
{
    qint64 mantissa = 0;
    int exponent = 0;

    // The number with its decimal point moved: scaledBy(4) is × 10,000 (万), scaledBy(-2) is ÷ 100.
    ExactDecimal scaledBy(int powerOfTen) const { return {mantissa, exponent + powerOfTen}; }
    bool isNegative() const { return mantissa < 0; }
    ExactDecimal abs() const { return {mantissa < 0 ? -mantissa : mantissa, exponent}; }
    // Decimal places as written (12.30 has two: a terminal writes the trailing zero, the test keeps it).
    int decimals() const { return exponent < 0 ? -exponent : 0; }
    // Digits before the point, without sign ("41744" for 41,744.98; "0" for 0.5).
    QString integerDigits() const;
    // Digits after the point, as many as decimals() ("98").
    QString fractionDigits() const;
    // Plain decimal text without grouping: "-24.43", "417449800", "0.0012". std::from_chars of it is the double the
    // store must hold.
    QString toPlainText() const;
    // The double nearest to the exact value (std::from_chars of toPlainText()).
    double toDouble() const;
};

} // namespace zhisuan::db::gen
