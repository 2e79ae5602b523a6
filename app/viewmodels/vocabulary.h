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
    // The same with the store's English name of the row (security.name_en, event.title_en …, issue 29): that one on
    // a non-Chinese interface when it is there, else name(stored). A Chinese interface shows name(stored) as before.
    static QString name(const QString &stored, const QString &english);
};

} // namespace zhisuan::app
