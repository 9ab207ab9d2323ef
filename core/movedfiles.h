#pragma once

#include "core/modelscanner.h"

#include <QHash>
#include <QList>
#include <QMutex>
#include <QSet>
#include <QString>

#include <memory>
#include <optional>

class HashCache;
class ProcessedFiles;

// A model file reached by another path than the one recorded (a symlinked or renamed models
// folder, a new mount point, another drive letter) is the same file: it keeps its archive folder,
// and its records follow it to the new path instead of a second archive being started for it.
class MovedFiles final
{
public:
    // Recorded path -> present path. A recorded path that reaches no present file is matched to a
    // present file that has no record of its own when the recorded path still reaches that very
    // file (same device and inode, or same canonical path), or, the recorded path gone, when the
    // file has the identity the hash cache recorded for it, or the SHA-256 in its archive folder.
    static QHash<QString, QString> find(const QList<ScannedFile> &present,
                                        const QHash<QString, QString> &folders,
                                        const HashCache &cache, const QString &outputDir);

    // Moves each file's archive folder, processed entry and cached hash to its present path.
    static void follow(const QHash<QString, QString> &moves, ProcessedFiles &processed,
                       HashCache &cache);
};

// Archive folders of recorded files gone from their paths, by the SHA-256 archived in them. A file
// with no record that is hashed in this run and has one of these hashes is that file, moved where
// nothing else could tell (copied to another drive): it takes that folder over. Pool threads claim
// after hashing, so claims are serialized.
class OrphanedFolders final
{
    Q_DISABLE_COPY_MOVE(OrphanedFolders)

public:
    struct Claim
    {
        QString oldPath;
        QString folder;
    };

    OrphanedFolders() = default;
    // Nothing when no recorded file is gone from its path.
    static std::shared_ptr<OrphanedFolders> collect(const QHash<QString, QString> &folders,
                                                    const QSet<QString> &presentPaths,
                                                    const QString &outputDir);

    // The folder for `modelPath` whose content hashed to `sha256`, once.
    std::optional<Claim> claim(const QString &sha256, const QString &modelPath);
    std::optional<Claim> claimedBy(const QString &modelPath) const;

private:
    mutable QMutex m_mutex;
    QHash<QString, Claim> m_bySha256;
    QHash<QString, Claim> m_claims; // model path -> its claim
};
