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
