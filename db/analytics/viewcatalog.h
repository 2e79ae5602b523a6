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
        const char *label = nullptr; // QT_TRANSLATE_NOOP("ViewCatalog", …): follows a count ("53 compute centres")
        // QT_TRANSLATE_NOOP("ViewCatalogHeading", …): the same words standing alone, as a table's row heading (in
        // Chinese without the measure word the counted form needs: 个智算中心 after 53, 智算中心 alone).
        const char *heading = nullptr;
        qint64 rows = 0;
    };

    static Result<QList<Count>> counts(Store &store);
};

} // namespace zhisuan::db
