#include "historychartview.h"

#include <QChart>
#include <QChartView>
#include <QDateTimeAxis>
#include <QFontMetricsF>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QRandomGenerator>
#include <QTest>
#include <QValueAxis>

#include <algorithm>

using zhisuan::widgets::HistoryChartView;

class TestHistoryChartView : public QObject
{
    Q_OBJECT
private:
    // Ten years of trading days (2,500) of a random walk with one spike up and one crash, seeded.
    static QList<std::pair<QDate, double>> tenYears()
    {
        QRandomGenerator random(14);
        QList<std::pair<QDate, double>> points;
        QDate day(2014, 1, 2);
        double level = 3000;
        while (points.size() < 2500) {
            if (day.dayOfWeek() <= 5) {
                level = std::max(100.0, level + (random.generateDouble() - 0.5) * 60);
                points.append({day, level});
            }
            day = day.addDays(1);
        }
        points[1234].second = 9999; // a one-day spike
        points[2001].second = 1;    // a one-day crash
        return points;
    }

private slots:
    void aRestartBreaksTheLine_data()
    {
        QTest::addColumn<int>("gapDays");
        QTest::addColumn<QList<QDate>>("restarts");
        QTest::addColumn<int>("segments");
        QTest::newRow("contiguous weeks, one line") << 10 << QList<QDate>{} << 1;
        QTest::newRow("a restart one week later breaks it") << 10 << QList<QDate>{QDate(2024, 7, 19)} << 2;
        QTest::newRow("a restart breaks even an unbroken daily line") << 0 << QList<QDate>{QDate(2024, 7, 19)} << 2;
        QTest::newRow("a restart on a day with no point does nothing") << 10 << QList<QDate>{QDate(2024, 7, 20)} << 1;
    }
    void aRestartBreaksTheLine()
    {
        QFETCH(int, gapDays);
        QFETCH(QList<QDate>, restarts);
        QFETCH(int, segments);
        HistoryChartView view;
        view.setGapDays(gapDays);
        view.setRestarts(restarts);
        // Weekly points a week apart: never further apart than the gap.
        view.setSeries(QStringLiteral("计算机"), {{QDate(2024, 7, 5), 100}, {QDate(2024, 7, 12), 102}, {QDate(2024, 7, 19), 100},
                                                  {QDate(2024, 7, 26), 97}});
        QCOMPARE(view.segmentCount(), segments);
        int lines = 0;
        for (auto *s : view.findChild<QChartView *>()->chart()->series())
            lines += qobject_cast<QLineSeries *>(s) && s->name() == QStringLiteral("计算机");
        QCOMPARE(lines, segments);
        // A restart says so on the chart (an export keeps it under its own title).
        QCOMPARE(view.restartNotes().size(), segments - 1);
        if (segments > 1)
            QCOMPARE(view.restartNotes().first(), QStringLiteral("restarts at 100"));
    }

    // The PE chart: percentile bands as dashed lines the legend names, the line named once however often it
    // breaks, the week shown as a mark from the axis' floor to its ceiling with no legend entry of its own, and a
    // value axis that reaches a band above every point.
    void bandsAndTheWeekShownAreDrawnAndNamed()
    {
        HistoryChartView view;
        view.setGapDays(10);
        view.setMarkedPeriod(QDate(2024, 8, 12), QDate(2024, 8, 16));
        view.setSeries(QStringLiteral("PE"), {{QDate(2024, 7, 5), 40}, {QDate(2024, 7, 12), 42}, {QDate(2024, 8, 2), 41}},
                       {{QStringLiteral("80th percentile"), 60}, {QStringLiteral("median"), 35}});
        QCOMPARE(view.segmentCount(), 2);
        view.resize(800, 400);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QChart *chart = view.findChild<QChartView *>()->chart();
        QVERIFY(chart->legend()->isVisible());
        QStringList named;
        for (QLegendMarker *marker : chart->legend()->markers())
            if (marker->isVisible())
                named << marker->label();
        // The week's band is named too: an exported chart has no page around it to explain a grey bar.
        QCOMPARE(named, (QStringList{QStringLiteral("PE"), QStringLiteral("Selected week, 2024-08-12 to 2024-08-16"),
                                     QStringLiteral("80th percentile"), QStringLiteral("median")}));
        const auto *y = qobject_cast<QValueAxis *>(chart->axes(Qt::Vertical).value(0));
        QVERIFY(y);
        QVERIFY2(y->max() >= 60 && y->min() <= 35, qPrintable(QStringLiteral("%1 to %2").arg(y->min()).arg(y->max())));
        const QLineSeries *mark = nullptr;
        for (auto *s : chart->series())
            if (s->name().startsWith(QStringLiteral("Selected week")))
                mark = qobject_cast<QLineSeries *>(s);
        QVERIFY(mark);
        QCOMPARE(mark->count(), 2);
        QCOMPARE(mark->at(0).y(), y->min());
        QCOMPARE(mark->at(1).y(), y->max());
        QCOMPARE(QDateTime::fromMSecsSinceEpoch(qint64(mark->at(0).x())).date(), QDate(2024, 8, 14));
        for (auto *s : chart->series())
            QCOMPARE(s->attachedAxes().size(), 2);
        // The time axis reaches the week shown, after the last point.
        const auto *x = qobject_cast<QDateTimeAxis *>(chart->axes(Qt::Horizontal).value(0));
        QVERIFY(x);
        QVERIFY(x->max().date() >= QDate(2024, 8, 16));
    }

    // A title wider than the chart is broken into two lines on screen, each inside the chart, not cut with "…";
    // title(), which the export and the accessible name use, stays one line. An English title breaks at a space,
    // a Chinese one between its characters.
    void aLongTitleWrapsInsteadOfBeingCut_data()
    {
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("joiner");
        QTest::newRow("en") << QStringLiteral("Computers (SW): weekly returns chained (start = 100; restarts at 100 after weeks without data)")
                            << QStringLiteral(" ");
        QTest::newRow("zh") << QStringLiteral("计算机(申万)：周涨跌幅连乘（起点为一百；缺周后从一百重新起算，不跨越没有数据的周）") << QString();
    }
    void aLongTitleWrapsInsteadOfBeingCut()
    {
        QFETCH(QString, title);
        QFETCH(QString, joiner);
        HistoryChartView view;
        view.setTitle(title);
        view.setSeries(QStringLiteral("level"), {{QDate(2024, 7, 5), 100}, {QDate(2024, 7, 12), 101}, {QDate(2024, 7, 19), 99}});
        view.resize(360, 300);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QChart *chart = view.findChild<QChartView *>()->chart();
        QCOMPARE(view.title(), title);
        const QStringList lines = chart->title().split(QStringLiteral("<br>"));
        QCOMPARE(lines.size(), 2);
        QCOMPARE(lines[0] + joiner + lines[1], title); // nothing cut, nothing added (no character here needs escaping)
        const QFontMetricsF metrics(chart->titleFont());
        for (const QString &line : lines)
            QVERIFY2(metrics.horizontalAdvance(line) <= view.width() - 40, qPrintable(line));
        view.resize(1600, 300);
        QTRY_COMPARE(chart->title(), title);
    }

    void decimationKeepsEachColumnsLowAndHigh()
    {
        QList<QPointF> points;
        for (const auto &[day, value] : tenYears())
            points << QPointF(double(day.startOfDay().toMSecsSinceEpoch()), value);
        const int columns = 300;
        const QList<QPointF> drawn = HistoryChartView::decimate(points, columns);
        QVERIFY2(drawn.size() <= 2 * columns, qPrintable(QString::number(drawn.size())));
        QVERIFY(drawn.size() > columns); // a column with one point keeps it; most have several
        QVERIFY(std::is_sorted(drawn.begin(), drawn.end(), [](const QPointF &a, const QPointF &b) { return a.x() < b.x(); }));
        // Every column's lowest and highest point is drawn: recompute them from the input.
        const double x0 = points.first().x(), span = points.last().x() - x0;
        QHash<int, std::pair<double, double>> range; // column -> (min, max)
        for (const QPointF &p : points) {
            const int c = std::min(columns - 1, int((p.x() - x0) / span * columns));
            auto it = range.find(c);
            if (it == range.end())
                range.insert(c, {p.y(), p.y()});
            else
                *it = {std::min(it->first, p.y()), std::max(it->second, p.y())};
        }
        for (auto it = range.cbegin(); it != range.cend(); ++it) {
            bool low = false, high = false;
            for (const QPointF &p : drawn) {
                if (std::min(columns - 1, int((p.x() - x0) / span * columns)) != it.key())
                    continue;
                low = low || p.y() == it.value().first;
                high = high || p.y() == it.value().second;
            }
            QVERIFY2(low && high, qPrintable(QStringLiteral("column %1").arg(it.key())));
        }
        QVERIFY(std::any_of(drawn.begin(), drawn.end(), [](const QPointF &p) { return p.y() == 9999; }));
        QVERIFY(std::any_of(drawn.begin(), drawn.end(), [](const QPointF &p) { return p.y() == 1; }));
        // Few points are drawn as they are.
        QCOMPARE(HistoryChartView::decimate(points.mid(0, 100), columns), points.mid(0, 100));
    }

    void tenYearsOfDailiesDrawAtMostTwoPointsPerPixelColumn()
    {
        HistoryChartView view;
        view.resize(700, 320);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.setSeries(QStringLiteral("申万计算机"), tenYears());
        QCOMPARE(view.pointCount(), 2500);
        const int plot = int(view.findChild<QChartView *>()->chart()->plotArea().width());
        QVERIFY(plot > 100);
        QVERIFY2(view.drawnPointCount() <= 2 * plot + 2, qPrintable(QStringLiteral("%1 points for %2 px").arg(view.drawnPointCount()).arg(plot)));
        QVERIFY(view.drawnPointCount() >= plot / 2);
        // The axis still spans the spike and the crash.
        auto *y = qobject_cast<QValueAxis *>(view.findChild<QChartView *>()->chart()->axes(Qt::Vertical).value(0));
        QVERIFY(y);
        QVERIFY(y->min() <= 1 && y->max() >= 9999);
        // Wider: more points, still at most two per column.
        view.resize(1400, 320);
        QTRY_VERIFY(view.findChild<QChartView *>()->chart()->plotArea().width() > plot * 1.5);
        const int wider = int(view.findChild<QChartView *>()->chart()->plotArea().width());
        QTRY_VERIFY(view.drawnPointCount() > 2 * plot + 2);
        QVERIFY(view.drawnPointCount() <= 2 * wider + 2);
    }
};

QTEST_MAIN(TestHistoryChartView)
#include "tst_historychartview.moc"
