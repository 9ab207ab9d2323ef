#pragma once

#include <QFutureWatcher>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QThreadPool>

#include <atomic>
#include <memory>

class ArchiveLock;

// The shape of the offline operations on one archive (regenerate the gallery, plan and apply a
// clean, migrate image JSON), the same for the command line and the window: start() returns at
// once; the archive's lock is taken and the disk work done on a pool thread; progress and the
// end arrive on the thread that started it. Deleting an operation cancels it and waits for the
// step under way.
class ArchiveOperation : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ArchiveOperation)

public:
    enum class Outcome
    {
        Done,
        Failed, // errors() says why
        Busy, // another process writes the archive; errors() names it
        Cancelled
    };

    ~ArchiveOperation() override;

    void start();
    // Stops before the next step (from any thread); a step under way finishes, so nothing is
    // left half-written.
    void cancel();

    bool isRunning() const { return m_running; }
    QString outputDir() const { return m_outputDir; }
    // Valid once finished.
    Outcome outcome() const { return m_outcome; }
    QStringList errors() const { return m_errors; } // whole sentences
    QStringList warnings() const { return m_warnings; } // what was read around (a broken record)
    // The archive's lock, held while this operation lives: an operation that follows on the same
    // archive (applying a clean after planning it) takes it over, so nothing changes in between.
    std::shared_ptr<ArchiveLock> lock() const { return m_lock; }

Q_SIGNALS:
    void progressChanged(const QString &step);
    void finished(ArchiveOperation::Outcome outcome);

protected:
    enum class Access
    {
        Write,
        Read // a read-only archive (the lock cannot be created) can still be read
    };

    ArchiveOperation(QString outputDir, Access access, std::shared_ptr<ArchiveLock> lock,
                     QObject *parent);

    // The disk work, on a pool thread, with the lock held (or no archive folder yet).
    virtual void work() = 0;
    // Cancels and waits for work(). Every operation's destructor calls it first: work() uses the
    // operation's own members, which are gone by the time this base's destructor runs.
    void stopWork();

    // For work(): on its thread. Announces the step, then says whether to go on (not cancelled).
    bool beginStep(const QString &step)
    {
        Q_EMIT progressChanged(step);
        return !m_cancel.load();
    }
    void addErrors(const QStringList &errors) { m_errors += errors; }
    void addWarnings(const QStringList &warnings) { m_warnings += warnings; }

private:
    void perform();
    bool takeLock();

    const QString m_outputDir;
    const Access m_access;
    std::shared_ptr<ArchiveLock> m_lock;
    QThreadPool m_pool;
    QFutureWatcher<void> m_watcher; // a child: its end is dropped if this dies first
    std::atomic_bool m_cancel { false };
    bool m_running = false;
    bool m_busy = false;
    Outcome m_outcome = Outcome::Done;
    QStringList m_errors;
    QStringList m_warnings;
};

Q_DECLARE_METATYPE(ArchiveOperation::Outcome)
