#include "textdecoder.h"

#include <QCoreApplication>
#include <QtEndian>

#include <uchardet.h>

#include <algorithm>
#include <cerrno>
#include <climits>
#include <cstring>
#include <utility>
#include <iconv.h>

namespace zhisuan::db {

namespace {

const QByteArrayView kBom("\xEF\xBB\xBF");
const QString kUtf8 = QStringLiteral("UTF-8");
const QString kGb18030 = QStringLiteral("GB18030");

// A line is evidence for one encoding when only that one reads it as plausible text, or when it reads it as text
// this much (three ideographs' worth, in half-points) more plausible than the other.
constexpr int kStrongLead = 6;
constexpr int kInvalid = -1000;

// How plausible a character read as UTF-8 is in a Chinese financial export, in half-points. Ideographs and CJK or
// full-width punctuation are three-byte characters that other bytes seldom form; what GBK bytes read as UTF-8 give
// instead (Latin letters with diacritics, combining marks, C1 controls, other scripts) counts against.
int utf8Weight(char32_t c)
{
    if ((c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3000 && c <= 0x303F) || (c >= 0xFF01 && c <= 0xFF5E)
        || (c >= 0xFFE0 && c <= 0xFFE6))
        return 6;
    // — ‘ ’ “ ” … ‰ ※, ℃ №, Ⅰ, ①, ■ ▲ ○, ★ ☆
    if ((c >= 0x2010 && c <= 0x2027) || (c >= 0x2030 && c <= 0x205E) || c == 0x2103 || c == 0x2116
        || (c >= 0x2160 && c <= 0x216B) || (c >= 0x2460 && c <= 0x24FF) || (c >= 0x25A0 && c <= 0x25FF) || c == 0x2605
        || c == 0x2606)
        return 4;
    if (c < 0xA0)
        return -8; // C1 controls
    // NBSP is what Excel pads numbers with: one of them (C2 A0, 聽 in GBK's extension) is a line's whole evidence
    // in a UTF-8 row pasted into a GBK file, so it must outweigh that reading by kStrongLead on its own.
    if (c == 0xA0)
        return 2;
    if (c <= 0xBF) // ¥ § ° ± ·; not ©, ®, ¿ …
        return (c == 0xA5 || c == 0xA7 || c == 0xB0 || c == 0xB1 || c == 0xB7) ? 1 : 0;
    if (c == 0xD7 || c == 0xF7)
        return 1; // × ÷
    if (c == 0x2212)
        return 2; // − (U+2212), the minus Wind and Excel write: a row of numbers may have no other foreign text
    if (c <= 0x2FF)
        return -2; // Latin letters with diacritics (ú), IPA, spacing modifiers
    if (c <= 0x36F)
        return -8; // combining marks (the ̿ of ú̿)
    // Greek: β and α appear in these files, but next to ideographs; a row whose only foreign text is Greek is far
    // more often GBK read as UTF-8 (微 is CE A2, which UTF-8 reads as U+03A2, a code point Greek never assigned).
    if (c == 0x3A2 || (c >= 0x378 && c <= 0x379) || (c >= 0x380 && c <= 0x383) || c == 0x38B || c == 0x38D)
        return -8;
    if (c <= 0x3FF)
        return -1; // Greek (β)
    if (c <= 0x4FF)
        return -2; // Cyrillic
    if (c <= 0x1DFF)
        return -6; // Armenian … Mongolian: scripts these files are not written in
    if (c <= 0x1EFF)
        return -2; // Vietnamese letters
    if (c <= 0x1FFF)
        return -4; // polytonic Greek
    if (c <= 0x27BF)
        return 0; // other punctuation, arrows, mathematical signs, box drawing, dingbats
    if (c <= 0x2E7F)
        return -4;
    if (c <= 0x2FDF)
        return -2; // radicals
    if (c <= 0x33FF)
        return 0; // kana, bopomofo, enclosed CJK, ㎡
    if (c <= 0x4DBF)
        return -2; // CJK extension A: real, but rare
    if (c <= 0xABFF)
        return -6; // hexagrams, Yi, Vai …
    if (c <= 0xD7AF)
        return -2; // Hangul
    if (c <= 0xF8FF)
        return -8; // private use
    if (c <= 0xFAFF)
        return -2; // compatibility ideographs
    if (c <= 0xFE2F)
        return -4;
    if (c <= 0xFE4F)
        return 0; // CJK compatibility forms
    if (c <= 0xFFEF)
        return -2; // small forms, half-width katakana and Hangul, a BOM inside the text
    if (c <= 0xFFFF)
        return -8; // specials, U+FFFD
    if (c >= 0x20000 && c <= 0x3134F)
        return -2; // CJK extensions B–G (𠮷): real, but rare
    if (c >= 0x1F300 && c <= 0x1FAFF)
        return -2; // emoji
    return -6;
}

// The same for a two-byte GB18030 character, from its bytes. GB2312 (lead B0–F7 for ideographs, A1–A3 for
// punctuation and full-width forms, both with trail A1–FE) is what Wind and iFinD names are written in; UTF-8
// read as GBK lands in the GBK extensions (a UTF-8 continuation byte 80–A0 as a trail byte) and the user-defined
// areas instead.
int gbWeight(uchar lead, uchar trail)
{
    if (trail >= 0xA1) {
        if ((lead >= 0xB0 && lead <= 0xF7) || (lead >= 0xA1 && lead <= 0xA3))
            return 2;
        if (lead == 0xA4 || lead == 0xA5 || lead == 0xA6 || lead == 0xA9)
            return 0; // kana, Greek, box drawing
        if (lead == 0xA7 || lead == 0xA8)
            return -2; // Cyrillic, pinyin letters
        return -8; // user-defined (AA–AF, F8–FE)
    }
    if (lead <= 0xA0 || lead >= 0xA8)
        return -4; // GBK/3, GBK/4: rare ideographs; GBK/5 symbols
    return -8;     // user-defined (A1–A7 with a trail below A1)
}

// A four-byte GB18030 character: a BMP character GBK lacks (the NBSP Excel pads cells with is 81 30 84 32), or one
// beyond the BMP (𠮷, CJK extension B). Its second and fourth bytes are digits, which no UTF-8 text (nor Big5)
// gives there, so it counts for GB18030; anything past U+10FFFF or in the unassigned leads 85–8F is not GB18030.
int gbWeight4(uchar b1, uchar b2, uchar b3, uchar b4)
{
    const int low = ((b2 - 0x30) * 126 + (b3 - 0x81)) * 10 + (b4 - 0x30);
    if (b1 >= 0x81 && b1 <= 0x84)
        return (b1 < 0x84 || low <= ((0x31 - 0x30) * 126 + (0xA4 - 0x81)) * 10 + 9) ? 1 : kInvalid;
    if (b1 >= 0x90 && b1 <= 0xE3) {
        if (b1 == 0xE3 && low > ((0x32 - 0x30) * 126 + (0x9A - 0x81)) * 10 + 5)
            return kInvalid;
        const qint64 code = 0x10000 + qint64(b1 - 0x90) * 12600 + low;
        return (code >= 0x20000 && code <= 0x3134F) ? 1 : -4;
    }
    return kInvalid;
}

// High bit of each byte of `v` that is zero, for `v` whose bytes are all below 0x80.
constexpr quint64 zeroBytes(quint64 v)
{
    return ~(v + 0x7F7F7F7F7F7F7F7FULL) & 0x8080808080808080ULL;
}

constexpr quint64 kEach = 0x0101010101010101ULL;

// Length of the valid UTF-8 sequence at p[i] (1 for ASCII), or 0 when the byte there does not start one.
int utf8SequenceAt(const unsigned char *p, qsizetype n, qsizetype i)
{
    const unsigned char c = p[i];
    int extra = 0;
    unsigned char low = 0x80, high = 0xBF;
    if (c < 0x80)
        return 1;
    if (c >= 0xC2 && c <= 0xDF) {
        extra = 1;
    } else if (c >= 0xE0 && c <= 0xEF) {
        extra = 2;
        low = c == 0xE0 ? 0xA0 : 0x80;
        high = c == 0xED ? 0x9F : 0xBF;
    } else if (c >= 0xF0 && c <= 0xF4) {
        extra = 3;
        low = c == 0xF0 ? 0x90 : 0x80;
        high = c == 0xF4 ? 0x8F : 0xBF;
    } else {
        return 0;
    }
    if (i + extra >= n)
        return 0;
    if (p[i + 1] < low || p[i + 1] > high)
        return 0;
    for (int k = 2; k <= extra; ++k)
        if ((p[i + k] & 0xC0) != 0x80)
            return 0;
    return extra + 1;
}

// Where a byte offset is, as an editor shows it: 1-based line and character column. `utf8Prefix` is the text
// before the offset, decoded (characters are counted by UTF-8 lead bytes). Lines end at LF, CRLF or a CR alone,
// as the CSV reader counts them.
std::pair<qint64, qint64> lineAndColumn(QByteArrayView utf8Prefix)
{
    qint64 lines = 1;
    qsizetype lineStart = 0;
    for (qsizetype k = 0; k < utf8Prefix.size(); ++k) {
        const char c = utf8Prefix[k];
        if (c == '\r' || (c == '\n' && (k == 0 || utf8Prefix[k - 1] != '\r')))
            ++lines;
        if (c == '\r' || c == '\n')
            lineStart = k + 1;
    }
    qint64 column = 1;
    for (qsizetype k = lineStart; k < utf8Prefix.size(); ++k)
        if ((static_cast<unsigned char>(utf8Prefix[k]) & 0xC0) != 0x80)
            ++column;
    return {lines, column};
}

QString byteText(unsigned char c)
{
    return QStringLiteral("0x%1").arg(uint(c), 2, 16, QLatin1Char('0')).toUpper().replace(QLatin1String("0X"), QLatin1String("0x"));
}

bool isGbName(const QString &canonical)
{
    return canonical == kGb18030 || canonical == QLatin1String("GBK") || canonical == QLatin1String("GB2312")
        || canonical == QLatin1String("CP936") || canonical == QLatin1String("EUC-CN");
}

// How an encoding is named in a message: GB18030 is what GBK files are read as.
QString displayName(bool utf8)
{
    return utf8 ? kUtf8 : QStringLiteral("GB18030 (GBK)");
}

// The first non-ASCII text of a line, for a message: cut where the sample's last character is whole.
QString sampleText(const QByteArray &bytes, bool utf8)
{
    for (qsizetype cut = 0; cut < 4 && cut < bytes.size(); ++cut) {
        const QByteArray part = bytes.first(bytes.size() - cut);
        if (utf8) {
            if (TextDecoder::isValidUtf8(part))
                return QString::fromUtf8(part);
            continue;
        }
        iconv_t cd = iconv_open("UTF-8", "GB18030");
        if (cd == reinterpret_cast<iconv_t>(-1))
            return {};
        QByteArray out(part.size() * 2 + 8, Qt::Uninitialized);
        char *in = const_cast<char *>(part.constData());
        size_t inLeft = size_t(part.size());
        char *outPtr = out.data();
        size_t outLeft = size_t(out.size());
        const bool ok = iconv(cd, &in, &inLeft, &outPtr, &outLeft) != size_t(-1);
        iconv_close(cd);
        if (ok)
            return QString::fromUtf8(out.constData(), outPtr - out.constData());
    }
    return {};
}

// A NUL byte is never text in an export: a file with one is binary, or was cut off
// while being written. SQLite would keep the NUL inside the cell, and most tools stop reading there.
// The line and column say where (the byte offset would be one of the decoded text, not of the file).
Result<QByteArray> withoutNul(QByteArray utf8)
{
    const void *nul = std::memchr(utf8.constData(), 0, size_t(utf8.size()));
    if (!nul)
        return utf8;
    const qsizetype at = static_cast<const char *>(nul) - utf8.constData();
    const auto [line, column] = lineAndColumn(QByteArrayView(utf8).first(at));
    Error e{QStringLiteral("encoding"),
            QCoreApplication::translate("TextDecoder",
                                        "expected text, found a NUL byte (0x00), which no export writes (was the "
                                        "file cut off while it was saved, or is it not text?)"),
            {}};
    e.line = line;
    e.column = column;
    return e;
}

// Converts `bytes` read as `encoding` (a canonical name) to UTF-8 without its BOM: a byte that is not in the
// encoding, or a NUL, is an error at its line and column.
Result<QByteArray> convert(const QByteArray &bytes, const QString &encoding)
{
    if (encoding == kUtf8) {
        QByteArray out = bytes.startsWith(kBom) ? bytes.mid(3) : bytes;
        if (const qsizetype bad = TextDecoder::firstInvalidUtf8(out); bad >= 0) {
            const auto [line, column] = lineAndColumn(QByteArrayView(out).first(bad));
            Error e{QStringLiteral("encoding"),
                    QCoreApplication::translate("TextDecoder",
                                                "expected UTF-8 text, found byte %1, which is not UTF-8 (byte offset "
                                                "%2; fix that byte, or choose the file's encoding if it is not UTF-8)")
                        .arg(byteText(static_cast<unsigned char>(out[bad])))
                        .arg(bad + (bytes.size() - out.size())),
                    {}};
            e.line = line;
            e.column = column;
            return e;
        }
        return withoutNul(std::move(out));
    }
    const QByteArray from = encoding.toLatin1();
    iconv_t cd = iconv_open("UTF-8", from.constData());
    if (cd == reinterpret_cast<iconv_t>(-1)) {
        return Error{QStringLiteral("encoding"),
                     QCoreApplication::translate("TextDecoder", "unknown encoding “%1”").arg(encoding), {}};
    }
    QByteArray out;
    out.resize(bytes.size() * 2 + 16);
    char *in = const_cast<char *>(bytes.constData());
    size_t inLeft = size_t(bytes.size());
    char *outPtr = out.data();
    size_t outLeft = size_t(out.size());
    while (inLeft > 0) {
        if (iconv(cd, &in, &inLeft, &outPtr, &outLeft) == size_t(-1)) {
            if (errno == E2BIG) {
                const qsizetype used = outPtr - out.data();
                out.resize(out.size() * 2);
                outPtr = out.data() + used;
                outLeft = size_t(out.size() - used);
                continue;
            }
            const qsizetype offset = in - bytes.constData();
            // Everything before the bad bytes is converted already: count lines and characters there.
            const auto [line, column] = lineAndColumn(QByteArrayView(out.constData(), outPtr - out.data()));
            const bool truncated = errno == EINVAL; // an incomplete sequence at the very end
            iconv_close(cd);
            Error e{QStringLiteral("encoding"),
                    truncated ? QCoreApplication::translate("TextDecoder",
                                                            "expected %1 text, found the file cut off in the middle of a "
                                                            "character (byte offset %2)")
                                    .arg(encoding)
                                    .arg(offset)
                              : QCoreApplication::translate("TextDecoder",
                                                            "expected %1 text, found byte %2, which is not %1 (byte "
                                                            "offset %3; choose the file's encoding if it is not %1)")
                                    .arg(encoding, byteText(static_cast<unsigned char>(bytes[offset])))
                                    .arg(offset),
                    {}};
            e.line = line;
            e.column = column;
            return e;
        }
    }
    iconv_close(cd);
    out.resize(outPtr - out.data());
    if (out.startsWith(kBom))
        out.remove(0, 3);
    return withoutNul(std::move(out));
}

TextDecoder::Evidence evidenceOf(const QByteArray &bytes)
{
    TextDecoder::Evidence evidence(bytes);
    if (evidence.wantsLines())
        evidence.add(bytes);
    evidence.finish();
    return evidence;
}

} // namespace

TextDecoder::Evidence::Evidence(const QByteArray &head) : m_head(head)
{
    if (head.startsWith("\xFF\xFE")) {
        m_encoding = QStringLiteral("UTF-16LE");
        m_lines = false;
    } else if (head.startsWith("\xFE\xFF")) {
        m_encoding = QStringLiteral("UTF-16BE");
        m_lines = false;
    } else if (head.startsWith(kBom)) {
        m_bom = true;
        m_reading.lineStart = kBom.size();
    } else if (const QString utf16 = utf16WithoutBom(head); !utf16.isEmpty()) {
        m_encoding = utf16;
        m_lines = false;
    }
}

void TextDecoder::Evidence::add(QByteArrayView bytes)
{
    const auto *p = reinterpret_cast<const uchar *>(bytes.data());
    const qsizetype n = bytes.size();
    qsizetype i = m_bom && m_offset < kBom.size() ? qMin<qsizetype>(n, kBom.size() - m_offset) : 0;
    Reading r = m_reading;
    while (i < n) {
        // Between characters, ASCII goes 8 bytes at a time: only line feeds are counted there, and a line with
        // evidence is ended byte by byte. A CR or a NUL takes the slow path too.
        if (r.utf8Need == 0 && r.gbHave == 0 && !r.sampling && !r.afterCr) {
            while (i + 8 <= n) {
                const quint64 v = qFromLittleEndian<quint64>(p + i);
                if (v & 0x8080808080808080ULL)
                    break;
                if (zeroBytes(v ^ (kEach * '\r')) | zeroBytes(v))
                    break;
                if (const quint64 lf = zeroBytes(v ^ (kEach * '\n'))) {
                    if (r.firstHigh >= 0)
                        break;
                    r.line += qPopulationCount(lf);
                    r.lineStart = m_offset + i + (63 - qCountLeadingZeroBits(lf)) / 8 + 1;
                }
                i += 8;
            }
            if (i >= n)
                break;
        }
        const uchar b = p[i];
        const qint64 at = m_offset + i;
        ++i;
        if (b == '\n' || b == '\r') {
            endLine(r);
            if (b == '\r' || !r.afterCr)
                ++r.line;
            r.afterCr = b == '\r';
            r.lineStart = at + 1;
            continue;
        }
        r.afterCr = false;
        if (b >= 0x80) {
            if (r.firstHigh < 0) {
                r.firstHigh = at;
                r.anyHigh = true;
                r.sampling = true;
                r.sampleSize = 0;
                r.sampleCut = false;
            }
        } else if (b == 0) {
            r.nul = true;
        }
        if (r.sampling) {
            // The sample is the text from the first non-ASCII byte to the end of its cell (a delimiter or a quote;
            // a character cut by the sample's size is left out when it is shown).
            const bool cellEnd = b == ',' || b == '\t' || b == ';' || b == '|' || b == '"';
            if (cellEnd || r.sampleSize == kSampleBytes) {
                r.sampling = false;
                r.sampleCut = !cellEnd;
            } else {
                r.sample[r.sampleSize++] = char(b);
            }
        }
        if (b >= 0x80 || r.utf8Need)
            stepUtf8(r, b);
        if (b >= 0x80 || r.gbHave)
            stepGb(r, b);
    }
    m_reading = r;
    m_offset += n;
}

inline void TextDecoder::Evidence::stepUtf8(Reading &r, uchar b)
{
    if (r.utf8Need > 0) {
        if (b >= r.utf8Low && b <= r.utf8High) {
            r.utf8Code = (r.utf8Code << 6) | (b & 0x3F);
            r.utf8Low = 0x80;
            r.utf8High = 0xBF;
            if (--r.utf8Need == 0) {
                r.scoreUtf8 += utf8Weight(r.utf8Code);
                ++r.utf8Chars;
            }
            return;
        }
        r.badUtf8 = true; // a character cut short: `b` may begin the next one
        ++r.utf8Invalid;
        r.utf8Need = 0;
    }
    if (b < 0x80)
        return;
    r.utf8Low = 0x80;
    r.utf8High = 0xBF;
    if (b >= 0xC2 && b <= 0xDF) {
        r.utf8Need = 1;
        r.utf8Code = b & 0x1F;
    } else if (b >= 0xE0 && b <= 0xEF) {
        r.utf8Need = 2;
        r.utf8Code = b & 0x0F;
        r.utf8Low = b == 0xE0 ? 0xA0 : 0x80;  // no overlong forms
        r.utf8High = b == 0xED ? 0x9F : 0xBF; // no surrogates
    } else if (b >= 0xF0 && b <= 0xF4) {
        r.utf8Need = 3;
        r.utf8Code = b & 0x07;
        r.utf8Low = b == 0xF0 ? 0x90 : 0x80;
        r.utf8High = b == 0xF4 ? 0x8F : 0xBF; // nothing past U+10FFFF
    } else {
        r.badUtf8 = true;
        ++r.utf8Invalid;
    }
}

inline void TextDecoder::Evidence::stepGb(Reading &r, uchar b)
{
    for (;;) {
        switch (r.gbHave) {
        case 1:
            if ((b >= 0x40 && b <= 0x7E) || (b >= 0x80 && b <= 0xFE)) {
                r.scoreGb += gbWeight(r.gb[0], b);
                r.gbHave = 0;
                return;
            }
            if (b >= 0x30 && b <= 0x39) {
                r.gb[1] = b;
                r.gbHave = 2;
                return;
            }
            break;
        case 2:
            if (b >= 0x81 && b <= 0xFE) {
                r.gb[2] = b;
                r.gbHave = 3;
                return;
            }
            break;
        case 3:
            if (b >= 0x30 && b <= 0x39) {
                const int weight = gbWeight4(r.gb[0], r.gb[1], r.gb[2], b);
                r.gbHave = 0;
                if (weight == kInvalid)
                    r.badGb = true;
                else
                    r.scoreGb += weight;
                return;
            }
            break;
        default:
            if (b < 0x80)
                return;
            if (b == 0x80 || b == 0xFF) {
                r.badGb = true;
                return;
            }
            r.gb[0] = b;
            r.gbHave = 1;
            return;
        }
        r.badGb = true; // not a GB18030 character: `b` may begin the next one
        r.gbHave = 0;
    }
}

void TextDecoder::Evidence::endLine(Reading &r)
{
    if (r.utf8Need > 0) { // a character cut by the end of the line
        r.badUtf8 = true;
        ++r.utf8Invalid;
        r.utf8Need = 0;
    }
    if (r.gbHave > 0) {
        r.badGb = true;
        r.gbHave = 0;
    }
    r.sampling = false;
    if (r.firstHigh < 0)
        return;
    const bool utf8 = !r.badUtf8 && r.scoreUtf8 > 0 && (r.badGb || r.scoreUtf8 - r.scoreGb >= kStrongLead);
    const bool gb = !r.badGb && r.scoreGb > 0 && (r.badUtf8 || r.scoreGb - r.scoreUtf8 >= kStrongLead);
    if (utf8 || gb) {
        std::optional<Line> &first = utf8 ? m_firstUtf8 : m_firstGb;
        ++(utf8 ? m_votesUtf8 : m_votesGb);
        if (!first)
            first = Line{r.line, r.firstHigh - r.lineStart + 1, QByteArray(r.sample, r.sampleSize), r.sampleCut};
    } else if (!r.badUtf8 && !r.badGb && r.scoreUtf8 != r.scoreGb) {
        m_lean += r.scoreUtf8 > r.scoreGb ? 1 : -1;
    }
    r.firstHigh = -1;
    r.scoreUtf8 = r.scoreGb = 0;
    r.badUtf8 = r.badGb = false;
}

void TextDecoder::Evidence::finish()
{
    if (!m_lines)
        return;
    endLine(m_reading);
    if (m_bom) {
        m_encoding = kUtf8;
    } else if (m_votesUtf8 != m_votesGb) {
        m_encoding = m_votesUtf8 > m_votesGb ? kUtf8 : kGb18030;
    } else if (m_votesUtf8 > 0) {
        // As many lines of each: the file is what its first such line is, and the first of the other is refused.
        m_encoding = m_firstUtf8->number < m_firstGb->number ? kUtf8 : kGb18030;
    } else {
        m_encoding = decideUndecided();
    }
    m_head.clear();
}

QString TextDecoder::Evidence::decideUndecided() const
{
    // No line says it alone: lines both encodings read as text (a single 路, which is · in UTF-8) lean one way;
    // ASCII is UTF-8.
    if (m_lean != 0)
        return m_lean > 0 ? kUtf8 : kGb18030;
    const Reading &r = m_reading;
    if (!r.anyHigh || (r.utf8Invalid == 0 && r.utf8Chars > 0))
        return kUtf8;
    // A UTF-8 file with a stray byte (a truncated copy, a hand edit) is still a UTF-8 file: reading it as GBK
    // would turn every Chinese character into another, so the bad byte is reported instead.
    if (r.utf8Chars >= 2 && r.utf8Chars >= 4 * r.utf8Invalid)
        return kUtf8;
    // Neither reads the lines as text: uchardet is trusted when it names another East-Asian encoding (Big5 from
    // Hong Kong terminals); everything else falls back to GB18030, a superset of GBK/GB2312.
    uchardet_t detector = uchardet_new();
    uchardet_handle_data(detector, m_head.constData(), size_t(qMin<qsizetype>(m_head.size(), 1 << 20)));
    uchardet_data_end(detector);
    const QString name = QString::fromLatin1(uchardet_get_charset(detector)).toUpper();
    uchardet_delete(detector);
    static const QStringList trusted{QStringLiteral("BIG5"), QStringLiteral("EUC-TW"), QStringLiteral("EUC-JP"),
                                     QStringLiteral("SHIFT_JIS"), QStringLiteral("EUC-KR"), kGb18030};
    return trusted.contains(name) ? name : kGb18030;
}

std::optional<Error> TextDecoder::Evidence::foreignLine(const QString &encodingIn) const
{
    const QString encoding = canonicalName(encodingIn);
    const bool fileUtf8 = encoding == kUtf8;
    if (!fileUtf8 && !isGbName(encoding))
        return std::nullopt;
    const std::optional<Line> &line = fileUtf8 ? m_firstGb : m_firstUtf8;
    if (!line)
        return std::nullopt;
    const QString lineName = displayName(!fileUtf8);
    const QString fileName = displayName(fileUtf8);
    const QString sample = sampleText(line->sample, !fileUtf8) + (line->cut ? QStringLiteral("…") : QString());
    const std::optional<Line> &own = fileUtf8 ? m_firstUtf8 : m_firstGb;
    const int ownVotes = int(qMin<qint64>(fileUtf8 ? m_votesUtf8 : m_votesGb, INT_MAX));
    QString message;
    if (fileUtf8 && m_bom) {
        message = QCoreApplication::translate("TextDecoder",
                                              "line %1 is %2 but the file is %3 (it starts with a UTF-8 byte-order "
                                              "mark): found “%4”, which is %2 text; save the whole file in one "
                                              "encoding and import it again")
                      .arg(QString::number(line->number), lineName, fileName, sample);
    } else if (encoding == m_encoding && own) {
        message = QCoreApplication::translate("TextDecoder",
                                              "line %1 is %2 but the file is %3 (%n line(s) are %3, the first is "
                                              "line %4): found “%5”, which is %2 text; save the whole file in one "
                                              "encoding and import it again",
                                              nullptr, ownVotes)
                      .arg(QString::number(line->number), lineName, fileName, QString::number(own->number), sample);
    } else {
        message = QCoreApplication::translate("TextDecoder",
                                              "line %1 is %2 but the file is read as %3, as chosen for this import: "
                                              "found “%4”, which is %2 text; choose %2, or save the whole file in "
                                              "one encoding")
                      .arg(QString::number(line->number), lineName, fileName, sample);
    }
    Error e{QStringLiteral("encoding"), message, {}};
    e.line = line->number;
    e.column = line->column;
    return e;
}

QString TextDecoder::utf16WithoutBom(QByteArrayView head)
{
    // Most characters of a CSV are ASCII (codes, numbers, delimiters, line ends), and in UTF-16 each of them has
    // a zero byte on the same side. 8-bit text has no NUL at all; NUL padding is zero on both sides.
    const qsizetype units = qMin<qsizetype>(head.size() / 2, 32 * 1024);
    auto isText = [](char c) { return c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c < 0x7F); };
    qsizetype little = 0, big = 0;
    for (qsizetype i = 0; i < units; ++i) {
        const char first = head[2 * i], second = head[2 * i + 1];
        if (second == 0 && isText(first))
            ++little;
        else if (first == 0 && isText(second))
            ++big;
    }
    // An ideograph U+xx00 (一 is U+4E00) has its zero byte on the other side: a clear majority decides.
    if (little >= 2 && little * 5 >= units && little >= 2 * big)
        return QStringLiteral("UTF-16LE");
    if (big >= 2 && big * 5 >= units && big >= 2 * little)
        return QStringLiteral("UTF-16BE");
    // A short file of mostly ideographs (a table of centres: names, cities, 建设中) has fewer ASCII characters than
    // that. It still has zero bytes, which 8-bit text never has; when they are (almost) all on one side and the
    // whole head reads as UTF-16 text of what these files hold (ASCII, ideographs, CJK and full-width
    // punctuation), it is that UTF-16.
    if (little + big < 2 || units < 8)
        return {};
    const bool le = little >= 4 * big;
    if (!le && big < 4 * little)
        return {};
    qsizetype plausible = 0;
    for (qsizetype i = 0; i < units; ++i) {
        const auto lo = uchar(head[2 * i + (le ? 0 : 1)]), hi = uchar(head[2 * i + (le ? 1 : 0)]);
        const char16_t c = char16_t((hi << 8) | lo);
        if ((c < 0x80 && (c >= 0x20 || c == '\t' || c == '\n' || c == '\r')) || (c >= 0x4E00 && c <= 0x9FFF)
            || (c >= 0x3000 && c <= 0x303F) || (c >= 0xFF01 && c <= 0xFF5E) || c == 0x00A0 || (c >= 0x2010 && c <= 0x203A))
            ++plausible;
    }
    if (plausible * 10 >= units * 9)
        return le ? QStringLiteral("UTF-16LE") : QStringLiteral("UTF-16BE");
    return {};
}

QString TextDecoder::canonicalName(const QString &encoding)
{
    const QString upper = encoding.trimmed().toUpper();
    return upper == QLatin1String("UTF8") ? kUtf8 : upper;
}

bool TextDecoder::isWeighed(const QString &encoding)
{
    const QString name = canonicalName(encoding);
    return name == kUtf8 || isGbName(name);
}

std::optional<Error> TextDecoder::earlier(const std::optional<Error> &a, const std::optional<Error> &b)
{
    if (!a || !b)
        return a ? a : b;
    // An error of the whole file (no line) comes first: nothing else of it can be trusted.
    if (a->line == 0 || b->line == 0)
        return a->line == 0 ? a : b;
    return (a->line < b->line || (a->line == b->line && a->column <= b->column)) ? a : b;
}

qsizetype TextDecoder::firstInvalidUtf8(QByteArrayView bytes)
{
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.data());
    const qsizetype n = bytes.size();
    qsizetype i = 0;
    while (i < n) {
        // Fast path over ASCII.
        while (i + 8 <= n) {
            quint64 chunk;
            memcpy(&chunk, p + i, 8);
            if (chunk & 0x8080808080808080ULL)
                break;
            i += 8;
        }
        if (i >= n)
            break;
        const int len = utf8SequenceAt(p, n, i);
        if (len == 0)
            return i;
        i += len;
    }
    return -1;
}

bool TextDecoder::isValidUtf8(const QByteArray &bytes)
{
    return firstInvalidUtf8(bytes) < 0;
}

QString TextDecoder::detect(const QByteArray &bytes)
{
    return evidenceOf(bytes).encoding();
}

Result<QByteArray> TextDecoder::toUtf8Detected(const QByteArray &bytes, QString *encoding)
{
    const Evidence evidence = evidenceOf(bytes);
    *encoding = evidence.encoding();
    const std::optional<Error> foreign = evidence.foreignLine(*encoding);
    // Valid UTF-8 throughout, seen by the one pass (the common case): no second pass.
    if (!foreign && *encoding == kUtf8 && evidence.validUtf8())
        return bytes.startsWith(kBom) ? bytes.mid(kBom.size()) : bytes;
    const Result<QByteArray> converted = convert(bytes, *encoding);
    if (converted && !foreign)
        return converted;
    return *earlier(foreign, converted ? std::nullopt : std::optional<Error>(converted.error()));
}

Result<QByteArray> TextDecoder::toUtf8(const QByteArray &bytes, const QString &encodingIn)
{
    if (encodingIn.trimmed().isEmpty()) {
        QString ignored;
        return toUtf8Detected(bytes, &ignored);
    }
    const QString encoding = canonicalName(encodingIn);
    const std::optional<Error> foreign = isWeighed(encoding) ? evidenceOf(bytes).foreignLine(encoding) : std::nullopt;
    const Result<QByteArray> converted = convert(bytes, encoding);
    if (converted && !foreign)
        return converted;
    return *earlier(foreign, converted ? std::nullopt : std::optional<Error>(converted.error()));
}

} // namespace zhisuan::db
