#include "importjob.h"
#include "store.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace zhisuan::db;

class TestImportJob : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;

    QString write(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return {};
        f.write(bytes);
        return path;
    }
    QVariant scalar(const QString &sql)
    {
        QSqlQuery q(m_store->database());
        if (!q.exec(sql) || !q.next())
            return {};
        return q.value(0);
    }
    qint64 count(const QString &table) { return scalar(QStringLiteral("SELECT COUNT(*) FROM ") + table).toLongLong(); }
    ImportReport import(const QString &path, ImportOptions options = {})
    {
        return ImportJob::run(*m_store, path, options);
    }
    static QString errors(const ImportReport &r)
    {
        QStringList s;
        for (const auto &e : r.errors)
            s << e.toString();
        return s.join(QLatin1Char('\n'));
    }

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        QFile::remove(m_dir.filePath(QStringLiteral("store.sqlite")));
        auto store = Store::open(m_dir.filePath(QStringLiteral("store.sqlite")));
        QVERIFY(store.ok());
        m_store = std::move(store).value();
    }
    void cleanup()
    {
        // Imports run with foreign-key enforcement off (each importer writes the parents first): whatever a
        // test imported, no row may point at a missing parent, and enforcement must be back on.
        QSqlQuery check(m_store->database());
        QVERIFY(check.exec(QStringLiteral("PRAGMA foreign_key_check")));
        if (check.next())
            QFAIL(qPrintable(QStringLiteral("orphan row in %1").arg(check.value(0).toString())));
        QCOMPARE(scalar(QStringLiteral("PRAGMA foreign_keys")).toInt(), 1);
        m_store.reset();
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(m_dir.filePath(QStringLiteral("store.sqlite") + suffix));
    }

    void windGbkExportWithTitleAndFooter()
    {
        const auto r = import(QFINDTESTDATA("data/wind_gbk_top_movers/top_movers.csv"));
        QVERIFY2(r.ok(), qPrintable(errors(r)));
        QCOMPARE(r.kind, QStringLiteral("weekly_returns"));
        QCOMPARE(r.encoding, QStringLiteral("GB18030"));
        QCOMPARE(r.inserted, 3);
        // The week comes from the footnote; percent strings and thousands separators are numbers.
        QCOMPARE(scalar(QStringLiteral("SELECT week_start || '..' || week_end FROM weekly_return WHERE code='300531.SZ'")).toString(),
                 QStringLiteral("2024-08-12..2024-08-16"));
        QCOMPARE(scalar(QStringLiteral("SELECT return_pct FROM weekly_return WHERE code='300531.SZ'")).toDouble(), 18.31);
        QCOMPARE(scalar(QStringLiteral("SELECT close FROM weekly_return WHERE code='833030.BJ'")).toDouble(), 1003.5);
        QVERIFY(scalar(QStringLiteral("SELECT return_pct IS NULL FROM weekly_return WHERE code='833030.BJ'")).toBool());
        QCOMPARE(scalar(QStringLiteral("SELECT name FROM security WHERE code='688168.SH'")).toString(), QStringLiteral("安博通"));
        // Codes stay text: 833030.BJ is not a number.
        QCOMPARE(scalar(QStringLiteral("SELECT typeof(code) FROM weekly_return WHERE code='833030.BJ'")).toString(), QStringLiteral("text"));
    }

    void ifindLockupsWithBomAndUnits()
    {
        const auto r = import(QFINDTESTDATA("data/ifind_bom_lockups/lockups.csv"));
        QVERIFY2(r.ok(), qPrintable(errors(r)));
        QCOMPARE(r.kind, QStringLiteral("lockups"));
        QCOMPARE(r.inserted, 2);
        // 万元 and 万股 are stored in yuan and shares.
        QCOMPARE(scalar(QStringLiteral("SELECT market_value_cny FROM lockup WHERE code='688479.SH'")).toDouble(), 40282300.0);
        QCOMPARE(scalar(QStringLiteral("SELECT shares FROM lockup WHERE code='002180.SZ'")).toDouble(), 67271700.0);
        QCOMPARE(scalar(QStringLiteral("SELECT expiry_date FROM lockup WHERE code='002180.SZ'")).toString(), QStringLiteral("2024-11-04"));
        QVERIFY(scalar(QStringLiteral("SELECT float_a_shares IS NULL FROM lockup WHERE code='002180.SZ'")).toBool());
        QCOMPARE(scalar(QStringLiteral("SELECT as_of FROM lockup WHERE code='688479.SH'")).toString(), QStringLiteral("2024-08-16"));
    }

    void badFileIsRejectedWholeWithEveryError()
    {
        const auto r = import(QFINDTESTDATA("data/bad_values/weekly.csv"));
        QVERIFY(!r.ok());
        QVERIFY(!r.committed);
        const QStringList lines = errors(r).split(QLatin1Char('\n'));
        QCOMPARE(lines.size(), 3);
        QCOMPARE(lines[0], QStringLiteral("weekly.csv:3:37: return_pct: expected a percentage such as 18.31% or -24.43, found “minus 24”"));
        QCOMPARE(lines[1], QStringLiteral("weekly.csv:4:1: code: expected a security code such as 300531.SZ, 688168.SH, 833030.BJ or NVDA.O, found “2230”"));
        QCOMPARE(lines[2], QStringLiteral("weekly.csv:5:27: week_end: expected a date such as 2024-08-16, found “2024-02-30”"));
        // Nothing was written: not even the good first row.
        QCOMPARE(count(QStringLiteral("weekly_return")), 0);
        QCOMPARE(count(QStringLiteral("security")), 0);
        QCOMPARE(count(QStringLiteral("import_batch")), 0);
    }

    void errorsAreCappedAtOneHundred()
    {
        QByteArray csv = "code,week_start,week_end,return_pct\n";
        for (int i = 0; i < 150; ++i)
            csv += "300531.SZ,2024-08-12,2024-08-16,bad\n";
        const auto r = import(write(QStringLiteral("many.csv"), csv));
        QCOMPARE(r.errors.size(), 100);
        QCOMPARE(r.errors.last().line, 101);
    }

    void missingRequiredValueSaysWhichColumn()
    {
        const auto r = import(write(QStringLiteral("missing.csv"), "code,name,expiry_date,shares\n300348.SZ,长亮科技,,68.44\n"));
        QVERIFY(!r.ok());
        QCOMPARE(errors(r), QStringLiteral("missing.csv:2:16: expiry_date: expected a value, found an empty cell"));
    }

    void duplicateKeyInOneFileIsAnError()
    {
        const auto r = import(write(QStringLiteral("dup.csv"), "code,expiry_date,shares\n300348.SZ,2024-11-07,1\n300348.SZ,2024-11-07,2\n"));
        QVERIFY(!r.ok());
        QCOMPARE(r.errors.size(), 1);
        QCOMPARE(r.errors.first().line, 3);
        QVERIFY(r.errors.first().message.contains(QStringLiteral("same key")));
        QCOMPARE(count(QStringLiteral("lockup")), 0);
    }

    void noHeaderSaysWhatWasExpected()
    {
        const auto r = import(write(QStringLiteral("noheader.csv"), "foo,bar\n1,2\n"));
        QVERIFY(!r.ok());
        QVERIFY(errors(r).startsWith(QStringLiteral("noheader.csv:1:1: noheader.csv:1:1: expected a header row")) ||
                errors(r).contains(QStringLiteral("expected a header row")));
    }

    void reimportIsIdempotentAndCorrectionUpdates()
    {
        const QByteArray v1 = "code,name,week_start,week_end,return_pct,close\n"
                              "300531.SZ,优博讯,2024-08-12,2024-08-16,18.31%,11.63\n"
                              "688168.SH,安博通,2024-08-12,2024-08-16,17.46%,29.20\n";
        const auto first = import(write(QStringLiteral("w.csv"), v1));
        QVERIFY2(first.ok(), qPrintable(errors(first)));
        QCOMPARE(first.inserted, 2);
        QVERIFY(first.committed);

        const auto again = import(write(QStringLiteral("w.csv"), v1));
        QVERIFY(again.ok());
        QCOMPARE(again.inserted, 0);
        QCOMPARE(again.updated, 0);
        QCOMPARE(again.unchanged, 2);
        QVERIFY(!again.committed); // nothing changed, so no batch is recorded
        QCOMPARE(count(QStringLiteral("import_batch")), 1);

        QByteArray v2 = v1;
        v2.replace("17.46%", "17.50%");
        const auto corrected = import(write(QStringLiteral("w.csv"), v2));
        QVERIFY(corrected.ok());
        QCOMPARE(corrected.updated, 1);
        QCOMPARE(corrected.unchanged, 1);
        QCOMPARE(scalar(QStringLiteral("SELECT return_pct FROM weekly_return WHERE code='688168.SH'")).toDouble(), 17.5);

        // Rolling back the correction restores the previous value; rolling back the first batch then removes all.
        QVERIFY(BatchRepository::rollback(*m_store, corrected.batchId).ok());
        QCOMPARE(scalar(QStringLiteral("SELECT return_pct FROM weekly_return WHERE code='688168.SH'")).toDouble(), 17.46);
        QVERIFY(BatchRepository::rollback(*m_store, first.batchId).ok());
        QCOMPARE(count(QStringLiteral("weekly_return")), 0);
        QCOMPARE(count(QStringLiteral("security")), 0);
        auto batches = BatchRepository::list(*m_store);
        QVERIFY(batches.ok());
        QCOMPARE(batches.value().size(), 2);
        QVERIFY(!batches.value().first().rolledBackAt.isEmpty());
    }

    void rollbackIsRefusedWhileALaterBatchBuildsOnIt()
    {
        const auto first = import(write(QStringLiteral("a.csv"), "code,expiry_date,shares\n300348.SZ,2024-11-07,1\n"));
        const auto second = import(write(QStringLiteral("b.csv"), "code,expiry_date,shares\n300348.SZ,2024-11-07,2\n"));
        QVERIFY(first.committed && second.committed);
        const auto refused = BatchRepository::rollback(*m_store, first.batchId);
        QVERIFY(!refused.ok());
        QVERIFY(refused.error().message.contains(QStringLiteral("Roll back batch %1 first").arg(second.batchId)));
        QCOMPARE(scalar(QStringLiteral("SELECT shares FROM lockup")).toDouble(), 2.0);
    }

    void rollbackRebuildsCapacityPhases()
    {
        const auto first = import(write(QStringLiteral("c.csv"), "name,capacity_text,status\n成都人工智能计算中心,300P FLOPS(最终 1000P),已建成\n"));
        QVERIFY2(first.ok(), qPrintable(errors(first)));
        QCOMPARE(count(QStringLiteral("centre_capacity_phase")), 2);
        const auto second = import(write(QStringLiteral("c.csv"), "name,capacity_text,status\n成都人工智能计算中心,500P FLOPS,已建成\n"));
        QCOMPARE(second.updated, 1);
        QCOMPARE(count(QStringLiteral("centre_capacity_phase")), 1);
        QCOMPARE(scalar(QStringLiteral("SELECT current_pflops FROM compute_centre")).toDouble(), 500.0);
        QVERIFY(BatchRepository::rollback(*m_store, second.batchId).ok());
        QCOMPARE(scalar(QStringLiteral("SELECT current_pflops FROM compute_centre")).toDouble(), 300.0);
        QCOMPARE(scalar(QStringLiteral("SELECT planned_pflops FROM compute_centre")).toDouble(), 1000.0);
        QCOMPARE(count(QStringLiteral("centre_capacity_phase")), 2);
    }

    void notACapacityIsKeptAndFlagged()
    {
        const auto r = import(write(QStringLiteral("k.csv"), "中心名称,算力,建设情况\n克拉玛依智算中心,机柜数量超 1 万个,已建成\n"));
        QVERIFY2(r.ok(), qPrintable(errors(r)));
        QCOMPARE(scalar(QStringLiteral("SELECT capacity_kind FROM compute_centre")).toString(), QStringLiteral("not_capacity"));
        QCOMPARE(scalar(QStringLiteral("SELECT capacity_text FROM compute_centre")).toString(), QStringLiteral("机柜数量超 1 万个"));
        QVERIFY(scalar(QStringLiteral("SELECT current_pflops IS NULL FROM compute_centre")).toBool());
        QCOMPARE(scalar(QStringLiteral("SELECT status FROM compute_centre")).toString(), QStringLiteral("operational"));
    }

    void badChoiceListsTheAcceptedValues()
    {
        const auto r = import(write(QStringLiteral("s.csv"), "name,status\nX中心,快建好了\n"));
        QVERIFY(!r.ok());
        QVERIFY2(errors(r).contains(QStringLiteral("s.csv:2:5: status: expected one of 已建成/operational")), qPrintable(errors(r)));
        QVERIFY(errors(r).contains(QStringLiteral("found “快建好了”")));
    }

    void dryRunWritesNothing()
    {
        ImportOptions o;
        o.dryRun = true;
        const auto r = import(write(QStringLiteral("d.csv"), "code,expiry_date,shares\n300348.SZ,2024-11-07,1\n"), o);
        QVERIFY(r.ok());
        QCOMPARE(r.inserted, 1);
        QVERIFY(!r.committed);
        QCOMPARE(count(QStringLiteral("lockup")), 0);
    }

    void cancelCommitsNothing()
    {
        QByteArray csv = "code,trade_date,close\n";
        for (int i = 0; i < 20000; ++i)
            csv += "300531.SZ," + QDate(2000, 1, 1).addDays(i).toString(Qt::ISODate).toLatin1() + ",11.63\n";
        const QString path = write(QStringLiteral("big.csv"), csv);
        int calls = 0;
        const auto r = ImportJob::run(*m_store, path, {}, [&](qint64, qint64) { return ++calls < 2; });
        QVERIFY(r.cancelled);
        QVERIFY(!r.committed);
        QCOMPARE(count(QStringLiteral("daily_bar")), 0);
        QCOMPARE(count(QStringLiteral("import_batch")), 0);
        // Without cancelling, the same file imports whole.
        const auto full = ImportJob::run(*m_store, path, {}, [](qint64, qint64) { return true; });
        QVERIFY(full.ok());
        QCOMPARE(count(QStringLiteral("daily_bar")), 20000);
    }

    void weekOptionFillsAWeeklyFileWithoutDates()
    {
        ImportOptions o;
        o.week = QDate(2024, 7, 24);
        const auto r = import(write(QStringLiteral("wk.csv"), "证券代码,证券简称,周涨跌幅\n000001.SH,上证综指,-3.07%\n"), o);
        QVERIFY2(r.ok(), qPrintable(errors(r)));
        QCOMPARE(scalar(QStringLiteral("SELECT week_start || '..' || week_end FROM weekly_return")).toString(),
                 QStringLiteral("2024-07-22..2024-07-26"));
        const auto without = import(write(QStringLiteral("wk2.csv"), "证券代码,证券简称,周涨跌幅\n000300.SH,沪深300,-3.67%\n"));
        QVERIFY(!without.ok()); // no dates anywhere: the importer cannot guess the week
    }

    void everyKindWritesTheParentsItRefersTo()
    {
        // One small file per kind that refers to other rows, into an empty store; cleanup() checks the keys.
        const QList<QByteArray> files{
            "code,trade_date,close\n300531.SZ,2024-08-16,11.63\n",
            "model,benchmark,score\nNew-Model,MMLU,80\n",
            "model,AlignBench,MT-Bench\nOther-Model,7.5,8.1\n",
            "model,as_of,input_per_mtok,output_per_mtok\nPriced-Model,2024-05-06,1,2\n",
            "model,released_on\nReleased-Model,2024-05-06\n",
            "name,vendor\nVendor-Model,新厂商\n",
            "site,week_start,week_end,visits\n新网站,2024-08-16,2024-08-22,100\n",
            "app,month,downloads\n新应用,2024-08,100\n",
            "vendor,model,fp16_tflops\n新芯片厂,X1,100\n",
            "name,operator,capacity_text\n新中心,新运营方,100P\n",
            "code,expiry_date,shares\n833030.BJ,2024-11-04,1\n",
            "证券代码,证券简称,股价(元),2023EPS,2023PE,PB\n600570.SH,恒生电子,16.40,0.75,22,3.9\n",
        };
        ImportOptions o;
        o.asOf = QDate(2024, 8, 16);
        for (int i = 0; i < files.size(); ++i) {
            const auto r = import(write(QStringLiteral("kind%1.csv").arg(i), files[i]), o);
            QVERIFY2(r.ok() && r.committed, qPrintable(QString::fromUtf8(files[i]) + errors(r)));
        }
    }

    void userPresetMapsOwnHeaders()
    {
        UserPreset p;
        p.name = QStringLiteral("my-lockups");
        p.kind = QStringLiteral("lockups");
        p.mapping = {{QStringLiteral("Ticker"), QStringLiteral("code")}, {QStringLiteral("Unlock"), QStringLiteral("expiry_date")},
                     {QStringLiteral("Qty"), QStringLiteral("shares")}};
        QVERIFY(PresetRepository::save(*m_store, p).ok());
        ImportOptions o;
        o.preset = p.name;
        const auto r = import(write(QStringLiteral("p.csv"), "Ticker,Unlock,Qty\n688031.SH,2024-10-18,1208400\n"), o);
        QVERIFY2(r.ok(), qPrintable(errors(r)));
        QCOMPARE(scalar(QStringLiteral("SELECT shares FROM lockup WHERE code='688031.SH'")).toDouble(), 1208400.0);
        o.preset = QStringLiteral("nope");
        QVERIFY(!import(write(QStringLiteral("p.csv"), "Ticker\n1\n"), o).ok());
    }

    void planPreviewMarksBadCells()
    {
        QFile f(QFINDTESTDATA("data/bad_values/weekly.csv"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        auto plan = ImportJob::plan(f.readAll(), QStringLiteral("weekly.csv"), {});
        QVERIFY(plan.ok());
        const auto rows = ImportJob::preview(plan.value(), 10);
        QCOMPARE(rows.size(), 5);
        QCOMPARE(rows[0].errors.join(QString()), QString());
        QVERIFY(rows[1].errors[4].contains(QStringLiteral("minus 24")));
        QVERIFY(rows[2].errors[0].contains(QStringLiteral("2230")));
    }
};

QTEST_GUILESS_MAIN(TestImportJob)
#include "tst_importjob.moc"
