#include "excelvalues.h"

#include <QDate>

#include <charconv>
#include <cmath>

namespace zhisuan::db {

ExcelValues::Format ExcelValues::classify(int id, const QString &formatCode)
{
    if (!formatCode.isEmpty())
        return classifyCode(formatCode);
    if (id == 9 || id == 10)
        return Format::Percent;
    if (id == 14 || id == 15 || id == 16 || id == 17 || (id >= 27 && id <= 31) || (id >= 34 && id <= 36) || (id >= 50 && id <= 58))
        return Format::Date; // 27–36 and 50–58: the East Asian locales' built-in dates (yyyy"年"m"月"d"日" …)
    if (id == 22)
        return Format::DateTime;
    if ((id >= 18 && id <= 21) || (id >= 32 && id <= 33) || (id >= 45 && id <= 47))
        return Format::Time;
    if (id == 49)
        return Format::Text;
    return Format::General;
}

ExcelValues::Format ExcelValues::classifyCode(const QString &code)
{
    bool y = false, m = false, d = false, h = false, sec = false, percent = false, text = false;
    bool quoted = false;
    for (qsizetype i = 0; i < code.size(); ++i) {
        const QChar c = code[i];
        if (quoted) {
            quoted = c != QLatin1Char('"');
            continue;
        }
        if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == QLatin1Char('\\') || c == QLatin1Char('_') || c == QLatin1Char('*')) {
            ++i; // an escaped character, a space the width of the next one, a fill character
        } else if (c == QLatin1Char('[')) {
            // [Red], [$-804], [DBNum1] are not digits of the format; [h], [mm], [ss] (elapsed time) are.
            const qsizetype end = code.indexOf(QLatin1Char(']'), i);
            const QString inside = code.mid(i + 1, end < 0 ? -1 : end - i - 1).toLower();
            for (const char t : {'h', 'm', 's'})
                if (!inside.isEmpty() && inside.count(QLatin1Char(t)) == inside.size())
                    h = true;
            if (end < 0)
                break;
            i = end;
        } else if (c == QLatin1Char(';')) {
            break; // the first section says what a positive number is
        } else if (c == QLatin1Char('%')) {
            percent = true;
        } else if (c == QLatin1Char('@')) {
            text = true;
        } else if (code.mid(i, 5).compare(QLatin1String("AM/PM"), Qt::CaseInsensitive) == 0) {
            h = true;
            i += 4;
        } else if (code.mid(i, 3).compare(QLatin1String("A/P"), Qt::CaseInsensitive) == 0) {
            h = true;
            i += 2;
        } else {
            const QChar l = c.toLower();
            y = y || l == QLatin1Char('y') || c == QChar(0x5E74); // 年
            m = m || l == QLatin1Char('m') || c == QChar(0x6708); // 月
            d = d || l == QLatin1Char('d') || c == QChar(0x65E5); // 日
            h = h || l == QLatin1Char('h');
            sec = sec || l == QLatin1Char('s');
        }
    }
    // m is the month next to y or d, and the minute next to h or s (mm:ss).
    const bool date = y || d || (m && !h && !sec);
    const bool time = h || sec;
    if (text)
        return Format::Text;
    if (percent)
        return Format::Percent;
    if (date && time)
        return Format::DateTime;
    if (date)
        return Format::Date;
    if (time)
        return Format::Time;
    return Format::General;
}

QByteArray ExcelValues::shortest(double value)
{
    char buffer[400];
    const auto [end, ec] = std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::fixed);
    if (ec != std::errc())
        return QByteArray::number(value, 'g', 17);
    QByteArray text(buffer, end - buffer);
    if (text == "-0")
        text = "0";
    return text;
}

QByteArray ExcelValues::percentPoints(QByteArrayView decimal)
{
    QByteArray sign;
    if (decimal.startsWith('-')) {
        sign = "-";
        decimal = decimal.sliced(1);
    }
    const qsizetype dot = decimal.indexOf('.');
    QByteArray whole = (dot < 0 ? decimal : decimal.first(dot)).toByteArray();
    QByteArray fraction = dot < 0 ? QByteArray() : decimal.sliced(dot + 1).toByteArray();
    while (fraction.size() < 2)
        fraction.append('0');
    whole += fraction.left(2);
    fraction = fraction.mid(2);
    while (whole.size() > 1 && whole.startsWith('0'))
        whole.remove(0, 1);
    while (fraction.endsWith('0'))
        fraction.chop(1);
    QByteArray out = whole.isEmpty() ? QByteArray("0") : whole;
    if (!fraction.isEmpty())
        out += '.' + fraction;
    return out == "0" ? out : sign + out;
}

bool ExcelValues::serialToIso(double serial, bool date1904, bool withTime, QByteArray &out)
{
    if (!std::isfinite(serial) || serial < (date1904 ? 0 : 1) || serial >= 2958466)
        return false;
    double day = std::floor(serial);
    // Seconds of the day, rounded as Excel shows them (a time stored as 0.99999999 is the next midnight).
    qint64 seconds = std::llround((serial - day) * 86400.0);
    if (seconds >= 86400) {
        day += 1;
        seconds -= 86400;
    }
    const qint64 d = qint64(day);
    QByteArray date;
    if (!date1904 && d == 60) {
        date = "1900-02-29"; // Lotus 1-2-3's leap day, kept by Excel: it names no day
    } else {
        const QDate epoch = date1904 ? QDate(1904, 1, 1) : d < 60 ? QDate(1899, 12, 31) : QDate(1899, 12, 30);
        const QDate when = epoch.addDays(d);
        if (!when.isValid() || when.year() > 9999)
            return false;
        date = when.toString(Qt::ISODate).toLatin1();
    }
    out += date;
    if (withTime || seconds != 0) {
        char buffer[16];
        std::snprintf(buffer, sizeof buffer, " %02d:%02d:%02d", int(seconds / 3600), int(seconds / 60 % 60), int(seconds % 60));
        out += buffer;
    }
    return true;
}

void ExcelValues::appendNumber(QByteArray &out, double value, Format format, bool date1904)
{
    switch (format) {
    case Format::Percent:
        out += percentPoints(shortest(value));
        out += '%';
        return;
    case Format::Date:
    case Format::DateTime:
        // A date cell's text is the day it shows (a date-only format hides a time of day, and so does the import:
        // a time it does not show is no part of the cell's meaning to the user); a date-time cell keeps its time.
        if (serialToIso(format == Format::Date ? std::floor(value) : value, date1904, format == Format::DateTime, out))
            return;
        break;
    case Format::Time:
    case Format::General:
    case Format::Text:
        break;
    }
    out += shortest(value);
}

QString ExcelValues::columnName(qint64 column)
{
    QString name;
    while (column > 0) {
        const qint64 r = (column - 1) % 26;
        name.prepend(QChar(char16_t(u'A' + r)));
        column = (column - 1) / 26;
    }
    return name;
}

bool ExcelValues::parseCellRef(QByteArrayView ref, qint64 &row, qint64 &column)
{
    qsizetype i = 0;
    column = 0;
    while (i < ref.size() && ((ref[i] >= 'A' && ref[i] <= 'Z') || (ref[i] >= 'a' && ref[i] <= 'z')) && i < 3) {
        column = column * 26 + ((ref[i] & ~0x20) - 'A' + 1);
        ++i;
    }
    if (i == 0 || i == ref.size() || column > kMaxColumns)
        return false;
    row = 0;
    for (; i < ref.size(); ++i) {
        if (ref[i] < '0' || ref[i] > '9' || row > kMaxRows)
            return false;
        row = row * 10 + (ref[i] - '0');
    }
    return row >= 1 && row <= kMaxRows;
}

QString ExcelValues::cellName(const QString &sheet, qint64 row, qint64 column)
{
    bool plain = !sheet.isEmpty() && !sheet[0].isDigit();
    for (const QChar c : sheet)
        plain = plain && (c.isLetterOrNumber() || c == QLatin1Char('_') || c == QLatin1Char('.'));
    QString name = sheet;
    if (!plain)
        name = QLatin1Char('\'') + QString(sheet).replace(QLatin1Char('\''), QStringLiteral("''")) + QLatin1Char('\'');
    if (column <= 0)
        return QStringLiteral("%1!%2:%2").arg(name).arg(row);
    return QStringLiteral("%1!%2%3").arg(name, columnName(column)).arg(row);
}

} // namespace zhisuan::db
