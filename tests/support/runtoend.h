#pragma once

#include "core/runoptions.h"
#include "core/runreport.h"

#include <QList>

// Runs an ArchiveRun to its end on this thread's event loop; the reports of its files go to
// `reports` if given. An empty summary means it did not finish within two minutes.
RunSummary runToEnd(const RunOptions &options, QList<FileReport> *reports = nullptr);
