#pragma once

#include "store.h"

#include <QTextStream>

#include <memory>

class QCommandLineParser;

namespace zhisuan::db {
struct ImportReport;
}

namespace zhisuan::app {

// What every `zhisuan` command shares: its output streams (UTF-8), the options every command takes, opening the
// store they name, and an import's report as the terminal shows it.
class CommandIo
{
public:
    static QTextStream &out();
    static QTextStream &err();
    // Options every command takes.
    static void addCommonOptions(QCommandLineParser &p);
    // The store of --db (else ZHISUAN_DB, else the default); null, said on stderr, when it cannot be opened.
    static std::unique_ptr<db::Store> openStore(const QCommandLineParser &p, db::Store::OpenMode mode);
    static void printReport(const db::ImportReport &r);
};

} // namespace zhisuan::app
