#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QTime>

namespace zhisuan::app {

// One way to write a date on every page, table, detail panel and brief, in both languages: 2024-08-16, 2026-12-06
// 09:10, 09:10, as the reports and the store's own columns write them. The locale's short forms mixed in
// ("12/6/26 9:10 AM", "8/17/24") next to ISO dates in the tables read as three conventions on one screen.
class DateFormat
{
public:
    static QString date(const QDate &date);
    static QString dateTime(const QDateTime &at); // in local time
    static QString time(const QTime &time);
    // An ISO date or date-time from the store ("2024-08-17", "2026-12-06T01:02:03Z"); what does not parse is
    // returned as it is.
    static QString fromIso(const QString &iso);
};

} // namespace zhisuan::app
