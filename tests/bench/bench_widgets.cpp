// ./dev bench: the widgets of issue 14 at the size of ten years of data, each against the same work at a tenth (or
// less) of it, in the same run. Medians of repeated steps; the ratio is the figure to watch.
//   timeline zoom step / hover: 5,000 releases against 500 (one zoomAt + repaint; one mouse move)
//   history chart: 2,500 daily points against 250 (setSeries and a repaint at 900 px)
//   filter typing: one keystroke into the filter box of a 130,000-row table against a 1,300-row one
//   traffic table: rows a 130,000-row table holds when shown, read in chunks, against read whole (as before)
// Usage: bench_widgets [REPEATS]
#include "historychartview.h"
#include "querytablemodel.h"
#include "tablepanel.h"
#include "timelineview.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QMouseEvent>
#include <QSortFilterProxyModel>
#include <QTest>
#include <QTextStream>

#include <algorithm>
#include <functional>

using namespace zhisuan;

namespace {

QTextStream &out()
{
    static QTextStream s(stdout);
    return s;
}

double medianMs(int repeats, const std::function<void()> &step)
{
    QList<double> times;
    for (int i = 0; i < repeats; ++i) {
        QElapsedTimer t;
        t.start();
        step();
        times << t.nsecsElapsed() / 1e6;
    }
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

QList<widgets::TimelineView::Item> releases(int n)
{
    QList<widgets::TimelineView::Item> items;
    const QStringList modalities{QStringLiteral("text"), QStringLiteral("multimodal"), QStringLiteral("image"), QStringLiteral("video")};
    for (int i = 0; i < n; ++i)
        items.append({i, QDate(2019, 1, 1).addDays(i * 2000 / n), QStringLiteral("Model %1").arg(i),
                      i % 3 ? QStringLiteral("domestic") : QStringLiteral("overseas"), modalities[i % 4], false});
    return items;
}

QList<std::pair<QDate, double>> dailies(int n)
{
    QList<std::pair<QDate, double>> points;
    double level = 3000;
    for (int i = 0; i < n; ++i) {
        level += ((i * 7919) % 101 - 50) * 0.8;
        points.append({QDate(2014, 1, 2).addDays(i * 3650 / n), level});
    }
    return points;
}

widgets::QueryTableModel::Fetch rows(int total, int *served)
{
    return [total, served](int count) -> db::Result<db::QueryTable> {
        db::QueryTable t{{QStringLiteral("site"), QStringLiteral("visits")}, {}};
        for (int i = 0; i < count && *served < total; ++i, ++*served)
            t.rows.append({QStringLiteral("site-%1").arg(*served % 250), double(*served)});
        return t;
    };
}

void line(const QString &name, double reference, double big, const QString &unit)
{
    const int decimals = unit == QLatin1String("ms") ? 3 : 0;
    out() << QStringLiteral("| %1 | %2 %4 | %3 %4 | %5 |")
                 .arg(name)
                 .arg(reference, 0, 'f', decimals)
                 .arg(big, 0, 'f', decimals)
                 .arg(unit)
                 .arg(reference > 0 ? QString::number(big / reference, 'f', decimals ? 1 : 3) + QStringLiteral("×") : QStringLiteral("—"))
          << Qt::endl;
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const int repeats = argc > 1 ? std::max(3, atoi(argv[1])) : 21;
    out() << "| widget operation | reference | ten years | ratio |" << Qt::endl << "|---|---|---|---|" << Qt::endl;

    // Timeline: a zoom step and a hover, 500 against 5,000 releases.
    auto timeline = [&](int n, int what) { // 0: zoom step and paint, 1: hover, 2: zoom step and layout only
        const bool hover = what == 1;
        widgets::TimelineView view;
        view.resize(1200, 500);
        view.setItems(releases(n), {QStringLiteral("domestic"), QStringLiteral("overseas")});
        view.show();
        (void)QTest::qWaitForWindowExposed(&view);
        view.repaint();
        int x = 100;
        return medianMs(repeats, [&] {
            if (hover) {
                x = x % 1000 + 37;
                QMouseEvent move(QEvent::MouseMove, QPointF(x, 250), view.mapToGlobal(QPointF(x, 250)), Qt::NoButton, Qt::NoButton, Qt::NoModifier);
                QApplication::sendEvent(&view, &move);
            } else {
                view.zoomAt(600, (x++ % 2) ? 1.25 : 0.8);
                if (what == 2)
                    (void)view.layout().size();
                else
                    view.repaint();
            }
        });
    };
    line(QStringLiteral("timeline zoom step, layout and paint (500 → 5,000 releases)"), timeline(500, 0), timeline(5000, 0), QStringLiteral("ms"));
    line(QStringLiteral("timeline zoom step, layout only (500 → 5,000 releases)"), timeline(500, 2), timeline(5000, 2), QStringLiteral("ms"));
    line(QStringLiteral("timeline hover (500 → 5,000 releases)"), timeline(500, 1), timeline(5000, 1), QStringLiteral("ms"));

    // History chart: one year against ten years of dailies.
    auto chart = [&](int n) {
        widgets::HistoryChartView view;
        view.resize(900, 360);
        view.show();
        (void)QTest::qWaitForWindowExposed(&view);
        const auto points = dailies(n);
        int drawn = 0;
        const double ms = medianMs(repeats, [&] {
            view.setSeries(QStringLiteral("index"), points);
            view.repaint();
            drawn = view.drawnPointCount();
        });
        out() << QStringLiteral("  (%1 points given, %2 drawn)").arg(n).arg(drawn) << Qt::endl;
        return ms;
    };
    const double oneYear = chart(250), tenYears = chart(2500);
    line(QStringLiteral("history chart set + paint (250 → 2,500 dailies)"), oneYear, tenYears, QStringLiteral("ms"));

    // Filter typing: the UI time of one keystroke (the filter itself runs once, after the pause).
    auto typing = [&](int total) {
        int served = 0;
        widgets::QueryTableModel model;
        model.setColumns({{QStringLiteral("site"), QStringLiteral("site")}, {QStringLiteral("visits"), QStringLiteral("visits")}});
        db::QueryTable all{{QStringLiteral("site"), QStringLiteral("visits")}, {}};
        auto fetch = rows(total, &served);
        all = fetch(total).value();
        model.setTable(all);
        widgets::TablePanel panel;
        panel.setModel(&model);
        panel.resize(900, 500);
        panel.show();
        (void)QTest::qWaitForWindowExposed(&panel);
        auto *box = panel.findChild<QLineEdit *>();
        const double perKey = medianMs(repeats, [&] { QTest::keyClick(box, Qt::Key_1); });
        QElapsedTimer settle;
        settle.start();
        while (settle.elapsed() < widgets::TablePanel::kFilterDelayMs * 3)
            QApplication::processEvents(QEventLoop::AllEvents, 5);
        box->clear();
        return perKey;
    };
    line(QStringLiteral("filter keystroke (1,300 → 130,000 rows)"), typing(1300), typing(130000), QStringLiteral("ms"));

    // The traffic table: rows held once shown, all of them (as before) against a chunk at a time.
    auto held = [&](bool chunked) {
        int served = 0;
        widgets::QueryTableModel model;
        model.setColumns({{QStringLiteral("site"), QStringLiteral("site")}});
        if (chunked)
            model.setFetcher(rows(130000, &served), 1000);
        else
            model.setTable(rows(130000, &served)(130000).value());
        widgets::TablePanel panel;
        panel.setModel(&model);
        panel.resize(900, 500);
        panel.show();
        (void)QTest::qWaitForWindowExposed(&panel);
        QApplication::processEvents();
        return double(model.rowCount());
    };
    line(QStringLiteral("traffic table of 130,000 rows: rows held when shown (all → in chunks)"), held(false), held(true), QStringLiteral("rows"));
    return 0;
}
