#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <optional>

namespace zhisuan::db {

// A number exactly as a file writes it: its decimal digits and a power of ten. Units scale it by powers of ten
// (41,744.98 万股 is 41744.98 × 10^4 = 417449800 shares), which a double cannot do exactly (417449800.00000006);
// shifting the exponent can. It becomes a double once, at the end: the double nearest to the exact value.
class Decimal
{
public:
    Decimal() = default;
    // Plain ASCII: an optional sign, digits with at most one point (".5" and "5" but not "5."), and an optional
    // exponent ("1.2E+08", as Excel writes big numbers). No grouping, no spaces: NumberText takes those apart.
    static std::optional<Decimal> fromPlain(QByteArrayView ascii);

    // × 10^pow10, exactly.
    Decimal shifted(int pow10) const;
    Decimal negated() const;
    bool isNegative() const { return m_negative && !isZero(); }
    bool isZero() const { return m_digits.isEmpty(); }
    bool isInteger() const { return m_exponent >= 0; }
    // The value as a 64-bit integer when it is whole and fits.
    std::optional<qint64> toInteger() const;
    // The double nearest to the value (round half to even, as std::from_chars does); infinity when out of range.
    double toDouble() const;
    // Canonical text: "-417449800", "0.05", "1.5" (no exponent, no trailing zeros after the point).
    QByteArray toText() const;

    bool operator==(const Decimal &other) const = default;

private:
    bool m_negative = false;
    QByteArray m_digits; // no leading or trailing zeros; empty for zero
    int m_exponent = 0;  // value = digits × 10^exponent
};

} // namespace zhisuan::db
