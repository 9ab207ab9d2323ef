#include "core/fileidentity.h"

#ifdef Q_OS_WIN
#include <QDir>
#include <QFileInfo>
#include <qt_windows.h>
#else
#include <QFile>

#include <sys/stat.h>
#endif

#ifdef Q_OS_WIN

namespace {

// An absolute path with the \\?\ prefix: model collections nest deeper than MAX_PATH.
std::wstring longNativePath(const QString &path)
{
    const QString native
        = QDir::toNativeSeparators(QDir::cleanPath(QFileInfo(path).absoluteFilePath()));
    if (native.startsWith(QLatin1String("\\\\?\\")))
        return native.toStdWString();
    if (native.startsWith(QLatin1String("\\\\"))) // \\server\share\…
        return (QLatin1String("\\\\?\\UNC\\") + native.mid(2)).toStdWString();
    return (QLatin1String("\\\\?\\") + native).toStdWString();
}

quint64 combined(DWORD high, DWORD low)
{
    return (quint64(high) << 32) | low;
}

} // namespace

FileIdentity FileIdentity::of(const QString &path)
{
    FileIdentity identity;
    // No access rights asked for (metadata only) and every share mode: a file another program has
    // open, even for writing or deleting, can still be looked at. BACKUP_SEMANTICS opens folders.
    const HANDLE file = CreateFileW(longNativePath(path).c_str(), 0,
                                    FILE_SHARE_READ | FILE_SHARE_WRITE | FILE_SHARE_DELETE, nullptr,
                                    OPEN_EXISTING, FILE_FLAG_BACKUP_SEMANTICS, nullptr);
    if (file == INVALID_HANDLE_VALUE)
        return identity;
    BY_HANDLE_FILE_INFORMATION info {};
    const bool known = GetFileInformationByHandle(file, &info) != 0;
    CloseHandle(file);
    if (!known)
        return identity;
    // FILETIME counts 100 ns from 1601-01-01: made Unix nanoseconds, as st_mtim is.
    constexpr qint64 UnixEpochInFileTime = 116444736000000000;
    const qint64 written
        = qint64(combined(info.ftLastWriteTime.dwHighDateTime, info.ftLastWriteTime.dwLowDateTime));
    identity.size = qint64(combined(info.nFileSizeHigh, info.nFileSizeLow));
    identity.modifiedNs = (written - UnixEpochInFileTime) * 100;
    // The volume serial and file index identify a file on one computer, as st_dev and st_ino do.
    // (On ReFS the 64-bit index is not guaranteed unique; size and time are part of the key too.)
    identity.device = quint64(info.dwVolumeSerialNumber);
    identity.inode = combined(info.nFileIndexHigh, info.nFileIndexLow);
    return identity;
}

#else

FileIdentity FileIdentity::of(const QString &path)
{
    struct stat info
    {
    };
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return {};
    return fromStat(info);
}

FileIdentity FileIdentity::fromStat(const struct stat &info)
{
    FileIdentity identity;
    identity.size = qint64(info.st_size);
#ifdef Q_OS_DARWIN
    identity.modifiedNs = qint64(info.st_mtimespec.tv_sec) * 1000000000 + info.st_mtimespec.tv_nsec;
#else
    identity.modifiedNs = qint64(info.st_mtim.tv_sec) * 1000000000 + info.st_mtim.tv_nsec;
#endif
    identity.device = quint64(info.st_dev);
    identity.inode = quint64(info.st_ino);
    return identity;
}

#endif

quint64 FileIdentity::digest() const
{
    if (!isValid())
        return 0;
    quint64 digest = 14695981039346656037ULL;
    for (const quint64 field : { quint64(size), quint64(modifiedNs), device, inode }) {
        for (int byte = 0; byte < 8; ++byte) {
            digest ^= (field >> (8 * byte)) & 0xff;
            digest *= 1099511628211ULL;
        }
    }
    return digest == 0 ? 1 : digest;
}
