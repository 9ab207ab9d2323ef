#pragma once

#include "core/failedfiles.h"
#include "core/filehistory.h"
#include "core/hashcache.h"
#include "core/localjobqueue.h"
#include "core/manuallinks.h"
#include "core/missinglist.h"
#include "core/modelfilestamps.h"
#include "core/pausegate.h"
#include "core/processedfiles.h"
#include "core/requestqueue.h"
#include "core/resultinbox.h"
#include "core/runoptions.h"
#include "core/runreport.h"
#include "core/sharedstrings.h"
#include "core/updatesavailable.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QObject>
#include <QThreadPool>
#include <QTimer>

#include <atomic>
#include <deque>
#include <memory>

class ArchiveLock;
class CivArchiveLookup;
class CivitaiClient;
class CivitaiSync;
class OrphanedFolders;
struct ScanResult;

// One run over a collection: scan, hash (cached), read safetensors headers, look each file up on
// Civitai (CivitaiSync), write the archive, then its gallery (RegenerateGallery). It holds the
// archive's lock from start to finished; an archive another process holds is refused at once.
// Lives on the thread that drives it (the CLI's main thread or the window's) and never blocks
// it: scanning and per-file work run on its own thread pool and report back through queued
// continuations. The CLI and the window listen to the same signals.
class ArchiveRun final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ArchiveRun)

public:
    explicit ArchiveRun(RunOptions options, QObject *parent = nullptr);
    ~ArchiveRun() override;

    void start();
    // Stops between chunks; what finished is saved, nothing is left half-written.
    void cancel();
    // Hashing waits between chunks and no new request goes out; everything resumes where it was.
    void setPaused(bool paused);

    bool isRunning() const { return m_running; }
    bool isPaused() const { return m_pause.isPaused(); }
    RunProgress progress() const;

    static int defaultHashThreads();

    // Files handed to the pool and not back from it yet: never more than MaxFilesInFlight.
    static constexpr int MaxFilesInFlight = 64;
    int filesInFlight() const { return m_filesInFlight; }

    // Files handed to the Civitai sync and not finished there: local work waits while this many
    // are (two hash triage batches: one fills while the other is answered). Each holds its
    // report and what it waits for, about a kilobyte: an unchanged re-run would otherwise hold
    // every file of the collection at once.
    static constexpr int MaxFilesInSync = 20000;
    int filesInSync() const;
    void setMaxFilesInSync(int files) { m_maxFilesInSync = files; } // for tests

Q_SIGNALS:
    void progressChanged(const RunProgress &progress);
    void fileFinished(const FileReport &report);
    // Files entering the run (Queued, once, after the scan) and moving through it, batched with
    // progressChanged so thousands of files do not flood a window.
    void stagesChanged(const QList<FileStage> &stages);
    void finished(const RunSummary &summary);
    // Civitai requests pause for `msecs`: rate limited, retrying, or the polite pause.
    void waiting(RequestQueue::WaitKind kind, const QString &reason, qint64 msecs);

private:
    bool lockArchive();
    void loadState();
    void setUpCivArchive();
    void onScanFinished(const ScanResult &scan);
    void onLocalFinished(const LocalFileResult &local);
    void takeLocalResults();
    void completeFile(const FileReport &finished);
    void feedPool();
    void markUndecided(const QList<ScannedFile> &files);
    void announceFilesToProcess(int count);
    bool shouldSkip(const ScannedFile &file) const;
    void noteHistory(FileReport &report);
    void scheduleSave();
    void saveState();
    void setStage(const QString &path, FileStage::Step step, qint64 done = 0, qint64 total = 0);
    void reportProgress();
    void finish();
    void releaseState();
    void announceFinished();

    const RunOptions m_options;
    std::unique_ptr<ArchiveLock> m_lock;
    ProcessedFiles m_processed;
    HashCache m_hashCache;
    SharedStrings m_sharedStrings; // while the state is read and the scan sorted
    MissingList m_missing;
    UpdatesAvailable m_updates;
    ModelFileStamps m_modelStamps;
    ManualLinks m_links; // read only: --link, --unlink and the window edit it
    FileHistory m_history; // saved at the end of the run only: see finish()
    FailedFiles m_failures; // likewise
    RequestQueue *m_queue = nullptr;
    CivitaiSync *m_sync = nullptr;
    CivArchiveLookup *m_civArchive = nullptr; // after m_sync, when the user turned it on
    std::shared_ptr<OrphanedFolders> m_orphans; // folders of recorded files gone from their path
    QThreadPool m_pool;
    PauseGate m_pause;
    struct HashingFile
    {
        std::shared_ptr<std::atomic<qint64>> bytesDone; // written by a pool thread
        qint64 size = 0;
    };
    LocalJobQueue m_jobs; // the files of the run, handed to the pool a few at a time
    int m_filesInFlight = 0;
    ResultInbox<LocalFileResult> m_localResults; // the pool's, for this thread
    int m_maxFilesInSync = MaxFilesInSync;
    bool m_feeding = false; // in feedPool()
    QHash<QString, HashingFile> m_hashing; // files not through hashing yet, by path
    QHash<QString, FileStage> m_stageChanges; // not yet announced
    // Parented, like everything here, so the run can be moved to a worker thread before it starts.
    QTimer m_progressTimer { this };
    QTimer m_saveTimer { this };
    QElapsedTimer m_clock;
    std::atomic_bool m_cancel { false };
    std::atomic<qint64> m_bytesDone { 0 };
    qint64 m_bytesTotal = 0;
    int m_filesTotal = 0;
    int m_filesDone = 0;
    int m_localDone = 0;
    QString m_step;
    QString m_waitReason;
    QDeadlineTimer m_waitUntil;
    RunSummary m_summary;
    bool m_running = false;
    QString m_stateError; // of the last save: tried again at the next
};
