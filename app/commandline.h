#pragma once

#include <QStringList>

namespace zhisuan::app {

// `zhisuan` with no subcommand opens the dashboard; a subcommand runs headless (offscreen platform).
class CommandLine
{
public:
    static int run(int argc, char **argv);
    static bool isHeadless(const QStringList &args);
};

} // namespace zhisuan::app
