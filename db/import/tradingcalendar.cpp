#include "tradingcalendar.h"

#include <QCoreApplication>
#include <QFile>

namespace zhisuan::db {

namespace {

QDate mondayOf(const QDate &d) { return d.addDays(1 - d.dayOfWeek()); }

QString iso(const QDate &d) { return d.toString(Qt::ISODate); }

} // namespace

QString Period::toString() const
{
    return from == to ? iso(from) : QStringLiteral("%1–%2").arg(iso(from), iso(to));
}

const TradingCalendar &TradingCalendar::sse()
{
    static const TradingCalendar calendar = [] {
        TradingCalendar c;
        QFile file(QStringLiteral(":/calendar/sse-closures.csv"));
        if (!file.open(QIODevice::ReadOnly))
            return c; // a build without the resource: every weekday trades, only full weeks are weeks
        while (!file.atEnd()) {
            const QString line = QString::fromUtf8(file.readLine()).trimmed();
            if (line.startsWith(QLatin1String("# covers,"))) {
                const QStringList years = line.mid(9).split(QLatin1Char(','));
                c.m_firstYear = years.value(0).toInt();
                c.m_lastYear = years.value(1).toInt();
                continue;
            }
            const QDate day = QDate::fromString(line.section(QLatin1Char(','), 0, 0), Qt::ISODate);
            if (day.isValid())
                c.m_closures.insert(day, line.section(QLatin1Char(','), 1));
        }
        return c;
    }();
    return calendar;
}

bool TradingCalendar::isTradingDay(const QDate &day) const
{
    return day.dayOfWeek() <= 5 && !m_closures.contains(day);
}

bool TradingCalendar::sameTradingDays(const Period &a, const Period &b) const
{
    if (a == b)
        return true;
    if (!a.isValid() || !b.isValid())
        return false;
    auto firstIn = [this](const Period &p) {
        for (QDate d = p.from; d <= p.to; d = d.addDays(1))
            if (isTradingDay(d))
                return d;
        return QDate();
    };
    auto lastIn = [this](const Period &p) {
        for (QDate d = p.to; d >= p.from; d = d.addDays(-1))
            if (isTradingDay(d))
                return d;
        return QDate();
    };
    return firstIn(a) == firstIn(b) && lastIn(a) == lastIn(b) && firstIn(a).isValid();
}

WeekVerdict TradingCalendar::asWeek(const Period &period) const
{
    WeekVerdict v;
    if (!period.isValid()) {
        v.why = QCoreApplication::translate("TradingCalendar", "it ends before it starts");
        return v;
    }
    if (period.from.daysTo(period.to) > 13) {
        // Computed first: lupdate (Qt 6.4) hangs on a cast as the numerus argument.
        const int calendarDays = int(period.from.daysTo(period.to)) + 1;
        v.why = QCoreApplication::translate("TradingCalendar", "it covers %n calendar day(s) from %1 to %2, more than a week", nullptr,
                                            calendarDays)
                    .arg(iso(period.from), iso(period.to));
        return v;
    }
    // The trading days the period covers.
    QDate first, last;
    int days = 0;
    for (QDate d = period.from; d <= period.to; d = d.addDays(1)) {
        if (!isTradingDay(d))
            continue;
        if (!first.isValid())
            first = d;
        last = d;
        ++days;
    }
    if (!first.isValid()) {
        v.why = QCoreApplication::translate("TradingCalendar", "it covers no trading day");
        return v;
    }
    const QDate monday = mondayOf(first);
    QDate weekFirst, weekLast;
    for (QDate d = monday; d < monday.addDays(7); d = d.addDays(1)) {
        if (!isTradingDay(d))
            continue;
        if (!weekFirst.isValid())
            weekFirst = d;
        weekLast = d;
    }
    if (first == weekFirst && last == weekLast) {
        v.isWeek = true;
        v.monday = monday;
        v.lastDay = last;
        return v;
    }
    if (mondayOf(last) != monday)
        v.why = QCoreApplication::translate("TradingCalendar", "it covers %n trading day(s) from %1 to %2, across more than one week",
                                            nullptr, days)
                    .arg(iso(first), iso(last));
    else
        v.why = QCoreApplication::translate("TradingCalendar", "it covers %n trading day(s) from %1 to %2, but the trading week of %3 "
                                            "runs from %4 to %5", nullptr, days)
                    .arg(iso(first), iso(last), iso(monday), iso(weekFirst), iso(weekLast));
    if (!knowsYear(first.year()) || !knowsYear(last.year()))
        v.why += QCoreApplication::translate("TradingCalendar", " (the holiday calendar does not cover %1: every weekday is taken as a "
                                                                "trading day)")
                     .arg(first.year());
    return v;
}

QDate TradingCalendar::weekToDate(const Period &period) const
{
    if (!period.isValid() || period.from.daysTo(period.to) > 6)
        return {};
    QDate first, last;
    for (QDate d = period.from; d <= period.to; d = d.addDays(1))
        if (isTradingDay(d)) {
            if (!first.isValid())
                first = d;
            last = d;
        }
    if (!first.isValid())
        return {};
    const QDate monday = first.addDays(1 - first.dayOfWeek());
    if (last.addDays(1 - last.dayOfWeek()) != monday)
        return {};
    QDate weekFirst, weekLast;
    for (QDate d = monday; d < monday.addDays(7); d = d.addDays(1))
        if (isTradingDay(d)) {
            if (!weekFirst.isValid())
                weekFirst = d;
            weekLast = d;
        }
    return first == weekFirst && last < weekLast ? monday : QDate();
}

WeekVerdict TradingCalendar::weekEndingOn(const QDate &day) const
{
    return asWeek(Period{mondayOf(day), day});
}

} // namespace zhisuan::db
