#include "importcommand.h"

#include "commandio.h"
#include "importjob.h"
#include "importkind.h"
#include "store.h"
#include "unitvocabulary.h"
#include "value.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>
#include <QDate>
#include <QElapsedTimer>
#include <QHash>
#include <QThread>

namespace zhisuan::app {

namespace {

// `--list-kinds`: each kind's id, title and fields (required ones starred); `--markdown`: every field and the headers
// it accepts, as docs/import-formats.md prints them.
int listKinds(bool markdown)
{
    QTextStream &out = CommandIo::out();
    if (markdown) {
        static const QHash<db::FieldType, QString> types{
            {db::FieldType::Text, QStringLiteral("text")},       {db::FieldType::Code, QStringLiteral("security code")},
            {db::FieldType::Integer, QStringLiteral("integer")}, {db::FieldType::Real, QStringLiteral("number")},
            {db::FieldType::Percent, QStringLiteral("percent")}, {db::FieldType::Date, QStringLiteral("date")},
            {db::FieldType::Month, QStringLiteral("month")},     {db::FieldType::Bool, QStringLiteral("yes/no")},
            {db::FieldType::Choice, QStringLiteral("one of")}};
        for (const auto &k : db::ImportKindRegistry::all()) {
            out << QStringLiteral("### `%1` — %2\n\n").arg(k.id, k.displayTitle());
            if (k.takesExtraColumns)
                out << QStringLiteral("Columns that match no field are read as numbers named by their header.\n\n");
            out << QStringLiteral("| field | type | required | headers accepted |\n|---|---|---|---|\n");
            for (const auto &f : k.fields) {
                QStringList headers;
                for (const auto &a : f.aliases)
                    headers << (a.pow10 == 0 ? QStringLiteral("`%1`").arg(a.header)
                                             : QStringLiteral("`%1` (×10^%2)").arg(a.header).arg(a.pow10));
                QString type = types.value(f.type);
                // The units its header or cells may give (解禁数量(万股), 1.2万): the one vocabulary the import reads.
                if (f.quantity != db::Quantity::Plain && f.quantity != db::Quantity::Percent)
                    type += QStringLiteral(" (%1: %2)").arg(db::UnitVocabulary::describe(f.quantity),
                                                            db::UnitVocabulary::spellingsFor(f.quantity).join(QStringLiteral(", ")));
                if (f.type == db::FieldType::Choice) {
                    QStringList values;
                    for (const auto &[canonical, spellings] : f.choices)
                        values << QStringLiteral("%1 (%2)").arg(canonical, spellings.mid(0, 2).join(QStringLiteral("/")));
                    type += QStringLiteral(": ") + values.join(QStringLiteral(", "));
                }
                out << QStringLiteral("| `%1` | %2 | %3 | %4 |\n")
                             .arg(f.key, type, f.required ? QStringLiteral("yes") : QString(), headers.join(QStringLiteral(", ")));
            }
            out << Qt::endl;
        }
        return 0;
    }
    for (const auto &k : db::ImportKindRegistry::all()) {
        QStringList fields;
        for (const auto &f : k.fields)
            fields << (f.required ? f.key + QLatin1Char('*') : f.key);
        out << QStringLiteral("%1\t%2\t%3").arg(k.id, k.displayTitle(), fields.join(QLatin1Char(','))) << Qt::endl;
    }
    return 0;
}

} // namespace

int ImportCommand::run(const QStringList &args)
{
    QTextStream &out = CommandIo::out();
    QTextStream &err = CommandIo::err();
    QCommandLineParser p;
    p.setApplicationDescription(QCoreApplication::translate("CommandLine", "Import CSV or Excel files. Each file commits whole or not at all."));
    CommandIo::addCommonOptions(p);
    p.addOption(QCommandLineOption(QStringLiteral("kind"), QCoreApplication::translate("CommandLine", "The kind of data (default: chosen from the header row)."), QStringLiteral("KIND")));
    p.addOption(QCommandLineOption(QStringLiteral("preset"), QCoreApplication::translate("CommandLine", "A saved column mapping."), QStringLiteral("NAME")));
    p.addOption(QCommandLineOption(QStringLiteral("encoding"), QCoreApplication::translate("CommandLine", "The file's encoding (default: detected), e.g. GB18030 or UTF-8."), QStringLiteral("ENCODING")));
    p.addOption(QCommandLineOption(QStringLiteral("week"), QCoreApplication::translate("CommandLine", "Any date in the week a weekly file covers, if the file does not say."), QStringLiteral("DATE")));
    p.addOption(QCommandLineOption(QStringLiteral("as-of"), QCoreApplication::translate("CommandLine", "The date of a snapshot file, if the file does not say."), QStringLiteral("DATE")));
    p.addOption(QCommandLineOption(QStringLiteral("dry-run"), QCoreApplication::translate("CommandLine", "Check the files and report, without writing anything.")));
    p.addOption(QCommandLineOption(QStringLiteral("ignore-column"),
                                   QCoreApplication::translate("CommandLine", "Do not import this column (its header as written); repeat for more."),
                                   QStringLiteral("HEADER")));
    p.addOption(QCommandLineOption(QStringLiteral("wait"),
                                   QCoreApplication::translate("CommandLine", "When another program is writing to the store, wait up to this many seconds for it (default 120; 0: do not wait)."),
                                   QStringLiteral("SECONDS"), QStringLiteral("120")));
    p.addOption(QCommandLineOption(QStringLiteral("list-kinds"), QCoreApplication::translate("CommandLine", "List the kinds of data that can be imported.")));
    p.addOption(QCommandLineOption(QStringLiteral("markdown"), QCoreApplication::translate("CommandLine", "With --list-kinds: every field and the headers it accepts, as Markdown.")));
    p.addOption(QCommandLineOption(QStringLiteral("sheet"), QCoreApplication::translate("CommandLine", "A workbook's sheet (.xlsx, .xls), by name or number from 1 (default: the only sheet with a header ZhiSuan knows)."), QStringLiteral("NAME|N")));
    p.addPositionalArgument(QStringLiteral("FILE"), QCoreApplication::translate("CommandLine", "CSV or Excel (.xlsx, .xls) files to import."), QStringLiteral("FILE..."));
    p.process(args);
    if (p.isSet(QStringLiteral("list-kinds")))
        return listKinds(p.isSet(QStringLiteral("markdown")));
    if (p.positionalArguments().isEmpty()) {
        err << QCoreApplication::translate("CommandLine", "zhisuan import: expected at least one FILE, found none") << Qt::endl;
        return 2;
    }
    db::ImportOptions options;
    options.kind = p.value(QStringLiteral("kind"));
    options.preset = p.value(QStringLiteral("preset"));
    options.encoding = p.value(QStringLiteral("encoding"));
    options.dryRun = p.isSet(QStringLiteral("dry-run"));
    options.ignoreColumns = p.values(QStringLiteral("ignore-column"));
    options.sheet = p.value(QStringLiteral("sheet"));
    for (const auto &[name, target] : {std::pair{QStringLiteral("week"), &options.week}, std::pair{QStringLiteral("as-of"), &options.asOf}}) {
        if (!p.isSet(name))
            continue;
        QByteArray iso;
        if (!db::ValueParser::parseDate(p.value(name).toUtf8(), iso)) {
            err << QCoreApplication::translate("CommandLine", "--%1: expected a date such as 2024-08-16, found “%2”").arg(name, p.value(name)) << Qt::endl;
            return 2;
        }
        *target = QDate::fromString(QString::fromLatin1(iso), Qt::ISODate);
    }
    // Importing into a path that does not exist would create an empty store and hide the data from the
    // dashboard, which reads the real one: refuse, and say how to create one on purpose.
    auto store = CommandIo::openStore(p, db::Store::OpenMode::ExistingOnly);
    if (!store)
        return 1;
    int rejected = 0;
    const int waitSeconds = qMax(0, p.value(QStringLiteral("wait")).toInt());
    for (const QString &file : p.positionalArguments()) {
        options.displayName = file;
        options.waitedMs = 0;
        options.waitedFor.clear();
        auto report = db::ImportJob::run(*store, file, options);
        // Another program is importing: nothing was written; wait for it (each attempt itself waits 5 s).
        QElapsedTimer waited;
        waited.start();
        bool said = false;
        while (report.busy && waited.elapsed() < 1000LL * waitSeconds) {
            if (!said) {
                // Not the refusal's "try again when they have finished": this command does the waiting.
                // The team store names who writes (busyHolder); a store file's writers are the processes locking it.
                const QString who = report.busyHolder.isEmpty() ? db::Store::lockHolders(store->path(), true) : report.busyHolder;
                err << (who.isEmpty()
                            ? QCoreApplication::translate("CommandLine", "%1: another program is writing to the store; waiting for it to finish.").arg(file)
                            : QCoreApplication::translate("CommandLine", "%1: %2 is writing to the store; waiting for it to finish.").arg(file, who))
                    << Qt::endl;
                said = true;
            }
            err << '\r'
                  << QCoreApplication::translate("CommandLine", "Waiting for the store (%1 s of at most %2 s; Ctrl+C stops)…")
                         .arg(waited.elapsed() / 1000)
                         .arg(waitSeconds)
                  << Qt::flush;
            QThread::sleep(1);
            // The attempt that gets through notes the whole wait, this pause and the earlier attempts' included.
            options.waitedMs = report.waitedMs + 1000;
            options.waitedFor = report.busyHolder;
            report = db::ImportJob::run(*store, file, options);
        }
        if (said)
            err << Qt::endl;
        for (const QString &note : report.notes)
            out << file << QStringLiteral(": ") << note << Qt::endl;
        CommandIo::printReport(report);
        rejected += report.ok() ? 0 : 1;
    }
    return rejected ? 1 : 0;
}


} // namespace zhisuan::app
