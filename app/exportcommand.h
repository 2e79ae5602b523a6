#pragma once

#include <QStringList>

namespace zhisuan::app {

// `zhisuan export`: one chart as PNG, SVG or PDF, built on its own from its view model (ChartBuilder), no page.
class ExportCommand
{
public:
    // `args`: the program name, then the command's options and arguments (the command word left out).
    static int run(const QStringList &args);
};

} // namespace zhisuan::app
