#pragma once

#include <QFutureWatcher>
#include <QObject>
#include <QThreadPool>
#include <QtConcurrent>

#include <type_traits>

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

// Runs `work` on backgroundPool() and `done(result)` on `context`'s thread, unless
// `context` is gone by then (a closed window): the watcher dies with it. Qt 6.4's
// QFuture::then(context) asserts instead when the context dies first.
template<typename Work, typename Done> void runInBackground(QObject *context, Work work, Done done)
{
    using Result = std::invoke_result_t<Work>;
    auto *watcher = new QFutureWatcher<Result>(context);
    QObject::connect(watcher, &QFutureWatcherBase::finished, context,
                     [watcher, done = std::move(done)]() mutable {
                         done(watcher->result());
                         watcher->deleteLater();
                     });
    watcher->setFuture(QtConcurrent::run(backgroundPool(), [work = std::move(work)]() mutable {
        const BackgroundPriority lower; // the cores are the UI thread's first
        return work();
    }));
}
