#pragma once

#include "decimal.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <optional>

namespace zhisuan::db {

struct Unit;

// A number as a cell or a capacity text writes it, taken apart: its exact value, whether a percent sign followed,
// and the unit word after it (万, 亿股, 元 …) from UnitVocabulary.
struct WrittenNumber
{
    Decimal value;
    bool percent = false;
    const Unit *unit = nullptr;
};

// The one reader of written numbers: cells (ValueParser) and capacity text (CapacityParser) both use it, so that a
// form one of them understands the other does too. It knows what terminals and spreadsheets write:
//   1,234.5 (thousands in groups of three; "1,2" is refused, never read as 12), +1.82, −24.43 (U+2212),
//   full-width １２３．４５ ＋ － ％ （ ）, accounting negatives (9.88), Excel's text-forced ="12.5", 1.2E+08,
//   and a unit word after the number (18.31%, 1.2万, 41,744.98万股).
class NumberReader
{
public:
    // The text with full-width digits, signs, point, percent and brackets, U+2212 and the wide spaces (NBSP,
    // U+3000, thin spaces) written as their ASCII forms. Other characters are kept as they are.
    static QByteArray fold(QByteArrayView utf8);

    // The whole of `utf8` as one number, or nothing; `why` then says what is wrong when it is more than "not a
    // number" (digit groups that are not thousands).
    static std::optional<WrittenNumber> read(QByteArrayView utf8, QString *why = nullptr);

    // A number starting at `pos` of folded text (digits, grouping, point; no sign or unit): its length in bytes, 0 when
    // there is none. Grouping is taken only where it is well-formed ("10,000P" is 10000, "3,4" stops at "3").
    static qsizetype scan(QByteArrayView folded, qsizetype pos, Decimal &out);

    // Excel's ="…" wrapper (a code or number forced to text) removed, spaces trimmed.
    static QByteArrayView unwrapExcelText(QByteArrayView utf8);
};

} // namespace zhisuan::db
