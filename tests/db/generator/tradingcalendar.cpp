#include "tradingcalendar.h"

#include <utility>

namespace zhisuan::db::gen {

namespace {

// SSE closures on weekdays in 2024 (上交所 2024 年休市安排).
const std::pair<const char *, const char *> kClosures[] = {
    {"2024-01-01", "元旦"},
    {"2024-02-09", "春节"}, {"2024-02-12", "春节"}, {"2024-02-13", "春节"}, {"2024-02-14", "春节"},
    {"2024-02-15", "春节"}, {"2024-02-16", "春节"},
    {"2024-04-04", "清明"}, {"2024-04-05", "清明"},
    {"2024-05-01", "劳动节"}, {"2024-05-02", "劳动节"}, {"2024-05-03", "劳动节"},
    {"2024-06-10", "端午"},
    {"2024-09-16", "中秋"}, {"2024-09-17", "中秋"},
    {"2024-10-01", "国庆"}, {"2024-10-02", "国庆"}, {"2024-10-03", "国庆"}, {"2024-10-04", "国庆"}, {"2024-10-07", "国庆"},
};

QString closure(QDate d)
{
    const QString iso = d.toString(Qt::ISODate);
    for (const auto &[day, name] : kClosures)
        if (iso == QLatin1String(day))
            return QString::fromUtf8(name);
    return {};
}

} // namespace

bool TradingCalendar::isTradingDay(QDate d)
{
    return d.dayOfWeek() <= 5 && closure(d).isEmpty();
}

QDate TradingCalendar::firstTradingDay(QDate monday)
{
    for (int i = 0; i < 5; ++i)
        if (isTradingDay(monday.addDays(i)))
            return monday.addDays(i);
    return {};
}

QDate TradingCalendar::lastTradingDay(QDate monday)
{
    for (int i = 4; i >= 0; --i)
        if (isTradingDay(monday.addDays(i)))
            return monday.addDays(i);
    return {};
}

QString TradingCalendar::holidayOf(QDate monday)
{
    for (int i = 0; i < 5; ++i)
        if (const QString name = closure(monday.addDays(i)); !name.isEmpty())
            return name;
    return {};
}

QList<QDate> TradingCalendar::tradingWeeks()
{
    QList<QDate> weeks;
    for (QDate monday(2024, 1, 1); monday.year() == 2024; monday = monday.addDays(7))
        if (firstTradingDay(monday).isValid())
            weeks.append(monday);
    return weeks;
}

// A period is a trading week when the trading days it covers are exactly one week's: Friday 5 April 2024 (清明) to
// Friday 12 April covers the trading days of the week of the 8th and nothing else, so its return is that week's.
bool TradingCalendar::isTradingWeek(QDate start, QDate end)
{
    if (!start.isValid() || !end.isValid() || end < start || start.daysTo(end) > 13)
        return false;
    QDate first, last;
    for (QDate d = start; d <= end; d = d.addDays(1))
        if (isTradingDay(d)) {
            if (!first.isValid())
                first = d;
            last = d;
        }
    if (!first.isValid() || mondayOf(first) != mondayOf(last))
        return false;
    const QDate monday = mondayOf(first);
    return first == firstTradingDay(monday) && last == lastTradingDay(monday);
}

} // namespace zhisuan::db::gen
