#include "core/duplicatefinder.h"

#include "core/archivelayout.h"
#include "core/jsonfile.h"
#include "core/jsonstream.h"
#include "core/sha256digest.h"
#include "core/statefile.h"

#include <QFileInfo>

#include <algorithm>
#include <cstring>
#include <vector>

namespace {

// An archive folder with the hash its _hash.json holds, and the model file it belongs to.
struct Hashed
{
    Sha256Digest sha256;
    const QString *folder; // in ownerOfFolder
    const QString *file;
};

bool hashesBefore(const Hashed &a, const Hashed &b)
{
    return std::memcmp(a.sha256.bytes().data(), b.sha256.bytes().data(), Sha256Digest::Size) < 0;
}

std::optional<QJsonObject> hashFileOf(const QString &outputDir, const QString &folder)
{
    return JsonFile::readObject(ModelFolder(outputDir, folder).hashFile());
}

// Files of one hash, the kept one first (see DuplicateGroup).
DuplicateGroup twins(const std::vector<Hashed>::const_iterator &first,
                     const std::vector<Hashed>::const_iterator &end, const QString &outputDir)
{
    struct Archived
    {
        QString path;
        QString timestamp;
    };
    QList<Archived> files;
    for (auto it = first; it != end; ++it) {
        const auto hash = hashFileOf(outputDir, *it->folder);
        files.append(
            { *it->file, hash ? hash->value(QLatin1String("timestamp")).toString() : QString() });
    }
    std::sort(files.begin(), files.end(), [](const Archived &a, const Archived &b) {
        return a.timestamp != b.timestamp ? a.timestamp > b.timestamp : a.path < b.path;
    });
    DuplicateGroup group { QString::fromLatin1(first->sha256.toHex()),
                           QFileInfo(files.constFirst().path).size(),
                           files.constFirst().path,
                           {} };
    for (qsizetype i = 1; i < files.size(); ++i)
        group.others.append(files.at(i).path);
    return group;
}

} // namespace

// Each folder's hash as its 32 bytes beside pointers to its names: 100,000 folders cost a few
// megabytes, not a hash of their hex strings with every path and timestamp. The timestamps that
// decide are read again for the few files with a twin.
QList<DuplicateGroup> DuplicateFinder::group(const QHash<QString, QString> &ownerOfFolder,
                                             const QString &outputDir)
{
    std::vector<Hashed> hashed;
    hashed.reserve(size_t(ownerOfFolder.size()));
    for (auto it = ownerOfFolder.cbegin(); it != ownerOfFolder.cend(); ++it) {
        const auto hash = hashFileOf(outputDir, it.key());
        const Sha256Digest sha256 = hash
            ? Sha256Digest::fromHex(hash->value(QLatin1String("hash_value")).toString().toLatin1())
            : Sha256Digest();
        if (!sha256.isEmpty())
            hashed.push_back({ sha256, &it.key(), &it.value() });
    }
    std::sort(hashed.begin(), hashed.end(), hashesBefore); // the groups in their hashes' order

    QList<DuplicateGroup> groups;
    for (auto first = hashed.cbegin(); first != hashed.cend();) {
        const auto end = std::find_if(first, hashed.cend(), [&first](const Hashed &other) {
            return other.sha256 != first->sha256;
        });
        if (end - first >= 2)
            groups.append(twins(first, end, outputDir));
        first = end;
    }
    return groups;
}

// processed_files.json's folders read a member at a time, as they are: ProcessedFiles would keep
// every list it holds (tens of megabytes at 100,000 files) and set a damaged file aside.
QList<DuplicateGroup> DuplicateFinder::find(const QString &outputDir)
{
    StateFileBytes file(ArchiveLayout(outputDir).processedFiles());
    if (!file.open(nullptr))
        return {};
    QHash<QString, QString> ownerOfFolder;
    bool foldersRead = true;
    const bool read
        = JsonStream::forEachMember(file.bytes(), [&](const QString &key, QByteArrayView value) {
              if (key != QLatin1String("folders") || !value.startsWith('{'))
                  return;
              foldersRead
                  &= JsonStream::readObject(value, [&](QByteArrayView path, QByteArrayView folder) {
                         const QString modelFile = QString::fromUtf8(path);
                         if (const QString name = JsonStream::string(folder);
                             !name.isEmpty() && QFileInfo::exists(modelFile))
                             ownerOfFolder.insert(name, modelFile);
                     });
          });
    if (!read || !foldersRead)
        return {};
    return group(ownerOfFolder, outputDir);
}
