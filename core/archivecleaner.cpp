#include "core/archivecleaner.h"

#include "core/archivelayout.h"
#include "core/duplicatefinder.h"
#include "core/foldernames.h"
#include "core/hashcache.h"
#include "core/jsonfile.h"
#include "core/linetext.h"
#include "core/movedfiles.h"
#include "core/processedfiles.h"

#include <QDir>
#include <QFileInfo>
#include <QSet>

namespace {

bool looksLikeArchiveFolder(const QString &outputDir, const QString &name)
{
    const ModelFolder folder(outputDir, name);
    const QFileInfoList entries
        = QDir(folder.path())
              .entryInfoList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
    bool hasOurFile = false;
    for (const QFileInfo &entry : entries) {
        if (!entry.isFile() || entry.isSymLink() || !folder.isOurFile(entry.fileName()))
            return false;
        hasOurFile = hasOurFile || folder.isRecordFile(entry.fileName());
    }
    return hasOurFile;
}

QString absolute(const QString &path)
{
    return QDir::cleanPath(QDir::current().absoluteFilePath(path));
}

} // namespace

std::optional<QString> ArchiveCleaner::whyNotGone(const QString &path)
{
    const QFileInfo file(absolute(path));
    if (file.exists())
        //: Why an archive folder is kept; %1 is the path of its model file
        return tr("%1 is still there (not among the files scanned)").arg(file.filePath());
    const QString folder = file.absolutePath();
    const QFileInfo folderInfo(folder);
    if (!folderInfo.isDir())
        //: Why an archive folder is kept; %1 is a model file, %2 the folder it was in
        return tr("%1 cannot be reached: %2 does not exist (an unmounted drive?)")
            .arg(file.filePath(), folder);
    QDir dir(folder);
    if (!folderInfo.isReadable() || !folderInfo.isExecutable() || !dir.isReadable())
        //: Why an archive folder is kept; %1 is a model file, %2 the folder it was in
        return tr("%1 cannot be reached: %2 cannot be read").arg(file.filePath(), folder);
    if (dir.isEmpty(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot))
        //: Why an archive folder is kept; %1 is a model file, %2 the folder it was in
        return tr("%1 cannot be reached: %2 is empty (an unmounted drive?)")
            .arg(file.filePath(), folder);
    return std::nullopt;
}

CleanPlan ArchiveCleaner::plan(const QList<ScannedFile> &present, const QString &outputDir,
                               const ProcessedFiles &processed)
{
    CleanPlan plan;
    HashCache cache(outputDir); // unreadable: only fewer moved files are recognised by their hash
    cache.load();
    QHash<QString, QString> assigned = processed.folders();
    plan.moved = MovedFiles::find(present, assigned, cache, outputDir);
    for (auto it = plan.moved.cbegin(); it != plan.moved.cend(); ++it)
        assigned.insert(it.value(), assigned.take(it.key()));

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
        if (ownerOfFolder.contains(folder) || folder == ArchiveLayout::assetsFolderName())
            continue;
        if (!looksLikeArchiveFolder(outputDir, folder)) {
            plan.leftAlone.append(folder);
            continue;
        }
        const QString formerOwner = assigned.key(folder);
        QString reason;
        if (formerOwner.isEmpty()) {
            //: Why an archive folder is removed
            reason = tr("no model file named like it");
        } else if (const std::optional<QString> why = whyNotGone(formerOwner)) {
            plan.kept.append({ folder, *why });
            continue;
        } else {
            //: Why an archive folder is removed; %1 is the path of its former model file
            reason = tr("%1 is gone").arg(formerOwner);
        }
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
    QString error;
    if (!plan.moved.isEmpty()) {
        HashCache cache(outputDir);
        cache.load();
        MovedFiles::follow(plan.moved, processed, cache);
        if (cache.isDirty() && !cache.save(&error))
            errors.append(error);
    }
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
        if (!present.contains(absolute(file)) && !whyNotGone(file))
            processed.remove(file);
    }
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
        if (!JsonFile::write(ArchiveLayout(outputDir).duplicatesReport(), text.toUtf8(), &error))
            errors.append(error);
    }
    return errors;
}
