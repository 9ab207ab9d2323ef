#pragma once

#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

#include <optional>

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

    // Adds --notimeout to runs over model files (--link too), unless they give --pause: tests do
    // not wait for the polite pause.
    CliResult run() const;
};

// root reads everything and may write anywhere: tests that check what users see run the program
// as `nobody`. Hands `folder` (the test's files) to nobody and returns the prefix that runs a
// program as nobody; empty when not root. nullopt when it cannot drop root (no setpriv).
std::optional<QStringList> unprivilegedPrefix(const QString &folder);
