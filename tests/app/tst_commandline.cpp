#include "commandline.h"
#include "schemamigration.h"
#include "store.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>
#include <QXmlStreamReader>

#include "../pdftools.h"
#include "../pgtestserver.h"

#include <sqlite3.h>
#include <unistd.h>

// Runs the real `zhisuan` executable, as a user would, with no display: subcommands must not need one.
class TestCommandLine : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };
    // As an ordinary user: root may write anything, so permission cases run the command as nobody.
    Run zhisuanAsUser(const QStringList &args)
    {
        if (geteuid() != 0)
            return zhisuan(args);
        return zhisuan(QStringList{QStringLiteral("--reuid=65534"), QStringLiteral("--regid=65534"), QStringLiteral("--clear-groups"),
                                   QStringLiteral(ZHISUAN_EXE)} + args, QStringLiteral("/usr/bin/setpriv"));
    }
    Run zhisuan(const QStringList &args, const QString &program = QStringLiteral(ZHISUAN_EXE),
                const QList<std::pair<QString, QString>> &environment = {})
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("QT_QPA_PLATFORM"));
        env.remove(QStringLiteral("ZHISUAN_DB"));
        env.insert(QStringLiteral("HOME"), m_dir.path()); // never touch the developer's own store
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("xdg-data")));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("xdg-config")));
        env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
        for (const auto &[name, value] : environment)
            env.insert(name, value);
        p.setProcessEnvironment(env);
        p.start(program, args);
        if (!p.waitForFinished(60000))
            return {};
        return Run{p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
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
    void helpListsTheCommands()
    {
        const Run r = zhisuan({QStringLiteral("--help")});
        QCOMPARE(r.exitCode, 0);
        for (const char *word : {"init", "import", "csv", "--db", "rollback"})
            QVERIFY2(r.out.contains(QLatin1String(word)), qPrintable(r.out));
    }

    // The desktop entry runs `zhisuan %F`: a CSV file named bare opens the window (and its import wizard),
    // while a subcommand, or a word that is neither command nor file, is answered on the terminal.
    void fileArgumentsOpenTheWindow_data()
    {
        const QString csv = write(QStringLiteral("周涨跌幅.csv"), "代码,名称\n");
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<bool>("headless");
        QTest::newRow("no arguments") << QStringList{} << false;
        QTest::newRow("a CSV file") << QStringList{csv} << false;
        QTest::newRow("two files after options") << QStringList{QStringLiteral("--lang"), QStringLiteral("en"), csv, csv} << false;
        QTest::newRow("--open FILE") << QStringList{QStringLiteral("--open"), csv} << false;
        QTest::newRow("a file that does not exist") << QStringList{m_dir.filePath(QStringLiteral("missing.csv"))} << true;
        QTest::newRow("import FILE") << QStringList{QStringLiteral("import"), csv} << true;
        QTest::newRow("a file, then a command") << QStringList{csv, QStringLiteral("init")} << true;
        QTest::newRow("--help") << QStringList{QStringLiteral("--help")} << true;
    }
    void fileArgumentsOpenTheWindow()
    {
        QFETCH(QStringList, args);
        QFETCH(bool, headless);
        QCOMPARE(zhisuan::app::CommandLine::isHeadless(QStringList{QStringLiteral("zhisuan")} + args), headless);
    }

    void versionPrintsTheVersion()
    {
        const Run r = zhisuan({QStringLiteral("--version")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out.trimmed(), QStringLiteral("zhisuan " ZHISUAN_VERSION));
    }

    // `zhisuan --page market` is the window on the market page: the page is the option's value, not a command
    // (it answered "unknown command “market”" and exit 2, issue 29's review). --version stops it before the window.
    void pageOptionIsNoCommand()
    {
        const Run r = zhisuan({QStringLiteral("--page"), QStringLiteral("market"), QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--version")});
        QVERIFY2(r.exitCode == 0 && !r.err.contains(QStringLiteral("unknown command")), qPrintable(r.err));
        QCOMPARE(r.out.trimmed(), QStringLiteral("zhisuan " ZHISUAN_VERSION));
    }

    void unknownCommandFails()
    {
        const Run r = zhisuan({QStringLiteral("frobnicate")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(QStringLiteral("unknown command “frobnicate”")));
    }

    void initCreatesTheStoreAndSaysWhatItLoaded()
    {
        const QString db = m_dir.filePath(QStringLiteral("init.sqlite"));
        const Run r = zhisuan({QStringLiteral("init"), QStringLiteral("--db"), db});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(QFile::exists(db));
        QVERIFY(r.out.contains(QStringLiteral("Created ") + db));
        QVERIFY2(r.out.contains(QStringLiteral("53 compute centres")), qPrintable(r.out));
        QVERIFY(r.out.contains(QStringLiteral("25 AI chips")));
        QVERIFY(r.out.contains(QStringLiteral("28 lockup expiries")));
        // Again: nothing changes.
        const Run again = zhisuan({QStringLiteral("init"), QStringLiteral("--db"), db});
        QCOMPARE(again.exitCode, 0);
        QVERIFY(again.out.contains(QStringLiteral("Opened ")));
        QVERIFY(!again.out.contains(QStringLiteral("inserted, 0 updated, 0 unchanged (batch")));
    }

    void environmentVariableChoosesTheStore()
    {
        const QString db = m_dir.filePath(QStringLiteral("env.sqlite"));
        QProcess p;
        auto env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("ZHISUAN_DB"), db);
        env.insert(QStringLiteral("HOME"), m_dir.path());
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(ZHISUAN_EXE), {QStringLiteral("store-path")});
        QVERIFY(p.waitForFinished(30000));
        QCOMPARE(QString::fromUtf8(p.readAllStandardOutput()).trimmed(), db);
    }

    // zhisuan copy-store: a personal store into a new one (a file here; a team database when the test server runs),
    // with the counts printed; a second copy into the filled store is refused and changes nothing.
    void copyStoreFillsANewStoreOnly()
    {
        const QString from = m_dir.filePath(QStringLiteral("copy-from.sqlite"));
        QCOMPARE(zhisuan({QStringLiteral("init"), QStringLiteral("--db"), from}).exitCode, 0);
        QStringList targets{m_dir.filePath(QStringLiteral("copy-to.sqlite"))};
        QString server;
        if (!zhisuan::test::pgAdminUrl().isEmpty()) {
            QString error;
            server = zhisuan::test::pgCreateDatabase(QStringLiteral("zt_copystore"), &error);
            QVERIFY2(!server.isEmpty(), qPrintable(error));
            targets << server;
        }
        for (const QString &to : std::as_const(targets)) {
            const Run first = zhisuan({QStringLiteral("copy-store"), from, to});
            QVERIFY2(first.exitCode == 0, qPrintable(first.err));
            QVERIFY2(first.out.contains(QLatin1String("compute_centre: 53 rows")), qPrintable(first.out));
            QVERIFY2(first.out.contains(QLatin1String("counted in both")), qPrintable(first.out));
            const Run query = zhisuan({QStringLiteral("query"), QStringLiteral("--db"), to, QStringLiteral("province-capacity")});
            QCOMPARE(query.exitCode, 0);
            QCOMPARE(query.out, zhisuan({QStringLiteral("query"), QStringLiteral("--db"), from, QStringLiteral("province-capacity")}).out);
            const Run second = zhisuan({QStringLiteral("copy-store"), from, to});
            QCOMPARE(second.exitCode, 1);
            QVERIFY2(second.err.contains(QLatin1String("is not empty")), qPrintable(second.err));
        }
        if (!server.isEmpty())
            zhisuan::test::pgDropDatabase(server);
        const Run usage = zhisuan({QStringLiteral("copy-store"), from});
        QCOMPARE(usage.exitCode, 2);
    }

    // Two analysts import overlapping weekly files into one team store at once, each with `zhisuan import` (two real
    // processes): both succeed, every row the files share holds one file's value (the one committed last), never a
    // mix, and the two batches' counts add up to the rows there are.
    void twoAnalystsImportIntoATeamStoreAtOnce()
    {
        ZHISUAN_REQUIRE_PG();
        QString error;
        const QString server = zhisuan::test::pgCreateDatabase(QStringLiteral("zt_twoimports"), &error);
        QVERIFY2(!server.isEmpty(), qPrintable(error));
        const Run init = zhisuan({QStringLiteral("init"), QStringLiteral("--empty"), QStringLiteral("--db"), server});
        QVERIFY2(init.exitCode == 0, qPrintable(init.err));
        constexpr int kRows = 4000, kShared = 2000; // a: codes 0..3999, b: codes 2000..5999
        QByteArray a = "证券代码,证券简称,周涨跌幅(%)\n", b = a;
        for (int i = 0; i < kRows; ++i) {
            a += QByteArray::number(600000 + i) + ".SH,股票" + QByteArray::number(i) + ",1.5%\n";
            b += QByteArray::number(600000 + kRows - kShared + i) + ".SH,股票" + QByteArray::number(kRows - kShared + i) + ",-2.25%\n";
        }
        const QStringList files{write(QStringLiteral("analyst-a.csv"), a), write(QStringLiteral("analyst-b.csv"), b)};
        QList<QProcess *> processes;
        for (const QString &file : files) {
            auto *p = new QProcess(this);
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.remove(QStringLiteral("DISPLAY"));
            env.insert(QStringLiteral("HOME"), m_dir.path());
            env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
            p->setProcessEnvironment(env);
            p->start(QStringLiteral(ZHISUAN_EXE), {QStringLiteral("import"), QStringLiteral("--db"), server, QStringLiteral("--week"),
                                                   QStringLiteral("2024-08-16"), QStringLiteral("--wait"), QStringLiteral("120"), file});
            processes << p;
        }
        for (QProcess *p : std::as_const(processes)) {
            QVERIFY(p->waitForFinished(180000));
            QVERIFY2(p->exitCode() == 0, qPrintable(QString::fromUtf8(p->readAllStandardError())));
            delete p;
        }
        {
            auto store = zhisuan::db::Store::open(server, zhisuan::db::Store::OpenMode::ExistingOnly);
            QVERIFY(store.ok());
            QSqlQuery q(store.value()->database());
            // The shared codes hold one value, the file committed last; each file's own codes hold its own.
            QVERIFY(q.exec(QStringLiteral("SELECT count(*), count(DISTINCT return_pct) FILTER (WHERE code BETWEEN '602000.SH' AND '603999.SH'), "
                                          "count(DISTINCT batch_id) FILTER (WHERE code BETWEEN '602000.SH' AND '603999.SH'), "
                                          "min(return_pct) FILTER (WHERE code < '602000.SH'), min(return_pct) FILTER (WHERE code > '603999.SH') "
                                          "FROM weekly_return")) && q.next());
            QCOMPARE(q.value(0).toInt(), 2 * kRows - kShared);
            QCOMPARE(q.value(1).toInt(), 1);
            QCOMPARE(q.value(2).toInt(), 1);
            QCOMPARE(q.value(3).toDouble(), 1.5);
            QCOMPARE(q.value(4).toDouble(), -2.25);
            QVERIFY(q.exec(QStringLiteral("SELECT rows_inserted, rows_updated, (SELECT DISTINCT return_pct FROM weekly_return w WHERE w.code = '602000.SH'), "
                                          "file_name FROM import_batch ORDER BY id")));
            QList<QList<QVariant>> batches;
            while (q.next())
                batches.append({q.value(0), q.value(1), q.value(2), q.value(3)});
            QCOMPARE(batches.size(), 2);
            QCOMPARE(batches[0][0].toInt(), kRows);     // the first to commit inserted all its rows
            QCOMPARE(batches[1][0].toInt(), kRows - kShared); // the second its own, and updated the shared ones
            QCOMPARE(batches[1][1].toInt(), kShared);
            // The shared rows hold the value of the file committed last.
            QCOMPARE(batches[1][2].toDouble(), batches[1][3].toString() == QLatin1String("analyst-a.csv") ? 1.5 : -2.25);
        }
        zhisuan::test::pgDropDatabase(server);
    }

    // The team store's address reaches libpq as written (issue 26): keyword/value, URI, the PG* environment and a
    // service file all work from the command line, and TLS verify-full against the wrong CA stops the command with
    // libpq's reason and no password in anything it prints.
    void teamStoreAddressesAndTls()
    {
        ZHISUAN_REQUIRE_PG_CLUSTER();
        QString error;
        const QString server = zhisuan::test::pgCreateDatabase(QStringLiteral("zt_cli_tls"), &error);
        QVERIFY2(!server.isEmpty(), qPrintable(error));
        const QUrl url(server);
        const QString port = QString::number(url.port()), database = url.path().mid(1), user = url.userName();
        const QString ca = QDir(zhisuan::test::pgTestDir()).filePath(QStringLiteral("tls/ca.crt"));
        const QString otherCa = QDir(zhisuan::test::pgTestDir()).filePath(QStringLiteral("tls/other-ca.crt"));
        const QString exe = QStringLiteral(ZHISUAN_EXE);
        const QString view = QStringLiteral("province-capacity");

        const QString keywordValue = QStringLiteral("host=localhost port=%1 dbname=%2 user=%3 sslmode=verify-full sslrootcert=%4")
                                         .arg(port, database, user, ca);
        const Run init = zhisuan({QStringLiteral("init"), QStringLiteral("--db"), keywordValue});
        QVERIFY2(init.exitCode == 0, qPrintable(init.err));
        const Run path = zhisuan({QStringLiteral("store-path"), QStringLiteral("--db"), keywordValue});
        QCOMPARE(path.out.trimmed(), keywordValue);

        const QString good = QStringLiteral("postgresql://%1:s3cret-cli@127.0.0.1:%2/%3?sslmode=verify-full&sslrootcert=%4")
                                 .arg(user, port, database, ca);
        const Run reference = zhisuan({QStringLiteral("query"), QStringLiteral("--db"), good, view});
        QVERIFY2(reference.exitCode == 0 && !reference.out.isEmpty(), qPrintable(reference.err));

        const QString impostor = QStringLiteral("postgresql://%1:s3cret-cli@127.0.0.1:%2/%3?sslmode=verify-full&sslrootcert=%4")
                                     .arg(user, port, database, otherCa);
        const Run refused = zhisuan({QStringLiteral("query"), QStringLiteral("--db"), impostor, view});
        QVERIFY(refused.exitCode != 0);
        QVERIFY2(refused.err.contains(QLatin1String("certificate verify failed")), qPrintable(refused.err));
        QVERIFY(refused.out.isEmpty());
        QVERIFY2(!refused.err.contains(QLatin1String("s3cret-cli")), qPrintable(refused.err));
        // The same through ZHISUAN_DB.
        const Run refusedByEnvironment = zhisuan({QStringLiteral("query"), view}, exe, {{QStringLiteral("ZHISUAN_DB"), impostor}});
        QVERIFY(refusedByEnvironment.exitCode != 0);
        QVERIFY2(refusedByEnvironment.err.contains(QLatin1String("certificate verify failed")), qPrintable(refusedByEnvironment.err));
        QVERIFY(!refusedByEnvironment.err.contains(QLatin1String("s3cret-cli")));

        // What the address leaves out: PGHOST/PGPORT/PGUSER, then a service file.
        const Run byEnvironment = zhisuan({QStringLiteral("query"), QStringLiteral("--db"), QStringLiteral("postgresql:///") + database, view}, exe,
                                          {{QStringLiteral("PGHOST"), QStringLiteral("127.0.0.1")},
                                           {QStringLiteral("PGPORT"), port},
                                           {QStringLiteral("PGUSER"), user}});
        QVERIFY2(byEnvironment.exitCode == 0, qPrintable(byEnvironment.err));
        QCOMPARE(byEnvironment.out, reference.out);
        const QString services = write(QStringLiteral("pg_service.conf"),
                                       QStringLiteral("[zt_cli]\nhost=localhost\nport=%1\nuser=%2\ndbname=%3\nsslmode=verify-full\nsslrootcert=%4\n")
                                           .arg(port, user, database, ca)
                                           .toUtf8());
        for (const QString &address : {QStringLiteral("service=zt_cli"), QStringLiteral("postgresql:///?service=zt_cli")}) {
            const Run byService = zhisuan({QStringLiteral("query"), QStringLiteral("--db"), address, view}, exe,
                                          {{QStringLiteral("PGSERVICEFILE"), services}});
            QVERIFY2(byService.exitCode == 0, qPrintable(address + QStringLiteral(": ") + byService.err));
            QCOMPARE(byService.out, reference.out);
        }
        zhisuan::test::pgDropDatabase(server);
    }

    void initRefusesANewerStore()
    {
        const QString db = m_dir.filePath(QStringLiteral("newer.sqlite"));
        sqlite3 *h = nullptr;
        QCOMPARE(sqlite3_open(QFile::encodeName(db).constData(), &h), SQLITE_OK);
        const QByteArray sql = "CREATE TABLE x(y); PRAGMA user_version=" + QByteArray::number(zhisuan::db::SchemaMigration::latestVersion() + 5);
        QCOMPARE(sqlite3_exec(h, sql.constData(), nullptr, nullptr, nullptr), SQLITE_OK);
        sqlite3_close(h);
        const Run r = zhisuan({QStringLiteral("init"), QStringLiteral("--db"), db});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("newer version of ZhiSuan Board")), qPrintable(r.err));
    }

    void importReportsRowsAndRejectsBadFiles()
    {
        const QString db = m_dir.filePath(QStringLiteral("import.sqlite"));
        const QString good = write(QStringLiteral("good.csv"), "证券代码,证券简称,周涨跌幅(%)\n300531.SZ,优博讯,18.31%\n");
        // A --db path that does not exist is a typo until proven otherwise: refused, and no empty store is left.
        const Run missing = zhisuan({QStringLiteral("import"), QStringLiteral("--db"), db, good});
        QCOMPARE(missing.exitCode, 1);
        QVERIFY2(missing.err.contains(QStringLiteral("There is no store at %1").arg(db)), qPrintable(missing.err));
        QVERIFY2(missing.err.contains(QStringLiteral("zhisuan init --db")), qPrintable(missing.err));
        QVERIFY(!QFile::exists(db));
        const Run init = zhisuan({QStringLiteral("init"), QStringLiteral("--empty"), QStringLiteral("--db"), db});
        QVERIFY2(init.exitCode == 0, qPrintable(init.err));

        const Run r = zhisuan({QStringLiteral("import"), QStringLiteral("--db"), db, QStringLiteral("--week"),
                               QStringLiteral("2024-08-16"), good});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("1 inserted, 0 updated, 0 unchanged")), qPrintable(r.out));

        const QString bad = write(QStringLiteral("bad.csv"), "证券代码,证券简称,周涨跌幅(%)\n300531.SZ,优博讯,abc\n");
        const Run rb = zhisuan({QStringLiteral("import"), QStringLiteral("--db"), db, QStringLiteral("--week"),
                                QStringLiteral("2024-08-16"), bad});
        QCOMPARE(rb.exitCode, 1);
        QVERIFY2(rb.err.contains(bad + QStringLiteral(":2:15: 周涨跌幅(%): expected a percentage")), qPrintable(rb.err));

        const Run batches = zhisuan({QStringLiteral("batches"), QStringLiteral("--db"), db});
        QCOMPARE(batches.exitCode, 0);
        QCOMPARE(batches.out.trimmed().split(QLatin1Char('\n')).size(), 2); // header + one batch
        // The batch records the file's name, as the window does (issue 16), while messages keep the path as typed.
        QCOMPARE(batches.out.trimmed().split(QLatin1Char('\n')).at(1).split(QLatin1Char('\t')).value(1), QStringLiteral("good.csv"));
        // Its last column says who imported it: on a personal store, the account that ran the import.
        const QString by = batches.out.trimmed().split(QLatin1Char('\n')).at(1).split(QLatin1Char('\t')).value(9);
        QVERIFY2(!by.isEmpty(), qPrintable(batches.out));
        if (!qEnvironmentVariable("USER").isEmpty())
            QCOMPARE(by, qEnvironmentVariable("USER"));

        const Run rollback = zhisuan({QStringLiteral("rollback"), QStringLiteral("--db"), db, QStringLiteral("1")});
        QCOMPARE(rollback.exitCode, 0);
        const Run twice = zhisuan({QStringLiteral("rollback"), QStringLiteral("--db"), db, QStringLiteral("1")});
        QCOMPARE(twice.exitCode, 1);
        QVERIFY(twice.err.contains(QStringLiteral("rolled back already")));
    }

    // Every row of every table but the batch list and its undo log, in rowid order: what the store holds.
    static QStringList contents(const QString &path)
    {
        QStringList rows;
        sqlite3 *db = nullptr;
        if (sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) {
            sqlite3_close(db);
            return {QStringLiteral("cannot open")};
        }
        QStringList tables;
        sqlite3_stmt *stmt = nullptr;
        sqlite3_prepare_v2(db, "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite%' "
                               "AND name NOT IN ('import_batch','import_undo') ORDER BY name", -1, &stmt, nullptr);
        while (sqlite3_step(stmt) == SQLITE_ROW)
            tables << QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(stmt, 0)));
        sqlite3_finalize(stmt);
        for (const QString &table : std::as_const(tables)) {
            // trading_day has no rowid (WITHOUT ROWID): its key orders it.
            const QByteArray sql = "SELECT * FROM " + table.toUtf8() + (table == QLatin1String("trading_day") ? " ORDER BY 1" : " ORDER BY rowid");
            if (sqlite3_prepare_v2(db, sql.constData(), -1, &stmt, nullptr) != SQLITE_OK) {
                rows << table + QStringLiteral(": ") + QString::fromUtf8(sqlite3_errmsg(db));
                continue;
            }
            while (sqlite3_step(stmt) == SQLITE_ROW) {
                QStringList cells{table};
                for (int c = 0; c < sqlite3_column_count(stmt); ++c)
                    cells << (sqlite3_column_type(stmt, c) == SQLITE_NULL
                                  ? QStringLiteral("NULL")
                                  : QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(stmt, c))));
                rows << cells.join(QLatin1Char('|'));
            }
            sqlite3_finalize(stmt);
        }
        sqlite3_close(db);
        return rows;
    }

    // `zhisuan rollback` leaves the copy of its pages into the store file to the next writer (the checkpoint, most
    // of its time on a big store): every process that opens the store afterwards must read exactly what it held
    // before the import, rows the batch overwrote restored and days it added gone, and the next import must work.
    void rollbackLeavesTheStoreAsBeforeTheImport()
    {
        const QString db = m_dir.filePath(QStringLiteral("rollback-exact.sqlite"));
        QCOMPARE(zhisuan({QStringLiteral("init"), QStringLiteral("--db"), db}).exitCode, 0);
        const QStringList before = contents(db);
        QVERIFY(before.size() > 500);
        QByteArray daily = "code,trade_date,open,high,low,close,volume,amount\n";
        for (const char *code : {"000001.SH", "000300.SH", "002153.SZ"})
            for (int d = 2; d <= 6; ++d)
                daily += QByteArray(code) + ",2024-09-0" + QByteArray::number(d) + ",10.00,10.50,9.80,10.20,100000,1020000\n";
        const QString dailyFile = write(QStringLiteral("daily-week.csv"), daily);
        // Overwrites two of the starter dataset's weekly returns: the rollback must restore them.
        const QString weeklyFile = write(QStringLiteral("weekly-fix.csv"),
                                         "code,name,kind,week_start,week_end,return_pct,close,week_low,week_high,source,confidence,confidence_note,inferred_fields\n"
                                         "000001.SH,上证综指,index,2024-07-22,2024-07-26,-9.99,,,,fix,reported,,\n"
                                         "399006.SZ,创业板指,index,2024-07-22,2024-07-26,9.99,,,,fix,reported,,\n");
        for (const QString &file : {dailyFile, weeklyFile}) {
            const Run imported = zhisuan({QStringLiteral("import"), QStringLiteral("--db"), db, file});
            QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
        }
        const QStringList imported = contents(db);
        QVERIFY(imported != before);
        QVERIFY(imported.filter(QStringLiteral("trading_day|2024-09-02")).size() == 1);
        QVERIFY(imported.filter(QStringLiteral("|-9.99|")).size() == 1);
        // Newest first: the weekly file's batch, then the daily file's.
        for (const char *batch : {"23", "22"}) {
            const Run rolled = zhisuan({QStringLiteral("rollback"), QStringLiteral("--db"), db, QString::fromLatin1(batch)});
            QVERIFY2(rolled.exitCode == 0, qPrintable(rolled.err + rolled.out));
        }
        const QStringList after = contents(db);
        QCOMPARE(after.size(), before.size());
        for (qsizetype i = 0; i < before.size(); ++i)
            QCOMPARE(after[i], before[i]);
        const Run check = zhisuan({QStringLiteral("check"), QStringLiteral("--db"), db});
        QVERIFY2(check.exitCode == 0, qPrintable(check.out + check.err));
        const Run week = zhisuan({QStringLiteral("query"), QStringLiteral("index-returns"), QStringLiteral("--db"), db,
                                  QStringLiteral("--week"), QStringLiteral("2024-07-24")});
        QVERIFY2(week.out.contains(QStringLiteral("000001.SH,上证综指,index,-3.07,")), qPrintable(week.out));
        // The next writer takes the store on (and copies the rollback's pages in): the same file imports again.
        const Run again = zhisuan({QStringLiteral("import"), QStringLiteral("--db"), db, dailyFile});
        QVERIFY2(again.exitCode == 0 && again.out.contains(QStringLiteral("15 inserted")), qPrintable(again.err + again.out));
        QVERIFY(contents(db).filter(QStringLiteral("trading_day|2024-09-06")).size() == 1);
    }

    void queryPrintsTheMarketViews()
    {
        const QString db = m_dir.filePath(QStringLiteral("query.sqlite"));
        QCOMPARE(zhisuan({QStringLiteral("init"), QStringLiteral("--db"), db}).exitCode, 0);
        const Run csv = zhisuan({QStringLiteral("query"), QStringLiteral("excess-returns"), QStringLiteral("--db"), db,
                                 QStringLiteral("--week"), QStringLiteral("2024-07-24")});
        QVERIFY2(csv.exitCode == 0, qPrintable(csv.err));
        QVERIFY2(csv.out.contains(QStringLiteral("801750.SI,计算机(申万),-1.68,000001.SH,上证综指,-3.07,1.39")), qPrintable(csv.out));
        const Run json = zhisuan({QStringLiteral("query"), QStringLiteral("top-movers"), QStringLiteral("--db"), db,
                                  QStringLiteral("--week"), QStringLiteral("2024-08-16"), QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(json.exitCode, 0);
        const QJsonObject doc = QJsonDocument::fromJson(json.out.toUtf8()).object();
        QCOMPARE(doc[QStringLiteral("week")].toObject()[QStringLiteral("label")].toString(), QStringLiteral("8.12–8.16"));
        QCOMPARE(doc[QStringLiteral("rows")].toArray().first().toObject()[QStringLiteral("name")].toString(), QStringLiteral("优博讯"));
        // Beside the stored name, the store's English one (security.name_en, issue 29).
        QCOMPARE(doc[QStringLiteral("rows")].toArray().first().toObject()[QStringLiteral("name_en")].toString(), QStringLiteral("Urovo Technology"));
        QCOMPARE(doc[QStringLiteral("rows")].toArray().first().toObject()[QStringLiteral("return_pct")].toDouble(), 18.31);
        const Run bad = zhisuan({QStringLiteral("query"), QStringLiteral("heatmap"), QStringLiteral("--db"), db});
        QCOMPARE(bad.exitCode, 2);
        QVERIFY(bad.err.contains(QStringLiteral("unknown view “heatmap”")));
        QVERIFY(!bad.err.contains(QStringLiteral("XDG_RUNTIME_DIR")));
    }

    // Counts are counts (issue 29): 1,600,000 visits and 1,151,500 shares print as integers, not "1600000.00";
    // prices, returns and EPS keep the reports' two decimals; each column prints with one precision.
    void queryPrintsNumbersWithTheirColumnsPrecision()
    {
        const QString db = m_dir.filePath(QStringLiteral("precision.sqlite"));
        QCOMPARE(zhisuan({QStringLiteral("init"), QStringLiteral("--db"), db}).exitCode, 0);
        const auto rows = [&](const QString &view, const QStringList &more = {}) {
            const Run r = zhisuan(QStringList{QStringLiteral("query"), view, QStringLiteral("--db"), db} + more);
            QList<QStringList> out;
            for (const QString &line : r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
                out << line.trimmed().split(QLatin1Char(','));
            return out;
        };
        const QList<QStringList> traffic = rows(QStringLiteral("traffic"));
        QVERIFY(traffic.size() > 1);
        const int visits = int(traffic[0].indexOf(QStringLiteral("visits")));
        QCOMPARE(traffic[1].value(visits), QStringLiteral("1600000"));
        const QList<QStringList> lockups = rows(QStringLiteral("lockups"), {QStringLiteral("--week"), QStringLiteral("2024-08-16")});
        QVERIFY(lockups.size() > 1);
        for (const QString &column : {QStringLiteral("shares"), QStringLiteral("market_value_cny"), QStringLiteral("total_shares"),
                                      QStringLiteral("float_a_shares"), QStringLiteral("days_until")}) {
            const int c = int(lockups[0].indexOf(column));
            QVERIFY2(c >= 0, qPrintable(column));
            for (int r = 1; r < lockups.size(); ++r)
                QVERIFY2(QRegularExpression(QStringLiteral("^\\d+$")).match(lockups[r].value(c)).hasMatch(),
                         qPrintable(column + QStringLiteral(": ") + lockups[r].join(QLatin1Char(','))));
        }
        const QList<QStringList> stocks = rows(QStringLiteral("key-stocks"), {QStringLiteral("--week"), QStringLiteral("2024-08-16")});
        QVERIFY(stocks.size() > 1);
        const QStringList &head = stocks[0];
        const QStringList *iflytek = nullptr;
        for (const QStringList &r : stocks)
            if (r.value(0) == QStringLiteral("002230.SZ"))
                iflytek = &r;
        QVERIFY(iflytek);
        QCOMPARE(iflytek->value(int(head.indexOf(QStringLiteral("price")))), QStringLiteral("34.46"));
        QCOMPARE(iflytek->value(int(head.indexOf(QStringLiteral("return_pct")))), QStringLiteral("-4.01"));
        QCOMPARE(iflytek->value(int(head.indexOf(QStringLiteral("eps_2021")))), QStringLiteral("0.70")); // EPS as reported: two decimals
        QCOMPARE(iflytek->value(int(head.indexOf(QStringLiteral("pe_2021")))), QStringLiteral("49")); // a whole multiple, not 49.00
    }

    void exportWritesChartsHeadless()
    {
        const QString db = m_dir.filePath(QStringLiteral("export.sqlite"));
        QCOMPARE(zhisuan({QStringLiteral("init"), QStringLiteral("--db"), db}).exitCode, 0);
        const Run list = zhisuan({QStringLiteral("export"), QStringLiteral("--list")});
        QCOMPARE(list.exitCode, 0);
        QVERIFY(list.out.contains(QStringLiteral("centres-map")));
        QVERIFY(list.out.contains(QStringLiteral("models-price")));
        const QString png = m_dir.filePath(QStringLiteral("returns.png"));
        const Run r = zhisuan({QStringLiteral("export"), QStringLiteral("market-returns"), QStringLiteral("--db"), db, QStringLiteral("--week"),
                               QStringLiteral("2024-07-24"), QStringLiteral("--size"), QStringLiteral("900x500"), QStringLiteral("--scale"),
                               QStringLiteral("2"), QStringLiteral("-o"), png});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(QImage(png).size(), QSize(1800, 1000));
        const Run bad = zhisuan({QStringLiteral("export"), QStringLiteral("nope"), QStringLiteral("--db"), db, QStringLiteral("-o"), png});
        QCOMPARE(bad.exitCode, 2);
    }

    // `zhisuan export market-returns -o x.png` straight after `zhisuan init`: the starter dataset's latest week
    // (8.26–8.28) holds only a snapshot, no returns, so the chart comes from the latest week that has them.
    void exportWithoutAWeekUsesTheLatestWeekWithData()
    {
        const QString db = m_dir.filePath(QStringLiteral("noweek.sqlite"));
        QCOMPARE(zhisuan({QStringLiteral("init"), QStringLiteral("--db"), db}).exitCode, 0);
        const QString png = m_dir.filePath(QStringLiteral("noweek.png"));
        const Run r = zhisuan({QStringLiteral("export"), QStringLiteral("market-returns"), QStringLiteral("--db"), db, QStringLiteral("-o"), png,
                               QStringLiteral("--lang"), QStringLiteral("en")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("in the latest week (8.26–8.28): using 8.12–8.16")), qPrintable(r.out));
        QVERIFY(!QImage(png).isNull());
        // A chart no week has data for still fails, and names the latest week's problem, not an older week.
        const Run none = zhisuan({QStringLiteral("export"), QStringLiteral("market-ranking"), QStringLiteral("--db"), db, QStringLiteral("-o"), png,
                                  QStringLiteral("--lang"), QStringLiteral("en")});
        QCOMPARE(none.exitCode, 1);
        QVERIFY(!none.out.contains(QStringLiteral("using")));
        // It says it has nothing to draw, without the hint that belongs to models-compare alone; models-compare says
        // how to choose what it compares.
        QVERIFY2(none.err.contains(QStringLiteral("has nothing to draw")) && !none.err.contains(QStringLiteral("models-compare")), qPrintable(none.err));
        const Run compare = zhisuan({QStringLiteral("export"), QStringLiteral("models-compare"), QStringLiteral("--db"), db, QStringLiteral("-o"), png,
                                     QStringLiteral("--lang"), QStringLiteral("en")});
        QCOMPARE(compare.exitCode, 1);
        QVERIFY2(compare.err.contains(QStringLiteral("--models and --benchmarks")), qPrintable(compare.err));
    }

    // `zhisuan query` without --week reads the latest week the view has rows for, as `export` does: the newest week
    // of the starter dataset (8.26–8.28) holds a watchlist and lockups only, and its index returns were an empty table.
    void queryWithoutAWeekUsesTheLatestWeekTheViewHasRowsFor()
    {
        const QString db = m_dir.filePath(QStringLiteral("querynoweek.sqlite"));
        QCOMPARE(zhisuan({QStringLiteral("init"), QStringLiteral("--db"), db}).exitCode, 0);
        const Run returns = zhisuan({QStringLiteral("query"), QStringLiteral("index-returns"), QStringLiteral("--db"), db, QStringLiteral("--format"),
                                     QStringLiteral("json"), QStringLiteral("--lang"), QStringLiteral("en")});
        QVERIFY2(returns.exitCode == 0, qPrintable(returns.err));
        const QJsonObject doc = QJsonDocument::fromJson(returns.out.toUtf8()).object(); // stdout stays JSON only
        QCOMPARE(doc[QStringLiteral("week")].toObject()[QStringLiteral("label")].toString(), QStringLiteral("8.12–8.16"));
        QVERIFY(!doc[QStringLiteral("rows")].toArray().isEmpty());
        QVERIFY2(returns.err.contains(QStringLiteral("No data for index-returns in the latest week (8.26–8.28): using 8.12–8.16")), qPrintable(returns.err));
        // A view the latest week has rows for reads that week, and says nothing.
        const Run lockups = zhisuan({QStringLiteral("query"), QStringLiteral("lockups"), QStringLiteral("--db"), db, QStringLiteral("--format"),
                                     QStringLiteral("json")});
        QCOMPARE(lockups.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(lockups.out.toUtf8()).object()[QStringLiteral("week")].toObject()[QStringLiteral("label")].toString(),
                 QStringLiteral("8.26–8.28"));
        QVERIFY2(!lockups.err.contains(QStringLiteral("No data")), qPrintable(lockups.err));
        // A week asked for is read as asked, empty or not.
        const Run asked = zhisuan({QStringLiteral("query"), QStringLiteral("index-returns"), QStringLiteral("--db"), db, QStringLiteral("--week"),
                                   QStringLiteral("2024-08-27")});
        QCOMPARE(asked.exitCode, 0);
        QCOMPARE(asked.out.trimmed(), QStringLiteral("code,name,kind,return_pct,tracked,name_en"));
    }

    // The benchmark comparison an analyst builds on the Models page by selecting cells, from the command line: the
    // models and benchmarks named, the 10-point benchmark drawn ×10 as on the page, the scores' source under it.
    void exportComparesTheModelsAndBenchmarksNamed()
    {
        const QString db = m_dir.filePath(QStringLiteral("compare.sqlite"));
        QCOMPARE(zhisuan({QStringLiteral("init"), QStringLiteral("--db"), db}).exitCode, 0);
        const QString svg = m_dir.filePath(QStringLiteral("compare.svg"));
        const Run r = zhisuan({QStringLiteral("export"), QStringLiteral("models-compare"), QStringLiteral("--db"), db, QStringLiteral("-o"), svg,
                               QStringLiteral("--models"), QStringLiteral("DeepSeek-V2, GPT-4-0613"), QStringLiteral("--benchmarks"),
                               QStringLiteral("MMLU,MT-Bench"), QStringLiteral("--lang"), QStringLiteral("en")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QFile f(svg);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(f.readAll());
        for (const QString &drawn : {QStringLiteral("DeepSeek-V2"), QStringLiteral("GPT-4-0613"), QStringLiteral("MMLU"),
                                     QStringLiteral("MT-Bench (×10)"), QStringLiteral("Score (0–100)")})
            QVERIFY2(text.contains(drawn.toHtmlEscaped()), qPrintable(drawn));
        QVERIFY2(text.contains(QStringLiteral("Orient Securities")) || text.contains(QStringLiteral("东方证券")), "the scores' source line (report 002)");
        // Whole ticks on the 0–100 score axis: no "100.0".
        QVERIFY(text.contains(QStringLiteral(">100<")));
        QVERIFY(!text.contains(QStringLiteral(">100.0<")));
        // A model the store has no score for is named, with the ones it has; nothing is written.
        const QString none = m_dir.filePath(QStringLiteral("compare-none.svg"));
        const Run bad = zhisuan({QStringLiteral("export"), QStringLiteral("models-compare"), QStringLiteral("--db"), db, QStringLiteral("-o"), none,
                                 QStringLiteral("--models"), QStringLiteral("GPT-9"), QStringLiteral("--benchmarks"), QStringLiteral("MMLU"),
                                 QStringLiteral("--lang"), QStringLiteral("en")});
        QCOMPARE(bad.exitCode, 1);
        QVERIFY2(bad.err.contains(QStringLiteral("“GPT-9”")) && bad.err.contains(QStringLiteral("DeepSeek-V2")), qPrintable(bad.err));
        QVERIFY(!QFile::exists(none));
    }

    void exportOfAnEarlierWeekShowsOnlyThatWeek()
    {
        // The market page opens on the latest week; exporting another week replaces the chart's axes. Replaced axes
        // must not be drawn under the new ones (Qt Charts deletes them later, and headless there is no event loop).
        const QString db = m_dir.filePath(QStringLiteral("weeks.sqlite"));
        QCOMPARE(zhisuan({QStringLiteral("init"), QStringLiteral("--db"), db}).exitCode, 0);
        const QString latest = write(QStringLiteral("latest-week.csv"),
                                     "code,name,kind,week_start,week_end,return_pct\n"
                                     "000001.SH,上证综指,index,2024-09-02,2024-09-06,12.34\n"
                                     "801750.SI,计算机(申万),industry,2024-09-02,2024-09-06,15.55\n");
        const Run imported = zhisuan({QStringLiteral("import"), QStringLiteral("--db"), db, latest});
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.out + imported.err));
        const QString svg = m_dir.filePath(QStringLiteral("earlier.svg"));
        const Run r = zhisuan({QStringLiteral("export"), QStringLiteral("market-returns"), QStringLiteral("--db"), db, QStringLiteral("--week"),
                               QStringLiteral("2024-07-24"), QStringLiteral("-o"), svg});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QFile f(svg);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QStringList texts;
        QXmlStreamReader xml(&f);
        while (!xml.atEnd())
            if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == QLatin1String("text"))
                texts << xml.readElementText(QXmlStreamReader::IncludeChildElements).trimmed();
        QVERIFY(texts.contains(QStringLiteral("-3.07"))); // the week asked for
        for (const QString &stale : {QStringLiteral("12.34"), QStringLiteral("15.55"), QStringLiteral("10%"), QStringLiteral("15%")})
            QVERIFY2(!texts.contains(stale), qPrintable(QStringLiteral("%1 from the latest week is drawn: %2").arg(stale, texts.join(u' '))));
    }

    void reportWritesABriefHeadless()
    {
        const QString db = m_dir.filePath(QStringLiteral("report.sqlite"));
        QCOMPARE(zhisuan({QStringLiteral("init"), QStringLiteral("--db"), db}).exitCode, 0);
        const QString pdf = m_dir.filePath(QStringLiteral("brief.pdf"));
        const Run r = zhisuan({QStringLiteral("report"), QStringLiteral("--db"), db, QStringLiteral("--week"), QStringLiteral("2024-08-14"),
                               QStringLiteral("--sections"), QStringLiteral("market,lockups"), QStringLiteral("-o"), pdf});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(QStringLiteral("brief.pdf")));
        QFile f(pdf);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        QVERIFY(bytes.startsWith("%PDF-"));
        QVERIFY(bytes.count("/Type /Page\n") + bytes.count("/Type /Page ") >= 2);
        QVERIFY(bytes.contains("/FontFile2")); // fonts embedded
        // A command that worked says so and nothing else (issue 16: no "propagateSizeHints" noise).
        QVERIFY2(!r.err.contains(QStringLiteral("propagateSizeHints")), qPrintable(r.err));
        // -o FILE.odt: the editable copy, an OpenDocument zip.
        const QString odt = m_dir.filePath(QStringLiteral("brief.odt"));
        const Run e = zhisuan({QStringLiteral("report"), QStringLiteral("--db"), db, QStringLiteral("--week"), QStringLiteral("2024-08-14"),
                               QStringLiteral("--sections"), QStringLiteral("market"), QStringLiteral("-o"), odt});
        QVERIFY2(e.exitCode == 0, qPrintable(e.err));
        QVERIFY(!e.err.contains(QStringLiteral("propagateSizeHints")));
        QFile o(odt);
        QVERIFY(o.open(QIODevice::ReadOnly));
        QVERIFY(o.readAll().contains("application/vnd.oasis.opendocument.text"));

        // Without --week: the latest week with market data.
        // Not the newest week of the starter data, which holds lockups and valuations only (issue 29).
        const Run latest = zhisuan({QStringLiteral("report"), QStringLiteral("--db"), db, QStringLiteral("-o"), m_dir.filePath(QStringLiteral("latest.pdf"))});
        QCOMPARE(latest.exitCode, 0);
        QVERIFY2(latest.out.contains(QStringLiteral("The week of 2024-08-12 to 2024-08-18")), qPrintable(latest.out));
        QVERIFY(QFile::exists(m_dir.filePath(QStringLiteral("latest.pdf"))));
        const QString latestText = pdftools::text(m_dir.filePath(QStringLiteral("latest.pdf")));
        QVERIFY(latestText.contains(QStringLiteral("Week of 2024-08-12 to 2024-08-18")));
        QVERIFY2(!latestText.contains(QStringLiteral("No index or industry returns")), qPrintable(latestText.left(600)));

        const Run badSection = zhisuan({QStringLiteral("report"), QStringLiteral("--db"), db, QStringLiteral("--sections"), QStringLiteral("market,weather"),
                                        QStringLiteral("-o"), pdf});
        QCOMPARE(badSection.exitCode, 2);
        QVERIFY(badSection.err.contains(QStringLiteral("found “weather”")));
        const QString view = write(QStringLiteral("view.txt"), "算力链本周回调，维持推荐。\n");
        const Run withView = zhisuan({QStringLiteral("report"), QStringLiteral("--db"), db, QStringLiteral("--week"), QStringLiteral("2024-08-14"),
                                      QStringLiteral("--sections"), QStringLiteral("market"), QStringLiteral("--view"), view, QStringLiteral("-o"), pdf});
        QVERIFY2(withView.exitCode == 0, qPrintable(withView.err));
        const Run noView = zhisuan({QStringLiteral("report"), QStringLiteral("--db"), db, QStringLiteral("--view"), m_dir.filePath(QStringLiteral("nope.txt")),
                                    QStringLiteral("-o"), pdf});
        QCOMPARE(noView.exitCode, 2);
        QVERIFY(noView.err.contains(QStringLiteral("nope.txt")));
        const Run notPdf = zhisuan({QStringLiteral("report"), QStringLiteral("--db"), db, QStringLiteral("-o"), m_dir.filePath(QStringLiteral("brief.png"))});
        QCOMPARE(notPdf.exitCode, 2);
        const Run badWeek = zhisuan({QStringLiteral("report"), QStringLiteral("--db"), db, QStringLiteral("--week"), QStringLiteral("last monday"),
                                     QStringLiteral("-o"), pdf});
        QCOMPARE(badWeek.exitCode, 2);
        QVERIFY(badWeek.err.contains(QStringLiteral("found “last monday”")));
    }

    void csvJsonFollowsRfc4180()
    {
        const QString file = write(QStringLiteral("q.csv"),
                                   "名称,备注\r\n\"青岛\"\"海之心\"\"\",\"一期, 二期\r\n第二行\"\r\n");
        const Run r = zhisuan({QStringLiteral("csv"), file, QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonArray a = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QCOMPARE(a.size(), 1);
        QCOMPARE(a[0].toObject()[QStringLiteral("名称")].toString(), QStringLiteral("青岛\"海之心\""));
        QCOMPARE(a[0].toObject()[QStringLiteral("备注")].toString(), QStringLiteral("一期, 二期\r\n第二行"));

        const QString broken = write(QStringLiteral("broken.csv"), "a,b\n1,\"open\n");
        const Run rb = zhisuan({QStringLiteral("csv"), broken, QStringLiteral("--json")});
        QCOMPARE(rb.exitCode, 1);
        QVERIFY2(rb.err.contains(broken + QStringLiteral(":2:3: expected a closing quote")), qPrintable(rb.err));
    }
    // A table dropped by hand: no abort (exit 134) anywhere; check says what is wrong, init repairs it.
    void damagedStoreIsReportedCheckedAndRepaired()
    {
        const QString db = m_dir.filePath(QStringLiteral("damaged.sqlite"));
        QCOMPARE(zhisuan({QStringLiteral("init"), QStringLiteral("--db"), db}).exitCode, 0);
        sqlite3 *h = nullptr;
        QCOMPARE(sqlite3_open(QFile::encodeName(db).constData(), &h), SQLITE_OK);
        QCOMPARE(sqlite3_exec(h, "DROP TABLE weekly_return", nullptr, nullptr, nullptr), SQLITE_OK);
        sqlite3_close(h);

        const Run report = zhisuan({QStringLiteral("report"), QStringLiteral("--db"), db, QStringLiteral("--week"), QStringLiteral("2024-08-16"),
                                    QStringLiteral("-o"), m_dir.filePath(QStringLiteral("damaged.pdf"))});
        QCOMPARE(report.exitCode, 1);
        QVERIFY2(report.err.contains(QStringLiteral("weekly_return")), qPrintable(report.err));
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("damaged.pdf"))));
        const Run query = zhisuan({QStringLiteral("query"), QStringLiteral("--db"), db, QStringLiteral("excess-returns")});
        QCOMPARE(query.exitCode, 1);
        // In the user's terms, with what to do; not SQLite's and Qt's words.
        QVERIFY2(query.err.contains(QStringLiteral("the store has no table “weekly_return”")), qPrintable(query.err));
        QVERIFY2(query.err.contains(QStringLiteral("zhisuan check")), qPrintable(query.err));
        QVERIFY2(!query.err.contains(QStringLiteral("Unable to execute statement")), qPrintable(query.err));
        const Run chips = zhisuan({QStringLiteral("query"), QStringLiteral("--db"), db, QStringLiteral("chips")});
        QVERIFY2(chips.exitCode == 0, qPrintable(chips.err)); // what does not need the table still works

        const Run check = zhisuan({QStringLiteral("check"), QStringLiteral("--db"), db});
        QCOMPARE(check.exitCode, 1);
        QVERIFY2(check.err.contains(QStringLiteral("the table “weekly_return” is missing")), qPrintable(check.err));
        QVERIFY2(check.err.contains(QStringLiteral("zhisuan init")), qPrintable(check.err));

        const Run init = zhisuan({QStringLiteral("init"), QStringLiteral("--db"), db});
        QVERIFY2(init.exitCode == 0, qPrintable(init.err));
        QVERIFY2(init.out.contains(QStringLiteral("Repaired: the table “weekly_return” is missing: re-created")), qPrintable(init.out));
        const Run again = zhisuan({QStringLiteral("check"), QStringLiteral("--db"), db});
        QVERIFY2(again.exitCode == 0, qPrintable(again.err));
        QVERIFY(again.out.contains(QStringLiteral("no problems found")));
        QCOMPARE(zhisuan({QStringLiteral("report"), QStringLiteral("--db"), db, QStringLiteral("--week"), QStringLiteral("2024-08-16"),
                          QStringLiteral("-o"), m_dir.filePath(QStringLiteral("repaired.pdf"))}).exitCode, 0);
    }

    void unusableStoresSayWhy_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("says");
        QTest::newRow("garbage") << QByteArray("code,name\n600000.SH,浦发银行\n").repeated(100) << QStringLiteral("not an SQLite database");
        QTest::newRow("zero bytes") << QByteArray() << QStringLiteral("is empty (0 bytes)");
    }
    void unusableStoresSayWhy()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, says);
        const QString db = m_dir.filePath(QStringLiteral("unusable-%1.sqlite").arg(QString::fromLatin1(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('-'))));
        QFile f(db);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(content);
        f.close();
        for (const QString &command : {QStringLiteral("batches"), QStringLiteral("check"), QStringLiteral("import"), QStringLiteral("report")}) {
            const Run r = zhisuan({command, QStringLiteral("--db"), db, QStringLiteral(ZHISUAN_SOURCE_DIR "/resources/dataset/01_organisations.csv")});
            QVERIFY2(r.exitCode == 1 || r.exitCode == 2, qPrintable(command + QStringLiteral(": ") + r.err));
            QVERIFY2(r.err.contains(says) || command == QLatin1String("report"), qPrintable(command + QStringLiteral(": ") + r.err));
        }
        QCOMPARE(QFileInfo(db).size(), qint64(content.size()));
    }

    // Permissions: a read-only store file can still be read; a read-only folder is named as the cause.
    void readOnlyFileAndFolderAreNamed()
    {
        QTemporaryDir dir;
        QVERIFY(QFile::setPermissions(dir.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
                                                      | QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther));
        const QString db = dir.filePath(QStringLiteral("ro.sqlite"));
        QCOMPARE(zhisuan({QStringLiteral("init"), QStringLiteral("--empty"), QStringLiteral("--db"), db}).exitCode, 0);
        const QString csv = QStringLiteral(ZHISUAN_SOURCE_DIR "/resources/dataset/01_organisations.csv");

        QVERIFY(QFile::setPermissions(db, QFileDevice::ReadOwner | QFileDevice::ReadOther));
        const Run readFile = zhisuanAsUser({QStringLiteral("batches"), QStringLiteral("--db"), db});
        QVERIFY2(readFile.exitCode == 0, qPrintable(readFile.err));
        const Run writeFile = zhisuanAsUser({QStringLiteral("import"), QStringLiteral("--db"), db, csv});
        QCOMPARE(writeFile.exitCode, 1);
        QVERIFY2(writeFile.err.contains(QStringLiteral("is read-only (no write permission on the file)")), qPrintable(writeFile.err));
        QVERIFY(!writeFile.err.contains(QStringLiteral("not a ZhiSuan store")));

        QVERIFY(QFile::setPermissions(db, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadOther | QFileDevice::WriteOther));
        QVERIFY(QFile::setPermissions(dir.path(), QFileDevice::ReadOwner | QFileDevice::ExeOwner | QFileDevice::ReadOther | QFileDevice::ExeOther));
        const Run writeFolder = zhisuanAsUser({QStringLiteral("import"), QStringLiteral("--db"), db, csv});
        // Reading still works there: the store's -wal is empty or gone (its last writer checkpointed), so it is read as is.
        QCOMPARE(QFileInfo(db + QStringLiteral("-wal")).size(), 0);
        QFile::remove(db + QStringLiteral("-wal"));
        QFile::remove(db + QStringLiteral("-shm"));
        const Run readFolder = zhisuanAsUser({QStringLiteral("query"), QStringLiteral("--db"), db, QStringLiteral("chips")});
        const Run checkFolder = zhisuanAsUser({QStringLiteral("check"), QStringLiteral("--db"), db});
        QVERIFY(QFile::setPermissions(dir.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner));
        QVERIFY2(readFolder.exitCode == 0, qPrintable(readFolder.err));
        QVERIFY2(checkFolder.exitCode == 0, qPrintable(checkFolder.err + checkFolder.out));
        QCOMPARE(writeFolder.exitCode, 1);
        QVERIFY2(writeFolder.err.contains(QStringLiteral("is read-only: SQLite keeps two working files")), qPrintable(writeFolder.err));
        QVERIFY(!writeFolder.err.contains(QStringLiteral("not a ZhiSuan store")));
    }
};

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
