#include "importjob.h"

#include "csvreader.h"
#include "excelvalues.h"
#include "importtransaction.h"
#include "pgcopywriter.h"
#include "recordparser.h"
#include "securitycodes.h"
#include "sha256hasher.h"
#include "steptimer.h"
#include "store.h"
#include "tradedateset.h"
#include "tradingdayrepository.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>

#include <pwd.h>
#include <unistd.h>
#include <QSqlError>
#include <QSqlQuery>
#include <QtConcurrent>

#include <sqlite3.h>

#include <atomic>
#include <set>
#include <vector>

namespace zhisuan::db {

namespace {
// Rows inserted into the team store after which the import analyses it (a week of quotes is a few thousand).
constexpr qint64 kAnalyseAfterRows = 100000;

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

ImportReport ImportJob::execute(Store &store, const ImportPlan &plan, const ImportOptions &options, const Progress &progress)
{
    ImportReport report;
    report.file = plan.displayName;
    report.kind = plan.kind->id;
    report.encoding = plan.encoding;
    report.notes = plan.notes;
    report.dryRun = options.dryRun;
    // No number is dropped without the user knowing: a measure column the kind does not store refuses the file.
    for (int column : plan.unmappedMeasures) {
        const QString header = plan.header.value(column);
        report.errors.append(ImportIssue{plan.displayName, plan.headerCellLines.value(column, plan.headerLine), plan.headerColumns.value(column, column + 1), header,
                                         QCoreApplication::translate("ImportJob", "column “%1” holds a measure that “%2” does not "
                                                                                  "store; map it to a field or mark it not to import "
                                                                                  "(import wizard), or pass --ignore-column \"%1\"")
                                             .arg(header, plan.kind->displayTitle())});
    }
    // A unit the column's field cannot take: refused at its header cell, before anything is read or written.
    report.errors.append(plan.headerProblems);
    if (!report.errors.isEmpty())
        return report;
    // A team store writes through libpq on the connection Qt holds (PgCopyWriter); SQLite through its raw handle.
    pg_conn *pg = store.engine() == Store::Engine::PostgreSql ? PgCopyWriter::connection(store.database()) : nullptr;
    if (store.engine() == Store::Engine::PostgreSql && !pg) {
        report.errors.append(ImportIssue{plan.displayName, 0, 0, {},
                                         store.serverUnsupported(QCoreApplication::translate("ImportJob", "Importing")).message});
        return report;
    }
    sqlite3 *db = store.handle();
    // The file's SHA-256 goes into the batch record; on a large file it costs as much as a fifth of the
    // import, so it runs on another core while the rows are written.
    // It reads the file in windows of its own (positional reads of the same open file).
    std::atomic<bool> stopHashing{false};
    QFuture<QByteArray> sha256 = QtConcurrent::run([input = plan.input, &stopHashing] {
        Sha256Hasher hash; // libcrypto, SHA-NI where the CPU has it: this thread shares two cores with the import
        QByteArray window(ImportInput::kWindowBytes, Qt::Uninitialized);
        for (qint64 offset = 0; offset < input->size() && !stopHashing.load(std::memory_order_relaxed);) {
            const auto got = input->read(offset, window.data(), window.size());
            if (!got || got.value() == 0)
                return QByteArray(); // the import reads the same file and reports why it cannot
            hash.addData(QByteArrayView(window.constData(), got.value()));
            offset += got.value();
        }
        return hash.result().toHex();
    });
    // The hash refers to this frame's flag: never return while it still runs (it stops early if the import does).
    struct WaitForHash
    {
        QFuture<QByteArray> &future;
        std::atomic<bool> &stop;
        ~WaitForHash()
        {
            stop = true;
            future.waitForFinished();
        }
    } waitForHash{sha256, stopHashing};

    // Every importer writes the rows a record refers to (security, model, organisation …) before the record
    // itself, so the per-row foreign-key lookups are redundant inside an import; they cost a sixth of a bulk
    // import. Enforcement is off for the import transaction only (it cannot change inside one) and back on
    // for everything else, rollback included; tests check PRAGMA foreign_key_check after every import.
    if (db)
        sqlite3_exec(db, "PRAGMA foreign_keys = OFF", nullptr, nullptr, nullptr);
    struct ForeignKeysBackOn
    {
        sqlite3 *db;
        ~ForeignKeysBackOn()
        {
            if (db)
                sqlite3_exec(db, "PRAGMA foreign_keys = ON", nullptr, nullptr, nullptr);
        }
    } foreignKeysBackOn{db};

    // Chunked inserts open a savepoint (and SQLite a statement journal) per 32 rows. Their sub-journal holds the
    // few pages a chunk changes and is emptied when the chunk is released, but once one chunk outgrew SQLite's 64 KiB
    // spill threshold it became a temporary file for the rest of the transaction: at 12.5M daily quotes about 600,000
    // page writes (2.4 GB) to /var/tmp that nothing ever read. Kept in memory it stays a chunk's pages. Only for the
    // import transaction (it cannot change inside one): elsewhere temporary storage keeps SQLite's default, so that
    // sorting a big table never has to fit in memory.
    const bool tempStoreInMemory = db && sqlite3_exec(db, "PRAGMA temp_store = MEMORY", nullptr, nullptr, nullptr) == SQLITE_OK;
    struct TempStoreBack
    {
        sqlite3 *db;
        ~TempStoreBack()
        {
            if (db)
                sqlite3_exec(db, "PRAGMA temp_store = DEFAULT", nullptr, nullptr, nullptr);
        }
    } tempStoreBack{tempStoreInMemory ? db : nullptr};

    if (pg) {
        // One transaction per file, holding the team store's write lock: another analyst's import waits for it.
        Result<void> begun = PgCopyWriter::command(pg, "BEGIN");
        // The merge sorts a slice of up to 100,000 rows by line: in memory rather than spilled to disk.
        if (begun)
            begun = PgCopyWriter::command(pg, "SET LOCAL work_mem = '64MB'");
        if (begun)
            begun = ImportTransaction::takeWriteLock(pg, QCoreApplication::translate("ImportJob", "importing %1").arg(QFileInfo(plan.displayName).fileName()),
                                  options.waitSeconds, &report.notes, &report.busyHolder);
        if (!begun) {
            ImportTransaction::rollbackQuietly(db, pg);
            report.busy = begun.error().code == QLatin1String("busy");
            if (!report.busy)
                report.busyHolder.clear();
            report.errors.append(ImportIssue{plan.displayName, 0, 0, {}, begun.error().message});
            return report;
        }
    } else if (sqlite3_db_readonly(db, "main") == 1) {
        // SQLite opens a file it may not write read-only without a word, and BEGIN IMMEDIATE still succeeds in WAL mode.
        report.errors.append(ImportIssue{plan.displayName, 0, 0, {}, Store::accessError(store.path(), SQLITE_READONLY, {}).message});
        return report;
    } else if (sqlite3_exec(db, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr) != SQLITE_OK) {
        // Busy (another program imports), read-only file or folder, full disk: said as what happened and what to do.
        const Error e = Store::accessError(store.path(), sqlite3_extended_errcode(db), QString::fromUtf8(sqlite3_errmsg(db)));
        report.busy = e.code == QLatin1String("busy");
        report.errors.append(ImportIssue{plan.displayName, 0, 0, {}, e.message});
        return report;
    }
    qint64 batchId = -1;
    const QString recordedName = options.recordedName.isEmpty() ? QFileInfo(plan.displayName).fileName() : options.recordedName;
    const QString importedAt = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    if (pg) {
        QSqlQuery q(store.database());
        const bool prepared = q.prepare(QStringLiteral("INSERT INTO import_batch(file_name,sha256,kind,preset,encoding,imported_at) "
                                                        "VALUES(?,?,?,?,?,?) RETURNING id"));
        q.addBindValue(recordedName);
        q.addBindValue(QStringLiteral("")); // filled in at the end, when the hash is ready
        q.addBindValue(plan.kind->id);
        q.addBindValue(plan.preset.isEmpty() ? plan.kind->id : plan.preset);
        q.addBindValue(plan.encoding);
        q.addBindValue(importedAt);
        if (!prepared || !q.exec() || !q.next()) {
            // A reader's role is refused here, the first write: said as such.
            const QString message = store.writeError(QCoreApplication::translate("ImportJob", "Cannot record the import"), q.lastError()).message;
            ImportTransaction::rollbackQuietly(db, pg);
            report.errors.append(ImportIssue{plan.displayName, 0, 0, {}, message});
            return report;
        }
        batchId = q.value(0).toLongLong();
    } else {
        // The batch's row is written whole at the end, under the id an insert now would take (the write lock is held
        // since BEGIN IMMEDIATE). Inserting it first and updating it last changed a page at both ends of the
        // transaction: the page had been spilled to the WAL in between, and rewriting a frame of the transaction made
        // SQLite read back and re-checksum every later frame at commit (the whole 1.3 GB WAL at 12.5M daily quotes).
        auto last = ImportTransaction::maxId(db, pg, "import_batch");
        if (!last) {
            ImportTransaction::rollbackQuietly(db, pg);
            report.errors.append(ImportIssue{plan.displayName, 0, 0, {},
                                             sqlError(QCoreApplication::translate("ImportJob", "Cannot record the import"),
                                                      QSqlError({}, last.error().message, QSqlError::StatementError)).message});
            return report;
        }
        batchId = last.value() + 1;
    }

    // Daily quotes: the days written go to trading_day, and the rowids the batch inserts (consecutive, above the
    // largest one now) to the batch record, so that the weeks list and rollback never scan daily_bar.
    const int dateField = plan.kind->id == QLatin1String("daily_bars") ? plan.kind->field(QStringLiteral("trade_date")) : -1;
    TradeDateSet tradeDates; // a lookup per row must cost next to nothing at 12.5M rows
    qint64 dailyBarIdBefore = 0;
    if (dateField >= 0) {
        auto max = ImportTransaction::maxId(db, pg, "daily_bar");
        if (!max) {
            ImportTransaction::rollbackQuietly(db, pg);
            report.errors.append(ImportIssue{plan.displayName, 0, 0, {}, max.error().message});
            return report;
        }
        dailyBarIdBefore = max.value();
    }

    std::unique_ptr<UpsertWriter> writerOwner = pg ? std::make_unique<UpsertWriter>(pg, batchId) : std::make_unique<UpsertWriter>(db, batchId);
    UpsertWriter &writer = *writerOwner;
    writer.setChunking(plan.kind->oneRowPerRecord);
    RecordParser parser(plan);
    // The file's records (ImportPlan::records: a CSV file's, or a workbook's sheet's).
    auto source = plan.records();
    if (!source) {
        ImportTransaction::rollbackQuietly(db, pg);
        report.errors.append(ImportIssue{plan.displayName, 0, 0, {}, source.error().message});
        return report;
    }
    RecordSource &reader = *source.value();
    CsvRecord rec;
    ImportRecord parsed;
    const int maxErrors = qMax(1, options.maxErrors);
    qint64 sinceProgress = 0;
    for (;;) {
        const bool got = reader.next(rec);
        if (!got) {
            if (reader.error().isEmpty())
                break;
            report.errors.append(ImportIssue{plan.displayName, reader.errorLine(), reader.errorColumn(), {}, reader.error()});
            if (report.errors.size() >= maxErrors || reader.atEnd())
                break;
            continue;
        }
        if (rec.line <= plan.headerLine || rec.isBlank() || isFooter(rec))
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
        writer.setLine(rec.line);
        auto outcome = plan.kind->write(parsed, writer);
        if (!outcome) {
            report.errors.append(ImportIssue{plan.displayName, rec.line, 1, {}, outcome.error().message});
            if (report.errors.size() >= maxErrors)
                break;
            continue;
        }
        if (dateField >= 0) {
            if (const auto *date = std::get_if<QByteArray>(&parsed[dateField]))
                tradeDates.insert(*date);
        }
        switch (outcome.value()) {
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
    if (!report.cancelled) {
        // Rows inserted in chunks were counted as inserted; a chunk redone row by row says what they really were.
        auto corrections = writer.finish();
        if (!corrections) {
            report.errors.append(ImportIssue{plan.displayName, 0, 0, {}, corrections.error().message});
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
    if (report.errors.size() > maxErrors)
        report.errors = report.errors.mid(0, maxErrors);
    if (report.rowsRead == 0 && report.errors.isEmpty() && !report.cancelled)
        report.errors.append(ImportIssue{plan.displayName, plan.headerLine + 1, 1, {},
                                         QCoreApplication::translate("ImportJob", "expected data rows after the header, found none")});
    plan.placeInSheet(report.errors);

    const bool keep = report.ok() && !options.dryRun && (report.inserted + report.updated) > 0;
    if (!keep) {
        ImportTransaction::rollbackQuietly(db, pg);
        if (progress)
            progress(reader.size(), reader.size());
        return report; // rejected, cancelled, a dry run, or nothing changed: nothing is written
    }
    QVariant dailyBarFirstId, dailyBarLastId;
    if (dateField >= 0) {
        auto max = ImportTransaction::maxId(db, pg, "daily_bar");
        const std::set<QByteArray> dates = tradeDates.dates();
        Result<void> added = !max ? Result<void>(max.error()) : pg ? ImportTransaction::addTradingDays(pg, dates) : TradingDayRepository::add(db, dates);
        if (!added) {
            ImportTransaction::rollbackQuietly(db, pg);
            report.errors.append(ImportIssue{plan.displayName, 0, 0, {}, added.error().message});
            return report;
        }
        if (max.value() > dailyBarIdBefore) {
            dailyBarFirstId = dailyBarIdBefore + 1;
            dailyBarLastId = max.value();
        }
    }
    {
        QSqlQuery q(store.database());
        const bool prepared =
            pg ? q.prepare(QStringLiteral("UPDATE import_batch SET sha256=?, rows_read=?, rows_inserted=?, rows_updated=?, "
                                          "rows_unchanged=?, daily_bar_first_id=?, daily_bar_last_id=? WHERE id=?"))
               : q.prepare(QStringLiteral("INSERT INTO import_batch(sha256,rows_read,rows_inserted,rows_updated,rows_unchanged,"
                                          "daily_bar_first_id,daily_bar_last_id,id,file_name,kind,preset,encoding,imported_at,"
                                          "imported_by) VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?)"));
        q.addBindValue(QString::fromLatin1(sha256.result()));
        q.addBindValue(report.rowsRead);
        q.addBindValue(report.inserted);
        q.addBindValue(report.updated);
        q.addBindValue(report.unchanged);
        q.addBindValue(dailyBarFirstId);
        q.addBindValue(dailyBarLastId);
        q.addBindValue(batchId);
        if (!pg) {
            q.addBindValue(recordedName);
            q.addBindValue(plan.kind->id);
            q.addBindValue(plan.preset.isEmpty() ? plan.kind->id : plan.preset);
            q.addBindValue(plan.encoding);
            q.addBindValue(importedAt);
            // A personal store is one person's: the account that ran the import (the team store's server records
            // its login role itself).
            const QString user = localAccountName();
            q.addBindValue(user.isEmpty() ? QVariant() : QVariant(user));
        }
        if (!prepared || !q.exec()) {
            ImportTransaction::rollbackQuietly(db, pg);
            report.errors.append(ImportIssue{plan.displayName, 0, 0, {}, q.lastError().text()});
            return report;
        }
    }
    if (pg) {
        if (auto r = ImportTransaction::notifyChange(pg, batchId); !r) {
            ImportTransaction::rollbackQuietly(db, pg);
            report.errors.append(ImportIssue{plan.displayName, 0, 0, {}, r.error().message});
            return report;
        }
    }
    if (auto r = ImportTransaction::exec(db, pg, "COMMIT"); !r) {
        ImportTransaction::rollbackQuietly(db, pg);
        report.errors.append(ImportIssue{plan.displayName, 0, 0, {}, r.error().message});
        return report;
    }
    report.committed = true;
    report.batchId = batchId;
    // A bulk load into the team store gets statistics now, not when autovacuum gets to it: without them the planner
    // scanned every daily row for a week's view (issue 26). Committed already, so a failure here is only a note.
    if (pg && report.inserted >= kAnalyseAfterRows) {
        if (auto r = PgCopyWriter::command(pg, "ANALYZE"); !r)
            report.notes.append(QCoreApplication::translate("ImportJob", "Imported, but the team store could not be analysed for "
                                                                         "the planner: %1").arg(r.error().message));
    }
    if (progress)
        progress(reader.size(), reader.size());
    return report;
}

} // namespace zhisuan::db
