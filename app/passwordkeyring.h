#pragma once

#include "result.h"

#include <QString>

namespace zhisuan::app {

// A team store's password in the desktop keyring (the Secret Service of GNOME Keyring or KeePassXC, KWallet, the
// macOS Keychain, Windows' Credential Manager) through QtKeychain, under the service "ZhiSuan Board" and the store's
// address without its password. Never in the settings file: when no keyring service answers (a headless session, CI,
// a desktop without one) every call says so and nothing is kept; ~/.pgpass and PGPASSWORD still work, as libpq reads
// them itself. Each call waits for the keyring at most a few seconds (a keyring that asks the user to unlock it may
// take longer: it then counts as unavailable for that call).
class PasswordKeyring
{
public:
    // Whether a keyring service answers: an error saying why when none does.
    static db::Result<void> availability();
    // The password kept for `address` (as shown, without a password); empty when none is kept or there is no keyring.
    static QString password(const QString &address);
    static db::Result<void> setPassword(const QString &address, const QString &password);
    // Forgets the password kept for `address`; none kept is not an error.
    static db::Result<void> removePassword(const QString &address);
};

} // namespace zhisuan::app
