#include "csvwriter.h"

#include <algorithm>
#include <cmath>

namespace zhisuan::db {

namespace {

bool isDouble(const QVariant &value)
{
    return value.typeId() == QMetaType::Double || value.typeId() == QMetaType::Float;
}

// A price, a return or earnings per share: printed with two decimals whatever its values, as the reports print them.
bool twoDecimalColumn(const QString &name)
{
    static const QStringList exact{QStringLiteral("price"), QStringLiteral("close"), QStringLiteral("open"), QStringLiteral("high"),
                                   QStringLiteral("low"),   QStringLiteral("level"), QStringLiteral("week_low"), QStringLiteral("week_high"),
                                   QStringLiteral("eps")};
    return exact.contains(name) || name.endsWith(QLatin1String("_pct")) || name.endsWith(QLatin1String("_per_mtok"))
           || name.startsWith(QLatin1String("eps_"));
}

// The fewest decimals (0 to 2) that write `v` as it is at two decimals: 1600000 → 0, 95.0 → 0, 88.4 → 1, 0.512 → 2.
int decimalsOf(double v)
{
    if (!std::isfinite(v))
        return 0;
    const double cents = std::round(std::abs(v) * 100.0);
    if (std::fmod(cents, 100.0) == 0)
        return 0;
    return std::fmod(cents, 10.0) == 0 ? 1 : 2;
}

} // namespace

QString CsvWriter::cell(const QVariant &value, int decimals)
{
    if (value.isNull() || !value.isValid())
        return {};
    QString text;
    if (isDouble(value)) {
        text = QString::number(value.toDouble(), 'f', decimals);
        if (text.startsWith(QLatin1Char('-')) && text.toDouble() == 0) // -0.001 at two decimals: "0.00", not "-0.00"
            text.remove(0, 1);
    } else if (value.typeId() == QMetaType::Int || value.typeId() == QMetaType::LongLong || value.typeId() == QMetaType::Bool) {
        text = value.typeId() == QMetaType::Bool ? QString::number(value.toBool() ? 1 : 0) : value.toString();
    } else {
        text = value.toString();
        if (!text.isEmpty() && (text.front() == QLatin1Char('=') || text.front() == QLatin1Char('+')
                                || text.front() == QLatin1Char('-') || text.front() == QLatin1Char('@')
                                || text.front() == QLatin1Char('\t') || text.front() == QLatin1Char('\r')))
            text.prepend(QLatin1Char('\''));
    }
    if (text.contains(QLatin1Char(',')) || text.contains(QLatin1Char('"')) || text.contains(QLatin1Char('\n'))
        || text.contains(QLatin1Char('\r'))) {
        text.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        text = QLatin1Char('"') + text + QLatin1Char('"');
    }
    return text;
}

QString CsvWriter::line(const QVariantList &values, const QList<int> &decimals)
{
    QStringList cells;
    for (int c = 0; c < values.size(); ++c)
        cells << cell(values[c], decimals.value(c, 2));
    return cells.join(QLatin1Char(','));
}

QString CsvWriter::line(const QStringList &values)
{
    QVariantList list;
    for (const QString &v : values)
        list << v;
    return line(list);
}

QList<int> CsvWriter::columnDecimals(const QStringList &columns, const QList<QVariantList> &rows)
{
    QList<int> decimals;
    for (int c = 0; c < columns.size(); ++c) {
        if (twoDecimalColumn(columns[c])) {
            decimals << 2;
            continue;
        }
        int most = 0;
        for (const QVariantList &row : rows) {
            const QVariant &v = row.value(c);
            if (isDouble(v))
                most = std::max(most, decimalsOf(v.toDouble()));
            if (most == 2)
                break;
        }
        decimals << most;
    }
    return decimals;
}

} // namespace zhisuan::db
