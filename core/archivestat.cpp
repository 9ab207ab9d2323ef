#include "core/archivestat.h"

#ifdef Q_OS_UNIX
#include <QFile>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

ArchiveStat::ArchiveStat(QString outputDir)
    : m_prefix(outputDir + QLatin1Char('/')) // as ModelFolder joins them
{ }

ArchiveStat::~ArchiveStat()
{
#ifdef Q_OS_UNIX
    if (m_folder >= 0)
        ::close(m_folder);
#endif
}

ArchiveStat::Status ArchiveStat::statusOf(const QString &path) const
{
#ifdef Q_OS_UNIX
    if (path.startsWith(m_prefix) && path.size() > m_prefix.size()) {
        if (m_folder < 0)
            m_folder = ::open(QFile::encodeName(m_prefix).constData(),
                              O_RDONLY | O_DIRECTORY | O_CLOEXEC);
        struct stat info
        {
        };
        if (m_folder >= 0) {
            if (::fstatat(m_folder, QFile::encodeName(path.mid(m_prefix.size())).constData(), &info,
                          0)
                != 0)
                return {};
#ifdef Q_OS_DARWIN
            const struct timespec changed = info.st_ctimespec;
#else
            const struct timespec changed = info.st_ctim;
#endif
            return { FileIdentity::fromStat(info),
                     qint64(changed.tv_sec) * 1000000000 + changed.tv_nsec };
        }
    }
#endif
    return { FileIdentity::of(path), 0 };
}
