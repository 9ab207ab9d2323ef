#pragma once

#include <QMutex>
#include <QWaitCondition>

#include <atomic>

// Lets the window pause a run: pool threads wait here between chunks while it is closed. Waiting
// wakes up regularly so a cancel flag is noticed even if nobody opens the gate.
class PauseGate final
{
    Q_DISABLE_COPY_MOVE(PauseGate)

public:
    PauseGate() = default;

    void setPaused(bool paused);
    bool isPaused() const { return m_paused.load(); }

    void waitWhilePaused(const std::atomic_bool *cancel = nullptr) const;

private:
    std::atomic_bool m_paused { false };
    mutable QMutex m_mutex;
    mutable QWaitCondition m_opened;
};
