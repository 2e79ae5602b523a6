#include "value.h"

#include "decimal.h"
#include "numberreader.h"
#include "securitycodes.h"

#include <QCoreApplication>
#include <QDate>

#include <charconv>
#include <cmath>
#include <cstring>
#include <optional>

namespace zhisuan::db {

QString valueToString(const Value &v)
{
    if (const auto *i = std::get_if<qint64>(&v))
        return QString::number(*i);
    if (const auto *d = std::get_if<double>(&v))
        return QString::number(*d, 'g', 15);
    if (const auto *t = std::get_if<QByteArray>(&v))
        return QString::fromUtf8(*t);
    return {};
}

namespace {

QByteArrayView trimmed(QByteArrayView v)
{
    auto isSpace = [](char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; };
    for (;;) {
        while (!v.isEmpty() && isSpace(v.front()))
            v = v.sliced(1);
        while (!v.isEmpty() && isSpace(v.back()))
            v = v.first(v.size() - 1);
        // Full-width space (U+3000, E3 80 80) and NBSP (U+00A0, C2 A0) from Excel/Wind exports; the
        // first-byte test keeps the common case (ASCII at both ends) to two comparisons.
        const auto front = v.isEmpty() ? 0 : static_cast<unsigned char>(v.front());
        const auto back = v.isEmpty() ? 0 : static_cast<unsigned char>(v.back());
        if (front == 0xE3 && v.size() >= 3 && v[1] == '\x80' && v[2] == '\x80')
            v = v.sliced(3);
        else if (front == 0xC2 && v.size() >= 2 && v[1] == '\xA0')
            v = v.sliced(2);
        else if (back == 0x80 && v.size() >= 3 && v[v.size() - 3] == '\xE3' && v[v.size() - 2] == '\x80')
            v = v.first(v.size() - 3);
        else if (back == 0xA0 && v.size() >= 2 && v[v.size() - 2] == '\xC2')
            v = v.first(v.size() - 2);
        else
            return v;
    }
}

QString found(QByteArrayView raw)
{
    QString s = QString::fromUtf8(raw);
    if (s.size() > 40)
        s = s.left(40) + QChar(0x2026);
    return s;
}

} // namespace

bool ValueParser::isMissingText(QByteArrayView rawIn)
{
    const QByteArrayView raw = trimmed(rawIn);
    if (raw.isEmpty())
        return true;
    if (raw.size() > 6)
        return false; // the longest marker is "——" (6 bytes); numbers and names are the common case
    static const QByteArrayView markers[] = {"-", "--", "---", "/", "\xE2\x80\x94" /*—*/, "\xE2\x80\x94\xE2\x80\x94",
                                             "\xE2\x80\x93" /*–*/, "N/A", "n/a", "NA", "NULL", "null", "#N/A"};
    for (const QByteArrayView &m : markers)
        if (raw == m)
            return true;
    return false;
}

namespace {

// A cell that is a plain decimal as most cells are ("-24.43", "4028"): parsed where it is, with the column's power of
// ten appended as an exponent, so that from_chars rounds the exact scaled value once (41744.98e4 is 417449800, where
// 41744.98 * 1e4 is 417449800.00000006). Returns false for anything else, which NumberReader then reads.
bool parsePlainDecimal(QByteArrayView raw, int pow10, double &out)
{
    if (raw.isEmpty() || raw.size() > 48)
        return false;
    qsizetype i = raw.front() == '-' ? 1 : 0;
    bool digit = false, point = false;
    for (; i < raw.size(); ++i) {
        const char c = raw[i];
        if (c >= '0' && c <= '9')
            digit = true;
        else if (c == '.' && !point)
            point = true;
        else
            return false;
    }
    if (!digit || raw.back() == '.')
        return false;
    char buffer[64];
    std::memcpy(buffer, raw.data(), size_t(raw.size()));
    qsizetype n = raw.size();
    if (pow10 != 0) {
        const auto r = std::to_chars(buffer + n + 1, buffer + sizeof buffer, pow10);
        buffer[n] = 'e';
        n = r.ptr - buffer;
    }
    const auto result = std::from_chars(buffer, buffer + n, out);
    return result.ec == std::errc() && result.ptr == buffer + n && std::isfinite(out);
}

} // namespace

bool ValueParser::parseNumber(QByteArrayView rawIn, double &out, bool allowPercent)
{
    const QByteArrayView raw = trimmed(rawIn);
    if (parsePlainDecimal(raw, 0, out))
        return true;
    const auto n = NumberReader::read(raw);
    if (!n || n->unit || (n->percent && !allowPercent))
        return false;
    out = n->value.toDouble();
    return std::isfinite(out);
}

namespace {

bool isDigit(char c) { return c >= '0' && c <= '9'; }

// 2024-08-16 as written: checked without building a QDate (the bulk-import case).
bool isIsoDate(QByteArrayView r)
{
    if (r.size() != 10 || r[4] != '-' || r[7] != '-')
        return false;
    for (int i : {0, 1, 2, 3, 5, 6, 8, 9})
        if (!isDigit(r[i]))
            return false;
    const int year = (r[0] - '0') * 1000 + (r[1] - '0') * 100 + (r[2] - '0') * 10 + (r[3] - '0');
    const int month = (r[5] - '0') * 10 + (r[6] - '0');
    const int day = (r[8] - '0') * 10 + (r[9] - '0');
    if (year < 1900 || month < 1 || month > 12 || day < 1)
        return false;
    static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    return day <= days[month - 1] + (month == 2 && leap ? 1 : 0);
}

} // namespace

namespace {

// "2024-11-12 00:00:00", "2024/11/12 0:00", "2024-11-12T00:00:00.000": Excel writes a date cell with its time of day.
// The date part, and whether a time followed and was midnight.
QByteArrayView withoutTime(QByteArrayView raw, bool *hadTime, bool *midnight)
{
    *hadTime = false;
    *midnight = true;
    qsizetype cut = raw.indexOf(' ');
    if (cut < 0)
        cut = raw.indexOf('T');
    if (cut < 8)
        return raw;
    const QByteArrayView time = trimmed(raw.sliced(cut + 1));
    int colons = 0;
    bool digits = false;
    for (char c : time) {
        if (c == ':')
            ++colons;
        else if (c >= '0' && c <= '9')
            digits = true, *midnight = *midnight && c == '0';
        else if (c != '.')
            return raw; // not a time: let the date parser say what it is
    }
    if (colons < 1 || colons > 2 || !digits)
        return raw;
    *hadTime = true;
    return trimmed(raw.first(cut));
}

} // namespace

bool ValueParser::parseDate(QByteArrayView rawIn, QByteArray &isoOut)
{
    QByteArrayView raw = trimmed(rawIn);
    if (isIsoDate(raw)) {
        isoOut = raw.toByteArray(); // a copy: the caller's bytes may be a temporary or a reader's scratch buffer
        return true;
    }
    // Full-width digits (２０２４年８月１６日) and Excel's text wrapper, then a midnight time of day.
    const QByteArray folded = NumberReader::fold(NumberReader::unwrapExcelText(raw));
    raw = folded;
    bool hadTime = false, midnight = true;
    raw = withoutTime(raw, &hadTime, &midnight);
    if (hadTime && !midnight)
        return false;
    if (isIsoDate(raw)) {
        isoOut = raw.toByteArray();
        return true;
    }
    int parts[3] = {0, 0, 0};
    int part = 0;
    int digits = 0;
    bool any = false;
    if (raw.size() == 8) { // 20241111
        bool allDigits = true;
        for (char c : raw)
            allDigits = allDigits && c >= '0' && c <= '9';
        if (allDigits) {
            parts[0] = (raw[0] - '0') * 1000 + (raw[1] - '0') * 100 + (raw[2] - '0') * 10 + (raw[3] - '0');
            parts[1] = (raw[4] - '0') * 10 + (raw[5] - '0');
            parts[2] = (raw[6] - '0') * 10 + (raw[7] - '0');
            part = 2;
            any = true;
            goto check;
        }
    }
    for (qsizetype i = 0; i < raw.size(); ++i) {
        const char c = raw[i];
        if (c >= '0' && c <= '9') {
            // No part of a date has more than four digits; stopping there also keeps parts[] from overflowing
            // (a cell of twelve digits was signed-integer overflow, found by fuzz_valueparser).
            if (part > 2 || digits == 4)
                return false;
            parts[part] = parts[part] * 10 + (c - '0');
            ++digits;
            any = true;
            continue;
        }
        if (digits == 0)
            return false;
        // Separators: - / . or 年 月 (UTF-8 3 bytes); 日 may end the date.
        if (c == '-' || c == '/' || c == '.') {
            ++part;
            digits = 0;
        } else if (raw.sliced(i).startsWith("\xE5\xB9\xB4") || raw.sliced(i).startsWith("\xE6\x9C\x88")) {
            ++part;
            digits = 0;
            i += 2;
        } else if (raw.sliced(i).startsWith("\xE6\x97\xA5") && i + 3 == raw.size()) {
            i += 2;
        } else {
            return false;
        }
    }
check:
    if (!any || part != 2)
        return false;
    const QDate date(parts[0], parts[1], parts[2]);
    if (!date.isValid() || parts[0] < 1900)
        return false;
    isoOut = date.toString(Qt::ISODate).toLatin1();
    return true;
}

QString ValueParser::expectation(FieldType type)
{
    switch (type) {
    case FieldType::Code:
        return QCoreApplication::translate("ValueParser", "a security code such as 300531.SZ, 688168.SH, 833030.BJ or NVDA.O");
    case FieldType::Integer:
        return QCoreApplication::translate("ValueParser", "a whole number such as 18000");
    case FieldType::Real:
        return QCoreApplication::translate("ValueParser", "a number such as 4,028.23");
    case FieldType::Percent:
        return QCoreApplication::translate("ValueParser", "a percentage such as 18.31% or -24.43");
    case FieldType::Date:
        return QCoreApplication::translate("ValueParser", "a date such as 2024-08-16");
    case FieldType::Month:
        return QCoreApplication::translate("ValueParser", "a month such as 2024-08");
    case FieldType::Bool:
        return QCoreApplication::translate("ValueParser", "yes or no (是/否)");
    case FieldType::Text:
    case FieldType::Choice:
        break;
    }
    return QCoreApplication::translate("ValueParser", "text");
}

namespace {

QString unitsFor(Quantity quantity)
{
    const QStringList units = UnitVocabulary::spellingsFor(quantity);
    return units.isEmpty() ? QCoreApplication::translate("ValueParser", "no unit") : units.join(QStringLiteral(", "));
}

// A number cell of a column scaled by 10^pow10 (its header's unit) that holds `quantity`: the exact scaled value, or
// why not (an empty reason: it is no number at all). A cell may carry its own unit (1.2万, 18.31%) when it fits the column and the header gave none.
std::optional<QString> readNumber(QByteArrayView raw, FieldType type, int pow10, Quantity quantity, double *real, std::optional<qint64> *whole)
{
    if (type != FieldType::Integer && parsePlainDecimal(raw, pow10, *real))
        return std::nullopt;
    QString why;
    const auto n = NumberReader::read(raw, &why);
    if (!n)
        return why;
    if (n->percent && type != FieldType::Percent)
        return QCoreApplication::translate("ValueParser", "no percent sign: the column holds %1").arg(UnitVocabulary::describe(quantity));
    int shift = pow10;
    if (n->unit) {
        if (type == FieldType::Percent || !UnitVocabulary::fits(quantity, *n->unit))
            return QCoreApplication::translate("ValueParser", "no unit “%1”: the column holds %2 (%3)")
                .arg(n->unit->spelling, UnitVocabulary::describe(quantity), unitsFor(quantity));
        if (pow10 != 0)
            return QCoreApplication::translate("ValueParser", "no unit “%1” in the cell: the header gives the column's unit already")
                .arg(n->unit->spelling);
        shift = n->unit->pow10;
    }
    const Decimal value = n->value.shifted(shift);
    if (type == FieldType::Integer) {
        *whole = value.toInteger();
        if (!*whole)
            return value.isInteger() ? QCoreApplication::translate("ValueParser", "at most 19 digits") : QString();
        return std::nullopt;
    }
    *real = value.toDouble();
    if (!std::isfinite(*real))
        return QCoreApplication::translate("ValueParser", "a number of a size a figure can have");
    return std::nullopt;
}

} // namespace

QString ValueParser::parse(FieldType type, QByteArrayView rawIn, Value &out, int pow10, Quantity quantity)
{
    const QByteArrayView raw = NumberReader::unwrapExcelText(trimmed(rawIn));
    if (raw.size() <= 6 && type != FieldType::Text && isMissingText(raw)) { // markers are short
        out = std::monostate{};
        return {};
    }
    auto fail = [&](const QString &why = QString()) {
        const QString expected = why.isEmpty() ? expectation(type) : expectation(type) + QStringLiteral(" (") + why + QLatin1Char(')');
        return QCoreApplication::translate("ValueParser", "expected %1, found “%2”").arg(expected, found(trimmed(rawIn)));
    };
    switch (type) {
    case FieldType::Text:
    case FieldType::Choice:
        if (raw.isEmpty())
            out = std::monostate{};
        else
            out = raw.toByteArray(); // owned: a value outlives the record it was read from (chunked inserts)
        return {};
    case FieldType::Code: {
        QString why;
        const auto code = SecurityCodes::normalise(raw, {}, SecurityDirectory(), &why);
        if (!code)
            return fail(why);
        out = code->code;
        return {};
    }
    case FieldType::Integer:
    case FieldType::Real:
    case FieldType::Percent: {
        double real = 0;
        std::optional<qint64> whole;
        if (const auto why = readNumber(raw, type, pow10, quantity, &real, &whole))
            return fail(*why);
        if (type == FieldType::Integer)
            out = *whole;
        else
            out = real;
        return {};
    }
    case FieldType::Date: {
        QByteArray iso;
        if (!parseDate(raw, iso)) {
            bool hadTime = false, midnight = true;
            const QByteArray folded = NumberReader::fold(raw);
            const QByteArrayView date = withoutTime(folded, &hadTime, &midnight);
            if (hadTime && !midnight && parseDate(date, iso))
                return fail(QCoreApplication::translate("ValueParser", "a day, not a time of day"));
            return fail();
        }
        out = iso;
        return {};
    }
    case FieldType::Month: {
        QByteArray iso;
        const QByteArray month = NumberReader::fold(raw);
        if (parseDate(month + "-01", iso) || parseDate(QByteArray(month + "01\xE6\x97\xA5"), iso)) {
            out = iso.left(7);
            return {};
        }
        return fail();
    }
    case FieldType::Bool: {
        const QString s = QString::fromUtf8(raw).toLower();
        static const QStringList yes{QStringLiteral("yes"), QStringLiteral("y"), QStringLiteral("true"),
                                     QStringLiteral("1"), QStringLiteral("是"), QStringLiteral("✓")};
        static const QStringList no{QStringLiteral("no"), QStringLiteral("n"), QStringLiteral("false"),
                                    QStringLiteral("0"), QStringLiteral("否"), QStringLiteral("x"), QStringLiteral("✗")};
        if (yes.contains(s))
            out = qint64(1);
        else if (no.contains(s))
            out = qint64(0);
        else
            return fail();
        return {};
    }
    }
    return fail();
}

} // namespace zhisuan::db
