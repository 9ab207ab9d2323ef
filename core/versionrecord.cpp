#include "core/versionrecord.h"

#include "core/archivedmodel.h"
#include "core/archivelayout.h"
#include "core/archivestat.h"
#include "core/fileidentity.h"
#include "core/versionstamp.h"

#include <QDateTime>
#include <QJsonDocument>

namespace {

// A folder changed this recently may change again unseen within the same clock tick.
constexpr qint64 SettledNs = 2'000'000'000;

// What "is there a newer version?" needs of the local version, kept instead of all of it.
QByteArray localVersionOf(const QJsonObject &version)
{
    QJsonObject local;
    for (const QLatin1String key :
         { QLatin1String("id"), QLatin1String("name"), QLatin1String("publishedAt"),
           QLatin1String("createdAt"), ArchivedModel::SourceHostKey }) {
        if (version.contains(key))
            local.insert(key, version.value(key));
    }
    return QJsonDocument(local).toJson(QJsonDocument::Compact);
}

} // namespace

VersionRecord VersionRecord::of(const QJsonObject &version)
{
    const QJsonObject model = version.value(QLatin1String("model")).toObject();
    VersionRecord record;
    record.versionId = qint64(version.value(QLatin1String("id")).toDouble());
    record.modelId = qint64(version.value(QLatin1String("modelId")).toDouble());
    record.sourceHost = version.value(ArchivedModel::SourceHostKey).toString();
    record.linkedByHand = version.value(ArchivedModel::LinkedByHandKey).toBool();
    record.stamp = VersionStamp::compactOf(version, model.value(QLatin1String("mode")));
    record.localVersion = localVersionOf(version);
    record.versionName = version.value(QLatin1String("name")).toString();
    record.modelName = model.value(QLatin1String("name")).toString();
    record.modelType = model.value(QLatin1String("type")).toString();
    record.imageCount = int(version.value(QLatin1String("images")).toArray().size());
    return record;
}

bool VersionRecord::isOnDisk(const ArchiveStat &files, const ModelFolder &folder,
                             int wantedPreviews) const
{
    const FileIdentity file = files.of(folder.versionFile());
    if (!file.isValid() || file.size != fileSize || file.modifiedNs != fileModifiedNs)
        return false;
    if (wantedPreviews <= 0)
        return true;
    return previewsOnDisk >= wantedPreviews && folderModifiedNs >= 0
        && files.of(folder.path()).modifiedNs == folderModifiedNs;
}

void VersionRecord::stampFrom(const ArchiveStat &files, const ModelFolder &folder, int previews)
{
    const FileIdentity file = files.of(folder.versionFile());
    fileSize = file.size;
    fileModifiedNs = file.modifiedNs;
    const FileIdentity directory = files.of(folder.path());
    const qint64 nowNs = QDateTime::currentMSecsSinceEpoch() * 1000000;
    const bool settled = directory.isValid() && directory.modifiedNs < nowNs - SettledNs;
    folderModifiedNs = settled ? directory.modifiedNs : -1;
    previewsOnDisk = settled ? previews : 0;
}

QJsonArray VersionRecord::toJson() const
{
    return { versionId,
             modelId,
             sourceHost,
             linkedByHand,
             QString::fromLatin1(listedDigest.toHex()),
             QString::fromUtf8(localVersion),
             versionName,
             modelName,
             modelType,
             imageCount,
             fileSize,
             fileModifiedNs,
             folderModifiedNs,
             previewsOnDisk };
}

std::optional<VersionRecord> VersionRecord::fromJson(const QJsonArray &json)
{
    if (json.size() != 14 || !json.at(4).isString() || !json.at(5).isString())
        return std::nullopt;
    VersionRecord record;
    record.versionId = json.at(0).toInteger();
    record.modelId = json.at(1).toInteger();
    record.sourceHost = json.at(2).toString();
    record.linkedByHand = json.at(3).toBool();
    // Anything else is no digest: the version is compared in full once.
    if (const QByteArray digest = QByteArray::fromHex(json.at(4).toString().toLatin1());
        digest.size() == 32 && json.at(4).toString().size() == 64)
        record.listedDigest = digest;
    record.localVersion = json.at(5).toString().toUtf8();
    record.versionName = json.at(6).toString();
    record.modelName = json.at(7).toString();
    record.modelType = json.at(8).toString();
    record.imageCount = json.at(9).toInt();
    record.fileSize = json.at(10).toInteger(-1);
    record.fileModifiedNs = json.at(11).toInteger(-1);
    record.folderModifiedNs = json.at(12).toInteger(-1);
    record.previewsOnDisk = json.at(13).toInt();
    if (record.versionId <= 0 || record.fileSize < 0)
        return std::nullopt;
    return record;
}
