#include "storedialog.h"

#include "filedialog.h"
#include "store.h"
#include "storeprobe.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QUrl>
#include <QUrlQuery>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace zhisuan::app {

namespace {

// libpq's reasons, said as what to check. The server's own words follow in the report.
QString reasonInUsersWords(const QString &message, const QUrl &url)
{
    const auto has = [&](const char *text) { return message.contains(QLatin1String(text), Qt::CaseInsensitive); };
    if (has("password authentication failed") || has("no password supplied") || has("authentication failed"))
        return StoreDialog::tr("The server refused the login “%1”: the password is wrong, or there is none (type it "
                               "here, or put it in ~/.pgpass).")
            .arg(url.userName());
    if (has("does not exist") && has("database"))
        return StoreDialog::tr("The server has no database “%1”: check its name, or ask the administrator to create it.")
            .arg(url.path().mid(1));
    if (has("does not exist") && has("role"))
        return StoreDialog::tr("The server has no user “%1”: check the user name.").arg(url.userName());
    if (has("could not translate host name") || has("Name or service not known") || has("Temporary failure in name resolution"))
        return StoreDialog::tr("The host name “%1” is not known: check it for typos.").arg(url.host());
    if (has("Connection refused") || has("No such file or directory"))
        return StoreDialog::tr("No PostgreSQL server answers at %1, port %2: check the host and port, and that the server runs.")
            .arg(url.host().isEmpty() ? QUrlQuery(url).queryItemValue(QStringLiteral("host")) : url.host())
            .arg(url.port(5432));
    if (has("timeout expired") || has("timed out"))
        return StoreDialog::tr("The server at %1 did not answer within 10 seconds: check the network or a firewall.").arg(url.host());
    if (has("no pg_hba.conf entry"))
        return StoreDialog::tr("The server does not let this computer in (pg_hba.conf): ask the administrator.");
    return {};
}

// Runs on a worker thread: opens the store there (a Store belongs to the thread that opened it), describes it,
// closes it. Returns {"ok" or "", the report}.
QStringList probe(const QString &address)
{
    const bool server = db::Store::isServerUrl(address);
    if (!server && !QFileInfo::exists(address))
        return {QStringLiteral("ok"),
                StoreDialog::tr("There is no store at %1 yet: using it creates a new store there, with the starter dataset.").arg(address)};
    auto store = db::Store::open(address, db::Store::OpenMode::ExistingOnly);
    if (!store) {
        const QString reason = server ? reasonInUsersWords(store.error().message + QLatin1Char(' ') + store.error().detail, QUrl(address)) : QString();
        return {QString(), reason.isEmpty() ? store.error().message
                                            : reason + QLatin1Char('\n') + StoreDialog::tr("(The server said: %1)").arg(store.error().message)};
    }
    auto summary = db::StoreProbe::describe(*store.value());
    if (!summary)
        return {QString(), summary.error().message};
    const db::StoreSummary &s = summary.value();
    if (server)
        return {QStringLiteral("ok"),
                s.canWrite ? StoreDialog::tr("Connected: PostgreSQL %1, store schema version %2. Your role may import and roll back (editor).")
                                 .arg(s.engineVersion)
                                 .arg(s.schemaVersion)
                           : StoreDialog::tr("Connected: PostgreSQL %1, store schema version %2. Your role may only read (reader): the "
                                             "window will not offer import or rollback.")
                                 .arg(s.engineVersion)
                                 .arg(s.schemaVersion)};
    return {QStringLiteral("ok"),
            s.canWrite ? StoreDialog::tr("A ZhiSuan store: SQLite %1, store schema version %2, writable.").arg(s.engineVersion).arg(s.schemaVersion)
                       : StoreDialog::tr("A ZhiSuan store: SQLite %1, store schema version %2, read-only (the file cannot be written).")
                             .arg(s.engineVersion)
                             .arg(s.schemaVersion)};
}

} // namespace

StoreDialog::StoreDialog(const QString &current, QWidget *parent)
    : QDialog(parent), m_sqlite(new QRadioButton(this)), m_server(new QRadioButton(this)), m_path(new QLineEdit(this)),
      m_browse(new QPushButton(this)), m_host(new QLineEdit(this)), m_port(new QSpinBox(this)), m_database(new QLineEdit(this)),
      m_user(new QLineEdit(this)), m_password(new QLineEdit(this)), m_pathLabel(new QLabel(this)), m_hostLabel(new QLabel(this)),
      m_portLabel(new QLabel(this)), m_databaseLabel(new QLabel(this)), m_userLabel(new QLabel(this)),
      m_passwordLabel(new QLabel(this)), m_passwordNote(new QLabel(this)), m_test(new QPushButton(this)), m_report(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("storeDialog"));
    m_sqlite->setObjectName(QStringLiteral("sqliteChoice"));
    m_server->setObjectName(QStringLiteral("serverChoice"));
    m_path->setObjectName(QStringLiteral("path"));
    m_host->setObjectName(QStringLiteral("host"));
    m_port->setObjectName(QStringLiteral("port"));
    m_database->setObjectName(QStringLiteral("database"));
    m_user->setObjectName(QStringLiteral("user"));
    m_password->setObjectName(QStringLiteral("password"));
    m_test->setObjectName(QStringLiteral("testConnection"));
    m_report->setObjectName(QStringLiteral("report"));
    m_password->setEchoMode(QLineEdit::Password);
    m_port->setRange(1, 65535);
    m_port->setValue(5432);
    m_report->setWordWrap(true);
    m_report->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_report->setMinimumHeight(fontMetrics().height() * 3);
    m_passwordNote->setWordWrap(true);
    QPalette muted = m_passwordNote->palette();
    muted.setColor(QPalette::WindowText, muted.color(QPalette::PlaceholderText));
    m_passwordNote->setPalette(muted);

    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_pathLabel);
    fileRow->addWidget(m_path, 1);
    fileRow->addWidget(m_browse);
    auto *serverForm = new QFormLayout;
    serverForm->addRow(m_hostLabel, m_host);
    serverForm->addRow(m_portLabel, m_port);
    serverForm->addRow(m_databaseLabel, m_database);
    serverForm->addRow(m_userLabel, m_user);
    serverForm->addRow(m_passwordLabel, m_password);
    serverForm->addRow(QString(), m_passwordNote);
    auto *testRow = new QHBoxLayout;
    testRow->addWidget(m_test);
    testRow->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_sqlite);
    auto *fileBox = new QVBoxLayout;
    fileBox->setContentsMargins(24, 0, 0, 8);
    fileBox->addLayout(fileRow);
    layout->addLayout(fileBox);
    layout->addWidget(m_server);
    auto *serverBox = new QVBoxLayout;
    serverBox->setContentsMargins(24, 0, 0, 8);
    serverBox->addLayout(serverForm);
    layout->addLayout(serverBox);
    layout->addLayout(testRow);
    layout->addWidget(m_report);
    layout->addStretch(1);
    layout->addWidget(m_buttons);
    setMinimumWidth(560);

    // The current store fills the fields it belongs to.
    if (db::Store::isServerUrl(current)) {
        const QUrl url(current);
        m_server->setChecked(true);
        m_host->setText(url.host().isEmpty() ? QUrlQuery(url).queryItemValue(QStringLiteral("host")) : url.host());
        m_port->setValue(url.port(5432));
        m_database->setText(url.path().mid(1));
        m_user->setText(url.userName());
    } else {
        m_sqlite->setChecked(true);
        m_path->setText(current);
    }

    connect(m_sqlite, &QRadioButton::toggled, this, &StoreDialog::updateEnabled);
    for (QLineEdit *e : {m_path, m_host, m_database, m_user, m_password})
        connect(e, &QLineEdit::textChanged, this, &StoreDialog::updateEnabled);
    connect(m_port, &QSpinBox::valueChanged, this, &StoreDialog::updateEnabled);
    connect(m_browse, &QPushButton::clicked, this, &StoreDialog::browse);
    connect(m_test, &QPushButton::clicked, this, &StoreDialog::testConnection);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(&m_watcher, &QFutureWatcher<QStringList>::finished, this, [this] {
        const QStringList r = m_watcher.result();
        m_testing = false;
        m_succeeded = r.value(0) == QLatin1String("ok");
        m_report->setText(r.value(1));
        m_report->setStyleSheet(m_succeeded ? QString() : QStringLiteral("color: #b01e1e;"));
        updateEnabled();
        emit tested();
    });
    retranslateUi();
    updateEnabled();
}

StoreDialog::~StoreDialog()
{
    // A test still connecting (up to libpq's 10 s timeout) finishes on its own thread: nothing waits for its answer.
    m_watcher.disconnect(this);
}

QString StoreDialog::address() const
{
    if (m_sqlite->isChecked())
        return m_path->text().trimmed().isEmpty() ? QString() : QFileInfo(m_path->text().trimmed()).absoluteFilePath();
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    const QString host = m_host->text().trimmed();
    if (host.startsWith(u'/')) // a socket directory: libpq's host=… parameter
        url.setQuery(QStringLiteral("host=") + host);
    else
        url.setHost(host.isEmpty() ? QStringLiteral("localhost") : host);
    url.setPort(m_port->value());
    url.setPath(u'/' + m_database->text().trimmed());
    url.setUserName(m_user->text().trimmed());
    if (!m_password->text().isEmpty())
        url.setPassword(m_password->text());
    return url.toString();
}

QString StoreDialog::shownAddress() const
{
    const QString a = address();
    return db::Store::isServerUrl(a) ? QUrl(a).toString(QUrl::RemovePassword) : a;
}

QString StoreDialog::testReport() const
{
    return m_report->text();
}

bool StoreDialog::isTesting() const
{
    return m_testing;
}

void StoreDialog::testConnection()
{
    if (m_testing || address().isEmpty())
        return;
    m_testing = true;
    m_succeeded = false;
    m_report->setStyleSheet(QString());
    m_report->setText(m_server->isChecked() ? tr("Connecting to %1…").arg(shownAddress()) : tr("Opening %1…").arg(address()));
    m_watcher.setFuture(QtConcurrent::run(probe, address()));
    updateEnabled();
}

void StoreDialog::browse()
{
    const QString file = widgets::FileDialog::getSaveFileName(this, tr("Store file"), m_path->text(),
                                                              tr("ZhiSuan stores (*.sqlite *.db);;All files (*)"));
    if (!file.isEmpty()) {
        m_sqlite->setChecked(true);
        m_path->setText(file);
    }
}

void StoreDialog::updateEnabled()
{
    const bool file = m_sqlite->isChecked();
    for (QWidget *w : std::initializer_list<QWidget *>{m_path, m_browse, m_pathLabel})
        w->setEnabled(file);
    for (QWidget *w : std::initializer_list<QWidget *>{m_host, m_port, m_database, m_user, m_password, m_hostLabel, m_portLabel,
                                                       m_databaseLabel, m_userLabel, m_passwordLabel, m_passwordNote})
        w->setEnabled(!file);
    const bool complete = file ? !m_path->text().trimmed().isEmpty() : !m_database->text().trimmed().isEmpty() && !m_user->text().trimmed().isEmpty();
    m_test->setEnabled(complete && !m_testing);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(complete && !m_testing);
}

void StoreDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void StoreDialog::retranslateUi()
{
    setWindowTitle(tr("Store"));
    m_sqlite->setText(tr("A file on this computer (SQLite): one analyst"));
    m_server->setText(tr("A team server (PostgreSQL): several analysts, one set of numbers"));
    m_pathLabel->setText(tr("File:"));
    m_browse->setText(tr("Browse…"));
    m_hostLabel->setText(tr("Host:"));
    m_host->setPlaceholderText(tr("localhost, a server name, or a socket folder"));
    m_portLabel->setText(tr("Port:"));
    m_databaseLabel->setText(tr("Database:"));
    m_userLabel->setText(tr("User:"));
    m_passwordLabel->setText(tr("Password:"));
    m_password->setPlaceholderText(tr("empty: from ~/.pgpass or PGPASSWORD"));
    m_passwordNote->setText(tr("A password typed here is used until the program closes and is never saved. To keep "
                               "one, put it in ~/.pgpass."));
    m_test->setText(tr("Test connection"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Use this store"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
}

} // namespace zhisuan::app
