#pragma once

#include "core/archivewriter.h"
#include "core/jsonfile.h"

// Dates the hash file of archive folder `folder` as if it had been written at `timestamp`: the
// clean and the duplicates panel keep the archive of the copy hashed last.
inline bool setHashTimestamp(const QString &outputDir, const QString &folder,
                             const QString &timestamp)
{
    const QString path = ModelFolder(outputDir, folder).hashFile();
    auto hash = JsonFile::readObject(path);
    if (!hash)
        return false;
    hash->insert(QStringLiteral("timestamp"), timestamp);
    return JsonFile::write(path, *hash);
}
