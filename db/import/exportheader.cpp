#include "exportheader.h"

#include "unitvocabulary.h"

#include <QRegularExpression>
#include <QStringList>

namespace zhisuan::db {

QString normaliseHeader(const QString &header)
{
    QString h;
    h.reserve(header.size());
    for (QChar c : header) {
        if (c.isSpace() || c == QChar(0x3000) || c == QChar(0xFEFF))
            continue;
        if (c == QChar(0xFF08))
            c = QLatin1Char('(');
        else if (c == QChar(0xFF09))
            c = QLatin1Char(')');
        else if (c == QChar(0xFF05))
            c = QLatin1Char('%');
        else if (c == QChar(0xFF1A))
            c = QLatin1Char(':');
        h.append(c.toLower());
    }
    return h;
}

namespace {

QDate headerDate(const QString &digits)
{
    QString d = digits;
    d.remove(QLatin1Char('-'));
    d.remove(QLatin1Char('/'));
    return d.size() == 8 ? QDate::fromString(d, QStringLiteral("yyyyMMdd")) : QDate();
}

// A plain header's unit: the last bracketed group when it is a unit (周涨跌幅(%), 解禁数量（万股）), or a trailing %.
// A bracket that is not a unit (市盈率PE(TTM), 计算机(申万)) stays part of the name.
void takePlainUnit(ExportHeader &h)
{
    static const QRegularExpression trailing(QStringLiteral("^(.*?)\\s*[(（]\\s*([^()（）]{1,8})\\s*[)）]\\s*$"));
    if (const auto m = trailing.match(h.base); m.hasMatch() && UnitVocabulary::find(m.captured(2))) {
        h.base = m.captured(1).trimmed();
        h.unit = m.captured(2).trimmed();
        return;
    }
    if (h.base.size() > 1 && (h.base.endsWith(QLatin1Char('%')) || h.base.endsWith(QChar(0xFF05)))) {
        h.base.chop(1);
        h.base = h.base.trimmed();
        h.unit = QStringLiteral("%");
    }
}

// Broker year columns: 2023A EPS, EPS 2024E, 2025E PE, 2021EPS, PE2022, EPS(2024E), 2024年EPS.
void takeYear(ExportHeader &h)
{
    static const QRegularExpression yearFirst(QStringLiteral("^(\\d{4})\\s*年?\\s*([AaEe])?\\s*[-_]?\\s*(EPS|PE)$"),
                                              QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression yearLast(QStringLiteral("^(EPS|PE)\\s*[-_(（]?\\s*(\\d{4})\\s*年?\\s*([AaEe])?\\s*[)）]?$"),
                                             QRegularExpression::CaseInsensitiveOption);
    QString year, basis, what;
    if (const auto m = yearFirst.match(h.base); m.hasMatch()) {
        year = m.captured(1), basis = m.captured(2), what = m.captured(3);
    } else if (const auto m2 = yearLast.match(h.base); m2.hasMatch()) {
        what = m2.captured(1), year = m2.captured(2), basis = m2.captured(3);
    } else {
        return;
    }
    const int y = year.toInt();
    if (y < 1990 || y > 2100)
        return;
    h.fiscalYear = y;
    h.yearBasis = basis.isEmpty() ? QChar() : basis.at(0).toUpper();
    h.base = what.toUpper();
}

} // namespace

ExportHeader parseExportHeader(const QString &headerIn)
{
    ExportHeader h;
    const QString header = headerIn.trimmed();
    const qsizetype open = header.indexOf(QLatin1Char('['));
    auto finish = [&h] {
        takeYear(h);
        h.weekly = normaliseHeader(h.base).startsWith(QStringLiteral("周"));
        return h;
    };
    if (open <= 0) {
        h.base = header;
        takePlainUnit(h);
        return finish();
    }
    QString base = header.left(open).trimmed();
    const QString rest = header.mid(open);
    // iFinD: 区间涨跌幅:前复权[20241104-20241108], optionally followed by (%) or (元).
    static const QRegularExpression ifind(QStringLiteral("^\\[\\s*(\\d{8})\\s*(?:[-~至]\\s*(\\d{8}))?\\s*\\]\\s*(?:[(（]([^)）]*)[)）])?$"));
    if (const auto m = ifind.match(rest); m.hasMatch()) {
        h.parameterised = true;
        h.vendor = QStringLiteral("iFinD");
        const qsizetype colon = base.indexOf(QRegularExpression(QStringLiteral("[:：]")));
        if (colon > 0) {
            h.adjust = base.mid(colon + 1).trimmed();
            base = base.left(colon).trimmed();
        }
        h.base = base;
        h.unit = m.captured(3).trimmed();
        h.unitFromParameter = !h.unit.isEmpty();
        h.from = headerDate(m.captured(1));
        h.to = m.captured(2).isEmpty() ? h.from : headerDate(m.captured(2));
        h.range = !m.captured(2).isEmpty();
        return finish();
    }
    // Wind: 名称[参数]值[参数]值…
    static const QRegularExpression pair(QStringLiteral("\\[([^\\]]*)\\]([^\\[]*)"));
    static const QRegularExpression whole(QStringLiteral("^(?:\\[[^\\]]*\\][^\\[]*)+$"));
    if (!whole.match(rest).hasMatch()) {
        h.base = header;
        takePlainUnit(h);
        return finish();
    }
    h.parameterised = true;
    h.vendor = QStringLiteral("Wind");
    h.base = base;
    for (auto it = pair.globalMatch(rest); it.hasNext();) {
        const auto m = it.next();
        const QString key = m.captured(1).trimmed();
        const QString value = m.captured(2).trimmed();
        if (key == QStringLiteral("单位"))
            h.unit = value, h.unitFromParameter = true;
        else if (key == QStringLiteral("复权方式"))
            h.adjust = value;
        else if (key.startsWith(QStringLiteral("起始")))
            h.from = headerDate(value), h.range = true;
        else if (key.startsWith(QStringLiteral("截止")))
            h.to = headerDate(value), h.range = true;
        else if (key.endsWith(QStringLiteral("日期")) || key == QStringLiteral("交易日"))
            h.from = h.to = headerDate(value);
    }
    if (h.range && (!h.from.isValid() || !h.to.isValid()))
        h.range = false;
    if (h.unit.isEmpty())
        takePlainUnit(h);
    return finish();
}

bool isMeasureHeader(const QString &header)
{
    const ExportHeader parsed = parseExportHeader(header);
    if (parsed.fiscalYear > 0)
        return true;
    const QString h = normaliseHeader(parsed.base);
    static const QStringList words{QStringLiteral("涨跌幅"), QStringLiteral("涨幅"), QStringLiteral("跌幅"), QStringLiteral("收盘"),
                                   QStringLiteral("开盘"), QStringLiteral("最高"), QStringLiteral("最低"), QStringLiteral("市盈率"),
                                   QStringLiteral("市净率"), QStringLiteral("市值"), QStringLiteral("成交额"), QStringLiteral("成交量"),
                                   QStringLiteral("成交金额"), QStringLiteral("换手率"), QStringLiteral("股价"), QStringLiteral("价格"),
                                   QStringLiteral("收益率"), QStringLiteral("振幅"), QStringLiteral("净利润"), QStringLiteral("营业收入"),
                                   QStringLiteral("股本"), QStringLiteral("解禁"), QStringLiteral("访问量"), QStringLiteral("下载量")};
    for (const QString &w : words)
        if (h.contains(w))
            return true;
    static const QRegularExpression latin(QStringLiteral("(^|[^a-z])(eps|pe|pb|ps|roe|close|open|high|low|volume|amount|return)([^a-z]|$)"));
    return latin.match(h).hasMatch();
}

} // namespace zhisuan::db
