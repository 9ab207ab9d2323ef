#pragma once

#include "core/fileidentity.h"
#include "core/localversion.h"
#include "core/sha256digest.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>

#include <optional>

class ArchiveStat;
class ModelFolder;

// The files of a folder that its records vouch for, as seen at one moment before the run writes
// into the folder. A re-run looks at them on the pool thread that handles the model file
// (LocalFileWork), so that the run's own thread checks a hundred thousand records without a
// `stat` each.
struct FolderSeen
{
    FileIdentity versionFile;
    FileIdentity folder;
    FileIdentity modelFile;
    bool seen = false; // false: nothing was looked at

    // Inside the archive, on the thread that owns `files`.
    static FolderSeen now(const ArchiveStat &files, const ModelFolder &folder);
};

// What a run needs of a folder's archived version (`_civitai_model_version.json`) to confirm it
// from its model's answer, kept per folder in model_stamps.jsonl so that an unchanged re-run
// neither reads the version files back nor lists the folders. Trusted only while the version
// file's size and modification time are the recorded ones; "the wanted previews are on disk"
// only while the folder's own modification time is (adding, removing or renaming a file changes
// it). A lost or damaged record costs its folder a slower check, nothing more.
struct VersionRecord
{
    qint64 versionId = 0;
    qint64 modelId = 0;
    QString sourceHost;
    bool linkedByHand = false;
    // VersionStamp::compactOf, when read from the version file; never kept in the record, which
    // has the 32 bytes of what the model listed of it when it last confirmed it instead.
    QByteArray stamp;
    Sha256Digest listedDigest; // VersionStamp::listedDigest
    std::optional<qint64> publishedMs; // LocalVersion::publishedMs
    QString versionName;
    QString modelName;
    QString modelType;
    int imageCount = 0;
    // What it is trusted by; see isOnDisk().
    qint64 fileSize = -1;
    qint64 fileModifiedNs = -1;
    qint64 folderModifiedNs = -1;
    int previewsOnDisk = 0; // the first N previews were on disk, with their sidecars

    // Of an archived version (a by-hash answer, with our source host and linked-by-hand keys).
    static VersionRecord of(const QJsonObject &version);

    // The folder's version file is still the recorded one, and when `wantedPreviews` > 0 the
    // folder still holds the recorded previews.
    bool isOnDisk(const FolderSeen &seen, int wantedPreviews) const;
    // The folder's version file is still the recorded one.
    bool versionFileIsOnDisk(const FolderSeen &seen) const;
    // Stamped with the version file and folder as they are now; `previewsOnDisk` previews are
    // known to be there. A folder changed within the last seconds is not trusted for its
    // previews: a file removed in the same tick of the file system's clock would go unseen.
    void stampFrom(const ArchiveStat &files, const ModelFolder &folder, int previewsOnDisk);

    // What UpdatesAvailable::newerVersion needs of it.
    LocalVersion local() const { return { versionId, versionName, publishedMs, sourceHost }; }

    bool operator==(const VersionRecord &) const = default;

    QJsonArray toJson() const;
    // Of toJson()'s array, as JSON text.
    static std::optional<VersionRecord> fromJson(QByteArrayView json);
};
