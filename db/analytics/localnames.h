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

// The well-known English name of a name the reports print in Chinese (a company or its stock, an index maker's
// product, a model or app), or an empty string when it has none: a small Chinese company keeps its Chinese name.
QString english(const QString &stored);

// A source as SourceCatalog shortens it ("民生证券 计算机周报 2024-08-17（智能算力产业发展白皮书）") with the brokers and
// report series by their English names and the brackets and commas in English form ("Minsheng Securities Computer
// Weekly 2024-08-17 (…)"); as stored when a part has no English name, so that a line never mixes the two.
QString sourceEnglish(const QString &source);

// An analyst's note on an inferred or supplemented figure (confidence_note) in the interface language: the dataset's
// recurring notes ("芯片生态按合作方推断", "域名 … 非报告所载，为分析师补充", "证券代码 … 见 <source>") said in English on a
// non-Chinese locale; any other note as stored.
QString showNote(const QString &note, const QLocale &locale = QLocale());

// A capacity phase's label as the capacity parser keeps it from the reports ("一期", "一期建设 推理系统", "25年达", "建成后")
// in the interface language: each word of the reports' small phase vocabulary in English ("Phase 1", "Phase 1
// build-out inference system", "by 2025", "when built") on a non-Chinese locale; as stored when a word is not one
// of them, so that a label never mixes the two.
QString showPhase(const QString &label, const QLocale &locale = QLocale());

// The name to show: the English form on a non-Chinese locale when there is one, otherwise the stored name.
QString pick(const QString &stored, const QString &english, const QLocale &locale = QLocale());

// pick() with english(): a stored Chinese name in the interface language.
QString show(const QString &stored, const QLocale &locale = QLocale());

// A source in the interface language: sourceEnglish() on a non-Chinese locale.
QString showSource(const QString &source, const QLocale &locale = QLocale());

} // namespace LocalNames

} // namespace zhisuan::db
