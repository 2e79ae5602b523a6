#include "biffstrings.h"

#include "textdecoder.h"

#include <QtEndian>

namespace zhisuan::db {

namespace {

// Reads across the SST record and its CONTINUE records. Header fields and skipped bytes cross a record's end as if
// the records were one; characters do not (see characters()).
class Cursor
{
public:
    explicit Cursor(const std::vector<QByteArrayView> &parts) : m_parts(parts) {}

    bool byte(quint8 &out)
    {
        settle();
        if (m_part >= m_parts.size())
            return false;
        out = quint8(m_parts[m_part][m_pos++]);
        return true;
    }
    template<typename T>
    bool number(T &out)
    {
        out = 0;
        for (unsigned i = 0; i < sizeof(T); ++i) {
            quint8 b = 0;
            if (!byte(b))
                return false;
            out |= T(T(b) << (8 * i));
        }
        return true;
    }
    void skip(quint64 n)
    {
        while (n > 0) {
            settle();
            if (m_part >= m_parts.size())
                return;
            const quint64 take = qMin<quint64>(n, quint64(m_parts[m_part].size() - m_pos));
            m_pos += qsizetype(take);
            n -= take;
        }
    }
    bool atEnd()
    {
        settle();
        return m_part >= m_parts.size();
    }
    qsizetype remaining() const
    {
        qsizetype n = 0;
        for (size_t p = m_part; p < m_parts.size(); ++p)
            n += m_parts[p].size() - (p == m_part ? m_pos : 0);
        return n;
    }
    // cch characters, as xlrd and Excel read them: where a record ends before they do, the next record's first byte
    // says whether the rest is compressed.
    QString characters(quint32 cch, bool wide)
    {
        QString s;
        s.reserve(qMin<qsizetype>(cch, remaining()));
        while (cch > 0 && m_part < m_parts.size()) {
            const QByteArrayView part = m_parts[m_part];
            const qsizetype avail = part.size() - m_pos;
            const quint32 n = quint32(qMin<qsizetype>(cch, wide ? avail / 2 : avail));
            if (wide) {
                for (quint32 i = 0; i < n; ++i)
                    s.append(QChar(qFromLittleEndian<quint16>(part.data() + m_pos + 2 * i)));
                m_pos += 2 * qsizetype(n);
            } else {
                s.append(QString::fromLatin1(part.data() + m_pos, n));
                m_pos += n;
            }
            cch -= n;
            if (cch == 0)
                break;
            // The characters go on in the next record, after its flags byte (an odd byte left here is damage: dropped).
            ++m_part;
            m_pos = 0;
            while (m_part < m_parts.size() && m_parts[m_part].isEmpty())
                ++m_part;
            if (m_part >= m_parts.size())
                break;
            wide = quint8(m_parts[m_part][0]) & 1;
            m_pos = 1;
        }
        return s;
    }

private:
    void settle()
    {
        while (m_part < m_parts.size() && m_pos >= m_parts[m_part].size()) {
            ++m_part;
            m_pos = 0;
        }
    }

    const std::vector<QByteArrayView> &m_parts;
    size_t m_part = 0;
    qsizetype m_pos = 0;
};

} // namespace

QString BiffStrings::unicode(QByteArrayView body, qsizetype at, quint32 cch, quint8 flags)
{
    if (at < 0 || at > body.size())
        return QString();
    if (flags & 1) {
        const qsizetype n = qMin<qsizetype>(cch, (body.size() - at) / 2);
        QString s(n, Qt::Uninitialized);
        for (qsizetype i = 0; i < n; ++i)
            s[i] = QChar(qFromLittleEndian<quint16>(body.data() + at + 2 * i));
        return s;
    }
    const qsizetype n = qMin<qsizetype>(cch, body.size() - at);
    return QString::fromLatin1(body.data() + at, n);
}

QByteArray BiffStrings::codePage(QByteArrayView bytes, int codePage)
{
    QString encoding;
    switch (codePage) {
    case 936: encoding = QStringLiteral("GB18030"); break;
    case 950: encoding = QStringLiteral("BIG5"); break;
    case 932: encoding = QStringLiteral("CP932"); break;
    case 949: encoding = QStringLiteral("CP949"); break;
    case 1252: encoding = QStringLiteral("CP1252"); break;
    case 65001: encoding = QStringLiteral("UTF-8"); break;
    case 1200: return unicode(bytes, 0, quint32(bytes.size() / 2), 1).toUtf8();
    default: break;
    }
    if (!encoding.isEmpty()) {
        const Result<QByteArray> utf8 = TextDecoder::toUtf8(bytes.toByteArray(), encoding);
        if (utf8)
            return utf8.value();
    }
    return QString::fromLatin1(bytes).toUtf8();
}

std::vector<QByteArray> BiffStrings::sharedStrings(const std::vector<QByteArrayView> &parts)
{
    Cursor c(parts);
    quint32 total = 0, unique = 0;
    if (!c.number(total) || !c.number(unique))
        return {};
    std::vector<QByteArray> strings;
    // Each string takes three bytes at least: a count larger than that is a damaged table, not an allocation.
    strings.reserve(size_t(qMin<qint64>(unique, c.remaining() / 3)));
    while (strings.size() < unique && !c.atEnd()) {
        quint16 cch = 0;
        quint8 flags = 0;
        quint16 runs = 0;
        quint32 phonetic = 0;
        if (!c.number(cch) || !c.byte(flags) || ((flags & 0x08) && !c.number(runs)) || ((flags & 0x04) && !c.number(phonetic)))
            break;
        strings.push_back(c.characters(cch, flags & 1).toUtf8());
        c.skip(4 * quint64(runs) + phonetic);
    }
    return strings;
}

} // namespace zhisuan::db
