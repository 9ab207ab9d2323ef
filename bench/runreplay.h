#pragma once

#include "core/runoptions.h"
#include "core/runreport.h"

#include <QElapsedTimer>
#include <QObject>
#include <QStringList>
#include <QTimer>

class RunController;

// Replays what an ArchiveRun over a large collection tells the window, without the work behind
// it: every file queued at once after the scan, then every 250 ms a batch of stages, the reports
// of the files finished meanwhile (one signal each) and the progress. It emits the window's run
// controller's signals from a thread of its own, so they reach the window queued, as a real
// run's do.
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
    RunReplay(const Shape &shape, RunController *controller);

    QString pathOf(int file) const;
    // Every tenth file is not on Civitai, every hundredth fails: the missing list and errors.
    static bool isMissing(int file) { return file % 10 == 9; }
    static bool fails(int file) { return file % 100 == 42; }

    void start();

private:
    void tick();
    FileReport reportOf(int file) const;

    Shape m_shape;
    RunController *m_controller;
    RunOptions m_job;
    RunSummary m_summary;
    QTimer *m_timer = nullptr;
    QElapsedTimer m_clock;
    int m_finished = 0;
};
