#include "decimal.h"

#include <charconv>
#include <cmath>
#include <limits>
#include <string>

namespace zhisuan::db {

namespace {

// No figure in a file has more significant digits or a larger exponent than this; a cell that does is not a number
// (and the bounds keep the exponent arithmetic far from overflow).
constexpr int kMaxDigits = 40;
constexpr int kMaxExponent = 400;

bool isDigit(char c) { return c >= '0' && c <= '9'; }

} // namespace

std::optional<Decimal> Decimal::fromPlain(QByteArrayView text)
{
    qsizetype i = 0;
    const qsizetype n = text.size();
    Decimal d;
    if (i < n && (text[i] == '+' || text[i] == '-'))
        d.m_negative = text[i++] == '-';
    QByteArray digits;
    int fractionDigits = 0;
    bool anyDigit = false, point = false;
    for (; i < n; ++i) {
        const char c = text[i];
        if (isDigit(c)) {
            anyDigit = true;
            if (digits.isEmpty() && c == '0') {
                if (point)
                    ++fractionDigits; // a leading zero after the point still counts as a place
                continue;
            }
            digits.append(c);
            if (point)
                ++fractionDigits;
        } else if (c == '.' && !point) {
            point = true;
        } else {
            break;
        }
    }
    // "5." is not a number a terminal writes (it is a cut-off cell); ".5" is Excel's 0.5.
    if (!anyDigit || (point && i > 0 && text[i - 1] == '.'))
        return std::nullopt;
    int exponent = 0;
    if (i < n && (text[i] == 'e' || text[i] == 'E')) {
        ++i;
        bool negative = false;
        if (i < n && (text[i] == '+' || text[i] == '-'))
            negative = text[i++] == '-';
        if (i == n)
            return std::nullopt;
        for (; i < n && isDigit(text[i]); ++i) {
            exponent = exponent * 10 + (text[i] - '0');
            if (exponent > kMaxExponent)
                return std::nullopt;
        }
        if (negative)
            exponent = -exponent;
    }
    if (i != n)
        return std::nullopt;
    d.m_exponent = exponent - fractionDigits;
    while (!digits.isEmpty() && digits.endsWith('0')) {
        digits.chop(1);
        ++d.m_exponent;
    }
    if (digits.size() > kMaxDigits || std::abs(d.m_exponent) > kMaxExponent)
        return std::nullopt;
    d.m_digits = digits;
    if (d.m_digits.isEmpty()) {
        d.m_exponent = 0;
        d.m_negative = false;
    }
    return d;
}

Decimal Decimal::shifted(int pow10) const
{
    Decimal d = *this;
    if (!d.isZero())
        d.m_exponent += pow10;
    return d;
}

Decimal Decimal::negated() const
{
    Decimal d = *this;
    if (!d.isZero())
        d.m_negative = !d.m_negative;
    return d;
}

std::optional<qint64> Decimal::toInteger() const
{
    if (isZero())
        return qint64(0);
    if (m_exponent < 0 || m_digits.size() + m_exponent > 19)
        return std::nullopt;
    // Accumulated as a negative number: its range reaches -2^63, which has no positive twin.
    qint64 v = 0;
    constexpr qint64 lowest = std::numeric_limits<qint64>::min();
    auto step = [&](int digit) {
        if (v < (lowest + digit) / 10)
            return false;
        v = v * 10 - digit;
        return true;
    };
    for (char c : m_digits)
        if (!step(c - '0'))
            return std::nullopt;
    for (int k = 0; k < m_exponent; ++k)
        if (!step(0))
            return std::nullopt;
    if (m_negative)
        return v;
    if (v == lowest)
        return std::nullopt;
    return -v;
}

double Decimal::toDouble() const
{
    if (isZero())
        return 0.0;
    // Built by append: GCC 12's -Wrestrict misfires on `const char* + std::string&&`.
    std::string text;
    if (m_negative)
        text.push_back('-');
    text.append(m_digits.toStdString());
    text.push_back('e');
    text.append(std::to_string(m_exponent));
    double out = 0;
    const auto r = std::from_chars(text.data(), text.data() + text.size(), out);
    if (r.ec != std::errc() || r.ptr != text.data() + text.size())
        return std::numeric_limits<double>::quiet_NaN(); // out of a double's range either way: not a figure
    return out;
}

QByteArray Decimal::toText() const
{
    if (isZero())
        return QByteArrayLiteral("0");
    QByteArray out = m_negative ? QByteArrayLiteral("-") : QByteArray();
    if (m_exponent >= 0) {
        out += m_digits;
        out += QByteArray(m_exponent, '0');
        return out;
    }
    const int fraction = -m_exponent;
    if (fraction >= m_digits.size()) {
        out += "0.";
        out += QByteArray(fraction - m_digits.size(), '0');
        out += m_digits;
        return out;
    }
    out += m_digits.left(m_digits.size() - fraction);
    out += '.';
    out += m_digits.right(fraction);
    return out;
}

} // namespace zhisuan::db
