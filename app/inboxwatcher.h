#pragma once

#include "importjob.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QFileSystemWatcher>
#include <QHash>
#include <QObject>
#include <QTimer>

namespace zhisuan::app {

class ImportRunner;

// Imports the CSV files that arrive in (or change in) a folder, such as the one the Wind or iFinD terminal
// exports into. A file is taken once its size and modification time have stayed the same for setStableFor()'s time
// (a file still being written is never imported half), in the background through the same ImportRunner as
// File ▸ Import (each file whole or not at all), and each version of a file (path, size, time) once: a restart
// does not import it again, a changed file is imported again.
class InboxWatcher : public QObject
{
    Q_OBJECT
public:
    explicit InboxWatcher(const QString &storePath, QObject *parent = nullptr);
    ~InboxWatcher() override;

    // "" turns the inbox off.
    void setFolder(const QString &folder);
    QString folder() const { return m_folder; }
    void setStableFor(int ms) { m_stableForMs = ms; }
    void setPollInterval(int ms) { m_poll.setInterval(ms); }

    static bool isCandidate(const QString &fileName);

signals:
    // A file appeared or changed and is watched until it stops changing.
    void fileSeen(const QString &file);
    // What the background import of the files that had settled did.
    void imported(const QList<db::ImportReport> &reports, const QStringList &paths);

public slots:
    void scan();

private:
    struct Version
    {
        qint64 size = -1;
        qint64 modifiedMs = 0;
        bool operator==(const Version &o) const { return size == o.size && modifiedMs == o.modifiedMs; }
    };
    struct Seen
    {
        Version version;
        QElapsedTimer unchangedFor;
    };
    static QString key(const Version &v);
    void onImported(const QList<db::ImportReport> &reports, bool cancelled);

    QString m_folder;
    int m_stableForMs = 2000;
    QFileSystemWatcher m_watcher;
    QTimer m_poll;
    QHash<QString, Seen> m_seen;
    QHash<QString, Version> m_inFlight; // path -> the version being imported
    ImportRunner *m_runner;
};

} // namespace zhisuan::app
