#include "core/versionrecord.h"

#include "core/archivedmodel.h"
#include "core/archivelayout.h"
#include "core/archivestat.h"
#include "core/fileidentity.h"
#include "core/jsonstream.h"
#include "core/versionstamp.h"

#include <QDateTime>
#include <QJsonDocument>

namespace {

// A folder changed this recently may change again unseen within the same clock tick.
constexpr qint64 SettledNs = 2'000'000'000;

// The local version's fields in the compact JSON text older builds keep in the record
// (`publishedAt` for whichever date it was).
QString localVersionText(const VersionRecord &record)
{
    QJsonObject local { { QStringLiteral("id"), record.versionId },
                        { QStringLiteral("name"), record.versionName } };
    if (record.publishedMs)
        local.insert(QStringLiteral("publishedAt"),
                     QDateTime::fromMSecsSinceEpoch(*record.publishedMs, Qt::UTC)
                         .toString(Qt::ISODateWithMs));
    if (!record.sourceHost.isEmpty())
        local.insert(ArchivedModel::SourceHostKey, record.sourceHost);
    return QString::fromUtf8(QJsonDocument(local).toJson(QJsonDocument::Compact));
}

std::optional<qint64> publishedMsOf(const QString &localVersionText)
{
    QString publishedAt;
    QString createdAt;
    JsonStream::forEachMember(localVersionText.toUtf8(),
                              [&](const QString &key, QByteArrayView value) {
                                  if (key == QLatin1String("publishedAt"))
                                      publishedAt = JsonStream::string(value);
                                  else if (key == QLatin1String("createdAt"))
                                      createdAt = JsonStream::string(value);
                              });
    return LocalVersion::publishedMsOf(publishedAt, createdAt);
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
    record.publishedMs = LocalVersion::of(version).publishedMs;
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
             localVersionText(*this),
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
    record.publishedMs = publishedMsOf(json.at(5).toString());
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
