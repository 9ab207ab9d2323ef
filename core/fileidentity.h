#pragma once

#include <QHashFunctions>
#include <QString>

#ifndef Q_OS_WIN
struct stat;
#endif

// What tells us a file's bytes are unchanged without reading them: size and modification time,
// plus the device and inode (on Windows the volume serial number and file index), so a file moved
// or renamed within one file system keeps its identity (and its cached hash).
struct FileIdentity
{
    qint64 size = -1;
    qint64 modifiedNs = 0;
    quint64 device = 0;
    quint64 inode = 0;

    bool isValid() const { return size >= 0; }
    // Modified long enough before `nowNs` that its time vouches for its bytes: a change within
    // the same tick of the file system's clock would keep the time.
    bool isSettledAt(qint64 nowNs) const { return isValid() && modifiedNs < nowNs - SettledNs; }
    static constexpr qint64 SettledNs = 2'000'000'000;
    // The four fields in 64 bits (FNV-1a, the same in every build): what a record keeps to know
    // a file again. Never 0 for a valid identity.
    quint64 digest() const;
    bool hasInode() const { return inode != 0; }
    bool operator==(const FileIdentity &) const = default;

    // Follows symbolic links: the identity is the target's.
    static FileIdentity of(const QString &path);
#ifndef Q_OS_WIN
    // What a stat() answer says, for callers that look files up themselves (fstatat).
    static FileIdentity fromStat(const struct stat &info);
#endif
};

inline size_t qHash(const FileIdentity &identity, size_t seed = 0)
{
    return qHashMulti(seed, identity.size, identity.modifiedNs, identity.device, identity.inode);
}
