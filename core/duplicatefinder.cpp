#include "core/duplicatefinder.h"

#include "core/archivelayout.h"
#include "core/jsonfile.h"
#include "core/processedfiles.h"

#include <QFileInfo>

#include <algorithm>

QList<DuplicateGroup> DuplicateFinder::group(const QHash<QString, QString> &ownerOfFolder,
                                             const QString &outputDir)
{
    struct Archived
    {
        QString path;
        QString timestamp;
    };
    QHash<QString, QList<Archived>> byHash;
    for (auto it = ownerOfFolder.cbegin(); it != ownerOfFolder.cend(); ++it) {
        const auto hash = JsonFile::readObject(ModelFolder(outputDir, it.key()).hashFile());
        const QString sha
            = hash ? hash->value(QLatin1String("hash_value")).toString().toLower() : QString();
        if (!sha.isEmpty())
            byHash[sha].append({ it.value(), hash->value(QLatin1String("timestamp")).toString() });
    }
    QStringList hashes = byHash.keys();
    hashes.sort();
    QList<DuplicateGroup> groups;
    for (const QString &sha : std::as_const(hashes)) {
        QList<Archived> files = byHash.value(sha);
        if (files.size() < 2)
            continue;
        std::sort(files.begin(), files.end(), [](const Archived &a, const Archived &b) {
            return a.timestamp != b.timestamp ? a.timestamp > b.timestamp : a.path < b.path;
        });
        DuplicateGroup group {
            sha, QFileInfo(files.constFirst().path).size(), files.constFirst().path, {}
        };
        for (qsizetype i = 1; i < files.size(); ++i)
            group.others.append(files.at(i).path);
        groups.append(group);
    }
    return groups;
}

QList<DuplicateGroup> DuplicateFinder::find(const QString &outputDir)
{
    ProcessedFiles processed(outputDir);
    if (!processed.load())
        return {};
    const QHash<QString, QString> folders = processed.folders();
    QHash<QString, QString> ownerOfFolder;
    for (auto it = folders.cbegin(); it != folders.cend(); ++it) {
        if (QFileInfo::exists(it.key()))
            ownerOfFolder.insert(it.value(), it.key());
    }
    return group(ownerOfFolder, outputDir);
}
