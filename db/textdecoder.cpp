#include "textdecoder.h"

#include <QCoreApplication>

#include <uchardet.h>

#include <cerrno>
#include <iconv.h>

namespace zhisuan::db {

bool TextDecoder::isValidUtf8(const QByteArray &bytes)
{
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.constData());
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
        const unsigned char c = p[i];
        int extra = 0;
        if (c < 0x80) {
            ++i;
            continue;
        } else if (c >= 0xC2 && c <= 0xDF) {
            extra = 1;
        } else if (c >= 0xE0 && c <= 0xEF) {
            extra = 2;
        } else if (c >= 0xF0 && c <= 0xF4) {
            extra = 3;
        } else {
            return false;
        }
        if (i + extra >= n)
            return false;
        for (int k = 1; k <= extra; ++k)
            if ((p[i + k] & 0xC0) != 0x80)
                return false;
        i += extra + 1;
    }
    return true;
}

QString TextDecoder::detect(const QByteArray &bytes)
{
    if (bytes.startsWith("\xEF\xBB\xBF") || isValidUtf8(bytes))
        return QStringLiteral("UTF-8");
    if (bytes.startsWith("\xFF\xFE"))
        return QStringLiteral("UTF-16LE");
    if (bytes.startsWith("\xFE\xFF"))
        return QStringLiteral("UTF-16BE");
    uchardet_t detector = uchardet_new();
    uchardet_handle_data(detector, bytes.constData(), size_t(qMin<qsizetype>(bytes.size(), 1 << 20)));
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
    if (*encoding == QLatin1String("UTF-8")) // detect() has just checked every byte
        return bytes.startsWith("\xEF\xBB\xBF") ? bytes.mid(3) : bytes;
    return toUtf8(bytes, *encoding);
}

Result<QByteArray> TextDecoder::toUtf8(const QByteArray &bytes, const QString &encodingIn)
{
    const QString encoding = encodingIn.isEmpty() ? detect(bytes) : encodingIn.toUpper();
    if (encoding == QLatin1String("UTF-8") || encoding == QLatin1String("UTF8")) {
        QByteArray out = bytes.startsWith("\xEF\xBB\xBF") ? bytes.mid(3) : bytes;
        if (!isValidUtf8(out)) {
            return Error{QStringLiteral("encoding"),
                         QCoreApplication::translate("TextDecoder",
                                                     "expected UTF-8 text, found bytes that are not UTF-8 "
                                                     "(choose the file's encoding, e.g. GB18030)"),
                         {}};
        }
        return out;
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
            const qsizetype line = bytes.left(offset).count('\n') + 1;
            iconv_close(cd);
            return Error{QStringLiteral("encoding"),
                         QCoreApplication::translate("TextDecoder",
                                                     "line %1: expected %2 text, found a byte sequence that is not "
                                                     "%2 (byte offset %3)")
                             .arg(line)
                             .arg(encoding)
                             .arg(offset),
                         {}};
        }
    }
    iconv_close(cd);
    out.resize(outPtr - out.data());
    if (out.startsWith("\xEF\xBB\xBF"))
        out.remove(0, 3);
    return out;
}

} // namespace zhisuan::db
