// A return is stored with the period it covers, and only a trading week is a week (issue 24).
#include "tradingcalendar.h"

#include <QTest>

using namespace zhisuan::db;

namespace {
QDate d(const char *iso) { return QDate::fromString(QString::fromLatin1(iso), Qt::ISODate); }
} // namespace

class TestTradingCalendar : public QObject
{
    Q_OBJECT

private slots:
    void tellsWeeksFromPeriods_data()
    {
        QTest::addColumn<QDate>("from");
        QTest::addColumn<QDate>("to");
        QTest::addColumn<bool>("week");
        QTest::addColumn<QDate>("monday");
        QTest::addColumn<QDate>("lastDay");
        QTest::newRow("monday to friday") << d("2024-11-04") << d("2024-11-08") << true << d("2024-11-04") << d("2024-11-08");
        QTest::newRow("saturday to friday") << d("2024-11-02") << d("2024-11-08") << true << d("2024-11-04") << d("2024-11-08");
        QTest::newRow("monday to sunday") << d("2024-11-04") << d("2024-11-10") << true << d("2024-11-04") << d("2024-11-08");
        QTest::newRow("friday to friday") << d("2024-11-01") << d("2024-11-08") << false << QDate() << QDate();
        QTest::newRow("two weeks") << d("2024-11-04") << d("2024-11-15") << false << QDate() << QDate();
        QTest::newRow("tuesday to friday") << d("2024-11-05") << d("2024-11-08") << false << QDate() << QDate();
        QTest::newRow("monday to thursday") << d("2024-11-04") << d("2024-11-07") << false << QDate() << QDate();
        // 中秋 2024: Monday 16 and Tuesday 17 September closed.
        QTest::newRow("mid-autumn week") << d("2024-09-18") << d("2024-09-20") << true << d("2024-09-16") << d("2024-09-20");
        QTest::newRow("mid-autumn week stated from monday") << d("2024-09-16") << d("2024-09-20") << true << d("2024-09-16")
                                                            << d("2024-09-20");
        // 清明 2024: Thursday 4 and Friday 5 April closed.
        QTest::newRow("qingming week") << d("2024-04-01") << d("2024-04-03") << true << d("2024-04-01") << d("2024-04-03");
        QTest::newRow("a closed week") << d("2024-10-01") << d("2024-10-04") << false << QDate() << QDate();
        QTest::newRow("ends before it starts") << d("2024-11-08") << d("2024-11-04") << false << QDate() << QDate();
        // Outside the calendar's years only a full Monday-to-Friday week is a week.
        QTest::newRow("unknown year full week") << d("2031-03-03") << d("2031-03-07") << true << d("2031-03-03") << d("2031-03-07");
        QTest::newRow("unknown year short week") << d("2031-03-04") << d("2031-03-07") << false << QDate() << QDate();
    }
    void tellsWeeksFromPeriods()
    {
        QFETCH(QDate, from);
        QFETCH(QDate, to);
        QFETCH(bool, week);
        QFETCH(QDate, monday);
        QFETCH(QDate, lastDay);
        const WeekVerdict v = TradingCalendar::sse().asWeek(Period{from, to});
        QCOMPARE(v.isWeek, week);
        QVERIFY2(week || !v.why.isEmpty(), "a period that is not a week says why");
        if (week) {
            QCOMPARE(v.monday, monday);
            QCOMPARE(v.monday.dayOfWeek(), 1);
            QCOMPARE(v.lastDay, lastDay);
        }
    }

    void aDayEndsAWeekOnlyOnItsLastTradingDay()
    {
        const auto &cal = TradingCalendar::sse();
        QVERIFY(cal.weekEndingOn(d("2024-11-08")).isWeek);
        QVERIFY(cal.weekEndingOn(d("2024-04-03")).isWeek); // Thursday and Friday were 清明
        const WeekVerdict wednesday = cal.weekEndingOn(d("2024-11-13"));
        QVERIFY(!wednesday.isWeek);
        QVERIFY2(wednesday.why.contains(QStringLiteral("2024-11-15")), qPrintable(wednesday.why));
    }

    void everyClosureIsAWeekdayAndEveryYearIsCovered()
    {
        const auto &cal = TradingCalendar::sse();
        for (int year = 2019; year <= 2026; ++year) {
            QVERIFY(cal.knowsYear(year));
            int closures = 0;
            for (QDate day(year, 1, 1); day.year() == year; day = day.addDays(1))
                if (day.dayOfWeek() <= 5 && !cal.isTradingDay(day))
                    ++closures;
            // Every year closes for 元旦, 春节, 清明, 劳动节, 端午, 中秋 and 国庆: 10 to 20 weekdays.
            QVERIFY2(closures >= 10 && closures <= 20, qPrintable(QString::number(year)));
        }
        QCOMPARE(cal.closure(d("2024-09-16")), QStringLiteral("中秋节"));
    }

    void sameTradingDaysIgnoresWeekendsAndHolidays()
    {
        const auto &cal = TradingCalendar::sse();
        QVERIFY(cal.sameTradingDays(Period{d("2024-11-02"), d("2024-11-08")}, Period{d("2024-11-04"), d("2024-11-08")}));
        QVERIFY(cal.sameTradingDays(Period{d("2024-09-16"), d("2024-09-20")}, Period{d("2024-09-18"), d("2024-09-20")}));
        QVERIFY(!cal.sameTradingDays(Period{d("2024-11-01"), d("2024-11-08")}, Period{d("2024-11-04"), d("2024-11-08")}));
    }
};

QTEST_GUILESS_MAIN(TestTradingCalendar)
#include "tst_tradingcalendar.moc"
