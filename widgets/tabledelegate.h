#pragma once

#include <QHash>
#include <QStyledItemDelegate>

namespace zhisuan::widgets {

// Formats cells the way the reports print them, from raw model values (EditRole stays raw for sorting):
// two decimals with thousands separators, signed changes in red (up) and green (down) as Chinese
// market tables do, and codes such as "operational" shown through a translated vocabulary.
class TableDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    // Multiple: a valuation multiple (PE) as the reports print it: whole (49), not meaningful as NM (负 in Chinese),
    // no figure as —. Not meaningful: negative, or missing while its earnings column (setEarningsColumn) is negative:
    // the sources print a loss year's PE either way, the table one way (issue 29).
    // Name: a company, model or app as the reports print it, in the interface language where it has a well-known
    // English name (db::LocalNames::show: 讯飞星火 → iFlytek Spark, ERNIE-4.0(文心一言) → ERNIE-4.0).
    enum class Format { Text, Decimal2, Number, Integer, Change, Vocabulary, Heat, Multiple, Name };

    explicit TableDelegate(QObject *parent = nullptr);

    void setColumnFormat(int column, Format format);
    // The earnings (EPS) a Multiple column is priced on: a loss there makes the multiple NM, even when none is given.
    void setEarningsColumn(int multipleColumn, int earningsColumn);
    void setVocabulary(QHash<QString, QString> labels);
    // Heat columns shade each number between its column's lowest (light) and highest (deep) value.
    void setHeatRange(int column, double min, double max);
    Format columnFormat(int column) const { return m_formats.value(column, Format::Text); }

    // What a cell shows; public so that copy/export can use the same text.
    QString text(int column, const QVariant &value, const QLocale &locale) const;
    // The same for a cell of a model, which also reads its row's earnings for a Multiple.
    QString text(const QModelIndex &index, const QLocale &locale) const;
    // Under a table with multiples, once: what NM and — mean, for the marks the model's Multiple columns show ("" for
    // neither). The brief's tables and the pages' panels both print it.
    QString multiplesNote(const QAbstractItemModel &model, const QLocale &locale) const;
    static QString notMeaningful();
    static QString noFigure();

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;

private:
    QHash<int, Format> m_formats;
    QHash<int, int> m_earnings; // multiple column → its earnings column
    QHash<QString, QString> m_vocabulary;
    QHash<int, std::pair<double, double>> m_heat;
};

} // namespace zhisuan::widgets
