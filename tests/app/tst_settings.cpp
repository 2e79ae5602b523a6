#include "languagemanager.h"
#include "mainwindow.h"
#include "settings.h"
#include "starterstore.h"
#include "store.h"
#include "weeklybriefdialog.h"

#include <QCheckBox>
#include <QDirIterator>
#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace zhisuan;

// Issue 27: every settings key the app reads or writes is declared in app/settings.h's registry, with its type and
// default; nothing else in app/ or widgets/ touches QSettings with a key string of its own.
class TestSettings : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<db::Store> m_store;
    app::LanguageManager m_languages;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_store = teststore::openWithStarterData(m_dir.filePath(QStringLiteral("starter.zhisuan")), QStringLiteral("tst_settings"));
        QVERIFY(m_store);
    }

    void eachKeyIsDeclaredOnce()
    {
        const QStringList keys = app::settings::declaredKeys();
        QVERIFY(keys.contains(QStringLiteral("view/leaveOutInferred")));
        QVERIFY(keys.contains(QStringLiteral("brief/view/")));
        for (const QString &key : keys)
            QVERIFY2(keys.count(key) == 1, qPrintable(key));
        QVERIFY(app::settings::isDeclared(QStringLiteral("brief/view/2024-08-12")));
        QVERIFY(!app::settings::isDeclared(QStringLiteral("brief/view/"))); // a group is not a key
        QVERIFY(!app::settings::isDeclared(QStringLiteral("brief/views")));
        QVERIFY(!app::settings::isDeclared(QStringLiteral("view/leaveOutInferred/x")));
    }

    // What a user does that the app keeps for the next start: the window's pages, the centres page's "leave out
    // inferred", a view typed into the brief for one week and then another week chosen. Every key the settings then
    // hold is one the registry declares.
    void everyKeyTheAppWritesIsDeclared()
    {
        QSettings().clear();
        {
            app::MainWindow window(m_store.get(), &m_languages);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            for (const QString &id : window.pageIds())
                window.showPage(id);
            auto *leaveOut = window.findChild<QCheckBox *>(QStringLiteral("leaveOutInferred"));
            QVERIFY(leaveOut);
            leaveOut->setChecked(!leaveOut->isChecked());
            window.close();
        }
        {
            app::WeeklyBriefDialog dialog(m_store.get());
            dialog.setDate(QDate(2024, 8, 14));
            dialog.setView(QStringLiteral("Compute demand holds up."));
            dialog.setDate(QDate(2024, 8, 21)); // another week: the first week's view is kept
        }
        QSettings().sync();
        const QStringList written = QSettings().allKeys();
        // The flows above did write: the test cannot pass on empty settings.
        QVERIFY2(written.contains(QStringLiteral("view/leaveOutInferred")), qPrintable(written.join(u' ')));
        QVERIFY2(written.contains(QStringLiteral("brief/view/2024-08-12")), qPrintable(written.join(u' ')));
        QVERIFY2(written.contains(QStringLiteral("mainwindow/page")), qPrintable(written.join(u' ')));
        for (const QString &key : written)
            QVERIFY2(app::settings::isDeclared(key), qPrintable(QStringLiteral("%1 is not declared in app/settings.h").arg(key)));
        QCOMPARE(app::settings::briefViews.get(QStringLiteral("2024-08-12")), QStringLiteral("Compute demand holds up."));
    }

    // A complement for code the flows above do not reach: QSettings itself is named in app/ and widgets/ only by the
    // registry, so a key string of its own cannot be read or written elsewhere.
    void onlyTheRegistryNamesQSettings()
    {
        QStringList found;
        for (const char *layer : {"app", "widgets"}) {
            QDirIterator it(QStringLiteral(ZHISUAN_SOURCE_DIR "/") + QLatin1String(layer), {QStringLiteral("*.cpp"), QStringLiteral("*.h")}, QDir::Files,
                            QDirIterator::Subdirectories);
            while (it.hasNext()) {
                const QString path = it.next();
                if (path.endsWith(QLatin1String("/app/settings.h")))
                    continue;
                QFile f(path);
                QVERIFY(f.open(QIODevice::ReadOnly));
                if (f.readAll().contains("QSettings"))
                    found << path;
            }
        }
        QVERIFY2(found.isEmpty(), qPrintable(found.join(u' ')));
    }
};

QTEST_MAIN(TestSettings)
#include "tst_settings.moc"
