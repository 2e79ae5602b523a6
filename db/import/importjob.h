#pragma once

#include "batchrepository.h"
#include "importplan.h"
#include "presetrepository.h"
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
class ContextReader;
struct CsvRecord;

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
    // On a team store: how long the import has waited for the write lock, this attempt and the earlier ones the caller
    // passed in (ImportOptions::waitedMs). A caller that retries after `busy` passes it back, plus its own pause.
    qint64 waitedMs = 0;
    QStringList notes;
    QList<ImportIssue> errors;
    // Stored column -> how many existing rows had it changed. Columns the file does not have are never here:
    // they keep their stored values.
    QMap<QString, qint64> updatedFields;
    // "week_low (12), week_high (12)", empty when no stored value changed.
    QString updatedFieldsText() const;
    // Which stored values changed, row by row (the first UpsertWriter::kMaxChanges), and the file's own header for
    // each stored column it wrote (return_pct → 周涨跌幅(%)), to name them as the user knows them.
    QList<ValueChange> changes;
    QHash<QString, QString> columnHeaders;
    // "300531.SZ 2024-08-12: return_pct 18.31 → 18.35", one line per change, at most `max` and a last line saying how
    // many more there were.
    QStringList changeLines(int max) const;
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

    // A footnote line under a table (数据来源：…, 注：…): skipped, and read for the dates it states.
    static bool isFooter(const CsvRecord &rec);

private:
    // After the file's own reading is set up (a CSV file's encoding and delimiter, or a workbook's sheet) and what its
    // footers say is known: the header, the kind, the columns and the dates, the same for every kind of file.
    static Result<ImportPlan> planTable(ImportPlan plan, ContextReader context, const ImportOptions &options, const QList<UserPreset> &presets);
    static Result<ImportPlan> planWorkbook(const std::shared_ptr<const ImportInput> &input, const QString &displayName,
                                           const ImportOptions &options, const QList<UserPreset> &presets);
};

} // namespace zhisuan::db
