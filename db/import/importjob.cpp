#include "importjob.h"

#include "csvreader.h"
#include "excelvalues.h"
#include "prefetchedrecords.h"
#include "recordparser.h"
#include "securitycodes.h"
#include "sha256hasher.h"
#include "steptimer.h"
#include "store.h"
#include "tradedateset.h"
#include "upsertwriter.h"
#include "writetransaction.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>

#include <pwd.h>
#include <unistd.h>
#include <QSqlError>
#include <QSqlQuery>
#include <QtConcurrent>

#include <atomic>
#include <set>
#include <vector>

namespace zhisuan::db {

namespace {
// Rows inserted below which an import never refreshes the planner's statistics; above, the engine decides whether the
// load changed them (the team store: a tenth of the table or more, or a table never analysed).
constexpr qint64 kAnalyseAfterRows = 1000;

// The account running this program: $USER when the session sets it, else the password database (a cron job,
// a container), as `id -un` says.
QString localAccountName()
{
    if (const QString user = qEnvironmentVariable("USER"); !user.isEmpty())
        return user;
    if (const passwd *pw = getpwuid(getuid()); pw && pw->pw_name)
        return QString::fromLocal8Bit(pw->pw_name);
    return {};
}
} // namespace

namespace {

// The securities the store knows, by code and name: a bare code two exchanges share is resolved by the row's name.
Result<std::shared_ptr<const SecurityDirectory>> securitiesOf(Store &store)
{
    auto known = std::make_shared<SecurityDirectory>();
    QSqlQuery q(store.database());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT code, name FROM security WHERE name IS NOT NULL")))
        return sqlError(QCoreApplication::translate("ImportJob", "Cannot read the store's securities"), q.lastError());
    while (q.next())
        known->add(q.value(0).toString().toUtf8(), q.value(1).toString());
    return std::shared_ptr<const SecurityDirectory>(std::move(known));
}

} // namespace

QString ImportReport::updatedFieldsText() const
{
    QStringList parts;
    for (auto it = updatedFields.constBegin(); it != updatedFields.constEnd(); ++it)
        parts << QStringLiteral("%1 (%2)").arg(it.key()).arg(it.value());
    return parts.join(QStringLiteral(", "));
}

QStringList ImportReport::changeLines(int max) const
{
    QStringList lines;
    qint64 total = 0;
    for (auto it = updatedFields.constBegin(); it != updatedFields.constEnd(); ++it)
        total += it.value();
    for (const ValueChange &c : changes) {
        if (lines.size() >= max)
            break;
        const QString empty = QStringLiteral("—");
        lines << QStringLiteral("%1: %2 %3 → %4").arg(c.key, columnHeaders.value(c.column, c.column), c.before.isEmpty() ? empty : c.before,
                                                    c.after.isEmpty() ? empty : c.after);
    }
    if (total > lines.size())
        lines << QCoreApplication::translate("ImportJob", "… and %n more change(s)", nullptr, int(total - lines.size()));
    return lines;
}

QString ImportIssue::place() const
{
    if (line <= 0)
        return QString();
    if (!sheet.isEmpty())
        return ExcelValues::cellName(sheet, line, column);
    if (column <= 0)
        return QString::number(line);
    return QStringLiteral("%1:%2").arg(line).arg(column);
}

ImportIssue ImportIssue::of(const QString &file, const Error &e)
{
    const bool wholeFile = e.line <= 0 && e.code.startsWith(QLatin1String("workbook-"));
    if (wholeFile)
        return ImportIssue{file, 0, 0, {}, e.message};
    return ImportIssue{file, e.line > 0 ? e.line : 1, e.column > 0 ? e.column : 1, {}, e.message, e.sheet};
}

QString ImportIssue::toString() const
{
    // A problem with the whole file (it cannot be read, the store is busy) has no place in it: no "file:0:0".
    const QString where = place();
    if (where.isEmpty())
        return QStringLiteral("%1: %2").arg(file, message);
    return QStringLiteral("%1:%2: %3").arg(file, where, message);
}

ImportReport ImportJob::run(Store &store, const QString &path, const ImportOptions &options, const Progress &progress)
{
    ImportReport report;
    const QString name = options.displayName.isEmpty() ? QFileInfo(path).fileName() : options.displayName;
    report.file = name;
    report.dryRun = options.dryRun;
    auto input = ImportInput::open(path);
    if (!input) {
        report.errors.append(ImportIssue{name, 0, 0, {}, input.error().message});
        return report;
    }
    QList<UserPreset> presets;
    if (!options.preset.isEmpty()) {
        auto list = PresetRepository::list(store);
        if (!list) {
            report.errors.append(ImportIssue{name, 0, 0, {}, list.error().message});
            return report;
        }
        presets = list.value();
    }
    ImportOptions withSecurities = options;
    if (!withSecurities.securities) {
        auto known = securitiesOf(store);
        if (!known) {
            report.errors.append(ImportIssue{name, 0, 0, {}, known.error().message});
            return report;
        }
        withSecurities.securities = known.value();
    }
    auto plan = ImportJob::plan(input.value(), name, withSecurities, presets);
    if (!plan) {
        report.errors.append(ImportIssue::of(name, plan.error()));
        return report;
    }
    return execute(store, plan.value(), options, progress);
}

namespace {

void addError(ImportReport &report, const ImportPlan &plan, const QString &message)
{
    report.errors.append(ImportIssue{plan.displayName, 0, 0, {}, message});
}

// The file's SHA-256 for the batch record: on a large file it costs as much as a fifth of the import, so it runs on
// another core while the rows are written, reading the file in windows of its own (positional reads of the same open
// file). It stops early when the import ends first, and the object waits for it: it never outlives the import.
class BackgroundHash
{
public:
    explicit BackgroundHash(std::shared_ptr<const ImportInput> input)
    {
        m_future = QtConcurrent::run([input = std::move(input), stop = &m_stop] {
            Sha256Hasher hash; // libcrypto, SHA-NI where the CPU has it: this thread shares two cores with the import
            QByteArray window(ImportInput::kWindowBytes, Qt::Uninitialized);
            for (qint64 offset = 0; offset < input->size() && !stop->load(std::memory_order_relaxed);) {
                const auto got = input->read(offset, window.data(), window.size());
                if (!got || got.value() == 0)
                    return QByteArray(); // the import reads the same file and reports why it cannot
                hash.addData(QByteArrayView(window.constData(), got.value()));
                offset += got.value();
            }
            return hash.result().toHex();
        });
    }
    ~BackgroundHash()
    {
        m_stop = true;
        m_future.waitForFinished();
    }
    BackgroundHash(const BackgroundHash &) = delete;
    BackgroundHash &operator=(const BackgroundHash &) = delete;
    QString result() { return QString::fromLatin1(m_future.result()); }

private:
    std::atomic<bool> m_stop{false};
    QFuture<QByteArray> m_future;
};

// No number is dropped without the user knowing: a measure column the kind does not store refuses the file, and so
// does a unit the column's field cannot take (at its header cell), before anything is read or written.
bool refusesColumns(const ImportPlan &plan, ImportReport &report)
{
    for (int column : plan.unmappedMeasures) {
        const QString header = plan.header.value(column);
        report.errors.append(ImportIssue{plan.displayName, plan.headerCellLines.value(column, plan.headerLine), plan.headerColumns.value(column, column + 1), header,
                                         QCoreApplication::translate("ImportJob", "column “%1” holds a measure that “%2” does not "
                                                                                  "store; map it to a field or mark it not to import "
                                                                                  "(import wizard), or pass --ignore-column \"%1\"")
                                             .arg(header, plan.kind->displayTitle())});
    }
    report.errors.append(plan.headerProblems);
    return !report.errors.isEmpty();
}

// One transaction per file, holding the store's write lock: another import waits for it, or is told who holds it.
std::unique_ptr<WriteTransaction> beginImport(Store &store, const ImportPlan &plan, const ImportOptions &options, ImportReport &report)
{
    WriteIntent intent;
    intent.doing = QCoreApplication::translate("ImportJob", "importing %1").arg(QFileInfo(plan.displayName).fileName());
    intent.waitSeconds = options.waitSeconds;
    intent.bulk = true;
    intent.refusal = QCoreApplication::translate("ImportJob", "Cannot record the import");
    intent.operation = QCoreApplication::translate("ImportJob", "Importing");
    intent.waitedMs = options.waitedMs;
    intent.waitedFor = options.waitedFor;
    WriteWait wait;
    wait.waitedMs = options.waitedMs;
    auto begun = store.beginWrite(intent, &wait);
    report.notes.append(wait.notes);
    report.waitedMs = wait.waitedMs;
    if (!begun) {
        // Busy (another analyst or program writes), read-only, a reader's role, full disk: said as what happened.
        report.busy = begun.error().code == QLatin1String("busy");
        if (report.busy)
            report.busyHolder = wait.holder;
        addError(report, plan, begun.error().message);
        return nullptr;
    }
    return std::move(begun.value());
}

BatchRecord batchRecordOf(const ImportPlan &plan, const ImportOptions &options)
{
    BatchRecord batch;
    batch.fileName = options.recordedName.isEmpty() ? QFileInfo(plan.displayName).fileName() : options.recordedName;
    batch.kind = plan.kind->id;
    batch.preset = plan.preset.isEmpty() ? plan.kind->id : plan.preset;
    batch.encoding = plan.encoding;
    batch.importedAt = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    batch.importedBy = localAccountName();
    return batch;
}

void count(ImportReport &report, UpsertWriter::Outcome outcome)
{
    switch (outcome) {
    case UpsertWriter::Outcome::Inserted:
        ++report.inserted;
        break;
    case UpsertWriter::Outcome::Updated:
        ++report.updated;
        break;
    case UpsertWriter::Outcome::Unchanged:
        ++report.unchanged;
        break;
    }
}

// Where the rows of a file go: the writer, and for daily quotes the trade dates written (`dateField` >= 0).
struct RowSink
{
    UpsertWriter &writer;
    int dateField;
    TradeDateSet &tradeDates; // a lookup per row must cost next to nothing at 12.5M rows
};

// Reads, parses and writes every row; counts, errors (up to options.maxErrors) and a cancel go to the report. Once
// the file has an error nothing more is written, but it is read on to list its other errors. Returns the file's size
// for the last progress call.
qint64 writeRows(const ImportPlan &plan, const ImportOptions &options, const ImportJob::Progress &progress, RowSink sink,
                 ImportReport &report)
{
    RecordParser parser(plan);
    // The file's records (ImportPlan::records: a CSV file's, or a workbook's sheet's).
    auto source = plan.records();
    if (!source) {
        // Nothing is written: the caller's transaction rolls back a report with errors.
        report.errors.append(ImportIssue{plan.displayName, 0, 0, {}, source.error().message});
        return 0;
    }
    // A workbook's sheet is read on a second thread while the rows are written (PrefetchedRecords).
    std::unique_ptr<RecordSource> records = std::move(source).value();
    if (plan.workbook)
        records = std::make_unique<PrefetchedRecords>(std::move(records));
    RecordSource &reader = *records;
    CsvRecord rec;
    ImportRecord parsed;
    const int maxErrors = qMax(1, options.maxErrors);
    qint64 sinceProgress = 0;
    for (;;) {
        if (!reader.next(rec)) {
            if (reader.error().isEmpty())
                break;
            report.errors.append(ImportIssue{plan.displayName, reader.errorLine(), reader.errorColumn(), {}, reader.error()});
            if (report.errors.size() >= maxErrors || reader.atEnd())
                break;
            continue;
        }
        if (rec.line <= plan.headerLine || rec.isBlank() || ImportJob::isFooter(rec))
            continue;
        if (progress && ++sinceProgress >= 4096) {
            sinceProgress = 0;
            if (!progress(reader.position(), reader.size())) {
                report.cancelled = true;
                break;
            }
        }
        ++report.rowsRead;
        if (!parser.parse(rec, parsed, &report.errors)) {
            if (report.errors.size() >= maxErrors)
                break;
            continue;
        }
        if (!report.errors.isEmpty())
            continue; // the file is rejected already: keep reading only to list its other errors
        sink.writer.setLine(rec.line);
        auto outcome = plan.kind->write(parsed, sink.writer);
        if (!outcome) {
            report.errors.append(ImportIssue{plan.displayName, rec.line, 1, {}, outcome.error().message});
            if (report.errors.size() >= maxErrors)
                break;
            continue;
        }
        if (sink.dateField >= 0)
            if (const auto *date = std::get_if<QByteArray>(&parsed[sink.dateField]))
                sink.tradeDates.insert(*date);
        count(report, outcome.value());
    }
    return reader.size();
}

// What the writer learnt at the end: rows inserted in chunks were counted as inserted, and a chunk redone row by row
// says what they really were; the columns and values that changed; the headers the fields were read from.
void finishWriting(UpsertWriter &writer, const ImportPlan &plan, ImportReport &report)
{
    auto corrections = writer.finish();
    if (!corrections) {
        addError(report, plan, corrections.error().message);
    } else {
        report.inserted += corrections.value().inserted;
        report.updated += corrections.value().updated;
        report.unchanged += corrections.value().unchanged;
        for (const auto &[line, error] : corrections.value().errors)
            report.errors.append(ImportIssue{plan.displayName, line, 1, {}, error.message});
    }
    for (const auto &[column, n] : writer.changedColumns())
        report.updatedFields.insert(QString::fromStdString(column), n);
    report.changes = writer.changes();
    for (const ColumnMapping &m : plan.columns)
        if (m.field >= 0)
            report.columnHeaders.insert(plan.kind->fields[m.field].key, m.header);
}

// The days of the daily quotes written, and the ids they took (consecutive, above `idBefore`), so that the weeks list
// and rollback never scan daily_bar (where the engine finds rows by id: not the team store, schema 14).
Result<void> recordDailyBars(WriteTransaction &tx, const TradeDateSet &tradeDates, qint64 idBefore, BatchRecord &batch)
{
    if (auto added = tx.addTradingDays(tradeDates.dates()); !added)
        return added;
    if (!tx.recordsDailyBarIds())
        return {};
    auto max = tx.maxId("daily_bar");
    if (!max)
        return max.error();
    if (max.value() > idBefore) {
        batch.dailyBarFirstId = idBefore + 1;
        batch.dailyBarLastId = max.value();
    }
    return {};
}

// The batch's record completed with the file's hash and the counts, and the transaction committed.
Result<void> closeAndCommit(WriteTransaction &tx, BatchRecord &batch, BackgroundHash &sha256, const ImportReport &report)
{
    batch.sha256 = sha256.result();
    batch.rowsRead = report.rowsRead;
    batch.inserted = report.inserted;
    batch.updated = report.updated;
    batch.unchanged = report.unchanged;
    if (auto closed = tx.closeBatch(batch); !closed)
        return closed;
    return tx.commit(batch.id);
}

} // namespace

ImportReport ImportJob::execute(Store &store, const ImportPlan &plan, const ImportOptions &options, const Progress &progress)
{
    ImportReport report;
    report.file = plan.displayName;
    report.kind = plan.kind->id;
    report.encoding = plan.encoding;
    report.notes = plan.notes;
    report.dryRun = options.dryRun;
    if (refusesColumns(plan, report))
        return report;
    BackgroundHash sha256(plan.input);
    std::unique_ptr<WriteTransaction> tx = beginImport(store, plan, options, report);
    if (!tx)
        return report;
    BatchRecord batch = batchRecordOf(plan, options);
    auto opened = tx->openBatch(batch);
    if (!opened) {
        addError(report, plan, opened.error().message);
        return report;
    }
    batch.id = opened.value();

    // Daily quotes: the days written go to trading_day, and the ids the batch inserts to its record.
    const int dateField = plan.kind->id == QLatin1String("daily_bars") ? plan.kind->field(QStringLiteral("trade_date")) : -1;
    TradeDateSet tradeDates;
    qint64 dailyBarIdBefore = 0;
    if (dateField >= 0 && tx->recordsDailyBarIds()) {
        auto max = tx->maxId("daily_bar");
        if (!max) {
            addError(report, plan, max.error().message);
            return report;
        }
        dailyBarIdBefore = max.value();
    }

    std::unique_ptr<UpsertWriter> writer = tx->writer(batch.id);
    writer->setChunking(plan.kind->oneRowPerRecord);
    const qint64 size = writeRows(plan, options, progress, RowSink{*writer, dateField, tradeDates}, report);
    if (!report.cancelled)
        finishWriting(*writer, plan, report);
    const int maxErrors = qMax(1, options.maxErrors);
    if (report.errors.size() > maxErrors)
        report.errors = report.errors.mid(0, maxErrors);
    if (report.rowsRead == 0 && report.errors.isEmpty() && !report.cancelled)
        report.errors.append(ImportIssue{plan.displayName, plan.headerLine + 1, 1, {},
                                         QCoreApplication::translate("ImportJob", "expected data rows after the header, found none")});
    plan.placeInSheet(report.errors);

    const bool keep = report.ok() && !options.dryRun && (report.inserted + report.updated) > 0;
    if (keep) {
        Result<void> done = dateField >= 0 ? recordDailyBars(*tx, tradeDates, dailyBarIdBefore, batch) : Result<void>();
        if (done)
            done = closeAndCommit(*tx, batch, sha256, report);
        if (!done) {
            addError(report, plan, done.error().message);
            return report;
        }
        report.committed = true;
        report.batchId = batch.id;
        // A bulk load gets statistics now where the engine needs them (the team store's planner, issue 26). Committed
        // already, so a failure here is only a note.
        if (report.inserted >= kAnalyseAfterRows)
            if (auto r = tx->refreshStatistics(plan.kind->table, report.inserted); !r)
                report.notes.append(QCoreApplication::translate("ImportJob", "Imported, but the team store could not be analysed for "
                                                                             "the planner: %1").arg(r.error().message));
    } else {
        tx->rollback(); // rejected, cancelled, a dry run, or nothing changed: nothing is written
    }
    if (progress)
        progress(size, size);
    return report;
}

} // namespace zhisuan::db
