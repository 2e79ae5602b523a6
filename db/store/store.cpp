#include "store.h"

#include "serveraddress.h"
#include "storeengine.h"
#include "writetransaction.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QSet>
#include <QRegularExpression>
#include <QThread>

#include <sqlite3.h>

#include <algorithm>
#include <sys/mman.h>
#include <sys/stat.h>

namespace zhisuan::db {

namespace {

QString nextConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("zhisuan-%1-%2")
        .arg(quintptr(QThread::currentThreadId()))
        .arg(counter.fetchAndAddRelaxed(1));
}

} // namespace

Error sqlError(const QString &what, const QSqlError &error)
{
    // SQLite's own words ("no such table: weekly_return"), without the driver's "Unable to execute statement".
    const QString said = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    // A table or column the schema should have is gone: the store was damaged or changed behind our back. Say so
    // in a user's terms and name the commands that find and repair it.
    static const QRegularExpression missing(QStringLiteral("^no such (table|column): (\\S+)"));
    if (const auto m = missing.match(said); m.hasMatch()) {
        const QString message = m.captured(1) == QLatin1String("table")
            ? QCoreApplication::translate("Store", "the store has no table “%1”: it is damaged or was changed by another program. "
                                                   "Run “zhisuan check” to see what is wrong; “zhisuan init” repairs it.")
            : QCoreApplication::translate("Store", "the store has no column “%1”: it is damaged or was changed by another program. "
                                                   "Run “zhisuan check” to see what is wrong.");
        return Error{QStringLiteral("damaged"), what + QStringLiteral(": ") + message.arg(m.captured(2)), error.text()};
    }
    return Error{QStringLiteral("sql"), what + QStringLiteral(": ") + said, error.text()};
}

bool Store::reservePageCache(int pages)
{
    static bool done = false;
    static bool taken = false;
    if (done)
        return taken;
    done = true;
    // Slots for 4 KiB pages (SQLite's default, and every store's) with SQLite's header for each.
    int header = 0;
    if (sqlite3_config(SQLITE_CONFIG_PCACHE_HDRSZ, &header) != SQLITE_OK || header <= 0)
        return false;
    const size_t slot = size_t(4096 + header + 7) & ~size_t(7);
    const size_t count = size_t(std::max(pages, 1));
    const size_t huge = size_t(2) << 20;
    const size_t bytes = (slot * count + huge - 1) / huge * huge;
    // Over-reserve by one huge page so that the region can start on a 2 MiB boundary (huge pages need it).
    void *raw = mmap(nullptr, bytes + huge, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
    if (raw == MAP_FAILED)
        return false;
    char *base = reinterpret_cast<char *>((reinterpret_cast<quintptr>(raw) + huge - 1) & ~quintptr(huge - 1));
#ifdef MADV_HUGEPAGE
    madvise(base, bytes, MADV_HUGEPAGE); // advice only: without transparent huge pages, 4 KiB pages as before
#endif
    if (sqlite3_config(SQLITE_CONFIG_PAGECACHE, base, int(slot), int(count)) != SQLITE_OK) {
        munmap(raw, bytes + huge);
        return false;
    }
    taken = true; // kept for the life of the process, as SQLite requires
    return true;
}

Store::Store(QString connectionName) : m_connectionName(std::move(connectionName)) { }

Store::~Store()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QString Store::defaultPath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(dir).filePath(QStringLiteral("zhisuan.sqlite"));
}

bool Store::isServerAddress(const QString &path)
{
    return ServerAddress::looksLikeServer(path);
}

QString Store::resolvePath(const QString &commandLinePath)
{
    if (!commandLinePath.isEmpty())
        return isServerAddress(commandLinePath) ? commandLinePath : QFileInfo(commandLinePath).absoluteFilePath();
    const QString env = qEnvironmentVariable("ZHISUAN_DB");
    if (!env.isEmpty())
        return isServerAddress(env) ? env : QFileInfo(env).absoluteFilePath();
    return defaultPath();
}

Result<std::unique_ptr<Store>> Store::open(const QString &path, OpenMode mode)
{
    std::unique_ptr<Store> store(new Store(nextConnectionName()));
    store->m_storeEngine = StoreEngine::forAddress(path, *store);
    auto opened = store->m_storeEngine->open(path, mode);
    if (!opened)
        return opened.error();
    store->m_path = opened.value().path;
    store->m_created = opened.value().created;
    store->m_readOnly = opened.value().readOnly;
    return store;
}

void Store::setPassword(const QString &address, const QString &password)
{
    ServerAddress::rememberPassword(address, password);
}

Store::Engine Store::engine() const { return m_storeEngine->kind(); }
int Store::schemaVersion() const { return m_storeEngine->schemaVersion(); }
Result<qint64> Store::dataVersion() const { return m_storeEngine->dataVersion(); }
void Store::leaveCheckpointToNextWriter(int boundPages) { m_storeEngine->leaveCheckpointToNextWriter(boundPages); }
Result<bool> Store::reconnectIfLost() { return m_storeEngine->reconnectIfLost(); }
QSqlDriver *Store::subscribeToChanges() { return m_storeEngine->subscribeToChanges(); }
Error Store::writeError(const QString &what, const QSqlError &error) const { return m_storeEngine->writeError(what, error); }
Result<RowSet> Store::select(const QString &what, const QString &sql, const QVariantList &binds) const
{
    return m_storeEngine->select(what, sql, binds);
}
bool Store::takesStarterByCopy() const { return m_storeEngine->takesStarterByCopy(); }
QString Store::checkPassedText() const { return m_storeEngine->checkPassedText(); }

QString Store::text(const Statement &statement) const
{
    return m_storeEngine->text(statement);
}

Result<std::unique_ptr<WriteTransaction>> Store::beginWrite(const WriteIntent &intent, WriteWait *wait)
{
    return m_storeEngine->beginWrite(intent, wait);
}

QSqlDatabase Store::database() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

sqlite3 *Store::handle() const
{
    return m_storeEngine->handle();
}



QString Store::lockHolders(const QString &path, bool writersOnly)
{
    // /proc/locks: "1: POSIX  ADVISORY  WRITE 4711 fe:00:10953503 120 120". A writer holds a WRITE lock on the
    // -shm (WAL write lock) or on the database file; readers hold READ locks.
    QFile locks(QStringLiteral("/proc/locks"));
    if (!locks.open(QIODevice::ReadOnly))
        return {};
    QSet<quint64> inodes;
    for (const QString &f : {path, path + QStringLiteral("-shm")}) {
        struct stat st;
        if (::stat(QFile::encodeName(f).constData(), &st) == 0)
            inodes.insert(quint64(st.st_ino));
    }
    if (inodes.isEmpty())
        return {};
    QList<qint64> writers, readers;
    const qint64 self = QCoreApplication::applicationPid();
    for (const QByteArray &line : locks.readAll().split('\n')) {
        const QList<QByteArray> f = line.simplified().split(' ');
        if (f.size() < 6)
            continue;
        const int at = f[1] == "->" ? 1 : 0; // blocked waiters are listed as "1: -> POSIX …"
        if (f.size() < 6 + at)
            continue;
        const qint64 pid = f[4 + at].toLongLong();
        const quint64 inode = f[5 + at].split(':').value(2).toULongLong();
        if (pid <= 0 || pid == self || !inodes.contains(inode))
            continue;
        auto &list = f[3 + at] == "WRITE" ? writers : readers;
        if (!list.contains(pid))
            list.append(pid);
    }
    QStringList names;
    for (qint64 pid : writers.isEmpty() && !writersOnly ? readers : writers) {
        QFile cmdline(QStringLiteral("/proc/%1/cmdline").arg(pid));
        QString what;
        if (cmdline.open(QIODevice::ReadOnly)) {
            QList<QByteArray> args = cmdline.readAll().split('\0');
            while (!args.isEmpty() && args.last().isEmpty())
                args.removeLast();
            if (!args.isEmpty())
                args.first() = QFileInfo(QFile::decodeName(args.first())).fileName().toUtf8();
            what = QString::fromUtf8(args.join(' ')).simplified().left(80);
        }
        names << (what.isEmpty() ? QCoreApplication::translate("Store", "process %1").arg(pid)
                                 : QCoreApplication::translate("Store", "“%1” (process %2)").arg(what).arg(pid));
    }
    return names.join(QStringLiteral(", "));
}

Error Store::accessError(const QString &path, int code, const QString &sqliteMessage)
{
    const QFileInfo file(path);
    const QFileInfo folder(file.absolutePath());
    auto error = [&](const char *id, const QString &message) { return Error{QString::fromLatin1(id), message, sqliteMessage}; };
    switch (code & 0xff) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED: {
        const QString holders = lockHolders(path);
        return error("busy", holders.isEmpty()
                                 ? QCoreApplication::translate("Store", "The store %1 is busy: another program is writing "
                                                                        "to it. Nothing was changed; try again when it has "
                                                                        "finished.")
                                       .arg(path)
                                 : QCoreApplication::translate("Store", "The store %1 is busy: %2 is writing to it. Nothing "
                                                                        "was changed; try again when it has finished.")
                                       .arg(path, holders));
    }
    case SQLITE_READONLY:
    case SQLITE_CANTOPEN:
    case SQLITE_PERM:
        if (file.exists() && !file.isReadable())
            return error("read-only", QCoreApplication::translate("Store", "Cannot read the store %1: you have no read "
                                                                           "permission on it (ask its owner, or use chmod).")
                                          .arg(path));
        if (!folder.isWritable())
            return error("read-only", QCoreApplication::translate("Store", "The folder %1 is read-only: SQLite keeps two "
                                                                           "working files (-wal, -shm) next to the store "
                                                                           "and cannot create them. Make the folder "
                                                                           "writable, or copy the store to a folder you "
                                                                           "can write to and pass it with --db.")
                                          .arg(folder.absoluteFilePath()));
        if (file.exists() && !file.isWritable())
            return error("read-only", QCoreApplication::translate("Store", "The store %1 is read-only (no write permission "
                                                                           "on the file): commands that change it cannot run. "
                                                                           "Make it writable (chmod u+w) to import or roll back.")
                                          .arg(path));
        return error("io", QCoreApplication::translate("Store", "Cannot open the store %1: %2").arg(path, sqliteMessage));
    case SQLITE_NOTADB:
        return error("not-a-store", QCoreApplication::translate("Store", "The file %1 is not a ZhiSuan store: it is not an "
                                                                         "SQLite database. It was not changed. Check that "
                                                                         "--db or ZHISUAN_DB names your store.")
                                        .arg(path));
    case SQLITE_CORRUPT:
        return error("corrupt", QCoreApplication::translate("Store", "The store %1 is damaged (%2). Run “zhisuan check” to "
                                                                     "see what is wrong, and restore it from a backup.")
                                    .arg(path, sqliteMessage));
    case SQLITE_FULL:
        return error("disk-full", QCoreApplication::translate("Store", "The disk holding the store %1 is full: nothing was "
                                                                       "changed. Free some space and try again.")
                                      .arg(path));
    default:
        return error("io", QCoreApplication::translate("Store", "Cannot open the store %1: %2").arg(path, sqliteMessage));
    }
}

Error Store::serverUnsupported(const QString &what) const
{
    return Error{QStringLiteral("not-on-server"),
                 QCoreApplication::translate("Store", "%1 is not available on a PostgreSQL team store in this version yet: "
                                                      "do it in a SQLite store and move that with “zhisuan copy-store”.")
                     .arg(what),
                 m_path};
}


Result<void> Store::exec(const QString &sql)
{
    QSqlQuery q(database());
    if (!q.exec(sql))
        return writeError(sql, q.lastError());
    return {};
}




Error Store::readerError() const
{
    return Error{QStringLiteral("read-only"),
                 QCoreApplication::translate("Store", "You can read the team store %1 but not change it: your role "
                                                      "(%2) is a reader. Ask the store's administrator for the editor "
                                                      "role to import or roll back.")
                     .arg(m_path, database().userName()),
                 {}};
}

} // namespace zhisuan::db
