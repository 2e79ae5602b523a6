#pragma once

#include <QLocale>
#include <QString>

namespace zhisuan::db {

// Names the reports print in Chinese (vendors, chips) said in the interface language. The store keeps the
// Chinese as printed; the English comes from the data where the data has it (organisation.name_en) and, for
// chip models, from the vendors' own English product names (昇腾910 → Ascend 910, 云燧T20 → CloudBlazer T20).
// A name with no English form stays as stored.
namespace LocalNames {

// The English product name of a chip model, or the model as stored when none is known.
QString chipEnglish(const QString &model);

// The name to show: the English form on a non-Chinese locale when there is one, otherwise the stored name.
QString pick(const QString &stored, const QString &english, const QLocale &locale = QLocale());

} // namespace LocalNames

} // namespace zhisuan::db
