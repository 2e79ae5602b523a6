#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace zhisuan::db::gen {

// The names the generator's expectations use for what the issue-24 design adds (docs: helpers' ISSUE24-SPEC), in one
// place: when the import names a table, a column or a message differently, this is the one file to change.
struct ImportContract
{
    // A return over a period that is not one trading week.
    static QString periodTable() { return QStringLiteral("period_return"); }
    static QString periodStart() { return QStringLiteral("period_start"); }
    static QString periodEnd() { return QStringLiteral("period_end"); }
    // The kinds a report may name for a file of period returns.
    static QStringList periodKinds() { return {QStringLiteral("weekly_returns"), QStringLiteral("period_returns")}; }
    // valuation.basis: 2023A → actual, 2024E → estimate, 2021EPS → NULL.
    static QString basisColumn() { return QStringLiteral("basis"); }
    static QString actual() { return QStringLiteral("actual"); }
    static QString estimate() { return QStringLiteral("estimate"); }
    // A key-stock table without a date is refused with one message that says so and asks for --as-of.
    static QList<QStringList> keyStocksWithoutDate() { return {{QStringLiteral("key-stock"), QStringLiteral("key stock")}, {QStringLiteral("--as-of")}}; }
    // A file mixing GB18030 and UTF-8 lines is refused with a message naming both encodings.
    static QList<QStringList> mixedEncodings() { return {{QStringLiteral("UTF-8")}, {QStringLiteral("GB18030"), QStringLiteral("GBK")}}; }
};

} // namespace zhisuan::db::gen
