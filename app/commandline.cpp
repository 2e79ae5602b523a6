#include "storecheck.h"
#include "commandline.h"
#include "commandio.h"
#include "exportcommand.h"
#include "importcommand.h"
#include "querycommand.h"
#include "reportcommand.h"
#include "storesession.h"

#include "csvreader.h"
#include "importjob.h"
#include "languagemanager.h"
#include "mainwindow.h"
#include "pageregistry.h"
#include "marketdashboard.h"
#include "settings.h"
#include "starterdataset.h"
#include "steptimer.h"
#include "store.h"
#include "storecopy.h"
#include "teamroles.h"
#include "textdecoder.h"
#include "viewcatalog.h"

#include <QApplication>
#include <QFontDatabase>
#include <QFontInfo>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>

#include <cmath>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageBox>
#include <QTextStream>

#include <cstdio>
#include <unistd.h>

namespace zhisuan::app {

namespace {

// The commands' streams, by their short names here (the commands in their own files say CommandIo::out()).
QTextStream &out()
{
    return CommandIo::out();
}
QTextStream &err()
{
    return CommandIo::err();
}

const QStringList kSubcommands{QStringLiteral("init"), QStringLiteral("import"), QStringLiteral("csv"), QStringLiteral("query"), QStringLiteral("export"),
                               QStringLiteral("report"), QStringLiteral("batches"), QStringLiteral("check"), QStringLiteral("rollback"), QStringLiteral("store-path"),
                               QStringLiteral("copy-store")};



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

int runInit(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(QCoreApplication::translate("CommandLine", "Create the store with the starter dataset, or bring an existing one up to date."));
    CommandIo::addCommonOptions(p);
    p.addOption(QCommandLineOption(QStringLiteral("empty"),
                                   QCoreApplication::translate("CommandLine", "Create the store without the starter dataset (only your own imports).")));
    p.addOption(QCommandLineOption(QStringLiteral("team"),
                                   QCoreApplication::translate("CommandLine", "On a PostgreSQL team store: also create the reader and editor roles and grant them.")));
    p.process(args);
    auto store = CommandIo::openStore(p, db::Store::OpenMode::CreateIfMissing);
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
        CommandIo::printReport(r);
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
    CommandIo::addCommonOptions(p);
    p.process(args);
    auto store = CommandIo::openStore(p, db::Store::OpenMode::ReadOnly);
    if (!store)
        return 1;
    auto findings = db::StoreCheck::run(*store, true);
    if (!findings) {
        err() << findings.error().message << Qt::endl;
        return 1;
    }
    if (findings.value().isEmpty()) {
        out() << store->checkPassedText()
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

int runBatches(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(QCoreApplication::translate("CommandLine", "List import batches, newest first."));
    CommandIo::addCommonOptions(p);
    p.process(args);
    auto store = CommandIo::openStore(p, db::Store::OpenMode::ReadOnly);
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
    CommandIo::addCommonOptions(p);
    p.addPositionalArgument(QStringLiteral("BATCH"), QCoreApplication::translate("CommandLine", "The batch number (see zhisuan batches)."));
    p.process(args);
    bool ok = false;
    const qint64 id = p.positionalArguments().value(0).toLongLong(&ok);
    if (p.positionalArguments().size() != 1 || !ok) {
        err() << QCoreApplication::translate("CommandLine", "zhisuan rollback: expected one batch number, found “%1”").arg(p.positionalArguments().join(QLatin1Char(' ')))
              << Qt::endl;
        return 2;
    }
    auto store = CommandIo::openStore(p, db::Store::OpenMode::ExistingOnly);
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
    p.addOption(QCommandLineOption(QStringLiteral("page"), QCoreApplication::translate("CommandLine", "The dashboard to open: %1.").arg(PageRegistry::ids().join(QStringLiteral(", "))),
                                   QStringLiteral("PAGE")));
    p.addOption(QCommandLineOption(QStringLiteral("open"), QCoreApplication::translate("CommandLine", "Open the import wizard for this CSV or Excel file."), QStringLiteral("FILE")));
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
    if (p.isSet(QStringLiteral("page"))) {
        if (!PageRegistry::find(p.value(QStringLiteral("page"))))
            err() << QCoreApplication::translate("CommandLine", "--page: expected one of %1, found “%2”; opening the first")
                         .arg(PageRegistry::ids().join(QStringLiteral(", ")), p.value(QStringLiteral("page")))
                  << Qt::endl;
        window.showPage(p.value(QStringLiteral("page")));
    }
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
        // The window's own options take a value too: `zhisuan --page market` opens the market page, it is no command.
        if (command.isEmpty() && (a == QLatin1String("--db") || a == QLatin1String("--lang") || a == QLatin1String("--page")
                                  || a == QLatin1String("--open"))) {
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
        return ImportCommand::run(rest);
    if (command == QLatin1String("csv"))
        return runCsv(rest);
    if (command == QLatin1String("query"))
        return QueryCommand::run(rest);
    if (command == QLatin1String("export"))
        return ExportCommand::run(rest);
    if (command == QLatin1String("report"))
        return ReportCommand::run(rest);
    if (command == QLatin1String("batches"))
        return runBatches(rest);
    if (command == QLatin1String("rollback"))
        return runRollback(rest);
    if (command == QLatin1String("copy-store"))
        return runCopyStore(rest);
    if (command == QLatin1String("store-path")) {
        QCommandLineParser p;
        CommandIo::addCommonOptions(p);
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
