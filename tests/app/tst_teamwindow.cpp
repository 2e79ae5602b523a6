// The window on a team store (issue 17), against real PostgreSQL servers: another analyst's import reaches the open
// window by NOTIFY (the poll stopped), and a server that goes away mid-session is said plainly, loses nothing the
// window shows or the store holds, and is reconnected to when it is back.

#include "datapage.h"
#include "importrunner.h"
#include "importjob.h"
#include "languagemanager.h"
#include "mainwindow.h"
#include "starterdataset.h"
#include "store.h"

#include "../pgtestserver.h"

#include <QAbstractItemModel>
#include <QFile>
#include <QProcess>
#include <QProgressDialog>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace zhisuan;

class TestTeamWindow : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_home;
    app::LanguageManager m_languages;

    static QStringList modelTexts(QWidget *root)
    {
        QStringList texts;
        for (auto *model : root->findChildren<QAbstractItemModel *>())
            for (int r = 0; r < model->rowCount(); ++r)
                for (int c = 0; c < model->columnCount(); ++c)
                    texts << model->index(r, c).data().toString();
        return texts;
    }
    QString write(const QString &name, const QByteArray &bytes)
    {
        QFile f(m_home.filePath(name));
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return {};
        f.write(bytes);
        return f.fileName();
    }
    static QString cluster() { return QStringLiteral(ZHISUAN_SOURCE_DIR "/tests/pg/cluster.sh"); }
    static bool runCluster(const QString &command, const QString &dir, QString *out = nullptr)
    {
        QProcess p;
        p.start(cluster(), {command, dir});
        if (!p.waitForFinished(120000) || p.exitCode() != 0) {
            qWarning("cluster.sh %s: %s", qPrintable(command), p.readAllStandardError().constData());
            return false;
        }
        if (out)
            *out = QString::fromUtf8(p.readAllStandardOutput()).trimmed();
        return true;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("ZhiSuanTest"));
        QCoreApplication::setApplicationName(QStringLiteral("zhisuan-teamwindow"));
        QSettings().clear();
        m_languages.setLanguage(QStringLiteral("en"));
    }

    // Another analyst imports with `zhisuan import` while the window is open: the window reloads and says why, though
    // its two-second poll is stopped: the import's NOTIFY, delivered at its commit, is what tells it.
    void anotherAnalystsImportRefreshesTheWindowByNotify()
    {
        ZHISUAN_REQUIRE_PG();
        QString error;
        const QString url = test::pgCreateDatabase(QStringLiteral("zt_teamwindow"), &error);
        QVERIFY2(!url.isEmpty(), qPrintable(error));
        {
            auto opened = db::Store::open(url);
            QVERIFY(opened.ok());
            std::unique_ptr<db::Store> store = std::move(opened).value();
            for (const db::ImportReport &r : db::StarterDataset::load(*store))
                QVERIFY(r.ok());
            app::MainWindow window(store.get(), &m_languages);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            auto *poll = window.findChild<QTimer *>(QStringLiteral("dataVersionTimer"));
            QVERIFY(poll);
            poll->stop();
            window.showPage(QStringLiteral("data"));
            auto *data = window.findChild<app::DataPage *>();
            QVERIFY(data);
            QVERIFY(!modelTexts(data).join(u' ').contains(QLatin1String("team-orgs.csv")));

            const QString file = write(QStringLiteral("team-orgs.csv"), "name,name_en,kind,region,ticker,note,source\n"
                                                                         "测试算力公司,Test Compute,other,domestic,,,team test\n");
            QProcess other;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.remove(QStringLiteral("DISPLAY"));
            env.insert(QStringLiteral("HOME"), m_home.path());
            other.setProcessEnvironment(env);
            other.start(QStringLiteral(ZHISUAN_EXE), {QStringLiteral("import"), QStringLiteral("--db"), url, file});
            QVERIFY(other.waitForFinished(60000));
            QVERIFY2(other.exitCode() == 0, other.readAllStandardError().constData());
            QTRY_VERIFY_WITH_TIMEOUT(window.statusBar()->currentMessage().contains(QLatin1String("Updated: data imported by another program")), 10000);
            QVERIFY(!poll->isActive());
            QTRY_VERIFY_WITH_TIMEOUT(modelTexts(data).join(u' ').contains(QLatin1String("team-orgs.csv")), 10000);
        }
        test::pgDropDatabase(url);
    }

    // Another analyst's import holds the team store's write lock while the window imports: the progress dialog names
    // that analyst and what they are doing (not "another program": there is no process of theirs on this machine),
    // nothing is written meanwhile, and the window's import goes through once they commit.
    void windowImportWaitingOnATeamStoreSaysWhichAnalyst()
    {
        ZHISUAN_REQUIRE_PG();
        QString error;
        const QString url = test::pgCreateDatabase(QStringLiteral("zt_teamwait"), &error);
        QVERIFY2(!url.isEmpty(), qPrintable(error));
        {
            auto opened = db::Store::open(url);
            QVERIFY(opened.ok());
            std::unique_ptr<db::Store> store = std::move(opened).value();
            auto otherOpened = db::Store::open(url); // the other analyst's session
            QVERIFY(otherOpened.ok());
            std::unique_ptr<db::Store> other = std::move(otherOpened).value();
            QSqlQuery holder(other->database());
            QVERIFY(holder.exec(QStringLiteral("BEGIN")));
            QVERIFY(holder.exec(QStringLiteral("SELECT set_config('application_name', 'zhisuan: importing their-week.csv', true)")));
            QVERIFY2(holder.exec(QStringLiteral("SELECT pg_advisory_xact_lock(%1)").arg(0x5A485355)), qPrintable(holder.lastError().text()));

            app::MainWindow window(store.get(), &m_languages);
            window.resize(1280, 800);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            auto *runner = window.findChild<app::ImportRunner *>();
            QVERIFY(runner);
            QSignalSpy finished(runner, &app::ImportRunner::finished);
            const QString file = write(QStringLiteral("my-orgs.csv"), "name,name_en,kind,region,ticker,note,source\n"
                                                                       "等待测试公司,Wait Test,other,domestic,,,team test\n");
            window.importFiles({file});
            QProgressDialog *progress = nullptr;
            QTRY_VERIFY2_WITH_TIMEOUT((progress = window.findChild<QProgressDialog *>()) && progress->isVisible()
                                          && progress->labelText().contains(QStringLiteral("Waiting for it to finish")),
                                      qPrintable(progress ? progress->labelText() : QStringLiteral("(no progress dialog)")), 20000);
            const QString said = progress->labelText();
            QVERIFY2(said.contains(QStringLiteral("importing their-week.csv")), qPrintable(said));
            QVERIFY2(said.contains(QStringLiteral("UTC")), qPrintable(said)); // since when
            QVERIFY2(!said.contains(QStringLiteral("another program")), qPrintable(said));
            QVERIFY2(said.contains(QStringLiteral("my-orgs.csv")), qPrintable(said));
            if (const QString shots = qEnvironmentVariable("ZHISUAN_SCREENSHOT_DIR"); !shots.isEmpty()) {
                QCoreApplication::processEvents();
                progress->grab().save(shots + QStringLiteral("/team-wait-dialog.png"));
            }
            QCOMPARE(finished.count(), 0);
            QSqlQuery q(store->database());
            QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM organisation WHERE name = '等待测试公司'")) && q.next());
            QCOMPARE(q.value(0).toLongLong(), 0); // nothing written while it waits

            QVERIFY(holder.exec(QStringLiteral("COMMIT")));
            QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
            const auto reports = finished.at(0).at(0).value<QList<db::ImportReport>>();
            QCOMPARE(reports.size(), 1);
            QVERIFY2(reports.at(0).ok() && reports.at(0).inserted == 1, qPrintable(reports.at(0).errors.value(0).message));
            QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM organisation WHERE name = '等待测试公司'")) && q.next());
            QCOMPARE(q.value(0).toLongLong(), 1);
        }
        test::pgDropDatabase(url);
    }

    // The team's server stops mid-session (a restart, the network): the window says it cannot reach it and keeps
    // showing what it had; an import tried meanwhile is refused with a message and writes nothing; when the server is
    // back the window says so and reloads, and the store holds everything it held, and the import then goes through.
    void aServerThatGoesAwayIsSaidAndReconnected()
    {
        ZHISUAN_REQUIRE_PG();
        // A cluster of this test's own: stopping the suite's would break the tests running beside it.
        QTemporaryDir base(QStringLiteral("/tmp/zhisuan-teamwindow-XXXXXX"));
        QVERIFY(base.isValid());
        QFile::setPermissions(base.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadOther | QFile::ExeOther
                                                | QFile::ReadGroup | QFile::ExeGroup);
        const QString dir = base.filePath(QStringLiteral("pg"));
        QString url;
        QVERIFY(runCluster(QStringLiteral("start"), dir, &url));
        struct Stop
        {
            QString dir;
            ~Stop() { runCluster(QStringLiteral("stop"), dir); }
        } stop{dir};

        auto opened = db::Store::open(url);
        QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().message));
        std::unique_ptr<db::Store> store = std::move(opened).value();
        for (const db::ImportReport &r : db::StarterDataset::load(*store))
            QVERIFY(r.ok());
        app::MainWindow window(store.get(), &m_languages);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.showPage(QStringLiteral("data"));
        auto *data = window.findChild<app::DataPage *>();
        QVERIFY(data);
        QTRY_VERIFY(modelTexts(data).join(u' ').contains(QLatin1String("01_organisations.csv")));
        const QStringList before = modelTexts(data);

        QVERIFY(runCluster(QStringLiteral("pause"), dir));
        QTRY_VERIFY_WITH_TIMEOUT(window.statusBar()->currentMessage().contains(QLatin1String("cannot be reached")), 15000);
        QVERIFY2(window.statusBar()->currentMessage().contains(QLatin1String("trying again every 2 seconds")),
                 qPrintable(window.statusBar()->currentMessage()));
        QCOMPARE(modelTexts(data), before); // nothing the window shows is lost

        const QString file = write(QStringLiteral("while-down.csv"), "name,name_en,kind,region,ticker,note,source\n"
                                                                      "断线测试公司,Offline Test,other,domestic,,,team test\n");
        const db::ImportReport refused = db::ImportJob::run(*store, file, {});
        QVERIFY(!refused.committed);
        QVERIFY(!refused.errors.isEmpty());

        QVERIFY(runCluster(QStringLiteral("resume"), dir));
        QTRY_VERIFY_WITH_TIMEOUT(window.statusBar()->currentMessage().contains(QLatin1String("Connected to the team store again")), 20000);
        QSqlQuery q(store->database());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM organisation")) && q.next());
        const qint64 organisations = q.value(0).toLongLong();
        QVERIFY(organisations > 0);
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM organisation WHERE name = '断线测试公司'")) && q.next());
        QCOMPARE(q.value(0).toLongLong(), 0); // the refused import wrote nothing
        const db::ImportReport again = db::ImportJob::run(*store, file, {});
        QVERIFY2(again.committed, again.errors.isEmpty() ? "" : qPrintable(again.errors.first().toString()));
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM organisation")) && q.next());
        QCOMPARE(q.value(0).toLongLong(), organisations + 1);
    }
};

QTEST_MAIN(TestTeamWindow)
#include "tst_teamwindow.moc"
