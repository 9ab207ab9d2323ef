#include "archivecleaner.h"

#include "archivewriter.h"
#include "duplicatefinder.h"
#include "foldernames.h"
#include "gallerywriter.h"
#include "jsonfile.h"
#include "linetext.h"
#include "processedfiles.h"

#include <QDir>
#include <QFileInfo>
#include <QSet>

namespace {

// An archive folder holds only <name>_*, <name>.html and our temporary files.
bool looksLikeArchiveFolder(const QString &outputDir, const QString &folder)
{
    const QDir dir(outputDir + QLatin1Char('/') + folder);
    const QFileInfoList entries
        = dir.entryInfoList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
    bool hasOurFile = false;
    for (const QFileInfo &entry : entries) {
        const QString name = entry.fileName();
        const bool ours = entry.isFile()
            && (name.startsWith(folder + QLatin1Char('_'))
                || name == folder + QStringLiteral(".html")
                || (name.startsWith(QLatin1Char('.')) && name.endsWith(QLatin1String(".part"))));
        if (!ours)
            return false;
        hasOurFile = hasOurFile || name.endsWith(QLatin1String("_hash.json"))
            || name.endsWith(QLatin1String("_civitai_model_version.json"));
    }
    return hasOurFile;
}

} // namespace

CleanPlan ArchiveCleaner::plan(const QList<ScannedFile> &present, const QString &outputDir,
                               const ProcessedFiles &processed)
{
    CleanPlan plan;
    const QHash<QString, QString> assigned = processed.folders();
    QSet<QString> presentPaths;
    QHash<QString, QString> ownerOfFolder; // folder -> present model file
    for (const ScannedFile &file : present) {
        presentPaths.insert(file.path);
        plan.presentFiles.append(file.path);
        const QString folder = assigned.value(
            file.path, FolderNames::baseName(QFileInfo(file.path).completeBaseName()));
        if (!ownerOfFolder.contains(folder))
            ownerOfFolder.insert(folder, file.path);
    }

    const QStringList folders
        = QDir(outputDir).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    for (const QString &folder : folders) {
        if (ownerOfFolder.contains(folder) || folder == GalleryWriter::assetsFolder())
            continue;
        if (!looksLikeArchiveFolder(outputDir, folder)) {
            plan.leftAlone.append(folder);
            continue;
        }
        const QString formerOwner = assigned.key(folder);
        QString reason;
        if (formerOwner.isEmpty())
            //: Why an archive folder is removed
            reason = tr("no model file named like it");
        else
            //: Why an archive folder is removed; %1 is the path of its former model file
            reason = tr("%1 is gone").arg(formerOwner);
        plan.removals.append({ folder, reason });
    }

    // Duplicates among present files: their archives go, the kept one's stays.
    const QList<DuplicateGroup> groups = DuplicateFinder::group(ownerOfFolder, outputDir);
    for (const DuplicateGroup &group : groups) {
        for (const QString &other : group.others)
            plan.removals.append({ ownerOfFolder.key(other),
                                   //: Why an archive folder is removed; %1 is the path of the
                                   //: model file whose archive is kept
                                   tr("duplicate of %1").arg(group.kept) });
        plan.duplicates.append({ group.sha256, group.kept, group.others });
    }
    return plan;
}

std::optional<CleanPlan> ArchiveCleaner::prepare(const QStringList &sources,
                                                 const QStringList &extensions,
                                                 const QString &outputDir, QString *error)
{
    const ScanResult scan = ModelScanner(extensions).scan(sources);
    if (scan.files.isEmpty() || !scan.warnings.isEmpty()) {
        const QString reason = scan.files.isEmpty()
            //: %1 is a comma-separated list of the model folders
            ? tr("no model files found in %1").arg(sources.join(QStringLiteral(", ")))
            : tr("parts of the models folder could not be read");
        //: %1 is why: "no model files found in …" or "parts of the models folder could not be read"
        *error = tr("refusing to clean: %1").arg(reason);
        return std::nullopt;
    }
    ProcessedFiles processed(outputDir);
    if (!processed.load(error))
        return std::nullopt;
    return plan(scan.files, outputDir, processed);
}

QStringList ArchiveCleaner::apply(const CleanPlan &plan, const QString &outputDir,
                                  ProcessedFiles &processed)
{
    QStringList errors;
    QHash<QString, QString> folders = processed.folders();
    for (const CleanPlan::Removal &removal : plan.removals) {
        if (!QDir(outputDir + QLatin1Char('/') + removal.folder).removeRecursively())
            //: %1 is the archive (output) folder, %2 the model folder inside it
            errors.append(tr("cannot remove %1/%2").arg(outputDir, removal.folder));
        folders.remove(folders.key(removal.folder));
    }
    processed.setFolders(folders);

    const QSet<QString> present(plan.presentFiles.cbegin(), plan.presentFiles.cend());
    const QStringList processedFiles = processed.files();
    for (const QString &file : processedFiles) {
        if (!present.contains(QDir::cleanPath(QDir::current().absoluteFilePath(file))))
            processed.remove(file);
    }
    QString error;
    if (processed.isDirty() && !processed.save(&error))
        errors.append(error);

    if (!plan.duplicates.isEmpty()) {
        QString text
            = QStringLiteral("# Duplicate models found in input directory\n"
                             "# Format: Hash | Kept Model | Removed Duplicates\n"
                             "# This file is automatically updated when running --clean\n\n");
        for (const CleanPlan::Duplicate &duplicate : plan.duplicates) {
            text += QStringLiteral("Hash: %1\nKept: %2\nRemoved:\n")
                        .arg(duplicate.sha256, LineText::escape(duplicate.kept));
            for (const QString &removed : duplicate.removed)
                text += QStringLiteral("  - %1\n").arg(LineText::escape(removed));
            text += QLatin1Char('\n');
        }
        if (!JsonFile::write(outputDir + QLatin1Char('/') + duplicatesFileName(), text.toUtf8(),
                             &error))
            errors.append(error);
    }
    return errors;
}
