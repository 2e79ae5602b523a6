#pragma once

#include "exactdecimal.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <utility>

namespace zhisuan::db::gen {

// SplitMix64: one seed mixed into another, so that every case (and each writer's choices for it) is made again from
// its seed alone. Shared by the generator and the workbook writer.
inline quint64 splitmix(quint64 x)
{
    x += 0x9E3779B97F4A7C15ull;
    x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ull;
    x = (x ^ (x >> 27)) * 0x94D049BB133111EBull;
    return x ^ (x >> 31);
}

// A place in a TerminalTable: line index in lines, cell index in that line (-1: the line as a whole).
struct CellRef
{
    int line = -1;
    int cell = -1;
};

// What a spreadsheet holds for a cell, for a writer that keeps types (TerminalXlsxWriter): a number cell with the value
// as written (18.31 in a percent column, 4028.23 under 总市值(亿元): before the header's unit), or a date cell. A cell
// without one (a code, a name, a title, a bad cell) is the text as written.
struct CellValue
{
    enum class Type { Text, Number, Date };
    Type type = Type::Text;
    ExactDecimal number;
    bool percent = false; // a number in a percent column: a spreadsheet may hold it as a fraction shown as a percentage
    QDate date;
};

// A cell as the terminal writes it (after all its forms: "1,234.50", "（9.88）", "=\"300474\"") and the features that
// made it, by which failures are counted ("num:thousands", "unit:万股", "code-form:hk-5").
struct TableCell
{
    QString text;
    QStringList tags;
    CellValue value{};
};

struct TableLine
{
    enum class Role { Title, Header, Data, Footer, Blank };
    Role role = Role::Data;
    QList<TableCell> cells;
    QStringList tags;
};

// One value the store must hold after the import, in a row named by its key.
struct ExpectedValue
{
    enum class Type { Number, Text, Null };
    QString column;
    Type type = Type::Null;
    // Number: the exact decimal after the unit's scale ("417449800"); the stored double must equal std::from_chars of
    // it. Text: the exact stored text (ISO dates, codes, names, "estimate").
    QString text;
    QStringList tags;
    CellRef cell;
};

struct ExpectedRow
{
    QString table;
    QList<std::pair<QString, QString>> key; // column → text, as stored
    QList<ExpectedValue> values;
    bool absent = false; // the row must not exist (a two-week return is not a weekly return)
    QStringList tags;    // what decides whether and where the row exists (the code's form, the period)
    CellRef cell;        // the cell that names the row (its code), for the failure report
};

// How a file that must be refused is refused: an error at one of the cells (its physical line:column), whose message
// mentions, for every group, at least one of the group's texts; the store is left byte for byte as it was.
struct ExpectedRefusal
{
    QList<CellRef> at;
    QList<QStringList> mentions;
    QStringList tags;      // the fault's class ("bad:grouping")
    bool oneError = true;  // one fault, one error: no second error about the same cell
};

// What a terminal file is, apart from how it is written (TerminalCsvWriter writes CSV bytes; an .xlsx writer can
// write the same table): its lines of cells, the options a user gives with it, and what the import must make of it.
// Expectations are data (tables, keys, exact values), so a change of the import's design is a change of data here.
struct TerminalTable
{
    enum class Outcome { Imports, Refused };

    QString shape;
    QList<TableLine> lines;
    QDate week; // --week, invalid when not given
    QDate asOf; // --as-of
    QStringList tags; // the table's own features (shape, period, title …)

    Outcome outcome = Outcome::Imports;
    QStringList kinds; // import kinds the report may name: the first is the one the contract names
    qint64 rows = 0;   // data records read
    QList<ExpectedRow> stored;
    ExpectedRefusal refusal;

    int width() const
    {
        int w = 0;
        for (const TableLine &l : lines)
            if (l.role == TableLine::Role::Header || l.role == TableLine::Role::Data)
                w = qMax(w, int(l.cells.size()));
        return w;
    }
    int headerLine() const
    {
        for (int i = 0; i < lines.size(); ++i)
            if (lines[i].role == TableLine::Role::Header)
                return i;
        return -1;
    }
};

} // namespace zhisuan::db::gen
