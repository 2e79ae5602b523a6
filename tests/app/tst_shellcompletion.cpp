#include "chartcatalog.h"
#include "commandline.h"
#include "computeanalytics.h"
#include "marketanalytics.h"
#include "modelanalytics.h"
#include "pageregistry.h"

#include <QFile>
#include <QRegularExpression>
#include <QTest>

using namespace zhisuan;

// The bash completion and the man page name the subcommands, chart ids and query views by hand: every one the
// program knows must be there, or TAB and `man zhisuan` quietly stop offering it.
class TestShellCompletion : public QObject
{
    Q_OBJECT
private:
    static QString read(const QString &relative)
    {
        QFile f(QStringLiteral(ZHISUAN_SOURCE_DIR "/") + relative);
        if (!f.open(QIODevice::ReadOnly))
            return {};
        return QString::fromUtf8(f.readAll());
    }
    // The words of `local NAME="…"` in the completion script.
    static QStringList completionWords(const QString &name)
    {
        static const QString script = read(QStringLiteral("resources/completion/zhisuan"));
        const auto m = QRegularExpression(QStringLiteral("local %1=\"([^\"]*)\"").arg(name)).match(script);
        return m.hasMatch() ? m.captured(1).split(QLatin1Char(' '), Qt::SkipEmptyParts) : QStringList();
    }
    static QStringList chartIds()
    {
        QStringList ids;
        for (const auto &c : app::ChartCatalog::all())
            ids << c.id;
        return ids;
    }
    static QStringList views()
    {
        return db::MarketAnalytics::views() + db::ComputeAnalytics::views() + db::ModelAnalytics::views();
    }

private slots:
    void completionOffersWhatTheProgramKnows_data()
    {
        QTest::addColumn<QString>("list");
        QTest::addColumn<QStringList>("known");
        QTest::newRow("subcommands") << QStringLiteral("commands") << app::CommandLine::commands();
        QTest::newRow("chart ids") << QStringLiteral("charts") << chartIds();
        QTest::newRow("query views") << QStringLiteral("views") << views();
        QTest::newRow("page ids") << QStringLiteral("pages") << app::PageRegistry::ids(); // --page
    }
    void completionOffersWhatTheProgramKnows()
    {
        QFETCH(QString, list);
        QFETCH(QStringList, known);
        QVERIFY(!known.isEmpty());
        QStringList offered = completionWords(list);
        QStringList expected = known;
        offered.sort();
        expected.sort();
        QCOMPARE(offered, expected); // nothing missing, nothing the program does not know
    }

    void manPageNamesEveryCommandChartAndView()
    {
        QString page = read(QStringLiteral("resources/man/zhisuan.1"));
        QVERIFY(!page.isEmpty());
        page.replace(QStringLiteral("\\-"), QStringLiteral("-"));
        for (const QString &word : app::CommandLine::commands() + chartIds() + views() + app::PageRegistry::ids())
            QVERIFY2(page.contains(QRegularExpression(QStringLiteral("(^|[\\s,(])%1([\\s,).]|$)").arg(QRegularExpression::escape(word)))),
                     qPrintable(QStringLiteral("the man page does not mention %1").arg(word)));
    }
};

QTEST_APPLESS_MAIN(TestShellCompletion)
#include "tst_shellcompletion.moc"
