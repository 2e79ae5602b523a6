#include "dateformat.h"

namespace zhisuan::app {

QString DateFormat::date(const QDate &date)
{
    return date.toString(QStringLiteral("yyyy-MM-dd"));
}

QString DateFormat::dateTime(const QDateTime &at)
{
    return at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

QString DateFormat::time(const QTime &time)
{
    return time.toString(QStringLiteral("HH:mm"));
}

QString DateFormat::fromIso(const QString &iso)
{
    if (iso.size() <= 10) {
        const QDate d = QDate::fromString(iso, Qt::ISODate);
        return d.isValid() ? date(d) : iso;
    }
    const QDateTime at = QDateTime::fromString(iso, Qt::ISODate);
    return at.isValid() ? dateTime(at) : iso;
}

} // namespace zhisuan::app
