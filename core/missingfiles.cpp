#include "core/missingfiles.h"

#include "core/archivelayout.h"
#include "core/foldernames.h"
#include "core/jsonfile.h"
#include "core/jsonstream.h"
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
    // The missing list knows file names only (the Python tool's format); the folder map knows
    // paths. Of the map, an entry per model file, only the missing names are kept.
    struct Place
    {
        QString path;
        QString folder;
    };
    QHash<QByteArray, Place> placeOf; // by file name as UTF-8
    for (const MissingList::Entry &entry : list.entries())
        placeOf.insert(entry.fileName.toUtf8(), {});
    const bool read
        = ProcessedFiles::readFolders(outputDir, [&](QByteArrayView path, QByteArrayView folder) {
              const QByteArrayView name = path.sliced(path.lastIndexOf('/') + 1);
              const auto place = placeOf.find(QByteArray::fromRawData(name.data(), name.size()));
              if (place == placeOf.end())
                  return;
              if (const QString folderName = JsonStream::string(folder); !folderName.isNull())
                  *place = { QString::fromUtf8(path), folderName };
          });

    QList<MissingFile> files;
    for (const MissingList::Entry &entry : list.entries()) {
        MissingFile file { entry.timestamp, entry.status, entry.fileName, {}, {}, {} };
        if (read) {
            const Place place = placeOf.value(entry.fileName.toUtf8());
            file.path = place.path;
            file.folder = place.folder;
        }
        if (file.path.isEmpty())
            file.folder = FolderNames::baseName(QFileInfo(entry.fileName).completeBaseName());
        const auto metadata
            = JsonFile::readObject(ModelFolder(outputDir, file.folder).metadataFile());
        if (metadata)
            file.triggerWords = TrainingMetadata::triggerWords(*metadata);
        files.append(file);
    }
    return files;
}
