#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

#include "result.h"

namespace zhisuan::db {
class Store;
}

namespace zhisuan::app {

// The weekly brief: a multi-page PDF modelled on the brokers' weekly reports, for the calendar week (Monday to
// Sunday) that contains a chosen day. Key points first, then the chosen sections — market review, top movers and
// watchlist, models and products released, traffic, compute-centre news, lockups ahead — each with its figures
// (the dashboards' own charts, drawn as vectors) and tables, every one with its source line; in the UI language.
//
// Charts are widgets, so the brief is built on the GUI thread; `progress` runs between steps (the dialog keeps the
// window responsive there) and can cancel, in which case no file is written.
class WeeklyBrief
{
    Q_DECLARE_TR_FUNCTIONS(WeeklyBrief)
public:
    enum class Section { Market, Movers, Models, Traffic, Centres, Lockups };
    static QList<Section> allSections();
    static QString id(Section section); // market, movers, models, traffic, centres, lockups (--sections)
    static QString title(Section section);
    static bool fromId(const QString &id, Section *section);

    explicit WeeklyBrief(db::Store *store) : m_store(store) {}

    // The analyst's own view, in a box above the key points (paragraphs separated by blank lines); empty: none.
    void setView(const QString &text) { m_view = text; }

    // Writes the brief to `path` atomically: a PDF, or an editable OpenDocument text when `path` ends in .odt.
    // `progress(percent, step)` returns false to cancel: the error's code is then "cancelled" and `path` is as it was.
    db::Result<void> write(const QString &path, const QDate &anyDay, const QList<Section> &sections,
                           const std::function<bool(int, const QString &)> &progress = {});
    int pageCount() const { return m_pages; }

    // The week a brief opens on when none is asked for: the latest week with index or industry returns, as the Market
    // page opens on (the newest week is often a partial one, a lockup list or a valuation snapshot, that would give a
    // brief without a market review); else the latest week with any market data. Its Monday; invalid when the store
    // has no market data. An error when the store cannot be read.
    static db::Result<QDate> latestMarketWeek(db::Store &store);

    // The risk disclosure a brief ends with when the user has set none (settings::briefDisclaimer): the risks of
    // the sector and the usual disclaimer of a sell-side note, in the UI language; paragraphs separated by blank lines.
    static QString defaultDisclaimer();

    // Monday and Sunday of the week that contains `day`.
    static std::pair<QDate, QDate> calendarWeek(const QDate &day);

private:
    db::Store *m_store;
    QString m_view;
    int m_pages = 0;
};

} // namespace zhisuan::app
