// The store shared between the open window and `zhisuan` commands in a terminal: two real processes on one
// SQLite file in a temporary directory.

#include "importjob.h"
#include "languagemanager.h"
#include "mainwindow.h"
#include "settings.h"
#include "store.h"

#include <QApplication>
#include <QFile>
#include <QFileDialog>
#include <QFileSystemModel>
#include <QProcess>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>


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

        const Run batches = zhisuan({QStringLiteral("batches"), QStringLiteral("--db"), path});
        QCOMPARE(batches.exitCode, 0);
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
};

QTEST_MAIN(TestStoreSharing)
#include "tst_storesharing.moc"
