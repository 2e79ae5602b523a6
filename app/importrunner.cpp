#include "importrunner.h"

#include "store.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QThread>
#include <QProgressDialog>
#include <QPromise>
#include <QtConcurrent>

namespace zhisuan::app {

namespace {

constexpr qint64 kMaxWaitMs = 5 * 60 * 1000;

void importFiles(QPromise<QList<db::ImportReport>> &promise, const QString &storePath,
                 const QList<std::pair<QString, db::ImportOptions>> &imports)
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
        const auto &[file, options] = imports[i];
        const QString name = QFileInfo(file).fileName();
        promise.setProgressValueAndText(1000 * i, ImportRunner::tr("Importing %1…").arg(name));
        auto progress = [&](qint64 done, qint64 total) {
            promise.setProgressValue(1000 * i + int(total > 0 ? 1000 * done / total : 0));
            return !promise.isCanceled();
        };
        auto report = db::ImportJob::run(*store.value(), file, options, progress);
        // Another program is writing to the store: nothing was written; wait for it (Cancel stops waiting).
        QElapsedTimer waited;
        waited.start();
        while (report.busy && !promise.isCanceled() && waited.elapsed() < kMaxWaitMs) {
            promise.setProgressValueAndText(1000 * i, ImportRunner::tr("%1\nWaiting for it to finish (%2 s)… %3 is imported then.")
                                                          .arg(report.errors.value(0).message)
                                                          .arg(waited.elapsed() / 1000)
                                                          .arg(name));
            QThread::msleep(500);
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
        m_watcher.setFuture(QtConcurrent::run(importFiles, m_storePath, imports));
        return;
    }
    m_progress = new QProgressDialog(tr("Importing…"), tr("Cancel"), 0, 1000 * int(imports.size()), m_dialogParent);
    m_progress->setWindowTitle(tr("Import"));
    m_progress->setWindowModality(Qt::WindowModal);
    m_progress->setMinimumDuration(300);
    m_progress->setAutoClose(false);
    m_progress->setAutoReset(false);
    connect(m_progress, &QProgressDialog::canceled, &m_watcher, &QFutureWatcher<QList<db::ImportReport>>::cancel);
    connect(&m_watcher, &QFutureWatcher<QList<db::ImportReport>>::progressValueChanged, m_progress,
            &QProgressDialog::setValue);
    connect(&m_watcher, &QFutureWatcher<QList<db::ImportReport>>::progressTextChanged, m_progress,
            [this](const QString &text) { m_progress->setLabelText(text); });
    m_watcher.setFuture(QtConcurrent::run(importFiles, m_storePath, imports));
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
