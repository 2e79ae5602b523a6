#include "exactdecimal.h"

#include <charconv>

namespace zhisuan::db::gen {

namespace {

QString digitsOf(qint64 mantissa)
{
    return QString::number(mantissa < 0 ? -mantissa : mantissa);
}

} // namespace

QString ExactDecimal::integerDigits() const
{
    QString digits = digitsOf(mantissa);
    if (exponent >= 0)
        return mantissa == 0 ? QStringLiteral("0") : digits + QString(exponent, QLatin1Char('0'));
    const int places = -exponent;
    if (digits.size() <= places)
        return QStringLiteral("0");
    return digits.left(digits.size() - places);
}

QString ExactDecimal::fractionDigits() const
{
    if (exponent >= 0)
        return {};
    const int places = -exponent;
    QString digits = digitsOf(mantissa);
    if (digits.size() < places)
        digits.prepend(QString(places - digits.size(), QLatin1Char('0')));
    return digits.right(places);
}

QString ExactDecimal::toPlainText() const
{
    QString text = integerDigits();
    if (exponent < 0)
        text += QLatin1Char('.') + fractionDigits();
    return mantissa < 0 ? QLatin1Char('-') + text : text;
}

double ExactDecimal::toDouble() const
{
    const QByteArray text = toPlainText().toLatin1();
    double value = 0;
    std::from_chars(text.constData(), text.constData() + text.size(), value);
    return value;
}

} // namespace zhisuan::db::gen
