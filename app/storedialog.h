#pragma once

#include <QDialog>
#include <QFutureWatcher>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QSpinBox;

namespace zhisuan::app {

// Settings ▸ Store: which store the window reads, a SQLite file on this computer or a team's PostgreSQL server
// (host, port, database, user, TLS mode and CA certificate, and any other libpq option: service=…,
// application_name=…). Any address libpq takes fills the fields: the current store's, or one pasted into "Other
// options" (a postgresql:// URI or keyword/value string); a field left empty is libpq's default (the PG* environment,
// a service file). A password typed here is used for this session (kept in memory by the address without it), and
// kept in the desktop keyring (PasswordKeyring) when the user ticks "Remember in the keyring": never in the settings
// file. Without a keyring service the box is disabled and the note says why; ~/.pgpass and PGPASSWORD work as ever,
// libpq reading them when no password is given. "Test connection" opens the store off
// the UI thread and says what it found: the engine's version, the schema version, whether this login may import
// (editor) or only read (reader) and whether the connection is encrypted and the server's certificate checked, or
// why it could not connect (libpq's reason, e.g. "certificate verify failed", included).
class StoreDialog : public QDialog
{
    Q_OBJECT
public:
    explicit StoreDialog(const QString &current, QWidget *parent = nullptr);
    ~StoreDialog() override;

    // The store chosen, as Store::open takes it: a file path, or
    // postgresql://user[:password]@host:port/database?sslmode=…&sslrootcert=…&other=options.
    QString address() const;
    // The same without the password: what is saved and shown.
    QString shownAddress() const;
    // The last test's report, and whether it succeeded (for tests and the status line).
    QString testReport() const;
    bool testSucceeded() const { return m_succeeded; }
    bool isTesting() const;

public slots:
    void testConnection();
    // "Use this store": keeps the typed password in the keyring (or forgets the kept one) as the box says, then
    // closes. A keyring that refuses keeps the dialog open with the reason in the report.
    void accept() override;

signals:
    // A test finished (successfully or not): testReport() says what it found.
    void tested();

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    // The constructor's steps: the fields' object names and ranges, their layout, the current store's address in
    // them, their signals.
    void nameAndShapeFields();
    void layOutFields();
    void fillFromCurrent(const QString &current);
    void connectFields();
    void showTestResult(); // the connection test's answer, on the GUI thread
    void retranslateUi();
    void updateEnabled();
    void updateTlsNote();
    void updatePasswordNote();
    // The password the keyring keeps for the address the fields give, for a test that has none typed.
    void usePasswordFromKeyring();
    // Grows the dialog (never shrinks it) until every wrapped note and the report show whole at its width: a
    // window's layout does not do that by itself for word-wrapped labels.
    void growToFit();
    void browse();
    void browseCa();
    // Fills the server's fields from any libpq address; what has no field of its own goes to "Other options".
    void showServerAddress(const QString &address);
    // A full address pasted into "Other options" (or an option that has a field, such as sslmode=…) fills the fields.
    void spreadOtherOptions();

    QRadioButton *m_sqlite;
    QRadioButton *m_server;
    QLineEdit *m_path;
    QPushButton *m_browse;
    QLineEdit *m_host;
    QSpinBox *m_port;
    QLineEdit *m_database;
    QLineEdit *m_user;
    QLineEdit *m_password;
    QComboBox *m_sslMode;
    QLineEdit *m_sslRootCert;
    QPushButton *m_browseCa;
    QLineEdit *m_otherOptions;
    QLabel *m_pathLabel, *m_hostLabel, *m_portLabel, *m_databaseLabel, *m_userLabel, *m_passwordLabel;
    QLabel *m_sslModeLabel, *m_sslRootCertLabel, *m_otherOptionsLabel;
    QCheckBox *m_remember;
    QLabel *m_passwordNote;
    bool m_keyring = false;  // a keyring service answered when the dialog opened
    QString m_noKeyring;     // else its reason
    bool m_kept = false;     // the keyring keeps a password for the store the dialog opened on
    QLabel *m_tlsNote;
    QString m_optionsError; // libpq's reason when "Other options" cannot be read
    QPushButton *m_test;
    QLabel *m_report;
    QDialogButtonBox *m_buttons;
    QFutureWatcher<QStringList> m_watcher; // {"ok" or "", report}
    bool m_succeeded = false;
    bool m_testing = false; // from the click until the report is shown
};

} // namespace zhisuan::app
