#include "sourcecatalog.h"

#include "briefqueries.h"
#include "localnames.h"

#include "store.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>

#include <algorithm>
#include <limits>
#include <tuple>
#include <vector>

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

// "2024-07-22..26", the dataset's shorthand for the week report 000 covers ("计算机行业周报（2024.7.22—2024.7.26）"), as a
// reader writes a range: "2024-07-22 至 07-26" (said "2024-07-22 to 07-26" in English by LocalNames::sourceEnglish).
const QRegularExpression &dayRange()
{
    static const QRegularExpression range(QStringLiteral("(\\d{4})-(\\d{2})-(\\d{2})\\.\\.(?:(\\d{4})-)?(?:(\\d{2})-)?(\\d{2})\\b"));
    return range;
}

QString readableRange(QString s)
{
    const QRegularExpression &range = dayRange();
    for (auto m = range.match(s); m.hasMatch(); m = range.match(s, m.capturedStart() + 1)) {
        const QString year = m.captured(4).isEmpty() ? m.captured(1) : m.captured(4);
        const QString month = m.captured(5).isEmpty() ? m.captured(2) : m.captured(5);
        const QString end = (year == m.captured(1) ? QString() : year + QLatin1Char('-')) + month + QLatin1Char('-') + m.captured(6);
        s.replace(m.capturedStart(), m.capturedLength(), QStringLiteral("%1-%2-%3 至 %4").arg(m.captured(1), m.captured(2), m.captured(3), end));
    }
    return s;
}

// A source taken apart: the primary sources a report names for its figure or table (the bracket: "Wind，iFinD") and
// the report or file that printed them.
struct Cited
{
    QStringList primaries;
    QString report;
};

const QRegularExpression &trailingBracket()
{
    static const QRegularExpression bracket(QStringLiteral("\\s*[(（]([^)）]*)[)）]\\s*$"));
    return bracket;
}

// The names in a bracket, unless it is a note with figures ("位列全行业第 11 名", "0826-0828"), which names no source.
QStringList primaryNames(const QString &bracket)
{
    static const QRegularExpression digit(QStringLiteral("\\d"));
    static const QRegularExpression comma(QStringLiteral("\\s*[，,、；;]\\s*"));
    if (bracket.contains(digit))
        return {};
    QStringList out;
    for (const QString &name : bracket.split(comma, Qt::SkipEmptyParts))
        if (!out.contains(name.trimmed()))
            out << name.trimmed();
    return out;
}

Cited cite(const QString &shortened)
{
    Cited c;
    c.report = shortened.trimmed();
    if (const auto m = trailingBracket().match(c.report); m.hasMatch()) {
        c.primaries = primaryNames(m.captured(1));
        if (!c.primaries.isEmpty())
            c.report.truncate(m.capturedStart());
    }
    return c;
}

// The primary sources first, then the reports and files, each once, as the reports print a source line
// ("来源：Wind，iFinD，华福证券研究所"); at most `max` of each, "… and N more" after.
QString joinCited(const QStringList &sources, int max, const QLocale &locale)
{
    QStringList primaries, reports;
    for (const QString &s : sources) {
        const Cited c = cite(s);
        for (const QString &p : c.primaries)
            if (!primaries.contains(p))
                primaries << p;
        if (!c.report.isEmpty() && !reports.contains(c.report))
            reports << c.report;
    }
    reports.removeIf([&primaries](const QString &r) { return primaries.contains(r); }); // a file's own "Wind" source
    const auto shown = [&locale, max](const QStringList &names) {
        QStringList out;
        for (const QString &n : names.mid(0, max))
            out << LocalNames::showSource(n, locale);
        return out;
    };
    const QString separator = QCoreApplication::translate("SourceCatalog", "; ");
    const QString primaryLine = shown(primaries).join(QCoreApplication::translate("SourceCatalog", ", ", "between primary sources"));
    const QString reportLine = shown(reports).join(separator);
    QString line = primaryLine.isEmpty() || reportLine.isEmpty()
                       ? primaryLine + reportLine
                       : QCoreApplication::translate("SourceCatalog", "%1; %2", "primary sources, then the reports citing them").arg(primaryLine, reportLine);
    const int more = int(std::max<qsizetype>(0, primaries.size() - max) + std::max<qsizetype>(0, reports.size() - max));
    if (more > 0)
        line = QCoreApplication::translate("SourceCatalog", "%1 and %n more", nullptr, more).arg(line);
    return line;
}

} // namespace

QString SourceCatalog::shorten(const QString &source)
{
    QString s = source.trimmed();
    if (s.startsWith(QLatin1String("file:"))) // a row without a source, named by its file (never with a bracket)
        return QFileInfo(s.mid(5)).fileName();
    QStringList primaries;
    if (const auto m = trailingBracket().match(s); m.hasMatch()) {
        // A named source (白皮书, Similarweb) stays; a note with figures ("位列全行业第 11 名") is not a source.
        primaries = primaryNames(m.captured(1));
        s.truncate(m.capturedStart());
    }
    static const QRegularExpression seedNumber(QStringLiteral("^\\d{3}\\s+"));
    static const QRegularExpression reference(QStringLiteral("\\s+(?:表|图表|图)[0-9０-９]+[^\\s(（]*|\\s+市场回顾"));
    s = readableRange(s.remove(seedNumber)).remove(reference).trimmed();
    const QString primary = primaries.join(QStringLiteral("，"));
    if (!primary.isEmpty())
        s += s.isEmpty() ? primary : QStringLiteral("（%1）").arg(primary);
    return s;
}

QDate SourceCatalog::publishedOn(const QString &source)
{
    // A range of days counts by its last ("2024-07-29..08-02" → 8/2); else the first date the name carries.
    if (const auto m = dayRange().match(source); m.hasMatch())
        return QDate(m.captured(4).isEmpty() ? m.captured(1).toInt() : m.captured(4).toInt(),
                     m.captured(5).isEmpty() ? m.captured(2).toInt() : m.captured(5).toInt(), m.captured(6).toInt());
    static const QRegularExpression day(QStringLiteral("\\b(\\d{4}-\\d{2}-\\d{2})\\b"));
    const auto m = day.match(source);
    return m.hasMatch() ? QDate::fromString(m.captured(1), Qt::ISODate) : QDate();
}

QString SourceCatalog::shown(const QString &source, const QLocale &locale)
{
    if (locale.language() != QLocale::Chinese)
        return joinCited({shorten(source)}, std::numeric_limits<int>::max(), locale);
    // On a Chinese interface the row's source as stored, with its table or figure, the primary source first as the
    // reports print it ("iFinD，民生证券 计算机周报 2024-08-17 表4") and without the dataset's seed number.
    static const QRegularExpression seedNumber(QStringLiteral("^\\d{3}\\s+"));
    QString s = readableRange(source.trimmed().remove(seedNumber));
    QStringList primaries;
    if (const auto m = trailingBracket().match(s); m.hasMatch()) {
        primaries = primaryNames(m.captured(1));
        if (!primaries.isEmpty())
            s.truncate(m.capturedStart());
    }
    if (primaries.isEmpty())
        return s;
    return QCoreApplication::translate("SourceCatalog", "%1; %2", "primary sources, then the reports citing them")
        .arg(primaries.join(QCoreApplication::translate("SourceCatalog", ", ", "between primary sources")), s.trimmed());
}

QString SourceCatalog::line(const QStringList &sources, int max)
{
    return joinCited(sources, max, QLocale());
}

QString SourceCatalog::primaries(const QStringList &sources)
{
    QStringList names;
    for (const QString &s : sources)
        for (const QString &p : cite(s).primaries)
            if (!names.contains(p))
                names << p;
    QStringList shown;
    for (const QString &n : std::as_const(names))
        shown << LocalNames::showSource(n);
    return shown.join(QCoreApplication::translate("SourceCatalog", ", ", "between primary sources"));
}

Result<QStringList> SourceCatalog::forWeek(Store &store, const TradingWeek &week, const QStringList &codesIn)
{
    Tally tally;
    if (!week.isValid() || codesIn.isEmpty())
        return QStringList();
    // A weekly return is what the views use when there is one; else a return over the week's days so far (Monday to
    // Wednesday), which the views show for the week; else the daily quotes (no source column, a big table: named by
    // the files they came from). One read per table for all the codes still without a row, one round trip each on a
    // team store (a code per read took three round trips per code).
    static const QString weekly = QStringLiteral(
        "SELECT w.code, coalesce(w.source, 'file:' || b.file_name), count(*) FROM weekly_return w "
        "LEFT JOIN import_batch b ON b.id = w.batch_id WHERE w.week_start = ? AND w.code IN (%1) GROUP BY 1, 2");
    static const QString partial = QStringLiteral(
        "SELECT p.code, coalesce(p.source, 'file:' || b.file_name), count(*) FROM period_return p "
        "LEFT JOIN import_batch b ON b.id = p.batch_id WHERE p.week_start = ? AND p.code IN (%1) GROUP BY 1, 2");
    static const QString daily = QStringLiteral(
        "SELECT d.code, 'file:' || b.file_name, count(*) FROM daily_bar d JOIN import_batch b ON b.id = d.batch_id "
        "WHERE d.trade_date BETWEEN ? AND ? AND d.code IN (%1) GROUP BY 1, 2");
    const QString start = week.start.toString(Qt::ISODate), end = week.end.toString(Qt::ISODate);
    QStringList codes = codesIn;
    codes.removeDuplicates();
    struct Found
    {
        int code, table;
        QString source;
        qint64 rows;
    };
    std::vector<Found> found;
    int table = 0;
    for (const auto &[sql, dates] : {std::pair{weekly, QVariantList{start}}, std::pair{partial, QVariantList{start}},
                                     std::pair{daily, QVariantList{start, end}}}) {
        if (codes.isEmpty())
            break;
        QVariantList binds = dates;
        for (const QString &code : std::as_const(codes))
            binds << code;
        const QString marks = QStringList(codes.size(), QStringLiteral("?")).join(QLatin1Char(','));
        auto rows = store.select(QCoreApplication::translate("SourceCatalog", "Cannot read where the data came from"), sql.arg(marks), binds);
        if (!rows)
            return rows.error();
        for (const QVariantList &row : rows.value().rows())
            found.push_back({int(codesIn.indexOf(row.value(0).toString())), table, row.value(1).toString(), row.value(2).toLongLong()});
        ++table;
        for (const Found &f : found)
            codes.removeAll(codesIn.value(f.code));
    }
    // Met in the order of the codes, as one read per code met them: ties in the count keep that order.
    std::sort(found.begin(), found.end(), [](const Found &a, const Found &b) {
        return std::tie(a.code, a.table, a.source) < std::tie(b.code, b.table, b.source);
    });
    for (const Found &f : found)
        tally.add(f.source, f.rows);
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
