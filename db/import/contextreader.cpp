#include "contextreader.h"

#include "numberreader.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace zhisuan::db {

namespace {

QString iso(const QDate &d) { return d.toString(Qt::ISODate); }

// 2024 年 8 月 16 日, 2024-08-16, 2024/8/16, 2024.08.16 or 20240816.
const QString kDate = QStringLiteral("(?:(\\d{4})\\s*[年\\-/.]\\s*(\\d{1,2})\\s*[月\\-/.]\\s*(\\d{1,2})\\s*日?|(\\d{4})(\\d{2})(\\d{2}))");

QDate dateAt(const QRegularExpressionMatch &m, int first)
{
    for (int g : {first, first + 3})
        if (!m.captured(g).isEmpty())
            return QDate(m.captured(g).toInt(), m.captured(g + 1).toInt(), m.captured(g + 2).toInt());
    return {};
}

QDate lastTradingDayIn(const Period &p)
{
    const auto &cal = TradingCalendar::sse();
    for (QDate d = p.to; d >= p.from; d = d.addDays(-1))
        if (cal.isTradingDay(d))
            return d;
    return p.to;
}

Error disagreement(const ContextReader::Claim &a, const ContextReader::Claim &b, const QString &what)
{
    // Reported where the user can look: the statement with a place in the file (the later one if both have one).
    const ContextReader::Claim &at = b.line != 0 ? b : a;
    Error e{QStringLiteral("dates-disagree"),
            QCoreApplication::translate("ContextReader", "expected one %1 for the whole file, found two: %2 says %3, but %4 says %5 "
                                                         "(correct the file, or leave out --week/--as-of)")
                .arg(what, a.where, a.period.toString(), b.where, b.period.toString()),
            {}};
    e.line = at.line;
    e.column = at.line != 0 ? qMax<qint64>(1, at.column) : 0;
    return e;
}

} // namespace

void ContextReader::addLine(const QString &rawText, qint64 line)
{
    const QString text = QString::fromUtf8(NumberReader::fold(rawText.toUtf8())).trimmed();
    if (text.isEmpty())
        return;
    static const QRegularExpression range(kDate + QStringLiteral("\\s*(?:至|到|~|～|—|–|-{1,2})\\s*") + kDate);
    static const QRegularExpression single(QStringLiteral("(?:截至|截止|as of)\\s*") + kDate, QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression closing(kDate + QStringLiteral("\\s*收盘"));
    const QString where = QCoreApplication::translate("ContextReader", "the line “%1”").arg(text.left(60));
    if (const auto m = range.match(text); m.hasMatch()) {
        const Period p{dateAt(m, 1), dateAt(m, 7)};
        if (p.from.isValid() && p.to.isValid())
            m_periods.append(Claim{p, where, line, 1 + m.capturedStart()});
    }
    for (const auto *re : {&single, &closing}) {
        if (const auto m = re->match(text); m.hasMatch()) {
            const QDate d = dateAt(m, 1);
            if (d.isValid()) {
                m_days.append(Claim{Period{d, d}, where, line, 1 + m.capturedStart()});
                break;
            }
        }
    }
    // A single-security export names its security in the title only: 创业板指(399006.SZ).
    static const QRegularExpression security(QStringLiteral("^([^,;\\t]{1,40}?)\\s*[(（]\\s*([0-9A-Za-z]{1,10}\\.[A-Za-z]{1,4})\\s*[)）]$"));
    if (const auto m = security.match(text); m.hasMatch() && m_code.isEmpty()) {
        m_code = m.captured(2).toUtf8();
        m_codeName = m.captured(1).trimmed();
    }
}

void ContextReader::addHeader(const ExportHeader &parsed, const QString &text, qint64 line, qint64 column)
{
    if (!parsed.from.isValid() || !parsed.to.isValid())
        return;
    const QString where = QCoreApplication::translate("ContextReader", "the header “%1”").arg(text.trimmed());
    (parsed.range ? m_periods : m_days).append(Claim{parsed.period(), where, line, column});
}

void ContextReader::addWeek(const QDate &anyDay)
{
    // The trading week of that day: its first to its last trading day (Monday to Tuesday in the week of 劳动节 2024).
    const auto &cal = TradingCalendar::sse();
    const QDate monday = anyDay.addDays(1 - anyDay.dayOfWeek());
    QDate first, last;
    for (QDate d = monday; d < monday.addDays(7); d = d.addDays(1))
        if (cal.isTradingDay(d)) {
            if (!first.isValid())
                first = d;
            last = d;
        }
    const Period week = first.isValid() ? Period{first, last} : Period{monday, monday.addDays(4)};
    m_week = Claim{week, QCoreApplication::translate("ContextReader", "--week %1").arg(iso(anyDay)), 0, 0};
}

void ContextReader::addAsOf(const QDate &day)
{
    m_days.prepend(Claim{Period{day, day}, QCoreApplication::translate("ContextReader", "--as-of %1").arg(iso(day)), 0, 0});
}

Result<StatedContext> ContextReader::agree(bool periodFigures) const
{
    const auto &cal = TradingCalendar::sse();
    StatedContext out;
    out.code = m_code;
    out.codeName = m_codeName;
    QList<Claim> periods = m_periods;
    if (m_week && periodFigures)
        periods.prepend(*m_week);
    for (qsizetype i = 1; i < periods.size(); ++i)
        if (!cal.sameTradingDays(periods[0].period, periods[i].period))
            return disagreement(periods[0], periods[i], QCoreApplication::translate("ContextReader", "period"));
    for (qsizetype i = 1; i < m_days.size(); ++i)
        if (m_days[0].period.from != m_days[i].period.from)
            return disagreement(m_days[0], m_days[i], QCoreApplication::translate("ContextReader", "date"));
    // The file's own statement of its period is the more precise (Wednesday to Friday in a holiday week); --week
    // stands when the file says nothing.
    if (!m_periods.isEmpty()) {
        out.period = m_periods.first().period;
        out.periodWhere = m_periods.first().where;
    } else if (m_week) {
        out.period = m_week->period;
        out.periodWhere = m_week->where;
    }
    if (!m_days.isEmpty()) {
        out.day = m_days.first().period.from;
        out.dayWhere = m_days.first().where;
    }
    if (out.period && out.day.isValid()) {
        const Claim &p = m_periods.isEmpty() ? *m_week : m_periods.first();
        if (periodFigures && lastTradingDayIn(*out.period) != lastTradingDayIn(Period{out.day.addDays(-7), out.day}))
            return disagreement(p, m_days.first(), QCoreApplication::translate("ContextReader", "end of the period"));
        if (!periodFigures && m_week && (out.day < m_week->period.from || out.day > m_week->period.from.addDays(6)))
            return disagreement(*m_week, m_days.first(), QCoreApplication::translate("ContextReader", "week"));
    }
    return out;
}

} // namespace zhisuan::db
