#include "writetransaction.h"

#include <QSqlQuery>

namespace zhisuan::db {

void WriteTransaction::bindClosing(QSqlQuery &q, const BatchRecord &batch)
{
    q.addBindValue(batch.sha256);
    q.addBindValue(batch.rowsRead);
    q.addBindValue(batch.inserted);
    q.addBindValue(batch.updated);
    q.addBindValue(batch.unchanged);
    q.addBindValue(batch.dailyBarFirstId);
    q.addBindValue(batch.dailyBarLastId);
    q.addBindValue(batch.id);
}

} // namespace zhisuan::db
