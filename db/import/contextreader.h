#pragma once

#include "exportheader.h"
#include "importplan.h"
#include "result.h"

#include <QList>
#include <QString>

#include <optional>

namespace zhisuan::db {

// What a file says outside its rows about the dates and the security of its figures, gathered from everywhere it can
// say it: title and footer lines (涨跌幅区间为 2024 年 8 月 12 日至 2024 年 8 月 16 日, 数据截至 …, a single-security
// export's 创业板指(399006.SZ)), a terminal's header parameters (区间涨跌幅[起始交易日期]20241104[截止交易日期]…),
// --week and --as-of. Every statement is kept with where it was made; agree() turns them into one StatedContext,
// or refuses the file where two of them disagree: no date silently wins over another.
class ContextReader
{
public:
    struct Claim
    {
        Period period;     // a day is a period of one day
        QString where;     // as the user should read it: “区间涨跌幅[…]” (line 2), the title “…”, --week
        qint64 line = 0;   // 0: not at a known place in the file (--week); < 0: a footer's line counted from the file's end
        qint64 column = 0;
    };

    // A title or footer line (one cell of text): the period or date it states, and a security in its title. `line` is
    // the line's number, or minus its number counted from the end for a footer read in the file's tail (an error
    // then carries that negative line, which the caller turns into the line's number: ImportJob::plan).
    void addLine(const QString &text, qint64 line);
    // A header cell's parameters (a period or a date).
    void addHeader(const ExportHeader &parsed, const QString &text, qint64 line, qint64 column);
    // --week: the trading week of any day in it. --as-of: the date of a snapshot.
    void addWeek(const QDate &anyDay);
    void addAsOf(const QDate &day);

    // The statements made into one context. `periodFigures`: the file's figures cover the period (returns), so a
    // date stated beside a period (the 收盘价 of 交易日期) must be the period's last trading day.
    Result<StatedContext> agree(bool periodFigures) const;

    // Whether the file stated any period or date at all.
    bool isEmpty() const { return m_periods.isEmpty() && m_days.isEmpty(); }

private:
    QList<Claim> m_periods, m_days;
    std::optional<Claim> m_week;
    QByteArray m_code;
    QString m_codeName;
};

} // namespace zhisuan::db
