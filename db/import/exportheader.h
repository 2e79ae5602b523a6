#pragma once

#include "tradingcalendar.h"

#include <QChar>
#include <QDate>
#include <QString>

namespace zhisuan::db {

// "周涨跌幅 (%)" and "周涨跌幅(%)" are the same header: trim, drop spaces, fold full-width brackets, lower case.
QString normaliseHeader(const QString &header);

// A column header with what it says besides its name taken apart (the header stage of the import):
//   Wind    区间涨跌幅[起始交易日期]20241104[截止交易日期]20241108[单位]%   收盘价[交易日期]20241108[复权方式]不复权[单位]元
//   iFinD   区间涨跌幅:前复权[20241104-20241108](%)                          区间收盘价:前复权[20241108]
//   plain   周涨跌幅(%)  解禁数量（万股）  收盘价(元)
//   years   2023A EPS   EPS 2024E   2025E PE   2021EPS   EPS(2024E)
struct ExportHeader
{
    QString base;    // the name without its unit and parameters: 区间涨跌幅, 收盘价, 市盈率PE(TTM), EPS
    QString unit;    // the unit as written (%, 元, 万股 …), empty when none; a known unit (UnitVocabulary) or, in
                     // Wind's [单位], whatever the terminal wrote
    bool unitFromParameter = false; // the unit came from Wind's [单位] (so an unknown one is still a unit)
    QString adjust;  // 前复权, 不复权 …
    QDate from, to;  // the period (区间) or, when from == to and !range, the date (交易日期)
    bool range = false;
    bool parameterised = false; // the header carried brackets (a terminal export)
    // The terminal whose export writes headers this way ("Wind": 名称[参数]值…, "iFinD": 名称:复权[日期-日期]), empty for a
    // plain header: the figures' primary source when the file names none of its own (issue 29).
    QString vendor;
    int fiscalYear = 0;         // a year column (2023A EPS): the year
    QChar yearBasis;            // 'A' (actual), 'E' (estimate) or null (unstated)
    // The name says the figure is weekly (周涨跌幅, 周最高价): a period that is not a trading week cannot be it.
    bool weekly = false;

    Period period() const { return Period{from, to}; }
};

ExportHeader parseExportHeader(const QString &header);
// Headers that name a measure (涨跌幅, 收盘价, EPS, PE, 市值, 成交额 …): such a column is never dropped silently.
bool isMeasureHeader(const QString &header);

} // namespace zhisuan::db
