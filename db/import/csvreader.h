#pragma once

#include "recordsource.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <memory>
#include <utility>
#include <vector>

namespace zhisuan::db {

class TextStream;

// One record of a CSV file or one row of a sheet: its fields as views into the reader's buffers (valid until the
// next call to next()), and the 1-based physical line (or row) it starts on. A sheet's record has a field for every
// column from A to its last cell, and `base` null: column(i) is then i + 1.
struct CsvRecord
{
    qint64 line = 0;
    std::vector<QByteArrayView> fields;
    std::vector<qint64> columns; // 1-based character column of each field in its line (for messages)
    std::vector<qsizetype> fieldOffsets; // byte offset of each field's first byte in the input
    std::vector<qsizetype> lineOffsets;  // byte offset of the start of that field's line
    const char *base = nullptr;
    // Cells a sheet cannot give a value for (a formula whose result was never stored): field index and why. The
    // field itself is empty; the values stage reports the fault at the cell when the column is imported.
    std::vector<std::pair<int, QString>> faults;

    bool isBlank() const;
    // Why field i has no value, or an empty string.
    QString fault(int i) const;
    QString text(int i) const { return QString::fromUtf8(fields[size_t(i)]); }
    // 1-based column of field i counted in characters, as an editor shows it (Chinese text is 3 bytes a
    // character in UTF-8); computed only when a message needs it.
    qint64 column(int i) const;
    // 1-based line field i starts on: the record's line, or a later one when a quoted field before it spans lines.
    qint64 lineOf(int i) const;
    int size() const { return int(fields.size()); }
};

// RFC 4180 reader over UTF-8 bytes: quoted fields with delimiters, doubled quotes and line breaks,
// CRLF, LF or a lone CR. Works on bytes, never on QString, because bulk import is bound by this loop.
class CsvReader : public RecordSource
{
public:
    explicit CsvReader(QByteArrayView utf8, char delimiter = ',');
    // Reads the text of a stream window by window (issue 14: a file is never held whole). A record that a window's
    // edge cuts (a multi-byte character, a quoted field with line breaks, a CR before its LF) is read again whole
    // once the next window is in; lines and columns count from the start of the file. An error of the stream
    // (a byte that is not text) ends the records with its message, line and column.
    explicit CsvReader(TextStream &stream, char delimiter = ',');
    // The same, owning its stream (ImportPlan::records()).
    CsvReader(std::unique_ptr<TextStream> stream, char delimiter);
    ~CsvReader() override;

    // A record a stream is read into may grow to this many bytes (a 2 MB cell is fine). A quote never closed would
    // otherwise hold the rest of the file in memory before the end of the file said so: past the limit the reader
    // reports the opening quote, where the user has to look, and stops (issue 14).
    static constexpr qint64 kMaxRecordBytes = qint64(64) << 20;
    void setMaxRecordBytes(qint64 bytes) { m_maxRecordBytes = bytes; } // tests make it small

    // False at the end of input or on a malformed record; then error() says what and where.
    bool next(CsvRecord &record) override;
    bool atEnd() const override { return m_eof && m_pos >= m_data.size(); }
    QString error() const override { return m_error; }
    qint64 errorLine() const override { return m_errorLine; }
    qint64 errorColumn() const override { return m_errorColumn; }
    // Bytes of the input read so far, of its total (of the file, for a stream).
    qint64 position() const override;
    qint64 size() const override;

    // The most likely delimiter among , ; TAB | judged from the first lines.
    static char detectDelimiter(QByteArrayView utf8);

private:
    // Field: a quoted field is read (within parse); Record: the record is whole; NeedMore: the window ended inside it.
    enum class Step { Record, Error, NeedMore, Field };
    // What parse reads (m_data and whether it is the end of the input, held in locals for the hot loop) and where it
    // is in the record: the start of the line m_pos is on, and the scratch space reserved for unescaping.
    struct Cursor
    {
        const char *data;
        qsizetype n;
        bool eof;
        qsizetype lineStart;
        qsizetype scratchReserved;
    };
    Step parse(CsvRecord &record);
    Step readQuotedField(CsvRecord &record, Cursor &at);
    Step refuseAfterClosingQuote(const Cursor &at);
    bool refill(qsizetype keepFrom);

    std::unique_ptr<TextStream> m_ownedStream;
    TextStream *m_stream = nullptr;
    QByteArray m_buffer; // a stream's text from the start of the record being read
    bool m_eof = true;
    QByteArrayView m_data;
    qsizetype m_pos = 0;
    qint64 m_line = 1;
    char m_delimiter;
    QByteArray m_scratch;
    qint64 m_maxRecordBytes = kMaxRecordBytes;
    // The line the field being read starts on, and whether it is quoted: what a record over the limit is reported at.
    qint64 m_fieldLine = 0;
    bool m_inQuotedField = false;
    QString m_error;
    qint64 m_errorLine = 0;
    qint64 m_errorColumn = 0;
};

} // namespace zhisuan::db
