#pragma once

#include "result.h"

#include <QList>
#include <QString>

namespace zhisuan::db {

class Store;

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
    QString importedBy; // the team store's login role, or the account of a personal store; empty before schema 10
};

// The import batches a store records, and undoing one.
class BatchRepository
{
public:
    static Result<QList<BatchInfo>> list(Store &store);
    // Deletes what the batch inserted and restores what it overwrote, in one transaction. Refused
    // while a later batch still builds on its rows.
    static Result<void> rollback(Store &store, qint64 batchId);
};

} // namespace zhisuan::db
