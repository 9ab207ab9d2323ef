#pragma once

#include "core/filehasher.h"
#include "core/modelscanner.h"
#include "core/runreport.h"
#include "core/versionrecord.h"

#include <QString>

#include <atomic>
#include <memory>
#include <vector>

class OrphanedFolders;

// One model file's local part of a run, as handed to a pool thread.
struct LocalFileJob
{
    ScannedFile file;
    QString outputDir;
    QString folder;
    QString cachedSha256; // empty: hash it
    quint64 hashFile = 0; // what the hash cache knows of the archive's hash file
    // In the hash cache: looked up when the job starts, not held as text while it waits.
    bool hashCached = false;
    std::shared_ptr<OrphanedFolders> orphans; // a file without a record: maybe one of these, moved
    bool hashOnly = false; // --onlyupdate: the local files are not read at all
    std::shared_ptr<std::atomic<qint64>> bytesHashed; // of this file, for its progress bar

    bool needsHashing() const { return cachedSha256.isEmpty() && !hashCached; }
};

struct LocalFileResult
{
    FileReport report;
    FileIdentity identity; // the scan's, of the model file
    // The archive's hash file as it was seen holding the file's name and hash: its settled
    // identity's digest, for the hash cache (HashCache::insert); 0 when not.
    quint64 hashFile = 0;
    // Of a file whose hash came from the cache (a re-run): its folder once this work was done.
    FolderSeen seen;
};

namespace LocalFileWork {

// On a pool thread, of each job in turn: hash the file (unless cached), write its hash file, read
// its header. `control` without its file's bytes (each job has its own).
std::vector<LocalFileResult> processAll(const std::vector<LocalFileJob> &jobs, HashControl control);

} // namespace LocalFileWork
