#pragma once

#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QUrl>

// The built civitai-data-manager program, run to its end without blocking the caller's event
// loop (a fake Civitai in the test process answers from it).
struct CliResult
{
    int exitCode = -1; // -1: crashed or did not finish in time
    QString out;
    QString err;
};

struct CliRun
{
    QStringList arguments;
    QUrl apiBase; // CIVITAI_API_BASE for the program
    QString workingDir;
    QStringList prefix; // e.g. setpriv … to run it as another user
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();

    // Adds --notimeout to runs over model files, unless they give --pause: tests do not wait
    // for the polite pause.
    CliResult run() const;
};
