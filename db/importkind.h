#pragma once

#include "result.h"
#include "upsertwriter.h"
#include "value.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <utility>
#include <vector>

namespace zhisuan::db {

// A header spelling that maps to a field, and the factor that turns its unit into the stored one
// (解禁市值(万元) → yuan: 10,000).
struct HeaderAlias
{
    QString header;
    double scale = 1.0;
};

struct FieldSpec
{
    QString key; // native header and, mostly, the column name
    FieldType type = FieldType::Text;
    bool required = false;
    QList<HeaderAlias> aliases;
    // Choice fields: canonical value -> accepted spellings.
    QList<std::pair<QString, QStringList>> choices;
    QString description; // for docs and the wizard's tooltips (English; translated at display)
    // An empty cell keeps the stored value, or the column's default for a new row (security.kind: stock),
    // instead of clearing it.
    bool keepWhenMissing = false;
    // Numbers that cannot be negative (volumes, visits, shares): a minus sign is an error, not a value.
    bool nonNegative = false;
};

// One data line of a file, parsed: values by field index, plus the columns that matched no field
// for kinds that take them (benchmark matrices, 2021EPS/2021PE columns).
struct ImportRecord
{
    qint64 line = 0;
    std::vector<Value> values;
    std::vector<std::pair<QString, Value>> extras;
    const Value &operator[](int field) const { return values[size_t(field)]; }
};

// A rule a whole row breaks (high below low, a week that ends before it starts): the field it is reported at.
struct RowProblem
{
    int field;
    QString message;
};

struct ImportKind
{
    using Writer = std::function<Result<UpsertWriter::Outcome>(const ImportRecord &, UpsertWriter &)>;

    QString id;
    const char *title = nullptr; // QT_TRANSLATE_NOOP("ImportKind", …)
    QList<FieldSpec> fields;
    // Unmatched columns become extras (parsed as numbers) instead of being ignored.
    bool takesExtraColumns = false;
    // Header of an extra column that this kind accepts (empty = all).
    std::function<bool(const QString &header)> acceptsExtra;
    Writer write;
    // Checks across the fields of one parsed row, run before it is written.
    std::function<void(const ImportRecord &, QList<RowProblem> &)> checkRow;
    // The writer writes one main row per record (besides implied parents): its rows may be inserted in chunks.
    bool oneRowPerRecord = false;
    // Called after a rollback restored or a row of `table` changed outside the writer (derived data).
    QString table;
    // How far the row can be trusted (issue 15): the confidence, confidence_note and inferred_fields fields, -1 when
    // the kind has none. Checked for every kind alike (an inference gives its reason and names fields of the kind).
    int confidence = -1;
    int confidenceNote = -1;
    int inferredFields = -1;

    int field(const QString &key) const;
    QString displayTitle() const;
    // checkRow and the confidence rules; inferred_fields is rewritten to its canonical form ("ecosystem,ticker").
    void check(ImportRecord &record, QList<RowProblem> &problems) const;
};

class ImportKindRegistry
{
public:
    static const QList<ImportKind> &all();
    static const ImportKind *find(const QString &id);
    // Rebuilds data derived from a row (capacity phases of a centre) after a rollback restored it.
    static Result<void> rederive(UpsertWriter &writer, const QString &table, qint64 rowId);
    // The same for every row of the table (a store made before a derived table or column existed).
    static Result<void> rederiveAll(UpsertWriter &writer, const QString &table);
};

// "周涨跌幅 (%)" and "周涨跌幅(%)" are the same header: trim, drop spaces, fold full-width brackets.
QString normaliseHeader(const QString &header);

// A terminal's column header with its parameters taken apart:
//   Wind   区间涨跌幅[起始交易日期]20241104[截止交易日期]20241108[单位]%   收盘价[交易日期]20241108[复权方式]不复权[单位]元
//   iFinD  区间涨跌幅:前复权[20241104-20241108]                          区间收盘价:前复权[20241108]
// A plain header ("周涨跌幅(%)") has only a base.
struct ExportHeader
{
    QString base;    // 区间涨跌幅, 收盘价, 市盈率PE(TTM)
    QString unit;    // %, 元, 万元 … (empty when not given)
    QString adjust;  // 前复权, 不复权 …
    QDate from, to;  // the period (区间) or, when from == to and !range, the date (交易日期)
    bool range = false;
    bool parameterised = false; // the header carried brackets (a terminal export)
};
ExportHeader parseExportHeader(const QString &header);
// The factor from a unit to the stored one (yuan, shares, percent points): 万元 → 10,000; 0 when unknown.
double unitScale(const QString &unit);
// Headers that name a measure (涨跌幅, 收盘价, EPS, PE, 市值, 成交额 …): such a column is never dropped silently.
bool isMeasureHeader(const QString &header);

} // namespace zhisuan::db
