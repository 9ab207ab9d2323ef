#pragma once

#include "modelscanner.h"

#include <QHash>
#include <QList>
#include <QString>

class HashCache;
class ProcessedFiles;

// A model file reached by another path than the one recorded (a symlinked or renamed models
// folder, a new mount point, another drive letter) is the same file: it keeps its archive folder,
// and its records follow it to the new path instead of a second archive being started for it.
class MovedFiles final
{
public:
    // Recorded path -> present path. A recorded path that reaches no present file is matched to a
    // present file that has no record of its own when the recorded path still reaches that very
    // file (same device and inode, or same canonical path), or, the recorded path gone, when the
    // file has the identity the hash cache recorded for it, or the SHA-256 in its archive folder.
    static QHash<QString, QString> find(const QList<ScannedFile> &present,
                                        const QHash<QString, QString> &folders,
                                        const HashCache &cache, const QString &outputDir);

    // Moves each file's archive folder, processed entry and cached hash to its present path.
    static void follow(const QHash<QString, QString> &moves, ProcessedFiles &processed,
                       HashCache &cache);
};
