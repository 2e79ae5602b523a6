#include "importrunner.h"

#include "store.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QLabel>
#include <QThread>
#include <QProgressDialog>
#include <QPromise>
#include <QtConcurrent>

namespace zhisuan::app {

namespace {

constexpr qint64 kMaxWaitMs = 5 * 60 * 1000;

// `say` shows a line in the progress dialog. (QPromise::setProgressValueAndText drops a text whose value is not
// higher than the last one, so the waiting count, reported at one value, never reached the dialog.)
void importFiles(QPromise<QList<db::ImportReport>> &promise, const QString &storePath,
                 const QList<std::pair<QString, db::ImportOptions>> &imports, const std::function<void(const QString &)> &say)
{
    QList<db::ImportReport> reports;
    auto store = db::Store::open(storePath, db::Store::OpenMode::ExistingOnly);
    if (!store) {
        db::ImportReport r;
        r.file = storePath;
        r.errors.append(db::ImportIssue{storePath, 0, 0, {}, store.error().message});
        reports.append(r);
        promise.addResult(reports);
        return;
    }
    promise.setProgressRange(0, 1000 * int(imports.size()));
    for (int i = 0; i < imports.size(); ++i) {
        if (promise.isCanceled())
            break;
        const QString &file = imports[i].first;
        db::ImportOptions options = imports[i].second; // a retry tells the next attempt how long it has waited
        const QString name = QFileInfo(file).fileName();
        promise.setProgressValue(1000 * i);
        say(ImportRunner::tr("Importing %1…").arg(name));
        auto progress = [&](qint64 done, qint64 total) {
            promise.setProgressValue(1000 * i + int(total > 0 ? 1000 * done / total : 0));
            return !promise.isCanceled();
        };
        auto report = db::ImportJob::run(*store.value(), file, options, progress);
        // Another program is writing to the store: nothing was written; wait for it (Cancel stops waiting).
        QElapsedTimer waited;
        waited.start();
        while (report.busy && !promise.isCanceled() && waited.elapsed() < kMaxWaitMs) {
            // A team store names the analyst holding its write lock; a file names the processes writing to it.
            QString holder = report.busyHolder.isEmpty() ? db::Store::lockHolders(storePath, true) : report.busyHolder;
            if (holder.isEmpty())
                holder = ImportRunner::tr("another program");
            say(ImportRunner::tr("The store is busy: %1 is writing to it.\nWaiting for it to finish (%2 s)… then %3 is imported. "
                                 "Nothing has been written yet; Cancel stops waiting.")
                    .arg(holder)
                    .arg(waited.elapsed() / 1000)
                    .arg(name));
            QThread::msleep(500);
            // The attempt that gets through notes the whole wait, this pause and the earlier attempts' included.
            options.waitedMs = report.waitedMs + 500;
            options.waitedFor = report.busyHolder;
            report = db::ImportJob::run(*store.value(), file, options, progress);
        }
        if (report.busy && promise.isCanceled())
            report.cancelled = true;
        reports.append(report);
    }
    promise.addResult(reports);
}

} // namespace

ImportRunner::ImportRunner(QString storePath, QWidget *dialogParent)
    : QObject(dialogParent), m_storePath(std::move(storePath)), m_dialogParent(dialogParent)
{
    connect(&m_watcher, &QFutureWatcher<QList<db::ImportReport>>::finished, this, &ImportRunner::onFinished);
}

ImportRunner::~ImportRunner()
{
    m_watcher.cancel();
    m_watcher.waitForFinished();
}

void ImportRunner::start(const QStringList &files, const db::ImportOptions &options)
{
    QList<std::pair<QString, db::ImportOptions>> imports;
    for (const QString &f : files)
        imports.append({f, options});
    start(imports);
}

void ImportRunner::start(const QList<std::pair<QString, db::ImportOptions>> &imports)
{
    if (isRunning() || imports.isEmpty())
        return;
    if (!m_dialogParent) { // in the background (the inbox): no dialog
        m_watcher.setFuture(QtConcurrent::run(importFiles, m_storePath, imports, [](const QString &) {}));
        return;
    }
    m_progress = new QProgressDialog(tr("Importing…"), tr("Cancel"), 0, 1000 * int(imports.size()), m_dialogParent);
    m_progress->setWindowTitle(tr("Import"));
    auto *label = new QLabel(m_progress);
    label->setWordWrap(true); // the waiting message names a command line, which can be long
    label->setMinimumWidth(480);
    m_progress->setLabel(label);
    m_progress->setLabelText(tr("Importing…"));
    m_progress->setWindowModality(Qt::WindowModal);
    m_progress->setMinimumDuration(300);
    m_progress->setAutoClose(false);
    m_progress->setAutoReset(false);
    connect(m_progress, &QProgressDialog::canceled, &m_watcher, &QFutureWatcher<QList<db::ImportReport>>::cancel);
    connect(&m_watcher, &QFutureWatcher<QList<db::ImportReport>>::progressValueChanged, m_progress,
            &QProgressDialog::setValue);
    // Posted to this object's thread; the destructor waits for the worker, so `this` outlives every call.
    auto say = [this](const QString &text) {
        QMetaObject::invokeMethod(this, [this, text] {
            if (m_progress)
                m_progress->setLabelText(text);
        }, Qt::QueuedConnection);
    };
    m_watcher.setFuture(QtConcurrent::run(importFiles, m_storePath, imports, say));
}

void ImportRunner::onFinished()
{
    const bool cancelled = m_watcher.isCanceled();
    QList<db::ImportReport> reports;
    if (m_watcher.future().resultCount() > 0)
        reports = m_watcher.future().result();
    if (m_progress)
        m_progress->deleteLater();
    emit finished(reports, cancelled);
}

} // namespace zhisuan::app
