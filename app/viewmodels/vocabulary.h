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
    // Names the store keeps in Chinese, as the reports print them (上证综指, 计算机(中信), 日均调用量), in the
    // interface language: the English page must not show Chinese index and metric names; companies, stocks, models
    // and places by db::LocalNames. Unknown names as stored.
    static QString name(const QString &stored);
};

} // namespace zhisuan::app
