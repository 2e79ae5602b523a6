#include "csvreader.h"

#include "importinput.h"

#include <QCoreApplication>

#include <array>

namespace zhisuan::db {

bool CsvRecord::isBlank() const
{
    if (!faults.empty())
        return false; // a sheet's cell without a value to give is no blank
    for (const auto &f : fields) {
        for (char c : f) {
            if (c != ' ' && c != '\t')
                return false;
        }
    }
    return true;
}

QString CsvRecord::fault(int i) const
{
    for (const auto &[field, why] : faults)
        if (field == i)
            return why;
    return {};
}

qint64 CsvRecord::column(int i) const
{
    if (i < 0 || size_t(i) >= fieldOffsets.size() || !base)
        return i + 1;
    qint64 chars = 1;
    for (qsizetype k = lineOffsets[size_t(i)]; k < fieldOffsets[size_t(i)]; ++k)
        if ((static_cast<unsigned char>(base[k]) & 0xC0) != 0x80)
            ++chars;
    return chars;
}

qint64 CsvRecord::lineOf(int i) const
{
    if (i <= 0 || size_t(i) >= lineOffsets.size() || !base)
        return line;
    // Line breaks between the record's first line and field i's line, counted as the reader counts them (LF, CRLF
    // or a lone CR).
    qint64 breaks = 0;
    for (qsizetype k = lineOffsets[0]; k < lineOffsets[size_t(i)]; ++k)
        if (base[k] == '\n' || (base[k] == '\r' && (k + 1 >= lineOffsets[size_t(i)] || base[k + 1] != '\n')))
            ++breaks;
    return line + breaks;
}

CsvReader::CsvReader(QByteArrayView utf8, char delimiter) : m_data(utf8), m_delimiter(delimiter)
{
    if (m_data.startsWith("\xEF\xBB\xBF"))
        m_pos = 3;
}

char CsvReader::detectDelimiter(QByteArrayView utf8)
{
    // Each candidate's count outside quotes on each of the first lines. A delimiter splits every row of a table into
    // the same number of fields, so the candidate whose usual count (its mode) holds on the most lines wins, not the
    // most frequent: a tab-separated table of centres has more commas inside its cells (一期 8,141P,远期 40,705P)
    // than tabs, but not the same number on every line. Ties go to the larger count, then to the order below.
    constexpr std::array<char, 4> candidates{',', '\t', ';', '|'};
    constexpr int kLines = 20;
    std::array<std::array<int, kLines>, 4> perLine{};
    bool quoted = false;
    int line = 0;
    for (qsizetype i = 0; i < utf8.size() && line < kLines; ++i) {
        const char c = utf8[i];
        if (c == '"')
            quoted = !quoted;
        else if (!quoted && c == '\n')
            ++line;
        else if (!quoted) {
            for (size_t k = 0; k < candidates.size(); ++k)
                if (c == candidates[k])
                    ++perLine[k][line];
        }
    }
    const int lines = qMin(line + 1, kLines);
    size_t best = 0;
    int bestLines = 0, bestCount = 0;
    for (size_t k = 0; k < candidates.size(); ++k) {
        // The most common non-zero count on a line, and on how many lines it is.
        int modeCount = 0, modeLines = 0;
        for (int l = 0; l < lines; ++l) {
            const int n = perLine[k][l];
            if (n == 0)
                continue;
            int same = 0;
            for (int m = 0; m < lines; ++m)
                same += perLine[k][m] == n;
            if (same > modeLines || (same == modeLines && n > modeCount)) {
                modeLines = same;
                modeCount = n;
            }
        }
        if (modeLines > bestLines || (modeLines == bestLines && modeLines > 0 && modeCount > bestCount)) {
            best = k;
            bestLines = modeLines;
            bestCount = modeCount;
        }
    }
    return bestLines > 0 ? candidates[best] : ',';
}

CsvReader::CsvReader(TextStream &stream, char delimiter) : m_stream(&stream), m_eof(false), m_delimiter(delimiter)
{
    m_data = QByteArrayView(m_buffer);
}

CsvReader::CsvReader(std::unique_ptr<TextStream> stream, char delimiter) : CsvReader(*stream, delimiter)
{
    m_ownedStream = std::move(stream);
}

CsvReader::~CsvReader() = default;

qint64 CsvReader::position() const
{
    return m_stream ? m_stream->position() : m_pos;
}

qint64 CsvReader::size() const
{
    return m_stream ? m_stream->size() : m_data.size();
}

// Drops the text before `keepFrom` (records already handed out) and appends the stream's next window.
bool CsvReader::refill(qsizetype keepFrom)
{
    m_buffer.remove(0, keepFrom);
    m_pos -= keepFrom;
    const qsizetype before = m_buffer.size();
    // A window may end inside a character and give no text yet: read on until some comes or the stream ends. A
    // record longer than a window (a 2 MB cell) is read again from its start after each refill, so the text kept
    // is at least doubled each time: reading it stays linear in its size, whatever the window. Doubling stops once
    // the text passes the longest record allowed, so that a record that never ends (a quote never closed) is said
    // holding about that much, not twice it (next() reports it on the next pass).
    while (m_buffer.size() == before || (m_buffer.size() < 2 * before && m_buffer.size() <= m_maxRecordBytes)) {
        if (!m_stream->readInto(m_buffer)) {
            m_eof = true;
            break;
        }
    }
    m_data = QByteArrayView(m_buffer);
    return m_buffer.size() > before;
}

bool CsvReader::next(CsvRecord &record)
{
    m_error.clear();
    for (;;) {
        if (m_pos >= m_data.size() && !m_eof)
            refill(m_pos);
        if (m_stream && m_stream->error()) {
            // A byte that is not text ends the file there, said as the stream says it (not as a record cut short).
            record.fields.clear();
            const Error &e = *m_stream->error();
            m_error = e.message;
            m_errorLine = e.line;
            m_errorColumn = e.column;
            m_pos = m_data.size();
            return false;
        }
        if (m_pos >= m_data.size()) {
            record.fields.clear();
            return false;
        }
        const qsizetype start = m_pos;
        const qint64 line = m_line;
        const Step step = parse(record);
        if (step != Step::NeedMore)
            return step == Step::Record;
        // The window ended inside this record: read it again from its start with the next window appended.
        if (m_data.size() - start > m_maxRecordBytes) {
            // Past the limit: say where the field began and stop, instead of holding the rest of the file.
            const qint64 mib = m_maxRecordBytes >> 20;
            m_error = m_inQuotedField
                          ? QCoreApplication::translate("CsvReader", "expected a closing quote (\") for the field opened here, found "
                                                                     "none in the next %n MiB (is a quote missing?)", nullptr, int(mib))
                          : QCoreApplication::translate("CsvReader", "expected the end of this line within %n MiB, found none "
                                                                     "(is this a CSV file?)", nullptr, int(mib));
            m_errorLine = m_inQuotedField ? m_fieldLine : line;
            // The field being read is the last one begun (not yet among the fields); its offsets are in the text still held.
            m_errorColumn = m_inQuotedField ? record.column(int(record.columns.size()) - 1) : 1;
            record.fields.clear();
            m_buffer = QByteArray();
            m_data = QByteArrayView(m_buffer);
            m_pos = 0;
            m_eof = true;
            return false;
        }
        m_pos = start;
        m_line = line;
        refill(start);
    }
}

CsvReader::Step CsvReader::parse(CsvRecord &record)
{
    record.fields.clear();
    record.columns.clear();
    record.fieldOffsets.clear();
    record.lineOffsets.clear();
    record.faults.clear();
    record.base = m_data.data();
    record.line = m_line;
    // Quoted fields with escapes are unescaped into m_scratch; reserve the rest of the input's
    // worst case lazily so views stay valid (no reallocation while the record is built).
    m_scratch.clear();
    Cursor at{m_data.data(), m_data.size(), m_eof, m_pos, 0};
    const char *data = at.data;
    const qsizetype n = at.n;
    const bool eof = at.eof;

    for (;;) {
        const qsizetype fieldStart = m_pos;
        record.columns.push_back(fieldStart - at.lineStart + 1);
        record.fieldOffsets.push_back(fieldStart);
        record.lineOffsets.push_back(at.lineStart);
        m_inQuotedField = m_pos < n && data[m_pos] == '"';
        if (m_inQuotedField) {
            if (const Step step = readQuotedField(record, at); step != Step::Field)
                return step;
        } else {
            // A record ends at LF, CRLF or a lone CR: Excel's "CSV (Macintosh)" ends lines with CR alone.
            qsizetype end = m_pos;
            while (end < n && data[end] != m_delimiter && data[end] != '\n' && data[end] != '\r')
                ++end;
            if (end >= n && !eof)
                return Step::NeedMore;
            record.fields.emplace_back(data + m_pos, end - m_pos);
            m_pos = end;
        }

        if (m_pos >= n)
            return Step::Record;
        const char c = data[m_pos];
        if (c == m_delimiter) {
            ++m_pos;
            if (m_pos >= n && !eof)
                return Step::NeedMore;
            if (m_pos >= n) { // trailing delimiter at EOF: one more empty field
                record.columns.push_back(m_pos - at.lineStart + 1);
                record.fieldOffsets.push_back(m_pos);
                record.lineOffsets.push_back(at.lineStart);
                record.fields.emplace_back();
                return Step::Record;
            }
            continue;
        }
        if (c == '\r' && m_pos + 1 >= n && !eof)
            return Step::NeedMore; // its LF may open the next window
        if (c == '\r')
            ++m_pos;
        if (m_pos < n && data[m_pos] == '\n')
            ++m_pos;
        ++m_line;
        return Step::Record;
    }
}

// A quoted field from its opening quote to past its closing one: delimiters and line breaks inside are text, a doubled
// quote is one quote (the field is then unescaped into m_scratch). Step::Field when it is read. Inlined into parse: a
// call per quoted field costs 0.5% of the instructions of reading a file (callgrind, 200k rows, a third of them quoted).
Q_ALWAYS_INLINE CsvReader::Step CsvReader::readQuotedField(CsvRecord &record, Cursor &at)
{
    const char *data = at.data;
    const qsizetype n = at.n;
    const bool eof = at.eof;
    const qsizetype fieldStart = m_pos;
    m_fieldLine = m_line;
    ++m_pos;
    const qsizetype start = m_pos;
    bool escaped = false;
    const qsizetype scratchStart = m_scratch.size();
    for (;;) {
        if (m_pos >= n) {
            if (!eof)
                return Step::NeedMore;
            m_error = QCoreApplication::translate("CsvReader", "expected a closing quote (\") for the field "
                                                               "opened here, found the end of the file");
            m_errorLine = record.line;
            m_errorColumn = record.column(int(record.columns.size()) - 1);
            m_pos = n;
            return Step::Error;
        }
        const char c = data[m_pos];
        if ((c == '"' || c == '\r') && m_pos + 1 >= n && !eof)
            return Step::NeedMore; // a doubled quote or a CRLF may continue in the next window
        if (c == '"') {
            if (m_pos + 1 < n && data[m_pos + 1] == '"') {
                if (!escaped) {
                    if (at.scratchReserved == 0) {
                        at.scratchReserved = n - fieldStart + 1;
                        m_scratch.reserve(at.scratchReserved);
                    }
                    escaped = true;
                    m_scratch.append(data + start, m_pos - start + 1);
                } else {
                    m_scratch.append('"');
                }
                m_pos += 2;
                continue;
            }
            break; // closing quote
        }
        if (c == '\n' || (c == '\r' && (m_pos + 1 >= n || data[m_pos + 1] != '\n'))) {
            ++m_line; // LF, CRLF or a lone CR (classic Mac Excel) ends a physical line
            at.lineStart = m_pos + 1;
        }
        if (escaped)
            m_scratch.append(c);
        ++m_pos;
    }
    if (escaped)
        record.fields.emplace_back(m_scratch.constData() + scratchStart, m_scratch.size() - scratchStart);
    else
        record.fields.emplace_back(data + start, m_pos - start);
    ++m_pos; // past the closing quote
    m_inQuotedField = false;
    if (m_pos >= n && !eof)
        return Step::NeedMore;
    if (m_pos < n && data[m_pos] != m_delimiter && data[m_pos] != '\n' && data[m_pos] != '\r')
        return refuseAfterClosingQuote(at);
    return Step::Field;
}

// Text after a closing quote (“a"b,c”): the error at that character, and the reader past the line's end so that a
// caller may continue collecting errors.
CsvReader::Step CsvReader::refuseAfterClosingQuote(const Cursor &at)
{
    const char *data = at.data;
    const qsizetype n = at.n;
    const bool eof = at.eof;
    qsizetype skip = m_pos;
    while (skip < n && data[skip] != '\n' && data[skip] != '\r')
        ++skip;
    if (skip + 1 >= n && !eof)
        return Step::NeedMore; // the line's end (or its CRLF) is in the next window
    m_error = QCoreApplication::translate("CsvReader",
                                          "expected a delimiter or the end of the line after a closing "
                                          "quote, found “%1”")
                  .arg(QString::fromUtf8(QByteArrayView(data + m_pos, 1)));
    m_errorLine = m_line;
    m_errorColumn = 1;
    for (qsizetype k = at.lineStart; k < m_pos; ++k)
        if ((static_cast<unsigned char>(data[k]) & 0xC0) != 0x80)
            ++m_errorColumn;
    m_pos = skip;
    if (m_pos < n) {
        if (data[m_pos] == '\r' && m_pos + 1 < n && data[m_pos + 1] == '\n')
            ++m_pos;
        ++m_pos;
        ++m_line;
    }
    return Step::Error;
}

} // namespace zhisuan::db
