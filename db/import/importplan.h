#pragma once

#include "exportheader.h"
#include "importinput.h"
#include "importkind.h"
#include "recordsource.h"
#include "result.h"

#include <QByteArray>
#include <QDate>
#include <QHash>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace zhisuan::db {

class SecurityDirectory;
class Workbook;

struct UserPreset
{
    QString name;
    QString kind;
    QMap<QString, QString> mapping; // header as written -> field key
};

struct ImportOptions
{
    QString kind;        // empty: chosen from the header row
    QString preset;      // a user preset (saved column mapping) by name
    QString encoding;    // empty: detected
    // A workbook's sheet (.xlsx, .xls), by name or by its number from 1; empty: the only sheet whose header names the
    // columns of a known kind (a workbook with several such sheets is refused, listing them).
    QString sheet{};
    char delimiter = 0;  // 0: detected
    QDate week;          // any date in the week, for files that do not say which week they cover
    QDate asOf;          // the date of a snapshot (key stocks, lockups), when the file does not say
    bool dryRun = false;
    int maxErrors = 100;
    QString displayName; // how the file is named in messages (default: its file name)
    // How the import batch records the file: by default its name without the folder, so that the command line
    // (given a path as typed) and the window (given an absolute path) record the same file the same way.
    QString recordedName;
    QStringList ignoreColumns; // headers, as written, of columns not to import
    // On a team store, how long one attempt waits for another analyst's import or rollback to finish before it says
    // busy (as SQLite's busy timeout does for a file); the callers retry as they do for a busy file.
    int waitSeconds = 5;
    // A caller retrying after busy attempts: how long it has waited for the store so far (the busy report's waitedMs
    // plus its pause), and for whom (its busyHolder). The note of the attempt that gets through counts the whole wait.
    qint64 waitedMs = 0;
    QString waitedFor;
    // A mapping edited in the import wizard, used as if it were a saved preset.
    std::optional<UserPreset> mapping;
    // The size of the windows the file is read in (0: ImportInput::kWindowBytes); tests make it tiny so that
    // characters, quoted fields and line ends fall across windows' edges.
    qint64 windowBytes = 0;
    // The securities the store knows (code and name), so that a bare code two exchanges share (000001) is resolved
    // by the row's name. ImportJob::run reads them from the store; without them only the built-in index names help.
    std::shared_ptr<const SecurityDirectory> securities;
};

// One problem in a file, as "file:line:column: message", or at a workbook's cell as Excel names it,
// "file.xlsx:Sheet1!C7: message" (line is then the row, column the sheet's column, A = 1).
struct ImportIssue
{
    QString file;
    qint64 line = 0;
    qint64 column = 0;
    QString field;
    QString message;
    QString sheet{};
    QString toString() const;
    // An error of the plan stage as an issue of the file: at its place (line 1 when it names none), or of the whole
    // file for a workbook that cannot be opened or chosen from (a code starting "workbook-" without a place).
    static ImportIssue of(const QString &file, const Error &e);
    // Where, without the file: "7:3", "Sheet1!C7", or empty for the whole file.
    QString place() const;
};

struct ColumnMapping
{
    int column = 0;   // 0-based column in the file
    QString header;   // as written in the file
    int field = -1;   // index into the kind's fields; -1 = extra value column (benchmarks, 2021EPS) or ignored
    bool extra = false;
    int pow10 = 0;    // the header's unit as a power of ten of the stored unit (万股 → 4)
    bool ignored = false;   // the user said not to import it (a preset's "-", --ignore-column)
    bool measure = false;   // the header names a measure (涨跌幅, 收盘价, PE …): never dropped silently
    ExportHeader parsed;    // Wind/iFinD parameters: period, date, unit; a year column's year and basis
};

// The dates and the security a file states outside its rows (title and footer lines, a terminal's header
// parameters, --week and --as-of), each with where it was said, once every statement was found to agree.
struct StatedContext
{
    std::optional<Period> period; // the 区间 the file's figures cover
    QDate day;                    // the one date of a snapshot (交易日期, 截至, 收盘价 of a day)
    QString periodWhere, dayWhere;
    QByteArray code;              // a single-security export's code, from its title line (创业板指(399006.SZ))
    QString codeName;
};

// Everything decided about a file before a row is written: the wizard shows it, the job executes it.
struct ImportPlan
{
    QString displayName;
    std::shared_ptr<const ImportInput> input; // read again, window by window, by preview() and execute()
    qint64 window = ImportInput::kWindowBytes;
    QString encoding;   // a workbook's format ("xlsx", "xls") in place of a text encoding
    char delimiter = ',';
    // A workbook's sheet the records are read from (Workbook::sheets() index and name); no workbook for a text file.
    std::shared_ptr<const Workbook> workbook;
    int sheet = -1;
    QString sheetName;
    const ImportKind *kind = nullptr;
    QString preset;
    qint64 headerLine = 0;
    QStringList header;
    QList<qint64> headerColumns; // 1-based character column of each header cell, for messages
    QList<qint64> headerCellLines; // the line each header cell starts on (a quoted cell may break the header's line)
    QList<ColumnMapping> columns;
    QHash<int, Value> defaults; // field index -> value from title lines, --week or --as-of
    StatedContext context;
    QStringList notes;          // what was skipped or inferred, for the report
    qint64 rawSize = 0;
    // Columns that name a measure the chosen kind does not store: the import is refused until each is mapped or
    // marked not to import, so that no number in the file is lost without the user knowing.
    QList<int> unmappedMeasures;
    // Header cells the file cannot be imported with (a unit the field does not take): line, column and message.
    QList<ImportIssue> headerProblems;
    // The dates the file states (header period, 交易日期 column, title or footer line), for the wizard's week.
    QDate statedWeekStart, statedWeekEnd;
    std::shared_ptr<const SecurityDirectory> securities;

    // The file's records from its first line (or the sheet's first row), read again each time: the header search, the
    // preview and the import each read their own.
    Result<std::unique_ptr<RecordSource>> records() const;
    // In a workbook every place is a cell of the sheet read: the issues with a line get the sheet's name
    // (file.xlsx:Sheet1!C7). Nothing for a CSV file.
    void placeInSheet(QList<ImportIssue> &issues) const;
};

} // namespace zhisuan::db
