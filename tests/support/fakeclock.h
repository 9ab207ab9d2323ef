#pragma once

#include "core/clock.h"

// A clock that stands still until the test moves it.
class FakeClock final : public Clock
{
public:
    std::chrono::milliseconds now() const override { return m_now; }
    QDateTime currentUtc() const override { return m_utc.addMSecs(m_now.count()); }

    void advance(std::chrono::milliseconds by)
    {
        m_now += by;
        Q_EMIT jumped();
    }

private:
    std::chrono::milliseconds m_now { 1000000 };
    QDateTime m_utc = QDateTime(QDate(2026, 1, 1), QTime(12, 0), Qt::UTC);
};
