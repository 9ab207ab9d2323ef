#include "core/archiveoperation.h"

#include "core/archivelock.h"

#include <QFileInfo>
#include <QtConcurrent>

ArchiveOperation::ArchiveOperation(QString outputDir, Access access,
                                   std::shared_ptr<ArchiveLock> lock, QObject *parent)
    : QObject(parent)
    , m_outputDir(std::move(outputDir))
    , m_access(access)
    , m_lock(std::move(lock))
{
    m_pool.setMaxThreadCount(1);
    connect(&m_watcher, &QFutureWatcherBase::finished, this, [this] {
        m_running = false;
        if (m_busy)
            m_outcome = Outcome::Busy;
        else if (m_cancel)
            m_outcome = Outcome::Cancelled;
        else
            m_outcome = m_errors.isEmpty() ? Outcome::Done : Outcome::Failed;
        Q_EMIT finished(m_outcome);
    });
}

ArchiveOperation::~ArchiveOperation()
{
    stopWork();
}

void ArchiveOperation::stopWork()
{
    m_cancel = true;
    m_pool.waitForDone();
}

void ArchiveOperation::start()
{
    Q_ASSERT(!m_running);
    m_running = true;
    m_cancel = false;
    m_watcher.setFuture(QtConcurrent::run(&m_pool, [this] { perform(); }));
}

void ArchiveOperation::cancel()
{
    m_cancel = true; // from any thread
}

void ArchiveOperation::perform()
{
    if (!m_lock && !takeLock())
        return;
    if (!m_cancel)
        work();
}

bool ArchiveOperation::takeLock()
{
    // No archive folder: nothing to lock; the operation says what is missing.
    if (!QFileInfo(m_outputDir).isDir())
        return true;
    auto lock = std::make_shared<ArchiveLock>(m_outputDir);
    switch (lock->tryLock()) {
    case ArchiveLock::Result::Locked:
        m_lock = lock;
        return true;
    case ArchiveLock::Result::Busy:
        m_busy = true;
        m_errors.append(lock->errorString());
        return false;
    case ArchiveLock::Result::Failed:
        if (m_access == Access::Read)
            return true;
        m_errors.append(lock->errorString());
        return false;
    }
    return false;
}
