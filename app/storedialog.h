#pragma once

#include <QDialog>
#include <QFutureWatcher>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QSpinBox;

namespace zhisuan::app {

// Settings ▸ Store: which store the window reads, a SQLite file on this computer or a team's PostgreSQL server
// (host, port, database, user). A password typed here is used for this session only (kept in memory by the
// address without it) and never saved: a lasting one belongs in ~/.pgpass or the PG* environment. "Test
// connection" opens the store off the UI thread and says what it found: the engine's version, the schema
// version, and whether this login may import (editor) or only read (reader), or why it could not connect.
class StoreDialog : public QDialog
{
    Q_OBJECT
public:
    explicit StoreDialog(const QString &current, QWidget *parent = nullptr);
    ~StoreDialog() override;

    // The store chosen, as Store::open takes it: a file path, or postgresql://user[:password]@host:port/database.
    QString address() const;
    // The same without the password: what is saved and shown.
    QString shownAddress() const;
    // The last test's report, and whether it succeeded (for tests and the status line).
    QString testReport() const;
    bool testSucceeded() const { return m_succeeded; }
    bool isTesting() const;

public slots:
    void testConnection();

signals:
    // A test finished (successfully or not): testReport() says what it found.
    void tested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateEnabled();
    void browse();

    QRadioButton *m_sqlite;
    QRadioButton *m_server;
    QLineEdit *m_path;
    QPushButton *m_browse;
    QLineEdit *m_host;
    QSpinBox *m_port;
    QLineEdit *m_database;
    QLineEdit *m_user;
    QLineEdit *m_password;
    QLabel *m_pathLabel, *m_hostLabel, *m_portLabel, *m_databaseLabel, *m_userLabel, *m_passwordLabel;
    QLabel *m_passwordNote;
    QPushButton *m_test;
    QLabel *m_report;
    QDialogButtonBox *m_buttons;
    QFutureWatcher<QStringList> m_watcher; // {"ok" or "", report}
    bool m_succeeded = false;
    bool m_testing = false; // from the click until the report is shown
};

} // namespace zhisuan::app
