#include "ui/runcontroller.h"

#include "core/archiverun.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcController, "cdm.ui.run")

RunController::RunController(QObject *parent)
    : QObject(parent)
{
    m_thread.setObjectName(QStringLiteral("ArchiveRun"));
    m_thread.start();
}

RunController::~RunController()
{
    // Normally the window cancels and waits for the end (it asks before closing). If not, stop the
    // run where it is: its destructor cancels and waits for its pool, between two chunks.
    if (m_current)
        QMetaObject::invokeMethod(
            m_current, [run = m_current] { delete run; }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

void RunController::start(const QList<RunOptions> &jobs)
{
    Q_ASSERT(!isRunning());
    m_pending = jobs;
    m_paused = false;
    m_cancelled = false;
    startNext();
}

void RunController::setPaused(bool paused)
{
    if (!m_current || paused == m_paused)
        return;
    m_paused = paused;
    QMetaObject::invokeMethod(m_current, [run = m_current, paused] { run->setPaused(paused); });
}

void RunController::cancel()
{
    m_cancelled = true;
    m_pending.clear();
    if (m_current)
        QMetaObject::invokeMethod(m_current, &ArchiveRun::cancel);
}

void RunController::startNext()
{
    if (m_pending.isEmpty()) {
        Q_EMIT allFinished(m_cancelled);
        return;
    }
    m_job = m_pending.takeFirst();
    m_current = new ArchiveRun(m_job);
    // Created here, moved before it starts anything: its timers, pool continuations and network
    // manager all come to life on the worker thread.
    m_current->moveToThread(&m_thread);
    connect(m_current, &ArchiveRun::progressChanged, this, &RunController::progressChanged);
    connect(m_current, &ArchiveRun::stagesChanged, this, &RunController::stagesChanged);
    connect(m_current, &ArchiveRun::fileFinished, this, &RunController::fileFinished);
    connect(m_current, &ArchiveRun::finished, this, &RunController::onJobFinished);
    qCInfo(lcController).noquote()
        << "archiving" << m_job.sources.join(QStringLiteral(", ")) << "into" << m_job.outputDir;
    Q_EMIT jobStarted(m_job);
    const bool paused = m_paused;
    QMetaObject::invokeMethod(m_current, [run = m_current, paused] {
        run->start();
        if (paused)
            run->setPaused(true);
    });
}

void RunController::onJobFinished(const RunSummary &summary)
{
    m_current->deleteLater(); // on its own thread, after the signal that brought us here
    m_current = nullptr;
    Q_EMIT jobFinished(m_job, summary);
    startNext();
}
