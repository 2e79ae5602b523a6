#pragma once

#include <QStringList>

namespace zhisuan::app {

// `zhisuan query`: the rows behind a view of the dashboards, as CSV or JSON.
class QueryCommand
{
public:
    // `args`: the program name, then the command's options and arguments (the command word left out).
    static int run(const QStringList &args);
};

} // namespace zhisuan::app
