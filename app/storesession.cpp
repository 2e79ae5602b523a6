#include "storesession.h"

#include "importrunner.h"
#include "mainwindow.h"
#include "marketdashboard.h"
#include "passwordkeyring.h"
#include "serveraddress.h"
#include "settings.h"
#include "starterdataset.h"
#include "store.h"

#include <QGuiApplication>
#include <QMessageBox>

namespace zhisuan::app {

namespace {
inline const SettingsOption<QString> storeAddress{"store/address", QString()};
}

StoreSession::StoreSession(LanguageManager *languages, QObject *parent) : QObject(parent), m_languages(languages) {}

StoreSession::~StoreSession()
{
    m_window.reset(); // the window reads the store: it goes first
}

QString StoreSession::savedAddress()
{
    return storeAddress.get();
}

db::Result<void> StoreSession::open(const QString &address)
{
    // A team store's address without a password: the one the desktop keyring keeps for it (Settings ▸ Store,
    // "Remember in the keyring") goes to libpq as its password keyword, the address as written; with none kept libpq
    // reads ~/.pgpass and PGPASSWORD itself.
    if (db::Store::isServerAddress(address))
        if (auto parsed = db::ServerAddress::parse(address); parsed && !parsed.value().has(QStringLiteral("password")))
            if (const QString kept = PasswordKeyring::password(parsed.value().shown()); !kept.isEmpty())
                db::Store::setPassword(address, kept);
    auto opened = db::Store::open(address, db::Store::OpenMode::CreateIfMissing);
    if (!opened)
        return opened.error();
    std::unique_ptr<db::Store> store = std::move(opened).value();
    if (store->isNew())
        db::StarterDataset::load(*store); // a new store gets the starter dataset, so the dashboards are not empty
    QString page;
    if (m_window) {
        page = m_window->currentPage();
        // Closing saves its geometry, splitters and page for the new window; it must not end the program.
        const bool quits = QGuiApplication::quitOnLastWindowClosed();
        QGuiApplication::setQuitOnLastWindowClosed(false);
        m_window->close();
        QGuiApplication::setQuitOnLastWindowClosed(quits);
    }
    auto window = std::make_unique<MainWindow>(store.get(), m_languages);
    if (auto *market = window->findChild<MarketDashboard *>())
        market->setLoadsInBackground(true); // the window never waits for the store on a week change
    // Queued: the switch deletes the window whose menu asked for it.
    connect(window.get(), &MainWindow::storeSwitchRequested, this, &StoreSession::switchTo, Qt::QueuedConnection);
    if (!page.isEmpty())
        window->showPage(page);
    window->show();
    m_window = std::move(window); // the old window goes before its store
    m_store = std::move(store);
    emit switched(m_store->path());
    return {};
}

void StoreSession::switchTo(const QString &address)
{
    // Replacing the window would cancel an import it runs: the user finishes or cancels it first.
    if (m_window && m_window->importRunner() && m_window->importRunner()->isRunning()) {
        QMessageBox::information(m_window.get(), QCoreApplication::translate("StoreSession", "Store"),
                                 QCoreApplication::translate("StoreSession", "An import is running into %1. Let it finish, or "
                                                                             "cancel it, then choose the other store again.")
                                     .arg(m_store->path()));
        return;
    }
    if (auto r = open(address); !r) {
        QMessageBox::warning(m_window.get(), QCoreApplication::translate("StoreSession", "Store"),
                             QCoreApplication::translate("StoreSession", "The window stays on %1.\n\n%2")
                                 .arg(m_store ? m_store->path() : QString(), r.error().message));
        return;
    }
    // Remembered without a password (Store::path() never carries one; a password the user asked to remember is in the
    // desktop keyring).
    storeAddress.set(m_store->path());
}

} // namespace zhisuan::app
