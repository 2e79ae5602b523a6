// One GUI measurement of bench_dashboard, in a process of its own so that its RSS is the window's:
//   start: from before the store opens to the main window's first paint (offscreen platform);
//   week: a ◀ previous-week click on the market page, as the longest stretch the UI thread was blocked
//         (the gap between 5 ms heartbeats) in the 3 s after the click;
//   rss: resident set size after both, in MiB.
// Usage: bench_gui STORE. Prints "start_ms week_ms rss_mib".
#include "languagemanager.h"
#include "mainwindow.h"
#include "marketdashboard.h"
#include "store.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QPushButton>
#include <QTextStream>
#include <QTimer>

#include <cstdio>

using namespace zhisuan;

namespace {

class FirstPaint : public QObject
{
public:
    bool painted = false;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && watched->isWidgetType())
            painted = true;
        return QObject::eventFilter(watched, event);
    }
};

double residentMiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("ZhiSuanBench"));
    QCoreApplication::setApplicationName(QStringLiteral("bench_gui"));
    if (argc < 2)
        return 2;
    FirstPaint firstPaint;
    app.installEventFilter(&firstPaint);
    QElapsedTimer timer;
    timer.start();
    auto store = db::Store::open(QString::fromLocal8Bit(argv[1]), db::Store::OpenMode::ExistingOnly);
    if (!store) {
        std::fprintf(stderr, "%s\n", qPrintable(store.error().message));
        return 1;
    }
    app::LanguageManager languages;
    app::MainWindow window(store.value().get(), &languages);
    if (auto *market = window.findChild<app::MarketDashboard *>()) // as zhisuan's GUI does (CommandLine::runGui)
        market->setLoadsInBackground(true);
    window.resize(1400, 900);
    window.showPage(QStringLiteral("market"));
    window.show();
    while (!firstPaint.painted && timer.elapsed() < 120000)
        app.processEvents(QEventLoop::AllEvents, 5);
    const double startMs = timer.nsecsElapsed() / 1e6;

    // Let start-up work settle, then click ◀ and watch the heartbeat.
    QElapsedTimer settle;
    settle.start();
    while (settle.elapsed() < 1500)
        app.processEvents(QEventLoop::AllEvents, 5);
    auto *market = window.findChild<app::MarketDashboard *>();
    QPushButton *previous = nullptr;
    if (market)
        for (auto *b : market->findChildren<QPushButton *>())
            if (b->text().contains(QChar(0x25C0)))
                previous = b;
    double weekMs = -1;
    if (previous) {
        QElapsedTimer beat;
        qint64 last = 0, longest = 0;
        QTimer heartbeat;
        heartbeat.setInterval(5);
        QObject::connect(&heartbeat, &QTimer::timeout, [&] {
            const qint64 now = beat.nsecsElapsed();
            longest = std::max(longest, now - last);
            last = now;
        });
        beat.start();
        heartbeat.start();
        QTimer::singleShot(20, previous, &QPushButton::click);
        QElapsedTimer window3s;
        window3s.start();
        while (window3s.elapsed() < 3000)
            app.processEvents(QEventLoop::AllEvents, 5);
        heartbeat.stop();
        weekMs = longest / 1e6;
    }
    QTextStream(stdout) << QString::number(startMs, 'f', 1) << ' ' << QString::number(weekMs, 'f', 1) << ' '
                        << QString::number(residentMiB(), 'f', 1) << Qt::endl;
    return 0;
}
