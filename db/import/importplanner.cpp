// The header stage of the import (ImportJob::plan) and the preview: which line is the header, which kind the file
// is, what each column holds and in which unit, and what the file states about its dates and security outside its
// rows. Nothing is written here.
#include "importjob.h"

#include "contextreader.h"
#include "csvreader.h"
#include "headermapper.h"
#include "recordparser.h"
#include "securitycodes.h"
#include "workbook.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>

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

bool isDateKey(const QString &key)
{
    return key == QLatin1String("week_start") || key == QLatin1String("week_end") || key == QLatin1String("as_of")
        || key == QLatin1String("trade_date");
}

// A line outside the table: a title or a footer (one cell of text, or a note starting 数据来源/注 …).
bool isContextLine(const CsvRecord &rec)
{
    int nonEmpty = 0;
    for (const auto &f : rec.fields)
        nonEmpty += ValueParser::isMissingText(f) ? 0 : 1;
    return nonEmpty == 1 || ImportJob::isFooter(rec);
}

// One candidate header row read as one kind: its columns, the defaults the file's context gives, and whether every
// required field then has a value.
struct Reading
{
    const ImportKind *kind = nullptr;
    HeaderMatch match;
    Result<StatedContext> context = StatedContext{};
    QHash<int, Value> defaults;
    QStringList missingDates; // required date fields nothing gives (a key-stock table without its date)
    bool complete = false;
    bool mapped(int field) const
    {
        for (const ColumnMapping &c : match.columns)
            if (c.field == field)
                return true;
        return false;
    }
};

QByteArray isoBytes(const QDate &d) { return d.toString(Qt::ISODate).toLatin1(); }

Reading readAs(const ImportKind &kind, const QStringList &header, const QList<qint64> &headerColumns,
               const QList<qint64> &headerCellLines, const ContextReader &fileContext, const UserPreset *preset,
               const ImportOptions &options)
{
    Reading r;
    r.kind = &kind;
    r.match = HeaderMapper::map(kind, header, preset, options.ignoreColumns);
    ContextReader context = fileContext;
    for (const ColumnMapping &c : std::as_const(r.match.columns))
        if (c.field >= 0 || c.extra)
            context.addHeader(c.parsed, c.header, headerCellLines.value(c.column), headerColumns.value(c.column, c.column + 1));
    const bool periodKind = kind.periodStart >= 0 && kind.periodEnd >= 0;
    r.context = context.agree(periodKind);
    const StatedContext stated = r.context ? r.context.value() : StatedContext{};
    for (int f = 0; f < kind.fields.size(); ++f) {
        if (r.mapped(f))
            continue;
        const QString &key = kind.fields[f].key;
        if (f == kind.periodStart && stated.period)
            r.defaults.insert(f, isoBytes(stated.period->from));
        else if (f == kind.periodEnd && (stated.period || stated.day.isValid()))
            r.defaults.insert(f, isoBytes(stated.period ? stated.period->to : stated.day)); // a day ends its week
        else if (!periodKind && key == QLatin1String("week_start") && stated.period)
            r.defaults.insert(f, isoBytes(stated.period->from));
        else if (!periodKind && key == QLatin1String("week_end") && stated.period)
            r.defaults.insert(f, isoBytes(stated.period->to));
        else if (key == QLatin1String("as_of") && (stated.day.isValid() || stated.period))
            r.defaults.insert(f, isoBytes(stated.day.isValid() ? stated.day : stated.period->to));
        else if (key == QLatin1String("trade_date") && stated.day.isValid())
            r.defaults.insert(f, isoBytes(stated.day));
    }
    if (kind.codeField >= 0 && !r.mapped(kind.codeField) && !stated.code.isEmpty()) {
        r.defaults.insert(kind.codeField, stated.code);
        if (kind.nameField >= 0 && !r.mapped(kind.nameField) && !stated.codeName.isEmpty())
            r.defaults.insert(kind.nameField, stated.codeName.toUtf8());
    }
    r.complete = true;
    if (!r.context)
        return r; // the file says two different things about its dates: that is the error, whatever else is missing
    for (int f = 0; f < kind.fields.size(); ++f) {
        if (!kind.fields[f].required || r.mapped(f) || r.defaults.contains(f))
            continue;
        // A period's one end implies the other: a weekly table with 交易日期 ends the week on that day.
        const int other = f == kind.periodStart ? kind.periodEnd : f == kind.periodEnd ? kind.periodStart : -1;
        if (other >= 0 && (r.mapped(other) || r.defaults.contains(other)))
            continue;
        r.complete = false;
        if (isDateKey(kind.fields[f].key))
            r.missingDates << kind.fields[f].key;
    }
    return r;
}

// What a kind's required fields are called in a file, for "expected a header row naming …".
QString requiredHeaders(const ImportKind &k)
{
    QStringList req;
    for (const FieldSpec &f : k.fields)
        if (f.required)
            req << f.aliases.value(1, f.aliases.value(0)).header;
    return QStringLiteral("%1 (%2)").arg(k.displayTitle(), req.join(QStringLiteral(", ")));
}

} // namespace

bool ImportJob::isFooter(const CsvRecord &rec)
{
    int nonEmpty = 0;
    QByteArrayView first;
    for (const auto &f : rec.fields) {
        if (!ValueParser::isMissingText(f)) {
            if (++nonEmpty == 1)
                first = f;
            else
                return false; // a second value: a data row (every row of a file asks, issue 26)
        }
    }
    // A note is written from the start of its line. A lone cell further right is a row whose key is missing
    // (`,（0.3628）`: an accounting negative under an empty code), which must be refused, not skipped.
    if (nonEmpty != 1 || rec.fields.empty() || ValueParser::isMissingText(rec.fields.front()))
        return false;
    // Nor is a bracketed number a note: (9.88) is how Excel writes -9.88.
    static const QRegularExpression bracketedNumber(QStringLiteral("^[(（]\\s*[-−－+＋]?[0-9０-９][0-9０-９,，.．]*\\s*[%％]?\\s*[)）]$"));
    if (bracketedNumber.match(QString::fromUtf8(first).trimmed()).hasMatch())
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

Result<ImportPlan> ImportJob::plan(const QByteArray &bytes, const QString &displayName, const ImportOptions &options,
                                   const QList<UserPreset> &presets)
{
    return plan(ImportInput::fromBytes(bytes), displayName, options, presets);
}

Result<ImportPlan> ImportJob::plan(const std::shared_ptr<const ImportInput> &input, const QString &displayName,
                                   const ImportOptions &options, const QList<UserPreset> &presets)
{
    // A workbook is known by its bytes, whatever its name says (an .xls renamed .xlsx, a text file named .xls).
    if (Workbook::sniff(*input))
        return planWorkbook(input, displayName, options, presets);
    ImportPlan plan;
    plan.displayName = displayName;
    plan.input = input;
    plan.securities = options.securities;
    plan.window = options.windowBytes > 0 ? options.windowBytes : ImportInput::kWindowBytes;
    plan.rawSize = input->size();
    plan.encoding = options.encoding.isEmpty() ? input->detectEncoding(plan.window) : options.encoding.toUpper();
    // The whole file is read as that encoding once here (remembered by the input), so that a bad byte anywhere
    // refuses the file with its line and column before a row is written, as when the file was read whole.
    if (auto checked = input->check(plan.encoding, plan.window); !checked)
        return checked.error();
    // The head (at least 64 KiB of text, or the whole file) for the delimiter.
    QByteArray head;
    {
        TextStream text(input, plan.encoding, plan.window);
        while (head.size() < 64 * 1024 && text.readInto(head)) {
        }
        if (text.error())
            return *text.error();
    }
    plan.delimiter = options.delimiter ? options.delimiter : CsvReader::detectDelimiter(QByteArrayView(head).first(qMin<qsizetype>(head.size(), 64 * 1024)));

    // What the file says outside its table: footers in its last 4 KiB, titles above the header (added as they are
    // met), and the dates given by hand.
    ContextReader context;
    {
        QByteArray tail = TextStream::tail(*input, plan.encoding, 4096);
        if (tail.size() >= 4096)
            tail = tail.mid(tail.indexOf('\n') + 1); // the first line of the tail may be cut
        CsvReader reader(tail, plan.delimiter);
        CsvRecord rec;
        QList<std::pair<qint64, QString>> lines; // line in the tail, text
        while (reader.next(rec))
            if (isContextLine(rec))
                for (int i = 0; i < rec.size(); ++i)
                    if (!ValueParser::isMissingText(rec.fields[size_t(i)]))
                        lines.append({rec.lineOf(i), rec.text(i)});
        // Numbered from the file's end (the tail's last line is -1), until an error needs the real number.
        const qint64 tailLines = tail.count('\n') + (tail.endsWith('\n') ? 0 : 1);
        for (const auto &[line, text] : std::as_const(lines))
            context.addLine(text, line - tailLines - 1);
    }

    return planTable(std::move(plan), std::move(context), options, presets);
}

namespace {

// The preset the options carry or name, or none; an error when no preset has that name.
Result<const UserPreset *> presetOf(const ImportOptions &options, const QList<UserPreset> &presets)
{
    if (options.mapping)
        return &*options.mapping;
    if (options.preset.isEmpty())
        return static_cast<const UserPreset *>(nullptr);
    for (const UserPreset &p : presets)
        if (p.name == options.preset)
            return &p;
    return Error{QStringLiteral("preset"), QCoreApplication::translate("ImportJob", "there is no preset named “%1”").arg(options.preset), {}};
}

// The kinds the file may be: the one chosen by hand (or by the preset), else every kind.
Result<QList<const ImportKind *>> candidateKinds(const QString &forcedKind)
{
    QList<const ImportKind *> candidates;
    if (!forcedKind.isEmpty()) {
        const ImportKind *k = ImportKindRegistry::find(forcedKind);
        if (!k)
            return Error{QStringLiteral("kind"), QCoreApplication::translate("ImportJob", "unknown kind “%1”").arg(forcedKind), {}};
        candidates.append(k);
    } else {
        for (const ImportKind &k : ImportKindRegistry::all())
            candidates.append(&k);
    }
    return candidates;
}

// What the first 60 lines gave: the header row read as the best kind, a kind that lacks only its date, and the first
// non-blank line (the header of a file whose kind was chosen by hand).
struct HeaderSearch
{
    std::optional<Reading> chosen, undated;
    QStringList firstHeader;
    qint64 firstHeaderLine = 0;
};

// Reads lines until one is the header of a candidate kind (then the plan's header is that line); the lines above it that
// are titles join the context.
HeaderSearch findHeader(ImportPlan &plan, RecordSource &reader, const QList<const ImportKind *> &candidates, ContextReader &context,
                        const UserPreset *preset, const ImportOptions &options)
{
    CsvRecord rec;
    // With the kind chosen by hand, the first non-blank line is taken as the header if none matches, so that
    // a file with its own headers can be mapped column by column (the report names the unmapped fields).
    HeaderSearch found;
    for (int n = 0; n < 60 && reader.next(rec); ++n) {
        if (rec.isBlank())
            continue;
        QStringList header;
        QList<qint64> headerColumns, headerCellLines;
        for (int i = 0; i < rec.size(); ++i) {
            // A header cell Excel wrapped (周起\n始日, PE 2\n023A) is one name.
            header << rec.text(i).remove(QLatin1Char('\r')).remove(QLatin1Char('\n')).trimmed();
            headerColumns << rec.column(i);
            headerCellLines << rec.lineOf(i);
        }
        if (found.firstHeader.isEmpty()) {
            found.firstHeader = header;
            found.firstHeaderLine = rec.line;
        }
        std::optional<Reading> best;
        for (const ImportKind *k : std::as_const(candidates)) {
            Reading r = readAs(*k, header, headerColumns, headerCellLines, context, preset, options);
            const int needed = candidates.size() == 1 ? 1 : 2;
            if (r.match.score < needed)
                continue;
            // The kind that imports the file's measures wins: a movers table with 交易日期 and 周涨跌幅 is weekly
            // returns, not daily quotes that would drop the return. Then the one that maps the most columns.
            auto better = [](const Reading &a, const std::optional<Reading> &b) {
                return !b || a.match.unmappedMeasures < b->match.unmappedMeasures
                    || (a.match.unmappedMeasures == b->match.unmappedMeasures && a.match.score > b->match.score);
            };
            if (r.complete && better(r, best))
                best = r;
            else if (!r.complete && !r.missingDates.isEmpty() && better(r, found.undated))
                found.undated = r;
        }
        if (best) {
            plan.header = header;
            plan.headerColumns = headerColumns;
            plan.headerCellLines = headerCellLines;
            plan.headerLine = rec.line;
            found.chosen = best;
            break;
        }
        if (isContextLine(rec))
            for (int i = 0; i < rec.size(); ++i)
                if (!ValueParser::isMissingText(rec.fields[size_t(i)]))
                    context.addLine(rec.text(i), rec.lineOf(i));
    }
    return found;
}

// The header's reading, or why there is none: the table lacks only its date, the sheet could not be read, or no line
// names a known kind's columns. With one kind chosen by hand, the first line is its header whatever it names.
Result<Reading> settleHeader(ImportPlan &plan, HeaderSearch found, const RecordSource &reader, const QList<const ImportKind *> &candidates,
                             const ContextReader &context, const UserPreset *preset, const ImportOptions &options)
{
    std::optional<Reading> &chosen = found.chosen;
    const std::optional<Reading> &undated = found.undated;
    const QStringList &firstHeader = found.firstHeader;
    const qint64 firstHeaderLine = found.firstHeaderLine;
    // A table that would be a kind but for its date (a key-stock table without 日期): ask for the date rather than
    // reading it as another kind that drops its measures.
    if (undated && (!chosen || undated->match.unmappedMeasures < chosen->match.unmappedMeasures)) {
        Error e{QStringLiteral("no-date"),
                QCoreApplication::translate("ImportJob", "expected the date of this table, found none: it is a “%1” table (%2), and "
                                                         "nothing in the file says which day it is of. Give it with --as-of DATE "
                                                         "(or --week DATE), or add a date column or a title line such as "
                                                         "“数据截至 2024 年 8 月 16 日”")
                    .arg(undated->kind->displayTitle(), undated->missingDates.join(QStringLiteral(", "))),
                {}};
        return e;
    }
    if (!chosen && candidates.size() == 1 && !firstHeader.isEmpty()) {
        QList<qint64> columns, lines;
        for (int i = 0; i < firstHeader.size(); ++i)
            columns << i + 1, lines << firstHeaderLine;
        chosen = readAs(*candidates.first(), firstHeader, columns, lines, context, preset, options);
        plan.header = firstHeader;
        plan.headerColumns = columns;
        plan.headerCellLines = lines;
        plan.headerLine = firstHeaderLine;
        QStringList unmapped;
        for (int f = 0; f < chosen->kind->fields.size(); ++f)
            if (chosen->kind->fields[f].required && !chosen->mapped(f) && !chosen->defaults.contains(f))
                unmapped << chosen->kind->fields[f].key;
        if (!unmapped.isEmpty())
            plan.notes << QCoreApplication::translate("ImportJob", "required fields without a column: %1")
                              .arg(unmapped.join(QStringLiteral(", ")));
    }
    // A sheet that could not be read to its header (a damaged part, a DTD) says so, not that it has no header.
    if (!chosen && plan.workbook && !reader.error().isEmpty()) {
        Error e{QStringLiteral("workbook-damaged"), reader.error(), {}};
        e.line = reader.errorLine();
        e.column = reader.errorColumn();
        return e;
    }
    if (!chosen) {
        QStringList expected;
        for (const ImportKind *k : std::as_const(candidates)) {
            expected << requiredHeaders(*k);
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
    return *chosen;
}

// The context's error: a footer's line, numbered from the end of the file, becomes its real line.
Error contextError(const ImportPlan &plan, Error e)
{
    if (e.line < 0 && !plan.workbook) { // count the file's lines once, for this message
        qint64 lines = 0;
        TextStream text(plan.input, plan.encoding, plan.window, false);
        QByteArray window;
        bool endsWithBreak = true;
        while (text.readInto(window)) {
            lines += window.count('\n');
            if (!window.isEmpty())
                endsWithBreak = window.endsWith('\n');
            window.clear();
        }
        e.line = lines + (endsWithBreak ? 0 : 1) + e.line + 1;
    }
    return e;
}

std::optional<Error> checkTitleCode(ImportPlan &plan, const ImportOptions &options)
{
    // A title's security must be a code the normaliser takes, as a cell's would.
    if (plan.kind->codeField >= 0 && plan.defaults.contains(plan.kind->codeField)) {
        QString why;
        const auto code = SecurityCodes::normalise(std::get<QByteArray>(plan.defaults.value(plan.kind->codeField)), plan.context.codeName,
                                                   options.securities ? *options.securities : SecurityDirectory(), &why);
        if (!code)
            return Error{QStringLiteral("bad-code"),
                         QCoreApplication::translate("ImportJob", "expected the title's security code to be one ZhiSuan knows, found “%1” (%2)")
                             .arg(QString::fromUtf8(plan.context.code), why),
                         {}};
        plan.defaults.insert(plan.kind->codeField, code->code);
    }
    return std::nullopt;
}

std::optional<Error> checkStatedPeriod(ImportPlan &plan)
{
    // A period the whole file states that is not a trading week: refused here, once, when the kind cannot keep it.
    if (plan.kind->periodStart >= 0 && plan.context.period && plan.defaults.contains(plan.kind->periodStart)) {
        const WeekVerdict week = TradingCalendar::sse().asWeek(*plan.context.period);
        int weeklyColumn = -1;
        for (const ColumnMapping &c : std::as_const(plan.columns))
            if (c.parsed.weekly && weeklyColumn < 0 && (c.extra || (c.field >= 0 && plan.kind->fields[c.field].quantity != Quantity::Plain)))
                weeklyColumn = c.column;
        if (!week.isWeek && (weeklyColumn >= 0 || !plan.kind->periodReturns)) {
            Error e{QStringLiteral("not-a-week"),
                    weeklyColumn >= 0
                        ? QCoreApplication::translate("ImportJob", "expected a trading week for the weekly figure “%1”, found the period %2 "
                                                                   "(from %3): %4")
                              .arg(plan.header.value(weeklyColumn), plan.context.period->toString(), plan.context.periodWhere, week.why)
                        : QCoreApplication::translate("ImportJob", "expected a trading week, found the period %1 (from %2): %3")
                              .arg(plan.context.period->toString(), plan.context.periodWhere, week.why),
                    {}};
            e.line = plan.headerCellLines.value(qMax(weeklyColumn, 0), plan.headerLine);
            e.column = plan.headerColumns.value(qMax(weeklyColumn, 0), 1);
            return e;
        }
        if (!week.isWeek)
            plan.notes << QCoreApplication::translate("ImportJob", "the period %1 (from %2) is not a trading week: %3; the returns are "
                                                                   "stored as returns over that period, which the weekly views do not show")
                              .arg(plan.context.period->toString(), plan.context.periodWhere, week.why);
    }
    return std::nullopt;
}

// The notes the wizard and the report show about the plan: title lines skipped, what the file states for every row,
// columns not imported.
void addNotes(ImportPlan &plan)
{
    if (plan.headerLine > 1) {
        const int titleLines = static_cast<int>(plan.headerLine) - 1;
        plan.notes << QCoreApplication::translate("ImportJob", "skipped %n title line(s) before the header on line %1",
                                                  nullptr, titleLines)
                          .arg(plan.headerLine);
    }
    // A period the file states for every row: one note, saying what it is to the weekly views.
    if (plan.kind->periodStart >= 0 && (plan.defaults.contains(plan.kind->periodStart) || plan.defaults.contains(plan.kind->periodEnd))) {
        const QDate from = QDate::fromString(valueToString(plan.defaults.value(plan.kind->periodStart)), Qt::ISODate);
        const QDate to = QDate::fromString(valueToString(plan.defaults.value(plan.kind->periodEnd)), Qt::ISODate);
        const Period period = from.isValid() ? Period{from, to.isValid() ? to : from} : Period{to.addDays(1 - to.dayOfWeek()), to};
        const WeekVerdict week = TradingCalendar::sse().asWeek(period);
        const QString where = plan.context.period ? plan.context.periodWhere : plan.context.dayWhere;
        if (week.isWeek)
            plan.notes << QCoreApplication::translate("ImportJob", "every row is of the trading week of %1 (%2, from %3)")
                              .arg(week.monday.toString(Qt::ISODate), period.toString(), where);
        else if (from.isValid())
            plan.notes << QCoreApplication::translate("ImportJob", "every row covers %1 (from %2)").arg(period.toString(), where);
    }
    for (int f = 0; f < plan.kind->fields.size(); ++f) {
        if (!plan.defaults.contains(f) || f == plan.kind->periodStart || f == plan.kind->periodEnd)
            continue;
        const QString &key = plan.kind->fields[f].key;
        const QString where = f == plan.kind->codeField || f == plan.kind->nameField ? QCoreApplication::translate("ImportJob", "the title line")
                              : (key == QLatin1String("as_of") || key == QLatin1String("trade_date")) && plan.context.day.isValid()
                                  ? plan.context.dayWhere
                                  : plan.context.period ? plan.context.periodWhere
                                                        : plan.context.dayWhere;
        plan.notes << QCoreApplication::translate("ImportJob", "%1 = %2 for every row (from %3)")
                          .arg(fieldLabel(key), valueToString(plan.defaults.value(f)),
                               where.isEmpty() ? QCoreApplication::translate("ImportJob", "the date chosen for this import") : where);
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
}

void setStatedWeek(ImportPlan &plan)
{
    // The week the file is of, for the wizard: stated outside the rows, or by the first data row's date.
    if (plan.context.period) {
        const WeekVerdict week = TradingCalendar::sse().asWeek(*plan.context.period);
        plan.statedWeekStart = week.isWeek ? week.monday : plan.context.period->from;
        plan.statedWeekEnd = week.isWeek ? week.lastDay : plan.context.period->to;
    } else if (plan.context.day.isValid()) {
        plan.statedWeekStart = plan.context.day.addDays(1 - plan.context.day.dayOfWeek());
        plan.statedWeekEnd = plan.context.day;
    } else {
        for (const ColumnMapping &c : std::as_const(plan.columns)) {
            if (c.field < 0 || !isDateKey(plan.kind->fields[c.field].key))
                continue;
            auto rows = plan.records();
            if (!rows)
                break;
            CsvRecord row;
            while (rows.value()->next(row)) {
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
}

// A terminal's export (its headers say Wind or iFinD) without a source column: every row's source names the terminal
// as the figures' primary source, and the file ("wind_0823.csv (Wind)", shown "来源：Wind，wind_0823.csv"), as a
// research report's table names its data provider (issue 29). Headers of two terminals name neither.
void nameVendor(ImportPlan &plan, const ImportOptions &options)
{
    const int source = plan.kind->field(QStringLiteral("source"));
    if (source < 0 || plan.defaults.contains(source))
        return;
    QString vendor;
    for (const ColumnMapping &c : std::as_const(plan.columns)) {
        if (c.field == source && !c.ignored)
            return; // the file says where each row came from
        if (!c.parsed.vendor.isEmpty() && !vendor.isEmpty() && c.parsed.vendor != vendor)
            return;
        if (!c.parsed.vendor.isEmpty())
            vendor = c.parsed.vendor;
    }
    if (vendor.isEmpty())
        return;
    const QString file = options.recordedName.isEmpty() ? QFileInfo(plan.displayName).fileName() : options.recordedName;
    const QString named = QStringLiteral("%1 (%2)").arg(file, vendor);
    plan.defaults.insert(source, named.toUtf8());
    plan.notes << QCoreApplication::translate("ImportJob", "the headers are %1's: every row's source is “%2”").arg(vendor, named);
}

} // namespace

Result<ImportPlan> ImportJob::planTable(ImportPlan plan, ContextReader context, const ImportOptions &options, const QList<UserPreset> &presets)
{
    const auto preset = presetOf(options, presets);
    if (!preset)
        return preset.error();
    if (preset.value())
        plan.preset = preset.value()->name;
    const auto candidates = candidateKinds(preset.value() ? preset.value()->kind : options.kind);
    if (!candidates)
        return candidates.error();
    if (options.week.isValid())
        context.addWeek(options.week);
    if (options.asOf.isValid())
        context.addAsOf(options.asOf);

    auto source = plan.records();
    if (!source)
        return source.error();
    HeaderSearch found = findHeader(plan, *source.value(), candidates.value(), context, preset.value(), options);
    const Result<Reading> settled = settleHeader(plan, std::move(found), *source.value(), candidates.value(), context, preset.value(), options);
    if (!settled)
        return settled.error();
    const Reading *chosen = &settled.value();
    if (!chosen->context)
        return contextError(plan, chosen->context.error());
    plan.kind = chosen->kind;
    plan.columns = chosen->match.columns;
    plan.defaults = chosen->defaults;
    plan.context = chosen->context.value();
    for (const auto &[column, message] : std::as_const(chosen->match.problems))
        plan.headerProblems.append(ImportIssue{plan.displayName, plan.headerCellLines.value(column, plan.headerLine), plan.headerColumns.value(column, column + 1),
                                               plan.header.value(column), plan.header.value(column) + QStringLiteral(": ") + message});
    if (auto failed = checkTitleCode(plan, options))
        return *failed;
    if (auto failed = checkStatedPeriod(plan))
        return *failed;
    addNotes(plan);
    nameVendor(plan, options);
    setStatedWeek(plan);
    return plan;
}

QList<ImportJob::PreviewRow> ImportJob::preview(const ImportPlan &plan, int maxRows)
{
    QList<PreviewRow> rows;
    if (!plan.input)
        return rows;
    auto source = plan.records();
    if (!source) {
        PreviewRow row;
        row.cells << QString();
        row.errors << source.error().message;
        rows.append(row);
        return rows;
    }
    RecordSource &reader = *source.value();
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
            if (reader.atEnd())
                break;
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

Result<std::unique_ptr<RecordSource>> ImportPlan::records() const
{
    if (workbook)
        return workbook->records(sheet);
    if (!input)
        return Error{QStringLiteral("io"), QCoreApplication::translate("ImportJob", "there is no file to read"), {}};
    return std::unique_ptr<RecordSource>(new CsvReader(std::make_unique<TextStream>(input, encoding, window, false), delimiter));
}

void ImportPlan::placeInSheet(QList<ImportIssue> &issues) const
{
    if (sheetName.isEmpty())
        return;
    for (ImportIssue &e : issues)
        if (e.line > 0)
            e.sheet = sheetName;
}

Result<ImportPlan> ImportJob::planWorkbook(const std::shared_ptr<const ImportInput> &input, const QString &displayName, const ImportOptions &options,
                                           const QList<UserPreset> &presets)
{
    auto opened = Workbook::open(input);
    if (!opened)
        return opened.error();
    const std::shared_ptr<const Workbook> workbook = opened.value();
    const QStringList &sheets = workbook->sheets();
    // One sheet as a table: its last rows for footers, then the header search and all that follows, as for a CSV file.
    auto planSheet = [&](int index) -> Result<ImportPlan> {
        ImportPlan plan;
        plan.displayName = displayName;
        plan.input = input;
        plan.securities = options.securities;
        plan.rawSize = input->size();
        plan.encoding = workbook->formatName();
        plan.workbook = workbook;
        plan.sheet = index;
        plan.sheetName = sheets[index];
        // The sheet's name is kept apart from the plan, which planTable takes (a moved-from plan has no name left).
        auto placed = [sheet = plan.sheetName](Error e) {
            e.sheet = sheet; // an error of the sheet without a place is at its first cell
            return e;
        };
        ContextReader context;
        auto tail = workbook->lastRecords(index);
        if (!tail)
            return placed(tail.error());
        CsvRecord rec;
        while (tail.value()->next(rec))
            if (isContextLine(rec))
                for (int i = 0; i < rec.size(); ++i)
                    if (!ValueParser::isMissingText(rec.fields[size_t(i)]))
                        context.addLine(rec.text(i), rec.line);
        if (!tail.value()->error().isEmpty()) {
            Error e{QStringLiteral("workbook-damaged"), tail.value()->error(), {}};
            e.line = tail.value()->errorLine();
            e.column = tail.value()->errorColumn();
            return placed(e);
        }
        auto planned = planTable(std::move(plan), std::move(context), options, presets);
        if (!planned)
            return placed(planned.error());
        planned.value().placeInSheet(planned.value().headerProblems); // a header cell is named as Excel names it
        return planned;
    };
    auto sheetList = [&](const QList<int> &which) {
        QStringList names;
        for (int i : which)
            names << QStringLiteral("%1 “%2”").arg(i + 1).arg(sheets[i]);
        return names.join(QStringLiteral(", "));
    };
    QList<int> all;
    for (int i = 0; i < sheets.size(); ++i)
        all << i;
    if (!options.sheet.isEmpty()) {
        int index = int(sheets.indexOf(options.sheet));
        for (int i = 0; index < 0 && i < sheets.size(); ++i)
            if (sheets[i].compare(options.sheet.trimmed(), Qt::CaseInsensitive) == 0)
                index = i;
        bool number = false;
        const int n = options.sheet.trimmed().toInt(&number);
        if (index < 0 && number && n >= 1 && n <= sheets.size())
            index = n - 1;
        if (index < 0)
            return Error{QStringLiteral("workbook-sheet"),
                         QCoreApplication::translate("ImportJob", "expected a sheet of the workbook, found no sheet “%1”; its sheets are %2")
                             .arg(options.sheet, sheetList(all)),
                         {}};
        return planSheet(index);
    }
    if (sheets.size() == 1)
        return planSheet(0);
    // Several sheets: the one whose header the import knows. A sheet that has such a header but is refused for what
    // follows (a period that is not a week) still counts: its error is the answer, not another sheet.
    QList<int> known;
    std::optional<Result<ImportPlan>> found;
    for (int i = 0; i < sheets.size(); ++i) {
        auto planned = planSheet(i);
        if (!planned && (planned.error().code == QLatin1String("no-header") || planned.error().code.startsWith(QLatin1String("workbook-"))))
            continue;
        known << i;
        if (!found)
            found = std::move(planned);
    }
    if (known.size() == 1)
        return *found;
    if (known.isEmpty())
        return Error{QStringLiteral("no-header"),
                     QCoreApplication::translate("ImportJob", "expected a sheet whose header names the columns of a known kind, found none "
                                                              "in the workbook's sheets %1 (choose a kind or a preset, and a sheet with --sheet)")
                         .arg(sheetList(all)),
                     {}};
    return Error{QStringLiteral("workbook-sheets"),
                 QCoreApplication::translate("ImportJob", "expected one sheet to import, found %n sheet(s) with a header ZhiSuan knows: %1; "
                                                          "choose one with --sheet NAME or its number (or in the import wizard)",
                                             nullptr, int(known.size()))
                     .arg(sheetList(known)),
                 {}};
}

} // namespace zhisuan::db
