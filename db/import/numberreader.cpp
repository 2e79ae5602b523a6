#include "numberreader.h"

#include "unitvocabulary.h"

#include <QCoreApplication>

namespace zhisuan::db {

namespace {

bool isDigit(char c) { return c >= '0' && c <= '9'; }
bool isSpace(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }

QByteArrayView trimmedAscii(QByteArrayView v)
{
    while (!v.isEmpty() && isSpace(v.front()))
        v = v.sliced(1);
    while (!v.isEmpty() && isSpace(v.back()))
        v = v.first(v.size() - 1);
    return v;
}

// The ASCII form of a code point, or 0 when it keeps its own.
char asciiOf(char32_t cp)
{
    if (cp >= 0xFF10 && cp <= 0xFF19)
        return char('0' + (cp - 0xFF10));
    switch (cp) {
    case 0xFF0E: return '.';
    case 0xFF05: return '%';
    case 0xFF0B: return '+';
    case 0xFF0D: // full-width hyphen-minus
    case 0x2212: // minus sign
        return '-';
    case 0xFF08: return '(';
    case 0xFF09: return ')';
    case 0xFF25: return 'E';
    case 0xFF45: return 'e';
    case 0x00A0: // no-break space
    case 0x2009: // thin space
    case 0x202F: // narrow no-break space
    case 0x3000: // ideographic space
        return ' ';
    default:
        return 0;
    }
}

} // namespace

QByteArray NumberReader::fold(QByteArrayView utf8)
{
    bool ascii = true;
    for (char c : utf8)
        ascii = ascii && static_cast<unsigned char>(c) < 0x80;
    if (ascii)
        return utf8.toByteArray();
    QByteArray out;
    out.reserve(utf8.size());
    const auto *p = reinterpret_cast<const unsigned char *>(utf8.data());
    const qsizetype n = utf8.size();
    for (qsizetype i = 0; i < n;) {
        const unsigned char c = p[i];
        int len = 1;
        char32_t cp = c;
        if (c >= 0xC0 && c < 0xE0 && i + 1 < n) {
            len = 2;
            cp = char32_t(c & 0x1F) << 6 | (p[i + 1] & 0x3F);
        } else if (c >= 0xE0 && c < 0xF0 && i + 2 < n) {
            len = 3;
            cp = char32_t(c & 0x0F) << 12 | char32_t(p[i + 1] & 0x3F) << 6 | (p[i + 2] & 0x3F);
        } else if (c >= 0xF0 && i + 3 < n) {
            len = 4;
            cp = 0; // nothing above the BMP folds
        }
        if (const char a = len > 1 ? asciiOf(cp) : 0)
            out.append(a);
        else
            out.append(reinterpret_cast<const char *>(p + i), len);
        i += len;
    }
    return out;
}

QByteArrayView NumberReader::unwrapExcelText(QByteArrayView utf8)
{
    QByteArrayView v = trimmedAscii(utf8);
    if (v.size() >= 3 && v.startsWith("=\"") && v.endsWith('"'))
        v = trimmedAscii(v.sliced(2, v.size() - 3));
    return v;
}

qsizetype NumberReader::scan(QByteArrayView s, qsizetype pos, Decimal &out)
{
    const qsizetype n = s.size();
    qsizetype i = pos;
    QByteArray plain;
    while (i < n && isDigit(s[i]))
        plain.append(s[i++]);
    const qsizetype firstGroup = i - pos;
    // Thousands: a first group of one to three digits, then ",ddd" groups, each followed by no further digit.
    if (firstGroup >= 1 && firstGroup <= 3) {
        while (i + 3 < n && s[i] == ',' && isDigit(s[i + 1]) && isDigit(s[i + 2]) && isDigit(s[i + 3])
               && (i + 4 >= n || !isDigit(s[i + 4]))) {
            plain.append(s.sliced(i + 1, 3));
            i += 4;
        }
    }
    if (plain.isEmpty() && !(i + 1 < n && s[i] == '.' && isDigit(s[i + 1])))
        return 0;
    if (i + 1 < n && s[i] == '.' && isDigit(s[i + 1])) {
        plain.append('.');
        ++i;
        while (i < n && isDigit(s[i]))
            plain.append(s[i++]);
    }
    const auto d = Decimal::fromPlain(plain);
    if (!d)
        return 0;
    out = *d;
    return i - pos;
}

std::optional<WrittenNumber> NumberReader::read(QByteArrayView utf8, QString *why)
{
    const QByteArray foldedText = fold(unwrapExcelText(utf8));
    QByteArrayView s = trimmedAscii(foldedText);
    WrittenNumber out;
    bool negative = false;
    // Accounting: (9.88) is -9.88; the bracket may close before or after a unit or percent sign ((9.88)万, (9.88%)).
    bool accounting = false;
    if (s.size() >= 3 && s.front() == '(') {
        negative = accounting = true;
        s = trimmedAscii(s.sliced(1));
    } else if (!s.isEmpty() && (s.front() == '+' || s.front() == '-')) {
        negative = s.front() == '-';
        s = trimmedAscii(s.sliced(1));
    }
    Decimal value;
    qsizetype used = scan(s, 0, value);
    if (used == 0)
        return std::nullopt;
    // The thousands rule is strict: "1,2" or "12,34.5" is a typo or a decimal comma, never 12 or 1234.5.
    if (used < s.size() && s[used] == ',') {
        if (why)
            *why = QCoreApplication::translate("NumberReader", "digits grouped by commas in threes (1,234.5)");
        return std::nullopt;
    }
    // An exponent (Excel writes 1.2E+08 for large numbers in CSV).
    if (used < s.size() && (s[used] == 'e' || s[used] == 'E')) {
        qsizetype j = used + 1;
        if (j < s.size() && (s[j] == '+' || s[j] == '-'))
            ++j;
        const qsizetype digitsFrom = j;
        while (j < s.size() && isDigit(s[j]))
            ++j;
        if (j > digitsFrom && (j == s.size() || !(s[j] >= 'A' && s[j] <= 'z'))) {
            QByteArray plain = value.toText();
            plain += 'e';
            plain += s.sliced(used + 1, j - used - 1).toByteArray();
            const auto d = Decimal::fromPlain(plain);
            if (!d)
                return std::nullopt;
            value = *d;
            used = j;
        }
    }
    QByteArrayView rest = trimmedAscii(s.sliced(used));
    QByteArray unbracketed;
    if (accounting) {
        const qsizetype close = rest.indexOf(')');
        if (close < 0 || (close != 0 && close != rest.size() - 1) || rest.count(')') != 1)
            return std::nullopt;
        unbracketed = rest.toByteArray();
        unbracketed.remove(close, 1);
        rest = trimmedAscii(unbracketed);
    }
    if (rest == "%") {
        out.percent = true;
    } else if (!rest.isEmpty()) {
        out.unit = UnitVocabulary::find(QString::fromUtf8(rest));
        if (!out.unit)
            return std::nullopt;
    }
    out.value = negative ? value.negated() : value;
    return out;
}

} // namespace zhisuan::db
