#pragma once

#include "result.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace zhisuan::db {

class Store;

// The tables each dashboard shows until its charts arrive, and the entity counts the overview and
// `zhisuan init` report. The SQL lives here, in the db layer; views only get models.
class ViewCatalog
{
public:
    struct Table
    {
        QString id;
        const char *title = nullptr;   // QT_TRANSLATE_NOOP("ViewCatalog", …)
        QString sql;
        QList<const char *> headers;   // QT_TRANSLATE_NOOP("ViewCatalog", …), one per column
        // How each column is shown: text, dec2 (two decimals), num (as precise as given), int,
        // change (signed, coloured), vocab (a code shown through the translated vocabulary).
        QList<const char *> formats;
    };
    struct Count
    {
        QString table;
        const char *label = nullptr; // QT_TRANSLATE_NOOP("ViewCatalog", …)
        qint64 rows = 0;
    };

    static QList<Table> tablesFor(const QString &page);
    static Result<QList<Count>> counts(Store &store);
};

} // namespace zhisuan::db
