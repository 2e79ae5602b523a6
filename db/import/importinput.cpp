#include "importinput.h"

#include "textdecoder.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QMutexLocker>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <iconv.h>
#include <unistd.h>

namespace zhisuan::db {

namespace {

const QByteArrayView kBom("\xEF\xBB\xBF");

bool isUtf8Name(const QString &encoding)
{
    return encoding == QLatin1String("UTF-8") || encoding == QLatin1String("UTF8");
}

QString byteText(unsigned char c)
{
    return QStringLiteral("0x%1").arg(uint(c), 2, 16, QLatin1Char('0')).toUpper().replace(QLatin1String("0X"), QLatin1String("0x"));
}

qint64 characters(QByteArrayView utf8)
{
    qint64 n = 0;
    for (char c : utf8)
        if ((static_cast<unsigned char>(c) & 0xC0) != 0x80)
            ++n;
    return n;
}

// How many bytes at the end of `bytes` begin a UTF-8 character that the window's edge cut off (0 to 3).
qsizetype cutCharacter(QByteArrayView bytes)
{
    const qsizetype n = bytes.size();
    for (qsizetype back = 1; back <= 3 && back <= n; ++back) {
        const auto c = static_cast<unsigned char>(bytes[n - back]);
        if ((c & 0xC0) == 0x80)
            continue; // a continuation byte: its lead is further back
        const int length = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
        return length > back ? back : 0;
    }
    return 0;
}

} // namespace

ImportInput::~ImportInput() = default;

Result<std::shared_ptr<const ImportInput>> ImportInput::open(const QString &path)
{
    const QFileInfo info(path);
    auto fail = [&](const QString &why) -> Result<std::shared_ptr<const ImportInput>> {
        return Error{QStringLiteral("io"), why, path};
    };
    if (!info.exists())
        return fail(QCoreApplication::translate("ImportJob", "there is no file at this path"));
    if (info.isDir())
        return fail(QCoreApplication::translate("ImportJob", "expected a file, found a folder"));
    if (!info.isFile()) // a FIFO, socket or device: reading it could block forever or never end
        return fail(QCoreApplication::translate("ImportJob", "expected a regular file, found a pipe, socket or device "
                                                             "(save the export to a file and import that)"));
    // Opening and closing a live SQLite database (or its -wal/-shm) from this process would drop the locks the
    // store holds on it (POSIX locks are per process): decided from the names alone, without opening anything.
    for (const char *suffix : {"-wal", "-shm", "-journal"}) {
        const QString s = QLatin1String(suffix);
        const bool isCompanion = path.endsWith(s) && QFileInfo::exists(path.chopped(s.size()));
        if (isCompanion || QFileInfo::exists(path + s))
            return fail(QCoreApplication::translate("ImportJob", "expected a CSV file, found a database that is in use "
                                                                 "(a ZhiSuan store or another SQLite file): it was not opened"));
    }
    if (info.size() > kMaxBytes)
        return fail(QCoreApplication::translate("ImportJob", "expected at most %1 GB, found a file of %2 GB (split it)")
                        .arg(kMaxBytes >> 30)
                        .arg(double(info.size()) / double(1 << 30), 0, 'f', 1));
    std::shared_ptr<ImportInput> input(new ImportInput);
    input->m_file = std::make_unique<QFile>(path);
    if (!input->m_file->open(QIODevice::ReadOnly))
        return fail(QCoreApplication::translate("ImportJob", "cannot read the file: %1").arg(input->m_file->errorString()));
    // The size is read again from the open file, so a file that grew since the check above is still bounded.
    input->m_size = qMin(input->m_file->size(), kMaxBytes);
    return std::shared_ptr<const ImportInput>(std::move(input));
}

std::shared_ptr<const ImportInput> ImportInput::fromBytes(const QByteArray &bytes)
{
    std::shared_ptr<ImportInput> input(new ImportInput);
    input->m_bytes = bytes;
    input->m_size = bytes.size();
    return input;
}

QString ImportInput::path() const
{
    return m_file && m_file->handle() >= 0 ? m_file->fileName() : QString();
}

Result<qint64> ImportInput::read(qint64 offset, char *into, qint64 max) const
{
    max = qBound<qint64>(0, qMin(max, m_size - offset), m_size);
    if (!m_file) {
        std::memcpy(into, m_bytes.constData() + offset, size_t(max));
        return max;
    }
    if (m_file->handle() < 0) { // a Qt resource (the starter dataset): no descriptor, so one reader at a time
        QMutexLocker lock(&m_readMutex);
        if (!m_file->seek(offset))
            return Error{QStringLiteral("io"),
                         QCoreApplication::translate("ImportJob", "cannot read the file: %1").arg(m_file->errorString()),
                         m_file->fileName()};
        const qint64 got = m_file->read(into, max);
        if (got < 0)
            return Error{QStringLiteral("io"),
                         QCoreApplication::translate("ImportJob", "cannot read the file: %1").arg(m_file->errorString()),
                         m_file->fileName()};
        return got;
    }
    qint64 done = 0;
    while (done < max) {
        const ssize_t got = ::pread(m_file->handle(), into + done, size_t(max - done), off_t(offset + done));
        if (got < 0 && errno == EINTR)
            continue;
        if (got < 0)
            return Error{QStringLiteral("io"),
                         QCoreApplication::translate("ImportJob", "cannot read the file: %1").arg(QString::fromLocal8Bit(std::strerror(errno))),
                         m_file->fileName()};
        if (got == 0)
            break; // the file shrank since it was opened
        done += got;
    }
    return done;
}

const ImportInput::Evidence &ImportInput::evidence(qint64 window) const
{
    QMutexLocker lock(&m_evidenceMutex);
    if (m_evidence.evidence)
        return m_evidence;
    QByteArray head(qMin<qint64>(m_size, kHeadBytes), Qt::Uninitialized);
    const auto gotHead = read(0, head.data(), head.size());
    head.resize(gotHead ? gotHead.value() : 0);
    auto evidence = std::make_unique<TextDecoder::Evidence>(head);
    bool whole = gotHead.ok();
    if (evidence->wantsLines()) {
        // One pass in windows from the first byte (the head is in memory already, and is handed on in windows too).
        window = qMax<qint64>(1, window);
        QByteArray buffer;
        for (qint64 offset = 0; offset < m_size;) {
            const qint64 want = qMin(window, m_size - offset);
            if (offset + want <= head.size()) {
                evidence->add(QByteArrayView(head).sliced(offset, want));
                offset += want;
                continue;
            }
            buffer.resize(want);
            const auto got = read(offset, buffer.data(), want);
            if (!got || got.value() == 0) { // the read error is reported by whoever reads next
                whole = false;
                break;
            }
            evidence->add(QByteArrayView(buffer).first(got.value()));
            offset += got.value();
        }
    }
    evidence->finish();
    m_evidence.evidence = std::move(evidence);
    m_evidence.whole = whole;
    return m_evidence;
}

std::optional<Error> ImportInput::checked(const QString &encoding, qint64 window) const
{
    QMutexLocker lock(&m_mutex);
    if (const auto it = m_checked.constFind(encoding); it != m_checked.constEnd())
        return it.value();
    TextStream text(shared_from_this(), encoding, window, true);
    QByteArray discard;
    while (text.readInto(discard))
        discard.clear();
    m_checked.insert(encoding, text.error());
    return text.error();
}

Result<void> ImportInput::check(const QString &encodingIn, qint64 window) const
{
    const QString encoding = TextDecoder::canonicalName(encodingIn);
    std::optional<Error> foreign;
    bool validUtf8 = false;
    if (TextDecoder::isWeighed(encoding)) {
        const Evidence &e = evidence(window);
        foreign = e.evidence->foreignLine(encoding);
        validUtf8 = encoding == QLatin1String("UTF-8") && e.whole && e.evidence->validUtf8();
    }
    const std::optional<Error> invalid = validUtf8 ? std::nullopt : checked(encoding, window);
    // The first problem a reader of the file meets; on one line, the foreign line says more than its first byte.
    if (const auto first = TextDecoder::earlier(foreign, invalid))
        return *first;
    return {};
}

QString ImportInput::detectEncoding(qint64 window) const
{
    return evidence(window).evidence->encoding();
}

TextStream::TextStream(std::shared_ptr<const ImportInput> input, const QString &encoding, qint64 window, bool check)
    : m_input(std::move(input)), m_encoding(encoding.toUpper()), m_window(qMax<qint64>(1, window)), m_check(check),
      m_utf8(isUtf8Name(m_encoding))
{
    if (!m_utf8) {
        const QByteArray from = m_encoding.toLatin1();
        iconv_t cd = iconv_open("UTF-8", from.constData());
        if (cd == reinterpret_cast<iconv_t>(-1)) {
            m_error = Error{QStringLiteral("encoding"),
                            QCoreApplication::translate("TextDecoder", "unknown encoding “%1”").arg(m_encoding), {}};
            m_done = true;
        } else {
            m_iconv = cd;
        }
    }
}

TextStream::~TextStream()
{
    if (m_iconv)
        iconv_close(static_cast<iconv_t>(m_iconv));
}

void TextStream::advance(QByteArrayView text)
{
    if (text.isEmpty())
        return;
    qint64 breaks = 0;
    qsizetype lastBreak = -1;
    if (!std::memchr(text.data(), '\r', size_t(text.size()))) {
        breaks = std::count(text.begin(), text.end(), '\n');
        if (breaks > 0)
            lastBreak = text.lastIndexOf('\n');
        if (m_afterCr && text.front() == '\n')
            --breaks; // the LF of a CRLF cut by the window's edge
    } else {
        for (qsizetype i = 0; i < text.size(); ++i) {
            const char c = text[i];
            if (c != '\r' && c != '\n')
                continue;
            if (c == '\r' || !(i > 0 ? text[i - 1] == '\r' : m_afterCr))
                ++breaks;
            lastBreak = i;
        }
    }
    m_afterCr = text.back() == '\r';
    m_lines += breaks;
    m_column = lastBreak < 0 ? m_column + characters(text) : 1 + characters(text.sliced(lastBreak + 1));
}

void TextStream::fail(const QString &message, QByteArrayView textBefore)
{
    advance(textBefore);
    Error e{QStringLiteral("encoding"), message, {}};
    e.line = m_lines + 1;
    e.column = m_column;
    m_error = e;
    m_done = true;
}

bool TextStream::readInto(QByteArray &out)
{
    if (m_done)
        return false;
    const std::optional<Window> window = readWindow();
    if (!window)
        return false;
    return m_utf8 ? handOnUtf8(out, *window) : handOnConverted(out, *window);
}

// The next window's bytes into m_raw, after those carried from the last one. Nothing at the end of the file or on a
// read error (then the stream is done).
std::optional<TextStream::Window> TextStream::readWindow()
{
    const qint64 want = qMin(m_window, m_input->size() - m_offset);
    m_raw.resize(m_carry + qMax<qint64>(want, 0));
    const auto got = m_input->read(m_offset, m_raw.data() + m_carry, qMax<qint64>(want, 0));
    if (!got) {
        m_error = got.error();
        m_done = true;
        return std::nullopt;
    }
    m_raw.resize(m_carry + got.value());
    const qint64 rawStart = m_offset - m_carry; // where m_raw begins in the file
    m_offset += got.value();
    const bool last = got.value() == 0 || m_offset >= m_input->size();
    if (m_raw.isEmpty()) {
        m_done = true;
        return std::nullopt;
    }
    return Window{rawStart, last};
}

// A NUL byte in the text: no export writes one (a file cut off while it was saved, or not text at all).
bool TextStream::refuseNul(QByteArrayView text)
{
    const void *nul = std::memchr(text.data(), 0, size_t(text.size()));
    if (!nul)
        return false;
    fail(QCoreApplication::translate("TextDecoder",
                                     "expected text, found a NUL byte (0x00), which no export writes (was the "
                                     "file cut off while it was saved, or is it not text?)"),
         text.first(static_cast<const char *>(nul) - text.data()));
    return true;
}

// UTF-8 is handed on as it is, after its BOM, up to the last whole character (the rest is carried), checked unless
// the caller knows it is valid.
bool TextStream::handOnUtf8(QByteArray &out, const Window &window)
{
    QByteArrayView bytes(m_raw);
    qsizetype begin = 0;
    if (!m_started) {
        if (!window.last && bytes.size() < kBom.size() && kBom.startsWith(bytes)) {
            m_carry = bytes.size(); // perhaps a BOM cut by a tiny window: decide with more bytes
            return true;
        }
        m_started = true;
        if (bytes.startsWith(kBom))
            begin = kBom.size();
    }
    const qsizetype end = bytes.size() - (window.last ? 0 : cutCharacter(bytes.sliced(begin)));
    const QByteArrayView text = bytes.sliced(begin, end - begin);
    if (m_check) {
        if (const qsizetype bad = TextDecoder::firstInvalidUtf8(text); bad >= 0) {
            fail(QCoreApplication::translate("TextDecoder",
                                             "expected UTF-8 text, found byte %1, which is not UTF-8 (byte offset "
                                             "%2; fix that byte, or choose the file's encoding if it is not UTF-8)")
                     .arg(byteText(static_cast<unsigned char>(text[bad])))
                     .arg(window.rawStart + begin + bad),
                 text.first(bad));
            return false;
        }
        if (refuseNul(text))
            return false;
        advance(text);
    }
    out.append(text.data(), text.size());
    m_carry = m_raw.size() - end;
    std::memmove(m_raw.data(), m_raw.constData() + end, size_t(m_carry));
    m_done = window.last;
    return true;
}

// Another encoding is converted to UTF-8 by iconv; a character the window's edge cuts is carried to the next one.
bool TextStream::handOnConverted(QByteArray &out, const Window &window)
{
    auto *cd = static_cast<iconv_t>(m_iconv);
    const qsizetype base = out.size();
    out.resize(base + m_raw.size() * 2 + 16);
    char *in = m_raw.data();
    size_t inLeft = size_t(m_raw.size());
    char *outPtr = out.data() + base;
    size_t outLeft = size_t(out.size() - base);
    bool cut = false;
    while (inLeft > 0) {
        if (iconv(cd, &in, &inLeft, &outPtr, &outLeft) != size_t(-1))
            continue;
        if (errno == E2BIG) {
            const qsizetype used = outPtr - out.data();
            out.resize(out.size() * 2);
            outPtr = out.data() + used;
            outLeft = size_t(out.size() - used);
            continue;
        }
        if (errno == EINVAL && !window.last) { // a character cut by the window's edge: the rest comes with the next window
            cut = true;
            break;
        }
        failConversion(errno == EINVAL, QByteArrayView(out.constData() + base, outPtr - (out.constData() + base)),
                       window.rawStart + (in - m_raw.data()), *in);
        out.resize(base);
        return false;
    }
    qsizetype begin = base;
    if (!m_started && outPtr > out.data() + base) {
        m_started = true;
        if (QByteArrayView(out.constData() + base, outPtr - (out.constData() + base)).startsWith(kBom))
            begin += kBom.size();
    }
    const QByteArrayView text(out.constData() + begin, outPtr - (out.constData() + begin));
    if (refuseNul(text)) {
        out.resize(base);
        return false;
    }
    advance(text);
    if (begin > base)
        out.remove(base, begin - base);
    out.resize(base + text.size());
    m_carry = cut ? qsizetype(inLeft) : 0;
    if (m_carry > 0)
        std::memmove(m_raw.data(), in, size_t(m_carry));
    m_done = window.last;
    return true;
}

// iconv stopped at `byte` (file offset `offset`): the file ends inside a character (cutOff: EINVAL at the last
// window), or the byte is not of the encoding. `before` is the text converted before it, for the line and column.
void TextStream::failConversion(bool cutOff, QByteArrayView before, qint64 offset, char byte)
{
    if (cutOff) {
        fail(QCoreApplication::translate("TextDecoder",
                                         "expected %1 text, found the file cut off in the middle of a character (byte offset %2)")
                 .arg(m_encoding)
                 .arg(offset),
             before);
    } else {
        fail(QCoreApplication::translate("TextDecoder",
                                         "expected %1 text, found byte %2, which is not %1 (byte offset %3; choose the "
                                         "file's encoding if it is not %1)")
                 .arg(m_encoding, byteText(static_cast<unsigned char>(byte)))
                 .arg(offset),
             before);
    }
}

QByteArray TextStream::tail(const ImportInput &input, const QString &encoding, qint64 bytes)
{
    const qint64 from = qMax<qint64>(0, input.size() - bytes);
    QByteArray raw(input.size() - from, Qt::Uninitialized);
    const auto got = input.read(from, raw.data(), raw.size());
    if (!got)
        return {};
    raw.resize(got.value());
    if (isUtf8Name(encoding.toUpper())) {
        qsizetype start = 0;
        while (start < raw.size() && start < 3 && (static_cast<unsigned char>(raw[start]) & 0xC0) == 0x80)
            ++start;
        return raw.mid(start);
    }
    // Another encoding, cut anywhere: the first shift at which the rest converts is taken as a character boundary.
    const QByteArray name = encoding.toUpper().toLatin1();
    for (qsizetype shift = 0; shift < 4 && shift < raw.size(); ++shift) {
        iconv_t cd = iconv_open("UTF-8", name.constData());
        if (cd == reinterpret_cast<iconv_t>(-1))
            return {};
        QByteArray out(raw.size() * 4 + 16, Qt::Uninitialized);
        char *in = raw.data() + shift;
        size_t inLeft = size_t(raw.size() - shift);
        char *outPtr = out.data();
        size_t outLeft = size_t(out.size());
        const bool ok = iconv(cd, &in, &inLeft, &outPtr, &outLeft) != size_t(-1) || errno == EINVAL;
        iconv_close(cd);
        if (ok) {
            out.resize(outPtr - out.data());
            return out;
        }
    }
    return {};
}

} // namespace zhisuan::db
