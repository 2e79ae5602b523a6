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
    // Multiple: a valuation multiple (PE) as the reports print it: whole (49), negative as 负/NM, missing as —.
    enum class Format { Text, Decimal2, Number, Integer, Change, Vocabulary, Heat, Multiple };

    explicit TableDelegate(QObject *parent = nullptr);

    void setColumnFormat(int column, Format format);
    void setVocabulary(QHash<QString, QString> labels);
    // Heat columns shade each number between its column's lowest (light) and highest (deep) value.
    void setHeatRange(int column, double min, double max);
    Format columnFormat(int column) const { return m_formats.value(column, Format::Text); }

    // What a cell shows; public so that copy/export can use the same text.
    QString text(int column, const QVariant &value, const QLocale &locale) const;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;

private:
    QHash<int, Format> m_formats;
    QHash<QString, QString> m_vocabulary;
    QHash<int, std::pair<double, double>> m_heat;
};

} // namespace zhisuan::widgets
