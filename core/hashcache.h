#pragma once

#include "core/fileidentity.h"
#include "core/statefile.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>

#include <optional>

// Remembers the SHA-256 of every file hashed, keyed by path and by identity, so an unchanged
// collection is not read again (hashing hundreds of GB takes an hour; a stat takes microseconds).
// A file whose size or modification time changed is a new file. A file moved or renamed within
// its file system keeps device, inode, size and mtime, and keeps its hash.
class HashCache final : public JsonStateFile
{
    Q_DECLARE_TR_FUNCTIONS(HashCache)

public:
    // The archive's hash_cache.json. A missing file is an empty cache; a damaged one is reported
    // and treated as empty, since every entry can be recomputed.
    explicit HashCache(const QString &outputDir);

    std::optional<QString> lookup(const QString &path, const FileIdentity &identity) const;
    void insert(const QString &path, const FileIdentity &identity, const QString &sha256);
    // What the file at `path` was when it was hashed.
    std::optional<FileIdentity> recordedIdentity(const QString &path) const;
    // The file at `oldPath` is now reached as `newPath` (see MovedFiles): one entry, under the
    // new path, kept only while the file is unchanged.
    void follow(const QString &oldPath, const QString &newPath, const FileIdentity &identity);

    qsizetype size() const { return m_byPath.size(); }

private:
    struct Entry
    {
        FileIdentity identity;
        QString sha256;
    };
    static QString identityKey(const FileIdentity &identity);

    void clear() override;
    bool fromJson(const QJsonObject &root, QString *error) override;
    QJsonObject toJson() const override;
    void unreadable() override;

    QHash<QString, Entry> m_byPath;
    QHash<QString, QString> m_byIdentity; // identityKey -> sha256
};
