#pragma once

#include "importjob.h"

#include <QFutureWatcher>
#include <QObject>
#include <QPointer>
#include <QStringList>

class QProgressDialog;
class QWidget;

namespace zhisuan::app {

// Runs imports off the UI thread with a progress dialog and Cancel (none when dialogParent is null: the
// inbox imports in the background). The worker opens its own connection to the store; a cancelled file
// commits nothing.
class ImportRunner : public QObject
{
    Q_OBJECT
public:
    ImportRunner(QString storePath, QWidget *dialogParent);
    ~ImportRunner() override;

    bool isRunning() const { return m_watcher.isRunning(); }
    void start(const QStringList &files, const db::ImportOptions &options = {});
    // Each file with its own options (as set in the import wizard).
    void start(const QList<std::pair<QString, db::ImportOptions>> &imports);

signals:
    void finished(const QList<db::ImportReport> &reports, bool cancelled);

private:
    void onFinished();

    QString m_storePath;
    QWidget *m_dialogParent;
    QPointer<QProgressDialog> m_progress;
    QFutureWatcher<QList<db::ImportReport>> m_watcher;
};

} // namespace zhisuan::app
