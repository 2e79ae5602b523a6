#include "briefqueries.h"
#include "importjob.h"
#include "marketanalytics.h"
#include "marketqueries.h"
#include "store.h"

#include <QFile>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using namespace zhisuan::db;

// Ten years of the whole market stay instant only if no dashboard query reads a table that grows with history
// from end to end: SQLite's own plan for each statement says so, on any machine and without timing anything.
class TestMarketQueries : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;

    // Every line of the plan, with aliases resolved to table names ("SCAN d" → "SCAN daily_bar").
    QStringList plan(const char *sql)
    {
        QHash<QString, QString> alias;
        static const QRegularExpression from(QStringLiteral("(?:FROM|JOIN)\\s+(\\w+)\\s+(?:AS\\s+)?(\\w+)"),
                                             QRegularExpression::CaseInsensitiveOption);
        for (auto it = from.globalMatch(QString::fromUtf8(sql)); it.hasNext();) {
            const auto m = it.next();
            alias.insert(m.captured(2), m.captured(1));
        }
        QStringList lines;
        sqlite3_stmt *stmt = nullptr;
        const QByteArray explain = QByteArray("EXPLAIN QUERY PLAN ") + sql;
        if (sqlite3_prepare_v2(m_store->handle(), explain.constData(), -1, &stmt, nullptr) != SQLITE_OK) {
            lines << QStringLiteral("ERROR ") + QString::fromUtf8(sqlite3_errmsg(m_store->handle()));
            return lines;
        }
        static const QRegularExpression scan(QStringLiteral("^(SCAN|SEARCH) (\\w+)"));
        while (sqlite3_step(stmt) == SQLITE_ROW) {
            QString detail = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(stmt, 3)));
            if (const auto m = scan.match(detail); m.hasMatch() && alias.contains(m.captured(2)))
                detail.replace(m.capturedStart(2), m.capturedLength(2), alias.value(m.captured(2)));
            lines << detail;
        }
        sqlite3_finalize(stmt);
        return lines;
    }

    void importText(const QByteArray &csv)
    {
        const QString path = m_dir.filePath(QStringLiteral("quotes.csv"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(csv);
        f.close();
        const auto r = ImportJob::run(*m_store, path, {});
        QVERIFY2(r.ok(), qPrintable(r.errors.isEmpty() ? QString() : r.errors.first().toString()));
    }

    QStringList weekStarts()
    {
        QStringList starts;
        auto weeks = MarketAnalytics(*m_store).weeks();
        if (weeks)
            for (const auto &w : weeks.value())
                starts << w.start.toString(Qt::ISODate);
        return starts;
    }

private slots:
    void initTestCase()
    {
        auto store = Store::open(m_dir.filePath(QStringLiteral("plans.sqlite")));
        QVERIFY(store.ok());
        m_store = std::move(store).value();
    }

    void noQueryScansAHistoryTable_data()
    {
        QTest::addColumn<QByteArray>("sql");
        // In the spelling this store's engine picks (SQLite's).
        for (const auto &[name, statement] : MarketQueries::all())
            QTest::newRow(name) << m_store->text(statement).toUtf8();
        // The weekly brief's models, traffic and news of one week (the market it shares with the page).
        for (const auto &[name, statement] : BriefQueries::all())
            QTest::newRow(name) << m_store->text(statement).toUtf8();
    }

    void noQueryScansAHistoryTable()
    {
        QFETCH(QByteArray, sql);
        // Tables that grow with every week of history; the security and site lists (thousands) may be read whole.
        static const QRegularExpression bigScan(
            QStringLiteral("^SCAN (daily_bar|weekly_return|lockup|valuation|security_snapshot|metric|site_traffic|model_release|event)\\b"));
        const QStringList lines = plan(sql.constData());
        QVERIFY(!lines.isEmpty());
        for (const QString &line : lines) {
            QVERIFY2(!line.startsWith(QLatin1String("ERROR")), qPrintable(line));
            QVERIFY2(!bigScan.match(line).hasMatch(), qPrintable(QStringLiteral("%1 in the plan of: %2").arg(line, QString::fromUtf8(sql))));
        }
    }

    void rollbackFindsABatchsRowsByIndex()
    {
        // Rollback deletes each table's rows of the batch (BatchRepository::rollback): daily_bar by the batch's rowid
        // range, the other tables that grow with history by an index on batch_id, not a scan each.
        for (const char *sql : {"DELETE FROM daily_bar WHERE id BETWEEN ? AND ? AND batch_id=?",
                                "DELETE FROM weekly_return WHERE batch_id=?", "DELETE FROM site_traffic WHERE batch_id=?",
                                "DELETE FROM lockup WHERE batch_id=?", "DELETE FROM security_snapshot WHERE batch_id=?",
                                "DELETE FROM valuation WHERE batch_id=?", "DELETE FROM metric WHERE batch_id=?",
                                "DELETE FROM model_release WHERE batch_id=?", "DELETE FROM event WHERE batch_id=?",
                                "DELETE FROM security WHERE batch_id=?"}) {
            const QStringList lines = plan(sql);
            QVERIFY2(!lines.isEmpty() && !lines.first().startsWith(QLatin1String("ERROR")), sql);
            for (const QString &line : lines)
                QVERIFY2(!line.startsWith(QLatin1String("SCAN")), qPrintable(QStringLiteral("%1 in the plan of: %2").arg(line, QLatin1String(sql))));
        }
    }

    void theWeekReturnsSeekDailyBarPerSecurity()
    {
        // The shape the speed depends on: security outside, daily_bar searched by its (code, trade_date) key.
        const QStringList lines = plan(m_store->text(MarketQueries::derivedReturns).toUtf8().constData());
        QVERIFY2(lines.filter(QRegularExpression(QStringLiteral("^SEARCH daily_bar USING INDEX .*\\(code=\\? AND trade_date>\\? AND trade_date<\\?\\)"))).size() >= 1,
                 qPrintable(lines.join(QLatin1Char('\n'))));
    }

    void tradingDaysFollowImportsAndRollbacks()
    {
        importText("code,name,trade_date,close\n"
                   "600001.SH,甲,2024-08-12,10\n600001.SH,甲,2024-08-13,11\n600002.SH,乙,2024-08-13,20\n");
        QCOMPARE(weekStarts(), QStringList{QStringLiteral("2024-08-12")});
        importText("code,name,trade_date,close\n600002.SH,乙,2024-08-13,21\n600002.SH,乙,2024-08-19,22\n600002.SH,乙,2024-08-20,23\n");
        QCOMPARE(weekStarts(), (QStringList{QStringLiteral("2024-08-19"), QStringLiteral("2024-08-12")}));
        auto week = MarketAnalytics(*m_store).weekContaining(QDate(2024, 8, 21));
        QVERIFY2(week.ok(), qPrintable(week.ok() ? QString() : week.error().message));
        QCOMPARE(week.value().end, QDate(2024, 8, 20));

        auto batches = BatchRepository::list(*m_store);
        QVERIFY(batches.ok());
        const qint64 second = batches.value().first().id;
        QVERIFY(BatchRepository::rollback(*m_store, second).ok());
        // 08-13 keeps the rows of the first batch (600002's close restored); 08-19 and 08-20 have none left.
        QCOMPARE(weekStarts(), QStringList{QStringLiteral("2024-08-12")});
        QSqlQuery q(m_store->database());
        QVERIFY(q.exec(QStringLiteral("SELECT group_concat(trade_date) FROM (SELECT trade_date FROM trading_day ORDER BY 1)")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("2024-08-12,2024-08-13"));
        QVERIFY(q.exec(QStringLiteral("SELECT close FROM daily_bar WHERE code='600002.SH' AND trade_date='2024-08-13'")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toDouble(), 20.0);
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM daily_bar")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 3);

        QVERIFY(BatchRepository::rollback(*m_store, batches.value().at(1).id).ok());
        QCOMPARE(weekStarts(), QStringList{});
    }

    void aDayTradedOnlyByALaterSecurityStaysAfterARollback()
    {
        // Rollback proves a day empty by probing the first securities, then reading runs of days per security:
        // a day that only the 81st security still trades is kept; days left empty go; days far apart are runs apart.
        // 80 securities first, then 600199.SH: the 81st, beyond the first probe.
        QByteArray first = "code,name,trade_date,close\n";
        for (int c = 100; c < 180; ++c)
            first += "600" + QByteArray::number(c) + ".SH,股" + QByteArray::number(c) + ",2024-09-30,10\n";
        first += "600199.SH,末,2024-10-08,10\n";
        QByteArray second = "code,name,trade_date,close\n";
        for (int c = 100; c < 180; ++c)
            second += "600" + QByteArray::number(c) + ".SH,股" + QByteArray::number(c) + ",2024-10-08,11\n";
        for (int c = 100; c < 180; ++c)
            second += "600" + QByteArray::number(c) + ".SH,股" + QByteArray::number(c) + ",2024-10-09,12\n";
        second += "600100.SH,股100,2025-03-03,13\n";
        importText(first);
        importText(second);
        auto days = [&] {
            QSqlQuery q(m_store->database());
            q.exec(QStringLiteral("SELECT group_concat(trade_date) FROM (SELECT trade_date FROM trading_day WHERE trade_date >= '2024-10-01' ORDER BY 1)"));
            return q.next() ? q.value(0).toString() : QString();
        };
        QCOMPARE(days(), QStringLiteral("2024-10-08,2024-10-09,2025-03-03"));
        {
            QSqlQuery q(m_store->database());
            QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM security WHERE rowid < (SELECT rowid FROM security WHERE code = '600199.SH')")));
            QVERIFY(q.next());
            QVERIFY(q.value(0).toInt() >= 80);
        }
        auto batches = BatchRepository::list(*m_store);
        QVERIFY(batches.ok());
        QVERIFY(BatchRepository::rollback(*m_store, batches.value().first().id).ok());
        QCOMPARE(days(), QStringLiteral("2024-10-08")); // 600199.SH's quote, from the first import
        QVERIFY(BatchRepository::rollback(*m_store, batches.value().at(1).id).ok());
        QCOMPARE(days(), QString());
    }
};

QTEST_GUILESS_MAIN(TestMarketQueries)
#include "tst_marketqueries.moc"
