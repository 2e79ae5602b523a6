#include "csvreader.h"

#include <QCoreApplication>

#include <array>

namespace zhisuan::db {

bool CsvRecord::isBlank() const
{
    for (const auto &f : fields) {
        for (char c : f) {
            if (c != ' ' && c != '\t')
                return false;
        }
    }
    return true;
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

CsvReader::CsvReader(QByteArrayView utf8, char delimiter) : m_data(utf8), m_delimiter(delimiter)
{
    if (m_data.startsWith("\xEF\xBB\xBF"))
        m_pos = 3;
}

char CsvReader::detectDelimiter(QByteArrayView utf8)
{
    // Count candidates outside quotes over the first lines; the most frequent consistent one wins.
    const std::array<char, 4> candidates{',', '\t', ';', '|'};
    std::array<qint64, 4> counts{};
    bool quoted = false;
    int lines = 0;
    for (qsizetype i = 0; i < utf8.size() && lines < 20; ++i) {
        const char c = utf8[i];
        if (c == '"')
            quoted = !quoted;
        else if (!quoted && c == '\n')
            ++lines;
        else if (!quoted) {
            for (size_t k = 0; k < candidates.size(); ++k)
                if (c == candidates[k])
                    ++counts[k];
        }
    }
    size_t best = 0;
    for (size_t k = 1; k < candidates.size(); ++k)
        if (counts[k] > counts[best])
            best = k;
    return counts[best] > 0 ? candidates[best] : ',';
}

bool CsvReader::next(CsvRecord &record)
{
    record.fields.clear();
    record.columns.clear();
    record.fieldOffsets.clear();
    record.lineOffsets.clear();
    record.base = m_data.data();
    m_error.clear();
    if (m_pos >= m_data.size())
        return false;

    record.line = m_line;
    // Quoted fields with escapes are unescaped into m_scratch; reserve the rest of the input's
    // worst case lazily so views stay valid (no reallocation while the record is built).
    m_scratch.clear();
    const char *data = m_data.data();
    const qsizetype n = m_data.size();
    qsizetype lineStart = m_pos;
    qsizetype scratchReserved = 0;

    for (;;) {
        const qsizetype fieldStart = m_pos;
        record.columns.push_back(fieldStart - lineStart + 1);
        record.fieldOffsets.push_back(fieldStart);
        record.lineOffsets.push_back(lineStart);
        if (m_pos < n && data[m_pos] == '"') {
            // Quoted field.
            ++m_pos;
            qsizetype start = m_pos;
            bool escaped = false;
            qsizetype scratchStart = m_scratch.size();
            for (;;) {
                if (m_pos >= n) {
                    m_error = QCoreApplication::translate("CsvReader", "expected a closing quote (\") for the field "
                                                                       "opened here, found the end of the file");
                    m_errorLine = record.line;
                    m_errorColumn = record.column(int(record.columns.size()) - 1);
                    m_pos = n;
                    return false;
                }
                const char c = data[m_pos];
                if (c == '"') {
                    if (m_pos + 1 < n && data[m_pos + 1] == '"') {
                        if (!escaped) {
                            if (scratchReserved == 0) {
                                scratchReserved = n - fieldStart + 1;
                                m_scratch.reserve(scratchReserved);
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
                    lineStart = m_pos + 1;
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
            if (m_pos < n && data[m_pos] != m_delimiter && data[m_pos] != '\n' && data[m_pos] != '\r') {
                m_error = QCoreApplication::translate("CsvReader",
                                                      "expected a delimiter or the end of the line after a closing "
                                                      "quote, found “%1”")
                              .arg(QString::fromUtf8(QByteArrayView(data + m_pos, 1)));
                m_errorLine = m_line;
                m_errorColumn = 1;
                for (qsizetype k = lineStart; k < m_pos; ++k)
                    if ((static_cast<unsigned char>(data[k]) & 0xC0) != 0x80)
                        ++m_errorColumn;
                // Skip to the end of this line so a caller may continue collecting errors.
                while (m_pos < n && data[m_pos] != '\n' && data[m_pos] != '\r')
                    ++m_pos;
                if (m_pos < n) {
                    if (data[m_pos] == '\r' && m_pos + 1 < n && data[m_pos + 1] == '\n')
                        ++m_pos;
                    ++m_pos;
                    ++m_line;
                }
                return false;
            }
        } else {
            // A record ends at LF, CRLF or a lone CR: Excel's "CSV (Macintosh)" ends lines with CR alone.
            qsizetype end = m_pos;
            while (end < n && data[end] != m_delimiter && data[end] != '\n' && data[end] != '\r')
                ++end;
            record.fields.emplace_back(data + m_pos, end - m_pos);
            m_pos = end;
        }

        if (m_pos >= n)
            return true;
        const char c = data[m_pos];
        if (c == m_delimiter) {
            ++m_pos;
            if (m_pos >= n) { // trailing delimiter at EOF: one more empty field
                record.columns.push_back(m_pos - lineStart + 1);
                record.fieldOffsets.push_back(m_pos);
                record.lineOffsets.push_back(lineStart);
                record.fields.emplace_back();
                return true;
            }
            continue;
        }
        if (c == '\r')
            ++m_pos;
        if (m_pos < n && data[m_pos] == '\n')
            ++m_pos;
        ++m_line;
        return true;
    }
}

} // namespace zhisuan::db
