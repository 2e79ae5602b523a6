#include "filedialog.h"

#include <QStandardPaths>
#include <QDir>
#include <QCoreApplication>

#include <QFileIconProvider>
#include <QFileInfo>
#include <QMimeDatabase>
#include <QPointer>

namespace zhisuan::widgets {

namespace {

// QFileIconProvider asks QMimeDatabase::mimeTypeForFile(info) with MatchDefault, which reads the file when
// its name alone is not conclusive (store.sqlite-wal, store.sqlite-shm). This one never opens a file.
class NameOnlyIconProvider : public QFileIconProvider
{
public:
    NameOnlyIconProvider() { setOptions(DontUseCustomDirectoryIcons); }

    QIcon icon(IconType type) const override { return QFileIconProvider::icon(type); }
    QIcon icon(const QFileInfo &info) const override
    {
        if (info.isDir())
            return QFileIconProvider::icon(Folder);
        const QMimeType mime = m_mime.mimeTypeForFile(info.fileName(), QMimeDatabase::MatchExtension);
        const QIcon themed = QIcon::fromTheme(mime.iconName(), QIcon::fromTheme(mime.genericIconName()));
        return themed.isNull() ? QFileIconProvider::icon(File) : themed;
    }
    QString type(const QFileInfo &info) const override
    {
        if (info.isDir())
            // Decided without opening anything. Not QFileIconProvider::type(): its "Folder" is looked up under
            // QAbstractFileIconProvider, which Qt's own qtbase_zh_CN.qm does not translate (a Chinese dialog said "Folder").
            return QCoreApplication::translate("FileDialog", "Folder");
        return m_mime.mimeTypeForFile(info.fileName(), QMimeDatabase::MatchExtension).comment();
    }

private:
    QMimeDatabase m_mime;
};

// The files chosen, or none when cancelled (or when the parent went away meanwhile).
QStringList run(QFileDialog *dialog)
{
    QPointer<QFileDialog> guard(dialog);
    const bool accepted = dialog->exec() == QDialog::Accepted;
    if (!guard)
        return {};
    const QStringList files = accepted ? dialog->selectedFiles() : QStringList();
    delete dialog;
    return files;
}

} // namespace

QFileDialog *FileDialog::create(QWidget *parent, const QString &caption, const QString &dir, const QString &filter)
{
    auto *dialog = new QFileDialog(parent, caption, dir, filter);
    dialog->setOption(QFileDialog::DontUseNativeDialog);
    auto *icons = new NameOnlyIconProvider;
    dialog->setIconProvider(icons);
    QObject::connect(dialog, &QObject::destroyed, [icons] { delete icons; });
    return dialog;
}

QStringList FileDialog::getOpenFileNames(QWidget *parent, const QString &caption, const QString &dir,
                                         const QString &filter)
{
    QFileDialog *dialog = create(parent, caption, dir, filter);
    dialog->setFileMode(QFileDialog::ExistingFiles);
    dialog->setAcceptMode(QFileDialog::AcceptOpen);
    return run(dialog);
}

QString FileDialog::getSaveFileName(QWidget *parent, const QString &caption, const QString &dir, const QString &filter)
{
    QFileDialog *dialog = create(parent, caption, dir, filter);
    dialog->setFileMode(QFileDialog::AnyFile);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    return run(dialog).value(0);
}

QString FileDialog::getExistingDirectory(QWidget *parent, const QString &caption, const QString &dir)
{
    QFileDialog *dialog = create(parent, caption, dir, QString());
    dialog->setFileMode(QFileDialog::Directory);
    dialog->setOption(QFileDialog::ShowDirsOnly);
    return run(dialog).value(0);
}

QString FileDialog::folderOrDocuments(const QString &folder)
{
    if (!folder.isEmpty())
        return folder;
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return documents.isEmpty() ? QDir::homePath() : documents;
}

} // namespace zhisuan::widgets
