#include "numberformat.h"

#include <QByteArray>
#include <QHash>

#include <cmath>

namespace zhisuan::widgets {

namespace {

// `v` rounded to two decimals half away from zero on the decimal number it stands for, not on the binary double:
// 93.25亿元 is 9.325e9, and 9.325e9 / 1e9 is the double 9.32499999…, which printf-style rounding makes 9.32. The
// value is first read back as the 15 significant digits a double holds for certain ("9.32500000000000"), and that
// decimal is rounded by its digits.
double roundedToCents(double v)
{
    if (!std::isfinite(v))
        return v;
    const QByteArray digits = QByteArray::number(std::abs(v), 'e', 14); // d.dddddddddddddde±XX
    const int e = digits.indexOf('e');
    const int exponent = digits.mid(e + 1).toInt();
    QByteArray mantissa = digits.left(e);
    mantissa.remove(1, 1); // 15 digits, the first before the point
    // Keep the digits down to the hundredths: the digit at 10^-2 is mantissa[exponent + 2].
    const int keep = exponent + 3;
    if (keep <= 0)
        return keep == 0 && mantissa.at(0) >= '5' ? std::copysign(0.01, v) : std::copysign(0.0, v);
    if (keep >= mantissa.size())
        return v;
    const bool up = mantissa.at(keep) >= '5';
    const double kept = mantissa.left(keep).toDouble() + (up ? 1 : 0);
    return std::copysign(kept / 100.0, v);
}

QString trimmed(double v, const QLocale &locale)
{
    QLocale l = locale;
    l.setNumberOptions(QLocale::DefaultNumberOptions);
    QString s = l.toString(roundedToCents(v), 'f', 2);
    const QString point = l.decimalPoint();
    if (s.contains(point)) {
        while (s.endsWith(QLatin1Char('0')))
            s.chop(1);
        if (s.endsWith(point))
            s.chop(point.size());
    }
    return s;
}

bool joinsWithoutSpace(const QString &unit)
{
    if (unit.isEmpty() || unit.startsWith(QLatin1Char('%')))
        return true;
    const QChar c = unit.at(0);
    return c.script() == QChar::Script_Han || c == QChar(0x00A5) || c == QChar(0xFF05);
}

// The data keeps the reports' Chinese units; an English page says them in English. Currencies go first, as the
// English-language research notes write them (CNY 10.66 bn); counting words (个, 张, 家) need no unit in English.
struct EnglishUnit
{
    QString text;
    bool prefix = false;
};

EnglishUnit englishUnit(const QString &unit)
{
    static const QHash<QString, EnglishUnit> units{
        {QStringLiteral("元"), {QStringLiteral("CNY"), true}},
        {QStringLiteral("人民币"), {QStringLiteral("CNY"), true}},
        {QStringLiteral("美元"), {QStringLiteral("USD"), true}},
        {QStringLiteral("港元"), {QStringLiteral("HKD"), true}},
        {QStringLiteral("次/日"), {QStringLiteral("/day")}},
        {QStringLiteral("次/天"), {QStringLiteral("/day")}},
        {QStringLiteral("tokens/日"), {QStringLiteral("tokens/day")}},
        {QStringLiteral("人"), {QStringLiteral("people")}},
        {QStringLiteral("次"), {QString()}},
        {QStringLiteral("个"), {QString()}},
        {QStringLiteral("张"), {QString()}},
        {QStringLiteral("家"), {QString()}},
        {QStringLiteral("台"), {QString()}},
    };
    if (auto it = units.constFind(unit); it != units.cend())
        return it.value();
    return {unit};
}

} // namespace

QString compactNumber(double value, const QString &unit, const QLocale &locale)
{
    const double a = std::abs(value);
    QString number, scale;
    if (locale.language() == QLocale::Chinese) {
        if (a >= 1e12) {
            number = trimmed(value / 1e12, locale);
            scale = QStringLiteral("万亿");
        } else if (a >= 1e8) {
            number = trimmed(value / 1e8, locale);
            scale = QStringLiteral("亿");
        } else if (a >= 1e4) {
            number = trimmed(value / 1e4, locale);
            scale = QStringLiteral("万");
        } else {
            number = trimmed(value, locale);
        }
        // 亿 and 万 read as part of a Chinese unit (亿美元), and need a space before a Latin one (万 tokens/s).
        const QString u = unit.isEmpty() ? QString() : (joinsWithoutSpace(unit) ? unit : QLatin1Char(' ') + unit);
        return number + scale + u;
    }
    if (a >= 1e9) {
        number = trimmed(value / 1e9, locale);
        scale = QStringLiteral(" bn");
    } else if (a >= 1e6) {
        number = trimmed(value / 1e6, locale);
        scale = QStringLiteral(" m");
    } else {
        number = trimmed(value, locale);
    }
    const EnglishUnit english = englishUnit(unit);
    if (english.text.isEmpty())
        return number + scale;
    if (english.prefix)
        return english.text + QLatin1Char(' ') + number + scale;
    if (english.text.startsWith(QLatin1Char('/')))
        return number + scale + english.text;
    return number + scale + (english.text.startsWith(QLatin1Char('%')) && scale.isEmpty() ? english.text : QLatin1Char(' ') + english.text);
}

QString signedChange(double value, int decimals, const QLocale &locale, const QString &suffix)
{
    const QString zero = locale.toString(0.0, 'f', decimals);
    QString text = locale.toString(value, 'f', decimals);
    if (text == zero || text == locale.negativeSign() + zero) // -0.001 prints "-0.00": it neither rose nor fell
        return zero + suffix;
    if (value > 0)
        text.prepend(locale.positiveSign());
    return text + suffix;
}

} // namespace zhisuan::widgets
