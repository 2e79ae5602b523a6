#include "../pgtestserver.h"
#include "datapage.h"
#include "serveraddress.h"
#include "languagemanager.h"
#include "mainwindow.h"
#include "passwordkeyring.h"
#include "schemamigration.h"
#include "starterstore.h"
#include "store.h"
#include "storedialog.h"
#include "storesession.h"
#include "teamroles.h"

#include <QAction>
#include <QCheckBox>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>
#include <QRegularExpression>

using namespace zhisuan;

// Issue 17's Settings ▸ Store (finished under issue 16): the dialog tests a SQLite file or a PostgreSQL server and
// says what it found in the user's words, and accepting it moves the window to that store. Real stores: SQLite
// files in a temporary folder and databases on the suite's throwaway PostgreSQL server.
class TestStoreDialog : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    app::LanguageManager m_languages;
    QString m_first, m_second;

    static app::StoreDialog *openDialog(app::StoreSession &session)
    {
        auto *action = session.window()->findChild<QAction *>(QStringLiteral("actionStore"));
        if (!action)
            return nullptr;
        action->trigger();
        return session.window()->findChild<app::StoreDialog *>();
    }

    static void chooseFile(app::StoreDialog *dialog, const QString &path)
    {
        dialog->findChild<QRadioButton *>(QStringLiteral("sqliteChoice"))->setChecked(true);
        dialog->findChild<QLineEdit *>(QStringLiteral("path"))->setText(path);
    }

    static void chooseServer(app::StoreDialog *dialog, const QUrl &url, const QString &password = {})
    {
        dialog->findChild<QRadioButton *>(QStringLiteral("serverChoice"))->setChecked(true);
        dialog->findChild<QLineEdit *>(QStringLiteral("host"))->setText(url.host());
        dialog->findChild<QSpinBox *>(QStringLiteral("port"))->setValue(url.port(5432));
        dialog->findChild<QLineEdit *>(QStringLiteral("database"))->setText(url.path().mid(1));
        dialog->findChild<QLineEdit *>(QStringLiteral("user"))->setText(url.userName());
        dialog->findChild<QLineEdit *>(QStringLiteral("password"))->setText(password);
    }

    // Clicks "Test connection" and waits for the answer (it comes from a worker thread).
    static QString test(app::StoreDialog *dialog)
    {
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("testConnection")), Qt::LeftButton);
        if (!QTest::qWaitFor([&] { return !dialog->isTesting(); }, 20000))
            return QStringLiteral("(still testing)");
        return dialog->testReport();
    }

    static QString storeLine(app::StoreSession &session)
    {
        // The data page names the store the window reads.
        for (QLabel *label : session.window()->findChild<app::DataPage *>()->findChildren<QLabel *>())
            if (label->text().startsWith(QStringLiteral("Store: ")))
                return label->text();
        return {};
    }

    static void screenshot(QWidget *widget, const QString &name)
    {
        const QString dir = qEnvironmentVariable("ZHISUAN_SCREENSHOT_DIR");
        if (!dir.isEmpty())
            widget->grab().save(QDir(dir).filePath(name + QStringLiteral(".png")));
    }

private slots:
    void initTestCase()
    {
        m_first = m_dir.filePath(QStringLiteral("first.sqlite"));
        m_second = m_dir.filePath(QStringLiteral("second.sqlite"));
        QVERIFY(teststore::openWithStarterData(m_second, QStringLiteral("zhisuan-test-store")));
        QVERIFY(teststore::openWithStarterData(m_first, QStringLiteral("zhisuan-test-store")));
        m_languages.setLanguage(QStringLiteral("en"));
    }

    void sqliteFileIsTestedAndTheWindowMovesToIt()
    {
        app::StoreSession session(&m_languages);
        QVERIFY(session.open(m_first).ok());
        session.window()->showPage(QStringLiteral("chips"));
        QCOMPARE(storeLine(session), QStringLiteral("Store: ") + m_first);
        app::MainWindow *before = session.window();
        app::StoreDialog *dialog = openDialog(session);
        QVERIFY(dialog);
        // The dialog opens on the store in use.
        QCOMPARE(dialog->address(), m_first);

        // A file that is no store: the reason, not a success.
        const QString notes = m_dir.filePath(QStringLiteral("notes.txt"));
        {
            QFile f(notes);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("these are not the numbers you are looking for\n");
        }
        chooseFile(dialog, notes);
        QString report = test(dialog);
        QVERIFY2(!dialog->testSucceeded(), qPrintable(report));
        QVERIFY2(report.contains(notes), qPrintable(report));

        // A path with nothing there yet: choosing it makes a new store.
        const QString fresh = m_dir.filePath(QStringLiteral("fresh.sqlite"));
        chooseFile(dialog, fresh);
        report = test(dialog);
        QVERIFY2(dialog->testSucceeded() && report.contains(QStringLiteral("creates a new store")), qPrintable(report));
        QVERIFY(!QFile::exists(fresh)); // a test creates nothing

        // The other store: engine version, schema version, writable.
        chooseFile(dialog, m_second);
        report = test(dialog);
        QVERIFY2(dialog->testSucceeded(), qPrintable(report));
        QVERIFY2(report.contains(QStringLiteral("SQLite 3.")), qPrintable(report));
        QVERIFY2(report.contains(QStringLiteral("schema version %1").arg(db::SchemaMigration::latestVersion())), qPrintable(report));
        QVERIFY2(report.contains(QStringLiteral("writable")), qPrintable(report));
        screenshot(dialog, QStringLiteral("store-dialog-sqlite-en"));

        // Use this store: a new window on the second store, on the same page; the choice is remembered.
        QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
        QTRY_COMPARE(session.store()->path(), m_second);
        QVERIFY(session.window() != before);
        QVERIFY(session.window()->isVisible());
        QCOMPARE(session.window()->currentPage(), QStringLiteral("chips"));
        QCOMPARE(storeLine(session), QStringLiteral("Store: ") + m_second);
        QCOMPARE(app::StoreSession::savedAddress(), m_second);

        // A store that cannot be opened leaves the window where it was.
        QVERIFY(!session.open(notes).ok());
        QCOMPARE(session.store()->path(), m_second);
        QVERIFY(session.window()->isVisible());
    }

    // In Chinese the dialog and its report speak Chinese.
    void reportsInChinese()
    {
        m_languages.setLanguage(QStringLiteral("zh_CN"));
        app::StoreSession session(&m_languages);
        QVERIFY(session.open(m_first).ok());
        app::StoreDialog *dialog = openDialog(session);
        QVERIFY(dialog);
        QCOMPARE(dialog->windowTitle(), QStringLiteral("数据库"));
        chooseFile(dialog, m_second);
        const QString report = test(dialog);
        QVERIFY2(dialog->testSucceeded() && report.contains(QStringLiteral("可写入")), qPrintable(report));
        screenshot(dialog, QStringLiteral("store-dialog-sqlite-zh"));
        m_languages.setLanguage(QStringLiteral("en"));
    }

    void serverIsTestedAndTheWindowMovesToIt()
    {
        ZHISUAN_REQUIRE_PG();
        QString error;
        const QString url = test::pgCreateDatabase(QStringLiteral("zt_storedialog"), &error);
        QVERIFY2(!url.isEmpty(), qPrintable(error));
        db::TeamRoles::Names roles;
        {
            auto owner = db::Store::open(url);
            QVERIFY2(owner.ok(), qPrintable(owner ? QString() : owner.error().message));
            auto made = db::TeamRoles::create(*owner.value());
            QVERIFY2(made.ok(), qPrintable(made ? QString() : made.error().message));
            roles = made.value();
        }
        const QString reader = QStringLiteral("zt_reader_") + QString::number(QCoreApplication::applicationPid());
        QCOMPARE(test::pgAdminExec(QStringLiteral("CREATE ROLE %1 LOGIN IN ROLE %2").arg(reader, roles.reader)), QString());

        app::StoreSession session(&m_languages);
        QVERIFY(session.open(m_first).ok());
        app::StoreDialog *dialog = openDialog(session);
        QVERIFY(dialog);

        // The owner: the server's version, the schema version, an editor.
        chooseServer(dialog, QUrl(url));
        QString report = test(dialog);
        QVERIFY2(dialog->testSucceeded(), qPrintable(report));
        QVERIFY2(report.contains(QRegularExpression(QStringLiteral("PostgreSQL \\d+"))), qPrintable(report));
        QVERIFY2(report.contains(QStringLiteral("schema version %1").arg(db::SchemaMigration::serverSteps().constLast().version)),
                 qPrintable(report));
        QVERIFY2(report.contains(QStringLiteral("(editor)")), qPrintable(report));

        // Reasons in the user's words: a database that is not there, a port where no server listens.
        QUrl missing(url);
        missing.setPath(QStringLiteral("/zt_no_such_database"));
        chooseServer(dialog, missing);
        report = test(dialog);
        QVERIFY2(!dialog->testSucceeded() && report.contains(QStringLiteral("has no database “zt_no_such_database”")), qPrintable(report));
        QUrl closed(url);
        closed.setPort(1); // tcpmux: nothing listens there
        chooseServer(dialog, closed);
        report = test(dialog);
        QVERIFY2(!dialog->testSucceeded() && report.contains(QStringLiteral("No PostgreSQL server answers")), qPrintable(report));

        // A reader's login: read-only, said so; a typed password is used but never saved.
        QUrl asReader(url);
        asReader.setUserName(reader);
        chooseServer(dialog, asReader, QStringLiteral("s3cret-typed"));
        report = test(dialog);
        QVERIFY2(dialog->testSucceeded() && report.contains(QStringLiteral("only read (reader)")), qPrintable(report));
        screenshot(dialog, QStringLiteral("store-dialog-server-en"));
        QVERIFY(dialog->address().contains(QStringLiteral("s3cret-typed")));
        QVERIFY(!dialog->shownAddress().contains(QStringLiteral("s3cret-typed")));
        QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
        QTRY_COMPARE(session.store()->engine(), db::Store::Engine::PostgreSql);
        QVERIFY(session.store()->isReadOnly());
        auto *notice = session.window()->findChild<QLabel *>(QStringLiteral("readOnlyNotice"));
        QVERIFY(notice && notice->isVisible());
        QVERIFY(storeLine(session).contains(reader + QStringLiteral("@")));
        QVERIFY(!storeLine(session).contains(QStringLiteral("s3cret")));
        QCOMPARE(app::StoreSession::savedAddress(), session.store()->path());
        QVERIFY(!app::StoreSession::savedAddress().contains(QStringLiteral("s3cret")));
        QSettings().sync();
        QFile settingsFile(QSettings().fileName());
        QVERIFY(settingsFile.open(QIODevice::ReadOnly));
        QVERIFY(!settingsFile.readAll().contains("s3cret"));

        // Back to a file.
        QVERIFY(session.open(m_first).ok());
        test::pgDropDatabase(url);
        for (const QString &role : {reader, roles.reader, roles.editor})
            QCOMPARE(test::pgAdminExec(QStringLiteral("DROP ROLE %1").arg(role)), QString());
    }
    // TLS and every libpq form (issue 26): the dialog opens on any address and fills its fields, a whole address
    // pasted into "Other options" fills them too, the test says whether the connection is encrypted and checked, and
    // verify-full against the wrong CA is refused in the user's words with libpq's reason after them.
    void serverWithTlsAndOtherForms()
    {
        ZHISUAN_REQUIRE_PG_CLUSTER();
        QString error;
        const QString url = test::pgCreateDatabase(QStringLiteral("zt_storedialog_tls"), &error);
        QVERIFY2(!url.isEmpty(), qPrintable(error));
        QVERIFY(db::Store::open(url).ok());
        const QUrl u(url);
        const QString ca = QDir(test::pgTestDir()).filePath(QStringLiteral("tls/ca.crt"));
        const QString otherCa = QDir(test::pgTestDir()).filePath(QStringLiteral("tls/other-ca.crt"));

        // The window on a keyword/value address with TLS: the dialog shows each option in its field.
        const QString keywordValue = QStringLiteral("host=localhost port=%1 dbname=%2 user=%3 sslmode=verify-full sslrootcert=%4 "
                                                    "application_name=zt_desk")
                                         .arg(u.port())
                                         .arg(u.path().mid(1), u.userName(), ca);
        app::StoreSession session(&m_languages);
        const auto opened = session.open(keywordValue);
        QVERIFY2(opened.ok(), qPrintable(opened ? QString() : opened.error().message));
        QCOMPARE(session.store()->path(), keywordValue);
        app::StoreDialog *dialog = openDialog(session);
        QVERIFY(dialog);
        auto *sslMode = dialog->findChild<QComboBox *>(QStringLiteral("sslMode"));
        auto *rootCert = dialog->findChild<QLineEdit *>(QStringLiteral("sslRootCert"));
        auto *other = dialog->findChild<QLineEdit *>(QStringLiteral("otherOptions"));
        QVERIFY(sslMode && rootCert && other);
        QVERIFY(dialog->findChild<QRadioButton *>(QStringLiteral("serverChoice"))->isChecked());
        QCOMPARE(dialog->findChild<QLineEdit *>(QStringLiteral("host"))->text(), QStringLiteral("localhost"));
        QCOMPARE(dialog->findChild<QSpinBox *>(QStringLiteral("port"))->value(), u.port());
        QCOMPARE(dialog->findChild<QLineEdit *>(QStringLiteral("database"))->text(), u.path().mid(1));
        QCOMPARE(sslMode->currentData().toString(), QStringLiteral("verify-full"));
        QCOMPARE(rootCert->text(), ca);
        QCOMPARE(other->text(), QStringLiteral("application_name=zt_desk"));
        auto *note = dialog->findChild<QLabel *>(QStringLiteral("tlsNote"));
        QVERIFY2(note->text().contains(ca) && note->text().contains(QStringLiteral("names this host")), qPrintable(note->text()));

        // The address it gives back reaches the same store, with every option.
        auto fromDialog = db::ServerAddress::parse(dialog->address());
        QVERIFY(fromDialog.ok());
        QCOMPARE(fromDialog.value().value(QStringLiteral("sslmode")), QStringLiteral("verify-full"));
        QCOMPARE(fromDialog.value().value(QStringLiteral("sslrootcert")), ca);
        QCOMPARE(fromDialog.value().value(QStringLiteral("application_name")), QStringLiteral("zt_desk"));
        QString report = test(dialog);
        QVERIFY2(dialog->testSucceeded(), qPrintable(report));
        QVERIFY2(report.contains(QStringLiteral("The connection is encrypted (TLSv1.")) && report.contains(QStringLiteral("verify-full")),
                 qPrintable(report));
        screenshot(dialog, QStringLiteral("store-dialog-tls-verified-en"));
        m_languages.setLanguage(QStringLiteral("zh_CN"));
        report = test(dialog);
        QVERIFY2(dialog->testSucceeded() && report.contains(QStringLiteral("连接已加密")), qPrintable(report));
        QCOMPARE(sslMode->currentText(), QStringLiteral("verify-full：加密，核验 CA 与主机名"));
        screenshot(dialog, QStringLiteral("store-dialog-tls-verified-zh"));
        m_languages.setLanguage(QStringLiteral("en"));

        // Another CA: refused, said so, with libpq's own reason; the window stays where it was.
        rootCert->setText(otherCa);
        report = test(dialog);
        QVERIFY2(!dialog->testSucceeded(), qPrintable(report));
        QVERIFY2(report.contains(QStringLiteral("is not signed by the CA certificate %1").arg(otherCa)), qPrintable(report));
        QVERIFY2(report.contains(QStringLiteral("certificate verify failed")), qPrintable(report));
        screenshot(dialog, QStringLiteral("store-dialog-tls-refused-en"));

        // require: encrypted, and the report says the certificate was not checked.
        sslMode->setCurrentIndex(sslMode->findData(QStringLiteral("require")));
        rootCert->clear();
        report = test(dialog);
        QVERIFY2(dialog->testSucceeded() && report.contains(QStringLiteral("was not checked (sslmode require)")), qPrintable(report));

        // A whole URI pasted into "Other options" fills the fields; what it does not name stays.
        const QString pasted = QStringLiteral("postgresql://%1@127.0.0.1:%2/%3?sslmode=verify-full&sslrootcert=%4&connect_timeout=5")
                                   .arg(u.userName())
                                   .arg(u.port())
                                   .arg(u.path().mid(1), ca);
        other->setText(pasted);
        emit other->editingFinished();
        QCOMPARE(dialog->findChild<QLineEdit *>(QStringLiteral("host"))->text(), QStringLiteral("127.0.0.1"));
        QCOMPARE(sslMode->currentData().toString(), QStringLiteral("verify-full"));
        QCOMPARE(rootCert->text(), ca);
        QCOMPARE(other->text(), QStringLiteral("connect_timeout=5"));
        // Options libpq cannot read stop the dialog, with its reason.
        other->setText(QStringLiteral("sslmod=verify-full"));
        QVERIFY(!dialog->findChild<QPushButton *>(QStringLiteral("testConnection"))->isEnabled());
        QVERIFY2(note->text().contains(QStringLiteral("invalid connection option")), qPrintable(note->text()));
        other->setText(QStringLiteral("connect_timeout=5"));
        report = test(dialog);
        QVERIFY2(dialog->testSucceeded() && report.contains(QStringLiteral("127.0.0.1")), qPrintable(report));
        QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
        QTRY_VERIFY(session.store()->path().contains(QStringLiteral("connect_timeout=5")));
        QVERIFY(session.store()->path().contains(QStringLiteral("sslmode=verify-full")));
        QVERIFY(session.store()->path().startsWith(QStringLiteral("postgresql://%1@127.0.0.1:%2/").arg(u.userName()).arg(u.port())));
        QCOMPARE(app::StoreSession::savedAddress(), session.store()->path());

        QVERIFY(session.open(m_first).ok());
        test::pgDropDatabase(url);
    }

    // A password typed for a team store and "Remember in the keyring" (issue 26): kept in the desktop keyring, never in
    // the settings file, and given to libpq the next time the store opens, its address as saved (no password in it).
    // Unticked, the keyring forgets it. Without a keyring service (a headless run, CI) the box is disabled and the
    // note says why; the password is still never saved. The ctest entry tst_storedialog_keyring runs this with a
    // real keyring (gnome-keyring-daemon in a D-Bus session of its own, tests/app/with-keyring.sh).
    void passwordIsKeptInTheKeyringNeverInTheSettings()
    {
        ZHISUAN_REQUIRE_PG_CLUSTER();
        const db::Result<void> availability = app::PasswordKeyring::availability();
        const bool keyring = availability.ok();
        if (qEnvironmentVariable("ZHISUAN_TEST_KEYRING") == QLatin1String("1"))
            QVERIFY2(keyring, qPrintable(QStringLiteral("with-keyring.sh started a keyring, yet: ") + (keyring ? QString() : availability.error().message)));
        QString error;
        const QString url = test::pgCreateDatabase(QStringLiteral("zt_storedialog_keyring"), &error);
        QVERIFY2(!url.isEmpty(), qPrintable(error));
        // A login that must give its password (pg_hba.conf: scram-sha-256 for zhisuan_pw), a reader of this store.
        const QString password = QStringLiteral("kept-in-the-keyring ;'\\");
        db::TeamRoles::Names names;
        {
            auto owner = db::Store::open(url);
            QVERIFY(owner.ok());
            auto roles = db::TeamRoles::create(*owner.value());
            QVERIFY(roles.ok());
            names = roles.value();
            QCOMPARE(test::pgAdminExec(QStringLiteral("DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'zhisuan_pw') "
                                                      "THEN CREATE ROLE zhisuan_pw LOGIN; END IF; END $$")),
                     QString());
            QCOMPARE(test::pgAdminExec(QStringLiteral("ALTER ROLE zhisuan_pw PASSWORD 'kept-in-the-keyring ;''\\'")), QString());
            QCOMPARE(test::pgAdminExec(QStringLiteral("GRANT %1 TO zhisuan_pw").arg(roles.value().reader)), QString());
        }
        QUrl login(url);
        login.setHost(QStringLiteral("localhost"));
        login.setUserName(QStringLiteral("zhisuan_pw"));
        const QString ca = QDir(test::pgTestDir()).filePath(QStringLiteral("tls/ca.crt"));

        app::StoreSession session(&m_languages);
        QVERIFY(session.open(m_first).ok());
        app::StoreDialog *dialog = openDialog(session);
        QVERIFY(dialog);
        chooseServer(dialog, login, password);
        auto *sslMode = dialog->findChild<QComboBox *>(QStringLiteral("sslMode"));
        sslMode->setCurrentIndex(sslMode->findData(QStringLiteral("verify-full")));
        dialog->findChild<QLineEdit *>(QStringLiteral("sslRootCert"))->setText(ca);
        auto *remember = dialog->findChild<QCheckBox *>(QStringLiteral("rememberPassword"));
        auto *note = dialog->findChild<QLabel *>(QStringLiteral("passwordNote"));
        QVERIFY(remember && note);
        QCOMPARE(remember->isEnabled(), keyring);
        QVERIFY2(note->text().contains(keyring ? QStringLiteral("kept in this desktop's keyring") : QStringLiteral("No keyring service")),
                 qPrintable(note->text()));
        remember->setChecked(keyring);
        QString report = test(dialog);
        QVERIFY2(dialog->testSucceeded() && report.contains(QStringLiteral("verify-full")), qPrintable(report));
        const QString suffix = keyring ? QStringLiteral("keyring") : QStringLiteral("no-keyring");
        screenshot(dialog, QStringLiteral("store-dialog-%1-en").arg(suffix));
        m_languages.setLanguage(QStringLiteral("zh_CN"));
        QTRY_COMPARE(sslMode->currentText(), QStringLiteral("verify-full：加密，核验 CA 与主机名"));
        // The dialog's own button keeps its words in the new language, not the standard "确定".
        QTRY_COMPARE(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->text(), QStringLiteral("使用此数据库"));
        screenshot(dialog, QStringLiteral("store-dialog-%1-zh").arg(suffix));
        m_languages.setLanguage(QStringLiteral("en"));
        QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
        QTRY_COMPARE(session.store()->engine(), db::Store::Engine::PostgreSql);
        const QString saved = app::StoreSession::savedAddress();
        QCOMPARE(saved, session.store()->path());
        QVERIFY(!saved.contains(QStringLiteral("kept-in")));

        // The settings file, read back as bytes: the address without the password, the password nowhere.
        QSettings().sync();
        QFile settingsFile(QSettings().fileName());
        QVERIFY(settingsFile.open(QIODevice::ReadOnly));
        const QByteArray settings = settingsFile.readAll();
        QVERIFY2(settings.contains("zhisuan_pw@localhost"), settings.constData());
        QVERIFY2(!settings.contains("kept-in-the-keyring") && !settings.contains("kept%2Din"), settings.constData());
        const auto dropStore = [&] {
            test::pgDropDatabase(url);
            for (const QString &role : {names.reader, names.editor})
                test::pgAdminExec(QStringLiteral("DROP ROLE IF EXISTS %1").arg(role));
        };
        if (!keyring) {
            QCOMPARE(app::PasswordKeyring::password(saved), QString());
            QVERIFY(session.open(m_first).ok());
            dropStore();
            return;
        }

        // In the keyring, under the address as saved. The server's password changes and the keyring's with it: the
        // store opens with the keyring's (this process's memory still holds the old one), from the saved address.
        QCOMPARE(app::PasswordKeyring::password(saved), password);
        QVERIFY(session.open(m_first).ok());
        QCOMPARE(test::pgAdminExec(QStringLiteral("ALTER ROLE zhisuan_pw PASSWORD 'changed-on-the-server'")), QString());
        QVERIFY(app::PasswordKeyring::setPassword(saved, QStringLiteral("changed-on-the-server")).ok());
        const auto reopened = session.open(saved);
        QVERIFY2(reopened.ok(), qPrintable(reopened ? QString() : reopened.error().message));

        // The dialog on that store: the box ticked, the password not shown. Unticked and accepted: forgotten.
        dialog = openDialog(session);
        QVERIFY(dialog);
        remember = dialog->findChild<QCheckBox *>(QStringLiteral("rememberPassword"));
        QVERIFY(remember->isChecked());
        QCOMPARE(dialog->findChild<QLineEdit *>(QStringLiteral("password"))->text(), QString());
        remember->setChecked(false);
        QSignalSpy switched(&session, &app::StoreSession::switched);
        QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
        QTRY_COMPARE(switched.count(), 1); // still opens: this process holds the password until it closes
        QCOMPARE(app::PasswordKeyring::password(saved), QString());

        QVERIFY(session.open(m_first).ok());
        dropStore();
    }
};

QTEST_MAIN(TestStoreDialog)
#include "tst_storedialog.moc"
