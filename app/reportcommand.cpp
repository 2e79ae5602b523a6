#include "reportcommand.h"

#include "commandio.h"
#include "store.h"
#include "value.h"
#include "weeklybrief.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>
#include <QFile>
#include <QFileInfo>

namespace zhisuan::app {

int ReportCommand::run(const QStringList &args)
{
    QTextStream &out = CommandIo::out();
    QTextStream &err = CommandIo::err();
    QCommandLineParser p;
    p.setApplicationDescription(QCoreApplication::translate("CommandLine", "Write the weekly brief of a week as a multi-page PDF."));
    CommandIo::addCommonOptions(p);
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
        err << QCoreApplication::translate("CommandLine", "zhisuan report: expected -o FILE.pdf, or FILE.odt for an editable copy, found “%1”").arg(output) << Qt::endl;
        return 2;
    }
    QList<WeeklyBrief::Section> sections;
    for (const QString &id : p.value(QStringLiteral("sections")).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        WeeklyBrief::Section s;
        if (!WeeklyBrief::fromId(id, &s)) {
            err << QCoreApplication::translate("CommandLine", "--sections: expected some of %1, found “%2”").arg(ids.join(QStringLiteral(", ")), id) << Qt::endl;
            return 2;
        }
        if (!sections.contains(s))
            sections << s;
    }
    auto store = CommandIo::openStore(p, db::Store::OpenMode::ReadOnly);
    if (!store)
        return 1;
    QDate day;
    if (p.isSet(QStringLiteral("week"))) {
        QByteArray iso;
        if (!db::ValueParser::parseDate(p.value(QStringLiteral("week")).toUtf8(), iso)) {
            err << QCoreApplication::translate("CommandLine", "--week: expected a date such as 2024-08-16, found “%1”").arg(p.value(QStringLiteral("week"))) << Qt::endl;
            return 2;
        }
        day = QDate::fromString(QString::fromLatin1(iso), Qt::ISODate);
    } else {
        // The latest week with index or industry returns, as --help says and the Market page opens on: the newest
        // week is often a lockup list or a valuation snapshot alone, whose brief says "no returns this week".
        const auto latest = WeeklyBrief::latestMarketWeek(*store);
        if (!latest) {
            err << latest.error().message << Qt::endl;
            return 1;
        }
        if (!latest.value().isValid()) {
            err << QCoreApplication::translate("CommandLine", "zhisuan report: the store has no market data; give the week with --week DATE") << Qt::endl;
            return 2;
        }
        day = latest.value();
        const auto [monday, sunday] = WeeklyBrief::calendarWeek(day);
        out << QCoreApplication::translate("CommandLine", "The week of %1 to %2: the latest with market data (choose another with --week DATE).")
                   .arg(monday.toString(Qt::ISODate), sunday.toString(Qt::ISODate))
            << Qt::endl;
    }
    WeeklyBrief brief(store.get());
    if (p.isSet(QStringLiteral("view"))) {
        QFile view(p.value(QStringLiteral("view")));
        if (!view.open(QIODevice::ReadOnly)) {
            err << QCoreApplication::translate("CommandLine", "--view: cannot read %1: %2").arg(view.fileName(), view.errorString()) << Qt::endl;
            return 2;
        }
        brief.setView(QString::fromUtf8(view.readAll()));
    }
    if (const db::Result<void> written = brief.write(output, day, sections); !written) {
        err << written.error().message << Qt::endl;
        return 1;
    }
    if (suffix == QLatin1String("odt"))
        out << QCoreApplication::translate("CommandLine", "Wrote %1").arg(output) << Qt::endl;
    else
        out << QCoreApplication::translate("CommandLine", "Wrote %1 (%n page(s))", "", brief.pageCount()).arg(output) << Qt::endl;
    return 0;
}


} // namespace zhisuan::app
