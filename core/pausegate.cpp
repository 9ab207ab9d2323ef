#include "core/pausegate.h"

namespace {
constexpr int CancelCheckMs = 100;
}

void PauseGate::setPaused(bool paused)
{
    const QMutexLocker locker(&m_mutex);
    m_paused = paused;
    if (!paused)
        m_opened.wakeAll();
}

void PauseGate::waitWhilePaused(const std::atomic_bool *cancel) const
{
    if (!m_paused.load(std::memory_order_relaxed))
        return;
    QMutexLocker locker(&m_mutex);
    while (m_paused && !(cancel && cancel->load()))
        m_opened.wait(&m_mutex, CancelCheckMs);
}
