// The whole import of one file: ImportJob::plan (encoding, delimiter, header and kind), the wizard's preview,
// and ImportJob::execute as a dry run against one store made at start-up. A dry run goes through every
// writer and then rolls back, so each input meets the same store. Whatever the bytes, the import must end
// with a report, nothing committed, and the store as it was. (Where each error points is checked against
// expectations in tests/db/tst_badinput.cpp; here only that it is not nonsense.)

#include "fuzzsupport.h"
#include "importjob.h"
#include "store.h"

#include <QDir>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <cstddef>
#include <cstdint>
#include <memory>

using namespace zhisuan::db;

namespace {

QTemporaryDir *g_dir = nullptr;
Store *g_store = nullptr;

qint64 totalChanges()
{
    QSqlQuery q(g_store->database());
    q.exec(QStringLiteral("SELECT (SELECT COUNT(*) FROM import_batch) + (SELECT COUNT(*) FROM security)"
                          " + (SELECT COUNT(*) FROM weekly_return)"));
    return q.next() ? q.value(0).toLongLong() : -1;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    fuzzsupport::ensureApplication();
    g_dir = new QTemporaryDir(QDir::tempPath() + QStringLiteral("/zhisuan-fuzz-XXXXXX"));
    auto store = Store::open(g_dir->filePath(QStringLiteral("fuzz.sqlite")));
    if (!store.ok()) {
        qFatal("cannot create the fuzz store: %s", qPrintable(store.error().message));
    }
    g_store = std::move(store).value().release();
    std::atexit([] {
        delete g_store;
        delete g_dir;
    });
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    ImportOptions options;
    options.dryRun = true;
    auto plan = ImportJob::plan(bytes, QStringLiteral("fuzz.csv"), options);
    if (!plan)
        return 0;
    for (const auto &row : ImportJob::preview(plan.value(), 20)) {
        for (const QString &cell : row.cells)
            fuzzsupport::touch(cell.toUtf8());
    }
    static const qint64 before = totalChanges();
    const ImportReport report = ImportJob::execute(*g_store, plan.value(), options);
    FUZZ_CHECK(!report.committed);
    for (const ImportIssue &issue : report.errors) {
        fuzzsupport::touch(issue.toString().toUtf8());
        FUZZ_CHECK(issue.line >= 0 && issue.column >= 0);
    }
    FUZZ_CHECK(totalChanges() == before);
    return 0;
}
