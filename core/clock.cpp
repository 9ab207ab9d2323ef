#include "core/clock.h"

#include <QElapsedTimer>

namespace {

class SystemClock final : public Clock
{
public:
    SystemClock() { m_started.start(); }

    std::chrono::milliseconds now() const override
    {
        return std::chrono::milliseconds(m_started.elapsed());
    }
    QDateTime currentUtc() const override { return QDateTime::currentDateTimeUtc(); }

private:
    QElapsedTimer m_started;
};

} // namespace

Clock *Clock::system()
{
    // Never destroyed: queues on any thread may hold it until the program ends.
    static Clock *const clock = new SystemClock;
    return clock;
}
