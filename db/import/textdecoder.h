#pragma once

#include "result.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace zhisuan::db {

// Decides a file's encoding and turns its bytes into UTF-8. Wind and iFinD export GBK/GB18030 on Chinese Windows,
// hand-written files are UTF-8 with or without a BOM, Excel's "Unicode text" is UTF-16.
//
// The decision is made per file from evidence in every line (Evidence, one streaming pass): each line that is not
// ASCII is read both as UTF-8 and as GB18030 and scored for plausibility in these files (ideographs, CJK and
// full-width punctuation are; Latin letters with combining marks, C1 controls, rare GBK-extension ideographs and
// private-use characters are not). A line that only one of them reads as plausible text is strong evidence; the
// file is what most such lines are, and the first line that is evidently the other encoding refuses the file.
class TextDecoder
{
public:
    // What the bytes of one file say about its encoding, gathered in one pass over windows of any size.
    class Evidence
    {
    public:
        // `head`: the first bytes of the file (up to a megabyte; the whole text for text in memory). A BOM or the
        // NUL pattern of UTF-16 decides from the head alone; uchardet reads it when the lines do not decide.
        explicit Evidence(const QByteArray &head);
        // False when the head decided (UTF-16): add() need not be called.
        bool wantsLines() const { return m_lines; }
        // The file's bytes in order from its first byte, in pieces of any size.
        void add(QByteArrayView bytes);
        // After the last add(): decides.
        void finish();

        // "UTF-8", "GB18030", "UTF-16LE", "UTF-16BE", or an East-Asian encoding uchardet named (Big5).
        QString encoding() const { return m_encoding; }
        // Every byte (after a BOM) is UTF-8 and none is NUL: read as UTF-8, the file needs no second check.
        bool validUtf8() const { return m_reading.utf8Invalid == 0 && !m_reading.nul; }
        // For a file read as `encoding` (decided, or chosen by the user): the first line that is evidently in the
        // other of UTF-8 and GB18030, with its line, the column of its first non-ASCII character, and a message
        // naming both encodings. Nothing for other encodings.
        std::optional<Error> foreignLine(const QString &encoding) const;

    private:
        static constexpr int kSampleBytes = 48;
        // Where the reading is: the line being read and both encodings' state machines. add() works on a copy in
        // its own frame, which the compiler keeps in registers.
        struct Reading
        {
            qint64 line = 1;
            qint64 lineStart = 0;
            qint64 firstHigh = -1; // offset of the line's first byte ≥ 0x80, or -1 (an ASCII line is no evidence)
            int scoreUtf8 = 0;     // the line's plausibility read as UTF-8, in half-points
            int scoreGb = 0;       // … read as GB18030
            bool badUtf8 = false;  // the line is not UTF-8
            bool badGb = false;    // … not GB18030
            bool afterCr = false;
            bool nul = false;
            bool sampling = false;
            bool sampleCut = false;
            int sampleSize = 0;
            char sample[kSampleBytes] = {};
            // UTF-8: continuation bytes still wanted, the code point so far, the range the next byte must be in.
            int utf8Need = 0;
            char32_t utf8Code = 0;
            uchar utf8Low = 0x80;
            uchar utf8High = 0xBF;
            // GB18030: the bytes of the character so far.
            int gbHave = 0;
            uchar gb[3] = {0, 0, 0};
            qint64 utf8Chars = 0;   // multi-byte UTF-8 characters in the file
            qint64 utf8Invalid = 0; // bytes of the file that are not UTF-8
            bool anyHigh = false;
        };
        struct Line
        {
            qint64 number = 0;
            qint64 column = 0;
            QByteArray sample; // the line's first non-ASCII text, as the bytes in the file
            bool cut = false;  // … and more of it follows
        };

        static void stepUtf8(Reading &r, uchar b);
        static void stepGb(Reading &r, uchar b);
        void endLine(Reading &r);
        QString decideUndecided() const;

        QByteArray m_head;
        bool m_lines = true;
        bool m_bom = false; // a UTF-8 BOM: the file is UTF-8, its lines are still looked at
        qint64 m_offset = 0;
        Reading m_reading;
        qint64 m_votesUtf8 = 0;
        qint64 m_votesGb = 0;
        qint64 m_lean = 0; // lines both read as text: how many lean to UTF-8 minus to GB18030
        std::optional<Line> m_firstUtf8; // the first line that is evidently UTF-8
        std::optional<Line> m_firstGb;   // … evidently GB18030
        QString m_encoding;
    };

    // The encoding of text held whole in memory, decided as Evidence decides it.
    static QString detect(const QByteArray &bytes);
    // UTF-16 told from its NUL bytes (most characters of a CSV are ASCII, whose high byte is zero): "UTF-16LE",
    // "UTF-16BE", or empty.
    static QString utf16WithoutBom(QByteArrayView head);
    // The name an encoding is known by here: UTF8 → UTF-8, upper case; empty stays empty.
    static QString canonicalName(const QString &encoding);
    // UTF-8 and the GB family (GB18030, GBK, GB2312, CP936): the encodings Evidence reads every line in.
    static bool isWeighed(const QString &encoding);
    static bool isValidUtf8(const QByteArray &bytes);
    // Byte offset of the first byte that is not part of a valid UTF-8 sequence, or -1.
    static qsizetype firstInvalidUtf8(QByteArrayView bytes);
    // encoding empty = detect. The result has no BOM. Text that is UTF-8 and GB18030 in different lines is refused
    // at the first line that does not fit (see Evidence::foreignLine), as is a byte that is not in the encoding.
    static Result<QByteArray> toUtf8(const QByteArray &bytes, const QString &encoding);
    // Detects and converts in one go: a file found to be valid UTF-8 is not validated a second time.
    static Result<QByteArray> toUtf8Detected(const QByteArray &bytes, QString *encoding);
    // Of two errors in one file, the one a reader meets first (at one place, the first given). Either may be empty.
    static std::optional<Error> earlier(const std::optional<Error> &a, const std::optional<Error> &b);
};

} // namespace zhisuan::db
