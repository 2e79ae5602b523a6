#include "commandio.h"

#include "importjob.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>

namespace zhisuan::app {

QTextStream &CommandIo::out()
{
    static QTextStream s(stdout);
    return s;
}
QTextStream &CommandIo::err()
{
    static QTextStream s(stderr);
    return s;
}

void CommandIo::addCommonOptions(QCommandLineParser &p)
{
    p.addOption(QCommandLineOption(QStringLiteral("db"), QCoreApplication::translate("CommandLine", "The store to use."), QStringLiteral("PATH")));
    p.addOption(QCommandLineOption(QStringLiteral("lang"), QCoreApplication::translate("CommandLine", "Language: zh_CN or en."), QStringLiteral("LANG")));
    p.addHelpOption();
}

std::unique_ptr<db::Store> CommandIo::openStore(const QCommandLineParser &p, db::Store::OpenMode mode)
{
    const QString path = db::Store::resolvePath(p.value(QStringLiteral("db")));
    auto store = db::Store::open(path, mode);
    if (!store) {
        err() << store.error().message << Qt::endl;
        return nullptr;
    }
    return std::move(store).value();
}

void CommandIo::printReport(const db::ImportReport &r)
{
    if (r.ok()) {
        QString line = QCoreApplication::translate("CommandLine", "%1: %2 — %n row(s): %3 inserted, %4 updated, %5 unchanged",
                                                   nullptr, int(r.rowsRead))
                           .arg(r.file, r.kind)
                           .arg(r.inserted)
                           .arg(r.updated)
                           .arg(r.unchanged);
        if (r.dryRun)
            line += QCoreApplication::translate("CommandLine", " (dry run: nothing written)");
        else if (r.committed)
            line += QCoreApplication::translate("CommandLine", " (batch %1)").arg(r.batchId);
        else
            line += QCoreApplication::translate("CommandLine", " (nothing changed)");
        out() << line << Qt::endl;
        if (!r.updatedFields.isEmpty()) {
            out() << QCoreApplication::translate("CommandLine", "%1: values changed (fields the file does not have were kept):").arg(r.file)
                  << Qt::endl;
            for (const QString &change : r.changeLines(20))
                out() << QStringLiteral("  ") << change << Qt::endl;
        }
        return;
    }
    if (r.cancelled) {
        err() << QCoreApplication::translate("CommandLine", "%1: cancelled, nothing was imported").arg(r.file) << Qt::endl;
        return;
    }
    err() << QCoreApplication::translate("CommandLine", "%1: rejected, nothing was imported (%n error(s))", nullptr, int(r.errors.size())).arg(r.file) << Qt::endl;
    for (const auto &e : r.errors)
        err() << e.toString() << Qt::endl;
}

} // namespace zhisuan::app
