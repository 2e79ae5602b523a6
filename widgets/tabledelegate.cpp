#include "tabledelegate.h"

#include "localnames.h"
#include "pagestyle.h"

#include <QAbstractItemModel>
#include <QPalette>

#include <algorithm>
#include <cmath>

namespace zhisuan::widgets {

TableDelegate::TableDelegate(QObject *parent) : QStyledItemDelegate(parent) {}

void TableDelegate::setColumnFormat(int column, Format format)
{
    m_formats.insert(column, format);
}

void TableDelegate::setHeatRange(int column, double min, double max)
{
    m_heat.insert(column, {min, max});
}

void TableDelegate::setEarningsColumn(int multipleColumn, int earningsColumn)
{
    m_earnings.insert(multipleColumn, earningsColumn);
}

QString TableDelegate::notMeaningful()
{
    return tr("NM", "a negative PE, not meaningful");
}

QString TableDelegate::noFigure()
{
    return QStringLiteral("—");
}

QString TableDelegate::multiplesNote(const QAbstractItemModel &model, const QLocale &locale) const
{
    bool notMeaningful = false, noFigure = false;
    for (int c = 0; c < model.columnCount(); ++c) {
        if (columnFormat(c) != Format::Multiple)
            continue;
        for (int r = 0; r < model.rowCount(); ++r) {
            const QString shown = text(model.index(r, c), locale);
            notMeaningful = notMeaningful || shown == TableDelegate::notMeaningful();
            noFigure = noFigure || shown == TableDelegate::noFigure();
        }
    }
    if (notMeaningful && noFigure)
        return tr("NM: not meaningful (negative earnings); —: no figure.");
    if (notMeaningful)
        return tr("NM: not meaningful (negative earnings).");
    return noFigure ? tr("—: no figure.") : QString();
}

QString TableDelegate::text(const QModelIndex &index, const QLocale &locale) const
{
    const QVariant value = index.data(Qt::DisplayRole);
    const auto earnings = m_earnings.constFind(index.column());
    if (columnFormat(index.column()) == Format::Multiple && earnings != m_earnings.constEnd()) {
        bool ok = false;
        const double eps = index.siblingAtColumn(*earnings).data(Qt::DisplayRole).toDouble(&ok);
        if (ok && eps < 0 && (value.isNull() || value.toDouble() < 0))
            return notMeaningful();
    }
    return text(index.column(), value, locale);
}

void TableDelegate::setVocabulary(QHash<QString, QString> labels)
{
    m_vocabulary = std::move(labels);
}

QString TableDelegate::text(int column, const QVariant &value, const QLocale &viewLocale) const
{
    // Reports group thousands (344,440.46); the C locale omits the separator by default.
    QLocale locale = viewLocale;
    locale.setNumberOptions(QLocale::DefaultNumberOptions);
    const Format format = columnFormat(column);
    if (!value.isValid() || value.isNull())
        return format == Format::Multiple ? noFigure() : QString();
    bool ok = false;
    const double d = value.toDouble(&ok);
    switch (format) {
    case Format::Decimal2:
        return ok ? locale.toString(d, 'f', 2) : value.toString();
    case Format::Change:
        return ok ? (d > 0 ? QStringLiteral("+") : QString()) + locale.toString(d, 'f', 2) : value.toString();
    case Format::Multiple:
        if (!ok)
            return value.toString().isEmpty() ? noFigure() : value.toString();
        // A loss makes the multiple meaningless: the reports print 负 (English notes: NM, not meaningful).
        return d < 0 ? notMeaningful() : locale.toString(qint64(std::llround(d)));
    case Format::Integer:
        return ok ? locale.toString(qint64(std::llround(d))) : value.toString();
    case Format::Heat: // a score as the source gives it: 95.0 reads 95, not 95.00; 7.62 stays 7.62
    case Format::Number: {
        if (!ok)
            return value.toString();
        // As many decimals as the value has, up to three (two for a score): 0.512, 41.4, 1,979.
        QString s = locale.toString(d, 'f', format == Format::Heat ? 2 : 3);
        const QChar point = locale.decimalPoint().at(0);
        if (s.contains(point)) {
            while (s.endsWith(QLatin1Char('0')))
                s.chop(1);
            if (s.endsWith(point))
                s.chop(1);
        }
        return s;
    }
    case Format::Vocabulary:
        return m_vocabulary.value(value.toString(), value.toString());
    case Format::Name:
        return db::LocalNames::show(value.toString(), locale);
    case Format::Text:
        break;
    }
    if (value.typeId() == QMetaType::Double)
        return locale.toString(d, 'f', 2);
    return value.toString();
}

void TableDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    const QVariant value = index.data(Qt::DisplayRole);
    option->text = text(index, option->locale);
    const Format format = columnFormat(index.column());
    if (format != Format::Text && format != Format::Vocabulary)
        option->displayAlignment = Qt::AlignRight | Qt::AlignVCenter;
    if (format == Format::Heat && !value.isNull() && m_heat.contains(index.column())) {
        const auto [lo, hi] = m_heat.value(index.column());
        const double t = hi > lo ? std::clamp((value.toDouble() - lo) / (hi - lo), 0.0, 1.0) : 1.0;
        const QColor heat = QColor::fromRgbF(0.99 - 0.24 * t, 0.95 - 0.62 * t, 0.90 - 0.66 * t);
        option->backgroundBrush = heat;
        // The heat colours are the same on every palette: the text follows the cell, not the palette (white
        // palette text on a pale cell was unreadable on a dark desktop).
        option->palette.setColor(QPalette::Text, heat.lightnessF() < 0.55 ? QColor(Qt::white) : QColor(0x22, 0x2B, 0x36));
    }
    if (format == Format::Change && !(option->state & QStyle::State_Selected)) {
        const double d = value.toDouble();
        if (d > 0)
            option->palette.setColor(QPalette::Text, PageStyle::up(option->palette)); // up: red
        else if (d < 0)
            option->palette.setColor(QPalette::Text, PageStyle::down(option->palette)); // down: green
    }
}

} // namespace zhisuan::widgets
