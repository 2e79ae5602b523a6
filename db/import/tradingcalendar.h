#pragma once

#include <QDate>
#include <QHash>
#include <QString>

namespace zhisuan::db {

// A stretch of days a figure covers, both ends included: a return's 区间, a week.
struct Period
{
    QDate from, to;
    bool isValid() const { return from.isValid() && to.isValid() && from <= to; }
    bool operator==(const Period &other) const = default;
    QString toString() const; // 2024-11-04–2024-11-08
};

// What a period is to the weekly views: one trading week, or something else (issue 24).
struct WeekVerdict
{
    bool isWeek = false;
    QDate monday;     // the week's Monday (weekly_return.week_start), when isWeek
    QDate lastDay;    // the last trading day the period covers (weekly_return.week_end), when isWeek
    QString why;      // when not a week: why not, as the end of a sentence ("it covers 6 trading days: …")
};

// The A-share trading calendar: weekdays less the exchanges' holiday closures (resources/calendar/sse-closures.csv).
// A period is a trading week when the trading days it covers are exactly the trading days of one Monday-to-Sunday
// week: Monday to Friday, Saturday to Friday, or Wednesday to Friday after 中秋 took Monday and Tuesday. Friday to
// Friday (six trading days), two weeks, or Tuesday to Friday of a full week are periods, never weeks.
class TradingCalendar
{
public:
    static const TradingCalendar &sse();

    bool knowsYear(int year) const { return year >= m_firstYear && year <= m_lastYear; }
    // A weekday that is not a closure. In a year the calendar does not know, every weekday.
    bool isTradingDay(const QDate &day) const;
    QString closure(const QDate &day) const { return m_closures.value(day); }

    WeekVerdict asWeek(const Period &period) const;
    // The trading week that ends on `day` (a weekly figure dated by one day: 交易日期, --week): Monday to `day`, a week
    // only when `day` is that week's last trading day.
    WeekVerdict weekEndingOn(const QDate &day) const;
    // The Monday of the week whose trading days so far the period covers (Monday to Wednesday of a five-day week:
    // "本周以来"), or no date when it is not such a period (it starts after the week's first trading day, spans two
    // weeks, or is the whole week).
    QDate weekToDate(const Period &period) const;
    // Whether two periods cover the same trading days (Saturday to Friday and Monday to Friday do).
    bool sameTradingDays(const Period &a, const Period &b) const;

private:
    TradingCalendar() = default;
    QHash<QDate, QString> m_closures;
    int m_firstYear = 0, m_lastYear = -1;
};

} // namespace zhisuan::db
