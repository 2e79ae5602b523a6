#pragma once

#include "result.h"
#include "upsertwriter.h"
#include "value.h"

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
    // The writer writes one main row per record (besides implied parents): its rows may be inserted in chunks.
    bool oneRowPerRecord = false;
    // Called after a rollback restored or a row of `table` changed outside the writer (derived data).
    QString table;

    int field(const QString &key) const;
    QString displayTitle() const;
};

class ImportKindRegistry
{
public:
    static const QList<ImportKind> &all();
    static const ImportKind *find(const QString &id);
    // Rebuilds data derived from a row (capacity phases of a centre) after a rollback restored it.
    static Result<void> rederive(UpsertWriter &writer, const QString &table, qint64 rowId);
};

// "周涨跌幅 (%)" and "周涨跌幅(%)" are the same header: trim, drop spaces, fold full-width brackets.
QString normaliseHeader(const QString &header);

} // namespace zhisuan::db
