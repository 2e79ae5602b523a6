#include "storedialog.h"

#include "filedialog.h"
#include "passwordkeyring.h"
#include "serveraddress.h"
#include "store.h"
#include "storeprobe.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QRegularExpression>
#include <QSet>
#include <QUrl>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace zhisuan::app {

namespace {

// The keywords the dialog has a field for; every other libpq option goes in "Other options".
const QStringList fieldKeywords{QStringLiteral("host"),    QStringLiteral("port"),    QStringLiteral("dbname"),
                                QStringLiteral("user"),    QStringLiteral("password"), QStringLiteral("sslmode"),
                                QStringLiteral("sslrootcert")};

// What an address says for `keyword`, else the environment's value libpq would use, else `fallback`.
QString effective(const db::ServerAddress *address, const QString &keyword, const char *environment, const QString &fallback)
{
    if (address && !address->value(keyword).isEmpty())
        return address->value(keyword);
    const QString env = qEnvironmentVariable(environment);
    return env.isEmpty() ? fallback : env;
}

// libpq's reasons, said as what to check. The server's (or libpq's) own words follow in the report.
QString reasonInUsersWords(const QString &message, const QString &addressText)
{
    auto parsed = db::ServerAddress::parse(addressText);
    const db::ServerAddress *address = parsed ? &parsed.value() : nullptr;
    const QString user = effective(address, QStringLiteral("user"), "PGUSER", qEnvironmentVariable("USER"));
    const QString host = effective(address, QStringLiteral("host"), "PGHOST", QStringLiteral("localhost"));
    const QString port = effective(address, QStringLiteral("port"), "PGPORT", QStringLiteral("5432"));
    const QString database = effective(address, QStringLiteral("dbname"), "PGDATABASE", user);
    const QString ca = effective(address, QStringLiteral("sslrootcert"), "PGSSLROOTCERT", QStringLiteral("~/.postgresql/root.crt"));
    const auto has = [&](const char *text) { return message.contains(QLatin1String(text), Qt::CaseInsensitive); };
    // TLS first: its messages also say "connection to server … failed".
    if (has("certificate verify failed"))
        return StoreDialog::tr("The server's certificate is not signed by the CA certificate %1: this may not be your team's "
                               "server. Nothing was opened. Check the CA file with the server's administrator; do not "
                               "lower the TLS mode to get past this.")
            .arg(ca);
    if (has("does not match host name"))
        return StoreDialog::tr("The server's certificate is for another host name than “%1”: connect by the name the "
                               "certificate gives (ask the administrator), or this may not be your team's server.")
            .arg(host);
    if (has("root certificate file") && has("does not exist"))
        return StoreDialog::tr("The CA certificate file %1 does not exist: choose the file your administrator gave you "
                               "(CA certificate).")
            .arg(ca);
    if (has("server does not support SSL"))
        return StoreDialog::tr("The server at %1 does not offer TLS, but this address requires it: ask the administrator "
                               "to turn TLS on. The connection was not made unencrypted.")
            .arg(host);
    if (has("password authentication failed") || has("no password supplied") || has("authentication failed"))
        return StoreDialog::tr("The server refused the login “%1”: the password is wrong, or there is none (type it "
                               "here, or put it in ~/.pgpass).")
            .arg(user);
    if (has("does not exist") && has("database"))
        return StoreDialog::tr("The server has no database “%1”: check its name, or ask the administrator to create it.").arg(database);
    if (has("does not exist") && has("role"))
        return StoreDialog::tr("The server has no user “%1”: check the user name.").arg(user);
    if (has("could not translate host name") || has("Name or service not known") || has("Temporary failure in name resolution"))
        return StoreDialog::tr("The host name “%1” is not known: check it for typos.").arg(host);
    if (has("Connection refused") || has("No such file or directory"))
        return StoreDialog::tr("No PostgreSQL server answers at %1, port %2: check the host and port, and that the server runs.")
            .arg(host, port);
    if (has("timeout expired") || has("timed out"))
        return StoreDialog::tr("The server at %1 did not answer in time (connect_timeout): check the network or a firewall.").arg(host);
    if (has("no pg_hba.conf entry"))
        return StoreDialog::tr("The server does not let this computer in (pg_hba.conf): ask the administrator.");
    return {};
}

// How the connection that the test made is protected, in the user's words.
QString tlsInUsersWords(const db::StoreSummary &s)
{
    const QString protocol = s.tlsProtocol.isEmpty() ? QStringLiteral("TLS") : s.tlsProtocol;
    if (s.encrypted && s.sslMode == QLatin1String("verify-full"))
        return StoreDialog::tr("The connection is encrypted (%1) and the server proved it is %2 with a certificate signed by "
                               "the CA in %3 (verify-full).")
            .arg(protocol, s.host, s.sslRootCert.isEmpty() ? QStringLiteral("~/.postgresql/root.crt") : s.sslRootCert);
    if (s.encrypted && s.sslMode == QLatin1String("verify-ca"))
        return StoreDialog::tr("The connection is encrypted (%1) and the server's certificate is signed by the CA in %2, but "
                               "its host name is not checked (verify-ca): use verify-full.")
            .arg(protocol, s.sslRootCert.isEmpty() ? QStringLiteral("~/.postgresql/root.crt") : s.sslRootCert);
    if (s.encrypted)
        return StoreDialog::tr("The connection is encrypted (%1), but the server's certificate was not checked (sslmode %2): "
                               "anyone on the network path could pose as the server. Use verify-full with your team's CA "
                               "certificate.")
            .arg(protocol, s.sslMode);
    if (s.host.startsWith(u'/'))
        return StoreDialog::tr("The connection goes through a local socket (%1): it does not leave this computer and is not "
                               "encrypted.")
            .arg(s.host);
    return StoreDialog::tr("The connection is NOT encrypted (sslmode %1): the data and the password cross the network in the "
                           "clear. Use verify-full with your team's CA certificate.")
        .arg(s.sslMode);
}

// Runs on a worker thread: opens the store there (a Store belongs to the thread that opened it), describes it,
// closes it. Returns {"ok" or "", the report}.
QStringList probe(const QString &address)
{
    const bool server = db::Store::isServerAddress(address);
    if (!server && !QFileInfo::exists(address))
        return {QStringLiteral("ok"),
                StoreDialog::tr("There is no store at %1 yet: using it creates a new store there, with the starter dataset.").arg(address)};
    auto store = db::Store::open(address, db::Store::OpenMode::ExistingOnly);
    if (!store) {
        const QString reason = server ? reasonInUsersWords(store.error().message + QLatin1Char(' ') + store.error().detail, address) : QString();
        return {QString(), reason.isEmpty() ? store.error().message
                                            : reason + QLatin1Char('\n') + StoreDialog::tr("(The server said: %1)").arg(store.error().message)};
    }
    auto summary = db::StoreProbe::describe(*store.value());
    if (!summary)
        return {QString(), summary.error().message};
    const db::StoreSummary &s = summary.value();
    if (server)
        return {QStringLiteral("ok"),
                (s.canWrite ? StoreDialog::tr("Connected: PostgreSQL %1, store schema version %2. Your role may import and roll back (editor).")
                                  .arg(s.engineVersion)
                                  .arg(s.schemaVersion)
                            : StoreDialog::tr("Connected: PostgreSQL %1, store schema version %2. Your role may only read (reader): the "
                                              "window will not offer import or rollback.")
                                  .arg(s.engineVersion)
                                  .arg(s.schemaVersion))
                    + QLatin1Char('\n') + tlsInUsersWords(s)};
    return {QStringLiteral("ok"),
            s.canWrite ? StoreDialog::tr("A ZhiSuan store: SQLite %1, store schema version %2, writable.").arg(s.engineVersion).arg(s.schemaVersion)
                       : StoreDialog::tr("A ZhiSuan store: SQLite %1, store schema version %2, read-only (the file cannot be written).")
                             .arg(s.engineVersion)
                             .arg(s.schemaVersion)};
}

// A URI component as libpq decodes it (%XX); `keep` stays readable (a path's slashes).
QString encoded(const QString &text, const char *keep = "")
{
    return QString::fromLatin1(QUrl::toPercentEncoding(text, QByteArray(keep)));
}

} // namespace

StoreDialog::StoreDialog(const QString &current, QWidget *parent)
    : QDialog(parent), m_sqlite(new QRadioButton(this)), m_server(new QRadioButton(this)), m_path(new QLineEdit(this)),
      m_browse(new QPushButton(this)), m_host(new QLineEdit(this)), m_port(new QSpinBox(this)), m_database(new QLineEdit(this)),
      m_user(new QLineEdit(this)), m_password(new QLineEdit(this)), m_sslMode(new QComboBox(this)), m_sslRootCert(new QLineEdit(this)),
      m_browseCa(new QPushButton(this)), m_otherOptions(new QLineEdit(this)), m_pathLabel(new QLabel(this)),
      m_hostLabel(new QLabel(this)), m_portLabel(new QLabel(this)), m_databaseLabel(new QLabel(this)), m_userLabel(new QLabel(this)),
      m_passwordLabel(new QLabel(this)), m_sslModeLabel(new QLabel(this)), m_sslRootCertLabel(new QLabel(this)),
      m_otherOptionsLabel(new QLabel(this)), m_remember(new QCheckBox(this)), m_passwordNote(new QLabel(this)), m_tlsNote(new QLabel(this)),
      m_test(new QPushButton(this)), m_report(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    nameAndShapeFields();
    layOutFields();
    fillFromCurrent(current);
    connectFields();
    retranslateUi();
    updateEnabled();
}

void StoreDialog::nameAndShapeFields()
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
    m_remember->setObjectName(QStringLiteral("rememberPassword"));
    m_passwordNote->setObjectName(QStringLiteral("passwordNote"));
    m_sslMode->setObjectName(QStringLiteral("sslMode"));
    m_sslRootCert->setObjectName(QStringLiteral("sslRootCert"));
    m_otherOptions->setObjectName(QStringLiteral("otherOptions"));
    m_tlsNote->setObjectName(QStringLiteral("tlsNote"));
    m_test->setObjectName(QStringLiteral("testConnection"));
    m_report->setObjectName(QStringLiteral("report"));
    m_password->setEchoMode(QLineEdit::Password);
    // 0: no port in the address, libpq's default (PGPORT, a service file, else 5432).
    m_port->setRange(0, 65535);
    m_port->setValue(5432);
    // libpq's modes, weakest first; the empty one leaves it to PGSSLMODE or a service file (else libpq's "prefer").
    for (const char *mode : {"", "disable", "allow", "prefer", "require", "verify-ca", "verify-full"})
        m_sslMode->addItem(QString(), QString::fromLatin1(mode));
    m_report->setWordWrap(true);
    m_report->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_report->setMinimumHeight(fontMetrics().height() * 3);
    for (QLabel *note : {m_passwordNote, m_tlsNote}) {
        note->setWordWrap(true);
        QPalette muted = note->palette();
        muted.setColor(QPalette::WindowText, muted.color(QPalette::PlaceholderText));
        note->setPalette(muted);
    }
}

void StoreDialog::layOutFields()
{
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_pathLabel);
    fileRow->addWidget(m_path, 1);
    fileRow->addWidget(m_browse);
    auto *caRow = new QHBoxLayout;
    caRow->addWidget(m_sslRootCert, 1);
    caRow->addWidget(m_browseCa);
    auto *serverForm = new QFormLayout;
    serverForm->addRow(m_hostLabel, m_host);
    serverForm->addRow(m_portLabel, m_port);
    serverForm->addRow(m_databaseLabel, m_database);
    serverForm->addRow(m_userLabel, m_user);
    serverForm->addRow(m_passwordLabel, m_password);
    auto *keyringBox = new QVBoxLayout; // the choice and what it means, together
    keyringBox->setSpacing(2);
    keyringBox->addWidget(m_remember);
    keyringBox->addWidget(m_passwordNote);
    serverForm->addRow(QString(), keyringBox);
    serverForm->addRow(m_sslModeLabel, m_sslMode);
    serverForm->addRow(m_sslRootCertLabel, caRow);
    serverForm->addRow(QString(), m_tlsNote);
    serverForm->addRow(m_otherOptionsLabel, m_otherOptions);
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
    setMinimumWidth(620);
}

void StoreDialog::fillFromCurrent(const QString &current)
{
    // Whether a keyring answers (it may not: a headless session, CI, a desktop without one), and whether it keeps a
    // password for the current store: the box is ticked then, the password itself not shown.
    const db::Result<void> keyring = PasswordKeyring::availability();
    m_keyring = keyring.ok();
    m_noKeyring = keyring ? QString() : keyring.error().message;
    // The current store fills the fields it belongs to.
    if (db::Store::isServerAddress(current)) {
        m_server->setChecked(true);
        showServerAddress(current);
        if (auto parsed = db::ServerAddress::parse(current); parsed && m_keyring && !parsed.value().has(QStringLiteral("password")))
            m_kept = !PasswordKeyring::password(parsed.value().shown()).isEmpty();
        m_remember->setChecked(m_kept);
    } else {
        m_sqlite->setChecked(true);
        m_path->setText(current);
    }
}

void StoreDialog::connectFields()
{
    connect(m_sqlite, &QRadioButton::toggled, this, &StoreDialog::updateEnabled);
    for (QLineEdit *e : {m_path, m_host, m_database, m_user, m_password, m_sslRootCert, m_otherOptions})
        connect(e, &QLineEdit::textChanged, this, &StoreDialog::updateEnabled);
    connect(m_port, &QSpinBox::valueChanged, this, &StoreDialog::updateEnabled);
    connect(m_sslMode, &QComboBox::currentIndexChanged, this, &StoreDialog::updateEnabled);
    connect(m_otherOptions, &QLineEdit::editingFinished, this, &StoreDialog::spreadOtherOptions);
    connect(m_browse, &QPushButton::clicked, this, &StoreDialog::browse);
    connect(m_browseCa, &QPushButton::clicked, this, &StoreDialog::browseCa);
    connect(m_test, &QPushButton::clicked, this, &StoreDialog::testConnection);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(&m_watcher, &QFutureWatcher<QStringList>::finished, this, &StoreDialog::showTestResult);
}

void StoreDialog::showTestResult()
{
    const QStringList r = m_watcher.result();
    m_testing = false;
    m_succeeded = r.value(0) == QLatin1String("ok");
    m_report->setText(r.value(1));
    m_report->setStyleSheet(m_succeeded ? QString() : QStringLiteral("color: #b01e1e;"));
    updateEnabled();
    growToFit();
    emit tested();
}

StoreDialog::~StoreDialog()
{
    // A test still connecting (up to libpq's connect_timeout) finishes on its own thread: nothing waits for its answer.
    m_watcher.disconnect(this);
}

void StoreDialog::showServerAddress(const QString &address)
{
    auto parsed = db::ServerAddress::parse(address);
    if (!parsed) { // kept as written, for the user to correct: the report says what libpq could not read
        m_otherOptions->setText(address);
        return;
    }
    const db::ServerAddress &a = parsed.value();
    m_host->setText(a.value(QStringLiteral("host")));
    bool single = false;
    const int port = a.value(QStringLiteral("port")).toInt(&single);
    m_port->setValue(single ? port : 0);
    m_database->setText(a.value(QStringLiteral("dbname")));
    m_user->setText(a.value(QStringLiteral("user")));
    if (a.has(QStringLiteral("password")))
        m_password->setText(a.value(QStringLiteral("password")));
    const int mode = m_sslMode->findData(a.value(QStringLiteral("sslmode")));
    m_sslMode->setCurrentIndex(mode < 0 ? 0 : mode);
    m_sslRootCert->setText(a.value(QStringLiteral("sslrootcert")));
    QList<db::ServerAddress::Option> rest;
    for (const auto &o : a.options())
        if (!fieldKeywords.contains(o.first) || (o.first == QLatin1String("port") && !single)
            || (o.first == QLatin1String("sslmode") && mode < 0))
            rest << o;
    m_otherOptions->setText(db::ServerAddress::keywordValueString(rest));
}

void StoreDialog::spreadOtherOptions()
{
    const QString text = m_otherOptions->text().trimmed();
    if (text.isEmpty() || !db::ServerAddress::parse(text))
        return;
    auto parsed = db::ServerAddress::parse(text);
    bool hasField = parsed.value().isUri();
    for (const auto &o : parsed.value().options())
        hasField = hasField || fieldKeywords.contains(o.first);
    if (!hasField)
        return;
    // A whole address pasted (a URI, or keyword/value with host=, dbname= …): it replaces the fields it names.
    const QString password = m_password->text();
    const QString host = m_host->text(), database = m_database->text(), user = m_user->text(), ca = m_sslRootCert->text();
    const int port = m_port->value(), mode = m_sslMode->currentIndex();
    showServerAddress(text);
    const db::ServerAddress &a = parsed.value();
    auto keep = [&](const char *keyword, auto restore) {
        if (!a.has(QString::fromLatin1(keyword)))
            restore();
    };
    keep("host", [&] { m_host->setText(host); });
    keep("port", [&] { m_port->setValue(port); });
    keep("dbname", [&] { m_database->setText(database); });
    keep("user", [&] { m_user->setText(user); });
    keep("password", [&] { m_password->setText(password); });
    keep("sslmode", [&] { m_sslMode->setCurrentIndex(mode); });
    keep("sslrootcert", [&] { m_sslRootCert->setText(ca); });
}

QString StoreDialog::address() const
{
    if (m_sqlite->isChecked())
        return m_path->text().trimmed().isEmpty() ? QString() : QFileInfo(m_path->text().trimmed()).absoluteFilePath();
    // A postgresql:// URI: what a user reads and libpq takes. A plain host name (or an IPv6 address) goes in the
    // authority; a socket folder or a list of hosts in ?host=. Empty fields are left out: libpq's defaults apply.
    const QString host = m_host->text().trimmed();
    static const QRegularExpression plainHost(QStringLiteral("^[A-Za-z0-9._-]+$"));
    static const QRegularExpression ipv6(QStringLiteral("^[0-9A-Fa-f:.]*:[0-9A-Fa-f:.%]*$"));
    const bool hostInAuthority = plainHost.match(host).hasMatch() || ipv6.match(host).hasMatch();
    QString uri = QStringLiteral("postgresql://");
    QSet<QString> setByFields; // a field's keyword also typed in "Other options": the field wins
    const QString user = m_user->text().trimmed();
    if (!user.isEmpty() || !m_password->text().isEmpty()) {
        uri += encoded(user);
        if (!m_password->text().isEmpty()) {
            uri += u':' + encoded(m_password->text());
            setByFields << QStringLiteral("password");
        }
        uri += u'@';
    }
    if (!user.isEmpty())
        setByFields << QStringLiteral("user");
    QStringList query;
    if (hostInAuthority) {
        uri += host.contains(u':') ? u'[' + host + u']' : host;
        if (m_port->value() > 0)
            uri += u':' + QString::number(m_port->value());
    } else {
        if (!host.isEmpty())
            query << QStringLiteral("host=") + encoded(host, "/,:");
        if (m_port->value() > 0)
            query << QStringLiteral("port=") + QString::number(m_port->value());
    }
    if (!host.isEmpty())
        setByFields << QStringLiteral("host");
    if (m_port->value() > 0)
        setByFields << QStringLiteral("port");
    uri += u'/' + encoded(m_database->text().trimmed());
    if (!m_database->text().trimmed().isEmpty())
        setByFields << QStringLiteral("dbname");
    const QString mode = m_sslMode->currentData().toString();
    if (!mode.isEmpty()) {
        query << QStringLiteral("sslmode=") + mode;
        setByFields << QStringLiteral("sslmode");
    }
    if (!m_sslRootCert->text().trimmed().isEmpty()) {
        query << QStringLiteral("sslrootcert=") + encoded(m_sslRootCert->text().trimmed(), "/");
        setByFields << QStringLiteral("sslrootcert");
    }
    const QString other = m_otherOptions->text().trimmed();
    if (auto parsed = db::ServerAddress::parse(other); parsed && !other.isEmpty())
        for (const auto &[keyword, value] : parsed.value().options())
            if (!setByFields.contains(keyword))
                query << keyword + u'=' + encoded(value, "/,:");
    if (!query.isEmpty())
        uri += u'?' + query.join(u'&');
    return uri;
}

QString StoreDialog::shownAddress() const
{
    const QString a = address();
    if (!db::Store::isServerAddress(a))
        return a;
    auto parsed = db::ServerAddress::parse(a);
    return parsed ? parsed.value().shown() : QString();
}

QString StoreDialog::testReport() const
{
    return m_report->text();
}

bool StoreDialog::isTesting() const
{
    return m_testing;
}

void StoreDialog::usePasswordFromKeyring()
{
    if (!m_server->isChecked() || !m_keyring || !m_remember->isChecked() || !m_password->text().isEmpty())
        return;
    const QString shown = shownAddress();
    if (const QString kept = PasswordKeyring::password(shown); !kept.isEmpty())
        db::Store::setPassword(shown, kept); // given to libpq as its password keyword; the address stays as it is
}

void StoreDialog::accept()
{
    if (m_server->isChecked() && m_keyring) {
        const QString shown = shownAddress();
        db::Result<void> kept;
        if (m_remember->isChecked() && !m_password->text().isEmpty())
            kept = PasswordKeyring::setPassword(shown, m_password->text());
        else if (!m_remember->isChecked())
            kept = PasswordKeyring::removePassword(shown);
        if (!kept) {
            m_report->setStyleSheet(QStringLiteral("color: #b01e1e;"));
            m_report->setText(kept.error().message);
            growToFit();
            return;
        }
        usePasswordFromKeyring();
    }
    QDialog::accept();
}

void StoreDialog::testConnection()
{
    if (m_testing || address().isEmpty() || !m_test->isEnabled())
        return;
    usePasswordFromKeyring();
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

void StoreDialog::browseCa()
{
    const QStringList files = widgets::FileDialog::getOpenFileNames(this, tr("CA certificate"), m_sslRootCert->text(),
                                                                    tr("Certificates (*.crt *.pem *.cer);;All files (*)"));
    if (!files.isEmpty())
        m_sslRootCert->setText(files.constFirst());
}

void StoreDialog::updateEnabled()
{
    const bool file = m_sqlite->isChecked();
    for (QWidget *w : std::initializer_list<QWidget *>{m_path, m_browse, m_pathLabel})
        w->setEnabled(file);
    for (QWidget *w : std::initializer_list<QWidget *>{m_host, m_port, m_database, m_user, m_password, m_hostLabel, m_portLabel,
                                                       m_databaseLabel, m_userLabel, m_passwordLabel, m_passwordNote, m_sslMode,
                                                       m_sslModeLabel, m_sslRootCert, m_sslRootCertLabel, m_browseCa, m_tlsNote,
                                                       m_otherOptions, m_otherOptionsLabel})
        w->setEnabled(!file);
    m_remember->setEnabled(!file && m_keyring);
    // Every field of a server address may be left to libpq's defaults (a service file, PGHOST, PGDATABASE …); only
    // options libpq cannot read stop it.
    m_optionsError.clear();
    const QString other = m_otherOptions->text().trimmed();
    if (!file && !other.isEmpty())
        if (auto parsed = db::ServerAddress::parse(other); !parsed)
            m_optionsError = parsed.error().detail;
    m_otherOptions->setStyleSheet(m_optionsError.isEmpty() ? QString() : QStringLiteral("color: #b01e1e;"));
    m_otherOptions->setToolTip(m_optionsError);
    const bool complete = file ? !m_path->text().trimmed().isEmpty() : m_optionsError.isEmpty();
    m_test->setEnabled(complete && !m_testing);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(complete && !m_testing);
    updateTlsNote();
}

void StoreDialog::updateTlsNote()
{
    if (!m_optionsError.isEmpty()) {
        m_tlsNote->setText(tr("Other options: libpq cannot read them (%1).").arg(m_optionsError));
        return;
    }
    const QString mode = m_sslMode->currentData().toString();
    const QString ca = m_sslRootCert->text().trimmed().isEmpty() ? tr("~/.postgresql/root.crt (libpq's default)")
                                                                 : m_sslRootCert->text().trimmed();
    if (mode == QLatin1String("verify-full"))
        m_tlsNote->setText(tr("Encrypted; the server must show a certificate signed by the CA in %1 that names this host. "
                              "The right choice for a server reached over a network.")
                               .arg(ca));
    else if (mode == QLatin1String("verify-ca"))
        m_tlsNote->setText(tr("Encrypted; the server's certificate must be signed by the CA in %1, but its host name is not "
                              "checked.")
                               .arg(ca));
    else if (mode == QLatin1String("require"))
        m_tlsNote->setText(tr("Encrypted, but the server's certificate is not checked: anyone on the network path could "
                              "pose as the server. Prefer verify-full."));
    else if (mode == QLatin1String("disable"))
        m_tlsNote->setText(tr("Never encrypted: only for a server on this computer or a network you trust."));
    else if (mode.isEmpty())
        m_tlsNote->setText(tr("As PGSSLMODE or a service file says, else libpq's “prefer”: encrypted only if the server "
                              "offers it, and its certificate is not checked."));
    else
        m_tlsNote->setText(tr("Encrypted only if the server offers it, and its certificate is not checked. Prefer "
                              "verify-full."));
    growToFit();
}

void StoreDialog::updatePasswordNote()
{
    if (m_keyring)
        m_passwordNote->setText(tr("Ticked, the password is kept in this desktop's keyring, never in the settings file, and "
                                   "used next time; unticked, it is used until the program closes and forgotten. Or put "
                                   "it in ~/.pgpass."));
    else
        m_passwordNote->setText(tr("No keyring service answers on this desktop (%1), so a password cannot be remembered: "
                                   "one typed here is used until the program closes and never saved. To keep one, put it "
                                   "in ~/.pgpass.")
                                    .arg(m_noKeyring));
}

void StoreDialog::growToFit()
{
    QLayout *l = layout();
    if (!l || !isVisible())
        return;
    l->activate();
    const int needed = l->hasHeightForWidth() ? l->totalHeightForWidth(width()) : l->totalSizeHint().height();
    if (needed > height())
        resize(width(), needed);
}

void StoreDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    growToFit();
}

void StoreDialog::changeEvent(QEvent *event)
{
    // After the button box has had the same event: it puts back the standard "OK" ("确定") over "Use this store".
    if (event->type() == QEvent::LanguageChange)
        QMetaObject::invokeMethod(this, &StoreDialog::retranslateUi, Qt::QueuedConnection);
    QDialog::changeEvent(event);
}

void StoreDialog::retranslateUi()
{
    setWindowTitle(tr("Store"));
    m_sqlite->setText(tr("A file on this computer (SQLite): one analyst"));
    m_server->setText(tr("A team server (PostgreSQL): several analysts, one set of numbers"));
    m_pathLabel->setText(tr("File:"));
    // Each label names its field for a screen reader (issue 29); a form's addRow(label, field) does not.
    for (const auto &[label, field] : std::initializer_list<std::pair<QLabel *, QWidget *>>{
             {m_pathLabel, m_path}, {m_hostLabel, m_host}, {m_portLabel, m_port}, {m_databaseLabel, m_database},
             {m_userLabel, m_user}, {m_passwordLabel, m_password}, {m_sslModeLabel, m_sslMode},
             {m_sslRootCertLabel, m_sslRootCert}, {m_otherOptionsLabel, m_otherOptions}})
        label->setBuddy(field);
    m_browse->setText(tr("Browse…"));
    m_hostLabel->setText(tr("Host:"));
    m_host->setPlaceholderText(tr("a server name, or a socket folder; empty: PGHOST or the local socket"));
    m_portLabel->setText(tr("Port:"));
    m_port->setSpecialValueText(tr("default (PGPORT, else 5432)"));
    m_databaseLabel->setText(tr("Database:"));
    m_database->setPlaceholderText(tr("empty: PGDATABASE, else the user name"));
    m_userLabel->setText(tr("User:"));
    m_user->setPlaceholderText(tr("empty: PGUSER, else your login name"));
    m_passwordLabel->setText(tr("Password:"));
    m_password->setPlaceholderText(m_kept ? tr("empty: the one kept in the keyring") : tr("empty: from ~/.pgpass or PGPASSWORD"));
    m_remember->setText(tr("Remember in the keyring"));
    updatePasswordNote();
    m_sslModeLabel->setText(tr("Encryption (TLS):"));
    const QStringList modes{tr("default (PGSSLMODE, else prefer)"),
                            tr("disable: never encrypted"),
                            tr("allow: encrypted if the server insists"),
                            tr("prefer: encrypted if the server offers it"),
                            tr("require: encrypted, certificate not checked"),
                            tr("verify-ca: encrypted, certificate signed by the CA"),
                            tr("verify-full: encrypted, CA and host name checked")};
    for (int i = 0; i < modes.size() && i < m_sslMode->count(); ++i)
        m_sslMode->setItemText(i, modes.at(i));
    m_sslRootCertLabel->setText(tr("CA certificate:"));
    m_sslRootCert->setPlaceholderText(tr("the CA file your administrator gave you (sslrootcert)"));
    m_browseCa->setText(tr("Browse…"));
    m_otherOptionsLabel->setText(tr("Other options:"));
    m_otherOptions->setPlaceholderText(tr("libpq options, e.g. service=team application_name=…; or paste a whole address"));
    m_test->setText(tr("Test connection"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Use this store"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    updateTlsNote();
}

} // namespace zhisuan::app
