#include "chartbuilder.h"
#include "chartcatalog.h"
#include "chartexporter.h"
#include "languagemanager.h"
#include "mainwindow.h"
#include "modelsdashboard.h"
#include "pricescatterview.h"
#include "starterstore.h"
#include "timelineview.h"

#include <QAccessible>
#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QGraphicsLineItem>
#include <QLocale>
#include <QScatterSeries>
#include <QTemporaryDir>
#include <QTest>

using namespace zhisuan;

// Issue 29, points 10, 16 and 31: on the starter dataset, at many sizes and in both languages, the timeline names
// every marker in full (never "…") where no name covers another name or any marker, the price chart's names never
// run together, and the keyboard selects on the timeline as the mouse does.
class TestTimelineLabels : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<db::Store> m_store;
    app::LanguageManager m_languages;

    static QString squeezed(QString text)
    {
        text.remove(QRegularExpression(QStringLiteral("\\s")));
        return text;
    }

    app::ChartBuilder::Built build(const char *id)
    {
        const auto chart = app::ChartCatalog::find(QString::fromLatin1(id));
        if (!chart)
            return {};
        app::ChartBuilder builder(*m_store);
        return builder.build(*chart, QDate(), true);
    }

    // Everything wrong with the timeline's names at its current size, one line each.
    static QStringList labelProblems(const widgets::TimelineView &view)
    {
        QStringList problems;
        const auto &placed = view.layout();
        const QString at = QStringLiteral(" at %1x%2").arg(view.width()).arg(view.height());
        for (const auto &a : placed) {
            const QString name = view.items()[a.index].label;
            if (a.label.isNull()) {
                problems << QStringLiteral("no name: ") + name + at;
                continue;
            }
            if (squeezed(a.lines.join(QString())) != squeezed(name) || a.lines.join(QString()).contains(QChar(0x2026)))
                problems << QStringLiteral("cut: ") + a.lines.join(u'|') + at;
            if (a.lines.size() > 2)
                problems << QStringLiteral("more than two lines: ") + name + at;
            if (!QRectF(view.rect()).contains(a.label))
                problems << QStringLiteral("outside the view: ") + name + at;
            auto distance = [&](const QRectF &box) {
                const QPointF p = box.center();
                return std::hypot(std::max({a.label.left() - p.x(), p.x() - a.label.right(), 0.0}), std::max({a.label.top() - p.y(), p.y() - a.label.bottom(), 0.0}));
            };
            for (const auto &b : placed) {
                // Nearer its own marker than any other (a name beside another's marker reads as that one's); one set
                // away with a leader clearly nearer.
                if (&a != &b && distance(b.box) < distance(a.box) + (a.leader.isNull() ? -2 : 2))
                    problems << name + QStringLiteral(" is nearer the marker of ") + view.items()[b.index].label + at;
                // Not even touching: two pixels clear of any marker (its own too) and any other name.
                if (a.label.adjusted(-2, -2, 2, 2).intersects(b.box))
                    problems << name + QStringLiteral(" touches the marker of ") + view.items()[b.index].label + at;
                if (&a != &b && !b.label.isNull() && a.label.adjusted(-2, -2, 2, 2).intersects(b.label))
                    problems << name + QStringLiteral(" touches the name of ") + view.items()[b.index].label + at;
            }
            // Away from its marker: a leader line joins them.
            const QPointF c = a.box.center();
            const double gapX = std::max({a.label.left() - c.x(), c.x() - a.label.right(), 0.0});
            const double gapY = std::max({a.label.top() - c.y(), c.y() - a.label.bottom(), 0.0});
            if (std::hypot(gapX, gapY) > a.box.width() / 2 + 8 && a.leader.isNull())
                problems << QStringLiteral("far from its marker without a leader: ") + name + at;
            // In its marker's lane (a release's name among the events reads as an event, an event's among the
            // releases as a release), and near it: a leader the eye follows at a glance, at most five lines of text
            // long, not one across the chart.
            if (const QRectF lane = view.laneRect(a); a.label.top() < lane.top() || a.label.bottom() > lane.bottom())
                problems << QStringLiteral("outside its lane: ") + name + at;
            if (const double most = 5 * QFontMetricsF(view.font()).lineSpacing(); a.leader.length() > most)
                problems << QStringLiteral("a leader of %1 px (more than %2): ").arg(a.leader.length(), 0, 'f', 0).arg(most, 0, 'f', 0) + name + at;
        }
        return problems;
    }

    // The Models page of a 1280×800 window, shown, its data loaded: its timeline, or null.
    static widgets::TimelineView *modelsTimeline(app::MainWindow &window)
    {
        window.resize(1280, 800);
        window.show();
        if (!QTest::qWaitForWindowExposed(&window))
            return nullptr;
        window.showPage(QStringLiteral("models"));
        auto *models = window.findChild<app::ModelsDashboard *>();
        auto *timeline = window.findChild<widgets::TimelineView *>(QStringLiteral("timeline"));
        if (!models || !timeline || !QTest::qWaitFor([&] { return !models->isEmpty() && timeline->isVisible(); }))
            return nullptr;
        return timeline;
    }

    // A data function's rows: each test once in English, once in Chinese.
    static void bothLanguages()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << QStringLiteral("en");
        QTest::newRow("zh_CN") << QStringLiteral("zh_CN");
    }

private slots:
    void initTestCase()
    {
        m_store = teststore::openWithStarterData(m_dir.filePath(QStringLiteral("labels.sqlite")), QStringLiteral("zhisuan-test-labels"));
        QVERIFY(m_store);
    }

    void cleanup() { m_languages.setLanguage(QStringLiteral("en")); }

    void timelineNamesEveryMarkerAtAnySize_data()
    {
        bothLanguages();
    }
    void timelineNamesEveryMarkerAtAnySize()
    {
        QFETCH(QString, language);
        m_languages.setLanguage(language);
        auto built = build("models-timeline");
        auto *view = qobject_cast<widgets::TimelineView *>(built.chart);
        QVERIFY(view);
        QVERIFY(view->items().size() > 30); // the starter dataset's releases and events
        QStringList problems;
        for (int w = 900; w <= 2400; w += 125)
            for (int h = 400; h <= 1100; h += 50) {
                view->resize(w, h);
                QCOMPARE(view->layout().size(), view->items().size()); // every item shown (the whole range)
                // Every marker named from 1275×600 up (1920×1080 shows the timeline at about 1400×850). Smaller, a
                // name with no place in its lane near its marker is left out rather than sent across the chart (seven
                // long English event names in one August fortnight), and the note says so; but few: a tenth of the
                // markers at most from 600 px high, 15% from 500, 40% in the smallest corner (three lanes of 114 px).
                const double items = view->items().size();
                const int allowed = int(std::ceil(h >= 600 ? (w >= 1275 ? 0 : items * 0.1) : h >= 500 ? items * 0.15 : items * 0.4));
                for (const QString &problem : labelProblems(*view))
                    if (!problem.startsWith(QLatin1String("no name")))
                        problems << problem;
                if (qEnvironmentVariableIsSet("ZHISUAN_ALL_PROBLEMS") && view->unlabelledCount() > 0)
                    qWarning().noquote() << QStringLiteral("%1 unnamed at %2x%3").arg(view->unlabelledCount()).arg(w).arg(h);
                if (view->unlabelledCount() > allowed)
                    problems << QStringLiteral("%1 not labelled at %2x%3").arg(view->unlabelledCount()).arg(w).arg(h);
                if ((view->unlabelledCount() > 0) != view->unlabelledNote().contains(QString::number(view->unlabelledCount())))
                    problems << QStringLiteral("the note does not say %1 are not labelled at %2x%3").arg(view->unlabelledCount()).arg(w).arg(h);
            }
        if (qEnvironmentVariableIsSet("ZHISUAN_ALL_PROBLEMS"))
            qWarning().noquote() << problems.join(u'\n');
        QVERIFY2(problems.isEmpty(), qPrintable(problems.mid(0, 12).join(u'\n') + QStringLiteral("\n(%1 in all)").arg(problems.size())));
    }

    // Too small for every name: what is left out is counted in a note over the lanes, clear of the legend; what is
    // named is still whole and clear of the rest.
    void aTinyTimelineSaysWhatItLeavesOut()
    {
        auto built = build("models-timeline");
        auto *view = qobject_cast<widgets::TimelineView *>(built.chart);
        QVERIFY(view);
        view->resize(560, 300);
        QVERIFY(view->unlabelledCount() > 0);
        int named = 0;
        for (const auto &p : view->layout())
            named += p.label.isNull() ? 0 : 1;
        QCOMPARE(named + view->unlabelledCount(), int(view->layout().size()));
        QVERIFY2(view->unlabelledNote().contains(QString::number(view->unlabelledCount())), qPrintable(view->unlabelledNote()));
        // Where to find the names left out: hovering, the arrow keys, the data table.
        for (const char *hint : {"hover", "←/→", "data table"})
            QVERIFY2(view->unlabelledNote().contains(QString::fromUtf8(hint)), qPrintable(view->unlabelledNote()));
        QVERIFY(!view->unlabelledNoteRect().intersects(view->legendMarkerRect(QStringLiteral("text")).adjusted(-2, -2, 2, 2)));
        QStringList problems;
        for (const QString &p : labelProblems(*view))
            if (!p.startsWith(QLatin1String("no name")))
                problems << p;
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));

        // An export is a picture: its note sends the reader to the data table, not to hover or the arrow keys.
        widgets::ChartExporter::Options options;
        options.size = QSize(560, 300);
        const QString svg = m_dir.filePath(QStringLiteral("tiny.svg"));
        const auto written = widgets::ChartExporter::exportTo(*view, svg, options);
        QVERIFY2(written.ok(), qPrintable(written.error().message));
        QFile file(svg);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString drawn = QString::fromUtf8(file.readAll());
        QVERIFY2(drawn.contains(QLatin1String("not labelled")) && drawn.contains(QLatin1String("data table")), qPrintable(drawn.left(400)));
        QVERIFY(!drawn.contains(QLatin1String("hover")));
        QVERIFY(view->unlabelledNote().contains(QLatin1String("hover"))); // and on screen, again
    }

    // Issue 29, point 10: on the Models page of a 1280×800 window (the timeline at about 800×580) each name is in
    // its own lane near its marker, the few left out are counted in the note, and hovering a marker names it; at
    // 1920×1080 every marker is named.
    void theModelsPageTimelineReadsCleanly_data()
    {
        bothLanguages();
    }
    void theModelsPageTimelineReadsCleanly()
    {
        QFETCH(QString, language);
        m_languages.setLanguage(language);
        app::MainWindow window(m_store.get(), &m_languages);
        widgets::TimelineView *timeline = modelsTimeline(window);
        QVERIFY(timeline);
        QVERIFY2(timeline->width() >= 750, qPrintable(QString::number(timeline->width())));
        QStringList problems;
        for (const QString &problem : labelProblems(*timeline))
            if (!problem.startsWith(QLatin1String("no name")))
                problems << problem;
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
        QVERIFY2(timeline->unlabelledCount() <= std::ceil(timeline->items().size() * 0.15), qPrintable(timeline->unlabelledNote()));
        if (timeline->unlabelledCount() > 0) {
            QVERIFY(timeline->unlabelledNote().contains(QString::number(timeline->unlabelledCount())));
            QVERIFY(QRectF(timeline->rect()).contains(timeline->unlabelledNoteRect()));
            // A marker without a name still names itself when hovered, and, selected, on the chart beside it.
            for (const auto &p : timeline->layout()) {
                if (!p.label.isNull())
                    continue;
                const widgets::TimelineView::Item item = timeline->items()[p.index];
                QCOMPARE(timeline->toolTipAt(p.box.center().toPoint()).section(u'\n', 0, 0), item.label);
                timeline->setSelected(item.id);
                QStringList lines;
                const QRectF named = timeline->selectedNameRect(&lines);
                QVERIFY2(QRectF(timeline->rect()).contains(named) && !named.intersects(p.box), qPrintable(item.label));
                QCOMPARE(lines.join(u' '), item.label);
            }
            // A name that has its place is not drawn twice.
            const auto labelled = std::find_if(timeline->layout().cbegin(), timeline->layout().cend(), [](const auto &p) { return !p.label.isNull(); });
            timeline->setSelected(timeline->items()[labelled->index].id);
            QVERIFY(timeline->selectedNameRect().isEmpty());
        }
        window.resize(1920, 1080);
        QTRY_VERIFY(timeline->width() > 1300);
        QCOMPARE(timeline->unlabelledCount(), 0);
        problems.clear();
        for (const QString &problem : labelProblems(*timeline))
            problems << problem;
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

    void priceNamesNeverRunTogether_data()
    {
        bothLanguages();
    }
    void priceNamesNeverRunTogether()
    {
        QFETCH(QString, language);
        m_languages.setLanguage(language);
        auto built = build("models-price");
        auto *view = qobject_cast<widgets::PriceScatterView *>(built.chart);
        QVERIFY(view);
        view->show();
        QVERIFY(QTest::qWaitForWindowExposed(view));
        const auto table = view->table();
        QStringList problems;
        for (const QSize size : {QSize(1600, 500), QSize(900, 500), QSize(1100, 650), QSize(1280, 800), QSize(1600, 800),
                                 QSize(1920, 1080), QSize(2400, 700), QSize(2400, 1100)}) {
            view->resize(size);
            QTRY_COMPARE(view->findChild<QChartView *>()->size(), size);
            QCoreApplication::processEvents();
            const QString at = QStringLiteral(" at %1x%2").arg(size.width()).arg(size.height());
            QChart *chart = view->findChild<QChartView *>()->chart();
            QList<QLineF> leaders;
            for (QGraphicsItem *item : chart->scene()->items())
                if (auto *line = dynamic_cast<QGraphicsLineItem *>(item); line && line->isVisible() && line->parentItem() == chart)
                    leaders << line->line();
            const auto rects = view->nameRects();
            const QStringList names = view->names();
            QCOMPARE(rects.size(), table.rows.size());
            QCOMPARE(view->unplacedNameCount(), 0);
            QList<QPointF> points;
            for (const QStringList &row : table.rows)
                points << chart->mapToPosition(QPointF(QLocale().toDouble(row[1]), QLocale().toDouble(row[2])), chart->series().constLast());
            for (int i = 0; i < rects.size(); ++i) {
                for (int j = 0; j < rects.size(); ++j) {
                    if (i != j && rects[i].adjusted(-2, -2, 2, 2).intersects(rects[j]))
                        problems << names[i] + QStringLiteral(" runs into ") + names[j] + at;
                    if (i != j && rects[i].intersects(QRectF(points[j] - QPointF(6, 6), QSizeF(12, 12))))
                        problems << names[i] + QStringLiteral(" covers the marker of ") + table.rows[j][0] + at;
                }
                const QRectF &r = rects[i];
                const QPointF p = points[i];
                const double gap = std::hypot(std::max({r.left() - p.x(), p.x() - r.right(), 0.0}), std::max({r.top() - p.y(), p.y() - r.bottom(), 0.0}));
                const bool led = std::any_of(leaders.cbegin(), leaders.cend(), [&](const QLineF &l) { return r.adjusted(-1, -1, 1, 1).contains(l.p2()); });
                if (gap > 14 && !led)
                    problems << names[i] + QStringLiteral(" is %1 px from its point without a leader").arg(gap) + at;
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.mid(0, 12).join(u'\n')));
    }

    // With the timeline focused, the keys select as a click does: the detail pane shows the same text, the marker
    // is ringed, and the accessible description names the selection.
    void keysSelectOnTheTimelineAsAClickDoes()
    {
        app::MainWindow window(m_store.get(), &m_languages);
        widgets::TimelineView *timeline = modelsTimeline(window);
        QVERIFY(timeline);
        auto *models = window.findChild<app::ModelsDashboard *>();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        timeline->setFocus(Qt::TabFocusReason);
        QTRY_VERIFY(timeline->hasFocus());
        const QString hint = models->detailText();
        auto itemOf = [&](qint64 id) {
            for (const auto &i : timeline->items())
                if (i.id == id)
                    return i;
            return widgets::TimelineView::Item{};
        };
        auto boxOf = [&](qint64 id) {
            for (const auto &p : timeline->layout())
                if (timeline->items()[p.index].id == id)
                    return p.box;
            return QRectF();
        };
        const QImage unselected = timeline->grab().toImage();
        QTest::keyClick(timeline, Qt::Key_Home);
        QVERIFY(timeline->selected() >= 0);
        QDate first = itemOf(timeline->selected()).date;
        for (const auto &i : timeline->items())
            QVERIFY(i.date >= first);
        QVERIFY(models->detailText() != hint);
        // Drawn selected: the ring around its marker changes the pixels there.
        const QRect ring = boxOf(timeline->selected()).adjusted(-7, -7, 7, 7).toAlignedRect();
        QVERIFY(timeline->grab().toImage().copy(ring) != unselected.copy(ring));

        // Right walks every item once, in date order; each shows in the pane exactly what a click on it shows.
        QSet<qint64> seen{timeline->selected()};
        for (int step = 1; step < timeline->items().size(); ++step) {
            const qint64 before = timeline->selected();
            const QString shown = models->detailText();
            QTest::keyClick(timeline, Qt::Key_Right);
            const qint64 now = timeline->selected();
            QVERIFY2(now != before, qPrintable(QString::number(step)));
            QVERIFY(itemOf(now).date >= itemOf(before).date);
            QVERIFY(!seen.contains(now));
            seen.insert(now);
            const QString byKey = models->detailText();
            QVERIFY(byKey != shown || itemOf(now).label == itemOf(before).label);
            const QString description = QAccessible::queryAccessibleInterface(timeline)->text(QAccessible::Description);
            QVERIFY2(description.contains(itemOf(now).label), qPrintable(description));
            if (step % 9 == 0) { // a click on the same marker shows the same
                QTest::mouseClick(timeline, Qt::LeftButton, {}, boxOf(now).center().toPoint());
                QCOMPARE(timeline->selected(), now);
                QCOMPARE(models->detailText(), byKey);
            }
        }
        QCOMPARE(seen.size(), timeline->items().size());
        const qint64 last = timeline->selected();
        QTest::keyClick(timeline, Qt::Key_Right); // the end: stays
        QCOMPARE(timeline->selected(), last);

        // Up and Down: the nearest item of the lane above / below (events on top, then domestic, then overseas).
        QTest::keyClick(timeline, Qt::Key_Home);
        const auto start = itemOf(timeline->selected());
        QVERIFY(!start.event); // the first item is Sora, in the bottom lane
        QTest::keyClick(timeline, Qt::Key_Up);
        const auto middle = itemOf(timeline->selected());
        QVERIFY(!middle.event);
        QVERIFY(middle.lane != start.lane);
        QTest::keyClick(timeline, Qt::Key_Up);
        QVERIFY(itemOf(timeline->selected()).event);
        QTest::keyClick(timeline, Qt::Key_Up); // the top lane: stays
        QVERIFY(itemOf(timeline->selected()).event);
        QTest::keyClick(timeline, Qt::Key_Down);
        QCOMPARE(itemOf(timeline->selected()).lane, middle.lane);
        QTest::keyClick(timeline, Qt::Key_Down);
        QCOMPARE(itemOf(timeline->selected()).lane, start.lane);
        QTest::keyClick(timeline, Qt::Key_End);
        QCOMPARE(timeline->selected(), last);
    }
};

QTEST_MAIN(TestTimelineLabels)
#include "tst_timelinelabels.moc"
