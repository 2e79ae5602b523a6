#include "value.h"

#include <QCoreApplication>
#include <QDate>

#include <charconv>
#include <cmath>

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

bool ValueParser::parseNumber(QByteArrayView rawIn, double &out, bool allowPercent)
{
    QByteArrayView raw = trimmed(rawIn);
    if (allowPercent && raw.endsWith('%'))
        raw = trimmed(raw.first(raw.size() - 1));
    // Most cells are plain numbers: parse them where they are; copy only to drop separators (4,028.23) or '+'.
    bool plain = !raw.isEmpty() && raw.front() != '+';
    for (qsizetype i = 0; plain && i < raw.size(); ++i)
        plain = raw[i] != ',' && raw[i] != ' ' && raw[i] != '_';
    if (plain) {
        const auto result = std::from_chars(raw.data(), raw.data() + raw.size(), out);
        // from_chars reads "inf" and "nan": a return of +inf would top every ranking, so they are not numbers here.
        return result.ec == std::errc() && result.ptr == raw.data() + raw.size() && std::isfinite(out);
    }
    char buffer[64];
    qsizetype n = 0;
    for (char c : raw) {
        if (c == ',' || c == ' ' || c == '_')
            continue; // thousands separators: 4,028.23
        if (n >= qsizetype(sizeof buffer) - 1)
            return false;
        buffer[n++] = c;
    }
    if (n == 0)
        return false;
    const char *begin = buffer;
    if (*begin == '+')
        ++begin;
    const auto result = std::from_chars(begin, buffer + n, out);
    return result.ec == std::errc() && result.ptr == buffer + n && std::isfinite(out);
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

bool ValueParser::parseDate(QByteArrayView rawIn, QByteArray &isoOut)
{
    const QByteArrayView raw = trimmed(rawIn);
    if (isIsoDate(raw)) {
        isoOut = raw.toByteArray(); // a copy: the caller's bytes may be a temporary or a reader's scratch buffer
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

QString ValueParser::parse(FieldType type, QByteArrayView rawIn, Value &out, double scale)
{
    const QByteArrayView raw = trimmed(rawIn);
    if (raw.size() <= 6 && type != FieldType::Text && isMissingText(raw)) { // markers are short
        out = std::monostate{};
        return {};
    }
    auto fail = [&] {
        return QCoreApplication::translate("ValueParser", "expected %1, found “%2”").arg(expectation(type), found(raw));
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
        bool plain = raw.size() >= 3 && raw.size() <= 20;
        for (qsizetype i = 0; plain && i < raw.size(); ++i) {
            const char c = raw[i];
            plain = isDigit(c) || (c >= 'A' && c <= 'Z') || c == '.' || c == '-';
        }
        if (plain && raw.lastIndexOf('.') > 0 && raw.lastIndexOf('.') < raw.size() - 1) {
            out = raw.toByteArray(); // 300531.SZ as written
            return {};
        }
        QByteArray code = raw.toByteArray().toUpper();
        bool digitsOnly = !code.isEmpty();
        for (char c : code)
            digitsOnly = digitsOnly && c >= '0' && c <= '9';
        if (digitsOnly && code.size() == 6) {
            // A-share codes without a suffix: the exchange follows from the first digits.
            const char a = code[0];
            if (a == '6' || code.startsWith("900"))
                code += ".SH";
            else if (a == '0' || a == '3' || code.startsWith("200"))
                code += ".SZ";
            else if (a == '8' || a == '4' || a == '9')
                code += ".BJ";
        }
        const qsizetype dot = code.lastIndexOf('.');
        bool ok = dot > 0 && dot < code.size() - 1 && code.size() <= 20;
        for (qsizetype i = 0; ok && i < code.size(); ++i) {
            const char c = code[i];
            ok = (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || c == '.' || c == '-';
        }
        if (!ok)
            return fail();
        out = code;
        return {};
    }
    case FieldType::Integer: {
        double d = 0;
        // A whole number that fits in 64 bits once in its unit: converting anything beyond ±2^63 to qint64 is
        // undefined behaviour (UBSan: float-cast-overflow), not a large number.
        constexpr double limit = 9223372036854775808.0; // 2^63
        if (!parseNumber(raw, d, false) || d != std::trunc(d) || !(std::fabs(d * scale) < limit))
            return fail();
        out = qint64(d * scale);
        return {};
    }
    case FieldType::Real:
    case FieldType::Percent: {
        double d = 0;
        if (!parseNumber(raw, d, type == FieldType::Percent))
            return fail();
        out = d * scale;
        return {};
    }
    case FieldType::Date: {
        QByteArray iso;
        if (!parseDate(raw, iso))
            return fail();
        out = iso;
        return {};
    }
    case FieldType::Month: {
        QByteArray iso;
        if (parseDate(raw.toByteArray() + "-01", iso) || parseDate(QByteArray(raw.toByteArray() + "01\xE6\x97\xA5"), iso)) {
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
