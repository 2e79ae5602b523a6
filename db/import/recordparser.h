#pragma once

#include "csvreader.h"
#include "importplan.h"
#include "securitycodes.h"

#include <QHash>
#include <QSet>
#include <QList>
#include <QString>
#include <QStringList>

#include <vector>

namespace zhisuan::db {

// The values stage of the import: one CSV record into one ImportRecord, every cell read by the vocabulary
// (ValueParser, NumberReader, UnitVocabulary), then the row as a whole: its security code resolved and its kind
// checked against the code's family (SecurityCodes), its period classified (a trading week, or a period return:
// TradingCalendar), and the kind's own rules. Each bad cell gives exactly one issue, at the cell's own line and
// column.
class RecordParser
{
public:
    explicit RecordParser(const ImportPlan &plan);

    // Fills `out`; appends one issue per bad cell. Returns false when the record has errors. `cellErrors` (the
    // wizard's preview), when given, gets each bad cell's message at its column.
    bool parse(const CsvRecord &rec, ImportRecord &out, QList<ImportIssue> *issues, QStringList *cellErrors = nullptr) const;

private:
    struct Row;
    void readCells(const CsvRecord &rec, ImportRecord &out, Row &row) const;
    void resolveCodes(const CsvRecord &rec, ImportRecord &out, Row &row) const;
    void classifyPeriod(const CsvRecord &rec, ImportRecord &out, Row &row) const;
    int columnOf(int field) const;

    const ImportPlan &m_plan;
    QHash<int, QHash<QString, QByteArray>> m_choiceMaps; // field -> normalised spelling -> canonical
    std::vector<Value> m_initial; // per field: Absent when the file has no column and no default for it
    QList<int> m_weeklyColumns;    // columns whose header names a weekly figure (周涨跌幅)
    QList<std::pair<int, QString>> m_priceCurrencies; // price columns whose unit names a currency: column, currency
    SecurityDirectory m_noSecurities;
    // A fault of the file rather than of a row (its columns' period disagrees with its title, a weekly figure over a
    // period that is not a week) is said once, at the first row that shows it.
    mutable QSet<QString> m_saidOnce;
    // The last code resolved, with the name it was resolved with: a file sorted by security (ten years of daily
    // quotes) names the same one row after row, and resolving costs a few copies.
    mutable QByteArray m_lastRawCode, m_lastCode, m_lastCodeName;
    mutable SecurityKind m_lastCodeKind = SecurityKind::Stock;
};

} // namespace zhisuan::db
