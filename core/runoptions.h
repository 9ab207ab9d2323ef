#pragma once

#include "modelscanner.h"

#include <QString>
#include <QStringList>

// What one run is asked to do: the seed's flags plus ours. Filled by the CLI or the window.
struct RunOptions
{
    enum class Previews
    {
        First,
        All,
        None
    };

    QStringList sources; // folders (--all) or files (--single)
    bool singleFile = false;
    QString outputDir;

    QStringList extensions = ModelScanner::defaultExtensions();
    int hashThreads = 0; // 0: automatic
    bool rehash = false;

    // The seed's modes. The Civitai and HTML stages that honour most of them come with those
    // stages.
    Previews previews = Previews::First;
    bool noTimeout = false;
    bool generateImageJson = false;
    bool onlyNew = false;
    bool skipMissing = false;
    bool onlyUpdate = false;
    bool onlyHtml = false;
    bool clean = false;
};
