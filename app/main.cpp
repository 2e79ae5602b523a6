#include "commandline.h"

int main(int argc, char **argv)
{
    return zhisuan::app::CommandLine::run(argc, argv);
}
