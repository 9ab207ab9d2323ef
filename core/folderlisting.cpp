#include "core/folderlisting.h"

#include <QFile>

#include <algorithm>

#ifdef Q_OS_UNIX
#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#else
#include "core/fileidentity.h"

#include <QDirIterator>
#endif

namespace FolderListing {

namespace {

#ifdef Q_OS_UNIX

QList<File> unsorted(const QString &folder)
{
    QList<File> found;
    DIR *dir = ::opendir(QFile::encodeName(folder).constData());
    if (!dir)
        return found;
    const int fd = ::dirfd(dir);
    while (const dirent *entry = ::readdir(dir)) {
        const char *name = entry->d_name;
        if (qstrcmp(name, ".") == 0 || qstrcmp(name, "..") == 0)
            continue;
        struct stat info
        {
        };
        if (::fstatat(fd, name, &info, 0) != 0 || !S_ISREG(info.st_mode))
            continue; // a broken link, a folder, a device: not listed by QDir::Files either
#ifdef Q_OS_DARWIN
        const qint64 modifiedMs
            = qint64(info.st_mtimespec.tv_sec) * 1000 + info.st_mtimespec.tv_nsec / 1000000;
#else
        const qint64 modifiedMs
            = qint64(info.st_mtim.tv_sec) * 1000 + info.st_mtim.tv_nsec / 1000000;
#endif
        found.append({ QFile::decodeName(name), qint64(info.st_size), modifiedMs });
    }
    ::closedir(dir);
    return found;
}

#else

QList<File> unsorted(const QString &folder)
{
    QList<File> found;
    QDirIterator it(folder, QDir::Files | QDir::Hidden);
    while (it.hasNext()) {
        const FileIdentity identity = FileIdentity::of(it.next());
        if (identity.isValid())
            found.append({ it.fileName(), identity.size, identity.modifiedNs / 1000000 });
    }
    return found;
}

#endif

} // namespace

QList<File> files(const QString &folder)
{
    QList<File> found = unsorted(folder);
    // As QDir::Name sorts: by QString's order, case sensitive.
    std::sort(found.begin(), found.end(),
              [](const File &a, const File &b) { return a.name < b.name; });
    return found;
}

} // namespace FolderListing
