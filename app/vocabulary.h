#pragma once

#include <QHash>
#include <QString>

namespace zhisuan::app {

// The store keeps codes ("operational", "ascend", "stock"); people read them through this table,
// in the interface language.
class Vocabulary
{
public:
    static QHash<QString, QString> labels();
};

} // namespace zhisuan::app
