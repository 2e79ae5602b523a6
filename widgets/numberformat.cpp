#include "numberformat.h"

#include <cmath>

namespace zhisuan::widgets {

namespace {

QString trimmed(double v, const QLocale &locale)
{
    QLocale l = locale;
    l.setNumberOptions(QLocale::DefaultNumberOptions);
    QString s = l.toString(v, 'f', 2);
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
    if (unit.isEmpty())
        return number + scale;
    return number + scale + (unit.startsWith(QLatin1Char('%')) && scale.isEmpty() ? unit : QLatin1Char(' ') + unit);
}

} // namespace zhisuan::widgets
