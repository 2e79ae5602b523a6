#pragma once

#include "marketanalytics.h"
#include "querytable.h"
#include "result.h"

#include <QDate>
#include <QLocale>
#include <QStringList>

namespace zhisuan::db {

class Store;

// Where the rows a chart or table draws came from: the distinct `source` values of those rows (a row imported
// without one is named by its file), shortened and most rows first. Source lines under charts and in the brief
// are built from this, never from a fixed vendor list.
class SourceCatalog
{
public:
    // The week's returns of `codes` (weekly_return rows, and the files of the daily quotes they were derived from).
    static Result<QStringList> forWeek(Store &store, const TradingWeek &week, const QStringList &codes);
    // Everything recorded for one security or index over time: its weekly returns, the files of its daily quotes,
    // its metrics (PE history).
    static Result<QStringList> forCode(Store &store, const QString &code);
    // Every row of one of the store's fact tables (compute_centre, chip, model_release, benchmark_score, …).
    static Result<QStringList> forTable(Store &store, const QString &table);
    // The weekly visits of `sites` before `before` (the lines of a traffic chart), by the (site, week_start) key.
    static Result<QStringList> forTraffic(Store &store, const QStringList &sites, const QDate &before);
    // The rows a view already read and draws (a filtered map, a chart of some models): their `source` column.
    static QStringList forRows(const QueryTable &rows, const QString &column = QStringLiteral("source"));
    // The same for sources already picked out of the rows drawn (one entry per row).
    static QStringList forSources(const QStringList &perRow);

    // "004 民生证券 计算机周报 2024-08-17 表1 (智能算力产业发展白皮书)" → "民生证券 计算机周报 2024-08-17（智能算力产业发展白皮书）":
    // the seed's number and the table/figure reference go; the primary source in brackets stays; a range of days
    // reads as a range ("2024-07-22..26" → "2024-07-22 至 07-26").
    static QString shorten(const QString &source);
    // The day a stored source was published, by the date its name carries ("001 华福证券 算力周跟踪 2024-08-28 图表5" →
    // 8/28; a weekly's range "2024-07-22..26" → its last day, 7/26); invalid when it names none.
    static QDate publishedOn(const QString &source);
    // One row's source as a detail panel shows it, its primary source first: on a Chinese interface as stored with
    // its table or figure ("iFinD，民生证券 计算机周报 2024-08-17 表4"); on another shortened, and in English where a part
    // has an English name ("iFinD; Minsheng Securities Computer Weekly 2024-08-17"), else as written (issue 29).
    static QString shown(const QString &source, const QLocale &locale = QLocale());
    // A source line as the reports print theirs: the primary sources the rows' reports state first, each once, then
    // the reports and files ("iFinD，民生证券 计算机周报 2024-08-17"; "iFinD; Minsheng Securities Computer Weekly
    // 2024-08-17" on an English locale, LocalNames::showSource); at most `max` of each, "… and N more" after.
    static QString line(const QStringList &sources, int max = 3);
    // Only the primary sources the sources state ("Wind, iFinD, Similarweb"), each once, in the interface language;
    // empty when none states one (the brief's disclosure names them, and claims none that no row states).
    static QString primaries(const QStringList &sources);
};

} // namespace zhisuan::db
