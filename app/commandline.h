#pragma once

#include <QStringList>

namespace zhisuan::app {

// `zhisuan` with no subcommand opens the dashboard; a subcommand runs headless (offscreen platform).
class CommandLine
{
public:
    static int run(int argc, char **argv);
    static bool isHeadless(const QStringList &args);
    // Drops Qt's "This plugin does not support propagateSizeHints()" warning (offscreen platform), window and
    // commands alike; every other message passes. run() calls it first; idempotent.
    static void quietenPlatformNoise();
    // The subcommands, as `zhisuan --help` lists them (the bash completion and man page are tested against it).
    static QStringList commands();
};

} // namespace zhisuan::app
