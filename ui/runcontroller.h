#pragma once

#include "core/runoptions.h"
#include "core/runreport.h"

#include <QList>
#include <QObject>
#include <QThread>

class ArchiveRun;

// Runs the window's jobs (one ArchiveRun per output folder) one after another on a worker
// thread, so nothing a run does, not even writing its files, ever waits on the UI thread.
// Its signals arrive on the UI thread (queued). Each run takes its archive's lock; a job whose
// archive another process holds finishes at once with a fatal error that names it.
class RunController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunController)

public:
    explicit RunController(QObject *parent = nullptr);
    ~RunController() override;

    void start(const QList<RunOptions> &jobs);
    void setPaused(bool paused);
    void cancel();

    bool isRunning() const { return m_current != nullptr; }
    bool isPaused() const { return m_paused; }

Q_SIGNALS:
    void jobStarted(const RunOptions &job);
    void progressChanged(const RunProgress &progress);
    void stagesChanged(const QList<FileStage> &stages);
    void fileFinished(const FileReport &report);
    void jobFinished(const RunOptions &job, const RunSummary &summary);
    void allFinished(bool cancelled);

private:
    void startNext();
    void onJobFinished(const RunSummary &summary);

    QThread m_thread;
    QList<RunOptions> m_pending;
    RunOptions m_job;
    ArchiveRun *m_current = nullptr; // lives on m_thread
    bool m_paused = false;
    bool m_cancelled = false;
};
