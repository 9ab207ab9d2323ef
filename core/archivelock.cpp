#include "core/archivelock.h"

#include "core/archivelayout.h"

#include <QCoreApplication>
#include <QDir>
#include <QSysInfo>

ArchiveLock::ArchiveLock(const QString &outputDir)
    : m_outputDir(outputDir)
    , m_lock(ArchiveLayout(outputDir).lockFile())
{
    // Never stale by age: a run may hold it for days. QLockFile still takes over a lock whose
    // process is gone (same host, PID not running or running another program).
    m_lock.setStaleLockTime(0);
}

ArchiveLock::~ArchiveLock() = default; // QLockFile unlocks

ArchiveLock::Result ArchiveLock::tryLock()
{
    if (m_lock.isLocked())
        return Result::Locked;
    m_error.clear();
    if (m_lock.tryLock(0))
        return Result::Locked;
    const QString lockPath = QDir::toNativeSeparators(ArchiveLayout(m_outputDir).lockFile());
    if (m_lock.error() != QLockFile::LockFailedError) {
        //: %1 is the archive (output) folder
        m_error = QCoreApplication::translate("ArchiveLock",
                                              "Cannot lock the archive %1: the lock file %2 "
                                              "cannot be created.")
                      .arg(QDir::toNativeSeparators(m_outputDir), lockPath);
        return Result::Failed;
    }
    qint64 pid = 0;
    QString host;
    QString program;
    if (!m_lock.getLockInfo(&pid, &host, &program)) {
        //: %1 is the archive (output) folder
        m_error = QCoreApplication::translate(
                      "ArchiveLock",
                      "The archive %1 is in use by another run. Try again when it has finished.")
                      .arg(QDir::toNativeSeparators(m_outputDir));
        return Result::Busy;
    }
    //: %1 is the archive (output) folder, %2 a program's name, %3 its process id, %4 a computer's
    //: name
    m_error = QCoreApplication::translate("ArchiveLock",
                                          "The archive %1 is in use by %2 (process %3 on %4). "
                                          "Try again when it has finished.")
                  .arg(QDir::toNativeSeparators(m_outputDir),
                       program.isEmpty() ? QStringLiteral("?") : program, QString::number(pid),
                       host.isEmpty() ? QStringLiteral("?") : host);
    // A process on another computer (a shared folder) cannot be checked from here.
    if (!host.isEmpty() && host != QSysInfo::machineHostName())
        //: %1 is the lock file's path
        m_error += QLatin1Char(' ')
            + QCoreApplication::translate("ArchiveLock",
                                          "If it is no longer running on that computer, delete %1.")
                  .arg(lockPath);
    return Result::Busy;
}
