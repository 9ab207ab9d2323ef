#pragma once

#include "core/runthen.h"

#include <QThreadPool>

// Lowers the calling thread's priority while it lives: reading an archive or decoding covers
// must leave the cores to the UI thread, which paints the results (on Linux, where a thread has
// its own nice value; elsewhere it does nothing).
class BackgroundPriority final
{
public:
    BackgroundPriority();
    ~BackgroundPriority();
    Q_DISABLE_COPY_MOVE(BackgroundPriority)

private:
    int m_previous = 0;
};

// The window's pool for reading archives and other chores. Not Qt's global pool: the raster paint
// engine splits large fills over that one and waits for them, so a long read there holds every
// paint of the window until it ends (a 100-300 ms stall while the collection loads).
QThreadPool *backgroundPool();

// runThen() on backgroundPool(), at a lower priority: the cores are the UI thread's first.
template<typename Work, typename Done> void runInBackground(QObject *context, Work work, Done done)
{
    runThen(
        backgroundPool(), context,
        [work = std::move(work)]() mutable {
            const BackgroundPriority lower;
            return work();
        },
        std::move(done));
}
