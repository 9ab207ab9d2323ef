#pragma once

#include "core/archivestat.h"
#include "core/sha256digest.h"
#include "core/sharedstrings.h"
#include "core/statefile.h"
#include "core/versionrecord.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <unordered_map>

// model_stamps.jsonl: what each folder's `_civitai_model.json` held when this program last wrote
// or checked it (ModelAnswer::digest(): of the answer without its ever-moving stats), with the
// file's size and modification time. An unchanged re-run compares a model's answer with the digest
// instead of reading and parsing every archived model file back. A cache: a stamp whose file
// changed since is ignored, and a lost file costs one slower run. Written at the end of a run, one
// stamp a line. Each line also keeps the record of the folder's archived version (VersionRecord).
class ModelFileStamps final : public StateFile
{
    Q_DECLARE_TR_FUNCTIONS(ModelFileStamps)

public:
    explicit ModelFileStamps(const QString &outputDir);

    // What makes a model "changed" for the archive: everything but the ever-moving stats.
    static QJsonObject fingerprintOf(const QJsonObject &model);

    // `modelFile` (of `folder`) still holds what had `digest`, and has not changed since.
    bool isCurrent(const QString &folder, const QString &modelFile,
                   const Sha256Digest &digest) const;
    // The same, of the model file seen so.
    bool isCurrent(const QString &folder, const FileIdentity &modelFile,
                   const Sha256Digest &digest) const;
    // `modelFile` now holds what has `digest`.
    void record(const QString &folder, const QString &modelFile, const Sha256Digest &digest);

    // The record of `folder`'s archived version, if there is one; check it with isOnDisk().
    const VersionRecord *version(const QString &folder) const;
    void recordVersion(const QString &folder, const VersionRecord &record);
    // Looks the archive's files up.
    const ArchiveStat &files() const { return m_files; }

private:
    struct Stamp
    {
        Sha256Digest digest;
        qint64 size = -1;
        qint64 modifiedMs = -1;
    };

    Stamp stampOf(const QString &modelFile, const Sha256Digest &digest) const;
    static Stamp stampOf(const FileIdentity &file, const Sha256Digest &digest);

    // One entry a folder: a hash of each would cost another key and node for every file.
    struct Folder
    {
        Stamp stamp; // none while its size is negative
        VersionRecord version; // none while its versionId is 0
    };

    void clear() override
    {
        m_folders = {};
        m_kinds.clear();
    }
    bool read(QString *error) override;
    void readLine(QByteArrayView line);
    // One string for the many records of each host and model type.
    void shareKinds(VersionRecord &record);
    bool writePieces(const Sink &sink) const override;

    ArchiveStat m_files;
    // By name, each in a node of its own: QHash keeps its values in blocks that are a third empty
    // at most sizes (about 140 bytes a folder of these 300-byte values at 100,000 folders).
    std::unordered_map<QString, Folder> m_folders;
    SharedStrings m_kinds; // see shareKinds()
};
