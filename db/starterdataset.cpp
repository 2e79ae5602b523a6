#include "starterdataset.h"

#include <QDir>
#include <QFileInfo>

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
    QList<ImportReport> reports;
    for (const QString &path : files()) {
        ImportOptions options;
        options.displayName = QStringLiteral("starter/") + QFileInfo(path).fileName();
        options.recordedName = options.displayName;
        reports.append(ImportJob::run(store, path, options));
    }
    return reports;
}

} // namespace zhisuan::db
