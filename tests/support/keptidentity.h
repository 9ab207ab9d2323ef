#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QFile>
#include <QString>

// Other bytes in a file under the identity (device, inode, size, modification time) the hash
// cache knows it by: a run that reads the file sees them, a run that trusts its cache does not.
// stamp() before the first run gives the file a modification time of whole seconds, which
// rewrite() can restore exactly.
namespace KeptIdentity {

inline QDateTime stampTime()
{
    return QDateTime::fromSecsSinceEpoch(1700000000);
}

inline bool setStampTime(QFile &file)
{
    return file.setFileTime(stampTime(), QFileDevice::FileModificationTime);
}

inline bool stamp(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadWrite) && setStampTime(file); // Windows: a writable handle
}

// The last byte flipped, in place: same inode, same size, the stamped time again.
inline bool rewrite(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadWrite) || file.size() == 0 || !file.seek(file.size() - 1))
        return false;
    const QByteArray last = file.peek(1);
    if (last.size() != 1 || !file.seek(file.size() - 1)
        || file.write(QByteArray(1, char(~last.at(0)))) != 1 || !file.flush())
        return false;
    return setStampTime(file);
}

} // namespace KeptIdentity
