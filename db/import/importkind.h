#pragma once

#include "exportheader.h"
#include "result.h"
#include "unitvocabulary.h"
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

// A header spelling that maps to a field. Units are not spelled here: the header stage takes a header's unit apart
// (解禁市值(万元) is 解禁市值 in 万元) and checks it against the field's quantity. An alias with a power of ten is a
// native column name that carries one (visits_10k).
struct HeaderAlias
{
    QString header;
    int pow10 = 0;
};

struct FieldSpec
{
    QString key; // native header and, mostly, the column name
    FieldType type = FieldType::Text;
    // What a number field holds, so that a unit in its header or cell is understood or refused (UnitVocabulary).
    Quantity quantity = Quantity::Plain;
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
    // The row's dates are a period that is not a trading week (two weeks, Friday to Friday): the kind writes it as a
    // period return, never as a week (ImportKind::periodStart).
    bool period = false;
    // For such a period that is a week's trading days so far (Monday to Wednesday): the week's Monday, else missing.
    Value periodWeek;
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
    std::function<bool(const ExportHeader &header)> acceptsExtra;
    // What an extra column holds (empty = a plain number, with a percent sign allowed: benchmark scores).
    std::function<Quantity(const ExportHeader &header)> extraQuantity;
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
    // The security a row is about: its code, the name that resolves a bare code two exchanges share, and the kind
    // (stock, index, industry) that the code's family decides (SecurityCodes); -1 where the kind has none.
    int codeField = -1;
    int nameField = -1;
    int securityKindField = -1;
    // A figure over a period (week_start, week_end of weekly returns): a row whose period is a trading week is stored
    // by the week's Monday and last trading day; another period is a period return (ImportRecord::period). -1: none.
    int periodStart = -1;
    int periodEnd = -1;
    // Whether a period that is not a trading week is written (as a period return) rather than refused.
    bool periodReturns = false;

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

} // namespace zhisuan::db
