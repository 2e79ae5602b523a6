#pragma once

#include "importplan.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace zhisuan::db {

// How one header row maps onto one kind's fields: the header stage of the import. Each cell is taken apart
// (ExportHeader: name, unit, period, year), its name looked up among the field's aliases, and its unit checked
// against what the field holds (UnitVocabulary), so that 解禁数量(万股), 解禁数量[单位]万股 and 解禁数量 with 1.2万 in
// its cells all store shares, and 收盘价(万股) is refused at its cell instead of stored ten thousand times too big.
struct HeaderMatch
{
    QList<ColumnMapping> columns;
    int score = 0;            // columns that map to a field (one more when the kind's value columns are there)
    int unmappedMeasures = 0; // columns naming a measure that maps to nothing
    QList<std::pair<int, QString>> problems; // column, message: a unit the column's field cannot take
};

class HeaderMapper
{
public:
    static HeaderMatch map(const ImportKind &kind, const QStringList &header, const UserPreset *preset,
                           const QStringList &ignoreColumns);
};

} // namespace zhisuan::db
