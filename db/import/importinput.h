#pragma once

#include "result.h"
#include "textdecoder.h"

#include <QByteArray>
#include <QHash>
#include <QMutex>
#include <QString>

#include <memory>
#include <optional>

class QFile;

namespace zhisuan::db {

// The bytes of a file to import, read a window at a time: ten years of the whole market's daily quotes are a
// 750 MB file, which is never held (or mapped) whole (issue 14). Only regular files are read (a named pipe would
// block forever and /dev/zero never ends), and at most kMaxBytes. Reads are positional, so the hash on another
// thread and the import read the same open file at once.
class ImportInput : public std::enable_shared_from_this<ImportInput>
{
public:
    static constexpr qint64 kMaxBytes = qint64(4) << 30;
    // The default window: large enough that a record rarely straddles two, small enough to stay in the cache.
    static constexpr qint64 kWindowBytes = qint64(1) << 20;
    // What the encoding decision reads first: BOMs, UTF-16's NUL pattern, and uchardet when the lines do not decide.
    static constexpr qint64 kHeadBytes = qint64(1) << 20;

    // The error says what the path is and why it cannot be read, as a complete sentence.
    static Result<std::shared_ptr<const ImportInput>> open(const QString &path);
    // Text already in memory (tests, the fuzzer), read through the same windows.
    static std::shared_ptr<const ImportInput> fromBytes(const QByteArray &bytes);
    ~ImportInput();

    qint64 size() const { return m_size; }
    // The file's path when it is a file on disk (a library that opens files by name reads it there); empty for bytes
    // in memory and Qt resources.
    QString path() const;
    // Copies up to `max` bytes from `offset` into `into`: how many (0 at the end), or why the file cannot be read.
    Result<qint64> read(qint64 offset, char *into, qint64 max) const;

    // The file's encoding as TextDecoder::Evidence decides it from every line, in one pass of windows (BOMs and
    // UTF-16 from the first megabyte alone): "UTF-8", "GB18030", "UTF-16LE", "UTF-16BE", or Big5 and the like.
    QString detectEncoding(qint64 window = kWindowBytes) const;
    // Whether the whole file reads as `encoding` (detected or chosen), with its line and column when not: the first
    // byte that is not in it (or a NUL), or the first line that is evidently the other of UTF-8 and GB18030,
    // whichever comes first. Remembered: later calls with the same encoding cost nothing, and a file the evidence
    // pass found to be valid UTF-8 is not read again for it.
    Result<void> check(const QString &encoding, qint64 window = kWindowBytes) const;

private:
    ImportInput() = default;
    struct Evidence
    {
        std::unique_ptr<TextDecoder::Evidence> evidence;
        bool whole = false; // every byte was read (no read error)
    };
    const Evidence &evidence(qint64 window) const;
    std::optional<Error> checked(const QString &encoding, qint64 window) const;

    std::unique_ptr<QFile> m_file;
    QByteArray m_bytes; // fromBytes()
    qint64 m_size = 0;
    mutable QMutex m_mutex;
    mutable QMutex m_readMutex;
    mutable QMutex m_evidenceMutex;
    mutable QHash<QString, std::optional<Error>> m_checked;
    mutable Evidence m_evidence;
};

// The text of an ImportInput as UTF-8, a window at a time. UTF-8 passes through (its BOM dropped); any other
// encoding is converted with iconv, a character split by a window's edge carried into the next window. With
// `check`, every window is validated (UTF-8) and searched for NUL bytes; an error gives the line and column of
// the bad byte in the whole file, as TextDecoder::toUtf8 does. Without it (the file was checked already), UTF-8 is
// handed on as read.
class TextStream
{
public:
    TextStream(std::shared_ptr<const ImportInput> input, const QString &encoding, qint64 window = ImportInput::kWindowBytes,
               bool check = true);
    ~TextStream();
    TextStream(const TextStream &) = delete;
    TextStream &operator=(const TextStream &) = delete;

    // Appends the next window's text to `out` (possibly nothing, when a window ends inside a character). False at
    // the end of the file or on an error, which error() then holds.
    bool readInto(QByteArray &out);
    bool atEnd() const { return m_done; }
    const std::optional<Error> &error() const { return m_error; }
    qint64 position() const { return m_offset; } // bytes of the file read so far
    qint64 size() const { return m_input->size(); }

    // The last `bytes` of the file as text, starting at a character boundary (for title and footer lines).
    static QByteArray tail(const ImportInput &input, const QString &encoding, qint64 bytes);

private:
    // A window of the file in m_raw: where m_raw begins in the file, and whether it reaches the file's end.
    struct Window
    {
        qint64 rawStart = 0;
        bool last = false;
    };
    std::optional<Window> readWindow();
    bool handOnUtf8(QByteArray &out, const Window &window);
    bool handOnConverted(QByteArray &out, const Window &window);
    bool refuseNul(QByteArrayView text);
    void failConversion(bool cutOff, QByteArrayView before, qint64 offset, char byte);
    void fail(const QString &message, QByteArrayView textBefore);
    void advance(QByteArrayView text); // keeps the line and column of the text handed on so far

    std::shared_ptr<const ImportInput> m_input;
    QString m_encoding;
    qint64 m_window;
    bool m_check;
    bool m_utf8;
    void *m_iconv = nullptr;
    qint64 m_offset = 0;
    QByteArray m_raw;   // the window read, after the bytes carried from the last one
    qsizetype m_carry = 0;
    bool m_started = false; // the BOM is looked for in the first text only
    bool m_done = false;
    std::optional<Error> m_error;
    qint64 m_lines = 0;  // line breaks in the text handed on (LF, CRLF or a CR alone, as the CSV reader counts)
    qint64 m_column = 1; // 1-based character column after it
    bool m_afterCr = false; // the text handed on ends with a CR (a LF next ends the same line)
};

} // namespace zhisuan::db
