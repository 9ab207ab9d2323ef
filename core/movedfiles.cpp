#include "core/movedfiles.h"

#include "core/archivelayout.h"
#include "core/archivewriter.h"
#include "core/hashcache.h"
#include "core/processedfiles.h"

#include <QFileInfo>
#include <QLoggingCategory>
#include <QSet>

Q_LOGGING_CATEGORY(lcMoved, "cdm.moved")

namespace {

QString identityKey(const FileIdentity &identity)
{
    return QStringLiteral("%1:%2:%3:%4")
        .arg(identity.device)
        .arg(identity.inode)
        .arg(identity.size)
        .arg(identity.modifiedNs);
}

// Present files that have no record, by what can tell them again.
struct Unrecorded
{
    QHash<QString, QString> byCanonicalPath;
    QHash<QString, QString> byIdentity;
    QHash<QString, QString> bySha256;
    QSet<QString> claimed;

    QString take(const QHash<QString, QString> &index, const QString &key)
    {
        const QString path = index.value(key);
        if (path.isEmpty() || claimed.contains(path))
            return {};
        claimed.insert(path);
        return path;
    }
};

} // namespace

QHash<QString, QString> MovedFiles::find(const QList<ScannedFile> &present,
                                         const QHash<QString, QString> &folders,
                                         const HashCache &cache, const QString &outputDir)
{
    Unrecorded unrecorded;
    QSet<QString> presentPaths;
    for (const ScannedFile &file : present) {
        presentPaths.insert(file.path);
        if (folders.contains(file.path))
            continue;
        unrecorded.byCanonicalPath.insert(file.canonicalPath, file.path);
        if (file.identity.hasInode())
            unrecorded.byIdentity.insert(identityKey(file.identity), file.path);
        if (const auto sha256 = cache.lookup(file.path, file.identity))
            unrecorded.bySha256.insert(*sha256, file.path);
    }
    QHash<QString, QString> moves;
    if (unrecorded.byCanonicalPath.isEmpty())
        return moves;

    QStringList recorded = folders.keys();
    recorded.sort(); // the same matches on every run
    for (const QString &oldPath : std::as_const(recorded)) {
        if (presentPaths.contains(oldPath))
            continue;
        QString newPath;
        const FileIdentity now = FileIdentity::of(oldPath);
        if (now.isValid()) {
            // Still there: only the very file it reaches is the same file.
            newPath = unrecorded.take(unrecorded.byCanonicalPath,
                                      QFileInfo(oldPath).canonicalFilePath());
            if (newPath.isEmpty() && now.hasInode())
                newPath = unrecorded.take(unrecorded.byIdentity, identityKey(now));
        } else {
            if (const auto before = cache.recordedIdentity(oldPath); before && before->hasInode())
                newPath = unrecorded.take(unrecorded.byIdentity, identityKey(*before));
            if (newPath.isEmpty() && !unrecorded.bySha256.isEmpty())
                newPath = unrecorded.take(
                    unrecorded.bySha256,
                    ArchiveWriter::archivedSha256(ModelFolder(outputDir, folders.value(oldPath))));
        }
        if (!newPath.isEmpty()) {
            qCInfo(lcMoved).noquote() << oldPath << "is now reached as" << newPath;
            moves.insert(oldPath, newPath);
        }
    }
    return moves;
}

void MovedFiles::follow(const QHash<QString, QString> &moves, ProcessedFiles &processed,
                        HashCache &cache)
{
    for (auto it = moves.cbegin(); it != moves.cend(); ++it) {
        processed.follow(it.key(), it.value());
        cache.follow(it.key(), it.value(), FileIdentity::of(it.value()));
    }
}

std::shared_ptr<OrphanedFolders> OrphanedFolders::collect(const QHash<QString, QString> &folders,
                                                          const QSet<QString> &presentPaths,
                                                          const QString &outputDir)
{
    auto orphans = std::make_shared<OrphanedFolders>();
    for (auto it = folders.cbegin(); it != folders.cend(); ++it) {
        if (presentPaths.contains(it.key()) || FileIdentity::of(it.key()).isValid())
            continue;
        const QString sha256 = ArchiveWriter::archivedSha256(ModelFolder(outputDir, it.value()));
        if (!sha256.isEmpty())
            orphans->m_bySha256.insert(sha256, { it.key(), it.value() });
    }
    if (orphans->m_bySha256.isEmpty())
        return {};
    return orphans;
}

std::optional<OrphanedFolders::Claim> OrphanedFolders::claim(const QString &sha256,
                                                             const QString &modelPath)
{
    const QMutexLocker locker(&m_mutex);
    const auto orphan = m_bySha256.constFind(sha256);
    if (orphan == m_bySha256.constEnd())
        return std::nullopt;
    const Claim claim = *orphan;
    m_bySha256.erase(orphan);
    m_claims.insert(modelPath, claim);
    qCInfo(lcMoved).noquote() << claim.oldPath << "is now" << modelPath << "(same SHA-256)";
    return claim;
}

std::optional<OrphanedFolders::Claim> OrphanedFolders::claimedBy(const QString &modelPath) const
{
    const QMutexLocker locker(&m_mutex);
    const auto claim = m_claims.constFind(modelPath);
    if (claim == m_claims.constEnd())
        return std::nullopt;
    return *claim;
}
