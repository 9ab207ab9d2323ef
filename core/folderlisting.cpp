#include "core/folderlisting.h"

#include "core/fileidentity.h"

#include <QFile>

#include <algorithm>

#ifdef Q_OS_UNIX
#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#else
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
        const FileIdentity identity = FileIdentity::fromStat(info);
        found.append({ QFile::decodeName(name), identity.size, identity.modifiedNs / 1000000 });
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
