#include "core/versionrecord.h"

#include "core/archivedmodel.h"
#include "core/archivelayout.h"
#include "core/archivestat.h"
#include "core/fileidentity.h"
#include "core/jsonstream.h"
#include "core/versionstamp.h"

#include <QDateTime>
#include <QJsonDocument>

#include <array>

namespace {

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

// Of the local version's text (UTF-8): its members are taken as they come, up to a flaw if any.
std::optional<qint64> publishedMsOf(QByteArrayView localVersionText)
{
    QString publishedAt;
    QString createdAt;
    JsonStream::readObject(localVersionText, [&](QByteArrayView key, QByteArrayView value) {
        if (key == "publishedAt")
            publishedAt = JsonStream::string(value);
        else if (key == "createdAt")
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

FolderSeen FolderSeen::now(const ArchiveStat &files, const ModelFolder &folder)
{
    return { files.of(folder.versionFile()), files.of(folder.path()), files.of(folder.modelFile()),
             true };
}

bool VersionRecord::isOnDisk(const FolderSeen &seen, int wantedPreviews) const
{
    if (!versionFileIsOnDisk(seen))
        return false;
    if (wantedPreviews <= 0)
        return true;
    return previewsOnDisk >= wantedPreviews && folderModifiedNs >= 0
        && seen.folder.modifiedNs == folderModifiedNs;
}

bool VersionRecord::versionFileIsOnDisk(const FolderSeen &seen) const
{
    const FileIdentity &file = seen.versionFile;
    return file.isValid() && file.size == fileSize && file.modifiedNs == fileModifiedNs;
}

void VersionRecord::stampFrom(const ArchiveStat &files, const ModelFolder &folder, int previews)
{
    const FileIdentity file = files.of(folder.versionFile());
    fileSize = file.size;
    fileModifiedNs = file.modifiedNs;
    const FileIdentity directory = files.of(folder.path());
    const qint64 nowNs = QDateTime::currentMSecsSinceEpoch() * 1000000;
    const bool settled = directory.isSettledAt(nowNs);
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

std::optional<VersionRecord> VersionRecord::fromJson(QByteArrayView json)
{
    std::array<QByteArrayView, 14> at;
    qsizetype count = 0;
    const bool read = JsonStream::readArray(json, [&](QByteArrayView element) {
        if (count < qsizetype(at.size()))
            at[count] = element;
        ++count;
    });
    if (!read || count != qsizetype(at.size()) || !at[4].startsWith('"') || !at[5].startsWith('"'))
        return std::nullopt;
    VersionRecord record;
    record.versionId = JsonStream::integer(at[0]).value_or(0);
    record.modelId = JsonStream::integer(at[1]).value_or(0);
    record.sourceHost = JsonStream::string(at[2]);
    record.linkedByHand = JsonStream::boolean(at[3]).value_or(false);
    // Anything else is no digest: the version is compared in full once.
    QByteArray decoded;
    record.listedDigest = Sha256Digest::fromHex(JsonStream::latin1(at[4], decoded));
    record.publishedMs = publishedMsOf(JsonStream::utf8(at[5], decoded));
    record.versionName = JsonStream::string(at[6]);
    record.modelName = JsonStream::string(at[7]);
    record.modelType = JsonStream::string(at[8]);
    record.imageCount = JsonStream::integer32(at[9]).value_or(0);
    record.fileSize = JsonStream::integer(at[10]).value_or(-1);
    record.fileModifiedNs = JsonStream::integer(at[11]).value_or(-1);
    record.folderModifiedNs = JsonStream::integer(at[12]).value_or(-1);
    record.previewsOnDisk = JsonStream::integer32(at[13]).value_or(0);
    if (record.versionId <= 0 || record.fileSize < 0)
        return std::nullopt;
    return record;
}
