#include "recordparser.h"

#include "numberreader.h"
#include "tradingcalendar.h"

#include <QCoreApplication>
#include <QSet>

namespace zhisuan::db {

namespace {

QString choiceExpectation(const FieldSpec &f)
{
    QStringList accepted;
    for (const auto &[canonical, spellings] : f.choices)
        accepted << spellings.value(0, canonical) + QStringLiteral("/") + canonical;
    return accepted.join(QStringLiteral(", "));
}

QDate isoDate(const Value &v)
{
    const auto *t = std::get_if<QByteArray>(&v);
    return t ? QDate::fromString(QString::fromLatin1(*t), Qt::ISODate) : QDate();
}

QByteArray isoBytes(const QDate &d) { return d.toString(Qt::ISODate).toLatin1(); }

} // namespace

struct RecordParser::Row
{
    const ImportPlan &plan;
    const CsvRecord &rec;
    QList<ImportIssue> *issues;
    QStringList *cellErrors;
    bool ok = true;
    QSet<int> failedFields; // a field whose cell has its issue already: no second one for it

    // One issue at the cell in `column` (its own line: a quoted cell may start lines below its record).
    void fail(int column, const QString &header, const QString &message, QSet<QString> *once = nullptr)
    {
        if (once && once->contains(message)) {
            ok = false; // said at an earlier row already: the row is still refused
            if (cellErrors && column >= 0 && column < cellErrors->size())
                (*cellErrors)[column] = message;
            return;
        }
        if (once)
            once->insert(message);
        ok = false;
        if (issues)
            issues->append(ImportIssue{plan.displayName, column >= 0 ? rec.lineOf(column) : rec.line,
                                       column >= 0 ? rec.column(column) : 1, header, message});
        if (cellErrors && column >= 0 && column < cellErrors->size())
            (*cellErrors)[column] = message;
    }
};

RecordParser::RecordParser(const ImportPlan &plan) : m_plan(plan)
{
    const ImportKind &kind = *plan.kind;
    m_initial.assign(size_t(kind.fields.size()), Value(Absent{}));
    for (const ColumnMapping &m : plan.columns) {
        if (m.field >= 0)
            m_initial[size_t(m.field)] = Value();
        const Quantity quantity = m.field >= 0 ? kind.fields[m.field].quantity
                                  : m.extra && kind.extraQuantity ? kind.extraQuantity(m.parsed) : Quantity::Plain;
        // 周涨跌幅, 周最高价: a weekly figure (not 周起始日, a date).
        if (m.parsed.weekly && (m.extra || (m.field >= 0 && quantity != Quantity::Plain)))
            m_weeklyColumns << m.column;
        if (const Unit *unit = UnitVocabulary::find(m.parsed.unit); unit && quantity == Quantity::Price && !unit->currency.isEmpty())
            m_priceCurrencies.append({m.column, unit->currency});
    }
    for (auto it = plan.defaults.constBegin(); it != plan.defaults.constEnd(); ++it)
        m_initial[size_t(it.key())] = it.value();
    for (int i = 0; i < kind.fields.size(); ++i) {
        const FieldSpec &f = kind.fields[i];
        for (const auto &[canonical, spellings] : f.choices) {
            m_choiceMaps[i].insert(canonical.toLower(), canonical.toUtf8());
            for (const QString &s : spellings)
                m_choiceMaps[i].insert(s.toLower(), canonical.toUtf8());
        }
    }
}

int RecordParser::columnOf(int field) const
{
    for (const ColumnMapping &m : m_plan.columns)
        if (m.field == field)
            return m.column;
    return -1;
}

bool RecordParser::parse(const CsvRecord &rec, ImportRecord &out, QList<ImportIssue> *issues, QStringList *cellErrors) const
{
    out.line = rec.line;
    out.values = m_initial;
    out.extras.clear();
    out.period = false;
    out.periodWeek = Value();
    Row row{m_plan, rec, issues, cellErrors, true, {}};
    const auto &fields = m_plan.kind->fields;
    readCells(rec, out, row);
    resolveCodes(rec, out, row);
    classifyPeriod(rec, out, row);
    if (row.ok) {
        QList<RowProblem> problems;
        m_plan.kind->check(out, problems);
        for (const RowProblem &p : std::as_const(problems)) {
            const int column = columnOf(p.field);
            const QString header = column >= 0 ? m_plan.header.value(column) : fields[p.field].key;
            row.fail(qMax(column, 0), header, header + QStringLiteral(": ") + p.message);
        }
    }
    const ImportKind &kind = *m_plan.kind;
    for (int i = 0; i < fields.size(); ++i) {
        if (!fields[i].required || !isMissing(out.values[size_t(i)]) || row.failedFields.contains(i))
            continue;
        // A period's start follows from its end (and the other way round): a bad end date is that cell's one error.
        const int partner = i == kind.periodStart ? kind.periodEnd : i == kind.periodEnd ? kind.periodStart : -1;
        if (partner >= 0 && row.failedFields.contains(partner))
            continue;
        const int column = columnOf(i);
        const QString header = column >= 0 ? m_plan.header.value(column) : fields[i].key;
        if (column >= 0)
            row.fail(column, header, header + QStringLiteral(": ") + QCoreApplication::translate("ImportJob", "expected a value, found an empty cell"));
        else
            row.fail(0, header, QCoreApplication::translate("ImportJob", "expected a value for “%1”, found none (no column and no default)").arg(header));
    }
    return row.ok;
}

void RecordParser::readCells(const CsvRecord &rec, ImportRecord &out, Row &row) const
{
    const ImportKind &kind = *m_plan.kind;
    const auto &fields = kind.fields;
    const auto headerSize = m_plan.header.size();
    if (rec.size() > headerSize) {
        for (int c = int(headerSize); c < rec.size(); ++c) {
            if (!ValueParser::isMissingText(rec.fields[size_t(c)])) {
                row.fail(c, QString(), QCoreApplication::translate("ImportJob", "expected %1 fields as in the header (line %2), found %3")
                                           .arg(headerSize)
                                           .arg(m_plan.headerLine)
                                           .arg(rec.size()));
                break;
            }
        }
    }
    for (const ColumnMapping &m : m_plan.columns) {
        const QByteArrayView raw = m.column < rec.size() ? rec.fields[size_t(m.column)] : QByteArrayView();
        // A sheet's cell with no value to give (a formula never calculated): its fault, when the column is imported.
        if (!rec.faults.empty() && (m.extra || m.field >= 0)) {
            if (const QString why = rec.fault(m.column); !why.isEmpty()) {
                if (m.field >= 0)
                    row.failedFields.insert(m.field);
                row.fail(m.column, m.header, m.header + QStringLiteral(": ") + why);
                continue;
            }
        }
        if (m.extra) {
            Value v;
            const Quantity quantity = kind.extraQuantity ? kind.extraQuantity(m.parsed) : Quantity::Plain;
            const FieldType type = kind.extraQuantity ? FieldType::Real : FieldType::Percent;
            const QString err = ValueParser::parse(type, raw, v, m.pow10, quantity);
            if (!err.isEmpty())
                row.fail(m.column, m.header, m.header + QStringLiteral(": ") + err);
            else
                out.extras.emplace_back(m.header, v);
            continue;
        }
        if (m.field < 0)
            continue;
        const FieldSpec &f = fields[m.field];
        auto fail = [&](const QString &message) {
            row.failedFields.insert(m.field);
            row.fail(m.column, m.header, m.header + QStringLiteral(": ") + message);
        };
        if (!m_plan.defaults.isEmpty() && m_plan.defaults.contains(m.field) && ValueParser::isMissingText(raw))
            continue; // keep the default
        if (f.type == FieldType::Code) {
            // Read whole here, resolved with the row's name once every cell is in (resolveCodes).
            const QByteArrayView code = NumberReader::unwrapExcelText(raw);
            out.values[size_t(m.field)] = ValueParser::isMissingText(code) ? Value() : Value(code.toByteArray());
            continue;
        }
        Value v;
        if (const QString err = ValueParser::parse(f.type, raw, v, m.pow10, f.quantity); !err.isEmpty()) {
            fail(err);
            continue;
        }
        if (f.type == FieldType::Choice && !isMissing(v)) {
            const QString spelled = QString::fromUtf8(std::get<QByteArray>(v)).trimmed().toLower();
            const auto canonical = m_choiceMaps.value(m.field).value(spelled);
            if (canonical.isEmpty()) {
                fail(QCoreApplication::translate("ImportJob", "expected one of %1, found “%2”")
                         .arg(choiceExpectation(f), QString::fromUtf8(raw).trimmed()));
                continue;
            }
            v = canonical;
        }
        if (f.nonNegative) {
            const auto *real = std::get_if<double>(&v);
            const auto *whole = std::get_if<qint64>(&v);
            if ((real && *real < 0) || (whole && *whole < 0)) {
                fail(QCoreApplication::translate("ImportJob", "expected a number ≥ 0, found “%1”").arg(QString::fromUtf8(raw).trimmed()));
                continue;
            }
        }
        if (isMissing(v) && f.keepWhenMissing)
            v = Absent{}; // "--" in such a column leaves the stored value (or the column's default) alone
        out.values[size_t(m.field)] = std::move(v);
    }
    // A sheet's row ends at its last cell that holds something (Excel writes no empty cell): the cells after it are
    // empty, and a required one among them is named as such above.
    if (row.ok && rec.size() < headerSize && !m_plan.workbook) {
        // A short row (checked after its cells, so that a cell cut off mid-value is named first): the cells it lacks
        // would be read as empty and a value in the wrong column could pass for another. Only a missing run of
        // columns nobody imports is allowed (a trailing empty header).
        for (const ColumnMapping &m : m_plan.columns) {
            if (m.column >= rec.size() && (m.field >= 0 || m.extra)) {
                row.fail(rec.size() - 1, QString(), QCoreApplication::translate("ImportJob", "expected %1 fields as in the header (line %2), found %3")
                                                        .arg(headerSize)
                                                        .arg(m_plan.headerLine)
                                                        .arg(rec.size()));
                for (int i = 0; i < fields.size(); ++i)
                    row.failedFields.insert(i);
                return;
            }
        }
    }
}

void RecordParser::resolveCodes(const CsvRecord &, ImportRecord &out, Row &row) const
{
    const ImportKind &kind = *m_plan.kind;
    for (int i = 0; i < kind.fields.size(); ++i) {
        if (kind.fields[i].type != FieldType::Code || row.failedFields.contains(i))
            continue;
        const auto *raw = std::get_if<QByteArray>(&out.values[size_t(i)]);
        if (!raw)
            continue;
        const QByteArray *nameBytes = i == kind.codeField && kind.nameField >= 0 ? std::get_if<QByteArray>(&out[kind.nameField]) : nullptr;
        const QByteArray name = nameBytes ? *nameBytes : QByteArray();
        QString why;
        std::optional<NormalisedCode> code;
        if (*raw == m_lastRawCode && name == m_lastCodeName && !m_lastCode.isEmpty()) {
            code = NormalisedCode{m_lastCode, m_lastCodeKind};
        } else {
            code = SecurityCodes::normalise(*raw, QString::fromUtf8(name), m_plan.securities ? *m_plan.securities : m_noSecurities, &why);
            if (code) {
                m_lastRawCode = *raw;
                m_lastCodeName = name;
                m_lastCode = code->code;
                m_lastCodeKind = code->kind;
            }
        }
        const int column = columnOf(i);
        const QString header = column >= 0 ? m_plan.header.value(column) : kind.fields[i].key;
        if (!code) {
            row.failedFields.insert(i);
            const QString expected = ValueParser::expectation(FieldType::Code) + (why.isEmpty() ? QString() : QStringLiteral(" (") + why + QLatin1Char(')'));
            row.fail(qMax(column, 0), header, header + QStringLiteral(": ")
                         + QCoreApplication::translate("ValueParser", "expected %1, found “%2”").arg(expected, QString::fromUtf8(*raw)));
            continue;
        }
        out.values[size_t(i)] = code->code;
        if (i != kind.codeField)
            continue;
        // A price column in a currency the security is not quoted in holds converted prices: never stored as its own.
        for (const auto &[priceColumn, currency] : m_priceCurrencies) {
            if (SecurityCodes::takesPriceIn(code->code, currency))
                continue;
            const QString priceHeader = m_plan.header.value(priceColumn);
            const QString quoted = SecurityCodes::quoteCurrency(code->code);
            row.fail(priceColumn, priceHeader, priceHeader + QStringLiteral(": ")
                         + QCoreApplication::translate("ImportJob", "expected prices in the currency %1 is quoted in (%2), found a column "
                                                                    "in %3: export it in 原始币种")
                               .arg(QString::fromLatin1(code->code), quoted.isEmpty() ? QStringLiteral("?") : quoted, currency));
        }
        if (kind.securityKindField < 0)
            continue;
        // The kind of security is its code family's: a file that says otherwise is wrong about one of the two.
        const QByteArray family = securityKindCode(code->kind);
        const Value &stated = out[kind.securityKindField];
        if (const auto *s = std::get_if<QByteArray>(&stated); s && *s != family && !row.failedFields.contains(kind.securityKindField)) {
            const int kindColumn = columnOf(kind.securityKindField);
            row.failedFields.insert(kind.securityKindField);
            row.fail(qMax(kindColumn, 0), m_plan.header.value(kindColumn),
                     m_plan.header.value(kindColumn) + QStringLiteral(": ")
                         + QCoreApplication::translate("ImportJob", "expected “%1” for %2 (its code family), found “%3”")
                               .arg(QString::fromLatin1(family), QString::fromLatin1(code->code), QString::fromUtf8(*s)));
            continue;
        }
        out.values[size_t(kind.securityKindField)] = family;
    }
}

void RecordParser::classifyPeriod(const CsvRecord &, ImportRecord &out, Row &row) const
{
    const ImportKind &kind = *m_plan.kind;
    if (kind.periodStart < 0 || kind.periodEnd < 0 || row.failedFields.contains(kind.periodStart)
        || row.failedFields.contains(kind.periodEnd))
        return;
    const QDate start = isoDate(out[kind.periodStart]);
    const QDate end = isoDate(out[kind.periodEnd]);
    if (!start.isValid() && !end.isValid())
        return; // the required-field check says what is missing
    if (start.isValid() && end.isValid() && end < start)
        return; // checkDateOrder reports it at the end date
    const int startColumn = columnOf(kind.periodStart), endColumn = columnOf(kind.periodEnd);
    const bool ownDates = startColumn >= 0 || endColumn >= 0;
    const int at = endColumn >= 0 ? endColumn : startColumn >= 0 ? startColumn : 0;
    const QString atHeader = m_plan.header.value(at);
    // A single date ends the trading week it closes (交易日期 of a weekly table); a start alone begins one.
    const Period period = start.isValid() && end.isValid() ? Period{start, end}
                          : end.isValid()                  ? Period{end.addDays(1 - end.dayOfWeek()), end}
                                                           : Period{start, start.addDays(7 - start.dayOfWeek())};
    const auto &cal = TradingCalendar::sse();
    if (ownDates && m_plan.context.period && !cal.sameTradingDays(period, *m_plan.context.period)) {
        row.failedFields.insert(kind.periodEnd);
        row.fail(at, atHeader, atHeader + QStringLiteral(": ")
                     + QCoreApplication::translate("ImportJob", "expected the period the file states (%1, from %2), found %3")
                           .arg(m_plan.context.period->toString(), m_plan.context.periodWhere, period.toString()),
                 &m_saidOnce);
        return;
    }
    const WeekVerdict week = cal.asWeek(period);
    if (week.isWeek) {
        // Keyed by the week's Monday; its end as the file states it (30 September to 4 October 2024 is the week of the
        // 30th, whose other days were 国庆), at most that Friday.
        out.values[size_t(kind.periodStart)] = isoBytes(week.monday);
        out.values[size_t(kind.periodEnd)] = isoBytes(qMin(period.to, week.monday.addDays(4)));
        return;
    }
    if (kind.periodReturns && m_weeklyColumns.isEmpty() && start.isValid() && end.isValid()) {
        out.period = true; // stored with the dates it covers, as a period return
        if (const QDate monday = cal.weekToDate(period); monday.isValid())
            out.periodWeek = isoBytes(monday);
        return;
    }
    row.failedFields.insert(kind.periodEnd);
    if (!m_weeklyColumns.isEmpty()) {
        const QString weekly = m_plan.header.value(m_weeklyColumns.first());
        row.fail(ownDates ? at : m_weeklyColumns.first(), ownDates ? atHeader : weekly,
                 (ownDates ? atHeader : weekly) + QStringLiteral(": ")
                     + QCoreApplication::translate("ImportJob", "expected a trading week for the weekly figure “%1”, found %2: %3")
                           .arg(weekly, period.toString(), week.why),
                 &m_saidOnce);
    } else {
        row.fail(at, atHeader, atHeader + QStringLiteral(": ")
                     + QCoreApplication::translate("ImportJob", "expected a trading week, found %1: %2").arg(period.toString(), week.why),
                 &m_saidOnce);
    }
}

} // namespace zhisuan::db
