#pragma once

#include "core/fileidentity.h"
#include "core/sha256digest.h"
#include "core/statefile.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QStringList>

#include <optional>

// Remembers the SHA-256 of every file hashed, keyed by path and by identity, so an unchanged
// collection is not read again (hashing hundreds of GB takes an hour; a stat takes microseconds).
// A file whose size or modification time changed is a new file. A file moved or renamed within
// its file system keeps device, inode, size and mtime, and keeps its hash.
class HashCache final : public StreamedJsonStateFile
{
    Q_DECLARE_TR_FUNCTIONS(HashCache)

public:
    // The archive's hash_cache.json. A missing file is an empty cache; a damaged one is reported
    // and treated as empty, since every entry can be recomputed.
    explicit HashCache(const QString &outputDir);

    // `hashFile`, when given, gets what insert() was told of the archive's hash file of the file
    // at `path` (0 when nothing): while the hash file's identity has that digest, it still holds
    // the file's name and hash, and an unchanged re-run need not read it back.
    std::optional<QString> lookup(const QString &path, const FileIdentity &identity,
                                  quint64 *hashFile = nullptr) const;
    // `hashFile`: the FileIdentity::digest of the archive's hash file as it was seen holding this
    // file's name and hash, settled (FileIdentity::isSettledAt); 0 when not.
    void insert(const QString &path, const FileIdentity &identity, const QString &sha256,
                quint64 hashFile = 0);
    // What the file at `path` was when it was hashed.
    std::optional<FileIdentity> recordedIdentity(const QString &path) const;
    // The file at `oldPath` is now reached as `newPath` (see MovedFiles): one entry, under the
    // new path, kept only while the file is unchanged.
    void follow(const QString &oldPath, const QString &newPath, const FileIdentity &identity);

    qsizetype size() const { return m_byPath.size(); }

    // Saves during a run cost what changed, not the whole cache: the entries changed since the
    // last save are appended to hash_cache.json.journal and synced, and load() replays them.
    // The whole cache is written again when the journal has grown as large as the cache.
    bool saveChanges(QString *error = nullptr);
    // Writes hash_cache.json whole and removes the journal (the end of a run).
    bool compact(QString *error = nullptr);

private:
    // A SHA-256 as its bytes: as a hex QString it costs 160 bytes of heap a file.
    static Sha256Digest digestOf(const QString &sha256);
    static QString hexOf(const Sha256Digest &digest);

    struct Entry
    {
        FileIdentity identity;
        quint64 hashFile = 0; // see insert()
    };
    // A file's hash is kept once per identity: the paths of one file (hard links, symbolic
    // links) share it, and an entry costs its identity twice instead of its hash twice.
    const Sha256Digest *storedDigest(const QString &path, const FileIdentity &identity) const;
    void storeDigest(const QString &path, const FileIdentity &identity, const Sha256Digest &digest);
    QString journalPath() const;
    QJsonObject entryJson(const QString &path) const;
    void apply(QByteArrayView entry);
    void replayJournal();

    void clear() override;
    bool readMember(const QString &key, QByteArrayView value, QString *error) override;
    bool membersRead(QString *error) override;
    bool writePieces(const Sink &sink) const override;
    void unreadable() override;
    void written() override;

    QHash<QString, Entry> m_byPath;
    // The hash of each file with an inode, for each of its paths and for the file moved.
    QHash<FileIdentity, Sha256Digest> m_byIdentity;
    QHash<QString, Sha256Digest> m_withoutInode; // by path: the identity may be another file's
    QStringList m_changed; // paths changed or removed since the last save
    qsizetype m_journalled = 0; // entries in the journal on disk
    int m_formatRead = 0; // the format version of the file read
};
