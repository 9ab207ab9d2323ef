#pragma once

#include <QLockFile>
#include <QString>

// One archive, one writer: a lock file (.cdm.lock) in the output folder, held by whoever writes
// the archive (a run, --onlyhtml, --clean, the window's Regenerate and Clean) for as long as it
// writes. A second writer is refused with a message that names the holder. A lock left by a
// process that died (kill -9, a crash) on this computer is taken over: its PID is gone.
class ArchiveLock final
{
    Q_DISABLE_COPY_MOVE(ArchiveLock)

public:
    enum class Result
    {
        Locked,
        Busy, // another live process holds it
        Failed // the lock file cannot be created (a read-only folder, ...)
    };

    explicit ArchiveLock(const QString &outputDir);
    ~ArchiveLock(); // releases it

    // Does not wait. On Busy and Failed, errorString() says why, in a whole sentence.
    Result tryLock();
    QString errorString() const { return m_error; }

private:
    QString m_outputDir;
    QLockFile m_lock;
    QString m_error;
};
