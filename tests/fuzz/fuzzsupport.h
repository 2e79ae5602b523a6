#pragma once

// Shared by the libFuzzer targets: a QCoreApplication for the code that needs one (the SQLite plugin,
// QtConcurrent, translations), and a read of every byte a parser hands back, so that a view of freed memory
// is reported by AddressSanitizer where it is made, not when some later caller happens to use it.

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>

#include <cstdio>
#include <cstdlib>

namespace fuzzsupport {

inline void ensureApplication()
{
    static int argc = 1;
    static char name[] = "zhisuan-fuzz";
    static char *argv[] = {name, nullptr};
    // Never destroyed: at exit, Qt's own globals may be gone before a static QCoreApplication would be, and
    // ~QCoreApplication then crashes. The pointer stays reachable, so LeakSanitizer does not count it.
    [[maybe_unused]] static QCoreApplication *app =
        QCoreApplication::instance() ? nullptr : new QCoreApplication(argc, argv);
}

// Reads every byte; the volatile sink keeps the compiler from dropping the loop.
inline void touch(QByteArrayView bytes)
{
    static volatile unsigned char sink = 0;
    unsigned char x = 0;
    for (char c : bytes)
        x ^= static_cast<unsigned char>(c);
    sink = sink ^ x;
}

// An invariant the code promises: say which one failed and abort, so that libFuzzer saves the input.
inline void fail(const char *condition, const char *file, int line)
{
    std::fprintf(stderr, "%s:%d: fuzz check failed: %s\n", file, line, condition);
    std::abort();
}

} // namespace fuzzsupport

#define FUZZ_CHECK(condition) ((condition) ? void() : fuzzsupport::fail(#condition, __FILE__, __LINE__))
