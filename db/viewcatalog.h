#pragma once

#include "result.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace zhisuan::db {

class Store;

// The entity counts the Data page and `zhisuan init` report. The SQL lives here, in the db layer.
class ViewCatalog
{
public:
    struct Count
    {
        QString table;
        const char *label = nullptr; // QT_TRANSLATE_NOOP("ViewCatalog", …)
        qint64 rows = 0;
    };

    static Result<QList<Count>> counts(Store &store);
};

} // namespace zhisuan::db
