// The inbox folder: files saved there are imported in the background once complete, through the same runner
// as File ▸ Import; rejected files are listed with their errors; a file still being written waits; a restart
// does not import a file again. Real files and a real store in temporary directories.

#include "datapage.h"
#include "importjob.h"
#include "inboxwatcher.h"
#include "languagemanager.h"
#include "mainwindow.h"
#include "settings.h"
#include "store.h"

#include <QFile>
#include <QLabel>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace zhisuan;

class TestInboxWatcher : public QObject
{
    Q_OBJECT
private:
    app::LanguageManager m_languages;

    static QByteArray weeklyRow(int i)
    {
        return QByteArray::number(600000 + i) + ".SH,股票" + QByteArray::number(i) + ",2024-08-12,2024-08-16,"
               + QByteArray::number(i % 17 - 8) + ".25%\n";
    }
    static bool write(const QString &path, const QByteArray &bytes, QIODevice::OpenMode mode = QIODevice::WriteOnly)
    {
        QFile f(path);
        return f.open(mode) && f.write(bytes) == bytes.size();
    }
    static QList<db::BatchInfo> batches(db::Store &store)
    {
        return db::BatchRepository::list(store).valueOr({});
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("ZhiSuanTest"));
        QCoreApplication::setApplicationName(QStringLiteral("zhisuan-inbox"));
        QSettings().clear();
        m_languages.setLanguage(QStringLiteral("en"));
    }

    void candidatesAreExportsOnly()
    {
        QVERIFY(app::InboxWatcher::isCandidate(QStringLiteral("周涨跌幅.CSV")));
        QVERIFY(app::InboxWatcher::isCandidate(QStringLiteral("quotes.txt")));
        QVERIFY(!app::InboxWatcher::isCandidate(QStringLiteral(".quotes.csv")));
        QVERIFY(!app::InboxWatcher::isCandidate(QStringLiteral("~$book.csv")));
        QVERIFY(!app::InboxWatcher::isCandidate(QStringLiteral("quotes.csv.part")));
        QVERIFY(!app::InboxWatcher::isCandidate(QStringLiteral("store.sqlite-wal")));
    }

    void goodBadAndStillBeingWritten()
    {
        QTemporaryDir dir;
        const QString inbox = dir.filePath(QStringLiteral("inbox"));
        QVERIFY(QDir().mkpath(inbox));
        auto opened = db::Store::open(dir.filePath(QStringLiteral("store.sqlite")));
        QVERIFY(opened.ok());
        std::unique_ptr<db::Store> store = std::move(opened).value();
        app::MainWindow window(store.get(), &m_languages);
        window.inbox()->setStableFor(600);
        window.inbox()->setPollInterval(100);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.setInboxFolder(inbox);
        QSignalSpy arrivals(window.inbox(), &app::InboxWatcher::imported);

        // Still being written: half a row at the end, and more coming every 150 ms (less than the 600 ms it
        // must stay unchanged).
        const QString partial = QDir(inbox).filePath(QStringLiteral("partial.csv"));
        int written = 100;
        auto content = [&](bool complete) {
            QByteArray bytes = "code,name,week_start,week_end,return_pct\n";
            for (int i = 0; i < written; ++i)
                bytes += weeklyRow(i);
            return complete ? bytes : bytes + weeklyRow(written).left(12); // half a row at the end
        };
        QVERIFY(write(partial, content(false)));
        QTimer writer;
        writer.setInterval(150);
        connect(&writer, &QTimer::timeout, this, [&] {
            written = qMin(200, written + 10);
            write(partial, content(false));
        });

        QVERIFY(QFile::copy(QStringLiteral(ZHISUAN_SOURCE_DIR "/resources/dataset/01_organisations.csv"), QDir(inbox).filePath(QStringLiteral("good.csv"))));
        QVERIFY(QFile::copy(QStringLiteral(ZHISUAN_SOURCE_DIR "/tests/db/data/bad_values/weekly.csv"), QDir(inbox).filePath(QStringLiteral("bad.csv"))));
        writer.start();

        // good.csv and bad.csv settle and are taken; partial.csv keeps changing and is not.
        QTRY_VERIFY_WITH_TIMEOUT(!arrivals.isEmpty(), 20000);
        const QStringList names = [&] {
            QStringList n;
            for (const auto &b : batches(*store))
                n << b.fileName;
            return n;
        }();
        QVERIFY2(names.contains(QStringLiteral("good.csv")), qPrintable(names.join(QLatin1Char(','))));
        QVERIFY2(!names.contains(QStringLiteral("bad.csv")), "a rejected file imports nothing");
        QVERIFY2(!names.contains(QStringLiteral("partial.csv")), "a file still being written was imported");
        auto *data = window.findChild<app::DataPage *>();
        QTRY_VERIFY(data->inboxLog().join(QLatin1Char('\n')).contains(QStringLiteral("bad.csv rejected, nothing was imported")));
        const QString log = data->inboxLog().join(QLatin1Char('\n'));
        QVERIFY2(log.contains(QStringLiteral("bad.csv:3:")), qPrintable(log)); // the error, with where
        QVERIFY2(log.contains(QStringLiteral("good.csv imported")), qPrintable(log));
        auto *notice = window.findChild<QLabel *>(QStringLiteral("inboxNotice"));
        QVERIFY(notice && notice->isVisible());
        QVERIFY2(notice->text().contains(QStringLiteral("good.csv")) && notice->text().contains(QStringLiteral("bad.csv")), qPrintable(notice->text()));

        // The writer finishes: partial.csv settles and is imported whole.
        QTRY_VERIFY_WITH_TIMEOUT(written >= 200, 20000);
        writer.stop();
        QVERIFY(write(partial, content(true)));
        QTRY_VERIFY_WITH_TIMEOUT([&] {
            for (const auto &b : batches(*store))
                if (b.fileName == QLatin1String("partial.csv"))
                    return true;
            return false;
        }(), 20000);
        for (const auto &b : batches(*store))
            if (b.fileName == QLatin1String("partial.csv"))
                QCOMPARE(b.rowsRead, qint64(200));

        // A restart (a new watcher on the same settings) does not import the same versions again.
        const int before = int(batches(*store).size());
        window.setInboxFolder(QString());
        app::InboxWatcher again(store->path());
        QSignalSpy againSpy(&again, &app::InboxWatcher::imported);
        again.setStableFor(100);
        again.setPollInterval(50);
        again.setFolder(inbox);
        QTest::qWait(1500);
        QCOMPARE(againSpy.count(), 0);
        QCOMPARE(int(batches(*store).size()), before);
        // A changed file is a new version: imported again.
        QVERIFY(write(QDir(inbox).filePath(QStringLiteral("good.csv")), "\n", QIODevice::Append));
        QTRY_VERIFY_WITH_TIMEOUT(againSpy.count() > 0, 10000);
    }
};

QTEST_MAIN(TestInboxWatcher)
#include "tst_inboxwatcher.moc"
