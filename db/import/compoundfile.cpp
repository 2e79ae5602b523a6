#include "compoundfile.h"

#include <QCoreApplication>
#include <QtEndian>

namespace zhisuan::db {

namespace {

constexpr quint32 kEndOfChain = 0xFFFFFFFE;
constexpr quint32 kFree = 0xFFFFFFFF;
constexpr char kSignature[] = "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1";

Error damaged(const QString &why)
{
    return Error{QStringLiteral("workbook-damaged"),
                 QCoreApplication::translate("Workbook", "the workbook is damaged or cut off (%1)").arg(why), {}};
}

quint32 u32(QByteArrayView b, qsizetype at) { return qFromLittleEndian<quint32>(b.data() + at); }
quint16 u16(QByteArrayView b, qsizetype at) { return qFromLittleEndian<quint16>(b.data() + at); }

} // namespace

bool CompoundFile::sniff(QByteArrayView firstBytes)
{
    return firstBytes.startsWith(QByteArrayView(kSignature, 8));
}

Result<QByteArray> CompoundFile::sector(quint32 n) const
{
    const qint64 size = qint64(1) << m_sectorShift;
    const qint64 offset = (qint64(n) + 1) << m_sectorShift;
    if (offset >= m_input->size())
        return damaged(QCoreApplication::translate("Workbook", "a sector past its end"));
    QByteArray bytes(size, '\0'); // a last sector cut short reads as zeros, as Excel reads it
    auto got = m_input->read(offset, bytes.data(), size);
    if (!got)
        return got.error();
    return bytes;
}

Result<CompoundFile> CompoundFile::open(const ImportInput &input)
{
    CompoundFile f;
    f.m_input = &input;
    QByteArray header(512, '\0');
    auto got = input.read(0, header.data(), 512);
    if (!got)
        return got.error();
    if (got.value() < 512 || !sniff(header))
        return damaged(QCoreApplication::translate("Workbook", "its header is cut off"));
    f.m_sectorShift = u16(header, 0x1E);
    if (f.m_sectorShift != 9 && f.m_sectorShift != 12)
        return damaged(QCoreApplication::translate("Workbook", "a sector size of 2^%1").arg(f.m_sectorShift));
    const qint64 sectorSize = qint64(1) << f.m_sectorShift;
    const qint64 sectors = input.size() / sectorSize + 1;
    f.m_miniCutoff = u32(header, 0x38);
    // The sectors of the allocation table: 109 in the header, then in a chain of DIFAT sectors.
    std::vector<quint32> fatSectors;
    const quint32 fatCount = u32(header, 0x2C);
    if (qint64(fatCount) > sectors)
        return damaged(QCoreApplication::translate("Workbook", "an allocation table larger than the file"));
    for (int i = 0; i < 109 && fatSectors.size() < fatCount; ++i)
        fatSectors.push_back(u32(header, 0x4C + 4 * i));
    quint32 difat = u32(header, 0x44);
    for (qint64 hops = 0; fatSectors.size() < fatCount && difat != kEndOfChain && difat != kFree; ++hops) {
        if (hops > sectors)
            return damaged(QCoreApplication::translate("Workbook", "a chain of sectors that loops"));
        auto s = f.sector(difat);
        if (!s)
            return s.error();
        const qint64 perSector = sectorSize / 4 - 1;
        for (qint64 i = 0; i < perSector && fatSectors.size() < fatCount; ++i)
            fatSectors.push_back(u32(s.value(), 4 * i));
        difat = u32(s.value(), sectorSize - 4);
    }
    for (quint32 n : fatSectors) {
        auto s = f.sector(n);
        if (!s)
            return s.error();
        for (qint64 i = 0; i < sectorSize / 4; ++i)
            f.m_fat.push_back(u32(s.value(), 4 * i));
    }
    // The directory: 128-byte entries.
    auto directory = f.chain(u32(header, 0x30), quint64(-1), false);
    if (!directory)
        return directory.error();
    const QByteArray &dir = directory.value();
    for (qsizetype at = 0; at + 128 <= dir.size(); at += 128) {
        const quint16 nameBytes = u16(dir, at + 64);
        Entry e;
        e.type = quint8(dir[at + 66]);
        e.start = u32(dir, at + 116);
        e.size = f.m_sectorShift == 9 ? u32(dir, at + 120) : qFromLittleEndian<quint64>(dir.constData() + at + 120);
        const int chars = qBound(0, int(nameBytes) / 2 - 1, 31);
        f.m_names << QString::fromUtf16(reinterpret_cast<const char16_t *>(dir.constData() + at), chars);
        f.m_entries.push_back(e);
    }
    if (f.m_entries.empty() || f.m_entries[0].type != 5)
        return damaged(QCoreApplication::translate("Workbook", "no root in its directory"));
    // Sizes the file cannot hold are refused before anything allocates by them: a root whose mini stream claimed 4 GB
    // in a 5 KB file made FreeXL ask for 4 GB (found by fuzz_xls).
    const quint64 fileSize = quint64(input.size());
    for (const Entry &e : f.m_entries)
        if (e.type != 0 && e.size > fileSize)
            return damaged(QCoreApplication::translate("Workbook", "a stream larger than the file"));
    if (quint64(u32(header, 0x40)) * quint64(sectorSize) > fileSize)
        return damaged(QCoreApplication::translate("Workbook", "an allocation table larger than the file"));
    // Small streams live in the mini stream (the root's chain), allocated in 64-byte sectors by the mini table.
    auto miniFat = f.chain(u32(header, 0x3C), quint64(u32(header, 0x40)) * quint64(sectorSize), false);
    if (miniFat) {
        for (qsizetype i = 0; i + 4 <= miniFat.value().size(); i += 4)
            f.m_miniFat.push_back(u32(miniFat.value(), i));
    }
    if (f.m_entries[0].size > 0) {
        auto mini = f.chain(f.m_entries[0].start, f.m_entries[0].size, false);
        if (mini)
            f.m_miniStream = mini.value();
    }
    return f;
}

Result<QByteArray> CompoundFile::chain(quint32 start, quint64 size, bool mini) const
{
    QByteArray out;
    const std::vector<quint32> &table = mini ? m_miniFat : m_fat;
    quint32 n = start;
    for (qint64 hops = 0; n != kEndOfChain && n != kFree && quint64(out.size()) < size; ++hops) {
        if (n >= table.size() || hops > qint64(table.size()))
            return damaged(QCoreApplication::translate("Workbook", "a chain of sectors that loops or leaves the file"));
        if (mini) {
            const qint64 at = qint64(n) * 64;
            if (at + 64 > m_miniStream.size())
                return damaged(QCoreApplication::translate("Workbook", "a small stream past its end"));
            out += QByteArrayView(m_miniStream.constData() + at, 64);
        } else {
            auto s = sector(n);
            if (!s)
                return s.error();
            out += s.value();
        }
        n = table[n];
    }
    if (size != quint64(-1)) {
        if (quint64(out.size()) < size)
            return damaged(QCoreApplication::translate("Workbook", "a stream shorter than its size"));
        out.truncate(qsizetype(size));
    }
    return out;
}

Result<QByteArray> CompoundFile::stream(const QString &name, qint64 limit) const
{
    for (size_t i = 0; i < m_entries.size(); ++i) {
        if (m_entries[i].type != 2 || m_names[qsizetype(i)].compare(name, Qt::CaseInsensitive) != 0)
            continue;
        const Entry &e = m_entries[i];
        if (qint64(e.size) > limit || qint64(e.size) > m_input->size())
            return damaged(QCoreApplication::translate("Workbook", "a stream larger than the file"));
        return chain(e.start, e.size, e.size < m_miniCutoff);
    }
    return damaged(QCoreApplication::translate("Workbook", "no stream “%1”").arg(name));
}

} // namespace zhisuan::db
