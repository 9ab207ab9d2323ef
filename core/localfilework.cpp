#include "core/localfilework.h"

#include "core/archivestat.h"
#include "core/archivewriter.h"
#include "core/movedfiles.h"
#include "core/pausegate.h"
#include "core/safetensorsreader.h"
#include "core/trainingmetadata.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>

namespace {

bool isSafetensors(const QString &path)
{
    return path.endsWith(QLatin1String(".safetensors"), Qt::CaseInsensitive);
}

// The folder's hash file made to hold the file's name and hash; `hashFile` as LocalFileResult has
// it. One that the hash cache saw so, and that is still the same file, is not read back.
bool archiveHash(const LocalFileJob &job, const FileReport &report, const ModelFolder &folder,
                 const ArchiveStat &archive, quint64 *hashFile, QString *error)
{
    const QString path = folder.hashFile();
    if (report.hashFromCache && job.hashFile != 0 && archive.of(path).digest() == job.hashFile) {
        *hashFile = job.hashFile;
        return true;
    }
    if (!ArchiveWriter::writeHash(folder, QFileInfo(job.file.path).fileName(), report.sha256,
                                  error))
        return false;
    const FileIdentity written = archive.of(path);
    if (written.isSettledAt(QDateTime::currentMSecsSinceEpoch() * 1000000))
        *hashFile = written.digest();
    return true;
}

// Hash the file (unless cached), write its hash file, read its header.
LocalFileResult process(const LocalFileJob &job, const HashControl &control,
                        const ArchiveStat &archive)
{
    LocalFileResult result;
    result.identity = job.file.identity;
    FileReport &report = result.report;
    report.path = job.file.path;
    report.folder = job.folder;
    report.size = job.file.identity.size;
    control.pause->waitWhilePaused(control.cancel);
    if (*control.cancel) {
        report.status = FileReport::Status::Cancelled;
        return result;
    }

    if (!job.cachedSha256.isEmpty()) {
        report.sha256 = job.cachedSha256;
        report.hashFromCache = true;
    } else {
        const HashOutcome hash = FileHasher::hashFile(job.file.path, control);
        if (hash.cancelled) {
            report.status = FileReport::Status::Cancelled;
            return result;
        }
        if (!hash.ok()) {
            report.status = FileReport::Status::Failed;
            //: %1 says why the model file could not be read (e.g. the system's error message)
            report.error
                = QCoreApplication::translate("ArchiveRun", "cannot read: %1").arg(hash.error);
            return result;
        }
        // A file still being downloaded or copied changes under us: its hash means nothing yet.
        if (FileIdentity::of(job.file.path) != job.file.identity) {
            report.status = FileReport::Status::Failed;
            report.error = QCoreApplication::translate(
                "ArchiveRun", "the file changed while it was read (still being written?)");
            return result;
        }
        report.sha256 = hash.sha256;
        if (const auto claim
            = job.orphans ? job.orphans->claim(report.sha256, job.file.path) : std::nullopt)
            report.folder = claim->folder;
    }

    if (job.hashOnly) {
        report.status = FileReport::Status::Done;
        return result;
    }
    const ModelFolder folder(job.outputDir, report.folder);
    QString error;
    if (!archiveHash(job, report, folder, archive, &result.hashFile, &error)) {
        report.status = FileReport::Status::Failed;
        report.error = error;
        return result;
    }

    // A file unchanged since its hash was cached (size, time and inode) has the header that
    // wrote its metadata file: not read again while that file is there.
    const bool metadataCurrent
        = report.hashFromCache && archive.of(folder.metadataFile()).isValid();
    if (isSafetensors(job.file.path) && !metadataCurrent) {
        const SafetensorsHeader header = SafetensorsReader::read(job.file.path);
        if (!header.ok()) {
            report.status = FileReport::Status::Failed;
            report.error = header.error;
            return result;
        }
        report.hasMetadata = header.hasMetadata;
        report.triggerWords = TrainingMetadata::triggerWords(header.metadata);
        if (!ArchiveWriter::writeMetadata(folder, header, &error)) {
            report.status = FileReport::Status::Failed;
            report.error = error;
            return result;
        }
    }
    if (report.hashFromCache)
        result.seen = FolderSeen::now(archive, folder);
    report.status = FileReport::Status::Done;
    return result;
}

} // namespace

namespace LocalFileWork {

std::vector<LocalFileResult> processAll(const std::vector<LocalFileJob> &jobs, HashControl control)
{
    std::vector<LocalFileResult> results;
    if (jobs.empty())
        return results;
    results.reserve(jobs.size());
    // The folders' files by their path inside the archive (a run has one): an unchanged re-run
    // looks at five of each, and every component of a whole path costs a look-up in the kernel.
    const ArchiveStat archive(jobs.front().outputDir);
    for (const LocalFileJob &job : jobs) {
        control.fileBytesDone = job.bytesHashed.get();
        results.push_back(process(job, control, archive));
    }
    return results;
}

} // namespace LocalFileWork
