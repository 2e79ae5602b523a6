#pragma once

#include <QStringList>

namespace zhisuan::app {

// `zhisuan report`: the weekly brief of a week as a PDF (or an editable .odt), no page built.
class ReportCommand
{
public:
    // `args`: the program name, then the command's options and arguments (the command word left out).
    static int run(const QStringList &args);
};

} // namespace zhisuan::app
