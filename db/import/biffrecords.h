#pragma once

#include <QByteArrayView>
#include <QtEndian>

namespace zhisuan::db {

// The records of a BIFF stream from a position: type, length, body. A record whose length runs past the stream ends
// the walk (a cut-off stream), never a read past it; numbers read past a body's end are 0.
struct BiffRecords
{
    QByteArrayView data;
    qsizetype pos = 0;
    quint16 type = 0;
    QByteArrayView body;

    bool next()
    {
        if (pos < 0 || pos + 4 > data.size())
            return false;
        type = qFromLittleEndian<quint16>(data.data() + pos);
        const quint16 length = qFromLittleEndian<quint16>(data.data() + pos + 2);
        if (pos + 4 + length > data.size())
            return false;
        body = data.sliced(pos + 4, length);
        pos += 4 + length;
        return true;
    }
    // The type of the record after this one, or 0.
    quint16 peek() const { return pos + 2 <= data.size() ? qFromLittleEndian<quint16>(data.data() + pos) : 0; }

    static quint8 u8(QByteArrayView b, qsizetype at) { return at >= 0 && at < b.size() ? quint8(b[at]) : 0; }
    static quint16 u16(QByteArrayView b, qsizetype at) { return at >= 0 && at + 2 <= b.size() ? qFromLittleEndian<quint16>(b.data() + at) : 0; }
    static quint32 u32(QByteArrayView b, qsizetype at) { return at >= 0 && at + 4 <= b.size() ? qFromLittleEndian<quint32>(b.data() + at) : 0; }

    // Record types the reader uses ([MS-XLS] 2.3).
    enum Type : quint16 {
        Bof = 0x0809, Eof = 0x000A, Continue = 0x003C, FilePass = 0x002F, DateMode = 0x0022, CodePage = 0x0042,
        Format = 0x041E, Xf = 0x00E0, BoundSheet = 0x0085, Sst = 0x00FC,
        Number = 0x0203, Rk = 0x027E, MulRk = 0x00BD, LabelSst = 0x00FD, Label = 0x0204, RString = 0x00D6,
        Formula = 0x0006, String = 0x0207, BoolErr = 0x0205, MergeCells = 0x00E5,
    };
};

} // namespace zhisuan::db
