#pragma once

#include <QString>
#include <QStringList>

namespace zhisuan::db {

// What a numeric field holds, so that a unit written in a header ([单位]万股, (亿元)) or after a number in a cell
// (1.2万) is understood the same way everywhere, or refused with the units the field does take.
enum class Quantity {
    Plain,    // a number with no unit vocabulary (TFLOPS, parameters, ranks): a header unit must be spelled in its alias
    Percent,  // percent points: 18.31% is stored as 18.31
    Money,    // yuan (元): market values, amounts
    Price,    // a price or an index level in the security's own currency or points (元, 原始币种, 美元, 点)
    Shares,   // share counts (股, 万股, 手 = 100 股)
    Multiple, // PE, PB (倍)
    Count,    // visits, downloads, calls (次, 万次, 个)
};

// One unit as terminals and analysts write it: what it measures and the power of ten that turns it into the stored
// base unit (万股 → shares: 4). Scales are powers of ten only, so that Decimal scales them exactly.
struct Unit
{
    QString spelling;
    Quantity quantity;
    int pow10 = 0;
    bool magnitudeOnly = false; // 万, 亿 …: a bare magnitude, which fits any quantity that counts or sums (not % or 倍)
    // A price's currency: CNY, USD, HKD, "points" (an index level), or empty (原始币种: the security's own). A row's
    // security must be quoted so (SecurityCodes::quoteCurrency): 收盘价[单位]美元 of 600570.SH is a converted price.
    QString currency = {};
};

class UnitVocabulary
{
public:
    // The unit spelled so (spaces and full-width forms folded), or nullptr when there is none.
    static const Unit *find(const QString &spelling);
    // Whether a field of `quantity` takes `unit`.
    static bool fits(Quantity quantity, const Unit &unit);
    // The spellings a field of `quantity` takes, for messages ("元, 千元, 万元, 亿元").
    static QStringList spellingsFor(Quantity quantity);
    // What a quantity is called in a message ("a price", "a share count").
    static QString describe(Quantity quantity);
    // Every unit, for the docs.
    static const QList<Unit> &all();
};

} // namespace zhisuan::db
