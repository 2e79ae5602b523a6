#pragma once

#include <QFileDialog>
#include <QString>
#include <QStringList>

namespace zhisuan::widgets {

// Every file dialog of the app goes through here. Qt's and GTK's stock dialogs tell file types apart by
// opening each file in the folder they list and reading its first bytes. When that folder holds the store,
// the dialog opens and closes the store's -wal and -shm files in our process, and closing any descriptor of a
// file drops every POSIX lock the process holds on it: SQLite's locks vanish, and the next `zhisuan` run in a
// terminal checkpoints and deletes the WAL under the open window (SQLite's "How To Corrupt", §2.2). These
// dialogs are Qt's own, with an icon provider that judges a file by its name only and never opens it.
class FileDialog
{
public:
    static QStringList getOpenFileNames(QWidget *parent, const QString &caption, const QString &dir,
                                        const QString &filter);
    static QString getSaveFileName(QWidget *parent, const QString &caption, const QString &dir,
                                   const QString &filter);
    static QString getExistingDirectory(QWidget *parent, const QString &caption, const QString &dir);

    // `folder`, or when it is empty (nothing kept yet) the user's Documents folder, else their home folder.
    static QString folderOrDocuments(const QString &folder);

    // The dialog the functions above run, for callers that need it non-modal (and for tests).
    static QFileDialog *create(QWidget *parent, const QString &caption, const QString &dir, const QString &filter);
};

} // namespace zhisuan::widgets
