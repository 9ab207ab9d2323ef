#pragma once

#include <QElapsedTimer>
#include <QFile>
#include <QList>
#include <QObject>
#include <QTimer>

#include <algorithm>
#include <cstdio>

#ifdef Q_OS_LINUX
#include <time.h>
#endif

// Records the gaps between ticks of a 1 ms timer: each gap beyond 1 ms is time the event loop
// could not run, i.e. the window could not repaint or react.
class StallMeter final : public QObject
{
public:
    StallMeter()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(1);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            const qint64 now = m_clock.nsecsElapsed();
            const qint64 cpu = threadCpuNs();
            const qint64 waited = threadWaitNs();
            m_gapsMs.append((now - m_last) / 1e6);
            m_endsMs.append(now / 1e6);
            m_cpuMs.append((cpu - m_lastCpu) / 1e6);
            m_last = now;
            m_lastCpu = cpu;
            m_waitMs.append((waited - m_lastWait) / 1e6);
            m_lastWait = waited;
        });
    }
    void start()
    {
        m_clock.start();
        m_last = 0;
        m_lastCpu = threadCpuNs();
        m_lastWait = threadWaitNs();
        m_timer.start();
    }
    void stop() { m_timer.stop(); }

    // The calling thread's own CPU time. A stall with little of the UI thread's waited for the
    // disk, a lock or a core (two shared cores); one with all of it is the window's own work.
    static qint64 threadCpuNs()
    {
#ifdef Q_OS_LINUX
        timespec now {};
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
        return qint64(now.tv_sec) * 1000000000 + now.tv_nsec;
#else
        return 0;
#endif
    }

    void print() const
    {
        QList<double> gaps = m_gapsMs;
        std::sort(gaps.begin(), gaps.end());
        const auto percentile = [&gaps](double p) {
            return gaps.isEmpty() ? 0.0
                                  : gaps.at(qMin(gaps.size() - 1, qsizetype(gaps.size() * p)));
        };
        const auto over = [&gaps](double ms) {
            return std::count_if(gaps.cbegin(), gaps.cend(), [ms](double gap) { return gap > ms; });
        };
        std::printf("  timer ticks             %8lld\n", qint64(gaps.size()));
        std::printf("  longest stall           %8.1f ms\n",
                    gaps.isEmpty() ? 0.0 : gaps.constLast());
        std::printf("  99.9th percentile gap   %8.1f ms\n", percentile(0.999));
        std::printf("  99th percentile gap     %8.1f ms\n", percentile(0.99));
        std::printf("  gaps > 16 / 50 / 100 ms %lld / %lld / %lld\n", qint64(over(16)),
                    qint64(over(50)), qint64(over(100)));
        for (qsizetype i = 0; i < m_gapsMs.size(); ++i) {
            if (m_gapsMs.at(i) > 50)
                std::printf("    %.1f ms stall ending at %.3f s (UI thread: %.1f ms on a core, "
                            "%.1f ms waiting for one)\n",
                            m_gapsMs.at(i), m_endsMs.at(i) / 1000, m_cpuMs.at(i), m_waitMs.at(i));
        }
    }

private:
    // How long the UI thread was ready to run but had no core (Linux's schedstat run delay).
    static qint64 threadWaitNs()
    {
        QFile schedstat(QStringLiteral("/proc/thread-self/schedstat"));
        if (!schedstat.open(QIODevice::ReadOnly))
            return 0;
        const QList<QByteArray> fields = schedstat.readAll().split(' ');
        return fields.size() > 1 ? fields.at(1).toLongLong() : 0;
    }

    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    qint64 m_lastCpu = 0;
    qint64 m_lastWait = 0;
    QList<double> m_gapsMs;
    QList<double> m_endsMs; // when each gap ended, to tell which step stalled
    QList<double> m_cpuMs; // the UI thread's CPU time in each gap
    QList<double> m_waitMs; // and its time waiting for a core
};
