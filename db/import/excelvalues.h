#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace zhisuan::db {

// What a spreadsheet cell holds once its number format is read, and how the import sees it: the text a CSV export
// would have held had it been written exactly. Shared by the .xlsx and .xls readers.
//   - a number is the double's shortest round-trip decimal (0.10000000000000001 in the XML is 0.1), never the display
//     format's rounding;
//   - a number formatted as a percentage (0.1831 shown as 18.31%) is "18.31%": the decimal point moved two places in
//     the text, so that no binary multiplication adds noise; a percent column stores 18.31, any other refuses the sign;
//   - a number formatted as a date is the ISO date ("2024-11-12"), or "2024-11-12 13:30:00" with a time of day, in
//     the workbook's 1900 or 1904 date system (the 1900 system's day 60 is Excel's 29 February 1900, which never was:
//     it is written as such, and the date reader refuses it at its cell).
class ExcelValues
{
public:
    enum class Format { General, Percent, Date, DateTime, Time, Text };

    // The class of a number format: built-in ids (9, 10 percent; 14–22, 27–36, 45–47, 50–58 dates and times; 49 text)
    // or a format code (the first section, outside quotes, escapes and [colour] brackets: % is a percentage; y, m, d
    // a date; h, s a time).
    static Format classify(int numFmtId, const QString &formatCode = QString());
    static Format classifyCode(const QString &formatCode);

    // Appends how a number cell reads. `number` is the cell's value as written in the file (xlsx) or its double (xls).
    static void appendNumber(QByteArray &out, double value, Format format, bool date1904);
    // The shortest decimal that reads back as `value` ("0.1", "-24.43", "417449800"), in fixed notation.
    static QByteArray shortest(double value);
    // "0.1831" → "18.31": the decimal point of a decimal text moved right by two places.
    static QByteArray percentPoints(QByteArrayView decimal);
    // The day of a serial number in a date system, or an invalid date (0, negative, past 9999).
    static bool serialToIso(double serial, bool date1904, bool withTime, QByteArray &out);

    // "C" for 3, "AA" for 27.
    static QString columnName(qint64 column);
    // "C7" → row 7, column 3; false when the text is not a cell reference within Excel's 1,048,576 × 16,384.
    static bool parseCellRef(QByteArrayView ref, qint64 &row, qint64 &column);
    // How Excel names a cell: Sheet1!C7, '周 涨跌'!C7 (quoted when the name has a space or punctuation), or the row
    // alone (Sheet1!7:7) when column is 0.
    static QString cellName(const QString &sheet, qint64 row, qint64 column);

    static constexpr qint64 kMaxRows = 1048576;
    static constexpr qint64 kMaxColumns = 16384;
};

} // namespace zhisuan::db
