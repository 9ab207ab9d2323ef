#include "core/missingfiles.h"

#include "core/archivelayout.h"
#include "core/foldernames.h"
#include "core/jsonfile.h"
#include "core/missinglist.h"
#include "core/processedfiles.h"
#include "core/trainingmetadata.h"

#include <QFileInfo>
#include <QHash>

QList<MissingFile> MissingFiles::read(const QString &outputDir)
{
    MissingList list(outputDir);
    if (!list.load())
        return {};
    ProcessedFiles processed(outputDir);
    processed.load();
    // The missing list knows file names only (the Python tool's format); the folder map knows
    // paths.
    QHash<QString, QString> pathOfName;
    const QHash<QString, QString> folders = processed.folders();
    for (auto it = folders.cbegin(); it != folders.cend(); ++it)
        pathOfName.insert(QFileInfo(it.key()).fileName(), it.key());

    QList<MissingFile> files;
    for (const MissingList::Entry &entry : list.entries()) {
        MissingFile file { entry.timestamp, entry.status, entry.fileName, {}, {}, {} };
        file.path = pathOfName.value(entry.fileName);
        file.folder = file.path.isEmpty()
            ? FolderNames::baseName(QFileInfo(entry.fileName).completeBaseName())
            : folders.value(file.path);
        const auto metadata
            = JsonFile::readObject(ModelFolder(outputDir, file.folder).metadataFile());
        if (metadata)
            file.triggerWords = TrainingMetadata::triggerWords(*metadata);
        files.append(file);
    }
    return files;
}
