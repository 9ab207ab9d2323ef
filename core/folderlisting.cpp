#include "core/folderlisting.h"

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

bool isFolder(int dir, const dirent &entry)
{
    if (entry.d_type == DT_DIR)
        return true;
    if (entry.d_type != DT_LNK && entry.d_type != DT_UNKNOWN)
        return false;
    struct stat info
    {
    };
    return ::fstatat(dir, entry.d_name, &info, 0) == 0 && S_ISDIR(info.st_mode); // followed
}

QStringList unsorted(const QString &folder)
{
    QStringList found;
    DIR *dir = ::opendir(QFile::encodeName(folder).constData());
    if (!dir)
        return found;
    while (const dirent *entry = ::readdir(dir)) {
        if (entry->d_name[0] != '.' && isFolder(::dirfd(dir), *entry)) // hidden, "." and ".."
            found.append(QFile::decodeName(entry->d_name));
    }
    ::closedir(dir);
    return found;
}

#else

QStringList unsorted(const QString &folder)
{
    QStringList found;
    QDirIterator it(folder, QDir::Dirs | QDir::NoDotAndDotDot);
    while (it.hasNext()) {
        it.next();
        found.append(it.fileName());
    }
    return found;
}

#endif

} // namespace

QStringList folders(const QString &folder)
{
    QStringList found = unsorted(folder);
    std::sort(found.begin(), found.end()); // as QDir::Name sorts: by QString's order
    return found;
}

} // namespace FolderListing
