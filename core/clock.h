#pragma once

#include <QDateTime>
#include <QObject>

#include <chrono>

// The time a class paces and backs off by. The system's by default; a test passes one it moves
// by hand, so waits of seconds are checked exactly and at once.
class Clock : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Clock)

public:
    using QObject::QObject;

    // Steady time for deadlines: never goes back when the wall clock is set.
    virtual std::chrono::milliseconds now() const = 0;
    // Wall time, for dates such as an HTTP Retry-After.
    virtual QDateTime currentUtc() const = 0;

    // The system's clock, shared; lives for the whole program.
    static Clock *system();

Q_SIGNALS:
    // Time moved other than by waiting (a test's clock): deadlines are due to be looked at again.
    void jumped();
};
