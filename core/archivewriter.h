#pragma once

#include "core/archivelayout.h"
#include "core/safetensorsreader.h"

#include <QCoreApplication>
#include <QString>

// Writes the local (non-Civitai) part of a model's archive. Files are written atomically and only
// when their content changes.
class ArchiveWriter final
{
    Q_DECLARE_TR_FUNCTIONS(ArchiveWriter)

public:
    static bool ensureFolder(const ModelFolder &folder, QString *error);

    // {"hash_type": "SHA256", "hash_value", "filename", "timestamp"}, the Python tool's format (the
    // hash in lower case, as Python's hexdigest). An existing file for the same hash and file name
    // is kept, with its timestamp, which --clean uses to choose among duplicates. The folder is
    // created when missing (an existing file says it is there: no other look at the disk).
    static bool writeHash(const ModelFolder &folder, const QString &fileName, const QString &sha256,
                          QString *error);
    // The hash that the folder's hash file holds, in lower case; empty when none.
    static QString archivedSha256(const ModelFolder &folder);

    // The `__metadata__` object, or the whole header when there is none, as the Python tool wrote
    // it.
    static bool writeMetadata(const ModelFolder &folder, const SafetensorsHeader &header,
                              QString *error);
};
