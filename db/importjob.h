#pragma once

#include "importinput.h"
#include "importkind.h"
#include "result.h"

#include <QByteArray>
#include <QDate>
#include <QHash>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>


namespace zhisuan::db {

class Store;

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
    // A mapping edited in the import wizard, used as if it were a saved preset.
    std::optional<UserPreset> mapping;
    // The size of the windows the file is read in (0: ImportInput::kWindowBytes); tests make it tiny so that
    // characters, quoted fields and line ends fall across windows' edges.
    qint64 windowBytes = 0;
};

// One problem in a file, as "file:line:column: message".
struct ImportIssue
{
    QString file;
    qint64 line = 0;
    qint64 column = 0;
    QString field;
    QString message;
    QString toString() const;
};

struct ColumnMapping
{
    int column = 0;   // 0-based column in the file
    QString header;   // as written in the file
    int field = -1;   // index into the kind's fields; -1 = extra value column (benchmarks, 2021EPS) or ignored
    bool extra = false;
    double scale = 1.0;
    bool ignored = false;   // the user said not to import it (a preset's "-", --ignore-column)
    bool measure = false;   // the header names a measure (涨跌幅, 收盘价, PE …): never dropped silently
    ExportHeader parsed;    // Wind/iFinD parameters: period, date, unit
};

// Everything decided about a file before a row is written: the wizard shows it, the job executes it.
struct ImportPlan
{
    QString displayName;
    std::shared_ptr<const ImportInput> input; // read again, window by window, by preview() and execute()
    qint64 window = ImportInput::kWindowBytes;
    QString encoding;
    char delimiter = ',';
    const ImportKind *kind = nullptr;
    QString preset;
    qint64 headerLine = 0;
    QStringList header;
    QList<qint64> headerColumns; // 1-based character column of each header cell, for messages
    QList<ColumnMapping> columns;
    QHash<int, Value> defaults; // field index -> value from title lines, --week or --as-of
    QStringList notes;          // what was skipped or inferred, for the report
    qint64 rawSize = 0;
    // Columns that name a measure the chosen kind does not store: the import is refused until each is mapped or
    // marked not to import, so that no number in the file is lost without the user knowing.
    QList<int> unmappedMeasures;
    // The dates the file states (header period, 交易日期 column, title or footer line), for the wizard's week.
    QDate statedWeekStart, statedWeekEnd;
};

struct ImportReport
{
    QString file;
    QString kind;
    QString encoding;
    qint64 batchId = -1;
    qint64 rowsRead = 0;
    qint64 inserted = 0;
    qint64 updated = 0;
    qint64 unchanged = 0;
    bool committed = false;
    bool cancelled = false;
    bool dryRun = false;
    // Another program held the store's write lock: nothing was written, running it again later can succeed.
    bool busy = false;
    // Who held it, as the user should read it ("alice (zhisuan: importing w46.csv, since 05:31:02 UTC)"), when the
    // store could tell (a team store can); empty otherwise.
    QString busyHolder;
    QStringList notes;
    QList<ImportIssue> errors;
    // Stored column -> how many existing rows had it changed. Columns the file does not have are never here:
    // they keep their stored values.
    QMap<QString, qint64> updatedFields;
    // "week_low (12), week_high (12)", empty when no stored value changed.
    QString updatedFieldsText() const;
    bool ok() const { return errors.isEmpty() && !cancelled; }
};

class ImportJob
{
public:
    // Return false to cancel. Called every few thousand rows with bytes done / total.
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    // Reads the file's head, and checks the whole file's encoding once per input and encoding (window by window).
    static Result<ImportPlan> plan(const std::shared_ptr<const ImportInput> &input, const QString &displayName,
                                   const ImportOptions &options, const QList<UserPreset> &presets = {});
    static Result<ImportPlan> plan(const QByteArray &bytes, const QString &displayName, const ImportOptions &options,
                                   const QList<UserPreset> &presets = {});
    static ImportReport run(Store &store, const QString &path, const ImportOptions &options, const Progress &progress = {});
    static ImportReport execute(Store &store, const ImportPlan &plan, const ImportOptions &options,
                                const Progress &progress = {});

    struct PreviewRow
    {
        qint64 line = 0;
        QStringList cells;
        QStringList errors; // per cell, empty when the cell is fine
    };
    static QList<PreviewRow> preview(const ImportPlan &plan, int maxRows);
};

class PresetRepository
{
public:
    static Result<QList<UserPreset>> list(Store &store);
    static Result<void> save(Store &store, const UserPreset &preset);
    static Result<void> remove(Store &store, const QString &name);
};

struct BatchInfo
{
    qint64 id = 0;
    QString fileName;
    QString sha256;
    QString kind;
    QString preset;
    QString encoding;
    QString importedAt;
    qint64 rowsRead = 0, inserted = 0, updated = 0, unchanged = 0;
    QString rolledBackAt;
};

class BatchRepository
{
public:
    static Result<QList<BatchInfo>> list(Store &store);
    // Deletes what the batch inserted and restores what it overwrote, in one transaction. Refused
    // while a later batch still builds on its rows.
    static Result<void> rollback(Store &store, qint64 batchId);
};

} // namespace zhisuan::db
