#include "timelineview.h"

#include "../app/darkpalette.h"

#include <QPainter>

#include <QSignalSpy>
#include <QTest>

using zhisuan::widgets::TimelineView;

class TestTimelineView : public QObject
{
    Q_OBJECT
private:
    static QList<TimelineView::Item> claude3()
    {
        // Three releases on one day and one the next week, in one lane; an event in between.
        return {{0, QDate(2024, 3, 4), QStringLiteral("Claude 3 Opus"), QStringLiteral("overseas"), QStringLiteral("multimodal"), false},
                {1, QDate(2024, 3, 4), QStringLiteral("Claude 3 Sonnet"), QStringLiteral("overseas"), QStringLiteral("multimodal"), false},
                {2, QDate(2024, 3, 4), QStringLiteral("Claude 3 Haiku"), QStringLiteral("overseas"), QStringLiteral("multimodal"), false},
                {3, QDate(2024, 5, 6), QStringLiteral("DeepSeek-V2"), QStringLiteral("domestic"), QStringLiteral("text"), false},
                {4, QDate(2024, 3, 20), QStringLiteral("Kimi overloaded"), QString(), QStringLiteral("event"), true}};
    }

private slots:
    // The legend drew every modality as a dot while the timeline drew diamonds, squares, triangles and flags.
    void legendMarkersAreTheDrawnShapes_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<bool>("cornerFilled"); // a square fills its corner; a dot, diamond, triangle or flag not all four
        QTest::addColumn<bool>("centreFilled"); // hollow: the update marker is white inside
        QTest::newRow("image: square") << QStringLiteral("image") << true << true;
        QTest::newRow("text: dot") << QStringLiteral("text") << false << true;
        QTest::newRow("multimodal: diamond") << QStringLiteral("multimodal") << false << true;
        QTest::newRow("update: hollow") << QStringLiteral("update") << false << false;
    }
    void legendMarkersAreTheDrawnShapes()
    {
        QFETCH(QString, code);
        QFETCH(bool, cornerFilled);
        QFETCH(bool, centreFilled);
        TimelineView view;
        view.resize(900, 400);
        view.setItems(claude3(), {QStringLiteral("domestic"), QStringLiteral("overseas")});
        view.setLegend({{QStringLiteral("text"), QStringLiteral("Text")}, {QStringLiteral("multimodal"), QStringLiteral("Multimodal")},
                        {QStringLiteral("image"), QStringLiteral("Image")}, {QStringLiteral("update"), QStringLiteral("Update")}});
        const QRectF box = view.legendMarkerRect(code);
        QVERIFY(!box.isEmpty());
        const QImage image = view.grab().toImage();
        auto inked = [&](QPointF at) {
            const QColor c = image.pixelColor(at.toPoint());
            return c.saturation() > 60 || c.lightness() < 120; // a marker's colour, not the white/grey background
        };
        // The four corners, a pixel inside.
        int corners = 0;
        for (QPointF at : {box.topLeft() + QPointF(1, 1), box.topRight() + QPointF(-2, 1), box.bottomLeft() + QPointF(1, -2),
                           box.bottomRight() + QPointF(-2, -2)})
            corners += inked(at);
        QCOMPARE(corners == 4, cornerFilled);
        QCOMPARE(inked(box.center()), centreFilled);
    }

    // The data table (Enter on the timeline, screen readers) names each kind as the legend does, not by its code.
    void tableNamesKindsAsTheLegendDoes()
    {
        TimelineView view;
        view.setItems(claude3(), {QStringLiteral("domestic"), QStringLiteral("overseas")});
        view.setLegend({{QStringLiteral("text"), QStringLiteral("文本")}, {QStringLiteral("multimodal"), QStringLiteral("多模态")}});
        const auto t = view.table();
        QStringList kinds;
        for (const QStringList &row : t.rows)
            kinds << row.value(3);
        QVERIFY2(kinds.contains(QStringLiteral("多模态")) && kinds.contains(QStringLiteral("文本")), qPrintable(kinds.join(u',')));
        QVERIFY2(!kinds.contains(QStringLiteral("multimodal")) && !kinds.contains(QStringLiteral("text")), qPrintable(kinds.join(u',')));
    }

    // The timeline stayed light on a dark desktop; an export still prints on white.
    // The hollow "update" legend ring was dark blue: all but invisible on a dark desktop. Its outline now stands out
    // from the background on a dark palette as on paper.
    void updateLegendRingStandsOutWhenDark()
    {
        TimelineView view;
        view.resize(900, 400);
        view.setItems(claude3(), {QStringLiteral("domestic"), QStringLiteral("overseas")});
        view.setLegend({{QStringLiteral("text"), QStringLiteral("Text")}, {QStringLiteral("update"), QStringLiteral("Update")}});
        for (const bool dark : {true, false}) {
            if (dark)
                view.setPalette(zhisuan::test::darkPalette());
            else
                view.setPalette(QPalette());
            const QImage image = view.grab().toImage();
            const QRectF ring = view.legendMarkerRect(QStringLiteral("update"));
            const int background = image.pixelColor(ring.toRect().topLeft() - QPoint(4, 0)).lightness();
            int contrast = 0; // the largest difference from the background on the ring's left edge
            for (int y = int(ring.top()); y <= int(ring.bottom()); ++y)
                for (int x = int(ring.left()); x <= int(ring.left()) + 2; ++x)
                    contrast = std::max(contrast, std::abs(image.pixelColor(x, y).lightness() - background));
            QVERIFY2(contrast > 120, qPrintable(QStringLiteral("%1: %2").arg(dark ? QStringLiteral("dark") : QStringLiteral("light")).arg(contrast)));
        }
    }

    void followsADarkDesktopAndExportsOnWhite()
    {
        TimelineView view;
        view.resize(900, 400);
        view.setItems(claude3(), {QStringLiteral("domestic"), QStringLiteral("overseas")});
        view.setPalette(zhisuan::test::darkPalette());
        const QPoint below(4, view.height() - 4); // under the lanes, beside the axis
        const QImage dark = view.grab().toImage();
        QVERIFY2(dark.pixelColor(below).lightness() < 60, qPrintable(QString::number(dark.pixelColor(below).lightness())));
        // The lane names are light text: the lightest pixel of the lane column is far lighter than the band.
        int lightest = 0;
        for (int y = 40; y < view.height() - 40; ++y)
            for (int x = 4; x < 100; ++x)
                lightest = std::max(lightest, dark.pixelColor(x, y).lightness());
        QVERIFY2(lightest > 170, qPrintable(QString::number(lightest)));
        QImage paper(view.size(), QImage::Format_ARGB32);
        paper.fill(Qt::transparent);
        {
            QPainter painter(&paper);
            view.render(&painter, QRectF(QPointF(0, 0), QSizeF(view.size())), true);
        }
        QVERIFY2(paper.pixelColor(below).lightness() > 240, qPrintable(QString::number(paper.pixelColor(below).lightness())));
        QVERIFY(view.grab().toImage().pixelColor(below).lightness() < 60); // dark again on screen
    }

    void closeItemsStackInsteadOfOverlapping()
    {
        TimelineView view;
        view.resize(900, 400);
        view.setItems(claude3(), {QStringLiteral("domestic"), QStringLiteral("overseas")});
        const auto placed = view.layout();
        QCOMPARE(placed.size(), 5);
        for (int i = 0; i < placed.size(); ++i)
            for (int j = i + 1; j < placed.size(); ++j)
                QVERIFY2(!placed[i].box.intersects(placed[j].box), qPrintable(QStringLiteral("%1 and %2 overlap").arg(i).arg(j)));
        QList<int> stacks;
        for (const auto &p : placed)
            if (view.items()[p.index].label.startsWith(QStringLiteral("Claude")))
                stacks << p.stack;
        std::sort(stacks.begin(), stacks.end());
        QCOMPARE(stacks, (QList<int>{0, 1, 2}));
        // Lanes: events on top, then domestic, then overseas.
        auto laneOf = [&](int id) {
            for (const auto &p : placed)
                if (view.items()[p.index].id == id)
                    return p.box.top();
            return -1.0;
        };
        QVERIFY(laneOf(4) < laneOf(3));
        QVERIFY(laneOf(3) < laneOf(0));
    }

    void namesStayInsideAndClearOfEachOther()
    {
        // The late-August cluster of the seeds: releases and events a few days apart at the right edge, where names
        // used to run off the widget and over each other.
        QList<TimelineView::Item> items;
        const QStringList names{QStringLiteral("Gen-3 Alpha Turbo"), QStringLiteral("GPT-4o"), QStringLiteral("Gemini 1.5 Flash"),
                                QStringLiteral("Ideogram 2.0"), QStringLiteral("Imagine Yourself"), QStringLiteral("Sapiens")};
        const QList<QDate> dates{QDate(2024, 8, 15), QDate(2024, 8, 21), QDate(2024, 8, 21), QDate(2024, 8, 21), QDate(2024, 8, 23),
                                 QDate(2024, 8, 24)};
        for (int i = 0; i < names.size(); ++i)
            items.append({i, dates[i], names[i], QStringLiteral("overseas"), QStringLiteral("image"), false});
        items.append({10, QDate(2024, 3, 4), QStringLiteral("Claude 3 Opus"), QStringLiteral("overseas"), QStringLiteral("multimodal"), false});
        items.append({11, QDate(2024, 8, 28), QStringLiteral("传 OpenAI “草莓”与猎户座 (Orion) 模型即将问世"), QString(), QStringLiteral("event"), true});
        items.append({12, QDate(2024, 8, 22), QStringLiteral("科大讯飞发布 2024 年半年报"), QString(), QStringLiteral("event"), true});
        int left = 0;
        for (const int height : {480, 700}) {
            TimelineView view;
            view.resize(900, height);
            view.setItems(items, {QStringLiteral("domestic"), QStringLiteral("overseas")});
            const auto placed = view.layout();
            QCOMPARE(placed.size(), items.size());
            int named = 0;
            for (int i = 0; i < placed.size(); ++i) {
                const auto &a = placed[i];
                for (int j = i + 1; j < placed.size(); ++j)
                    QVERIFY2(!a.box.intersects(placed[j].box), "markers overlap");
                if (a.label.isNull())
                    continue; // a crowded lane: shown on hover
                ++named;
                QVERIFY2(a.label.right() <= view.width() && a.label.left() >= 0, qPrintable(view.items()[a.index].label));
                left += a.labelLeft ? 1 : 0;
                for (int j = 0; j < placed.size(); ++j) {
                    if (i == j)
                        continue;
                    const auto &b = placed[j];
                    if (!b.label.isNull())
                        QVERIFY2(!a.label.adjusted(0, 3, 0, -3).intersects(b.label.adjusted(0, 3, 0, -3)),
                                 qPrintable(view.items()[a.index].label + QStringLiteral(" / ") + view.items()[b.index].label));
                    QVERIFY2(!a.label.intersects(b.box), qPrintable(view.items()[a.index].label + QStringLiteral(" covers a marker")));
                }
            }
            // A tall view names everything; a short one names what fits.
            QVERIFY2(height == 480 ? named >= 5 : named == int(items.size()), qPrintable(QString::number(named)));
        }
        QVERIFY2(left > 0, "names at the right edge turn to the left of their marker");
    }

    void hitTestingFindsTheMarker()
    {
        TimelineView view;
        view.resize(900, 400);
        view.setItems(claude3(), {QStringLiteral("domestic"), QStringLiteral("overseas")});
        for (const auto &p : view.layout())
            QCOMPARE(view.itemAt(p.box.center().toPoint()), view.items()[p.index].id);
        QCOMPARE(view.itemAt(QPoint(5, 5)), -1);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QSignalSpy clicked(&view, &TimelineView::itemClicked);
        QPoint deepseek;
        for (const auto &p : view.layout())
            if (view.items()[p.index].id == 3)
                deepseek = p.box.center().toPoint();
        QTest::mouseClick(&view, Qt::LeftButton, {}, deepseek);
        QCOMPARE(clicked.count(), 1);
        QCOMPARE(clicked.first().first().toLongLong(), 3);
    }

    void eventsAreAToggleableLayer()
    {
        TimelineView view;
        view.resize(900, 400);
        view.setItems(claude3(), {QStringLiteral("domestic"), QStringLiteral("overseas")});
        view.setShowEvents(false);
        QCOMPARE(view.layout().size(), 4);
    }

    void layoutIsComputedOnDataOrZoomChangeOnly()
    {
        // Hovering and painting used to lay 5,000 releases out again each time (86 ms per mouse move).
        TimelineView view;
        view.resize(900, 400);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.setItems(claude3(), {QStringLiteral("domestic"), QStringLiteral("overseas")});
        view.repaint();
        const int afterData = view.layoutRuns();
        QVERIFY(afterData >= 1);
        for (int x = 0; x < 900; x += 30)
            QTest::mouseMove(&view, QPoint(x, 200));
        for (int i = 0; i < 5; ++i)
            view.repaint();
        QCOMPARE(view.layoutRuns(), afterData);
        const QList<TimelineView::Placed> before = view.layout();
        // A zoom step: laid out once more, at the new scale.
        view.zoomAt(450, 2.0);
        view.repaint();
        QTest::mouseMove(&view, QPoint(300, 200));
        QCOMPARE(view.layoutRuns(), afterData + 1);
        QVERIFY(view.layout().first().box != before.first().box);
        // New items, a new size, the events layer: each lays out again.
        view.setItems(claude3().mid(0, 2), {QStringLiteral("overseas")});
        QCOMPARE(view.layout().size(), 2);
        QCOMPARE(view.layoutRuns(), afterData + 2);
        view.resize(600, 300);
        QCOMPARE(view.layout().size(), 2);
        QCOMPARE(view.layoutRuns(), afterData + 3);
        view.setShowEvents(false);
        view.layout();
        QCOMPARE(view.layoutRuns(), afterData + 4);
    }

    void zoomKeepsTheDateUnderTheCursor()
    {
        TimelineView view;
        view.resize(900, 400);
        view.setItems(claude3(), {QStringLiteral("domestic"), QStringLiteral("overseas")});
        const QDate target(2024, 4, 1);
        const int x = int(view.xOf(target));
        const qint64 before = view.rangeStart().daysTo(view.rangeEnd());
        view.zoomAt(x, 2.0);
        QVERIFY(view.rangeStart().daysTo(view.rangeEnd()) < before * 0.6);
        QVERIFY(std::abs(view.xOf(target) - x) < 8); // within a day or so at this width
        view.resetRange();
        QCOMPARE(view.rangeStart().daysTo(view.rangeEnd()), before);
    }
};

QTEST_MAIN(TestTimelineView)
#include "tst_timelineview.moc"
