#pragma once

#include <QByteArray>
#include <QFile>

#ifdef __GLIBC__
#include <malloc.h>
#endif

// This process's memory as Linux tells it in /proc/self/status, for tests that bound what a
// piece of work keeps. -1 where there is no such file.
namespace ProcessMemory {

// A field in KiB: "VmRSS" (resident now) or "VmHWM" (the peak since resetPeak()).
inline qint64 kib(const char *field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray prefix = QByteArray(field) + ':';
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(prefix))
            return line.mid(prefix.size()).trimmed().split(' ').constFirst().toLongLong();
    }
    return -1;
}

inline bool resetPeak()
{
    QFile clearRefs(QStringLiteral("/proc/self/clear_refs"));
    return clearRefs.open(QIODevice::WriteOnly) && clearRefs.write("5") == 1;
}

// How far the peak rose since it was made. What was freed before is given back to the system
// first (glibc keeps it otherwise), so that the work measured cannot take it again unseen.
class PeakGrowth
{
public:
    PeakGrowth()
    {
#ifdef __GLIBC__
        malloc_trim(0);
#endif
        m_started = resetPeak();
        m_beforeKib = ProcessMemory::kib("VmRSS");
    }

    bool started() const { return m_started && m_beforeKib >= 0; }
    qint64 kib() const { return ProcessMemory::kib("VmHWM") - m_beforeKib; }

private:
    bool m_started = false;
    qint64 m_beforeKib = -1;
};

} // namespace ProcessMemory
