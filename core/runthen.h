#pragma once

#include <QFutureWatcher>
#include <QObject>
#include <QThreadPool>
#include <QtConcurrent>

#include <type_traits>

// Runs `work` on `pool` and `done(result)` on `context`'s thread, unless `context` is gone by
// then: the watcher dies with it. Qt 6.4's QFuture::then(context) asserts instead when the
// context dies first.
template<typename Work, typename Done>
void runThen(QThreadPool *pool, QObject *context, Work work, Done done)
{
    using Result = std::invoke_result_t<Work>;
    auto *watcher = new QFutureWatcher<Result>(context);
    QObject::connect(watcher, &QFutureWatcherBase::finished, context,
                     [watcher, done = std::move(done)]() mutable {
                         done(watcher->result());
                         watcher->deleteLater();
                     });
    watcher->setFuture(QtConcurrent::run(pool, std::move(work)));
}
