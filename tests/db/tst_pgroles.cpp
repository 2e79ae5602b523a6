// A team store's roles and analysts working at once (issue 26), against the real PostgreSQL server ./dev test starts:
// the reader role cannot write through any path (copy-store into the team store, the repair `zhisuan init` runs, a
// file whose name or header carries SQL), each refused with a message that names the role and the store left exactly
// as it was; an import that waits for another analyst's says how long it really waited, across the caller's retries;
// a bulk import leaves the tables analysed for the planner.

#include "importjob.h"
#include "importtesthelpers.h"
#include "starterdataset.h"
#include "store.h"
#include "storecheck.h"
#include "storecopy.h"
#include "teamroles.h"

#include "../pgtestserver.h"

#include <QElapsedTimer>
#include <QFile>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

#include <atomic>
#include <future>
#include <thread>

using namespace zhisuan::db;
using namespace zhisuan::test;

namespace {

// The team store's write lock key (ImportTransaction: "ZHSU").
constexpr qint64 kWriteLockKey = 0x5A485355;

// Another analyst's session on the store, on its own thread: it takes the write lock, holds it `holdMs`, then lets go.
// released() is when it let go, on the clock the test started.
class LockHolder
{
public:
    LockHolder(const QString &url, const QElapsedTimer &clock, qint64 holdMs) : m_thread([this, url, &clock, holdMs] {
        const QString name = QStringLiteral("zt-holder");
        {
            const QUrl u(url);
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
            db.setHostName(u.host());
            db.setPort(u.port(5432));
            db.setUserName(u.userName());
            db.setDatabaseName(u.path().mid(1));
            db.setConnectOptions(QStringLiteral("application_name='zhisuan: importing w45.csv'"));
            QSqlQuery q(db);
            m_holding = db.open() && q.exec(QStringLiteral("SELECT pg_advisory_lock(%1)").arg(kWriteLockKey));
            m_held.set_value();
            if (m_holding) {
                std::this_thread::sleep_for(std::chrono::milliseconds(holdMs));
                m_releasedAt = clock.elapsed();
                q.exec(QStringLiteral("SELECT pg_advisory_unlock(%1)").arg(kWriteLockKey));
            }
        }
        QSqlDatabase::removeDatabase(name);
    })
    {
        m_held.get_future().wait();
    }
    ~LockHolder() { m_thread.join(); }
    bool holding() const { return m_holding; }
    qint64 releasedAt() const { return m_releasedAt; }

private:
    std::promise<void> m_held;
    std::atomic<bool> m_holding = false;
    std::atomic<qint64> m_releasedAt = -1;
    std::thread m_thread;
};

// "Waited 4 seconds for …": the seconds the note says, -1 without such a note.
int waitedSeconds(const ImportReport &r)
{
    static const QRegularExpression waited(QStringLiteral("^Waited (\\d+) second"));
    for (const QString &note : r.notes)
        if (const auto m = waited.match(note); m.hasMatch())
            return m.captured(1).toInt();
    return -1;
}

} // namespace

class TestPgRoles : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QStringList m_databases;
    QStringList m_roles;

    QString write(const QString &name, const QByteArray &bytes)
    {
        QFile f(m_dir.filePath(name));
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return {};
        f.write(bytes);
        return f.fileName();
    }

    // A new team store (schema, `zhisuan init --team`'s roles), and two logins on it: a reader and an editor.
    struct Team
    {
        QString url, reader, editor;
        QString as(const QString &user) const
        {
            QUrl u(url);
            u.setUserName(user);
            return u.toString();
        }
    };
    Team newTeam(const QString &prefix, bool starter)
    {
        QString error;
        Team team;
        team.url = pgCreateDatabase(prefix, &error);
        if (team.url.isEmpty()) {
            qWarning("cannot create a test database: %s", qPrintable(error));
            return team;
        }
        m_databases << team.url;
        auto owner = Store::open(team.url);
        if (!owner) {
            qWarning("%s", qPrintable(owner.error().message));
            return team;
        }
        if (starter)
            for (const ImportReport &r : StarterDataset::load(*owner.value()))
                if (!r.ok())
                    qWarning("%s", qPrintable(errorsText(r)));
        auto roles = TeamRoles::create(*owner.value());
        if (!roles) {
            qWarning("%s", qPrintable(roles.error().message));
            return team;
        }
        const QString name = QUrl(team.url).path().mid(1);
        team.reader = name + QStringLiteral("_bob");
        team.editor = name + QStringLiteral("_alice");
        pgAdminExec(QStringLiteral("CREATE ROLE %1 LOGIN IN ROLE %2").arg(team.reader, roles.value().reader));
        pgAdminExec(QStringLiteral("CREATE ROLE %1 LOGIN IN ROLE %2").arg(team.editor, roles.value().editor));
        m_roles << team.reader << team.editor << roles.value().reader << roles.value().editor;
        return team;
    }

    // The message a reader's refused write must give: it says the role is a reader's and names the login.
    static bool namesTheReader(const QString &message, const Team &team)
    {
        return message.contains(QLatin1String("reader")) && message.contains(team.reader);
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void cleanupTestCase()
    {
        for (const QString &url : std::as_const(m_databases))
            pgDropDatabase(url);
        for (const QString &role : std::as_const(m_roles))
            pgAdminExec(QStringLiteral("DROP ROLE IF EXISTS %1").arg(role));
    }

    // `zhisuan copy-store FROM TEAM` with a reader's login: refused before a row is sent, the role named, the team
    // store still empty.
    void readerCannotCopyAStoreIntoTheTeamStore()
    {
        ZHISUAN_REQUIRE_PG();
        const Team team = newTeam(QStringLiteral("zt_roles_copy"), false);
        QVERIFY(!team.reader.isEmpty());
        const QString source = m_dir.filePath(QStringLiteral("personal.sqlite"));
        {
            auto personal = Store::open(source);
            QVERIFY2(personal.ok(), qPrintable(errorOf(personal)));
            for (const ImportReport &r : StarterDataset::load(*personal.value()))
                QVERIFY2(r.ok(), qPrintable(errorsText(r)));
        }
        auto from = Store::open(source, Store::OpenMode::ReadOnly);
        QVERIFY2(from.ok(), qPrintable(errorOf(from)));
        auto to = Store::open(team.as(team.reader), Store::OpenMode::CreateIfMissing);
        QVERIFY2(to.ok(), qPrintable(errorOf(to)));
        QVERIFY(to.value()->isReadOnly());
        const QMap<QString, QString> before = pgFingerprint(to.value()->database());
        auto copied = StoreCopy::copy(*from.value(), *to.value());
        QVERIFY(!copied.ok());
        QVERIFY2(namesTheReader(copied.error().message, team), qPrintable(copied.error().message));
        QCOMPARE(pgFingerprint(to.value()->database()), before);
        QSqlQuery q(to.value()->database());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM daily_bar")) && q.next());
        QCOMPARE(q.value(0).toLongLong(), 0);
    }

    // A damaged team store (an index dropped, one no constraint needs): the repair `zhisuan init` runs is refused to a reader, naming the role,
    // and nothing is re-created or changed; the reader's `zhisuan check` still sees the damage.
    void readerCannotRepairTheTeamStore()
    {
        ZHISUAN_REQUIRE_PG();
        const Team team = newTeam(QStringLiteral("zt_roles_repair"), true);
        QVERIFY(!team.reader.isEmpty());
        QString index;
        {
            auto owner = Store::open(team.url, Store::OpenMode::ExistingOnly);
            QVERIFY(owner.ok());
            QSqlQuery q(owner.value()->database());
            QVERIFY(q.exec(QStringLiteral("SELECT indexname FROM pg_indexes WHERE schemaname = current_schema() "
                                          "AND indexname NOT IN (SELECT conname FROM pg_constraint) ORDER BY 1 LIMIT 1"))
                    && q.next());
            index = q.value(0).toString();
            QVERIFY(q.exec(QStringLiteral("DROP INDEX %1").arg(index)));
        }
        auto reader = Store::open(team.as(team.reader), Store::OpenMode::ExistingOnly);
        QVERIFY2(reader.ok(), qPrintable(errorOf(reader)));
        auto findings = StoreCheck::run(*reader.value(), false);
        QVERIFY2(findings.ok(), qPrintable(errorOf(findings)));
        QVERIFY(!findings.value().isEmpty());
        const QMap<QString, QString> before = pgFingerprint(reader.value()->database());
        auto repaired = StoreCheck::repair(*reader.value());
        QVERIFY(!repaired.ok());
        QVERIFY2(namesTheReader(repaired.error().message, team), qPrintable(repaired.error().message));
        QSqlQuery q(reader.value()->database());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM pg_indexes WHERE indexname = '%1'").arg(index)) && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
        QCOMPARE(pgFingerprint(reader.value()->database()), before);
    }

    // SQL in a file's name or header is data, never a statement: a reader is refused (role named, store unchanged)
    // and an editor imports the file, recorded under its name as written, every table still there. A header that
    // names no field is refused to both, at its line and column, the header quoted as written.
    void sqlInAFileNameOrHeaderIsData_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("header");
        QTest::addColumn<QString>("refusedAt"); // empty: the file imports
        const QByteArray plain = "证券代码,证券简称,周涨跌幅(%)";
        QTest::newRow("name") << QStringLiteral("x'); DROP TABLE daily_bar;--.csv") << plain << QString();
        QTest::newRow("name, double quote") << QStringLiteral("w46\"; DELETE FROM weekly_return;--.csv") << plain << QString();
        QTest::newRow("extra column") << QStringLiteral("w47.csv") << plain + ",\"备注'); DROP TABLE security;--\"" << QString();
        QTest::newRow("header") << QStringLiteral("w48.csv") << QByteArray("证券代码,证券简称,\"周涨跌幅\"\"; DELETE FROM weekly_return;--\"")
                                << QStringLiteral("w48.csv:1:11: column “周涨跌幅\"; DELETE FROM weekly_return;--”");
    }

    void sqlInAFileNameOrHeaderIsData()
    {
        ZHISUAN_REQUIRE_PG();
        QFETCH(QString, name);
        QFETCH(QByteArray, header);
        QFETCH(QString, refusedAt);
        const Team team = newTeam(QStringLiteral("zt_roles_sql"), true);
        QVERIFY(!team.reader.isEmpty());
        QByteArray row = "\n300531.SZ,优博讯,18.31%";
        if (header.count(',') == 3)
            row += ",x";
        const QString file = write(name, header + row + '\n');
        QVERIFY(!file.isEmpty());
        ImportOptions options;
        options.week = QDate(2024, 11, 15);
        {
            auto reader = Store::open(team.as(team.reader), Store::OpenMode::ExistingOnly);
            QVERIFY2(reader.ok(), qPrintable(errorOf(reader)));
            const QMap<QString, QString> before = pgFingerprint(reader.value()->database());
            const ImportReport refused = ImportJob::run(*reader.value(), file, options);
            QVERIFY(!refused.committed);
            QVERIFY2(refusedAt.isEmpty() ? namesTheReader(errorsText(refused), team) : errorsText(refused).startsWith(refusedAt),
                     qPrintable(errorsText(refused)));
            QCOMPARE(pgFingerprint(reader.value()->database()), before);
        }
        auto editor = Store::open(team.as(team.editor), Store::OpenMode::ExistingOnly);
        QVERIFY2(editor.ok(), qPrintable(errorOf(editor)));
        const QMap<QString, QString> before = pgFingerprint(editor.value()->database());
        const ImportReport imported = ImportJob::run(*editor.value(), file, options);
        const QMap<QString, QString> after = pgFingerprint(editor.value()->database());
        if (!refusedAt.isEmpty()) {
            QVERIFY(!imported.committed);
            QVERIFY2(errorsText(imported).startsWith(refusedAt), qPrintable(errorsText(imported)));
            QCOMPARE(after, before);
            return;
        }
        QVERIFY2(imported.committed, qPrintable(errorsText(imported)));
        QCOMPARE(after.keys(), before.keys()); // no table dropped
        QCOMPARE(after.value(QStringLiteral("weekly_return")).section(u':', 0, 0).toInt(),
                 before.value(QStringLiteral("weekly_return")).section(u':', 0, 0).toInt() + 1);
        QSqlQuery q(editor.value()->database());
        QVERIFY(q.exec(QStringLiteral("SELECT file_name FROM import_batch WHERE id = %1").arg(imported.batchId)) && q.next());
        QCOMPARE(q.value(0).toString(), name);
    }

    // An import that meets another analyst's waits for it, and its note says how long: at least as long as the other
    // held the store, whether one attempt waited it out or the caller retried after "busy" as the window and
    // `zhisuan import --wait` do (the window once said "Waited 0 seconds" after 25 s: only the last attempt counted).
    void theNoteSaysHowLongTheImportWaited_data()
    {
        QTest::addColumn<int>("waitSeconds");
        QTest::addColumn<int>("holdMs");
        QTest::newRow("one attempt waits it out") << 30 << 2500;
        QTest::newRow("the caller retries after busy") << 1 << 3500;
    }

    void theNoteSaysHowLongTheImportWaited()
    {
        ZHISUAN_REQUIRE_PG();
        QFETCH(int, waitSeconds);
        QFETCH(int, holdMs);
        QString error;
        const QString url = pgCreateDatabase(QStringLiteral("zt_roles_wait"), &error);
        QVERIFY2(!url.isEmpty(), qPrintable(error));
        m_databases << url;
        auto store = Store::open(url);
        QVERIFY2(store.ok(), qPrintable(errorOf(store)));
        const QString file = write(QStringLiteral("w46.csv"), "证券代码,证券简称,周涨跌幅(%)\n300531.SZ,优博讯,18.31%\n");
        ImportOptions options;
        options.week = QDate(2024, 11, 15);
        options.waitSeconds = waitSeconds;
        QElapsedTimer clock;
        clock.start();
        LockHolder holder(url, clock, holdMs);
        QVERIFY(holder.holding());
        const qint64 started = clock.elapsed();
        ImportReport report = ImportJob::run(*store.value(), file, options);
        int attempts = 1;
        while (report.busy && attempts < 20) { // as ImportRunner and `zhisuan import --wait` retry
            QVERIFY2(report.busyHolder.contains(QLatin1String("zhisuan: importing w45.csv")), qPrintable(report.busyHolder));
            QTest::qWait(500);
            options.waitedMs = report.waitedMs + 500;
            options.waitedFor = report.busyHolder;
            report = ImportJob::run(*store.value(), file, options);
            ++attempts;
        }
        QVERIFY2(report.committed, qPrintable(errorsText(report)));
        QCOMPARE(attempts > 1, waitSeconds * 1000 < holdMs);
        const qint64 waitedMs = holder.releasedAt() - started;
        const int said = waitedSeconds(report);
        QVERIFY2(said * 1000LL >= waitedMs, qPrintable(QStringLiteral("waited %1 ms, the note says: %2").arg(waitedMs).arg(report.notes.join(u'\n'))));
        QVERIFY2(said * 1000LL <= waitedMs + 2000, qPrintable(report.notes.join(u'\n')));
        QVERIFY2(report.notes.join(u'\n').contains(QLatin1String("zhisuan: importing w45.csv")), qPrintable(report.notes.join(u'\n')));
    }

    // An editor's bulk import into a new store (100,000 rows into a table never analysed) leaves the table it filled
    // analysed: the planner has statistics at once, not when autovacuum gets to it.
    void aBulkImportLeavesTheTablesAnalysed()
    {
        ZHISUAN_REQUIRE_PG();
        const Team team = newTeam(QStringLiteral("zt_roles_analyse"), false);
        QVERIFY(!team.editor.isEmpty());
        // 400 securities × 250 trading days = 100,000 daily quotes.
        QByteArray csv = "证券代码,证券简称,交易日期,收盘价\n";
        csv.reserve(4 << 20);
        QList<QByteArray> days;
        for (QDate d(2023, 1, 2); days.size() < 250; d = d.addDays(1))
            if (d.dayOfWeek() <= 5)
                days << d.toString(Qt::ISODate).toLatin1();
        for (int s = 0; s < 400; ++s) {
            const QByteArray code = QByteArray::number(600000 + s) + ".SH";
            const QByteArray name = "股票" + QByteArray::number(s);
            for (const QByteArray &day : std::as_const(days))
                csv += code + ',' + name + ',' + day + ',' + QByteArray::number(10 + (s % 50) * 0.25) + '\n';
        }
        const QString file = write(QStringLiteral("daily-100k.csv"), csv);
        auto editor = Store::open(team.as(team.editor), Store::OpenMode::ExistingOnly);
        QVERIFY2(editor.ok(), qPrintable(errorOf(editor)));
        const ImportReport imported = ImportJob::run(*editor.value(), file, ImportOptions());
        QVERIFY2(imported.committed, qPrintable(errorsText(imported)));
        QCOMPARE(imported.inserted, 100000);
        QVERIFY2(imported.notes.filter(QLatin1String("analysed")).isEmpty(), qPrintable(imported.notes.join(u'\n')));
        auto reader = Store::open(team.as(team.reader), Store::OpenMode::ExistingOnly);
        QVERIFY(reader.ok());
        QSqlQuery q(reader.value()->database());
        // Analysed by the import (not autovacuum's autoanalyze), and the planner's row estimate counts the new rows.
        // (Not n_mod_since_analyze: the import's own insert counts reach the statistics when its session next goes
        // idle, which may be after the ANALYZE that zeroed them; a fast import made that flaky on Debian 12.)
        QVERIFY(q.exec(QStringLiteral("SELECT s.last_analyze IS NOT NULL, c.reltuples FROM pg_stat_user_tables s "
                                      "JOIN pg_class c ON c.oid = s.relid WHERE s.relname = 'daily_bar'")));
        QVERIFY(q.next());
        QVERIFY2(q.value(0).toBool(), "daily_bar was not analysed after a 100,000-row import");
        QVERIFY2(q.value(1).toDouble() >= 100000, qPrintable(q.value(1).toString()));
    }
};

QTEST_GUILESS_MAIN(TestPgRoles)
#include "tst_pgroles.moc"
