#include "storecheck.h"
#include "commandline.h"
#include "storesession.h"

#include "chartcatalog.h"
#include "chartexporter.h"
#include "csvreader.h"
#include "computeanalytics.h"
#include "csvwriter.h"
#include "modelanalytics.h"
#include "importjob.h"
#include "languagemanager.h"
#include "mainwindow.h"
#include "marketanalytics.h"
#include "marketdashboard.h"
#include "centresdashboard.h"
#include "chipsdashboard.h"
#include "modelsdashboard.h"
#include "settings.h"
#include "starterdataset.h"
#include "steptimer.h"
#include "store.h"
#include "storecopy.h"
#include "teamroles.h"
#include "textdecoder.h"
#include "viewcatalog.h"
#include "weeklybrief.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QMainWindow>
#include <QMenuBar>
#include <QStatusBar>
#include <QFontDatabase>
#include <QFontInfo>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QElapsedTimer>
#include <QThread>
#include <QHash>
#include <QJsonArray>
#include <QJsonValue>

#include <cmath>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageBox>
#include <QRegularExpression>
#include <QTextStream>

#include <cstdio>
#include <unistd.h>

namespace zhisuan::app {

namespace {

const QStringList kSubcommands{QStringLiteral("init"), QStringLiteral("import"), QStringLiteral("csv"), QStringLiteral("query"), QStringLiteral("export"),
                               QStringLiteral("report"), QStringLiteral("batches"), QStringLiteral("check"), QStringLiteral("rollback"), QStringLiteral("store-path"),
                               QStringLiteral("copy-store")};

QTextStream &out()
{
    static QTextStream s(stdout);
    return s;
}
QTextStream &err()
{
    static QTextStream s(stderr);
    return s;
}


QString usage()
{
    return QCoreApplication::translate("CommandLine", "Usage: zhisuan [--db PATH] [COMMAND] [OPTIONS]\n"
              "\n"
              "Without a command, opens the ZhiSuan Board dashboard.\n"
              "\n"
              "Commands (run headless, no display needed):\n"
              "  init                 create the store with the starter dataset (or bring it up to date)\n"
              "  import FILE...       import CSV files exported from Wind/iFinD or written by hand\n"
              "  csv FILE --json      print a CSV file's records as parsed, as JSON\n"
              "  query VIEW           print the data behind a view (zhisuan query --help lists them)\n"
              "  export CHART -o FILE write a chart as PNG, SVG or PDF (zhisuan export --list)\n"
              "  report -o FILE.pdf   write the weekly brief of a week (--week DATE) as PDF (FILE.odt: an editable copy)\n"
              "  batches              list import batches\n"
              "  check                check the store for damage (exit status 1 when something is wrong)\n"
              "  rollback BATCH       undo an import batch\n"
              "  store-path           print the path of the store in use\n"
              "  copy-store FROM TO   copy a store into a new, empty one (SQLite file or postgresql:// team store)\n"
              "\n"
              "Options:\n"
              "  --db PATH            the store to use (default: $ZHISUAN_DB, else %1);\n"
              "                       a team store: postgresql://user@host:port/database?sslmode=verify-full\n"
              "                       or any address libpq takes (\"service=team\", \"host=... dbname=...\")\n"
              "  --lang zh_CN|en      the language of the interface and messages\n"
              "  --page PAGE          open this dashboard: market, centres, models, chips, data\n"
              "  --open FILE          open the import wizard for a CSV file (or name the file: zhisuan FILE.csv)\n"
              "  -h, --help           show this help (zhisuan COMMAND --help for a command's options)\n"
              "  -v, --version        show the version\n")
        .arg(db::Store::defaultPath());
}

// Options every command takes.
void addCommonOptions(QCommandLineParser &p)
{
    p.addOption(QCommandLineOption(QStringLiteral("db"), QCoreApplication::translate("CommandLine", "The store to use."), QStringLiteral("PATH")));
    p.addOption(QCommandLineOption(QStringLiteral("lang"), QCoreApplication::translate("CommandLine", "Language: zh_CN or en."), QStringLiteral("LANG")));
    p.addHelpOption();
}

std::unique_ptr<db::Store> openStore(const QCommandLineParser &p, db::Store::OpenMode mode)
{
    const QString path = db::Store::resolvePath(p.value(QStringLiteral("db")));
    auto store = db::Store::open(path, mode);
    if (!store) {
        err() << store.error().message << Qt::endl;
        return nullptr;
    }
    return std::move(store).value();
}

void printReport(const db::ImportReport &r)
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

int runInit(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(QCoreApplication::translate("CommandLine", "Create the store with the starter dataset, or bring an existing one up to date."));
    addCommonOptions(p);
    p.addOption(QCommandLineOption(QStringLiteral("empty"),
                                   QCoreApplication::translate("CommandLine", "Create the store without the starter dataset (only your own imports).")));
    p.addOption(QCommandLineOption(QStringLiteral("team"),
                                   QCoreApplication::translate("CommandLine", "On a PostgreSQL team store: also create the reader and editor roles and grant them.")));
    p.process(args);
    auto store = openStore(p, db::Store::OpenMode::CreateIfMissing);
    if (!store)
        return 1;
    if (p.isSet(QStringLiteral("team"))) {
        auto roles = db::TeamRoles::create(*store);
        if (!roles) {
            err() << roles.error().message << Qt::endl;
            return 1;
        }
        out() << QCoreApplication::translate("CommandLine", "Roles: %1 reads the store, %2 also imports and rolls back. "
                                                            "Give one to each analyst's login, e.g. GRANT %1 TO bob;")
                     .arg(roles.value().reader, roles.value().editor)
              << Qt::endl;
    }
    out() << (store->isNew() ? QCoreApplication::translate("CommandLine", "Created %1 (schema version %2)") : QCoreApplication::translate("CommandLine", "Opened %1 (schema version %2)"))
                 .arg(store->path())
                 .arg(store->schemaVersion())
          << Qt::endl;
    // A damaged store (a table or index dropped): re-create what is missing, or refuse and say why.
    auto repaired = db::StoreCheck::repair(*store);
    if (!repaired) {
        err() << repaired.error().message << Qt::endl;
        err() << QCoreApplication::translate("CommandLine", "Run “zhisuan check” to see everything that is wrong.") << Qt::endl;
        return 1;
    }
    for (const QString &line : repaired.value())
        out() << QCoreApplication::translate("CommandLine", "Repaired: %1").arg(line) << Qt::endl;
    int failed = 0;
    const auto reports = p.isSet(QStringLiteral("empty")) ? QList<db::ImportReport>() : db::StarterDataset::load(*store);
    for (const auto &r : reports) {
        printReport(r);
        failed += r.ok() ? 0 : 1;
    }
    if (auto counts = db::ViewCatalog::counts(*store)) {
        QStringList parts;
        for (const auto &c : counts.value())
            if (c.rows > 0)
                parts << QStringLiteral("%1 %2").arg(c.rows).arg(QCoreApplication::translate("ViewCatalog", c.label));
        out() << (parts.isEmpty() ? QCoreApplication::translate("CommandLine", "The store is empty: import your files with “zhisuan import”.")
                                  : QCoreApplication::translate("CommandLine", "The store holds: %1").arg(parts.join(QStringLiteral(", "))))
              << Qt::endl;
    }
    return failed ? 1 : 0;
}

int runCopyStore(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(QCoreApplication::translate("CommandLine", "Copy every row of a store into a new, empty store: a personal SQLite store to a team's PostgreSQL store (postgresql://user@host:port/database), or back. The rows of every table are counted on both sides afterwards."));
    p.addOption(QCommandLineOption(QStringLiteral("lang"), QCoreApplication::translate("CommandLine", "Language: zh_CN or en."), QStringLiteral("LANG")));
    p.addHelpOption();
    p.addPositionalArgument(QStringLiteral("FROM"), QCoreApplication::translate("CommandLine", "The store to copy (not changed)."));
    p.addPositionalArgument(QStringLiteral("TO"), QCoreApplication::translate("CommandLine", "The new store to fill: a file that does not exist yet, or an empty database."));
    p.process(args);
    const QStringList stores = p.positionalArguments();
    if (stores.size() != 2) {
        err() << QCoreApplication::translate("CommandLine", "zhisuan copy-store: name the store to copy and the new store, e.g. "
                                                            "zhisuan copy-store ~/zhisuan.sqlite postgresql://me@dbhost/research")
              << Qt::endl;
        return 2;
    }
    auto from = db::Store::open(db::Store::resolvePath(stores[0]), db::Store::OpenMode::ReadOnly);
    if (!from) {
        err() << from.error().message << Qt::endl;
        return 1;
    }
    auto to = db::Store::open(db::Store::resolvePath(stores[1]), db::Store::OpenMode::CreateIfMissing);
    if (!to) {
        err() << to.error().message << Qt::endl;
        return 1;
    }
    auto copied = db::StoreCopy::copy(*from.value(), *to.value());
    if (!copied) {
        err() << copied.error().message << Qt::endl;
        return 1;
    }
    qint64 total = 0;
    for (const auto &c : copied.value()) {
        total += c.target;
        if (c.target > 0)
            out() << QCoreApplication::translate("CommandLine", "  %1: %n row(s)", nullptr, int(c.target)).arg(c.table) << Qt::endl;
    }
    out() << QCoreApplication::translate("CommandLine", "Copied %1 to %2: %3 rows, counted in both.")
                 .arg(from.value()->path(), to.value()->path())
                 .arg(total)
          << Qt::endl;
    return 0;
}

int runCheck(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(QCoreApplication::translate("CommandLine", "Check the store: every table, column, index, view, trigger and key the schema needs, and SQLite's integrity and foreign-key checks (a team store's server checks its own pages). Exit status 1 when anything is wrong."));
    addCommonOptions(p);
    p.process(args);
    auto store = openStore(p, db::Store::OpenMode::ReadOnly);
    if (!store)
        return 1;
    auto findings = db::StoreCheck::run(*store, true);
    if (!findings) {
        err() << findings.error().message << Qt::endl;
        return 1;
    }
    if (findings.value().isEmpty()) {
        out() << (store->engine() == db::Store::Engine::Sqlite
                      ? QCoreApplication::translate("CommandLine", "%1: no problems found (schema version %2, integrity and foreign keys checked).")
                      : QCoreApplication::translate("CommandLine", "%1: no problems found (schema version %2; tables, columns, indexes, "
                                                                   "keys and constraints checked).")) // the server checks its own pages
                     .arg(store->path())
                     .arg(store->schemaVersion())
              << Qt::endl;
        return 0;
    }
    bool repairable = false;
    err() << QCoreApplication::translate("CommandLine", "%1: %n problem(s) found:", "", int(findings.value().size())).arg(store->path()) << Qt::endl;
    for (const auto &f : findings.value()) {
        err() << QStringLiteral("  ") << f.message << Qt::endl;
        repairable = repairable || !f.repairSql.isEmpty();
    }
    if (repairable)
        err() << QCoreApplication::translate("CommandLine", "“zhisuan init” re-creates what is missing (empty: rows that were in a dropped table are lost; "
                                                            "restore a backup to get them back).")
              << Qt::endl;
    return 1;
}

int runImport(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(QCoreApplication::translate("CommandLine", "Import CSV files. Each file commits whole or not at all."));
    addCommonOptions(p);
    p.addOption(QCommandLineOption(QStringLiteral("kind"), QCoreApplication::translate("CommandLine", "The kind of data (default: chosen from the header row)."), QStringLiteral("KIND")));
    p.addOption(QCommandLineOption(QStringLiteral("preset"), QCoreApplication::translate("CommandLine", "A saved column mapping."), QStringLiteral("NAME")));
    p.addOption(QCommandLineOption(QStringLiteral("encoding"), QCoreApplication::translate("CommandLine", "The file's encoding (default: detected), e.g. GB18030 or UTF-8."), QStringLiteral("ENCODING")));
    p.addOption(QCommandLineOption(QStringLiteral("sheet"), QCoreApplication::translate("CommandLine", "A workbook's sheet (.xlsx, .xls), by name or number from 1 (default: the only sheet with a header ZhiSuan knows)."), QStringLiteral("NAME|N")));
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
    p.addPositionalArgument(QStringLiteral("FILE"), QCoreApplication::translate("CommandLine", "CSV files to import."), QStringLiteral("FILE..."));
    p.process(args);
    if (p.isSet(QStringLiteral("list-kinds")) && p.isSet(QStringLiteral("markdown"))) {
        static const QHash<db::FieldType, QString> types{
            {db::FieldType::Text, QStringLiteral("text")},       {db::FieldType::Code, QStringLiteral("security code")},
            {db::FieldType::Integer, QStringLiteral("integer")}, {db::FieldType::Real, QStringLiteral("number")},
            {db::FieldType::Percent, QStringLiteral("percent")}, {db::FieldType::Date, QStringLiteral("date")},
            {db::FieldType::Month, QStringLiteral("month")},     {db::FieldType::Bool, QStringLiteral("yes/no")},
            {db::FieldType::Choice, QStringLiteral("one of")}};
        for (const auto &k : db::ImportKindRegistry::all()) {
            out() << QStringLiteral("### `%1` — %2\n\n").arg(k.id, k.displayTitle());
            if (k.takesExtraColumns)
                out() << QStringLiteral("Columns that match no field are read as numbers named by their header.\n\n");
            out() << QStringLiteral("| field | type | required | headers accepted |\n|---|---|---|---|\n");
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
                out() << QStringLiteral("| `%1` | %2 | %3 | %4 |\n")
                             .arg(f.key, type, f.required ? QStringLiteral("yes") : QString(), headers.join(QStringLiteral(", ")));
            }
            out() << Qt::endl;
        }
        return 0;
    }
    if (p.isSet(QStringLiteral("list-kinds"))) {
        for (const auto &k : db::ImportKindRegistry::all()) {
            QStringList fields;
            for (const auto &f : k.fields)
                fields << (f.required ? f.key + QLatin1Char('*') : f.key);
            out() << QStringLiteral("%1\t%2\t%3").arg(k.id, k.displayTitle(), fields.join(QLatin1Char(','))) << Qt::endl;
        }
        return 0;
    }
    if (p.positionalArguments().isEmpty()) {
        err() << QCoreApplication::translate("CommandLine", "zhisuan import: expected at least one FILE, found none") << Qt::endl;
        return 2;
    }
    db::ImportOptions options;
    options.kind = p.value(QStringLiteral("kind"));
    options.preset = p.value(QStringLiteral("preset"));
    options.encoding = p.value(QStringLiteral("encoding"));
    options.sheet = p.value(QStringLiteral("sheet"));
    options.dryRun = p.isSet(QStringLiteral("dry-run"));
    options.ignoreColumns = p.values(QStringLiteral("ignore-column"));
    for (const auto &[name, target] : {std::pair{QStringLiteral("week"), &options.week}, std::pair{QStringLiteral("as-of"), &options.asOf}}) {
        if (!p.isSet(name))
            continue;
        QByteArray iso;
        if (!db::ValueParser::parseDate(p.value(name).toUtf8(), iso)) {
            err() << QCoreApplication::translate("CommandLine", "--%1: expected a date such as 2024-08-16, found “%2”").arg(name, p.value(name)) << Qt::endl;
            return 2;
        }
        *target = QDate::fromString(QString::fromLatin1(iso), Qt::ISODate);
    }
    // Importing into a path that does not exist would create an empty store and hide the data from the
    // dashboard, which reads the real one: refuse, and say how to create one on purpose.
    auto store = openStore(p, db::Store::OpenMode::ExistingOnly);
    if (!store)
        return 1;
    int rejected = 0;
    const int waitSeconds = qMax(0, p.value(QStringLiteral("wait")).toInt());
    for (const QString &file : p.positionalArguments()) {
        options.displayName = file;
        auto report = db::ImportJob::run(*store, file, options);
        // Another program is importing: nothing was written; wait for it (each attempt itself waits 5 s).
        QElapsedTimer waited;
        waited.start();
        bool said = false;
        while (report.busy && waited.elapsed() < 1000LL * waitSeconds) {
            if (!said) {
                err() << report.errors.value(0).message << Qt::endl;
                said = true;
            }
            err() << '\r'
                  << QCoreApplication::translate("CommandLine", "Waiting for the store (%1 s of at most %2 s; Ctrl+C stops)…")
                         .arg(waited.elapsed() / 1000)
                         .arg(waitSeconds)
                  << Qt::flush;
            QThread::sleep(1);
            report = db::ImportJob::run(*store, file, options);
        }
        if (said)
            err() << Qt::endl;
        for (const QString &note : report.notes)
            out() << file << QStringLiteral(": ") << note << Qt::endl;
        printReport(report);
        rejected += report.ok() ? 0 : 1;
    }
    return rejected ? 1 : 0;
}

int runCsv(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(QCoreApplication::translate("CommandLine", "Print a CSV file's records as parsed (RFC 4180), to diagnose a file."));
    p.addHelpOption();
    p.addOption(QCommandLineOption(QStringLiteral("json"), QCoreApplication::translate("CommandLine", "Print a JSON array of objects keyed by the header row.")));
    p.addOption(QCommandLineOption(QStringLiteral("encoding"), QCoreApplication::translate("CommandLine", "The file's encoding (default: detected)."), QStringLiteral("ENCODING")));
    p.addOption(QCommandLineOption(QStringLiteral("lang"), QCoreApplication::translate("CommandLine", "Language: zh_CN or en."), QStringLiteral("LANG")));
    p.addPositionalArgument(QStringLiteral("FILE"), QCoreApplication::translate("CommandLine", "The CSV file."));
    p.process(args);
    if (p.positionalArguments().size() != 1) {
        err() << QCoreApplication::translate("CommandLine", "zhisuan csv: expected one FILE, found %1").arg(p.positionalArguments().size()) << Qt::endl;
        return 2;
    }
    const QString path = p.positionalArguments().first();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        err() << QCoreApplication::translate("CommandLine", "%1: cannot read the file: %2").arg(path, file.errorString()) << Qt::endl;
        return 1;
    }
    const QByteArray bytes = file.readAll();
    const QString encoding = p.value(QStringLiteral("encoding"));
    auto utf8 = db::TextDecoder::toUtf8(bytes, encoding);
    if (!utf8) {
        err() << path << QStringLiteral(":") << utf8.error().message << Qt::endl;
        return 1;
    }
    const char delimiter = db::CsvReader::detectDelimiter(utf8.value().left(65536));
    db::CsvReader reader(utf8.value(), delimiter);
    db::CsvRecord rec;
    QStringList header;
    QJsonArray records;
    qint64 count = 0;
    while (reader.next(rec)) {
        if (header.isEmpty()) {
            for (int i = 0; i < rec.size(); ++i) {
                QString h = rec.text(i);
                if (h.isEmpty())
                    h = QStringLiteral("column%1").arg(i + 1);
                while (header.contains(h))
                    h += QLatin1Char('_');
                header << h;
            }
            continue;
        }
        ++count;
        QJsonObject o;
        for (int i = 0; i < qMax(rec.size(), int(header.size())); ++i) {
            const QString key = i < header.size() ? header[i] : QStringLiteral("column%1").arg(i + 1);
            o.insert(key, i < rec.size() ? rec.text(i) : QString());
        }
        records.append(o);
    }
    if (!reader.error().isEmpty()) {
        err() << QStringLiteral("%1:%2:%3: %4").arg(path).arg(reader.errorLine()).arg(reader.errorColumn()).arg(reader.error())
              << Qt::endl;
        return 1;
    }
    if (p.isSet(QStringLiteral("json"))) {
        out() << QString::fromUtf8(QJsonDocument(records).toJson(QJsonDocument::Indented));
    } else {
        out() << QCoreApplication::translate("CommandLine", "%1: %2 records after the header; %3 columns; encoding %4; delimiter “%5”")
                     .arg(path)
                     .arg(count)
                     .arg(header.size())
                     .arg(encoding.isEmpty() ? db::TextDecoder::detect(bytes) : encoding)
                     .arg(delimiter == '\t' ? QStringLiteral("\\t") : QString(QLatin1Char(delimiter)))
              << Qt::endl
              << header.join(QStringLiteral(" | ")) << Qt::endl;
    }
    return 0;
}

QJsonValue jsonValue(const QVariant &v)
{
    if (v.isNull() || !v.isValid())
        return QJsonValue(QJsonValue::Null);
    if (v.typeId() == QMetaType::Double)
        return std::round(v.toDouble() * 100.0) / 100.0;
    if (v.typeId() == QMetaType::Bool)
        return v.toBool();
    if (v.typeId() == QMetaType::Int || v.typeId() == QMetaType::LongLong)
        return v.toLongLong();
    return v.toString();
}

int runQuery(const QStringList &args)
{
    QCommandLineParser p;
    const QStringList views = db::MarketAnalytics::views() + db::ComputeAnalytics::views() + db::ModelAnalytics::views();
    p.setApplicationDescription(QCoreApplication::translate("CommandLine", "Print the data behind a view of the dashboards.\n\nViews: %1")
                                    .arg(views.join(QStringLiteral(", "))));
    addCommonOptions(p);
    p.addOption(QCommandLineOption(QStringLiteral("week"), QCoreApplication::translate("CommandLine", "Any date in the week (default: the latest week with data)."), QStringLiteral("DATE")));
    p.addOption(QCommandLineOption(QStringLiteral("format"), QCoreApplication::translate("CommandLine", "csv (default) or json."), QStringLiteral("FORMAT"), QStringLiteral("csv")));
    p.addOption(QCommandLineOption(QStringLiteral("industry"), QCoreApplication::translate("CommandLine", "The tracked industry index (default 801750.SI, 计算机(申万))."), QStringLiteral("CODE")));
    p.addOption(QCommandLineOption(QStringLiteral("benchmarks"), QCoreApplication::translate("CommandLine", "Benchmark indices, comma-separated."), QStringLiteral("CODES")));
    p.addOption(QCommandLineOption(QStringLiteral("days"), QCoreApplication::translate("CommandLine", "Lockups: expiries within this many days after the week (default 90)."), QStringLiteral("N")));
    p.addPositionalArgument(QStringLiteral("VIEW"), views.join(QStringLiteral("|")));
    p.process(args);
    if (p.positionalArguments().size() != 1) {
        err() << QCoreApplication::translate("CommandLine", "zhisuan query: expected one VIEW (%1), found %2")
                     .arg(views.join(QStringLiteral(", ")))
                     .arg(p.positionalArguments().size())
              << Qt::endl;
        return 2;
    }
    const QString view = p.positionalArguments().first();
    const QString format = p.value(QStringLiteral("format"));
    if (format != QLatin1String("csv") && format != QLatin1String("json")) {
        err() << QCoreApplication::translate("CommandLine", "--format: expected csv or json, found “%1”").arg(format) << Qt::endl;
        return 2;
    }
    db::MarketAnalytics::Settings settings;
    if (p.isSet(QStringLiteral("industry")))
        settings.industry = p.value(QStringLiteral("industry")).toUpper();
    if (p.isSet(QStringLiteral("benchmarks")))
        settings.benchmarks = p.value(QStringLiteral("benchmarks")).toUpper().split(QLatin1Char(','), Qt::SkipEmptyParts);
    if (p.isSet(QStringLiteral("days")))
        settings.lockupDays = p.value(QStringLiteral("days")).toInt();
    auto store = openStore(p, db::Store::OpenMode::ReadOnly);
    if (!store)
        return 1;
    db::MarketAnalytics market(*store);
    db::TradingWeek week;
    const bool models = db::ModelAnalytics::views().contains(view);
    const bool compute = models || db::ComputeAnalytics::views().contains(view);
    if (compute) {
        // Compute views are not weekly.
    } else if (p.isSet(QStringLiteral("week"))) {
        QByteArray iso;
        if (!db::ValueParser::parseDate(p.value(QStringLiteral("week")).toUtf8(), iso)) {
            err() << QCoreApplication::translate("CommandLine", "--%1: expected a date such as 2024-08-16, found “%2”")
                         .arg(QStringLiteral("week"), p.value(QStringLiteral("week")))
                  << Qt::endl;
            return 2;
        }
        auto w = market.weekContaining(QDate::fromString(QString::fromLatin1(iso), Qt::ISODate));
        if (!w) {
            err() << w.error().message << Qt::endl;
            return 1;
        }
        week = w.value();
    } else {
        auto weeks = market.weeks();
        if (!weeks) {
            err() << weeks.error().message << Qt::endl;
            return 1;
        }
        if (weeks.value().isEmpty()) {
            err() << QCoreApplication::translate("CommandLine", "zhisuan query: the store has no weekly or daily market data yet") << Qt::endl;
            return 1;
        }
        week = weeks.value().first();
    }
    auto table = models    ? db::ModelAnalytics(*store).view(view)
                 : compute ? db::ComputeAnalytics(*store).view(view)
                           : market.view(view, week, settings);
    if (!table) {
        err() << QStringLiteral("zhisuan query: ") << table.error().message << Qt::endl;
        return table.error().code == QLatin1String("view") ? 2 : 1; // 2 is for usage errors only
    }
    if (format == QLatin1String("json")) {
        QJsonArray rows;
        for (const QVariantList &r : table.value().rows) {
            QJsonObject o;
            for (int c = 0; c < table.value().columns.size(); ++c)
                o.insert(table.value().columns[c], jsonValue(r.value(c)));
            rows.append(o);
        }
        QJsonObject doc{{QStringLiteral("view"), view}, {QStringLiteral("rows"), rows}};
        if (!compute)
            doc.insert(QStringLiteral("week"), QJsonObject{{QStringLiteral("start"), week.start.toString(Qt::ISODate)},
                                                           {QStringLiteral("end"), week.end.toString(Qt::ISODate)},
                                                           {QStringLiteral("label"), week.label()}});
        out() << QString::fromUtf8(QJsonDocument(doc).toJson(QJsonDocument::Indented));
    } else {
        out() << db::CsvWriter::line(table.value().columns) << Qt::endl;
        for (const QVariantList &r : table.value().rows)
            out() << db::CsvWriter::line(r) << Qt::endl;
    }
    return 0;
}

int runExport(const QStringList &args, LanguageManager &languages)
{
    Q_UNUSED(languages);
    QCommandLineParser p;
    p.setApplicationDescription(QCoreApplication::translate("CommandLine", "Write a chart as PNG, SVG or PDF, rendered at the size asked for."));
    addCommonOptions(p);
    p.addOption(QCommandLineOption(QStringLiteral("list"), QCoreApplication::translate("CommandLine", "List the chart ids.")));
    p.addOption(QCommandLineOption(QStringLiteral("week"), QCoreApplication::translate("CommandLine", "Any date in the week (market charts; default: the latest week the chart has data for)."), QStringLiteral("DATE")));
    p.addOption(QCommandLineOption(QStringLiteral("size"), QCoreApplication::translate("CommandLine", "Width×height, e.g. 1200x720."), QStringLiteral("WxH"), QStringLiteral("1200x720")));
    p.addOption(QCommandLineOption(QStringLiteral("scale"), QCoreApplication::translate("CommandLine", "PNG pixel scale: 1, 2 or 3."), QStringLiteral("N"), QStringLiteral("2")));
    p.addOption(QCommandLineOption(QStringLiteral("transparent"), QCoreApplication::translate("CommandLine", "PNG with a transparent background.")));
    p.addOption(QCommandLineOption({QStringLiteral("o"), QStringLiteral("output")}, QCoreApplication::translate("CommandLine", "The file to write (.png, .svg or .pdf)."), QStringLiteral("FILE")));
    p.addPositionalArgument(QStringLiteral("CHART"), QCoreApplication::translate("CommandLine", "The chart id."));
    p.process(args);
    if (p.isSet(QStringLiteral("list"))) {
        for (const auto &c : ChartCatalog::all())
            out() << c.id << QLatin1Char('\t') << c.title << Qt::endl;
        return 0;
    }
    const auto chart = ChartCatalog::find(p.positionalArguments().value(0));
    if (!chart || !p.isSet(QStringLiteral("output"))) {
        err() << QCoreApplication::translate("CommandLine", "zhisuan export: expected a chart id (zhisuan export --list) and -o FILE") << Qt::endl;
        return 2;
    }
    static const QRegularExpression sizeRe(QStringLiteral("^(\\d+)[x×](\\d+)$"));
    const auto m = sizeRe.match(p.value(QStringLiteral("size")));
    if (!m.hasMatch() || m.captured(1).toInt() < 200 || m.captured(2).toInt() < 150) {
        err() << QCoreApplication::translate("CommandLine", "--size: expected WIDTHxHEIGHT of at least 200x150, found “%1”").arg(p.value(QStringLiteral("size"))) << Qt::endl;
        return 2;
    }
    db::StepTimer timer("export"); // ZHISUAN_TIMINGS=1: the time of each part (docs/performance.md)
    auto store = openStore(p, db::Store::OpenMode::ReadOnly);
    if (!store)
        return 1;
    timer.step("store opened");
    // Only the chart's page, not the window with its five pages, menus, store check and inbox watcher: export draws
    // one chart. The market page is given the week first, so that it reads that week only.
    const bool marketChart = chart->page == QLatin1String("market");
    QDate wantedWeek;
    if (p.isSet(QStringLiteral("week"))) {
        QByteArray iso;
        if (marketChart && db::ValueParser::parseDate(p.value(QStringLiteral("week")).toUtf8(), iso))
            wantedWeek = QDate::fromString(QString::fromLatin1(iso), Qt::ISODate);
    }
    // Built on its own, the page reads its data at once; at the size it has in the 1400×900 window, as some charts
    // (the models page's price chart) lay their axes out from the page's first size: the window less the sidebar,
    // its menu bar and status line, whose heights depend on the language's font.
    QWidget *frameless = nullptr;
    MarketDashboard *market = nullptr;
    auto said = [](const QString &message) { err() << message << Qt::endl; };
    if (marketChart) {
        // The week's bar charts do not need the industry's ten years of history (the two history charts do).
        const bool history = chart->objectName == QLatin1String("levelChart") || chart->objectName == QLatin1String("peChart");
        market = new MarketDashboard(store.get(), nullptr, wantedWeek, history ? db::MarketWeek::History::Read : db::MarketWeek::History::Skip);
        QObject::connect(market, &MarketDashboard::storeProblem, market, said);
        frameless = market;
    } else if (chart->page == QLatin1String("centres")) {
        auto *centres = new CentresDashboard(store.get());
        QObject::connect(centres, &CentresDashboard::storeProblem, centres, said);
        frameless = centres;
    } else if (chart->page == QLatin1String("models")) {
        auto *models = new ModelsDashboard(store.get());
        QObject::connect(models, &ModelsDashboard::storeProblem, models, said);
        frameless = models;
    } else {
        auto *chips = new ChipsDashboard(store.get());
        QObject::connect(chips, &ChipsDashboard::storeProblem, chips, said);
        frameless = chips;
    }
    const std::unique_ptr<QWidget> page(frameless);
    timer.step("page built");
    int chrome = 0;
    {
        QMenuBar menus;
        for (const char *title : {QT_TRANSLATE_NOOP("zhisuan::app::MainWindow", "&File"), QT_TRANSLATE_NOOP("zhisuan::app::MainWindow", "&View"),
                                  QT_TRANSLATE_NOOP("zhisuan::app::MainWindow", "&Dashboard"), QT_TRANSLATE_NOOP("zhisuan::app::MainWindow", "&Report"),
                                  QT_TRANSLATE_NOOP("zhisuan::app::MainWindow", "&Settings"), QT_TRANSLATE_NOOP("zhisuan::app::MainWindow", "&Help")})
            menus.addMenu(QCoreApplication::translate("zhisuan::app::MainWindow", title));
        QStatusBar status;
        status.showMessage(store->path());
        // The window opened read-only, as export opens the store, names it on the right of the status line.
        QLabel readOnly(QCoreApplication::translate("zhisuan::app::MainWindow", "Read-only: your role can read this team store, not import into it"));
        status.addPermanentWidget(&readOnly);
        chrome = menus.sizeHint().height() + status.sizeHint().height();
    }
    page->setAttribute(Qt::WA_DontShowOnScreen);
    page->resize(1400 - 180, 900 - chrome);
    page->show(); // (the replaced axes Qt Charts deletes later are flushed by ChartExporter before it draws)
    timer.step("page loaded and shown");
    if (market && !p.isSet(QStringLiteral("week"))) {
        // The latest week is often a partial one (a lockup list or a valuation snapshot, no returns yet), so
        // without --week a market chart comes from the latest week that has something to draw in it.
        // The page opens on the latest week with index returns; a chart of another kind (the watchlist) may have
        // newer data, so the search starts from the newest week there is.
        if (auto all = db::MarketAnalytics(*store).weeks(); all && !all.value().isEmpty())
            market->setWeek(all.value().first().start);
        const db::TradingWeek latest = market->week();
        const auto found = [&] { return ChartCatalog::hasContent(ChartCatalog::widget(*page, *chart)); };
        while (!found()) {
            const QDate before = market->week().start;
            market->previousWeek();
            if (market->week().start == before)
                break;
        }
        if (!found())
            market->setWeek(latest.start); // no week has it: say so for the latest week, as before
        else if (market->week().start != latest.start)
            out() << QCoreApplication::translate("CommandLine", "No data for %1 in the latest week (%2): using %3. Choose the week with --week DATE.")
                         .arg(chart->id, latest.label(), market->week().label())
                  << Qt::endl;
    }
    QWidget *widget = ChartCatalog::widget(*page, *chart);
    if (!widget) {
        err() << QCoreApplication::translate("CommandLine", "zhisuan export: the chart %1 is not available").arg(chart->id) << Qt::endl;
        return 1;
    }
    if (!ChartCatalog::hasContent(widget)) {
        err() << QCoreApplication::translate("CommandLine", "zhisuan export: the chart %1 has nothing to draw for this store and week "
                                                            "(models-compare shows cells selected in the window)").arg(chart->id) << Qt::endl;
        return 1;
    }
    timer.step("chart found");
    widgets::ChartExporter::Options o;
    o.size = QSize(m.captured(1).toInt(), m.captured(2).toInt());
    o.scale = p.value(QStringLiteral("scale")).toInt();
    o.transparent = p.isSet(QStringLiteral("transparent"));
    o.title = chart->title;
    o.source = ChartCatalog::source(widget);
    const QString error = widgets::ChartExporter::exportTo(widget, p.value(QStringLiteral("output")), o);
    timer.step("drawn and written");
    if (!error.isEmpty()) {
        err() << error << Qt::endl;
        return 1;
    }
    out() << QCoreApplication::translate("CommandLine", "Wrote %1").arg(p.value(QStringLiteral("output"))) << Qt::endl;
    return 0;
}

int runReport(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(QCoreApplication::translate("CommandLine", "Write the weekly brief of a week as a multi-page PDF."));
    addCommonOptions(p);
    p.addOption(QCommandLineOption(QStringLiteral("week"), QCoreApplication::translate("CommandLine", "Any date in the week (default: the latest week with market data)."), QStringLiteral("DATE")));
    QStringList ids;
    for (auto s : WeeklyBrief::allSections())
        ids << WeeklyBrief::id(s);
    p.addOption(QCommandLineOption(QStringLiteral("sections"), QCoreApplication::translate("CommandLine", "Comma-separated sections, in order (default: all): %1.").arg(ids.join(QStringLiteral(","))),
                                   QStringLiteral("LIST"), ids.join(QLatin1Char(','))));
    p.addOption(QCommandLineOption({QStringLiteral("o"), QStringLiteral("output")}, QCoreApplication::translate("CommandLine", "The file to write: .pdf, or .odt for an editable copy."), QStringLiteral("FILE")));
    p.addOption(QCommandLineOption(QStringLiteral("view"), QCoreApplication::translate("CommandLine", "A UTF-8 text file with your view of the week, printed on the first page."), QStringLiteral("FILE")));
    p.process(args);
    const QString output = p.value(QStringLiteral("output"));
    const QString suffix = QFileInfo(output).suffix().toLower();
    if (output.isEmpty() || (suffix != QLatin1String("pdf") && suffix != QLatin1String("odt"))) {
        err() << QCoreApplication::translate("CommandLine", "zhisuan report: expected -o FILE.pdf, or FILE.odt for an editable copy, found “%1”").arg(output) << Qt::endl;
        return 2;
    }
    QList<WeeklyBrief::Section> sections;
    for (const QString &id : p.value(QStringLiteral("sections")).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        WeeklyBrief::Section s;
        if (!WeeklyBrief::fromId(id, &s)) {
            err() << QCoreApplication::translate("CommandLine", "--sections: expected some of %1, found “%2”").arg(ids.join(QStringLiteral(", ")), id) << Qt::endl;
            return 2;
        }
        if (!sections.contains(s))
            sections << s;
    }
    auto store = openStore(p, db::Store::OpenMode::ReadOnly);
    if (!store)
        return 1;
    QDate day;
    if (p.isSet(QStringLiteral("week"))) {
        QByteArray iso;
        if (!db::ValueParser::parseDate(p.value(QStringLiteral("week")).toUtf8(), iso)) {
            err() << QCoreApplication::translate("CommandLine", "--week: expected a date such as 2024-08-16, found “%1”").arg(p.value(QStringLiteral("week"))) << Qt::endl;
            return 2;
        }
        day = QDate::fromString(QString::fromLatin1(iso), Qt::ISODate);
    } else {
        const auto weeks = db::MarketAnalytics(*store).weeks();
        if (!weeks) {
            err() << weeks.error().message << Qt::endl;
            return 1;
        }
        if (weeks.value().isEmpty()) {
            err() << QCoreApplication::translate("CommandLine", "zhisuan report: the store has no market data; give the week with --week DATE") << Qt::endl;
            return 2;
        }
        day = weeks.value().first().start;
    }
    WeeklyBrief brief(store.get());
    if (p.isSet(QStringLiteral("view"))) {
        QFile view(p.value(QStringLiteral("view")));
        if (!view.open(QIODevice::ReadOnly)) {
            err() << QCoreApplication::translate("CommandLine", "--view: cannot read %1: %2").arg(view.fileName(), view.errorString()) << Qt::endl;
            return 2;
        }
        brief.setView(QString::fromUtf8(view.readAll()));
    }
    const QString error = brief.write(output, day, sections);
    if (!error.isEmpty()) {
        err() << error << Qt::endl;
        return 1;
    }
    if (suffix == QLatin1String("odt"))
        out() << QCoreApplication::translate("CommandLine", "Wrote %1").arg(output) << Qt::endl;
    else
        out() << QCoreApplication::translate("CommandLine", "Wrote %1 (%n page(s))", "", brief.pageCount()).arg(output) << Qt::endl;
    return 0;
}

int runBatches(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(QCoreApplication::translate("CommandLine", "List import batches, newest first."));
    addCommonOptions(p);
    p.process(args);
    auto store = openStore(p, db::Store::OpenMode::ReadOnly);
    if (!store)
        return 1;
    auto batches = db::BatchRepository::list(*store);
    if (!batches) {
        err() << batches.error().message << Qt::endl;
        return 1;
    }
    // "imported by" is the last column, so that scripts that cut the others by position keep working.
    out() << QCoreApplication::translate("CommandLine", "batch\tfile\tkind\timported\trows\tinserted\tupdated\tunchanged\tstate\timported by")
          << Qt::endl;
    for (const auto &b : batches.value()) {
        const QString state = b.rolledBackAt.isEmpty() ? QCoreApplication::translate("CommandLine", "active")
                                                       : QCoreApplication::translate("CommandLine", "rolled back %1").arg(b.rolledBackAt);
        out() << QStringList{QString::number(b.id), b.fileName, b.kind, b.importedAt, QString::number(b.rowsRead),
                             QString::number(b.inserted), QString::number(b.updated), QString::number(b.unchanged), state,
                             b.importedBy}
                     .join(u'\t')
              << Qt::endl;
    }
    return 0;
}

int runRollback(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(QCoreApplication::translate("CommandLine", "Undo an import batch: delete the rows it added, restore the rows it changed."));
    addCommonOptions(p);
    p.addPositionalArgument(QStringLiteral("BATCH"), QCoreApplication::translate("CommandLine", "The batch number (see zhisuan batches)."));
    p.process(args);
    bool ok = false;
    const qint64 id = p.positionalArguments().value(0).toLongLong(&ok);
    if (p.positionalArguments().size() != 1 || !ok) {
        err() << QCoreApplication::translate("CommandLine", "zhisuan rollback: expected one batch number, found “%1”").arg(p.positionalArguments().join(QLatin1Char(' ')))
              << Qt::endl;
        return 2;
    }
    auto store = openStore(p, db::Store::OpenMode::ExistingOnly);
    if (!store)
        return 1;
    // A rollback of a week of the whole market rewrites 5,000 pages: copying them into the store file and syncing
    // it was half of the command's time. The next import's commit does it (docs/performance.md, fifth round).
    store->leaveCheckpointToNextWriter();
    if (auto r = db::BatchRepository::rollback(*store, id); !r) {
        err() << r.error().message << Qt::endl;
        return 1;
    }
    out() << QCoreApplication::translate("CommandLine", "Rolled back batch %1.").arg(id) << Qt::endl;
    return 0;
}

int runGui(QApplication &app, LanguageManager &languages, const QStringList &args)
{
    QCommandLineParser p;
    p.addOption(QCommandLineOption(QStringLiteral("db"), QCoreApplication::translate("CommandLine", "The store to use."), QStringLiteral("PATH")));
    p.addOption(QCommandLineOption(QStringLiteral("lang"), QCoreApplication::translate("CommandLine", "Language: zh_CN or en."), QStringLiteral("LANG")));
    p.addOption(QCommandLineOption(QStringLiteral("page"), QCoreApplication::translate("CommandLine", "The dashboard to open: market, centres, models, chips or data."), QStringLiteral("PAGE")));
    p.addOption(QCommandLineOption(QStringLiteral("open"), QCoreApplication::translate("CommandLine", "Open the import wizard for this CSV file."), QStringLiteral("FILE")));
    p.addOption(QCommandLineOption(QStringLiteral("week"), QCoreApplication::translate("CommandLine", "Show the market review of the week containing this date."), QStringLiteral("DATE")));
    p.addPositionalArgument(QStringLiteral("FILE"), QCoreApplication::translate("CommandLine", "CSV files to open in the import wizard."), QStringLiteral("[FILE...]"));
    p.process(args);
    // --db beats ZHISUAN_DB beats the store chosen last in Settings ▸ Store beats the default.
    QString address = p.value(QStringLiteral("db"));
    if (address.isEmpty() && qEnvironmentVariableIsEmpty("ZHISUAN_DB"))
        address = StoreSession::savedAddress();
    StoreSession session(&languages);
    if (auto opened = session.open(db::Store::resolvePath(address)); !opened) {
        QMessageBox::critical(nullptr, QCoreApplication::translate("CommandLine", "ZhiSuan Board"), opened.error().message);
        return 1;
    }
    MainWindow &window = *session.window();
    if (p.isSet(QStringLiteral("page")))
        window.showPage(p.value(QStringLiteral("page")));
    if (p.isSet(QStringLiteral("week"))) {
        QByteArray iso;
        if (db::ValueParser::parseDate(p.value(QStringLiteral("week")).toUtf8(), iso))
            if (auto *market = window.findChild<MarketDashboard *>())
                market->setWeek(QDate::fromString(QString::fromLatin1(iso), Qt::ISODate));
    }
    // --open FILE, or files named bare as a file manager passes them: both open the import wizard.
    const QStringList files = p.values(QStringLiteral("open")) + p.positionalArguments();
    if (!files.isEmpty())
        window.openImportWizard(files);
    return app.exec();
}

} // namespace

QStringList CommandLine::commands()
{
    return kSubcommands;
}

bool CommandLine::isHeadless(const QStringList &args)
{
    for (int i = 1; i < args.size(); ++i) {
        const QString &a = args[i];
        if (a == QLatin1String("--db") || a == QLatin1String("--lang") || a == QLatin1String("--page")
            || a == QLatin1String("--open") || a == QLatin1String("--week")) {
            ++i;
            continue;
        }
        if (kSubcommands.contains(a) || a == QLatin1String("-h") || a == QLatin1String("--help")
            || a == QLatin1String("-v") || a == QLatin1String("--version"))
            return true;
        if (!a.startsWith(QLatin1Char('-')) && QFileInfo(a).isFile())
            continue; // a file to import, as the desktop passes it (Exec=zhisuan %F): the window's import wizard
        if (!a.startsWith(QLatin1Char('-')))
            return true; // an unknown command: answered on the terminal, not with a window
    }
    return false;
}

namespace {

QtMessageHandler g_defaultHandler = nullptr;

// Platforms without window-manager size hints (offscreen, and so the window run headless or in CI) answer every
// size-hint change of a window or of a chart laid out for a brief or an export with Qt's own warning "This plugin
// does not support propagateSizeHints()" (QPlatformWindow's default): noise on the terminal of a window or a
// command that worked. Only that warning is dropped; every other message goes to the handler that was there.
void quietPlatformHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (type == QtWarningMsg && message.startsWith(QLatin1String("This plugin does not support propagateSizeHints")))
        return;
    if (g_defaultHandler)
        g_defaultHandler(type, context, message);
}

// The command is the first argument that is not an option or an option's value; `rest` gets the others.
QString commandOf(const QStringList &args, QStringList *rest = nullptr)
{
    QString command;
    QStringList others{args.value(0)};
    for (int i = 1; i < args.size(); ++i) {
        const QString &a = args[i];
        if (command.isEmpty() && (a == QLatin1String("--db") || a == QLatin1String("--lang"))) {
            others << a;
            if (i + 1 < args.size())
                others << args[++i];
            continue;
        }
        if (command.isEmpty() && !a.startsWith(QLatin1Char('-'))) {
            command = a;
            continue;
        }
        others << a;
    }
    if (rest)
        *rest = others;
    return command;
}

} // namespace

void CommandLine::quietenPlatformNoise()
{
    static bool installed = false;
    if (installed)
        return;
    installed = true;
    g_defaultHandler = qInstallMessageHandler(quietPlatformHandler);
}

int CommandLine::run(int argc, char **argv)
{
    db::StepTimer timer("start-up"); // ZHISUAN_TIMINGS=1
    QStringList raw;
    for (int i = 0; i < argc; ++i)
        raw << QString::fromLocal8Bit(argv[i]);
    const bool headless = isHeadless(raw);
    quietenPlatformNoise(); // the window too, not only the commands (issue 16)
    if (headless) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
        // The offscreen platform asks for a runtime directory; on servers and in CI there often is none,
        // and Qt's warning about it would land in every command's output.
        if (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR")) {
            const QString runtime = QDir::tempPath() + QStringLiteral("/zhisuan-runtime-") + QString::number(getuid());
            QDir().mkpath(runtime);
            QFile::setPermissions(runtime, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
            qputenv("XDG_RUNTIME_DIR", QFile::encodeName(runtime));
        }
    }

    // Only the window, export and report draw: the other commands run on a QCoreApplication, without the platform
    // plugin, fonts or styles a QApplication loads first (a rollback or a query then starts in a fraction of the time).
    const QString first = commandOf(raw);
    const bool draws = !headless || first == QLatin1String("export") || first == QLatin1String("report");
    // Rollback's delete reads 5,000 pages of the daily quotes' key on the big store: its page cache in huge pages
    // (before any store is opened). The pool is resident once a store is open, so only rollback takes it.
    if (first == QLatin1String("rollback"))
        db::Store::reservePageCache(8192); // 36 MiB: 16,384 pages measured slower (more to fault in)
    std::unique_ptr<QCoreApplication> application = draws ? std::make_unique<QApplication>(argc, argv) : std::make_unique<QCoreApplication>(argc, argv);
    timer.step("application");
    if (draws) {
        // Chinese text falls back to the first CJK face fontconfig lists, often the Japanese one, whose glyph shapes
        // differ: name the Simplified Chinese face after the default one.
        if (QFontDatabase::families().contains(QStringLiteral("Noto Sans CJK SC"))) {
            QFont font = QApplication::font();
            font.setFamilies({QFontInfo(font).family(), QStringLiteral("Noto Sans CJK SC")});
            QApplication::setFont(font);
        }
        QApplication::setApplicationDisplayName(QStringLiteral("ZhiSuan Board"));
        // Wayland's app id and the X11 startup notification name the installed desktop entry, so the shell shows its icon.
        QGuiApplication::setDesktopFileName(QStringLiteral("io.github.zhisuan.Board"));
    }
    QCoreApplication::setOrganizationName(QStringLiteral("ZhiSuan"));
    QCoreApplication::setApplicationName(QStringLiteral("zhisuan"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ZHISUAN_VERSION));
    out().setEncoding(QStringConverter::Utf8);
    err().setEncoding(QStringConverter::Utf8);

    const QStringList args = QCoreApplication::arguments();
    QString lang = settings::language.get();
    const qsizetype langAt = args.indexOf(QStringLiteral("--lang"));
    if (langAt > 0 && langAt + 1 < args.size())
        lang = args[langAt + 1];
    LanguageManager languages;
    languages.setLanguage(lang);
    timer.step("fonts, settings and translators");

    if (!headless)
        return runGui(*static_cast<QApplication *>(application.get()), languages, args);

    QStringList rest;
    const QString command = commandOf(args, &rest);
    if (command.isEmpty()) {
        if (args.contains(QStringLiteral("-v")) || args.contains(QStringLiteral("--version"))) {
            out() << QStringLiteral("zhisuan %1").arg(QStringLiteral(ZHISUAN_VERSION)) << Qt::endl;
            return 0;
        }
        out() << usage();
        return 0;
    }
    if (command == QLatin1String("init"))
        return runInit(rest);
    if (command == QLatin1String("check"))
        return runCheck(args);
    if (command == QLatin1String("import"))
        return runImport(rest);
    if (command == QLatin1String("csv"))
        return runCsv(rest);
    if (command == QLatin1String("query"))
        return runQuery(rest);
    if (command == QLatin1String("export"))
        return runExport(rest, languages);
    if (command == QLatin1String("report"))
        return runReport(rest);
    if (command == QLatin1String("batches"))
        return runBatches(rest);
    if (command == QLatin1String("rollback"))
        return runRollback(rest);
    if (command == QLatin1String("copy-store"))
        return runCopyStore(rest);
    if (command == QLatin1String("store-path")) {
        QCommandLineParser p;
        addCommonOptions(p);
        p.process(rest);
        out() << db::Store::resolvePath(p.value(QStringLiteral("db"))) << Qt::endl;
        return 0;
    }
    err() << QCoreApplication::translate("CommandLine", "zhisuan: unknown command “%1”; expected one of %2").arg(command, kSubcommands.join(QStringLiteral(", ")))
          << Qt::endl
          << Qt::endl
          << usage();
    return 2;
}

} // namespace zhisuan::app
