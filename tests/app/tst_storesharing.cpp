// The store shared between the open window and `zhisuan` commands in a terminal: two real processes on one
// SQLite file in a temporary directory.

#include "datapage.h"
#include "importrunner.h"
#include "importjob.h"
#include "languagemanager.h"
#include "mainwindow.h"
#include "settings.h"
#include "starterdataset.h"
#include "store.h"

#include <QApplication>
#include <QFile>
#include <QFileDialog>
#include <QFileSystemModel>
#include <QProcess>
#include <QSettings>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QElapsedTimer>
#include <QLabel>
#include <QListWidget>
#include <QStatusBar>
#include <QAbstractItemModel>
#include <QProgressDialog>
#include <QRegularExpression>
#include <QSignalSpy>

#include <sqlite3.h>

using namespace zhisuan;

class TestStoreSharing : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_home;
    app::LanguageManager m_languages;

    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };
    void prepare(QProcess &p)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("QT_QPA_PLATFORM"));
        env.remove(QStringLiteral("ZHISUAN_DB"));
        env.insert(QStringLiteral("HOME"), m_home.path());
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("xdg-data")));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("xdg-config")));
        env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
        p.setProcessEnvironment(env);
    }
    Run zhisuan(const QStringList &args)
    {
        QProcess p;
        prepare(p);
        p.start(QStringLiteral(ZHISUAN_EXE), args);
        if (!p.waitForFinished(60000))
            return {};
        return Run{p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
    }

    static QString organisations() { return QStringLiteral(ZHISUAN_SOURCE_DIR "/resources/dataset/01_organisations.csv"); }

    // Every text any item model under `root` shows.
    static QStringList modelTexts(QWidget *root)
    {
        QStringList texts;
        for (auto *model : root->findChildren<QAbstractItemModel *>())
            for (int r = 0; r < model->rowCount(); ++r)
                for (int c = 0; c < model->columnCount(); ++c)
                    texts << model->index(r, c).data().toString();
        return texts;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("ZhiSuanTest"));
        QCoreApplication::setApplicationName(QStringLiteral("zhisuan-storesharing"));
        QSettings().clear();
        m_languages.setLanguage(QStringLiteral("en"));
    }

    // File ▸ Import… lists the folder the store lives in. Before the fix the dialog read the first bytes of
    // store.sqlite-wal and -shm to tell their type, and closing those descriptors dropped the window's SQLite
    // locks: the next `zhisuan batches` then checkpointed and deleted the WAL, and what the window wrote
    // afterwards went into a deleted file that no other program could see.
    void fileDialogOnTheStoreFolderKeepsTheLocks()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("store.sqlite"));
        auto opened = db::Store::open(path);
        QVERIFY(opened.ok());
        std::unique_ptr<db::Store> store = std::move(opened).value();
        QVERIFY(QFile::exists(path + QStringLiteral("-wal")));
        app::settings::lastImportFolder.set(dir.path());
        // A CSV file beside the store, as when the analyst keeps exports and the store in one folder.
        QVERIFY(QFile::copy(QStringLiteral(ZHISUAN_SOURCE_DIR "/resources/dataset/02_securities.csv"),
                            dir.filePath(QStringLiteral("movers.csv"))));

        app::MainWindow window(store.get(), &m_languages);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        bool listed = false;
        auto *poll = new QTimer(this);
        int ticks = 0;
        connect(poll, &QTimer::timeout, this, [&] {
            auto *dialog = qobject_cast<QFileDialog *>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            auto *model = dialog->findChild<QFileSystemModel *>();
            if (!model)
                return;
            const QModelIndex folder = model->index(dir.path());
            if (!listed && model->rowCount(folder) >= 1) { // movers.csv: the listing is in
                listed = true;
                // Everything a view could ask of each row: name, size, type, date, icon.
                for (int row = 0; row < model->rowCount(folder); ++row)
                    for (int column = 0; column < model->columnCount(folder); ++column) {
                        model->data(model->index(row, column, folder), Qt::DisplayRole);
                        model->data(model->index(row, column, folder), Qt::DecorationRole);
                    }
            }
            if (listed && ++ticks > 15) // the view has painted, the icon gatherer has run
                dialog->reject();
        });
        poll->start(100);
        window.chooseImportFiles();
        delete poll;
        QVERIFY2(listed, "the import dialog never listed the store's folder");

        // A command that writes (reading commands open read-only and never checkpoint): on closing its
        // connection SQLite checkpoints and deletes the WAL when it believes no one else has the store open.
        const Run other = zhisuan({QStringLiteral("import"), QStringLiteral("--db"), path, dir.filePath(QStringLiteral("movers.csv"))});
        QVERIFY2(other.exitCode == 0, qPrintable(other.err));
        QVERIFY2(QFile::exists(path + QStringLiteral("-wal")), "the other process deleted the window's WAL");
        QVERIFY(QFile::exists(path + QStringLiteral("-shm")));

        // What the window writes now must reach the other process.
        const db::ImportReport imported =
            db::ImportJob::run(*store, QStringLiteral(ZHISUAN_SOURCE_DIR "/resources/dataset/01_organisations.csv"), {});
        QVERIFY(imported.ok());
        const Run after = zhisuan({QStringLiteral("batches"), QStringLiteral("--db"), path});
        QCOMPARE(after.exitCode, 0);
        QVERIFY2(after.out.contains(QStringLiteral("01_organisations.csv")), qPrintable(after.out));
    }
    // zhisuan import in a terminal while the window is open: the window reloads within a few seconds and says why.
    void windowShowsWhatTheCommandLineImported()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("store.sqlite"));
        auto opened = db::Store::open(path);
        QVERIFY(opened.ok());
        std::unique_ptr<db::Store> store = std::move(opened).value();
        app::MainWindow window(store.get(), &m_languages);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.showPage(QStringLiteral("data"));
        auto *data = window.findChild<app::DataPage *>();
        QVERIFY(data);
        QVERIFY(!modelTexts(data).join(QLatin1Char(' ')).contains(QStringLiteral("01_organisations.csv")));

        const Run imported = zhisuan({QStringLiteral("import"), QStringLiteral("--db"), path, organisations()});
        QCOMPARE(imported.exitCode, 0);
        QTRY_VERIFY_WITH_TIMEOUT(window.statusBar()->currentMessage().contains(QStringLiteral("Updated: data imported by another program")), 10000);
        QVERIFY(modelTexts(data).join(QLatin1Char(' ')).contains(QStringLiteral("01_organisations.csv")));
    }

    // One program imports (holds the write lock): reading commands work, a second writer says who holds the
    // store and, when allowed to, waits for it and then imports.
    void busyStoreReadersWorkWritersWaitOrSayWho()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("store.sqlite"));
        auto opened = db::Store::open(path);
        QVERIFY(opened.ok());
        std::unique_ptr<db::Store> writer = std::move(opened).value();
        QVERIFY(writer->exec(QStringLiteral("BEGIN IMMEDIATE")));
        QVERIFY(writer->exec(QStringLiteral("INSERT INTO import_preset(name,kind,mapping,created_at) VALUES('p','k','{}','now')")));

        const Run batches = zhisuan({QStringLiteral("batches"), QStringLiteral("--db"), path});
        QVERIFY2(batches.exitCode == 0, qPrintable(batches.err));
        const Run check = zhisuan({QStringLiteral("check"), QStringLiteral("--db"), path});
        QVERIFY2(check.exitCode == 0, qPrintable(check.err));

        const Run refused = zhisuan({QStringLiteral("import"), QStringLiteral("--wait"), QStringLiteral("0"), QStringLiteral("--db"), path, organisations()});
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains(QStringLiteral("is busy")), qPrintable(refused.err));
        QVERIFY2(refused.err.contains(QStringLiteral("process %1").arg(QCoreApplication::applicationPid())), qPrintable(refused.err));
        QVERIFY2(!refused.err.contains(QStringLiteral("not a ZhiSuan store")), qPrintable(refused.err));

        QProcess waiting;
        prepare(waiting);
        waiting.start(QStringLiteral(ZHISUAN_EXE), {QStringLiteral("import"), QStringLiteral("--wait"), QStringLiteral("60"),
                                                     QStringLiteral("--db"), path, organisations()});
        QVERIFY(waiting.waitForStarted());
        QByteArray said;
        QTRY_VERIFY2_WITH_TIMEOUT((said += waiting.readAllStandardError()).contains("Waiting for the store"), said.constData(), 30000);
        // It says who writes and that it waits for them, not the refusal's "try again" while it waits by itself.
        QVERIFY2(said.contains("waiting for it to finish") && !said.contains("try again"), said.constData());
        QVERIFY2(said.contains(QByteArray("process ") + QByteArray::number(QCoreApplication::applicationPid())), said.constData());
        QVERIFY(writer->exec(QStringLiteral("COMMIT")));
        QVERIFY(waiting.waitForFinished(30000));
        QCOMPARE(waiting.exitCode(), 0);
        QVERIFY(QString::fromUtf8(waiting.readAllStandardOutput()).contains(QStringLiteral("01_organisations.csv")));
    }

    // The window imports while another program (here the sqlite3 shell, a process of its own) holds the store's
    // write lock: the progress dialog says who holds it and counts while it waits, nothing is written meanwhile,
    // and the import goes through once the other program commits.
    void windowImportWaitsForABusyStoreAndSaysWho()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("store.sqlite"));
        auto opened = db::Store::open(path);
        QVERIFY(opened.ok());
        std::unique_ptr<db::Store> store = std::move(opened).value();
        app::MainWindow window(store.get(), &m_languages);
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        QProcess shell;
        shell.start(QStringLiteral("sqlite3"), {path});
        QVERIFY2(shell.waitForStarted(), "the sqlite3 shell is needed (./dev installs it)");
        shell.write("BEGIN IMMEDIATE;\nINSERT INTO import_preset(name,kind,mapping,created_at) VALUES('p','k','{}','now');\n"
                    "SELECT 'locked';\n");
        QByteArray out;
        QTRY_VERIFY_WITH_TIMEOUT((out += shell.readAllStandardOutput()).contains("locked"), 10000);

        auto *runner = window.findChild<app::ImportRunner *>();
        QVERIFY(runner);
        QSignalSpy finished(runner, &app::ImportRunner::finished);
        window.importFiles({organisations()});
        QProgressDialog *progress = nullptr;
        QTRY_VERIFY2_WITH_TIMEOUT((progress = window.findChild<QProgressDialog *>()) && progress->isVisible()
                                      && progress->labelText().contains(QStringLiteral("Waiting for it to finish")),
                                  qPrintable(progress ? progress->labelText() : QStringLiteral("(no progress dialog; %1 finished)").arg(finished.count())),
                                  20000);
        const QString said = progress->labelText();
        QVERIFY2(said.contains(QStringLiteral("is writing to it")), qPrintable(said));
        QVERIFY2(said.contains(QStringLiteral("Nothing has been written yet")), qPrintable(said));
        QVERIFY2(said.contains(QStringLiteral("process %1").arg(shell.processId())), qPrintable(said));
        QVERIFY2(said.contains(QStringLiteral("01_organisations.csv")), qPrintable(said));
        // It counts the seconds it has waited.
        const QRegularExpression seconds(QStringLiteral("\\((\\d+) s\\)"));
        const int first = seconds.match(said).captured(1).toInt();
        QTRY_VERIFY_WITH_TIMEOUT(seconds.match(progress->labelText()).captured(1).toInt() > first, 20000);
        if (const QString shots = qEnvironmentVariable("ZHISUAN_SCREENSHOT_DIR"); !shots.isEmpty()) {
            QCoreApplication::processEvents();
            window.grab().save(shots + QStringLiteral("/busy-wait-window.png"));
            progress->grab().save(shots + QStringLiteral("/busy-wait-dialog.png"));
        }
        QCOMPARE(finished.count(), 0);

        shell.write("COMMIT;\n.quit\n");
        QVERIFY(shell.waitForFinished(10000));
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
        const auto reports = finished.at(0).at(0).value<QList<db::ImportReport>>();
        QCOMPARE(reports.size(), 1);
        QVERIFY2(reports.at(0).ok() && reports.at(0).inserted > 0, qPrintable(reports.at(0).errors.value(0).message));
        QSqlQuery q(store->database());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM import_batch WHERE file_name LIKE '%01_organisations.csv'")) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
    }

    // A table dropped behind the app's back: the window opens, every page shows what it can and the window
    // says what is wrong; nothing aborts.
    void damagedStoreShowsWhatIsWrongInsteadOfAborting()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("damaged.sqlite"));
        {
            auto opened = db::Store::open(path);
            QVERIFY(opened.ok());
            for (const auto &r : db::StarterDataset::load(*opened.value()))
                QVERIFY(r.ok());
        }
        sqlite3 *raw = nullptr;
        QCOMPARE(sqlite3_open(QFile::encodeName(path).constData(), &raw), SQLITE_OK);
        QCOMPARE(sqlite3_exec(raw, "DROP TABLE weekly_return; DROP TABLE compute_centre; DROP TABLE import_batch", nullptr, nullptr, nullptr), SQLITE_OK);
        sqlite3_close(raw);

        auto opened = db::Store::open(path, db::Store::OpenMode::ExistingOnly);
        QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().message));
        std::unique_ptr<db::Store> store = std::move(opened).value();
        app::MainWindow window(store.get(), &m_languages);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        for (const QString &id : window.pageIds()) {
            window.showPage(id);
            QCoreApplication::processEvents();
        }
        window.reloadAll();
        auto *banner = window.findChild<QLabel *>(QStringLiteral("storeProblem"));
        QVERIFY(banner);
        QTRY_VERIFY(banner->isVisible());
        // The first page to meet a missing table names it (pages load when shown, the market page off the UI thread).
        QVERIFY2(banner->text().contains(QStringLiteral("weekly_return")) || banner->text().contains(QStringLiteral("compute_centre"))
                     || banner->text().contains(QStringLiteral("import_batch")),
                 qPrintable(banner->text()));
        QVERIFY2(banner->text().contains(QStringLiteral("zhisuan check")), qPrintable(banner->text()));
        QVERIFY(window.statusBar()->currentMessage().contains(QStringLiteral("could not be read")));
        // The market page does not invite the user to import data the store may hold: it says it could not read it.
        window.showPage(QStringLiteral("market"));
        QStringList said;
        for (auto *label : window.findChildren<QLabel *>())
            if (label->isVisible())
                said << label->text();
        QVERIFY2(!said.join(QLatin1Char('\n')).contains(QStringLiteral("No market data yet")), qPrintable(said.join(QLatin1Char('\n'))));
        QVERIFY2(said.join(QLatin1Char('\n')).contains(QStringLiteral("The market data could not be read")), qPrintable(said.join(QLatin1Char('\n'))));
        if (const QString shots = qEnvironmentVariable("ZHISUAN_SCREENSHOT_DIR"); !shots.isEmpty())
            window.grab().save(shots + QStringLiteral("/damaged-market.png"));
    }

    // kill -9 in the middle of `zhisuan import`: the store is as it was before, sound, and takes the next import.
    void killDuringImportLeavesTheStoreAsItWas()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("store.sqlite"));
        QVERIFY(db::Store::open(path).ok());
        const QString csv = dir.filePath(QStringLiteral("quotes.csv"));
        {
            QFile f(csv);
            QVERIFY(f.open(QIODevice::WriteOnly));
            QByteArray buffer = "code,trade_date,close,volume\n";
            for (int c = 0; c < 400; ++c) {
                const QByteArray code = QByteArray::number(300000 + c) + ".SZ";
                QDate day(2000, 1, 3);
                for (int d = 0; d < 2500; ++d, day = day.addDays(1))
                    buffer += code + ',' + day.toString(Qt::ISODate).toLatin1() + ',' + QByteArray::number(10 + (c * d) % 97) + ",1000\n";
                if (buffer.size() > (1 << 20)) {
                    f.write(buffer);
                    buffer.clear();
                }
            }
            f.write(buffer);
        }
        QProcess import;
        prepare(import);
        import.start(QStringLiteral(ZHISUAN_EXE), {QStringLiteral("import"), QStringLiteral("--db"), path, csv});
        QVERIFY(import.waitForStarted());
        const QString pid = QString::number(import.processId());
        // Once it holds the write lock it is writing rows: then a little more, then SIGKILL. The wait is measured
        // on the wall clock: QTRY_* counts its 50 ms steps, and on a loaded CI machine (Qt 6.8, Debian 13) it gave
        // up after "60 s" of steps within 28 s of real time.
        QElapsedTimer waited;
        waited.start();
        while (!db::Store::lockHolders(path, true).contains(pid) && import.state() != QProcess::NotRunning) {
            QVERIFY2(waited.elapsed() < 180000, qPrintable(QStringLiteral("no write lock after %1 ms; the import said: %2")
                                                                .arg(waited.elapsed())
                                                                .arg(QString::fromUtf8(import.readAllStandardError()))));
            QTest::qWait(20);
        }
        QTest::qWait(300);
        if (import.state() == QProcess::NotRunning)
            QSKIP("the import finished before it could be killed");
        import.kill(); // SIGKILL
        QVERIFY(import.waitForFinished(10000));
        QCOMPARE(import.exitStatus(), QProcess::CrashExit);

        const Run check = zhisuan({QStringLiteral("check"), QStringLiteral("--db"), path});
        QVERIFY2(check.exitCode == 0, qPrintable(check.err));
        const Run batches = zhisuan({QStringLiteral("batches"), QStringLiteral("--db"), path});
        QCOMPARE(batches.exitCode, 0);
        QVERIFY2(!batches.out.contains(QStringLiteral("quotes.csv")), qPrintable(batches.out));
        {
            auto store = db::Store::open(path, db::Store::OpenMode::ReadOnly);
            QVERIFY(store.ok());
            QSqlQuery q(store.value()->database());
            QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM daily_bar")) && q.next());
            QCOMPARE(q.value(0).toInt(), 0);
        }
        const Run again = zhisuan({QStringLiteral("import"), QStringLiteral("--db"), path, organisations()});
        QVERIFY2(again.exitCode == 0, qPrintable(again.err));
    }
};

QTEST_MAIN(TestStoreSharing)
#include "tst_storesharing.moc"
