#pragma once

#include "unitvocabulary.h"

#include <QByteArray>
#include <QString>

#include <variant>

namespace zhisuan::db {

// A field the file has no column for (and no default from a title line or --week): unlike a missing value
// ("--" in a cell, which a corrected file uses to clear a stored value), an absent one never changes what is
// stored. A re-import of a file with fewer columns merges into the rows it names.
struct Absent
{
    bool operator==(const Absent &) const = default;
};

// A parsed cell: missing, integer, real, UTF-8 text, or absent from the file.
using Value = std::variant<std::monostate, qint64, double, QByteArray, Absent>;

inline bool isAbsent(const Value &v) { return std::holds_alternative<Absent>(v); }
// No value: missing in its cell or absent from the file.
inline bool isMissing(const Value &v) { return std::holds_alternative<std::monostate>(v) || isAbsent(v); }
QString valueToString(const Value &v);

enum class FieldType {
    Text,
    Code,    // security code such as 300531.SZ, NVDA.O, 0020.HK; bare A-share digits get their exchange
    Integer,
    Real,    // 4,028.23 or -0.03
    Percent, // 18.31% or 18.31 (stored as percent points, 18.31)
    Date,    // 2024-11-11, 2024/11/11, 20241111, 2024年11月11日, 2024.11.11
    Month,   // 2024-08, 2024/8, 2024年8月
    Bool,    // 是/否, yes/no, Y/N, true/false, 1/0
    Choice,  // one of a fixed set of canonical values, with accepted spellings
};

class ValueParser
{
public:
    // "", "--", "-", "/", "—", "N/A" and friends: the exports' ways of writing "no value".
    static bool isMissingText(QByteArrayView raw);
    // Returns an empty string on success, else "expected …, found “…”". A number is read by NumberReader (every form
    // terminals and spreadsheets write), scaled exactly by 10^pow10 (the column's unit, 万股 → 4), and may carry a
    // unit of its own when the column has none (1.2万) if the unit fits `quantity`. A code is normalised without a
    // name (SecurityCodes): the import resolves bare codes with the row's name itself.
    static QString parse(FieldType type, QByteArrayView raw, Value &out, int pow10 = 0, Quantity quantity = Quantity::Plain);
    static bool parseNumber(QByteArrayView raw, double &out, bool allowPercent);
    static bool parseDate(QByteArrayView raw, QByteArray &isoOut);
    static QString expectation(FieldType type);
};

} // namespace zhisuan::db
