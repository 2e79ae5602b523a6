#pragma once

#include <QChartView>
#include <QStringList>

namespace zhisuan::widgets {

// Bars of percentage changes, red for up and green for down as Chinese market charts draw them, with the
// value on each bar; one category can be highlighted (the tracked industry). Horizontal for rankings.
class ReturnBarChartView : public QChartView
{
    Q_OBJECT
public:
    struct Bar
    {
        QString label;
        double value = 0;
        bool highlighted = false;
    };

    explicit ReturnBarChartView(QWidget *parent = nullptr);

    void setTitle(const QString &title);
    void setHorizontal(bool horizontal);
    void setBars(const QList<Bar> &bars, const QString &unit = QStringLiteral("%"));
    int barCount() const { return int(m_bars.size()); }

private:
    void rebuild();

    QString m_title;
    QString m_unit;
    bool m_horizontal = false;
    QList<Bar> m_bars;
};

} // namespace zhisuan::widgets
