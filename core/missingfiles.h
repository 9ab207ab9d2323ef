#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// What the window's missing panel shows: missing_from_civitai.txt joined with where each file is
// and the trigger words its training metadata recovers, the knowledge nobody else keeps for it.
struct MissingFile
{
    QString timestamp;
    int status = 404;
    QString fileName;
    QString path; // empty when the archive does not know where the file is
    QString folder; // archive folder, relative to the output folder
    QStringList triggerWords;
};

class MissingFiles final
{
public:
    // Reads a few small files per entry: call it off the UI thread.
    static QList<MissingFile> read(const QString &outputDir);
};
