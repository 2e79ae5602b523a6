#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <vector>

namespace zhisuan::db {

// The strings of a BIFF workbook stream (.xls), as [MS-XLS] lays them out.
//   - A BIFF8 string is UTF-16LE, or "compressed" (each character's high byte zero, one byte a character), as a
//     flags byte says; a BIFF5 string is bytes in the workbook's code page (CODEPAGE: 936 is GBK).
//   - The shared string table (SST) is one record and the CONTINUE records after it. A string's characters may go on
//     in the next record, which then begins with a new flags byte (the rest may be compressed where the first part was
//     not, or the other way round); a string's header, formatting runs and phonetic data cross without one.
// Every length is checked against the bytes there are: a damaged table gives fewer or shorter strings, never a read
// outside the stream.
class BiffStrings
{
public:
    // A BIFF8 string's characters from `at`: cch characters, compressed or not as bit 0 of flags says.
    static QString unicode(QByteArrayView body, qsizetype at, quint32 cch, quint8 flags);
    // Bytes in a code page (CODEPAGE's number) as UTF-8; bytes the code page does not have read as Latin-1.
    static QByteArray codePage(QByteArrayView bytes, int codePage);
    // The shared string table: the SST record's body and its CONTINUE records' bodies, in order. Its strings as UTF-8,
    // at most as many as the table says it has.
    static std::vector<QByteArray> sharedStrings(const std::vector<QByteArrayView> &parts);
};

} // namespace zhisuan::db
