#include "sourcecatalog.h"

#include "briefqueries.h"
#include "localnames.h"

#include "store.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>

#include <algorithm>

namespace zhisuan::db {

namespace {

// The tables a source line can be asked for: their names go into SQL text, so only these.
const QStringList kFactTables{
    QStringLiteral("organisation"),  QStringLiteral("compute_centre"), QStringLiteral("chip"),
    QStringLiteral("ai_model"),      QStringLiteral("model_release"),  QStringLiteral("event"),
    QStringLiteral("benchmark_score"), QStringLiteral("api_price"),    QStringLiteral("site_traffic"),
    QStringLiteral("app_download"),  QStringLiteral("valuation"),      QStringLiteral("security_snapshot"),
    QStringLiteral("lockup"),        QStringLiteral("weekly_return"),  QStringLiteral("metric"),
};

// Counts per shortened source, kept in order of first sight so that ties stay stable.
struct Tally
{
    QStringList order;
    QHash<QString, qint64> rows;
    void add(const QString &raw, qint64 n)
    {
        const QString s = SourceCatalog::shorten(raw);
        if (s.isEmpty())
            return;
        if (!rows.contains(s))
            order << s;
        rows[s] += n;
    }
    QStringList sorted() const
    {
        QStringList out = order;
        std::stable_sort(out.begin(), out.end(), [this](const QString &a, const QString &b) { return rows[a] > rows[b]; });
        return out;
    }
};

// One read of (source, row count) pairs into the tally, in one round trip on a team store: whether it found any.
Result<bool> tallyRead(Store &store, Tally &tally, const QString &sql, const QVariantList &binds = {})
{
    auto rows = store.select(QCoreApplication::translate("SourceCatalog", "Cannot read where the data came from"), sql, binds);
    if (!rows)
        return rows.error();
    for (const QVariantList &row : rows.value().rows())
        tally.add(row.value(0).toString(), row.value(1).toLongLong());
    return !rows.value().rows().isEmpty();
}

} // namespace

QString SourceCatalog::shorten(const QString &source)
{
    QString s = source.trimmed();
    if (s.startsWith(QLatin1String("file:")))
        return QFileInfo(s.mid(5)).fileName();
    static const QRegularExpression seedNumber(QStringLiteral("^\\d{3}\\s+"));
    static const QRegularExpression reference(QStringLiteral("\\s+(?:表|图表|图)[0-9０-９]+[^\\s(（]*|\\s+市场回顾"));
    static const QRegularExpression bracket(QStringLiteral("\\s*[(（]([^)）]*)[)）]\\s*$"));
    s.remove(seedNumber);
    QString primary;
    if (const auto m = bracket.match(s); m.hasMatch()) {
        // A named source (白皮书, Similarweb) stays; a note with figures ("位列全行业第 11 名") is not a source.
        static const QRegularExpression digit(QStringLiteral("\\d"));
        if (!m.captured(1).contains(digit))
            primary = m.captured(1).trimmed();
        s.truncate(m.capturedStart());
    }
    s.remove(reference);
    s = s.trimmed();
    if (!primary.isEmpty())
        s += s.isEmpty() ? primary : QStringLiteral("（%1）").arg(primary);
    return s;
}

QString SourceCatalog::shown(const QString &source, const QLocale &locale)
{
    if (locale.language() == QLocale::Chinese)
        return source;
    return LocalNames::sourceEnglish(shorten(source));
}

QString SourceCatalog::line(const QStringList &sources, int max)
{
    const QString separator = QCoreApplication::translate("SourceCatalog", "; ");
    QStringList shown; // in the interface language: an English line names the brokers and reports in English
    for (const QString &s : sources.mid(0, max))
        shown << LocalNames::showSource(s);
    if (sources.size() <= max)
        return shown.join(separator);
    return QCoreApplication::translate("SourceCatalog", "%1 and %n more", nullptr, int(sources.size()) - max)
        .arg(shown.join(separator));
}

Result<QStringList> SourceCatalog::forWeek(Store &store, const TradingWeek &week, const QStringList &codes)
{
    Tally tally;
    if (!week.isValid() || codes.isEmpty())
        return QStringList();
    static const QString weekly = QStringLiteral(
        "SELECT coalesce(w.source, 'file:' || b.file_name), count(*) FROM weekly_return w "
        "LEFT JOIN import_batch b ON b.id = w.batch_id WHERE w.week_start = ? AND w.code = ? GROUP BY 1");
    static const QString partial = QStringLiteral(
        "SELECT coalesce(p.source, 'file:' || b.file_name), count(*) FROM period_return p "
        "LEFT JOIN import_batch b ON b.id = p.batch_id WHERE p.week_start = ? AND p.code = ? GROUP BY 1");
    // Daily quotes have no source column (a big table): they are named by the files they came from.
    static const QString daily = QStringLiteral(
        "SELECT 'file:' || b.file_name, count(*) FROM daily_bar d JOIN import_batch b ON b.id = d.batch_id "
        "WHERE d.code = ? AND d.trade_date BETWEEN ? AND ? GROUP BY 1");
    const QString start = week.start.toString(Qt::ISODate), end = week.end.toString(Qt::ISODate);
    for (const QString &code : codes) {
        // A weekly return is what the views use when there is one; else a return over the week's days so far
        // (Monday to Wednesday), which the views show for the week; else the daily quotes.
        auto found = tallyRead(store, tally, weekly, {start, code});
        if (found && !found.value())
            found = tallyRead(store, tally, partial, {start, code});
        if (found && !found.value())
            found = tallyRead(store, tally, daily, {code, start, end});
        if (!found)
            return found.error();
    }
    return tally.sorted();
}

Result<QStringList> SourceCatalog::forCode(Store &store, const QString &code)
{
    Tally tally;
    // Each by an index on the code (weekly_return, daily_bar) or the subject (metric).
    for (const char *sql : {"SELECT coalesce(w.source, 'file:' || b.file_name), count(*) FROM weekly_return w "
                            "LEFT JOIN import_batch b ON b.id = w.batch_id WHERE w.code = ? GROUP BY 1",
                            "SELECT 'file:' || b.file_name, count(*) FROM daily_bar d JOIN import_batch b ON b.id = d.batch_id "
                            "WHERE d.code = ? GROUP BY 1",
                            "SELECT coalesce(m.source, 'file:' || b.file_name), count(*) FROM metric m "
                            "LEFT JOIN import_batch b ON b.id = m.batch_id WHERE m.subject = ? GROUP BY 1"})
        if (auto read = tallyRead(store, tally, QString::fromLatin1(sql), {code}); !read)
            return read.error();
    return tally.sorted();
}

Result<QStringList> SourceCatalog::forTraffic(Store &store, const QStringList &sites, const QDate &before)
{
    // The rows trafficHistory draws, by the same key (in the plan test): not every site's ten years (130k rows).
    Tally tally;
    const QString sql = store.text(BriefQueries::trafficSourcesOfSite), to = before.toString(Qt::ISODate);
    for (const QString &site : sites)
        if (auto read = tallyRead(store, tally, sql, {site, to}); !read)
            return read.error();
    return tally.sorted();
}

Result<QStringList> SourceCatalog::forTable(Store &store, const QString &table)
{
    if (!kFactTables.contains(table))
        return Error{QStringLiteral("view"), QStringLiteral("SourceCatalog: no source line for “%1”").arg(table), {}};
    Tally tally;
    const QString sql = QStringLiteral("SELECT coalesce(t.source, 'file:' || b.file_name), count(*) FROM %1 t "
                                       "LEFT JOIN import_batch b ON b.id = t.batch_id GROUP BY 1").arg(table);
    if (auto read = tallyRead(store, tally, sql); !read)
        return read.error();
    return tally.sorted();
}

QStringList SourceCatalog::forRows(const QueryTable &rows, const QString &column)
{
    const int c = rows.column(column);
    Tally tally;
    if (c >= 0)
        for (const QVariantList &row : rows.rows)
            tally.add(row.value(c).toString(), 1);
    return tally.sorted();
}

QStringList SourceCatalog::forSources(const QStringList &perRow)
{
    Tally tally;
    for (const QString &s : perRow)
        tally.add(s, 1);
    return tally.sorted();
}

} // namespace zhisuan::db
