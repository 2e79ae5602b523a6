#include "inboxwatcher.h"

#include "importrunner.h"
#include "settings.h"

#include <QDir>
#include <QFileInfo>
#include <QSet>

#include <utility>

namespace zhisuan::app {

InboxWatcher::InboxWatcher(const QString &storePath, QObject *parent)
    : QObject(parent), m_runner(new ImportRunner(storePath, nullptr))
{
    m_runner->setParent(this);
    m_poll.setInterval(1000);
    // The watcher only says "something changed" (inotify: it never opens the files); the poll also notices a
    // file that stopped growing, which no notification announces.
    connect(&m_watcher, &QFileSystemWatcher::directoryChanged, this, &InboxWatcher::scan);
    connect(&m_poll, &QTimer::timeout, this, &InboxWatcher::scan);
    connect(m_runner, &ImportRunner::finished, this, &InboxWatcher::onImported);
}

InboxWatcher::~InboxWatcher() = default;

void InboxWatcher::setFolder(const QString &folder)
{
    if (!m_watcher.directories().isEmpty())
        m_watcher.removePaths(m_watcher.directories());
    m_seen.clear();
    m_folder = folder.isEmpty() ? QString() : QFileInfo(folder).absoluteFilePath();
    if (m_folder.isEmpty()) {
        m_poll.stop();
        return;
    }
    m_watcher.addPath(m_folder);
    m_poll.start();
    scan();
}

bool InboxWatcher::isCandidate(const QString &fileName)
{
    const QString lower = fileName.toLower();
    // Hidden files, Office lock files and downloads in progress are not exports yet.
    if (lower.startsWith(QLatin1Char('.')) || lower.startsWith(QLatin1String("~$")))
        return false;
    return lower.endsWith(QLatin1String(".csv")) || lower.endsWith(QLatin1String(".txt")) || lower.endsWith(QLatin1String(".tsv"))
        || lower.endsWith(QLatin1String(".xlsx")) || lower.endsWith(QLatin1String(".xls"));
}

QString InboxWatcher::key(const Version &v)
{
    return QStringLiteral("%1:%2").arg(v.size).arg(v.modifiedMs);
}

void InboxWatcher::scan()
{
    if (m_folder.isEmpty())
        return;
    const QVariantMap done = settings::inboxImported.get();
    QStringList ready;
    QHash<QString, Version> readyVersions;
    const QFileInfoList files = QDir(m_folder).entryInfoList(QDir::Files | QDir::NoDotAndDotDot, QDir::Time | QDir::Reversed);
    QSet<QString> present;
    for (const QFileInfo &info : files) {
        if (!isCandidate(info.fileName()))
            continue;
        const QString path = info.absoluteFilePath();
        present.insert(path);
        const Version now{info.size(), info.lastModified().toMSecsSinceEpoch()};
        if (done.value(path).toString() == key(now) || m_inFlight.contains(path))
            continue; // this version was imported (or rejected) already, or is being imported
        auto it = m_seen.find(path);
        if (it == m_seen.end() || !(it->version == now)) {
            Seen seen{now, {}};
            seen.unchangedFor.start();
            if (it == m_seen.end())
                emit fileSeen(path);
            m_seen.insert(path, seen);
            continue;
        }
        if (now.size > 0 && it->unchangedFor.elapsed() >= m_stableForMs) {
            ready << path;
            readyVersions.insert(path, now);
        }
    }
    for (auto it = m_seen.begin(); it != m_seen.end();)
        it = present.contains(it.key()) ? std::next(it) : m_seen.erase(it);
    if (ready.isEmpty() || m_runner->isRunning())
        return;
    for (const QString &path : std::as_const(ready)) {
        m_inFlight.insert(path, readyVersions.value(path));
        m_seen.remove(path);
    }
    m_runner->start(ready);
}

void InboxWatcher::onImported(const QList<db::ImportReport> &reports, bool cancelled)
{
    const QHash<QString, Version> inFlight = std::exchange(m_inFlight, {});
    if (cancelled)
        return; // seen again on the next scan
    // Busy stores are tried again; every other outcome (imported, rejected) is final for this version.
    QVariantMap done = settings::inboxImported.get();
    QStringList reported;
    for (const db::ImportReport &r : reports) {
        for (auto it = inFlight.begin(); it != inFlight.end(); ++it) {
            if (QFileInfo(it.key()).fileName() != r.file)
                continue;
            if (!r.busy)
                done.insert(it.key(), key(it.value()));
            reported << it.key();
        }
    }
    settings::inboxImported.set(done);
    emit imported(reports, reported);
    QTimer::singleShot(0, this, &InboxWatcher::scan); // files that settled meanwhile
}

} // namespace zhisuan::app
