#include "core/duplicatefinder.h"

#include "core/archivelayout.h"
#include "core/jsonfile.h"
#include "core/jsonstream.h"
#include "core/processedfiles.h"
#include "core/sha256digest.h"
#include "core/statefile.h"

#include <QFileInfo>
#include <QMap>

#include <algorithm>
#include <cstring>
#include <vector>

namespace {

std::optional<QJsonObject> hashFileOf(const QString &outputDir, const QString &folder)
{
    return JsonFile::readObject(ModelFolder(outputDir, folder).hashFile());
}

Sha256Digest digestOf(const std::optional<QJsonObject> &hashFile)
{
    return hashFile
        ? Sha256Digest::fromHex(hashFile->value(QLatin1String("hash_value")).toString().toLatin1())
        : Sha256Digest();
}

bool bytesBefore(const Sha256Digest &a, const Sha256Digest &b)
{
    return std::memcmp(a.bytes().data(), b.bytes().data(), Sha256Digest::Size) < 0;
}

// Which of `digests` another one equals.
std::vector<bool> twinsAmong(const std::vector<Sha256Digest> &digests)
{
    std::vector<size_t> order;
    order.reserve(digests.size());
    for (size_t i = 0; i < digests.size(); ++i) {
        if (!digests[i].isEmpty())
            order.push_back(i);
    }
    std::sort(order.begin(), order.end(),
              [&digests](size_t a, size_t b) { return bytesBefore(digests[a], digests[b]); });
    std::vector<bool> twin(digests.size());
    for (size_t i = 1; i < order.size(); ++i) {
        if (digests[order[i]] == digests[order[i - 1]])
            twin[order[i]] = twin[order[i - 1]] = true;
    }
    return twin;
}

} // namespace

// Two walks over the owners: the first keeps each folder's hash as its 32 bytes (100,000 folders
// cost 3 MB, not a hash of their hex strings with every path and timestamp beside the collection
// the window holds), the second the names and dates of the few files with a twin.
QList<DuplicateGroup> DuplicateFinder::group(const Owners &owners, const QString &outputDir)
{
    std::vector<Sha256Digest> digests;
    owners([&](const QString &folder, const QString &) {
        digests.push_back(digestOf(hashFileOf(outputDir, folder)));
    });
    const std::vector<bool> twin = twinsAmong(digests);

    struct Archived
    {
        QString path;
        QString timestamp;
    };
    QMap<QByteArray, QList<Archived>> byHash; // in the hashes' order
    size_t index = 0;
    owners([&](const QString &folder, const QString &file) {
        const size_t at = index++;
        if (at >= twin.size() || !twin[at])
            return;
        const auto hash = hashFileOf(outputDir, folder);
        if (digestOf(hash) == digests[at]) // else it changed since the first walk
            byHash[digests[at].toHex()].append(
                { file, hash->value(QLatin1String("timestamp")).toString() });
    });

    QList<DuplicateGroup> groups;
    for (auto it = byHash.begin(); it != byHash.end(); ++it) {
        QList<Archived> &files = it.value();
        if (files.size() < 2)
            continue;
        std::sort(files.begin(), files.end(), [](const Archived &a, const Archived &b) {
            return a.timestamp != b.timestamp ? a.timestamp > b.timestamp : a.path < b.path;
        });
        DuplicateGroup group { QString::fromLatin1(it.key()),
                               QFileInfo(files.constFirst().path).size(),
                               files.constFirst().path,
                               {} };
        for (qsizetype i = 1; i < files.size(); ++i)
            group.others.append(files.at(i).path);
        groups.append(group);
    }
    return groups;
}

QList<DuplicateGroup> DuplicateFinder::group(const QHash<QString, QString> &ownerOfFolder,
                                             const QString &outputDir)
{
    return group(
        [&ownerOfFolder](const Owned &owned) {
            for (auto it = ownerOfFolder.cbegin(); it != ownerOfFolder.cend(); ++it)
                owned(it.key(), it.value());
        },
        outputDir);
}

// processed_files.json's folders read as they are, each walk: ProcessedFiles would keep every list
// it holds (tens of megabytes at 100,000 files) and set a damaged file aside.
QList<DuplicateGroup> DuplicateFinder::find(const QString &outputDir)
{
    StateFileBytes file(ArchiveLayout(outputDir).processedFiles());
    if (!file.open(nullptr))
        return {};
    bool read = true;
    const auto owners = [&](const Owned &owned) {
        read &= ProcessedFiles::readFolders(file.bytes(),
                                            [&](QByteArrayView path, QByteArrayView folder) {
                                                const QString modelFile = QString::fromUtf8(path);
                                                if (const QString name = JsonStream::string(folder);
                                                    !name.isEmpty() && QFileInfo::exists(modelFile))
                                                    owned(name, modelFile);
                                            });
    };
    const QList<DuplicateGroup> groups = group(owners, outputDir);
    return read ? groups : QList<DuplicateGroup>();
}
