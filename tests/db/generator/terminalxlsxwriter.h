#pragma once

#include "terminalcsvwriter.h"
#include "terminaltable.h"

#include <QString>
#include <QStringList>

namespace zhisuan::db::gen {

// How a TerminalTable is written as a workbook, the way Wind's Excel plug-in, iFinD and Choice save one: numbers as
// number cells (in the number format a terminal gives them, which never changes the value), dates as date-formatted
// serials, codes and names as text. What only a CSV file has (encodings, BOMs, delimiters, quoting, padded lines) has
// no meaning here; a CSV cell's ="…" is the text cell it stands for.
struct XlsxStyle
{
    QString sheet = QStringLiteral("Sheet1");
    // A header cell over two lines is Choice's two-row header: its halves in two rows, the other header cells merged
    // down over both. Otherwise it is one cell holding the line break (Excel's Alt+Enter).
    bool mergedHeader = false;
    // The chance that a number or a date is a text cell holding what the CSV holds ("number stored as text", pasted).
    double textChance = 0;
    // The chance that a percent column holds fractions shown as percentages (0.1831 as 18.31%); a cell the CSV writes
    // with a % sign always does.
    double percentChance = 0;
    quint64 seed = 0;

    // The style of a case, from its seed.
    static XlsxStyle random(quint64 caseSeed);
    QStringList tags() const;
};

class TerminalXlsxWriter
{
public:
    // Writes the workbook to `path` (libxlsxwriter writes files, not buffers) and returns its bytes and where each cell
    // landed (line = row, column = column, both 1-based); an empty `bytes` when libxlsxwriter failed (`error` says why).
    static WrittenFile write(const TerminalTable &table, const XlsxStyle &style, const QString &path, QString *error = nullptr);
};

} // namespace zhisuan::db::gen
