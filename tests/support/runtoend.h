#pragma once

#include "core/runoptions.h"
#include "core/runreport.h"

#include <QList>

// Runs an ArchiveRun to its end on this thread's event loop; the reports of its files go to
// `reports` if given. An empty summary means it did not finish within two minutes.
RunSummary runToEnd(const RunOptions &options, QList<FileReport> *reports = nullptr);

// Archives the model files `names` (each of its own size) under `modelsDir` into `outputDir`,
// locally only: no Civitai, no gallery. False if a file cannot be written or the run fails.
bool archiveOffline(const QString &modelsDir, const QStringList &names, const QString &outputDir);
