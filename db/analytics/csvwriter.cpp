#include "csvwriter.h"

namespace zhisuan::db {

QString CsvWriter::cell(const QVariant &value)
{
    if (value.isNull() || !value.isValid())
        return {};
    QString text;
    if (value.typeId() == QMetaType::Double || value.typeId() == QMetaType::Float) {
        text = QString::number(value.toDouble(), 'f', 2);
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

QString CsvWriter::line(const QVariantList &values)
{
    QStringList cells;
    for (const QVariant &v : values)
        cells << cell(v);
    return cells.join(QLatin1Char(','));
}

QString CsvWriter::line(const QStringList &values)
{
    QVariantList list;
    for (const QString &v : values)
        list << v;
    return line(list);
}

} // namespace zhisuan::db
