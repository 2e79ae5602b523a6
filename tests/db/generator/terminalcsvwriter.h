#pragma once

#include "terminaltable.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace zhisuan::db::gen {

// How a TerminalTable is written as a CSV file: encoding, delimiter, line ends, which fields are quoted.
struct CsvStyle
{
    enum class Encoding { Utf8, Utf8Bom, Gb18030, Utf16LeBom, Utf16BeBom, Utf16Le, Utf16Be };
    Encoding encoding = Encoding::Utf8;
    char delimiter = ',';
    QString eol = QStringLiteral("\n");
    double quoteChance = 0;  // a field is quoted at random with this chance (always when it must be)
    quint64 quoteSeed = 0;
    bool padShortLines = false; // Excel pads a title or footer line with delimiters to the table's width
    // A logical line written in the other encoding (UTF-8 in a GB18030 file, GB18030 in a UTF-8 file): a mixed file.
    int otherEncodingLine = -1;

    // The name the import's report gives the encoding ("UTF-8", "GB18030", "UTF-16LE" …).
    static QString reportName(Encoding e);
    static QString tag(Encoding e);
    QStringList tags() const;
};

// Where a cell landed in the file: 1-based physical line and column in characters (as an editor shows them; a BOM is
// not a character), of the field's first character (its opening quote when quoted) and of its content.
struct CellPosition
{
    qint64 line = 0;
    qint64 column = 0;
    qint64 contentColumn = 0;
};

// A written file. A workbook (TerminalXlsxWriter) has its table on `sheet`: a line is a row, a column its column
// (1-based, as Sheet1!C7 is row 7, column 3).
struct WrittenFile
{
    QByteArray bytes;
    QList<QList<CellPosition>> cells; // per logical line, per cell
    QList<qint64> lines;              // the physical line each logical line starts on
    QList<QString> text;              // the decoded text of each physical line, for failure reports
    QString sheet;                    // empty for a CSV file
};

class TerminalCsvWriter
{
public:
    static WrittenFile write(const TerminalTable &table, const CsvStyle &style);
    // The text in an encoding (iconv for GB18030), with no BOM.
    static QByteArray encode(const QString &text, CsvStyle::Encoding encoding);
};

} // namespace zhisuan::db::gen
