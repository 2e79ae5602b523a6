#include "textdecoder.h"

#include <QCoreApplication>

#include <uchardet.h>

#include <cerrno>
#include <cstring>
#include <utility>
#include <iconv.h>

namespace zhisuan::db {

namespace {

// Length of the valid UTF-8 sequence at p[i] (1 for ASCII), or 0 when the byte there does not start one.
int utf8SequenceAt(const unsigned char *p, qsizetype n, qsizetype i)
{
    const unsigned char c = p[i];
    int extra = 0;
    if (c < 0x80)
        return 1;
    if (c >= 0xC2 && c <= 0xDF)
        extra = 1;
    else if (c >= 0xE0 && c <= 0xEF)
        extra = 2;
    else if (c >= 0xF0 && c <= 0xF4)
        extra = 3;
    else
        return 0;
    if (i + extra >= n)
        return 0;
    for (int k = 1; k <= extra; ++k)
        if ((p[i + k] & 0xC0) != 0x80)
            return 0;
    return extra + 1;
}

// Where a byte offset is, as an editor shows it: 1-based line and character column. `utf8Prefix` is the text
// before the offset, decoded (characters are counted by UTF-8 lead bytes).
std::pair<qint64, qint64> lineAndColumn(QByteArrayView utf8Prefix)
{
    const qsizetype lineStart = utf8Prefix.lastIndexOf('\n') + 1;
    qint64 column = 1;
    for (qsizetype k = lineStart; k < utf8Prefix.size(); ++k)
        if ((static_cast<unsigned char>(utf8Prefix[k]) & 0xC0) != 0x80)
            ++column;
    return {qint64(utf8Prefix.count('\n')) + 1, column};
}

// Counts valid multi-byte UTF-8 sequences and bytes that fit none, over the first megabyte.
void utf8Evidence(QByteArrayView bytes, qint64 *valid, qint64 *invalid)
{
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.data());
    const qsizetype n = qMin<qsizetype>(bytes.size(), 1 << 20);
    *valid = *invalid = 0;
    for (qsizetype i = 0; i < n;) {
        const int len = utf8SequenceAt(p, n, i);
        if (len == 0) {
            ++*invalid;
            ++i;
            continue;
        }
        if (len > 1)
            ++*valid;
        i += len;
    }
}

QString byteText(unsigned char c)
{
    return QStringLiteral("0x%1").arg(uint(c), 2, 16, QLatin1Char('0')).toUpper().replace(QLatin1String("0X"), QLatin1String("0x"));
}

// A NUL byte is never text in an export: a file with one is binary, UTF-16 without its BOM, or was cut off
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
                                        "expected text, found a NUL byte (0x00), which no export writes (is the "
                                        "file UTF-16 without its BOM, or cut off while it was saved?)"),
            {}};
    e.line = line;
    e.column = column;
    return e;
}

} // namespace

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
    if (bytes.startsWith("\xFF\xFE"))
        return QStringLiteral("UTF-16LE");
    if (bytes.startsWith("\xFE\xFF"))
        return QStringLiteral("UTF-16BE");
    if (bytes.startsWith("\xEF\xBB\xBF") || isValidUtf8(bytes))
        return QStringLiteral("UTF-8");
    return detectNotUtf8(bytes);
}

QString TextDecoder::detectNotUtf8(QByteArrayView bytes)
{
    // A UTF-8 file with a stray byte (a truncated copy, a hand edit) is still a UTF-8 file: reading it as GBK
    // would turn every Chinese character into another. GBK text read as UTF-8 breaks almost at once, so a file
    // whose multi-byte sequences are mostly valid UTF-8 is taken as UTF-8, and the bad byte is reported.
    qint64 valid = 0, invalid = 0;
    utf8Evidence(bytes, &valid, &invalid);
    if (valid >= 2 && valid >= 4 * invalid)
        return QStringLiteral("UTF-8");
    uchardet_t detector = uchardet_new();
    uchardet_handle_data(detector, bytes.data(), size_t(qMin<qsizetype>(bytes.size(), 1 << 20)));
    uchardet_data_end(detector);
    QString name = QString::fromLatin1(uchardet_get_charset(detector)).toUpper();
    uchardet_delete(detector);
    // Chinese exports are GBK in practice. uchardet is only trusted when it names another East-Asian
    // encoding (Big5 from Hong Kong terminals); for short files it says UTF-8 or ASCII even for bytes
    // that we have just seen are not, so everything else falls back to GB18030, a superset of GBK/GB2312.
    static const QStringList trusted{QStringLiteral("BIG5"), QStringLiteral("EUC-TW"), QStringLiteral("EUC-JP"),
                                     QStringLiteral("SHIFT_JIS"), QStringLiteral("EUC-KR"), QStringLiteral("GB18030")};
    return trusted.contains(name) ? name : QStringLiteral("GB18030");
}

Result<QByteArray> TextDecoder::toUtf8Detected(const QByteArray &bytes, QString *encoding)
{
    *encoding = detect(bytes);
    // detect() found the file valid UTF-8 (the common case: no second pass), or mostly UTF-8 with a bad byte,
    // which toUtf8() then reports with its place.
    if (*encoding == QLatin1String("UTF-8") && (bytes.startsWith("\xEF\xBB\xBF") ? isValidUtf8(bytes.mid(3)) : isValidUtf8(bytes)))
        return bytes.startsWith("\xEF\xBB\xBF") ? withoutNul(bytes.mid(3)) : withoutNul(bytes);
    return toUtf8(bytes, *encoding);
}

Result<QByteArray> TextDecoder::toUtf8(const QByteArray &bytes, const QString &encodingIn)
{
    const QString encoding = encodingIn.isEmpty() ? detect(bytes) : encodingIn.toUpper();
    if (encoding == QLatin1String("UTF-8") || encoding == QLatin1String("UTF8")) {
        QByteArray out = bytes.startsWith("\xEF\xBB\xBF") ? bytes.mid(3) : bytes;
        if (const qsizetype bad = firstInvalidUtf8(out); bad >= 0) {
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
    if (out.startsWith("\xEF\xBB\xBF"))
        out.remove(0, 3);
    return withoutNul(std::move(out));
}

} // namespace zhisuan::db
