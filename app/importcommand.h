#pragma once

#include <QStringList>

namespace zhisuan::app {

// `zhisuan import`: terminal files into the store, each whole or not at all; `--list-kinds` lists what it reads.
class ImportCommand
{
public:
    // `args`: the program name, then the command's options and arguments (the command word left out).
    static int run(const QStringList &args);
};

} // namespace zhisuan::app
