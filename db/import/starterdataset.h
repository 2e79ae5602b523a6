#pragma once

#include "importjob.h"

#include <QList>

namespace zhisuan::db {

class Store;

// The dataset extracted from the seed reports (resources/dataset/NN_kind.csv), loaded through the
// same importer users use, in file-name order so parents come before the rows that refer to them.
class StarterDataset
{
public:
    static QStringList files();
    // On a new PostgreSQL store through a temporary SQLite store (nothing on an existing one).
    static QList<ImportReport> load(Store &store);

private:
    static QList<ImportReport> loadThroughSqlite(Store &store);
};

} // namespace zhisuan::db
