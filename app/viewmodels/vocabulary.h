#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

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
    // Sentences as the interface language writes them: joined by a space in English, without one in Chinese (a
    // full stop 。 carries its own space), empty ones left out; each then read through tidy().
    static QString sentences(const QStringList &parts);
    // On a Chinese interface, the spaces a translation's placeholders leave inside Chinese prose taken out: next to
    // full-width punctuation ("不达标。 以下芯片") and between Chinese words, a name in ASCII brackets included
    // ("改以 计算机(中信) 跟踪"); a space between Chinese and Latin letters or digits stays ("发布 3 个模型"). For
    // sentences only: a source line's parts ("民生证券 计算机周报") keep theirs. Other languages: as given.
    static QString tidy(const QString &text);
};

} // namespace zhisuan::app
