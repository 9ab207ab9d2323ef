#pragma once

#include "core/runreport.h"

#include <QCoreApplication>

// The status bar's line for a run: step, files, bytes hashed and speed, requests, a wait.
class RunStatusText final
{
    Q_DECLARE_TR_FUNCTIONS(MainWindow) // the window's own words

public:
    static QString of(const RunProgress &progress);
};

// The run's outcome over all its archives, told in one line when it ends.
class RunTotals final
{
    Q_DECLARE_TR_FUNCTIONS(MainWindow)

public:
    void add(const RunSummary &summary);
    int failed() const { return m_failed; }
    int removed() const { return m_removed; }
    // "Finished: 12 done, 2 not on Civitai, 1 failed (see the Errors filter), 3 newer versions."
    QString text(bool cancelled) const;

private:
    int m_done = 0;
    int m_notOnCivitai = 0;
    int m_failed = 0;
    int m_updates = 0;
    int m_removed = 0;
};
