#include "importjob.h"

#include "csvreader.h"
#include "pgcopywriter.h"
#include "sha256hasher.h"
#include "steptimer.h"
#include "store.h"
#include "textdecoder.h"
#include "tradingdayrepository.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QtConcurrent>

#include <sqlite3.h>

#include <atomic>
#include <set>
#include <vector>

namespace zhisuan::db {

namespace {

// The field names users meet in notes and the wizard, in their language.
const char *const fieldLabels[] = {
    QT_TRANSLATE_NOOP("ImportField", "week_start"), QT_TRANSLATE_NOOP("ImportField", "week_end"),
    QT_TRANSLATE_NOOP("ImportField", "as_of"),      QT_TRANSLATE_NOOP("ImportField", "trade_date"),
    QT_TRANSLATE_NOOP("ImportField", "return_pct"), QT_TRANSLATE_NOOP("ImportField", "close"),
    QT_TRANSLATE_NOOP("ImportField", "code"),       QT_TRANSLATE_NOOP("ImportField", "name"),
    QT_TRANSLATE_NOOP("ImportField", "expiry_date"), QT_TRANSLATE_NOOP("ImportField", "month"),
    QT_TRANSLATE_NOOP("ImportField", "pe_ttm"),     QT_TRANSLATE_NOOP("ImportField", "pb"),
    QT_TRANSLATE_NOOP("ImportField", "market_cap_cny"), QT_TRANSLATE_NOOP("ImportField", "price"),
};

QString fieldLabel(const QString &key)
{
    for (const char *label : fieldLabels)
        if (key == QLatin1String(label))
            return QCoreApplication::translate("ImportField", label);
    return key;
}

bool isFooter(const CsvRecord &rec)
{
    int nonEmpty = 0;
    QByteArrayView first;
    for (const auto &f : rec.fields) {
        if (!ValueParser::isMissingText(f)) {
            if (++nonEmpty == 1)
                first = f;
        }
    }
    if (nonEmpty != 1)
        return false;
    static const QStringList prefixes{QStringLiteral("数据来源"), QStringLiteral("资料来源"), QStringLiteral("来源"),
                                      QStringLiteral("注"), QStringLiteral("备注"), QStringLiteral("说明"),
                                      QStringLiteral("*"), QStringLiteral("source"), QStringLiteral("note"),
                                      QStringLiteral("数据截至"), QStringLiteral("("), QStringLiteral("（"),
                                      QStringLiteral("【")};
    const QString text = QString::fromUtf8(first).trimmed();
    for (const QString &p : prefixes)
        if (text.startsWith(p, Qt::CaseInsensitive))
            return true;
    return false;
}

struct AliasHit
{
    int field;
    double scale;
};

QHash<QString, AliasHit> aliasTable(const ImportKind &kind)
{
    QHash<QString, AliasHit> table;
    for (int i = 0; i < kind.fields.size(); ++i)
        for (const HeaderAlias &a : kind.fields[i].aliases)
            table.insert(normaliseHeader(a.header), AliasHit{i, a.scale});
    return table;
}

QList<ColumnMapping> mapHeader(const ImportKind &kind, const QStringList &header, const UserPreset *preset,
                               const QStringList &ignoreColumns, int *score, int *unmappedMeasures)
{
    const auto aliases = aliasTable(kind);
    QList<ColumnMapping> columns;
    QSet<int> used;
    *score = 0;
    *unmappedMeasures = 0;
    for (int c = 0; c < header.size(); ++c) {
        ColumnMapping m;
        m.column = c;
        m.header = header[c];
        m.parsed = parseExportHeader(header[c]);
        m.measure = isMeasureHeader(header[c]);
        const QString h = normaliseHeader(header[c]);
        if (ignoreColumns.contains(header[c].trimmed()))
            m.ignored = true;
        if (preset) {
            // "-" in a mapping means: do not import this column, whatever its header says.
            const auto it = preset->mapping.constFind(header[c].trimmed());
            if (it != preset->mapping.constEnd()) {
                m.ignored = m.ignored || *it == QLatin1String("-");
                m.field = m.ignored ? -1 : kind.field(*it);
            }
        }
        if (m.ignored) {
            m.field = -1;
            columns.append(m);
            continue;
        }
        if (m.field < 0) {
            auto it = aliases.constFind(h);
            if (it != aliases.constEnd()) {
                m.field = it->field;
                m.scale = it->scale;
            } else if (m.parsed.parameterised) {
                // A terminal header: its base name with the unit as our aliases write it (总市值(万元)), else the
                // base name alone with the unit converted (收盘价 … [单位]元). An unknown unit is not guessed.
                const QString withUnit = normaliseHeader(m.parsed.base + QLatin1Char('(') + m.parsed.unit + QLatin1Char(')'));
                if (!m.parsed.unit.isEmpty() && (it = aliases.constFind(withUnit)) != aliases.constEnd()) {
                    m.field = it->field;
                    m.scale = it->scale;
                } else if ((it = aliases.constFind(normaliseHeader(m.parsed.base))) != aliases.constEnd()) {
                    const FieldSpec &f = kind.fields[it->field];
                    const bool percent = f.type == FieldType::Percent;
                    const double scale = unitScale(m.parsed.unit);
                    if (percent ? (m.parsed.unit.isEmpty() || m.parsed.unit == QLatin1String("%")) : scale > 0) {
                        m.field = it->field;
                        m.scale = percent ? 1.0 : it->scale * scale;
                    }
                }
            }
        }
        if (m.field >= 0 && used.contains(m.field))
            m.field = -1; // the first column for a field wins
        if (m.field >= 0) {
            used.insert(m.field);
            ++*score;
        } else if (kind.takesExtraColumns && !h.isEmpty() && (!kind.acceptsExtra || kind.acceptsExtra(header[c]))) {
            m.extra = true;
        } else if (m.measure) {
            ++*unmappedMeasures;
        }
        columns.append(m);
    }
    // For table-shaped kinds (a benchmark matrix, 2021EPS columns) the value columns are part of the evidence.
    for (const ColumnMapping &m : std::as_const(columns)) {
        if (m.extra) {
            ++*score;
            break;
        }
    }
    return columns;
}

// Title and footer lines often say which week or date the table covers:
// "涨幅区间为 2024 年 8 月 12 日至 2024 年 8 月 16 日", "数据截至 2024 年 8 月 16 日".
void scanContextDates(const QStringList &lines, QDate *rangeStart, QDate *rangeEnd, QDate *asOf, QString *where)
{
    static const QString date = QStringLiteral("(\\d{4})\\s*[年\\-/.]\\s*(\\d{1,2})\\s*[月\\-/.]\\s*(\\d{1,2})\\s*日?");
    static const QRegularExpression range(date + QStringLiteral("\\s*(?:至|到|~|—|-{1,2})\\s*") + date);
    static const QRegularExpression single(QStringLiteral("(?:截至|截止|as of)\\s*") + date, QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression closing(date + QStringLiteral("\\s*收盘"));
    for (const QString &line : lines) {
        if (auto m = range.match(line); m.hasMatch() && !rangeStart->isValid()) {
            *rangeStart = QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
            *rangeEnd = QDate(m.captured(4).toInt(), m.captured(5).toInt(), m.captured(6).toInt());
            *where = line.trimmed();
        }
        for (const auto &re : {single, closing}) {
            if (auto m = re.match(line); m.hasMatch() && !asOf->isValid()) {
                *asOf = QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
                if (where->isEmpty())
                    *where = line.trimmed(); // "（注：股价为 2024 年 8 月 16 日收盘价）": the note says where the date came from
            }
        }
    }
}

// A weekly table that gives one end of the week per row (交易日期 = the Friday) implies the other: the trading
// week runs Monday to Friday (RecordParser fills it in).
bool impliedByOtherEnd(const ImportKind &kind, const QList<ColumnMapping> &columns, const QString &key)
{
    if (kind.id != QLatin1String("weekly_returns"))
        return false;
    const QString other = key == QLatin1String("week_start") ? QStringLiteral("week_end")
                          : key == QLatin1String("week_end") ? QStringLiteral("week_start")
                                                             : QString();
    const int f = other.isEmpty() ? -1 : kind.field(other);
    for (const ColumnMapping &c : columns)
        if (f >= 0 && c.field == f)
            return true;
    return false;
}

QString choiceExpectation(const FieldSpec &f)
{
    QStringList accepted;
    for (const auto &[canonical, spellings] : f.choices)
        accepted << spellings.value(0, canonical) + QStringLiteral("/") + canonical;
    return accepted.join(QStringLiteral(", "));
}

struct RecordParser
{
    const ImportPlan &plan;
    QHash<int, QHash<QString, QByteArray>> choiceMaps; // field -> normalised spelling -> canonical
    int weekStart = -1, weekEnd = -1;
    std::vector<Value> initial; // per field: Absent when the file has no column and no default for it

    explicit RecordParser(const ImportPlan &p) : plan(p)
    {
        initial.assign(size_t(plan.kind->fields.size()), Value(Absent{}));
        for (const ColumnMapping &m : plan.columns)
            if (m.field >= 0)
                initial[size_t(m.field)] = Value();
        for (auto it = plan.defaults.constBegin(); it != plan.defaults.constEnd(); ++it)
            initial[size_t(it.key())] = it.value();
        for (int i = 0; i < plan.kind->fields.size(); ++i) {
            const FieldSpec &f = plan.kind->fields[i];
            for (const auto &[canonical, spellings] : f.choices) {
                choiceMaps[i].insert(canonical.toLower(), canonical.toUtf8());
                for (const QString &s : spellings)
                    choiceMaps[i].insert(s.toLower(), canonical.toUtf8());
            }
        }
        if (plan.kind->id == QLatin1String("weekly_returns")) {
            weekStart = plan.kind->field(QStringLiteral("week_start"));
            weekEnd = plan.kind->field(QStringLiteral("week_end"));
        }
    }

    // Fills `out`; appends one issue per bad cell. Returns false when the record has errors.
    bool parse(const CsvRecord &rec, ImportRecord &out, QList<ImportIssue> *issues, QStringList *cellErrors = nullptr) const
    {
        const auto &fields = plan.kind->fields;
        out.line = rec.line;
        out.values = initial;
        out.extras.clear();
        bool ok = true;
        auto fail = [&](int column, const QString &header, const QString &message) {
            ok = false;
            if (issues)
                issues->append(ImportIssue{plan.displayName,
                                           rec.line,
                                           rec.column(column),
                                           header,
                                           message});
            if (cellErrors && column < cellErrors->size())
                (*cellErrors)[column] = message;
        };
        if (rec.size() > plan.header.size()) {
            for (int c = int(plan.header.size()); c < rec.size(); ++c) {
                if (!ValueParser::isMissingText(rec.fields[size_t(c)])) {
                    fail(c, QString(), QCoreApplication::translate("ImportJob", "expected %1 fields as in the header (line %2), found %3")
                                           .arg(plan.header.size())
                                           .arg(plan.headerLine)
                                           .arg(rec.size()));
                    break;
                }
            }
        }
        for (const ColumnMapping &m : plan.columns) {
            const QByteArrayView raw = m.column < rec.size() ? rec.fields[size_t(m.column)] : QByteArrayView();
            if (m.extra) {
                Value v;
                const QString err = ValueParser::parse(FieldType::Percent, raw, v);
                if (!err.isEmpty())
                    fail(m.column, m.header, m.header + QStringLiteral(": ") + err);
                else
                    out.extras.emplace_back(m.header, v);
                continue;
            }
            if (m.field < 0)
                continue;
            const FieldSpec &f = fields[m.field];
            if (!plan.defaults.isEmpty() && plan.defaults.contains(m.field) && ValueParser::isMissingText(raw))
                continue; // keep the default
            Value v;
            const QString err = ValueParser::parse(f.type, raw, v, m.scale);
            if (!err.isEmpty()) {
                fail(m.column, m.header, m.header + QStringLiteral(": ") + err);
                continue;
            }
            if (f.type == FieldType::Choice && !isMissing(v)) {
                const QString spelled = QString::fromUtf8(std::get<QByteArray>(v)).trimmed().toLower();
                const auto canonical = choiceMaps.value(m.field).value(spelled);
                if (canonical.isEmpty()) {
                    fail(m.column, m.header, m.header + QStringLiteral(": ")
                                                 + QCoreApplication::translate("ImportJob", "expected one of %1, found “%2”")
                                                       .arg(choiceExpectation(f), QString::fromUtf8(raw).trimmed()));
                    continue;
                }
                v = canonical;
            }
            if (f.nonNegative) {
                if (const auto n = std::get_if<double>(&v); n && *n < 0) {
                    fail(m.column, m.header, m.header + QStringLiteral(": ")
                                                 + QCoreApplication::translate("ImportJob", "expected a number ≥ 0, found “%1”")
                                                       .arg(QString::fromUtf8(raw).trimmed()));
                    continue;
                }
                if (const auto n = std::get_if<qint64>(&v); n && *n < 0) {
                    fail(m.column, m.header, m.header + QStringLiteral(": ")
                                                 + QCoreApplication::translate("ImportJob", "expected a number ≥ 0, found “%1”")
                                                       .arg(QString::fromUtf8(raw).trimmed()));
                    continue;
                }
            }
            if (isMissing(v) && f.keepWhenMissing)
                v = Absent{}; // "--" in such a column leaves the stored value (or the column's default) alone
            out.values[size_t(m.field)] = std::move(v);
        }
        if (ok && rec.size() < plan.header.size()) {
            // A short row (checked after its cells, so that a cell cut off mid-value is named first): the cells it
            // lacks would be read as empty and a value in the wrong column could pass for another. Only a missing
            // run of columns nobody imports is allowed (a trailing empty header).
            for (const ColumnMapping &m : plan.columns) {
                if (m.column >= rec.size() && (m.field >= 0 || m.extra)) {
                    fail(rec.size() - 1, QString(), QCoreApplication::translate("ImportJob", "expected %1 fields as in the header (line %2), found %3")
                                                        .arg(plan.header.size())
                                                        .arg(plan.headerLine)
                                                        .arg(rec.size()));
                    return false;
                }
            }
        }
        // A weekly table that gives only one end of the week: the trading week is Monday to Friday.
        if (weekStart >= 0 && weekEnd >= 0) {
            auto &s = out.values[size_t(weekStart)];
            auto &e = out.values[size_t(weekEnd)];
            if (isMissing(s) && !isMissing(e)) {
                const QDate d = QDate::fromString(valueToString(e), Qt::ISODate);
                s = d.addDays(1 - d.dayOfWeek()).toString(Qt::ISODate).toLatin1();
            } else if (isMissing(e) && !isMissing(s)) {
                const QDate d = QDate::fromString(valueToString(s), Qt::ISODate);
                e = d.addDays(5 - d.dayOfWeek()).toString(Qt::ISODate).toLatin1();
            }
        }
        if (ok) {
            QList<RowProblem> problems;
            plan.kind->check(out, problems);
            for (const RowProblem &p : std::as_const(problems)) {
                int column = 0;
                QString header = fields[p.field].key;
                for (const ColumnMapping &m : plan.columns)
                    if (m.field == p.field) {
                        column = m.column;
                        header = m.header;
                    }
                fail(column, header, header + QStringLiteral(": ") + p.message);
            }
        }
        for (int i = 0; i < fields.size(); ++i) {
            if (!fields[i].required || !isMissing(out.values[size_t(i)]))
                continue;
            int column = -1;
            QString header = fields[i].key;
            for (const ColumnMapping &m : plan.columns)
                if (m.field == i) {
                    column = m.column;
                    header = m.header;
                }
            if (column >= 0 && !(cellErrors && !(*cellErrors)[column].isEmpty()) &&
                !(issues && !issues->isEmpty() && issues->last().line == rec.line && issues->last().field == header))
                fail(column, header, header + QStringLiteral(": ") + QCoreApplication::translate("ImportJob", "expected a value, found an empty cell"));
            else if (column < 0)
                fail(0, header, QCoreApplication::translate("ImportJob", "expected a value for “%1”, found none (no column and no default)").arg(header));
        }
        return ok;
    }
};

Result<void> execSql(sqlite3 *db, pg_conn *pg, const char *sql)
{
    if (pg)
        return PgCopyWriter::command(pg, sql);
    if (sqlite3_exec(db, sql, nullptr, nullptr, nullptr) != SQLITE_OK) {
        const QString why = QString::fromUtf8(sqlite3_errmsg(db));
        return Error{QStringLiteral("sql"), why, QString::fromUtf8(sql)};
    }
    return {};
}

// The largest id in a table (daily_bar, import_batch), 0 when it is empty: one seek.
Result<qint64> maxId(sqlite3 *db, pg_conn *pg, const char *table)
{
    const std::string sql = std::string("SELECT COALESCE(MAX(id), 0) FROM ") + table;
    if (pg) {
        auto row = PgCopyWriter::queryOnce(pg, sql.c_str(), {});
        if (!row)
            return row.error();
        const auto *id = row.value().empty() ? nullptr : std::get_if<qint64>(&row.value()[0]);
        return id ? *id : 0;
    }
    sqlite3_stmt *stmt = nullptr;
    if (sqlite3_prepare_v2(db, sql.c_str(), -1, &stmt, nullptr) != SQLITE_OK)
        return Error{QStringLiteral("sql"), QString::fromUtf8(sqlite3_errmsg(db)), {}};
    const int rc = sqlite3_step(stmt);
    const qint64 id = rc == SQLITE_ROW ? sqlite3_column_int64(stmt, 0) : 0;
    sqlite3_finalize(stmt);
    if (rc != SQLITE_ROW)
        return Error{QStringLiteral("sql"), QString::fromUtf8(sqlite3_errmsg(db)), {}};
    return id;
}

// The days of a daily-quote file's rows. A file sorted by security changes day on every row, so a hash of the date
// text cost a lookup and a copy per row; an ISO date (what the parser writes) is a bit of a calendar instead.
class TradeDateSet
{
public:
    void insert(const QByteArray &iso)
    {
        const int day = index(iso);
        if (day < 0) {
            m_other.insert(iso);
            return;
        }
        if (m_bits.empty())
            m_bits.resize(kYears * 12 * 31);
        m_bits[size_t(day)] = true;
    }
    std::set<QByteArray> dates() const
    {
        std::set<QByteArray> all = m_other;
        for (size_t i = 0; i < m_bits.size(); ++i) {
            if (!m_bits[i])
                continue;
            const int year = int(i / (12 * 31)), month = int(i / 31 % 12) + 1, day = int(i % 31) + 1;
            all.insert(QByteArray::number(year).rightJustified(4, '0') + '-' + QByteArray::number(month).rightJustified(2, '0')
                       + '-' + QByteArray::number(day).rightJustified(2, '0'));
        }
        return all;
    }

private:
    static constexpr int kYears = 10000;
    // yyyy-mm-dd with digits where digits belong, as the position in a calendar of 31-day months; -1 otherwise.
    static int index(const QByteArray &iso)
    {
        if (iso.size() != 10 || iso[4] != '-' || iso[7] != '-')
            return -1;
        int v[8];
        const int at[8] = {0, 1, 2, 3, 5, 6, 8, 9};
        for (int k = 0; k < 8; ++k) {
            const char c = iso[at[k]];
            if (c < '0' || c > '9')
                return -1;
            v[k] = c - '0';
        }
        const int year = v[0] * 1000 + v[1] * 100 + v[2] * 10 + v[3];
        const int month = v[4] * 10 + v[5], day = v[6] * 10 + v[7];
        if (month < 1 || month > 12 || day < 1 || day > 31)
            return -1;
        return (year * 12 + month - 1) * 31 + day - 1;
    }
    std::vector<bool> m_bits;
    std::set<QByteArray> m_other;
};

// Used on paths that already report an error: a failing ROLLBACK adds nothing the user can act on.
void rollbackQuietly(sqlite3 *db, pg_conn *pg)
{
    if (pg)
        (void)PgCopyWriter::command(pg, "ROLLBACK");
    else
        sqlite3_exec(db, "ROLLBACK", nullptr, nullptr, nullptr);
}

// The trading-day list on a team store (TradingDayRepository is the SQLite side, on the raw handle).
Result<void> addTradingDays(pg_conn *pg, const std::set<QByteArray> &dates)
{
    if (dates.empty())
        return {};
    QByteArray list;
    for (const QByteArray &date : dates)
        list += (list.isEmpty() ? "" : ",") + date;
    auto r = PgCopyWriter::queryOnce(pg, "INSERT INTO trading_day(trade_date) SELECT unnest(string_to_array($1, ',')) ON CONFLICT DO NOTHING",
                                     {Value(list)});
    if (!r)
        return r.error();
    return {};
}

// The days only (the server probes each day whole, so SQLite's per-code bits are left empty).
Result<TradingDayRepository::BatchDays> tradingDaysOfBatch(pg_conn *pg, qint64 batchId)
{
    auto r = PgCopyWriter::queryOnce(pg, "SELECT string_agg(DISTINCT trade_date, ',') FROM daily_bar WHERE batch_id = $1", {Value(batchId)});
    if (!r)
        return r.error();
    TradingDayRepository::BatchDays days;
    if (const auto *list = r.value().empty() ? nullptr : std::get_if<QByteArray>(&r.value()[0]))
        for (const QByteArray &date : list->split(','))
            days.days[date];
    return days;
}

Result<void> removeUnusedTradingDays(pg_conn *pg, const TradingDayRepository::BatchDays &batch)
{
    if (batch.days.empty())
        return {};
    QByteArray list;
    for (const auto &[date, codes] : batch.days)
        list += (list.isEmpty() ? "" : ",") + date;
    auto r = PgCopyWriter::queryOnce(pg, "DELETE FROM trading_day t WHERE t.trade_date = ANY(string_to_array($1, ',')) AND NOT EXISTS "
                                         "(SELECT 1 FROM daily_bar d WHERE d.trade_date = t.trade_date)",
                                     {Value(list)});
    if (!r)
        return r.error();
    return {};
}

// Imports and rollbacks on one team store take turns (issue 17): each holds this transaction-level advisory lock from
// its first write to its commit, so that two analysts' overlapping files end as one file's rows or the other's, whole,
// and every count is right. The key is "ZHSU".
constexpr qint64 kWriteLockKey = 0x5A485355;

// Who holds the write lock, as the user should read it: "alice (zhisuan: importing w46.csv, since 05:31:02 UTC)".
QString writeLockHolder(pg_conn *pg)
{
    auto r = PgCopyWriter::queryOnce(pg, "SELECT a.usename, a.application_name, to_char(a.xact_start AT TIME ZONE 'UTC', 'HH24:MI:SS') "
                                         "FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid "
                                         "WHERE l.locktype = 'advisory' AND l.granted AND l.classid = 0 AND l.objid = $1 AND l.objsubid = 1 "
                                         "AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database()) LIMIT 1",
                                     {Value(kWriteLockKey)});
    if (!r || r.value().empty())
        return QCoreApplication::translate("ImportJob", "another analyst");
    const QString user = valueToString(r.value()[0]);
    const QString application = valueToString(r.value()[1]);
    const QString since = valueToString(r.value()[2]);
    QStringList about;
    if (!application.isEmpty())
        about << application;
    if (!since.isEmpty())
        about << QCoreApplication::translate("ImportJob", "since %1 UTC").arg(since);
    return about.isEmpty() ? user : QStringLiteral("%1 (%2)").arg(user, about.join(QStringLiteral(", ")));
}

// Takes the team store's write lock inside the open transaction, waiting at most `waitSeconds` for the analyst who
// holds it. `doing` names this session to the others ("importing w46.csv"). A wait is noted; a timeout is an error
// with code "busy" that says who holds the lock.
Result<void> takeWriteLock(pg_conn *pg, const QString &doing, int waitSeconds, QStringList *notes, QString *holderOut = nullptr)
{
    if (auto r = PgCopyWriter::queryOnce(pg, "SELECT set_config('application_name', $1, true)",
                                         {Value((QStringLiteral("zhisuan: ") + doing).left(60).toUtf8())});
        !r)
        return r.error();
    auto got = PgCopyWriter::queryOnce(pg, "SELECT pg_try_advisory_xact_lock($1)", {Value(kWriteLockKey)});
    if (!got)
        return got.error();
    if (!got.value().empty() && valueToString(got.value()[0]) == QLatin1String("t"))
        return {};
    const QString holder = writeLockHolder(pg);
    if (holderOut)
        *holderOut = holder;
    QElapsedTimer waited;
    waited.start();
    if (auto r = PgCopyWriter::command(pg, QByteArray("SET LOCAL lock_timeout = '" + QByteArray::number(qMax(1, waitSeconds)) + "s'").constData()); !r)
        return r.error();
    if (auto r = PgCopyWriter::queryOnce(pg, "SELECT pg_advisory_xact_lock($1)", {Value(kWriteLockKey)}); !r) {
        const int limit = qMax(1, waitSeconds);
        const QString message = QCoreApplication::translate("ImportJob", "The team store is busy: %1 is writing to it and has not "
                                                                         "finished after %n second(s). Nothing was written; try "
                                                                         "again when they have finished.", nullptr, limit);
        return Error{QStringLiteral("busy"), message.arg(holder), r.error().detail};
    }
    if (auto r = PgCopyWriter::command(pg, "SET LOCAL lock_timeout = 0"); !r)
        return r.error();
    if (notes) {
        const int seconds = int(waited.elapsed() / 1000);
        notes->append(QCoreApplication::translate("ImportJob", "Waited %n second(s) for %1 to finish writing to the team store.", nullptr, seconds)
                          .arg(holder));
    }
    return {};
}

// Tells every window open on the team store that a batch changed it; PostgreSQL delivers it when the transaction
// commits, and never when it rolls back.
Result<void> notifyChange(pg_conn *pg, qint64 batchId)
{
    auto r = PgCopyWriter::queryOnce(pg, "SELECT pg_notify('zhisuan_data', $1)", {Value(QByteArray::number(batchId))});
    if (!r)
        return r.error();
    return {};
}

} // namespace

QString ImportReport::updatedFieldsText() const
{
    QStringList parts;
    for (auto it = updatedFields.constBegin(); it != updatedFields.constEnd(); ++it)
        parts << QStringLiteral("%1 (%2)").arg(it.key()).arg(it.value());
    return parts.join(QStringLiteral(", "));
}

QString ImportIssue::toString() const
{
    // A problem with the whole file (it cannot be read, the store is busy) has no place in it: no "file:0:0".
    if (line <= 0)
        return QStringLiteral("%1: %2").arg(file, message);
    if (column <= 0)
        return QStringLiteral("%1:%2: %3").arg(file).arg(line).arg(message);
    return QStringLiteral("%1:%2:%3: %4").arg(file).arg(line).arg(column).arg(message);
}

Result<ImportPlan> ImportJob::plan(const QByteArray &bytes, const QString &displayName, const ImportOptions &options,
                                   const QList<UserPreset> &presets)
{
    return plan(ImportInput::fromBytes(bytes), displayName, options, presets);
}

Result<ImportPlan> ImportJob::plan(const std::shared_ptr<const ImportInput> &input, const QString &displayName,
                                   const ImportOptions &options, const QList<UserPreset> &presets)
{
    ImportPlan plan;
    plan.displayName = displayName;
    plan.input = input;
    plan.window = options.windowBytes > 0 ? options.windowBytes : ImportInput::kWindowBytes;
    plan.rawSize = input->size();
    plan.encoding = options.encoding.isEmpty() ? input->detectEncoding(plan.window) : options.encoding.toUpper();
    // The whole file is read as that encoding once here (remembered by the input), so that a bad byte anywhere
    // refuses the file with its line and column before a row is written, as when the file was read whole.
    if (auto checked = input->check(plan.encoding, plan.window); !checked)
        return checked.error();
    // The head (at least 64 KiB of text, or the whole file) for the delimiter and the title lines; the last 4 KiB
    // for footnotes.
    QByteArray head;
    {
        TextStream text(input, plan.encoding, plan.window);
        while (head.size() < 64 * 1024 && text.readInto(head)) {
        }
        if (text.error())
            return *text.error();
    }
    plan.delimiter = options.delimiter ? options.delimiter : CsvReader::detectDelimiter(QByteArrayView(head).first(qMin<qsizetype>(head.size(), 64 * 1024)));

    const UserPreset *preset = nullptr;
    if (options.mapping) {
        preset = &*options.mapping;
        plan.preset = preset->name;
    } else if (!options.preset.isEmpty()) {
        for (const UserPreset &p : presets)
            if (p.name == options.preset)
                preset = &p;
        if (!preset)
            return Error{QStringLiteral("preset"), QCoreApplication::translate("ImportJob", "there is no preset named “%1”").arg(options.preset), {}};
        plan.preset = preset->name;
    }
    QList<const ImportKind *> candidates;
    const QString forcedKind = preset ? preset->kind : options.kind;
    if (!forcedKind.isEmpty()) {
        const ImportKind *k = ImportKindRegistry::find(forcedKind);
        if (!k)
            return Error{QStringLiteral("kind"), QCoreApplication::translate("ImportJob", "unknown kind “%1”").arg(forcedKind), {}};
        candidates.append(k);
    } else {
        for (const ImportKind &k : ImportKindRegistry::all())
            candidates.append(&k);
    }

    // Context lines: the first and last lines of the file, where exports put titles and footnotes.
    QStringList context;
    {
        const QList<QByteArray> lines = head.left(8192).split('\n');
        for (const QByteArray &l : lines)
            context << QString::fromUtf8(l);
        const QList<QByteArray> tail = TextStream::tail(*input, plan.encoding, 4096).split('\n');
        for (const QByteArray &l : tail)
            context << QString::fromUtf8(l);
    }
    QDate rangeStart, rangeEnd, asOf;
    QString rangeLine;
    scanContextDates(context, &rangeStart, &rangeEnd, &asOf, &rangeLine);
    plan.statedWeekStart = rangeStart;
    plan.statedWeekEnd = rangeEnd;
    if (options.week.isValid()) {
        rangeStart = options.week.addDays(1 - options.week.dayOfWeek());
        rangeEnd = rangeStart.addDays(4);
        rangeLine = QCoreApplication::translate("ImportJob", "the week chosen for this import");
    }
    if (options.asOf.isValid())
        asOf = options.asOf;
    if (!asOf.isValid() && rangeEnd.isValid())
        asOf = rangeEnd;

    TextStream headText(input, plan.encoding, plan.window, false);
    CsvReader reader(headText, plan.delimiter);
    CsvRecord rec;
    int best = -1;
    // With the kind chosen by hand, the first non-blank line is taken as the header if none matches, so that
    // a file with its own headers can be mapped column by column (the report names the unmapped fields).
    QStringList firstHeader;
    qint64 firstHeaderLine = 0;
    for (int n = 0; n < 60 && reader.next(rec); ++n) {
        if (rec.isBlank())
            continue;
        if (firstHeader.isEmpty()) {
            for (int i = 0; i < rec.size(); ++i)
                firstHeader << rec.text(i).trimmed();
            firstHeaderLine = rec.line;
        }
        QStringList header;
        QList<qint64> headerColumns;
        for (int i = 0; i < rec.size(); ++i) {
            header << rec.text(i).trimmed();
            headerColumns << rec.column(i);
        }
        const ImportKind *bestKind = nullptr;
        QList<ColumnMapping> bestColumns;
        QHash<int, Value> bestDefaults;
        int bestUnmapped = 0;
        // Dates in a terminal's headers (区间涨跌幅[起始交易日期]20241104[截止交易日期]20241108) say which week the
        // table covers more precisely than a title line; --week says it more precisely still.
        QDate start = rangeStart, end = rangeEnd, day, snapshot = asOf;
        QString where = rangeLine;
        {
            QDate headerStart, headerEnd, headerDay;
            QString headerWhere;
            for (const QString &text : std::as_const(header)) {
                const ExportHeader e = parseExportHeader(text);
                if (e.range && !headerStart.isValid()) {
                    headerStart = e.from;
                    headerEnd = e.to;
                    headerWhere = text;
                } else if (!e.range && e.from.isValid() && !headerDay.isValid()) {
                    headerDay = e.from;
                    if (headerWhere.isEmpty())
                        headerWhere = text;
                }
            }
            if (headerStart.isValid()) {
                plan.statedWeekStart = headerStart;
                plan.statedWeekEnd = headerEnd;
            }
            if (!options.week.isValid() && headerStart.isValid()) {
                start = headerStart;
                end = headerEnd;
                where = headerWhere;
            }
            day = headerDay.isValid() ? headerDay : headerEnd;
            if (!options.asOf.isValid() && day.isValid()) {
                snapshot = day;
                if (where.isEmpty())
                    where = headerWhere;
            }
        }
        for (const ImportKind *k : std::as_const(candidates)) {
            int score = 0, unmapped = 0;
            auto columns = mapHeader(*k, header, preset, options.ignoreColumns, &score, &unmapped);
            QHash<int, Value> defaults;
            bool complete = true;
            for (int f = 0; f < k->fields.size(); ++f) {
                bool mapped = false;
                for (const auto &c : columns)
                    mapped = mapped || c.field == f;
                const QString &key = k->fields[f].key;
                if (!mapped && key == QLatin1String("week_start") && start.isValid())
                    defaults.insert(f, start.toString(Qt::ISODate).toLatin1());
                else if (!mapped && key == QLatin1String("week_end") && end.isValid())
                    defaults.insert(f, end.toString(Qt::ISODate).toLatin1());
                else if (!mapped && key == QLatin1String("as_of") && snapshot.isValid())
                    defaults.insert(f, snapshot.toString(Qt::ISODate).toLatin1());
                else if (!mapped && key == QLatin1String("trade_date") && day.isValid() && !options.week.isValid())
                    defaults.insert(f, day.toString(Qt::ISODate).toLatin1());
                if (k->fields[f].required && !mapped && !defaults.contains(f) && !impliedByOtherEnd(*k, columns, key))
                    complete = false;
            }
            const int needed = candidates.size() == 1 ? 1 : 2;
            // The kind that imports the file's measures wins: a movers table with 交易日期 and 周涨跌幅 is weekly
            // returns, not daily quotes that would drop the return. Then the one that maps the most columns.
            const bool better = !bestKind || unmapped < bestUnmapped || (unmapped == bestUnmapped && score > best);
            if (complete && score >= needed && better) {
                best = score;
                bestUnmapped = unmapped;
                bestKind = k;
                bestColumns = columns;
                bestDefaults = defaults;
                rangeLine = where;
            }
        }
        if (bestKind) {
            plan.kind = bestKind;
            plan.columns = bestColumns;
            plan.defaults = bestDefaults;
            plan.header = header;
            plan.headerColumns = headerColumns;
            plan.headerLine = rec.line;
            break;
        }
    }
    if (!plan.kind && candidates.size() == 1 && !firstHeader.isEmpty()) {
        int score = 0, unmappedMeasures = 0;
        plan.kind = candidates.first();
        plan.columns = mapHeader(*plan.kind, firstHeader, preset, options.ignoreColumns, &score, &unmappedMeasures);
        plan.header = firstHeader;
        plan.headerLine = firstHeaderLine;
        QStringList unmapped;
        for (int f = 0; f < plan.kind->fields.size(); ++f) {
            bool mapped = false;
            for (const auto &c : std::as_const(plan.columns))
                mapped = mapped || c.field == f;
            if (plan.kind->fields[f].required && !mapped)
                unmapped << plan.kind->fields[f].key;
        }
        if (!unmapped.isEmpty())
            plan.notes << QCoreApplication::translate("ImportJob", "required fields without a column: %1")
                              .arg(unmapped.join(QStringLiteral(", ")));
    }
    if (!plan.kind) {
        QStringList expected;
        for (const ImportKind *k : std::as_const(candidates)) {
            QStringList req;
            for (const FieldSpec &f : k->fields)
                if (f.required)
                    req << f.aliases.value(1, f.aliases.value(0)).header;
            expected << QStringLiteral("%1 (%2)").arg(k->displayTitle(), req.join(QStringLiteral(", ")));
            if (expected.size() >= 6 && candidates.size() > 6) {
                expected << QStringLiteral("…");
                break;
            }
        }
        return Error{QStringLiteral("no-header"),
                     QCoreApplication::translate("ImportJob", "expected a header row naming the columns of a known kind, e.g. %1; found none in "
                        "the first 60 lines (choose a kind or a preset)")
                         .arg(expected.join(QStringLiteral("; "))),
                     {}};
    }
    if (plan.headerLine > 1) {
        const int titleLines = static_cast<int>(plan.headerLine) - 1;
        plan.notes << QCoreApplication::translate("ImportJob", "skipped %n title line(s) before the header on line %1",
                                                  nullptr, titleLines)
                          .arg(plan.headerLine);
    }
    for (int f = 0; f < plan.kind->fields.size(); ++f) {
        if (!plan.defaults.contains(f))
            continue;
        plan.notes << QCoreApplication::translate("ImportJob", "%1 = %2 for every row (from “%3”)")
                          .arg(fieldLabel(plan.kind->fields[f].key), valueToString(plan.defaults.value(f)),
                               rangeLine.isEmpty() ? QCoreApplication::translate("ImportJob", "the date chosen for this import") : rangeLine);
    }
    for (const ColumnMapping &c : std::as_const(plan.columns)) {
        if (c.field >= 0 || c.extra || c.header.isEmpty())
            continue;
        if (c.ignored) {
            plan.notes << QCoreApplication::translate("ImportJob", "column “%1” is not imported (as you chose)").arg(c.header);
        } else if (c.measure) {
            plan.unmappedMeasures << c.column;
            plan.notes << QCoreApplication::translate("ImportJob", "column “%1” holds a measure that “%2” does not store: map it "
                                                                   "to a field or mark it not to import")
                              .arg(c.header, plan.kind->displayTitle());
        } else {
            plan.notes << QCoreApplication::translate("ImportJob", "column “%1” is not imported").arg(c.header);
        }
    }
    // A table that gives its dates per row (交易日期) states its week in the first data row.
    if (!plan.statedWeekEnd.isValid()) {
        for (const ColumnMapping &c : std::as_const(plan.columns)) {
            if (c.field < 0)
                continue;
            const QString &key = plan.kind->fields[c.field].key;
            if (key != QLatin1String("week_end") && key != QLatin1String("trade_date") && key != QLatin1String("as_of")
                && key != QLatin1String("week_start"))
                continue;
            TextStream text(plan.input, plan.encoding, plan.window, false);
            CsvReader rows(text, plan.delimiter);
            CsvRecord row;
            while (rows.next(row)) {
                if (row.line <= plan.headerLine || row.isBlank() || c.column >= row.size())
                    continue;
                QByteArray iso;
                if (ValueParser::parseDate(row.fields[size_t(c.column)], iso)) {
                    const QDate d = QDate::fromString(QString::fromLatin1(iso), Qt::ISODate);
                    plan.statedWeekStart = d.addDays(1 - d.dayOfWeek());
                    plan.statedWeekEnd = plan.statedWeekStart.addDays(4);
                }
                break;
            }
            break;
        }
    }
    return plan;
}

QList<ImportJob::PreviewRow> ImportJob::preview(const ImportPlan &plan, int maxRows)
{
    QList<PreviewRow> rows;
    if (!plan.input)
        return rows;
    TextStream text(plan.input, plan.encoding, plan.window, false);
    CsvReader reader(text, plan.delimiter);
    RecordParser parser(plan);
    CsvRecord rec;
    ImportRecord parsed;
    while (rows.size() < maxRows) {
        const bool got = reader.next(rec);
        if (!got && reader.error().isEmpty())
            break;
        if (!got) {
            PreviewRow row;
            row.line = reader.errorLine();
            row.cells << QString();
            row.errors << reader.error();
            rows.append(row);
            continue;
        }
        if (rec.line <= plan.headerLine || rec.isBlank() || isFooter(rec))
            continue;
        PreviewRow row;
        row.line = rec.line;
        for (int i = 0; i < qMax(rec.size(), int(plan.header.size())); ++i) {
            row.cells << (i < rec.size() ? rec.text(i) : QString());
            row.errors << QString();
        }
        parser.parse(rec, parsed, nullptr, &row.errors);
        rows.append(row);
    }
    return rows;
}

ImportReport ImportJob::run(Store &store, const QString &path, const ImportOptions &options, const Progress &progress)
{
    ImportReport report;
    const QString name = options.displayName.isEmpty() ? QFileInfo(path).fileName() : options.displayName;
    report.file = name;
    report.dryRun = options.dryRun;
    auto input = ImportInput::open(path);
    if (!input) {
        report.errors.append(ImportIssue{name, 0, 0, {}, input.error().message});
        return report;
    }
    QList<UserPreset> presets;
    if (!options.preset.isEmpty()) {
        auto list = PresetRepository::list(store);
        if (!list) {
            report.errors.append(ImportIssue{name, 0, 0, {}, list.error().message});
            return report;
        }
        presets = list.value();
    }
    auto plan = ImportJob::plan(input.value(), name, options, presets);
    if (!plan) {
        const Error &e = plan.error();
        report.errors.append(ImportIssue{name, e.line > 0 ? e.line : 1, e.column > 0 ? e.column : 1, {}, e.message});
        return report;
    }
    return execute(store, plan.value(), options, progress);
}

ImportReport ImportJob::execute(Store &store, const ImportPlan &plan, const ImportOptions &options, const Progress &progress)
{
    ImportReport report;
    report.file = plan.displayName;
    report.kind = plan.kind->id;
    report.encoding = plan.encoding;
    report.notes = plan.notes;
    report.dryRun = options.dryRun;
    // No number is dropped without the user knowing: a measure column the kind does not store refuses the file.
    for (int column : plan.unmappedMeasures) {
        const QString header = plan.header.value(column);
        report.errors.append(ImportIssue{plan.displayName, plan.headerLine, plan.headerColumns.value(column, column + 1), header,
                                         QCoreApplication::translate("ImportJob", "column “%1” holds a measure that “%2” does not "
                                                                                  "store; map it to a field or mark it not to import "
                                                                                  "(import wizard), or pass --ignore-column \"%1\"")
                                             .arg(header, plan.kind->displayTitle())});
    }
    if (!report.errors.isEmpty())
        return report;
    // A team store writes through libpq on the connection Qt holds (PgCopyWriter); SQLite through its raw handle.
    pg_conn *pg = store.engine() == Store::Engine::PostgreSql ? PgCopyWriter::connection(store.database()) : nullptr;
    if (store.engine() == Store::Engine::PostgreSql && !pg) {
        report.errors.append(ImportIssue{plan.displayName, 0, 0, {},
                                         store.serverUnsupported(QCoreApplication::translate("ImportJob", "Importing")).message});
        return report;
    }
    sqlite3 *db = store.handle();
    // The file's SHA-256 goes into the batch record; on a large file it costs as much as a fifth of the
    // import, so it runs on another core while the rows are written.
    // It reads the file in windows of its own (positional reads of the same open file).
    std::atomic<bool> stopHashing{false};
    QFuture<QByteArray> sha256 = QtConcurrent::run([input = plan.input, &stopHashing] {
        Sha256Hasher hash; // libcrypto, SHA-NI where the CPU has it: this thread shares two cores with the import
        QByteArray window(ImportInput::kWindowBytes, Qt::Uninitialized);
        for (qint64 offset = 0; offset < input->size() && !stopHashing.load(std::memory_order_relaxed);) {
            const auto got = input->read(offset, window.data(), window.size());
            if (!got || got.value() == 0)
                return QByteArray(); // the import reads the same file and reports why it cannot
            hash.addData(QByteArrayView(window.constData(), got.value()));
            offset += got.value();
        }
        return hash.result().toHex();
    });
    // The hash refers to this frame's flag: never return while it still runs (it stops early if the import does).
    struct WaitForHash
    {
        QFuture<QByteArray> &future;
        std::atomic<bool> &stop;
        ~WaitForHash()
        {
            stop = true;
            future.waitForFinished();
        }
    } waitForHash{sha256, stopHashing};

    // Every importer writes the rows a record refers to (security, model, organisation …) before the record
    // itself, so the per-row foreign-key lookups are redundant inside an import; they cost a sixth of a bulk
    // import. Enforcement is off for the import transaction only (it cannot change inside one) and back on
    // for everything else, rollback included; tests check PRAGMA foreign_key_check after every import.
    if (db)
        sqlite3_exec(db, "PRAGMA foreign_keys = OFF", nullptr, nullptr, nullptr);
    struct ForeignKeysBackOn
    {
        sqlite3 *db;
        ~ForeignKeysBackOn()
        {
            if (db)
                sqlite3_exec(db, "PRAGMA foreign_keys = ON", nullptr, nullptr, nullptr);
        }
    } foreignKeysBackOn{db};

    // Chunked inserts open a savepoint (and SQLite a statement journal) per 32 rows. Their sub-journal holds the
    // few pages a chunk changes and is emptied when the chunk is released, but once one chunk outgrew SQLite's 64 KiB
    // spill threshold it became a temporary file for the rest of the transaction: at 12.5M daily quotes about 600,000
    // page writes (2.4 GB) to /var/tmp that nothing ever read. Kept in memory it stays a chunk's pages. Only for the
    // import transaction (it cannot change inside one): elsewhere temporary storage keeps SQLite's default, so that
    // sorting a big table never has to fit in memory.
    const bool tempStoreInMemory = db && sqlite3_exec(db, "PRAGMA temp_store = MEMORY", nullptr, nullptr, nullptr) == SQLITE_OK;
    struct TempStoreBack
    {
        sqlite3 *db;
        ~TempStoreBack()
        {
            if (db)
                sqlite3_exec(db, "PRAGMA temp_store = DEFAULT", nullptr, nullptr, nullptr);
        }
    } tempStoreBack{tempStoreInMemory ? db : nullptr};

    if (pg) {
        // One transaction per file, holding the team store's write lock: another analyst's import waits for it.
        Result<void> begun = PgCopyWriter::command(pg, "BEGIN");
        // The merge sorts a slice of up to 100,000 rows by line: in memory rather than spilled to disk.
        if (begun)
            begun = PgCopyWriter::command(pg, "SET LOCAL work_mem = '64MB'");
        if (begun)
            begun = takeWriteLock(pg, QCoreApplication::translate("ImportJob", "importing %1").arg(QFileInfo(plan.displayName).fileName()),
                                  options.waitSeconds, &report.notes, &report.busyHolder);
        if (!begun) {
            rollbackQuietly(db, pg);
            report.busy = begun.error().code == QLatin1String("busy");
            if (!report.busy)
                report.busyHolder.clear();
            report.errors.append(ImportIssue{plan.displayName, 0, 0, {}, begun.error().message});
            return report;
        }
    } else if (sqlite3_db_readonly(db, "main") == 1) {
        // SQLite opens a file it may not write read-only without a word, and BEGIN IMMEDIATE still succeeds in WAL mode.
        report.errors.append(ImportIssue{plan.displayName, 0, 0, {}, Store::accessError(store.path(), SQLITE_READONLY, {}).message});
        return report;
    } else if (sqlite3_exec(db, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr) != SQLITE_OK) {
        // Busy (another program imports), read-only file or folder, full disk: said as what happened and what to do.
        const Error e = Store::accessError(store.path(), sqlite3_extended_errcode(db), QString::fromUtf8(sqlite3_errmsg(db)));
        report.busy = e.code == QLatin1String("busy");
        report.errors.append(ImportIssue{plan.displayName, 0, 0, {}, e.message});
        return report;
    }
    qint64 batchId = -1;
    const QString recordedName = options.recordedName.isEmpty() ? QFileInfo(plan.displayName).fileName() : options.recordedName;
    const QString importedAt = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    if (pg) {
        QSqlQuery q(store.database());
        const bool prepared = q.prepare(QStringLiteral("INSERT INTO import_batch(file_name,sha256,kind,preset,encoding,imported_at) "
                                                        "VALUES(?,?,?,?,?,?) RETURNING id"));
        q.addBindValue(recordedName);
        q.addBindValue(QStringLiteral("")); // filled in at the end, when the hash is ready
        q.addBindValue(plan.kind->id);
        q.addBindValue(plan.preset.isEmpty() ? plan.kind->id : plan.preset);
        q.addBindValue(plan.encoding);
        q.addBindValue(importedAt);
        if (!prepared || !q.exec() || !q.next()) {
            // A reader's role is refused here, the first write: said as such.
            const QString message = store.writeError(QCoreApplication::translate("ImportJob", "Cannot record the import"), q.lastError()).message;
            rollbackQuietly(db, pg);
            report.errors.append(ImportIssue{plan.displayName, 0, 0, {}, message});
            return report;
        }
        batchId = q.value(0).toLongLong();
    } else {
        // The batch's row is written whole at the end, under the id an insert now would take (the write lock is held
        // since BEGIN IMMEDIATE). Inserting it first and updating it last changed a page at both ends of the
        // transaction: the page had been spilled to the WAL in between, and rewriting a frame of the transaction made
        // SQLite read back and re-checksum every later frame at commit (the whole 1.3 GB WAL at 12.5M daily quotes).
        auto last = maxId(db, pg, "import_batch");
        if (!last) {
            rollbackQuietly(db, pg);
            report.errors.append(ImportIssue{plan.displayName, 0, 0, {},
                                             sqlError(QCoreApplication::translate("ImportJob", "Cannot record the import"),
                                                      QSqlError({}, last.error().message, QSqlError::StatementError)).message});
            return report;
        }
        batchId = last.value() + 1;
    }

    // Daily quotes: the days written go to trading_day, and the rowids the batch inserts (consecutive, above the
    // largest one now) to the batch record, so that the weeks list and rollback never scan daily_bar.
    const int dateField = plan.kind->id == QLatin1String("daily_bars") ? plan.kind->field(QStringLiteral("trade_date")) : -1;
    TradeDateSet tradeDates; // a lookup per row must cost next to nothing at 12.5M rows
    qint64 dailyBarIdBefore = 0;
    if (dateField >= 0) {
        auto max = maxId(db, pg, "daily_bar");
        if (!max) {
            rollbackQuietly(db, pg);
            report.errors.append(ImportIssue{plan.displayName, 0, 0, {}, max.error().message});
            return report;
        }
        dailyBarIdBefore = max.value();
    }

    std::unique_ptr<UpsertWriter> writerOwner = pg ? std::make_unique<UpsertWriter>(pg, batchId) : std::make_unique<UpsertWriter>(db, batchId);
    UpsertWriter &writer = *writerOwner;
    writer.setChunking(plan.kind->oneRowPerRecord);
    RecordParser parser(plan);
    // plan() read the whole file as its encoding already: UTF-8 is not validated a second time.
    TextStream text(plan.input, plan.encoding, plan.window, false);
    CsvReader reader(text, plan.delimiter);
    CsvRecord rec;
    ImportRecord parsed;
    const int maxErrors = qMax(1, options.maxErrors);
    qint64 sinceProgress = 0;
    for (;;) {
        const bool got = reader.next(rec);
        if (!got) {
            if (reader.error().isEmpty())
                break;
            report.errors.append(ImportIssue{plan.displayName, reader.errorLine(), reader.errorColumn(), {}, reader.error()});
            if (report.errors.size() >= maxErrors || reader.atEnd())
                break;
            continue;
        }
        if (rec.line <= plan.headerLine || rec.isBlank() || isFooter(rec))
            continue;
        if (progress && ++sinceProgress >= 4096) {
            sinceProgress = 0;
            if (!progress(reader.position(), reader.size())) {
                report.cancelled = true;
                break;
            }
        }
        ++report.rowsRead;
        if (!parser.parse(rec, parsed, &report.errors)) {
            if (report.errors.size() >= maxErrors)
                break;
            continue;
        }
        if (!report.errors.isEmpty())
            continue; // the file is rejected already: keep reading only to list its other errors
        writer.setLine(rec.line);
        auto outcome = plan.kind->write(parsed, writer);
        if (!outcome) {
            report.errors.append(ImportIssue{plan.displayName, rec.line, 1, {}, outcome.error().message});
            if (report.errors.size() >= maxErrors)
                break;
            continue;
        }
        if (dateField >= 0) {
            if (const auto *date = std::get_if<QByteArray>(&parsed[dateField]))
                tradeDates.insert(*date);
        }
        switch (outcome.value()) {
        case UpsertWriter::Outcome::Inserted:
            ++report.inserted;
            break;
        case UpsertWriter::Outcome::Updated:
            ++report.updated;
            break;
        case UpsertWriter::Outcome::Unchanged:
            ++report.unchanged;
            break;
        }
    }
    if (!report.cancelled) {
        // Rows inserted in chunks were counted as inserted; a chunk redone row by row says what they really were.
        auto corrections = writer.finish();
        if (!corrections) {
            report.errors.append(ImportIssue{plan.displayName, 0, 0, {}, corrections.error().message});
        } else {
            report.inserted += corrections.value().inserted;
            report.updated += corrections.value().updated;
            report.unchanged += corrections.value().unchanged;
            for (const auto &[line, error] : corrections.value().errors)
                report.errors.append(ImportIssue{plan.displayName, line, 1, {}, error.message});
        }
        for (const auto &[column, n] : writer.changedColumns())
            report.updatedFields.insert(QString::fromStdString(column), n);
    }
    if (report.errors.size() > maxErrors)
        report.errors = report.errors.mid(0, maxErrors);
    if (report.rowsRead == 0 && report.errors.isEmpty() && !report.cancelled)
        report.errors.append(ImportIssue{plan.displayName, plan.headerLine + 1, 1, {},
                                         QCoreApplication::translate("ImportJob", "expected data rows after the header, found none")});

    const bool keep = report.ok() && !options.dryRun && (report.inserted + report.updated) > 0;
    if (!keep) {
        rollbackQuietly(db, pg);
        if (progress)
            progress(reader.size(), reader.size());
        return report; // rejected, cancelled, a dry run, or nothing changed: nothing is written
    }
    QVariant dailyBarFirstId, dailyBarLastId;
    if (dateField >= 0) {
        auto max = maxId(db, pg, "daily_bar");
        const std::set<QByteArray> dates = tradeDates.dates();
        Result<void> added = !max ? Result<void>(max.error()) : pg ? addTradingDays(pg, dates) : TradingDayRepository::add(db, dates);
        if (!added) {
            rollbackQuietly(db, pg);
            report.errors.append(ImportIssue{plan.displayName, 0, 0, {}, added.error().message});
            return report;
        }
        if (max.value() > dailyBarIdBefore) {
            dailyBarFirstId = dailyBarIdBefore + 1;
            dailyBarLastId = max.value();
        }
    }
    {
        QSqlQuery q(store.database());
        const bool prepared =
            pg ? q.prepare(QStringLiteral("UPDATE import_batch SET sha256=?, rows_read=?, rows_inserted=?, rows_updated=?, "
                                          "rows_unchanged=?, daily_bar_first_id=?, daily_bar_last_id=? WHERE id=?"))
               : q.prepare(QStringLiteral("INSERT INTO import_batch(sha256,rows_read,rows_inserted,rows_updated,rows_unchanged,"
                                          "daily_bar_first_id,daily_bar_last_id,id,file_name,kind,preset,encoding,imported_at) "
                                          "VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?)"));
        q.addBindValue(QString::fromLatin1(sha256.result()));
        q.addBindValue(report.rowsRead);
        q.addBindValue(report.inserted);
        q.addBindValue(report.updated);
        q.addBindValue(report.unchanged);
        q.addBindValue(dailyBarFirstId);
        q.addBindValue(dailyBarLastId);
        q.addBindValue(batchId);
        if (!pg) {
            q.addBindValue(recordedName);
            q.addBindValue(plan.kind->id);
            q.addBindValue(plan.preset.isEmpty() ? plan.kind->id : plan.preset);
            q.addBindValue(plan.encoding);
            q.addBindValue(importedAt);
        }
        if (!prepared || !q.exec()) {
            rollbackQuietly(db, pg);
            report.errors.append(ImportIssue{plan.displayName, 0, 0, {}, q.lastError().text()});
            return report;
        }
    }
    if (pg) {
        if (auto r = notifyChange(pg, batchId); !r) {
            rollbackQuietly(db, pg);
            report.errors.append(ImportIssue{plan.displayName, 0, 0, {}, r.error().message});
            return report;
        }
    }
    if (auto r = execSql(db, pg, "COMMIT"); !r) {
        rollbackQuietly(db, pg);
        report.errors.append(ImportIssue{plan.displayName, 0, 0, {}, r.error().message});
        return report;
    }
    report.committed = true;
    report.batchId = batchId;
    if (progress)
        progress(reader.size(), reader.size());
    return report;
}

Result<QList<UserPreset>> PresetRepository::list(Store &store)
{
    QList<UserPreset> presets;
    QSqlQuery q(store.database());
    if (!q.exec(QStringLiteral("SELECT name, kind, mapping FROM import_preset ORDER BY name")))
        return sqlError(QCoreApplication::translate("ImportJob", "Cannot read the presets"), q.lastError());
    while (q.next()) {
        UserPreset p;
        p.name = q.value(0).toString();
        p.kind = q.value(1).toString();
        const QJsonObject o = QJsonDocument::fromJson(q.value(2).toByteArray()).object();
        for (auto it = o.begin(); it != o.end(); ++it)
            p.mapping.insert(it.key(), it.value().toString());
        presets.append(p);
    }
    return presets;
}

Result<void> PresetRepository::save(Store &store, const UserPreset &preset)
{
    if (!ImportKindRegistry::find(preset.kind))
        return Error{QStringLiteral("kind"), QCoreApplication::translate("ImportJob", "unknown kind “%1”").arg(preset.kind), {}};
    QJsonObject o;
    for (auto it = preset.mapping.begin(); it != preset.mapping.end(); ++it)
        o.insert(it.key(), it.value());
    QSqlQuery q(store.database());
    const bool prepared = q.prepare(QStringLiteral("INSERT INTO import_preset(name,kind,mapping,created_at) VALUES(?,?,?,?) "
                             "ON CONFLICT(name) DO UPDATE SET kind=excluded.kind, mapping=excluded.mapping"));
    q.addBindValue(preset.name);
    q.addBindValue(preset.kind);
    q.addBindValue(QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)));
    q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    if (!prepared || !q.exec())
        return sqlError(QCoreApplication::translate("ImportJob", "Cannot save the preset"), q.lastError());
    return {};
}

Result<void> PresetRepository::remove(Store &store, const QString &name)
{
    QSqlQuery q(store.database());
    const bool prepared = q.prepare(QStringLiteral("DELETE FROM import_preset WHERE name=?"));
    q.addBindValue(name);
    if (!prepared || !q.exec())
        return sqlError(QCoreApplication::translate("ImportJob", "Cannot delete the preset"), q.lastError());
    return {};
}

Result<QList<BatchInfo>> BatchRepository::list(Store &store)
{
    QList<BatchInfo> batches;
    QSqlQuery q(store.database());
    if (!q.exec(QStringLiteral("SELECT id,file_name,sha256,kind,preset,encoding,imported_at,rows_read,rows_inserted,"
                               "rows_updated,rows_unchanged,rolled_back_at FROM import_batch ORDER BY id DESC")))
        return sqlError(QCoreApplication::translate("ImportJob", "Cannot read the import batches"), q.lastError());
    while (q.next()) {
        BatchInfo b;
        b.id = q.value(0).toLongLong();
        b.fileName = q.value(1).toString();
        b.sha256 = q.value(2).toString();
        b.kind = q.value(3).toString();
        b.preset = q.value(4).toString();
        b.encoding = q.value(5).toString();
        b.importedAt = q.value(6).toString();
        b.rowsRead = q.value(7).toLongLong();
        b.inserted = q.value(8).toLongLong();
        b.updated = q.value(9).toLongLong();
        b.unchanged = q.value(10).toLongLong();
        b.rolledBackAt = q.value(11).toString();
        batches.append(b);
    }
    return batches;
}

Result<void> BatchRepository::rollback(Store &store, qint64 batchId)
{
    pg_conn *pg = store.engine() == Store::Engine::PostgreSql ? PgCopyWriter::connection(store.database()) : nullptr;
    if (store.engine() == Store::Engine::PostgreSql && !pg)
        return store.serverUnsupported(QCoreApplication::translate("ImportJob", "Rolling back an import"));
    sqlite3 *db = store.handle();
    auto fail = [&](Error e) -> Result<void> {
        rollbackQuietly(db, pg);
        return e;
    };
    if (pg) {
        if (auto r = PgCopyWriter::command(pg, "BEGIN"); !r)
            return r.error();
        if (auto r = takeWriteLock(pg, QCoreApplication::translate("ImportJob", "rolling back batch %1").arg(batchId), 120, nullptr); !r)
            return fail(r.error());
        // A reader's role is refused at the first write: said as such, before anything else is tried.
        QSqlQuery probe(store.database());
        if (!probe.exec(QStringLiteral("UPDATE import_batch SET rolled_back_at = rolled_back_at WHERE id = %1").arg(batchId)))
            return fail(store.writeError(QCoreApplication::translate("ImportJob", "Cannot roll back the import"), probe.lastError()));
    } else {
        if (sqlite3_db_readonly(db, "main") == 1)
            return Store::accessError(store.path(), SQLITE_READONLY, {});
        if (sqlite3_exec(db, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr) != SQLITE_OK)
            return Store::accessError(store.path(), sqlite3_extended_errcode(db), QString::fromUtf8(sqlite3_errmsg(db)));
    }
    std::unique_ptr<UpsertWriter> writerOwner = pg ? std::make_unique<UpsertWriter>(pg, batchId) : std::make_unique<UpsertWriter>(db, batchId);
    UpsertWriter &w = *writerOwner;
    StepTimer timer("rollback");
    auto batch = w.queryRow("SELECT rolled_back_at, daily_bar_first_id, daily_bar_last_id FROM import_batch WHERE id=?", {Value(batchId)});
    if (!batch)
        return fail(batch.error());
    if (batch.value().empty())
        return fail(Error{QStringLiteral("not-found"), QCoreApplication::translate("ImportJob", "There is no import batch %1.").arg(batchId), {}});
    if (!isMissing(batch.value()[0]))
        return fail(Error{QStringLiteral("rolled-back"), QCoreApplication::translate("ImportJob", "Batch %1 was rolled back already.").arg(batchId), {}});
    auto later = w.queryRow("SELECT u.batch_id FROM import_undo u JOIN import_batch b ON b.id=u.batch_id "
                            "WHERE u.old_batch_id=? AND b.rolled_back_at IS NULL LIMIT 1",
                            {Value(batchId)});
    if (!later)
        return fail(later.error());
    if (!later.value().empty()) {
        return fail(Error{QStringLiteral("later-batch"),
                          QCoreApplication::translate("ImportJob", "Batch %1 cannot be rolled back: batch %2 changed rows it wrote. Roll back batch %2 first.")
                              .arg(batchId)
                              .arg(valueToString(later.value()[0])),
                          {}});
    }

    // 1. Restore what the batch overwrote, newest first.
    static const QRegularExpression identifier(QStringLiteral("^[a-z_0-9]+$"));
    QList<std::tuple<QString, qint64, qint64, QByteArray>> undo;
    {
        QSqlQuery q(store.database());
        const bool prepared = q.prepare(QStringLiteral("SELECT table_name,row_id,old_batch_id,old_values FROM import_undo WHERE batch_id=? ORDER BY seq DESC"));
        q.addBindValue(batchId);
        if (!prepared || !q.exec())
            return fail(sqlError(QCoreApplication::translate("ImportJob", "Cannot read the undo log"), q.lastError()));
        while (q.next())
            undo.append({q.value(0).toString(), q.value(1).toLongLong(), q.value(2).isNull() ? -1 : q.value(2).toLongLong(),
                         q.value(3).toByteArray()});
    }
    for (const auto &[table, rowId, oldBatch, json] : std::as_const(undo)) {
        if (!identifier.match(table).hasMatch())
            return fail(Error{QStringLiteral("undo"), QCoreApplication::translate("ImportJob", "Corrupt undo log entry for table “%1”.").arg(table), {}});
        QJsonObject old = QJsonDocument::fromJson(json).object();
        // A team store's table without an id column (security) names its row by key (PgCopyWriter).
        const QJsonObject rowKey = old.take(QStringLiteral("$key")).toObject();
        QByteArray sql = "UPDATE " + table.toLatin1() + " SET ";
        std::vector<Value> params;
        for (auto it = old.begin(); it != old.end(); ++it) {
            if (!identifier.match(it.key()).hasMatch())
                return fail(Error{QStringLiteral("undo"), QCoreApplication::translate("ImportJob", "Corrupt undo log entry for column “%1”.").arg(it.key()), {}});
            sql += it.key().toLatin1() + "=?,";
            const QJsonValue v = it.value();
            if (v.isNull())
                params.emplace_back();
            else if (v.isString())
                params.emplace_back(v.toString().toUtf8());
            else if (v.isDouble() && v.toDouble() == double(v.toInteger()))
                params.emplace_back(qint64(v.toInteger()));
            else
                params.emplace_back(v.toDouble());
        }
        sql += "batch_id=? WHERE ";
        params.emplace_back(oldBatch < 0 ? Value() : Value(oldBatch));
        if (rowKey.isEmpty()) {
            sql += "rowid=?";
            params.emplace_back(rowId);
        }
        for (auto it = rowKey.begin(); it != rowKey.end(); ++it) {
            if (!identifier.match(it.key()).hasMatch())
                return fail(Error{QStringLiteral("undo"), QCoreApplication::translate("ImportJob", "Corrupt undo log entry for column “%1”.").arg(it.key()), {}});
            sql += (it == rowKey.begin() ? "" : " AND ") + it.key().toLatin1() + "=?";
            params.emplace_back(it.value().toString().toUtf8());
        }
        if (auto r = w.exec(sql.constData(), params); !r)
            return fail(r.error());
        if (auto r = ImportKindRegistry::rederive(w, table, rowId); !r)
            return fail(r.error());
    }

    // 2. Delete what it inserted, children before parents; daily_bar by the rowid range the batch recorded
    // (batches imported before it was recorded are found by a scan), the tables that grow with history by their
    // batch_id index (schema 6), and the days left without quotes.
    timer.step("undo");
    const qint64 *firstId = std::get_if<qint64>(&batch.value()[1]);
    const qint64 *lastId = std::get_if<qint64>(&batch.value()[2]);
    auto dates = pg ? tradingDaysOfBatch(pg, batchId) : TradingDayRepository::daysOfBatch(db, batchId, firstId ? *firstId : 0, lastId ? *lastId : 0);
    if (!dates)
        return fail(dates.error());
    timer.step("dates of the batch");
    static const char *const tables[] = {"daily_bar", "weekly_return", "reported_figure", "valuation", "security_snapshot", "lockup",
                                         "benchmark_score", "api_price", "model_release", "site_traffic", "app_download",
                                         "compute_centre", "chip", "event", "metric", "efficiency_threshold", "ai_model",
                                         "site", "app", "security", "organisation"};
    for (const char *table : tables) {
        const bool range = firstId && lastId && qstrcmp(table, "daily_bar") == 0;
        const QByteArray sql = QByteArray("DELETE FROM ") + table + (range ? " WHERE id BETWEEN ? AND ? AND batch_id=?" : " WHERE batch_id=?");
        if (auto r = range ? w.exec(sql.constData(), {Value(*firstId), Value(*lastId), Value(batchId)}) : w.exec(sql.constData(), {Value(batchId)});
            !r) {
            return fail(Error{QStringLiteral("in-use"),
                              QCoreApplication::translate("ImportJob", "Batch %1 cannot be rolled back: rows it added to %2 are used by rows of other "
                                 "batches (%3).")
                                  .arg(batchId)
                                  .arg(QString::fromLatin1(table), r.error().detail),
                              r.error().detail});
        }
        timer.step(table);
    }
    if (auto r = pg ? removeUnusedTradingDays(pg, dates.value()) : TradingDayRepository::removeUnused(db, dates.value()); !r)
        return fail(r.error());
    timer.step("trading days left empty");
    if (auto r = w.exec("DELETE FROM import_undo WHERE batch_id=?", {Value(batchId)}); !r)
        return fail(r.error());
    if (auto r = w.exec("UPDATE import_batch SET rolled_back_at=? WHERE id=?",
                        {Value(QDateTime::currentDateTimeUtc().toString(Qt::ISODate).toUtf8()), Value(batchId)});
        !r)
        return fail(r.error());
    if (pg)
        if (auto r = notifyChange(pg, batchId); !r)
            return fail(r.error());
    if (auto r = execSql(db, pg, "COMMIT"); !r)
        return fail(r.error());
    timer.step("commit");
    return {};
}

} // namespace zhisuan::db
