#pragma once

#include <QDate>
#include <QList>
#include <QString>

namespace zhisuan::db::gen {

// The Shanghai Stock Exchange's 2024 calendar as the contract uses it (docs: ISSUE24-SPEC, Periods): weekdays are
// trading days except the exchange's holiday closures. A trading week is a Monday–Sunday week's trading days; a
// stated period is that week when it lies within it and covers its first and last trading days.
class TradingCalendar
{
public:
    static bool isTradingDay(QDate d);
    static QDate mondayOf(QDate d) { return d.addDays(1 - d.dayOfWeek()); }
    static QDate firstTradingDay(QDate monday);
    static QDate lastTradingDay(QDate monday); // invalid when the week has none (春节 2024-02-12)
    // The holiday that shortens the week of this Monday ("中秋"), empty for a full week.
    static QString holidayOf(QDate monday);
    // Mondays of 2024 whose weeks have at least one trading day.
    static QList<QDate> tradingWeeks();
    // Whether the stated period [start, end] is a trading week (see above).
    static bool isTradingWeek(QDate start, QDate end);
};

} // namespace zhisuan::db::gen
