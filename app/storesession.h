#pragma once

#include "result.h"

#include <QObject>
#include <QPointer>

#include <memory>

namespace zhisuan::db {
class Store;
}

namespace zhisuan::app {

class LanguageManager;
class MainWindow;

// The window and the store it reads, together: Settings ▸ Store switches both. The new store is opened first; if
// it cannot be, the window stays on the old one and says why. The new window opens on the page the old one showed,
// with the same size (the old one saves its geometry as it closes). The chosen store is remembered without its
// password: the window opens on it next time unless --db or ZHISUAN_DB name another, with the password the desktop
// keyring keeps for it, if any (PasswordKeyring).
class StoreSession : public QObject
{
    Q_OBJECT
public:
    explicit StoreSession(LanguageManager *languages, QObject *parent = nullptr);
    ~StoreSession() override;

    // Opens `address` (a file path, created with the starter dataset when new, or a postgresql:// URL) and a window
    // on it, in place of the current ones. On an error nothing changes.
    db::Result<void> open(const QString &address);
    MainWindow *window() const { return m_window.get(); }
    db::Store *store() const { return m_store.get(); }

    // The store Settings ▸ Store chose last ("" = none): the window's default after --db and ZHISUAN_DB.
    static QString savedAddress();

public slots:
    // Settings ▸ Store's choice: opens it, remembers it, or tells the user why not and keeps the current store.
    void switchTo(const QString &address);

signals:
    void switched(const QString &shownAddress);

private:
    LanguageManager *m_languages;
    std::unique_ptr<db::Store> m_store;
    std::unique_ptr<MainWindow> m_window;
};

} // namespace zhisuan::app
