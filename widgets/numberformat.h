#pragma once

#include <QLocale>
#include <QString>

namespace zhisuan::widgets {

// A large quantity the way the reports write it: in Chinese with 万 and 亿 (1.34E+10 美元 → 134亿美元), in English
// with thousands separators, m and bn (13.4 bn). Up to two decimals, trailing zeros dropped; the unit follows,
// without a space when it is Chinese or a percent sign. In English the reports' Chinese units are said in English
// (1.066E+10 元 → CNY 10.66 bn, 6E+8 次/日 → 600 m/day, 140 m 次 → 140 m).
QString compactNumber(double value, const QString &unit, const QLocale &locale = QLocale());

// A return or a change with its sign, so that up and down read without the red and green (issue 29): +3.20, -1.05,
// and 0.00 (no sign) for a value that rounds to zero at `decimals`. `suffix` follows the number (+3.20%).
QString signedChange(double value, int decimals, const QLocale &locale = QLocale(), const QString &suffix = QString());

} // namespace zhisuan::widgets
