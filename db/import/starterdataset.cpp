#include "starterdataset.h"

#include "store.h"
#include "storecopy.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>

namespace zhisuan::db {

QStringList StarterDataset::files()
{
    QStringList paths;
    const QDir dir(QStringLiteral(":/dataset"));
    for (const QString &name : dir.entryList({QStringLiteral("*.csv")}, QDir::Files, QDir::Name))
        paths << dir.filePath(name);
    return paths;
}

QList<ImportReport> StarterDataset::load(Store &store)
{
    if (store.takesStarterByCopy())
        return loadThroughSqlite(store);
    QList<ImportReport> reports;
    for (const QString &path : files()) {
        ImportOptions options;
        options.displayName = QStringLiteral("starter/") + QFileInfo(path).fileName();
        options.recordedName = options.displayName;
        reports.append(ImportJob::run(store, path, options));
    }
    return reports;
}

// A team store (Store::takesStarterByCopy) gets the starter dataset when it is created: imported into a temporary
// SQLite store (the importer's path), then copied (ids, batches and all) into the new, empty PostgreSQL store.
QList<ImportReport> StarterDataset::loadThroughSqlite(Store &store)
{
    if (!store.isNew())
        return {};
    auto failed = [](const QString &message) {
        ImportReport r;
        r.file = QStringLiteral("starter");
        r.errors.append(ImportIssue{r.file, 0, 0, {}, message});
        return QList<ImportReport>{r};
    };
    QTemporaryDir dir;
    if (!dir.isValid())
        return failed(QCoreApplication::translate("StarterDataset", "Cannot create a temporary folder: %1").arg(dir.errorString()));
    auto local = Store::open(dir.filePath(QStringLiteral("starter.sqlite")));
    if (!local)
        return failed(local.error().message);
    QList<ImportReport> reports = load(*local.value());
    for (const ImportReport &r : std::as_const(reports))
        if (!r.ok())
            return reports;
    if (auto copied = StoreCopy::copy(*local.value(), store); !copied)
        return failed(copied.error().message);
    return reports;
}

} // namespace zhisuan::db
