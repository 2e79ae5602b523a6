// Imports into a team store (issue 17), against the real PostgreSQL server ./dev test starts: every file of the
// bad-input corpus gives the same outcome, counts and errors as on SQLite; a refused file writes nothing; an imported
// one rolls back to exactly what was there; the starter files import into an empty team store as they do into SQLite;
// and an import that meets another analyst's waits for it or says who holds the store.

#include "importjob.h"
#include "importtesthelpers.h"
#include "starterdataset.h"
#include "store.h"
#include "teamroles.h"

#include "../pgtestserver.h"

#include <QDate>
#include <QFile>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <future>
#include <thread>

using namespace zhisuan::db;
using namespace zhisuan::test;

namespace {

QMap<QString, QString> fingerprint(Store &store)
{
    return pgFingerprint(store.database());
}

// A table's rows without the ids (PostgreSQL spends identity values on conflicts; SQLite's rowids do not), sorted.
QStringList rowsOf(Store &store, const QString &table, const QStringList &columns)
{
    QStringList rows;
    QSqlQuery q(store.database());
    if (!q.exec(QStringLiteral("SELECT %1 FROM %2").arg(columns.join(u','), table)))
        return {q.lastError().text()};
    while (q.next()) {
        QStringList cells;
        for (int i = 0; i < columns.size(); ++i) {
            const QVariant v = q.value(i);
            if (v.isNull())
                cells << QStringLiteral("∅");
            else if (v.typeId() == QMetaType::Double || v.typeId() == QMetaType::LongLong || v.typeId() == QMetaType::Int)
                cells << QString::number(v.toDouble(), 'g', 17);
            else
                cells << v.toString();
        }
        rows << cells.join(u'|');
    }
    rows.sort();
    return rows;
}

} // namespace

class TestPgImport : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_template; // SQLite with the starter dataset
    QString m_server;   // a team store with the starter dataset, back to it after every corpus file
    std::unique_ptr<Store> m_pg;
    QMap<QString, QString> m_baseline;
    QStringList m_databases;

    QString dataDir() const { return QFINDTESTDATA("data/bad-input/expected.tsv").section(QLatin1Char('/'), 0, -2); }
    QString newDatabase(const QString &prefix)
    {
        QString error;
        const QString url = pgCreateDatabase(prefix, &error);
        if (url.isEmpty())
            qWarning("cannot create a test database: %s", qPrintable(error));
        m_databases << url;
        return url;
    }
    QString write(const QString &name, const QByteArray &bytes)
    {
        QFile f(m_dir.filePath(name));
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return {};
        f.write(bytes);
        return f.fileName();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        if (pgAdminUrl().isEmpty())
            return; // each test says SKIPPED (or fails under CI)
        m_template = m_dir.filePath(QStringLiteral("template.sqlite"));
        {
            auto store = Store::open(m_template);
            QVERIFY2(store.ok(), qPrintable(errorOf(store)));
            for (const ImportReport &r : StarterDataset::load(*store.value()))
                QVERIFY2(r.ok(), qPrintable(errorsText(r)));
        }
        m_server = newDatabase(QStringLiteral("zt_pgimport"));
        QVERIFY(!m_server.isEmpty());
        auto pg = Store::open(m_server);
        QVERIFY2(pg.ok(), qPrintable(errorOf(pg)));
        m_pg = std::move(pg).value();
        for (const ImportReport &r : StarterDataset::load(*m_pg))
            QVERIFY2(r.ok(), qPrintable(errorsText(r)));
        m_baseline = fingerprint(*m_pg);
        QVERIFY(m_baseline.value(QStringLiteral("compute_centre")).startsWith(QLatin1String("53:")));
    }

    void cleanupTestCase()
    {
        m_pg.reset();
        for (const QString &url : std::as_const(m_databases))
            pgDropDatabase(url);
    }

    void corpusAlikeOnBothEngines_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("sql");
        QTest::addColumn<QString>("sqlExpected");
        QFile manifest(QFINDTESTDATA("data/bad-input/expected.tsv"));
        QVERIFY(manifest.open(QIODevice::ReadOnly | QIODevice::Text));
        int rows = 0;
        while (!manifest.atEnd()) {
            const QString line = QString::fromUtf8(manifest.readLine()).chopped(1);
            if (line.trimmed().isEmpty() || line.startsWith(QLatin1Char('#')))
                continue;
            const QStringList cells = line.split(QLatin1Char('\t'));
            QTest::newRow(qPrintable(cells[0])) << cells[0] << cells.value(2) << cells.value(3);
            ++rows;
        }
        QVERIFY(rows >= 40);
    }

    // The same file into the starter store on each engine: the same report (outcome, counts, every error where it
    // is and what it says); on the server a refused file leaves every table as it was, and an imported one reads
    // back as the corpus says and then rolls back to exactly the starter store.
    void corpusAlikeOnBothEngines()
    {
        ZHISUAN_REQUIRE_PG();
        QFETCH(QString, file);
        QFETCH(QString, sql);
        QFETCH(QString, sqlExpected);
        const QString path = dataDir() + QLatin1Char('/') + file;
        const QString storePath = m_dir.filePath(QStringLiteral("corpus.sqlite"));
        QFile::remove(storePath);
        QVERIFY(QFile::copy(m_template, storePath));
        QFile::setPermissions(storePath, QFile::ReadOwner | QFile::WriteOwner);
        ImportReport local;
        {
            auto sqlite = Store::open(storePath, Store::OpenMode::ExistingOnly);
            QVERIFY(sqlite.ok());
            local = ImportJob::run(*sqlite.value(), path, ImportOptions{});
        }
        const ImportReport server = ImportJob::run(*m_pg, path, ImportOptions{});
        QCOMPARE(errorsText(server), errorsText(local));
        QCOMPARE(server.ok(), local.ok());
        QCOMPARE(server.committed, local.committed);
        QCOMPARE(server.kind, local.kind);
        QCOMPARE(server.rowsRead, local.rowsRead);
        QCOMPARE(server.inserted, local.inserted);
        QCOMPARE(server.updated, local.updated);
        QCOMPARE(server.unchanged, local.unchanged);
        QCOMPARE(server.updatedFieldsText(), local.updatedFieldsText());
        if (server.committed) {
            if (!sql.isEmpty()) {
                QString serverSql = sql;
                // The corpus's checks are written for SQLite: the few functions PostgreSQL names otherwise.
                serverSql.replace(QStringLiteral("instr("), QStringLiteral("strpos(")).replace(QStringLiteral("char(10)"), QStringLiteral("chr(10)"));
                if (serverSql.contains(QLatin1String("group_concat(")))
                    serverSql.replace(QStringLiteral("group_concat("), QStringLiteral("string_agg(")) += QStringLiteral(" AS ordered");
                QSqlQuery q(m_pg->database());
                QVERIFY2(q.exec(serverSql) && q.next(), qPrintable(serverSql + QStringLiteral(": ") + q.lastError().text()));
                QCOMPARE(q.value(0).toString(), sqlExpected);
            }
            auto rolledBack = BatchRepository::rollback(*m_pg, server.batchId);
            QVERIFY2(rolledBack.ok(), qPrintable(errorOf(rolledBack)));
        }
        const QMap<QString, QString> now = fingerprint(*m_pg);
        for (auto it = m_baseline.cbegin(); it != m_baseline.cend(); ++it)
            QVERIFY2(now.value(it.key()) == it.value(), qPrintable(it.key() + QStringLiteral(" changed: ") + now.value(it.key())));
        QCOMPARE(now.size(), m_baseline.size());
    }

    // Every starter file imported by the team store's own importer (COPY and merge) into an empty team store gives
    // the rows, counts and batches SQLite's importer gives; imported again, every row is unchanged on both.
    void starterFilesImportAlikeIntoAnEmptyStore()
    {
        ZHISUAN_REQUIRE_PG();
        const QString url = newDatabase(QStringLiteral("zt_pgimport_empty"));
        auto pg = Store::open(url);
        QVERIFY2(pg.ok(), qPrintable(errorOf(pg)));
        auto sqlite = Store::open(m_dir.filePath(QStringLiteral("empty.sqlite")));
        QVERIFY(sqlite.ok());
        for (int round = 0; round < 2; ++round) {
            for (const QString &file : StarterDataset::files()) {
                const ImportReport l = ImportJob::run(*sqlite.value(), file, ImportOptions{});
                const ImportReport s = ImportJob::run(*pg.value(), file, ImportOptions{});
                QVERIFY2(s.ok(), qPrintable(errorsText(s)));
                QCOMPARE(s.committed, l.committed);
                QCOMPARE(s.inserted, l.inserted);
                QCOMPARE(s.updated, l.updated);
                QCOMPARE(s.unchanged, l.unchanged);
                if (round == 1)
                    QCOMPARE(s.unchanged, s.rowsRead);
            }
        }
        QSqlQuery tables(pg.value()->database());
        QVERIFY(tables.exec(QStringLiteral("SELECT table_name, string_agg(column_name, ',' ORDER BY ordinal_position) FROM information_schema.columns "
                                           "WHERE table_schema = current_schema() AND column_name NOT IN ('id', 'imported_at', 'sha256', 'imported_by') "
                                           "AND table_name NOT IN ('schema_version', 'import_undo') GROUP BY table_name ORDER BY 1")));
        int compared = 0;
        while (tables.next()) {
            const QString table = tables.value(0).toString();
            const QStringList columns = tables.value(1).toString().split(u',');
            const QStringList serverRows = rowsOf(*pg.value(), table, columns);
            QCOMPARE(serverRows, rowsOf(*sqlite.value(), table, columns));
            compared += serverRows.size();
        }
        QVERIFY2(compared > 400, qPrintable(QString::number(compared)));
    }

    // A corrected file updates what changed, says which fields, and a rollback restores the old values and the
    // securities' names the file filled in: the same on both engines.
    void correctionUpdatesAndRollsBackAlike()
    {
        ZHISUAN_REQUIRE_PG();
        const QString url = newDatabase(QStringLiteral("zt_pgimport_fix"));
        auto pg = Store::open(url);
        QVERIFY(pg.ok());
        auto sqlite = Store::open(m_dir.filePath(QStringLiteral("fix.sqlite")));
        QVERIFY(sqlite.ok());
        const QString first = write(QStringLiteral("w1.csv"), "证券代码,证券简称,周涨跌幅(%),周最高价\n300531.SZ,优博讯,18.31%,30.1\n688168.SH,安博通,-2.5%,40\n");
        const QString fixed = write(QStringLiteral("w1-fixed.csv"), "证券代码,证券简称,周涨跌幅(%),周最高价\n300531.SZ,优博讯,18.32%,30.1\n688168.SH,安博通,-2.5%,41\n"
                                                                    "002230.SZ,科大讯飞,1%,50\n");
        ImportOptions options;
        options.week = QDate(2024, 8, 16);
        QList<qint64> batches;
        for (Store *store : {sqlite.value().get(), pg.value().get()}) {
            const ImportReport a = ImportJob::run(*store, first, options);
            QVERIFY2(a.committed, qPrintable(errorsText(a)));
            const ImportReport b = ImportJob::run(*store, fixed, options);
            QVERIFY2(b.committed, qPrintable(errorsText(b)));
            QCOMPARE(b.inserted, 1);
            QCOMPARE(b.updated, 2);
            QCOMPARE(b.unchanged, 0);
            QCOMPARE(b.updatedFieldsText(), QStringLiteral("return_pct (1), week_high (1)"));
            auto rolledBack = BatchRepository::rollback(*store, b.batchId);
            QVERIFY2(rolledBack.ok(), qPrintable(errorOf(rolledBack)));
            batches << b.batchId;
        }
        const QStringList columns{QStringLiteral("code"), QStringLiteral("week_start"), QStringLiteral("return_pct"), QStringLiteral("week_high"),
                                  QStringLiteral("batch_id")};
        QCOMPARE(rowsOf(*pg.value(), QStringLiteral("weekly_return"), columns), rowsOf(*sqlite.value(), QStringLiteral("weekly_return"), columns));
        QCOMPARE(rowsOf(*pg.value(), QStringLiteral("weekly_return"), columns).size(), 2);
        QCOMPARE(rowsOf(*pg.value(), QStringLiteral("security"), {QStringLiteral("code"), QStringLiteral("name")}),
                 rowsOf(*sqlite.value(), QStringLiteral("security"), {QStringLiteral("code"), QStringLiteral("name")}));
        // Rolled back twice: refused the same way.
        auto again = BatchRepository::rollback(*pg.value(), batches.last());
        QVERIFY(!again.ok());
        QVERIFY2(again.error().message.contains(QLatin1String("rolled back already")), qPrintable(again.error().message));
    }

    // Daily quotes (issue 26): a slice of new keys goes straight into daily_bar by COPY on a second thread, a slice
    // that meets stored keys goes the staging way; the counts and the rows are SQLite's either way. The first file's
    // 100,000 new rows go straight in (slices of 8,192 rows growing to 50,000); the second file meets stored rows in
    // its first slice, and the rest of it goes the staging way.
    void dailyQuotesStraightInOrMergedAlike()
    {
        ZHISUAN_REQUIRE_PG();
        const QString url = newDatabase(QStringLiteral("zt_pgimport_quotes"));
        auto pg = Store::open(url);
        QVERIFY(pg.ok());
        auto sqlite = Store::open(m_dir.filePath(QStringLiteral("quotes.sqlite")));
        QVERIFY(sqlite.ok());
        // codes × days from `firstDay`; a close that `changed` rows (by their index) get one cent more.
        auto quotes = [&](const QString &name, int codes, int firstDay, int days, int changedAt) {
            QByteArray csv = "code,trade_date,close,volume\n";
            int index = 0;
            for (int c = 0; c < codes; ++c)
                for (int d = firstDay; d < firstDay + days; ++d, ++index)
                    csv += QByteArray::number(300000 + c) + ".SZ," + QDate(2001, 1, 1).addDays(d).toString(Qt::ISODate).toLatin1() + ','
                           + QByteArray::number(10 + (c * 7 + d) % 90 + (index == changedAt ? 0.01 : 0), 'f', 2) + ",1000\n";
            return write(name, csv);
        };
        // 100 codes × 1,000 days; then the same codes' next 1,000 days, with the last 300 days of the first file again
        // (one close changed): 100,000 new rows, 30,000 met again.
        const QString first = quotes(QStringLiteral("q1.csv"), 100, 0, 1000, -1);
        const QString second = quotes(QStringLiteral("q2.csv"), 130, 700, 1000, 5);
        for (Store *store : {sqlite.value().get(), pg.value().get()}) {
            const ImportReport a = ImportJob::run(*store, first, {});
            QVERIFY2(a.committed, qPrintable(errorsText(a)));
            QCOMPARE(a.inserted, 100000);
            const ImportReport b = ImportJob::run(*store, second, {});
            QVERIFY2(b.committed, qPrintable(errorsText(b)));
            QCOMPARE(b.inserted, 130000 - 30000);
            QCOMPARE(b.updated, 1);
            QCOMPARE(b.unchanged, 30000 - 1);
            const ImportReport again = ImportJob::run(*store, second, {});
            QVERIFY2(again.ok(), qPrintable(errorsText(again))); // nothing new: nothing to commit
            QCOMPARE(again.inserted, 0);
            QCOMPARE(again.unchanged, 130000);
        }
        const QStringList columns{QStringLiteral("code"), QStringLiteral("trade_date"), QStringLiteral("close"), QStringLiteral("volume"),
                                  QStringLiteral("batch_id")};
        const QStringList stored = rowsOf(*pg.value(), QStringLiteral("daily_bar"), columns);
        QCOMPARE(stored.size(), 200000);
        QCOMPARE(stored, rowsOf(*sqlite.value(), QStringLiteral("daily_bar"), columns));
    }

    // The team store finds daily quotes by their key, not by an id (schema 14): a second file that overwrites stored
    // quotes and adds new ones rolls back to the first file's rows exactly, and the first rolls back to no quotes and
    // no trading days, as on SQLite (whose rowids still find them).
    void overwrittenQuotesRollBackByKeyAlike()
    {
        ZHISUAN_REQUIRE_PG();
        const QString url = newDatabase(QStringLiteral("zt_pgimport_undo"));
        auto pg = Store::open(url);
        QVERIFY(pg.ok());
        auto sqlite = Store::open(m_dir.filePath(QStringLiteral("undo.sqlite")));
        QVERIFY(sqlite.ok());
        // 40 codes × 30 days, some volumes left empty (the first file goes straight in, in COPY's binary format); the
        // second file: days 20 to 49, every third row's close and volume changed.
        auto quotes = [&](const QString &name, int firstDay, int days, bool changed) {
            QByteArray csv = "code,trade_date,close,volume\n";
            for (int c = 0; c < 40; ++c)
                for (int d = firstDay; d < firstDay + days; ++d) {
                    const bool change = changed && (c + d) % 3 == 0;
                    csv += QByteArray::number(300000 + c) + ".SZ," + QDate(2002, 1, 1).addDays(d).toString(Qt::ISODate).toLatin1() + ','
                           + QByteArray::number(10 + (c * 7 + d) % 90 + (change ? 0.5 : 0), 'f', 2) + ','
                           + (change ? "2000" : (c * d) % 7 == 0 ? "" : "1000") + '\n';
                }
            return write(name, csv);
        };
        const QString first = quotes(QStringLiteral("u1.csv"), 0, 30, false);
        const QString second = quotes(QStringLiteral("u2.csv"), 20, 30, true);
        const QStringList columns{QStringLiteral("code"), QStringLiteral("trade_date"), QStringLiteral("close"), QStringLiteral("volume"),
                                  QStringLiteral("batch_id")};
        QList<QStringList> afterFirst;
        for (Store *store : {sqlite.value().get(), pg.value().get()}) {
            const ImportReport a = ImportJob::run(*store, first, {});
            QVERIFY2(a.committed && a.inserted == 1200, qPrintable(errorsText(a)));
            afterFirst << rowsOf(*store, QStringLiteral("daily_bar"), columns);
            const ImportReport b = ImportJob::run(*store, second, {});
            QVERIFY2(b.committed, qPrintable(errorsText(b)));
            QCOMPARE(b.inserted, 800);
            QCOMPARE(b.updated, 133); // (c + d) % 3 == 0 among the 400 rows met again
            QCOMPARE(b.unchanged, 400 - 133);
            if (store == pg.value().get()) { // each overwritten quote is named by its key (a seek), not by an unindexed id
                QSqlQuery q(store->database());
                QVERIFY(q.exec(QStringLiteral("SELECT count(*) FILTER (WHERE old_values::jsonb ? '$key'), count(*) FROM import_undo "
                                              "WHERE table_name = 'daily_bar'")) && q.next());
                QCOMPARE(q.value(0).toInt(), 133);
                QCOMPARE(q.value(1).toInt(), 133);
            }
            auto undone = BatchRepository::rollback(*store, b.batchId);
            QVERIFY2(undone.ok(), qPrintable(errorOf(undone)));
            QCOMPARE(rowsOf(*store, QStringLiteral("daily_bar"), columns), afterFirst.last());
            QCOMPARE(rowsOf(*store, QStringLiteral("trading_day"), {QStringLiteral("trade_date")}).size(), 30);
            undone = BatchRepository::rollback(*store, a.batchId);
            QVERIFY2(undone.ok(), qPrintable(errorOf(undone)));
            QCOMPARE(rowsOf(*store, QStringLiteral("daily_bar"), columns), QStringList());
            QCOMPARE(rowsOf(*store, QStringLiteral("trading_day"), {QStringLiteral("trade_date")}), QStringList());
        }
        QCOMPARE(afterFirst.first(), afterFirst.last());
        QVERIFY(afterFirst.first().filter(QStringLiteral("|∅|")).size() > 100); // the empty volumes, stored as none
    }

    // daily_bar's references are statement triggers on the team store (postgresql/011), not FOREIGN KEYs: each rule a
    // foreign key gives is kept, for any writer, whatever the path.
    void dailyBarReferencesHoldForEveryWriter()
    {
        ZHISUAN_REQUIRE_PG();
        const QString url = newDatabase(QStringLiteral("zt_pgimport_refs"));
        auto pg = Store::open(url);
        QVERIFY(pg.ok());
        Store &store = *pg.value();
        const QString a = write(QStringLiteral("refs-a.csv"), "code,trade_date,close\n300001.SZ,2024-08-12,10\n300002.SZ,2024-08-12,20\n");
        const ImportReport first = ImportJob::run(store, a, {});
        QVERIFY2(first.committed, qPrintable(errorsText(first)));
        auto refused = [&](const QString &sql) {
            const auto r = store.exec(sql);
            return r.ok() ? QStringLiteral("(accepted)") : r.error().message;
        };
        // A quote of a security the store does not have, or of a batch it never recorded.
        QVERIFY(refused(QStringLiteral("INSERT INTO daily_bar(code, trade_date, close) VALUES ('999999.SZ', '2024-08-13', 1)"))
                    .contains(QLatin1String("Key (code)=(999999.SZ) is not present in table \"security\"")));
        QVERIFY(refused(QStringLiteral("UPDATE daily_bar SET batch_id = 987654 WHERE code = '300001.SZ'"))
                    .contains(QLatin1String("Key (batch_id)=(987654) is not present in table \"import_batch\"")));
        // A security or batch still quoted cannot go; a security's new code reaches its quotes.
        QVERIFY(refused(QStringLiteral("DELETE FROM security WHERE code = '300002.SZ'")).contains(QLatin1String("still referenced from table \"daily_bar\"")));
        QVERIFY(refused(QStringLiteral("DELETE FROM import_batch WHERE id = %1").arg(first.batchId)).contains(QLatin1String("still referenced")));
        QVERIFY2(store.exec(QStringLiteral("UPDATE security SET code = '300009.SZ' WHERE code = '300001.SZ'")).ok(), "a code renamed");
        QCOMPARE(rowsOf(store, QStringLiteral("daily_bar"), {QStringLiteral("code"), QStringLiteral("close")}),
                 (QStringList{QStringLiteral("300002.SZ|20"), QStringLiteral("300009.SZ|10")}));
        // Rollback of a batch whose security another batch's quotes use is refused, as on SQLite; the store keeps both.
        const QString b = write(QStringLiteral("refs-b.csv"), "code,trade_date,close\n300002.SZ,2024-08-13,21\n");
        const ImportReport second = ImportJob::run(store, b, {});
        QVERIFY2(second.committed, qPrintable(errorsText(second)));
        auto rolledBack = BatchRepository::rollback(store, first.batchId);
        QVERIFY(!rolledBack.ok());
        QCOMPARE(rolledBack.error().code, QStringLiteral("in-use"));
        QCOMPARE(rowsOf(store, QStringLiteral("daily_bar"), {QStringLiteral("code")}).size(), 3);
        // Without the other batch it goes, parents and all.
        QVERIFY2(BatchRepository::rollback(store, second.batchId).ok(), "the later batch rolls back");
        QVERIFY2(BatchRepository::rollback(store, first.batchId).ok(), "then the first");
        QCOMPARE(rowsOf(store, QStringLiteral("daily_bar"), {QStringLiteral("code")}).size(), 0);
    }

    // Roles (zhisuan init --team): a reader's import and rollback are refused with a message that names the role and
    // write nothing; an editor imports (temporary tables, COPY, the undo log, identity values) and rolls back.
    void readerIsRefusedAnImportEditorImportsAndRollsBack()
    {
        ZHISUAN_REQUIRE_PG();
        const QString url = newDatabase(QStringLiteral("zt_pgimport_roles"));
        TeamRoles::Names roles;
        {
            auto owner = Store::open(url);
            QVERIFY(owner.ok());
            auto made = TeamRoles::create(*owner.value());
            QVERIFY2(made.ok(), qPrintable(errorOf(made)));
            roles = made.value();
        }
        const QString pid = QString::number(QCoreApplication::applicationPid());
        const QString bob = QStringLiteral("zt_ibob_") + pid, alice = QStringLiteral("zt_ialice_") + pid;
        QCOMPARE(pgAdminExec(QStringLiteral("CREATE ROLE %1 LOGIN IN ROLE %2").arg(bob, roles.reader)), QString());
        QCOMPARE(pgAdminExec(QStringLiteral("CREATE ROLE %1 LOGIN IN ROLE %2").arg(alice, roles.editor)), QString());
        auto as = [&](const QString &user) {
            QUrl u(url);
            u.setUserName(user);
            return u.toString();
        };
        const QString file = write(QStringLiteral("roles.csv"), "证券代码,证券简称,周涨跌幅(%)\n300531.SZ,优博讯,18.31%\n688168.SH,安博通,-2.5%\n");
        ImportOptions options;
        options.week = QDate(2024, 8, 16);
        qint64 batch = -1;
        {
            auto editor = Store::open(as(alice), Store::OpenMode::ExistingOnly);
            QVERIFY2(editor.ok(), qPrintable(errorOf(editor)));
            const ImportReport imported = ImportJob::run(*editor.value(), file, options);
            QVERIFY2(imported.committed, qPrintable(errorsText(imported)));
            QCOMPARE(imported.inserted, 2);
            batch = imported.batchId;
        }
        {
            auto reader = Store::open(as(bob), Store::OpenMode::ExistingOnly);
            QVERIFY2(reader.ok(), qPrintable(errorOf(reader)));
            // Everyone on the team sees whose batch it is: the role alice logged in as, written by the server.
            auto batches = BatchRepository::list(*reader.value());
            QVERIFY2(batches.ok(), qPrintable(errorOf(batches)));
            QCOMPARE(batches.value().size(), 1);
            QCOMPARE(batches.value().first().importedBy, alice);
            const QMap<QString, QString> before = fingerprint(*reader.value());
            const ImportReport refused = ImportJob::run(*reader.value(), write(QStringLiteral("roles2.csv"), "证券代码,证券简称,周涨跌幅(%)\n002230.SZ,科大讯飞,1%\n"), options);
            QVERIFY(!refused.committed);
            QVERIFY2(errorsText(refused).contains(QLatin1String("reader")) && errorsText(refused).contains(bob), qPrintable(errorsText(refused)));
            auto rollback = BatchRepository::rollback(*reader.value(), batch);
            QVERIFY(!rollback.ok());
            QVERIFY2(rollback.error().message.contains(QLatin1String("reader")), qPrintable(rollback.error().message));
            QCOMPARE(fingerprint(*reader.value()), before);
        }
        {
            auto editor = Store::open(as(alice), Store::OpenMode::ExistingOnly);
            QVERIFY(editor.ok());
            auto rolledBack = BatchRepository::rollback(*editor.value(), batch);
            QVERIFY2(rolledBack.ok(), qPrintable(errorOf(rolledBack)));
            QSqlQuery q(editor.value()->database());
            QVERIFY(q.exec(QStringLiteral("SELECT (SELECT count(*) FROM weekly_return) + (SELECT count(*) FROM security)")) && q.next());
            QCOMPARE(q.value(0).toLongLong(), 0);
        }
        pgDropDatabase(url);
        m_databases.removeAll(url);
        for (const QString &role : {bob, alice, roles.reader, roles.editor})
            QCOMPARE(pgAdminExec(QStringLiteral("DROP ROLE %1").arg(role)), QString());
    }

    // Another analyst holds the store's write lock (their import runs): an import waits for it, and when it is not
    // over in time says who holds it, and writes nothing; once they finish it goes through, noting the wait.
    void anImportThatMeetsAnotherSaysWhoAndWaits()
    {
        ZHISUAN_REQUIRE_PG();
        const QString url = newDatabase(QStringLiteral("zt_pgimport_lock"));
        auto pg = Store::open(url);
        QVERIFY(pg.ok());
        const QString file = write(QStringLiteral("w46.csv"), "证券代码,证券简称,周涨跌幅(%)\n300531.SZ,优博讯,18.31%\n");
        ImportOptions options;
        options.week = QDate(2024, 11, 15);
        options.waitSeconds = 1;

        std::promise<void> held, release;
        std::atomic<bool> holding = false;
        std::future<void> releaseSignal = release.get_future();
        std::thread holder([&] {
            {
                const QUrl u(url);
                QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("holder"));
                db.setHostName(u.host());
                db.setPort(u.port(5432));
                db.setUserName(u.userName());
                db.setDatabaseName(u.path().mid(1));
                db.setConnectOptions(QStringLiteral("application_name='zhisuan: importing w45.csv'"));
                if (db.open()) {
                    QSqlQuery q(db);
                    q.exec(QStringLiteral("BEGIN"));
                    holding = q.exec(QStringLiteral("SELECT pg_advisory_xact_lock(%1)").arg(0x5A485355));
                    held.set_value();
                    releaseSignal.wait();
                    q.exec(QStringLiteral("COMMIT"));
                } else {
                    held.set_value();
                }
            }
            QSqlDatabase::removeDatabase(QStringLiteral("holder"));
        });
        struct Joined
        {
            std::thread &thread;
            std::promise<void> &release;
            bool released = false;
            ~Joined()
            {
                if (!released)
                    release.set_value();
                thread.join();
            }
        } joined{holder, release};
        held.get_future().wait();
        QVERIFY(holding);
        const ImportReport busy = ImportJob::run(*pg.value(), file, options);
        const QString message = errorsText(busy);
        QVERIFY2(busy.busy, qPrintable(message));
        QVERIFY(!busy.committed);
        QVERIFY2(message.contains(QUrl(url).userName()) && message.contains(QLatin1String("zhisuan: importing w45.csv")), qPrintable(message));
        QVERIFY2(message.contains(QLatin1String("Nothing was written")), qPrintable(message));
        QSqlQuery count(pg.value()->database());
        QVERIFY(count.exec(QStringLiteral("SELECT (SELECT count(*) FROM weekly_return) + (SELECT count(*) FROM import_batch)")) && count.next());
        QCOMPARE(count.value(0).toLongLong(), 0);

        // The other import finishes while this one waits.
        options.waitSeconds = 30;
        joined.released = true;
        std::thread finisher([&] {
            std::this_thread::sleep_for(std::chrono::milliseconds(1500));
            release.set_value();
        });
        const ImportReport waited = ImportJob::run(*pg.value(), file, options);
        finisher.join();
        QVERIFY2(waited.committed, qPrintable(errorsText(waited)));
        QCOMPARE(waited.inserted, 1);
        QVERIFY2(waited.notes.join(u'\n').contains(QLatin1String("zhisuan: importing w45.csv")), qPrintable(waited.notes.join(u'\n')));
    }
};

QTEST_GUILESS_MAIN(TestPgImport)
#include "tst_pgimport.moc"
