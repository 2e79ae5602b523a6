#include "passwordkeyring.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QTimer>

#include <qt6keychain/keychain.h>

namespace zhisuan::app {

namespace {

const QString kService = QStringLiteral("ZhiSuan Board");
// A keyring that is there answers in milliseconds; one D-Bus starts on demand may take a second or two.
constexpr int kTimeoutMs = 5000;

// Runs `job` (deleted once it finishes, even after a time-out) and waits for it; {error, its text}.
std::pair<QKeychain::Error, QString> runJob(QKeychain::Job *job, QString *data = nullptr)
{
    job->setAutoDelete(true);
    QEventLoop loop;
    QKeychain::Error error = QKeychain::OtherError;
    QString text = QCoreApplication::translate("PasswordKeyring", "the keyring did not answer within %n second(s)", nullptr, kTimeoutMs / 1000);
    QObject::connect(job, &QKeychain::Job::finished, &loop, [&](QKeychain::Job *done) {
        error = done->error();
        text = done->errorString();
        if (data && error == QKeychain::NoError)
            if (auto *read = qobject_cast<QKeychain::ReadPasswordJob *>(done))
                *data = read->textData();
        loop.quit();
    });
    QTimer::singleShot(kTimeoutMs, &loop, &QEventLoop::quit);
    job->start();
    loop.exec(QEventLoop::ExcludeUserInputEvents);
    return {error, text};
}

db::Error keyringError(const QString &doing, const QString &reason)
{
    return db::Error{QStringLiteral("keyring"), doing.arg(reason), reason};
}

} // namespace

db::Result<void> PasswordKeyring::availability()
{
    // A read of a key nobody writes: "not found" means a keyring answered.
    auto *job = new QKeychain::ReadPasswordJob(kService);
    job->setKey(QStringLiteral("zhisuan-keyring-probe"));
    const auto [error, text] = runJob(job);
    if (error == QKeychain::NoError || error == QKeychain::EntryNotFound)
        return {};
    return db::Error{QStringLiteral("keyring"), text, text};
}

QString PasswordKeyring::password(const QString &address)
{
    if (address.isEmpty())
        return {};
    auto *job = new QKeychain::ReadPasswordJob(kService);
    job->setKey(address);
    QString password;
    runJob(job, &password);
    return password;
}

db::Result<void> PasswordKeyring::setPassword(const QString &address, const QString &password)
{
    auto *job = new QKeychain::WritePasswordJob(kService);
    job->setKey(address);
    job->setTextData(password);
    if (const auto [error, text] = runJob(job); error != QKeychain::NoError)
        return keyringError(QCoreApplication::translate("PasswordKeyring", "The password could not be kept in the keyring: %1. It is "
                                                                           "used until the program closes; to keep one, put it in ~/.pgpass."),
                            text);
    return {};
}

db::Result<void> PasswordKeyring::removePassword(const QString &address)
{
    auto *job = new QKeychain::DeletePasswordJob(kService);
    job->setKey(address);
    if (const auto [error, text] = runJob(job); error != QKeychain::NoError && error != QKeychain::EntryNotFound)
        return keyringError(QCoreApplication::translate("PasswordKeyring", "The password kept in the keyring could not be removed: %1."), text);
    return {};
}

} // namespace zhisuan::app
