#pragma once

#include "app/cli/commandline.h"
#include "core/requestqueue.h"
#include "core/runreport.h"

#include <QObject>

#include <cstdio>

class ArchiveRun;

// Renders an ArchiveRun on a terminal: a live progress line (files, bytes, MB/s, ETA) when stdout
// is a terminal, one plain line per file otherwise (logs, pipes, CI), and a summary at the end.
class ConsoleReporter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConsoleReporter)

public:
    ConsoleReporter(ArchiveRun *run, CommandLine::Verbosity verbosity, bool interactive,
                    FILE *out = stdout, QObject *parent = nullptr);
    ~ConsoleReporter() override;

    static int exitCode(const RunSummary &summary);

    // Erases the live line so a log message can be printed; the next update redraws it.
    static void clearLiveLine();

private:
    void showProgress(const RunProgress &progress);
    void showFile(const FileReport &report);
    void showWait(RequestQueue::WaitKind kind, const QString &reason, qint64 msecs);
    void showSummary(const RunSummary &summary);
    void showUpdates(const QList<FileReport> &updates, int total);
    void showRemoved(const QList<FileReport> &removed, int total);
    void print(const QString &line);

    CommandLine::Verbosity m_verbosity;
    bool m_interactive;
    FILE *m_out;
    int m_filesReported = 0;
    int m_filesTotal = 0;
};
