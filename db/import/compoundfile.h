#pragma once

#include "importinput.h"
#include "result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QStringList>

#include <vector>

namespace zhisuan::db {

// An OLE compound file (the container of an .xls workbook, and of an .xlsx that Excel encrypted with a password): its
// directory of streams and a stream's bytes, read with every sector number and chain checked (a chain that loops, or
// points outside the file, is a damaged file, never a hang or a read out of bounds).
class CompoundFile
{
public:
    static bool sniff(QByteArrayView firstBytes);
    // Reads the header, the allocation table and the directory. An error says why the file cannot be read.
    static Result<CompoundFile> open(const ImportInput &input);

    const QStringList &streams() const { return m_names; }
    bool contains(const QString &name) const { return m_names.contains(name, Qt::CaseInsensitive); }
    // A stream's bytes, at most `limit` (else an error).
    Result<QByteArray> stream(const QString &name, qint64 limit) const;

private:
    struct Entry
    {
        quint8 type = 0; // 1 storage, 2 stream, 5 root
        quint32 start = 0;
        quint64 size = 0;
    };
    Result<QByteArray> chain(quint32 start, quint64 size, bool mini) const;
    Result<QByteArray> sector(quint32 n) const;

    const ImportInput *m_input = nullptr;
    quint32 m_sectorShift = 9;
    quint32 m_miniCutoff = 4096;
    std::vector<quint32> m_fat, m_miniFat;
    QByteArray m_miniStream;
    QStringList m_names;
    std::vector<Entry> m_entries;
};

} // namespace zhisuan::db
