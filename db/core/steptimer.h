#pragma once

#include <QElapsedTimer>
#include <QString>

#include <cstdio>

namespace zhisuan::db {

// Time per step of a long operation (rollback, the brief, start-up), printed to standard error when the
// environment sets ZHISUAN_TIMINGS: how the benchmarks' figures were taken apart (docs/performance.md). Costs
// one environment lookup when unset.
class StepTimer
{
public:
    explicit StepTimer(const char *what) : m_what(what), m_on(qEnvironmentVariableIsSet("ZHISUAN_TIMINGS"))
    {
        if (m_on)
            m_timer.start();
    }
    // Prints the time since the last step (or the start) under `step`.
    void step(const char *step)
    {
        if (!m_on)
            return;
        std::fprintf(stderr, "%s: %s %.1f ms\n", m_what, step, double(m_timer.nsecsElapsed()) / 1e6);
        m_timer.restart();
    }

private:
    const char *m_what;
    bool m_on;
    QElapsedTimer m_timer;
};

} // namespace zhisuan::db
