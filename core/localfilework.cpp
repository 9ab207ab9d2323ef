#include "core/localfilework.h"

#include "core/archivewriter.h"
#include "core/movedfiles.h"
#include "core/pausegate.h"
#include "core/safetensorsreader.h"
#include "core/trainingmetadata.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace {

bool isSafetensors(const QString &path)
{
    return path.endsWith(QLatin1String(".safetensors"), Qt::CaseInsensitive);
}

} // namespace

namespace LocalFileWork {

FileReport process(const LocalFileJob &job, const HashControl &control)
{
    FileReport report;
    report.path = job.file.path;
    report.folder = job.folder;
    report.size = job.file.identity.size;
    control.pause->waitWhilePaused(control.cancel);
    if (*control.cancel) {
        report.status = FileReport::Status::Cancelled;
        return report;
    }

    if (!job.cachedSha256.isEmpty()) {
        report.sha256 = job.cachedSha256;
        report.hashFromCache = true;
    } else {
        const HashOutcome hash = FileHasher::hashFile(job.file.path, control);
        if (hash.cancelled) {
            report.status = FileReport::Status::Cancelled;
            return report;
        }
        if (!hash.ok()) {
            report.status = FileReport::Status::Failed;
            //: %1 says why the model file could not be read (e.g. the system's error message)
            report.error
                = QCoreApplication::translate("ArchiveRun", "cannot read: %1").arg(hash.error);
            return report;
        }
        // A file still being downloaded or copied changes under us: its hash means nothing yet.
        if (FileIdentity::of(job.file.path) != job.file.identity) {
            report.status = FileReport::Status::Failed;
            report.error = QCoreApplication::translate(
                "ArchiveRun", "the file changed while it was read (still being written?)");
            return report;
        }
        report.sha256 = hash.sha256;
        if (const auto claim
            = job.orphans ? job.orphans->claim(report.sha256, job.file.path) : std::nullopt)
            report.folder = claim->folder;
    }

    if (job.hashOnly) {
        report.status = FileReport::Status::Done;
        return report;
    }
    const ModelFolder folder(job.outputDir, report.folder);
    const QString fileName = QFileInfo(job.file.path).fileName();
    QString error;
    if (!ArchiveWriter::writeHash(folder, fileName, report.sha256, &error)) {
        report.status = FileReport::Status::Failed;
        report.error = error;
        return report;
    }

    // A file unchanged since its hash was cached (size, time and inode) has the header that
    // wrote its metadata file: not read again while that file is there.
    const bool metadataCurrent = report.hashFromCache && QFileInfo::exists(folder.metadataFile());
    if (isSafetensors(job.file.path) && !metadataCurrent) {
        const SafetensorsHeader header = SafetensorsReader::read(job.file.path);
        if (!header.ok()) {
            report.status = FileReport::Status::Failed;
            report.error = header.error;
            return report;
        }
        report.hasMetadata = header.hasMetadata;
        report.triggerWords = TrainingMetadata::triggerWords(header.metadata);
        if (!ArchiveWriter::writeMetadata(folder, header, &error)) {
            report.status = FileReport::Status::Failed;
            report.error = error;
            return report;
        }
    }
    report.status = FileReport::Status::Done;
    return report;
}

} // namespace LocalFileWork
