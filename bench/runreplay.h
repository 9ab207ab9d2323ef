#pragma once

#include "core/runoptions.h"
#include "core/runreport.h"

#include <QElapsedTimer>
#include <QObject>
#include <QStringList>
#include <QTimer>

// Replays what an ArchiveRun over a large collection tells the window, without the work behind
// it: every file queued at once after the scan, then every 250 ms a batch of stages, the reports
// of the files finished meanwhile (one signal each) and the progress. Lives on a thread of its
// own, so its signals reach the window queued, as a real run's do.
class RunReplay final : public QObject
{
    Q_OBJECT

public:
    struct Shape
    {
        QString root; // the files' paths start here
        QString outputDir;
        int files = 100000;
        int folders = 10;
        int filesPerSecond = 5000;
    };
    explicit RunReplay(const Shape &shape);

    QString pathOf(int file) const;
    // Every tenth file is not on Civitai, every hundredth fails: the missing list and errors.
    static bool isMissing(int file) { return file % 10 == 9; }
    static bool fails(int file) { return file % 100 == 42; }

    void start();

Q_SIGNALS:
    void jobStarted(const RunOptions &job);
    void progressChanged(const RunProgress &progress);
    void stagesChanged(const QList<FileStage> &stages);
    void fileFinished(const FileReport &report);
    void jobFinished(const RunOptions &job, const RunSummary &summary);
    void allFinished(bool cancelled);

private:
    void tick();
    FileReport reportOf(int file) const;

    Shape m_shape;
    RunOptions m_job;
    RunSummary m_summary;
    QTimer *m_timer = nullptr;
    QElapsedTimer m_clock;
    int m_finished = 0;
};
