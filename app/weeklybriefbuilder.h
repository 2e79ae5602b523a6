#pragma once

// The weekly brief's builder, shared by weeklybrief.cpp (the market sections and the document) and
// weeklybriefsections.cpp (models, traffic, centres, lockups). Not part of the app's interface: WeeklyBrief is.

#include "chartcatalog.h"
#include "marketcharts.h"
#include "marketview.h"
#include "marketweek.h"
#include "querytable.h"
#include "reportdocument.h"
#include "store.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <memory>

namespace zhisuan::widgets {
class ChinaMapView;
class HistoryChartView;
class ReturnBarChartView;
} // namespace zhisuan::widgets

namespace zhisuan::app::brief {

using Table = widgets::ReportDocument::Table;

QString number(const QVariant &v, int decimals = 2);
// A figure as the source gives it, no digits added: 405 and 7.5, not 405.0 (issue 29); empty for none.
QString asGiven(const QVariant &v);
// An event's organisation in the interface language: the dataset's English name (国资委 → SASAC), else as the
// vocabulary says it.
QString organisation(const db::QueryTable &events, int row);
QString signedNumber(double v);
bool inWeek(const QVariant &isoDate, const QDate &monday, const QDate &sunday);
// Whether stored text reads in the interface language: any text on a Chinese page, text without Han characters on
// an English one (a title the store has only in Chinese is shown alone in a table cell, never inside a sentence).
bool inInterfaceLanguage(const QString &text);
// A security inside a sentence: by its name in the interface language, else by the name as stored with its code
// (立方控股 has no English name: an English key point says "立方控股 (833030.BJ)", as the tables name it; issue 29).
QString inSentence(const QString &name, const QString &code);
// A page's summary as plain text (its line breaks as semicolons).
QString plain(QString html);
// A table of the Market page as the page shows it (its columns, in the order read, cells formatted as its panel's).
Table marketTable(MarketCharts::Table which, const db::QueryTable &rows);
ChartCatalog::Chart catalogued(const QString &id);

// Builds the brief's blocks section by section, in the UI language (the context is WeeklyBrief's).
class Builder
{
    Q_DECLARE_TR_FUNCTIONS(WeeklyBrief)
public:
    Builder(db::Store *store, widgets::ReportDocument &doc, const QDate &monday);
    ~Builder();
    void addMarket();
    void addMovers();
    void addModels();
    void addTraffic();
    void addCentres();
    void addLockups();
    void addCentresMap();
    // What the lockup list covers, under its table; `partial`: the list may miss expiries of the window.
    QString lockupCoverage(const QDate &asOf, const QDate &windowEnd, bool *partial);
    QStringList keyPoints() const { return m_points; } // gathered as the sections are written
    // Where the brief's figures come from, said once at its end: the primary sources its source lines name (issue 29).
    QString disclosure() const;
    // What could not be read from the store: a brief with holes is not written.
    const QList<db::Error> &errors() const { return m_errors; }

private:
    // The Market page's week as the page computes it, without building the page: its charts are drawn by charts of
    // the brief's own, so that the user's window keeps its week.
    void needMarket();
    QString marketPointWithoutReturns() const;
    // A table of at most kMaxRows rows, and a line saying how many there are: a brief stays a brief when an import
    // brings hundreds of lockups or centres. (The brief is for clients, who have no pages of ours to look at.)
    void addTable(Table table);
    static constexpr int kMaxRows = 40;
    // A source line, its sources kept for the disclosure; the distinct sources of some rows (`fallback` when none).
    QString cite(const QStringList &shortened);
    QString sources(const db::QueryTable &t, const QList<int> &rows, const QString &fallback);
    // Whether a row's as-of date is after the brief's week: what the week could not know (issue 29).
    bool knownAfterTheWeek(const QVariant &asOf) const
    {
        const QDate d = QDate::fromString(asOf.toString().left(10), Qt::ISODate);
        return d.isValid() && d > m_sunday;
    }
    QStringList m_cited;

    db::Store *m_store;
    widgets::ReportDocument &m_doc;
    const QDate m_monday, m_sunday;
    const QHash<QString, QString> m_labels;
    db::MarketAnalytics::Settings m_marketSettings;
    db::MarketWeek m_marketLoaded;
    MarketView m_marketView;
    std::unique_ptr<widgets::ReturnBarChartView> m_returnsChart, m_rankingChart, m_watchlistChart;
    bool m_marketRead = false;
    std::unique_ptr<widgets::ChinaMapView> m_centresMap; // the Centres page's map, without the page
    std::unique_ptr<widgets::HistoryChartView> m_trafficChart;
    bool m_marketWeek = false; // the store has market data in the brief's week (the page has the week in its list)
    db::TradingWeek m_tradingWeek; // Monday to the week's last day with market data
    // A market figure's title: the catalogue's, or, when the week's data end before its Friday (returns over
    // Monday to Wednesday), the window's by its dates, not a week's move (as the export titles it).
    QString marketTitle(const QString &id, const QWidget *chart) const
    {
        const ChartCatalog::Chart c = catalogued(id);
        const bool partial = m_tradingWeek.end.isValid() && m_tradingWeek.end < m_tradingWeek.start.addDays(4);
        return partial ? ChartCatalog::exportTitle(c, chart, m_tradingWeek) : c.title;
    }
    QStringList m_points;
    QList<db::Error> m_errors;
};

} // namespace zhisuan::app::brief
