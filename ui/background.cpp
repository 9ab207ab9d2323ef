#include "ui/background.h"

#ifdef Q_OS_LINUX
#include <sys/resource.h>
#include <unistd.h>
#endif

namespace {
Q_GLOBAL_STATIC(QThreadPool, windowPool)
#ifdef Q_OS_LINUX
constexpr int Lower = 10; // the nice value a background chore adds
#endif
} // namespace

QThreadPool *backgroundPool()
{
    return windowPool();
}

BackgroundPriority::BackgroundPriority()
{
#ifdef Q_OS_LINUX
    const auto thread = id_t(gettid());
    m_previous = getpriority(PRIO_PROCESS, thread);
    setpriority(PRIO_PROCESS, thread, qMin(m_previous + Lower, 19));
#endif
}

BackgroundPriority::~BackgroundPriority()
{
#ifdef Q_OS_LINUX
    // Raising it back needs no privilege only up to the value the thread started with.
    setpriority(PRIO_PROCESS, id_t(gettid()), m_previous);
#endif
}
