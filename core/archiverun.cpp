#include "core/archiverun.h"

#include "core/archivelayout.h"
#include "core/archivelock.h"
#include "core/archivereader.h"
#include "core/archivewriter.h"
#include "core/civarchiveclient.h"
#include "core/civarchivelookup.h"
#include "core/civitaiclient.h"
#include "core/civitaisync.h"
#include "core/foldernames.h"
#include "core/freedmemory.h"
#include "core/localfilework.h"
#include "core/modelscanner.h"
#include "core/movedfiles.h"
#include "core/regenerategallery.h"
#include "core/runthen.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcRun, "cdm.run")

namespace {

constexpr int ProgressIntervalMs = 250; // a few updates a second, whatever the file count
constexpr int SaveIntervalMs = 1000; // bounds what a crash can lose to one second of work
// A large archive's state takes a while to write: saving no more often than this many times the
// last save's duration keeps the saves to a tenth of the run, and a crash's loss to a few seconds.
constexpr int SaveCostFactor = 10;

// Every job as Queued; a file to hash gets its progress counter, and an entry in `hashing` (a
// template only because that entry is a type private to ArchiveRun).
template<typename HashingFiles>
QList<FileStage> queueStages(std::deque<LocalFileJob> &jobs, HashingFiles &hashing)
{
    QList<FileStage> queued;
    queued.reserve(qsizetype(jobs.size()));
    for (LocalFileJob &job : jobs) {
        queued.append({ job.file.path, FileStage::Step::Queued, 0, job.file.identity.size });
        if (job.needsHashing()) {
            job.bytesHashed = std::make_shared<std::atomic<qint64>>(0);
            hashing.insert(job.file.path, { job.bytesHashed, job.file.identity.size });
        }
    }
    return queued;
}

} // namespace

ArchiveRun::ArchiveRun(RunOptions options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_processed(m_options.outputDir)
    , m_hashCache(m_options.outputDir)
    , m_missing(m_options.outputDir)
    , m_updates(m_options.outputDir)
    , m_modelStamps(m_options.outputDir)
    , m_links(m_options.outputDir)
    , m_history(m_options.outputDir)
    , m_failures(m_options.outputDir)
{
    if (m_options.lookUpCivitai) {
        RequestQueue::Settings settings;
        settings.minPause = m_options.noTimeout ? std::chrono::milliseconds(0) : m_options.minPause;
        settings.maxPause = m_options.noTimeout ? std::chrono::milliseconds(0) : m_options.maxPause;
        settings.timeout = m_options.requestTimeout;
        settings.apiDeadline = m_options.apiDeadline;
        settings.mediaDeadline = m_options.mediaDeadline;
        settings.backoffBase = m_options.retryBackoff;
        settings.maxMediaInFlight = m_options.previewDownloads;
        settings.civArchivePause
            = m_options.noTimeout ? std::chrono::milliseconds(0) : m_options.civArchivePause;
        m_queue = new RequestQueue(settings, this);
        m_queue->setApiKey(m_options.apiKey);
        QList<CivitaiClient *> clients;
        for (const QUrl &apiBase : std::as_const(m_options.apiBases))
            clients.append(new CivitaiClient(m_queue, apiBase, this));
        const auto previews = m_options.recheck ? RunOptions::Previews::None : m_options.previews;
        m_sync = new CivitaiSync(clients, m_options.outputDir, previews, &m_missing, &m_updates,
                                 &m_modelStamps, this);
        m_sync->setPreviewLimits({ m_options.maxPreviewImageBytes, m_options.maxPreviewVideoBytes });
        m_sync->setManualLinks(&m_links);
        if (m_options.useCivArchive)
            setUpCivArchive(); // between Civitai's step and the file's end
        else
            connect(m_sync, &CivitaiSync::fileSynced, this, &ArchiveRun::completeFile);
        connect(m_sync, &CivitaiSync::previewsProgress, this,
                [this](const QString &path, int done, int total) {
                    setStage(path, FileStage::Step::DownloadingPreviews, done, total);
                });
        connect(m_queue, &RequestQueue::waiting, this,
                [this](RequestQueue::WaitKind kind, const QString &reason, qint64 msecs) {
                    m_waitReason = reason;
                    m_waitUntil.setRemainingTime(msecs);
                    Q_EMIT waiting(kind, reason, msecs);
                });
    }
    m_pool.setMaxThreadCount(m_options.hashThreads > 0 ? m_options.hashThreads
                                                       : defaultHashThreads());
    m_progressTimer.setInterval(ProgressIntervalMs);
    connect(&m_progressTimer, &QTimer::timeout, this, &ArchiveRun::reportProgress);
    m_saveTimer.setInterval(SaveIntervalMs);
    m_saveTimer.setSingleShot(true);
    connect(&m_saveTimer, &QTimer::timeout, this, &ArchiveRun::saveState);
}

ArchiveRun::~ArchiveRun()
{
    m_cancel = true;
    m_pool.waitForDone();
}

// Files come from Civitai's step to CivArchive's, and from there to the end.
void ArchiveRun::setUpCivArchive()
{
    auto *client = new CivArchiveClient(m_queue, m_options.civArchiveBase, this);
    auto *imageHost = new CivitaiClient(m_queue, m_options.apiBases.value(0), this);
    m_civArchive
        = new CivArchiveLookup(client, imageHost, m_options.outputDir, m_options.previews, this);
    m_civArchive->setPreviewLimits(
        { m_options.maxPreviewImageBytes, m_options.maxPreviewVideoBytes });
    connect(m_sync, &CivitaiSync::fileSynced, m_civArchive, &CivArchiveLookup::add);
    connect(m_civArchive, &CivArchiveLookup::fileChecked, this, &ArchiveRun::completeFile);
    connect(m_civArchive, &CivArchiveLookup::previewsProgress, this,
            [this](const QString &path, int done, int total) {
                setStage(path, FileStage::Step::DownloadingPreviews, done, total);
            });
}

int ArchiveRun::defaultHashThreads()
{
    // More readers than this only make a spinning disk seek; SSDs are saturated by then anyway.
    return qBound(1, QThread::idealThreadCount(), 4);
}

RunProgress ArchiveRun::progress() const
{
    RunProgress progress;
    progress.filesTotal = m_filesTotal;
    progress.filesDone = m_filesDone;
    progress.bytesTotal = m_bytesTotal;
    progress.bytesDone = m_bytesDone.load();
    progress.elapsedMs = m_clock.isValid() ? m_clock.elapsed() : 0;
    progress.step = m_step;
    progress.requestsMade = m_queue ? m_queue->requestsSent() : 0;
    progress.paused = m_pause.isPaused();
    if (!m_waitUntil.hasExpired()) {
        progress.waitReason = m_waitReason;
        progress.waitMs = m_waitUntil.remainingTime();
    }
    return progress;
}

void ArchiveRun::start()
{
    Q_ASSERT(!m_running);
    m_running = true;
    m_clock.start();

    if (!QDir().mkpath(m_options.outputDir)) {
        m_summary.fatalError = tr("cannot create the output folder %1").arg(m_options.outputDir);
        finish();
        return;
    }
    if (!lockArchive()) {
        announceFinished(); // nothing was read, so nothing is saved
        return;
    }
    //: The run's current step, shown in the status bar
    m_step = tr("scanning");
    m_progressTimer.start();
    Q_EMIT progressChanged(progress());

    // Scanned while the state is read: the result comes back to this thread after loadState().
    const ModelScanner scanner(m_options.extensions);
    const QStringList sources = m_options.sources;
    runThen(
        &m_pool, this, [scanner, sources, this] { return scanner.scan(sources, &m_cancel); },
        [this](const ScanResult &scan) { onScanFinished(scan); });
    loadState();
}

void ArchiveRun::loadState()
{
    for (StateFile *state : std::initializer_list<StateFile *> {
             &m_processed, &m_hashCache, &m_updates, &m_history, &m_modelStamps })
        state->setSharedStrings(&m_sharedStrings);
    QString error;
    if (!m_processed.load(&error))
        m_summary.warnings.append(error);
    if (!m_hashCache.load(&error))
        //: Appended to the message saying why the hash cache could not be read
        m_summary.warnings.append(error + tr(" (every file will be hashed again)"));
    if (!m_missing.load(&error) || !m_updates.load(&error))
        m_summary.warnings.append(error);
    if (!m_links.load(&error))
        m_summary.warnings.append(error);
    if (!m_history.load(&error))
        m_summary.warnings.append(error);
    if (!m_failures.load(&error))
        m_summary.warnings.append(error);
    if (!m_modelStamps.load(&error)) // a cache: the run reads the model files back instead
        qCInfo(lcRun).noquote() << error;

    returnFreedMemory(); // what the files' parsing took and gave back
}

bool ArchiveRun::lockArchive()
{
    m_lock = std::make_unique<ArchiveLock>(m_options.outputDir);
    const ArchiveLock::Result result = m_lock->tryLock();
    if (result == ArchiveLock::Result::Locked)
        return true;
    m_summary.fatalError = m_lock->errorString();
    m_summary.refusal = result == ArchiveLock::Result::Busy ? RunSummary::Refusal::ArchiveBusy
                                                            : RunSummary::Refusal::LockFailed;
    m_lock.reset();
    return false;
}

void ArchiveRun::cancel()
{
    if (!m_running || m_cancel.exchange(true))
        return;
    qCInfo(lcRun) << "cancelling";
    if (m_sync) {
        m_sync->cancel();
        m_queue->cancelAll();
    }
    //: The run's current step, shown in the status bar
    m_step = tr("cancelling");
    setPaused(false);
}

void ArchiveRun::setPaused(bool paused)
{
    if (paused && !m_running)
        return;
    m_pause.setPaused(paused);
    if (m_queue)
        m_queue->setPaused(paused);
    Q_EMIT progressChanged(progress());
}

void ArchiveRun::setStage(const QString &path, FileStage::Step step, qint64 done, qint64 total)
{
    m_stageChanges.insert(path, FileStage { path, step, done, total });
}

void ArchiveRun::reportProgress()
{
    for (auto it = m_hashing.cbegin(); it != m_hashing.cend(); ++it) {
        const qint64 bytes = it->bytesDone->load(std::memory_order_relaxed);
        if (bytes > 0)
            setStage(it.key(), FileStage::Step::Hashing, bytes, it->size);
    }
    if (!m_stageChanges.isEmpty())
        Q_EMIT stagesChanged(std::exchange(m_stageChanges, {}).values());
    Q_EMIT progressChanged(progress());
}

void ArchiveRun::onScanFinished(const ScanResult &scan)
{
    m_summary.warnings += scan.warnings;
    m_summary.filesFound = int(scan.files.size());
    if (scan.cancelled || m_cancel) {
        finish();
        return;
    }

    // A file reached by a new path (a symlink, a renamed folder, a new mount) keeps its folder.
    MovedFiles::follow(
        MovedFiles::find(scan.files, m_processed.folders(), m_hashCache, m_options.outputDir),
        m_processed, m_hashCache);
    const QHash<QString, QString> recorded = m_processed.folders();
    FolderNames folders(m_options.outputDir, recorded);
    QSet<QString> presentPaths;
    for (const ScannedFile &file : scan.files)
        presentPaths.insert(file.path);
    bool orphansCollected = false;
    // A deque: each job's memory goes as the pool takes it.
    std::deque<LocalFileJob> jobs;
    for (const ScannedFile &file : scan.files) {
        if (shouldSkip(file)) {
            ++m_summary.filesSkipped;
            continue;
        }
        LocalFileJob job;
        job.file = file;
        job.file.path = m_sharedStrings.shared(file.path); // the scan's copy goes with it
        job.file.canonicalPath = QString(); // MovedFiles's alone: every job waits, kept small
        job.outputDir = m_options.outputDir;
        job.folder = folders.folderFor(file.path);
        job.hashOnly = m_options.onlyUpdate;
        if (m_options.onlyUpdate) {
            // No hashing: the hash archived by an earlier run, or skip the file as the Python tool
            // does.
            job.cachedSha256
                = ArchiveWriter::archivedSha256(ModelFolder(m_options.outputDir, job.folder));
            if (job.cachedSha256.isEmpty()) {
                ++m_summary.filesSkipped;
                continue;
            }
        } else if (!m_options.rehash) {
            job.hashCached = m_hashCache.lookup(file.path, file.identity).has_value();
        }
        if (job.needsHashing() && !recorded.contains(file.path)) {
            if (!std::exchange(orphansCollected, true))
                m_orphans = OrphanedFolders::collect(recorded, presentPaths, m_options.outputDir);
            job.orphans = m_orphans;
        }
        if (job.needsHashing())
            m_bytesTotal += file.identity.size;
        jobs.push_back(std::move(job));
    }
    m_processed.setFolders(folders.assigned());
    m_sharedStrings.clear();
    markUndecided(scan.files);
    Q_EMIT stagesChanged(queueStages(jobs, m_hashing));
    announceFilesToProcess(int(jobs.size()));
    if (jobs.empty()) {
        finish();
        return;
    }
    m_jobs.assign(std::move(jobs));
    feedPool();
}

// Hands the pool the next files, so that it holds at most MaxFilesInFlight: 100,000 tasks queued
// at once, each with its future and continuation, would cost hundreds of megabytes.
void ArchiveRun::feedPool()
{
    // Guarded: a continuation that runs inside this loop must not start another one.
    if (std::exchange(m_feeding, true))
        return;
    for (;;) {
        const int room = std::min(MaxFilesInFlight - m_filesInFlight,
                                  m_maxFilesInSync - m_filesInFlight - filesInSync());
        std::vector<LocalFileJob> jobs
            = m_jobs.take(room, std::min(MaxFilesInFlight, m_maxFilesInSync), m_hashCache);
        if (jobs.empty())
            break;
        m_filesInFlight += int(jobs.size());
        // Not through QFuture::then(this, ...): Qt 6.4 crashed now and then in reportStarted().
        m_pool.start([jobs = std::move(jobs), this] {
            m_localResults.put(
                LocalFileWork::processAll(
                    jobs, { .cancel = &m_cancel, .pause = &m_pause, .bytesDone = &m_bytesDone }),
                [this] {
                    QMetaObject::invokeMethod(this, &ArchiveRun::takeLocalResults,
                                              Qt::QueuedConnection);
                });
        });
    }
    m_feeding = false;
}

void ArchiveRun::takeLocalResults()
{
    const std::vector<LocalFileResult> results = m_localResults.takeAll();
    m_filesInFlight -= int(results.size());
    for (const LocalFileResult &result : results)
        onLocalFinished(result);
    feedPool(); // last: the files just taken count in the sync's room (a run ended has no jobs)
}

// Files not known to be on Civitai may be what a missing-list entry of their name stands for.
void ArchiveRun::markUndecided(const QList<ScannedFile> &files)
{
    QStringList undecided;
    for (const ScannedFile &file : files) {
        if (!m_processed.contains(file.path))
            undecided.append(file.path);
    }
    m_missing.setUndecided(undecided);
}

void ArchiveRun::announceFilesToProcess(int count)
{
    m_filesTotal = count;
    if (m_options.onlyUpdate)
        //: The run's current step, shown in the status bar
        m_step = tr("looking up");
    else
        //: The run's current step, shown in the status bar
        m_step = tr("hashing");
    Q_EMIT progressChanged(progress());
    qCInfo(lcRun) << m_filesTotal << "files to process," << m_summary.filesSkipped << "skipped";
}

bool ArchiveRun::shouldSkip(const ScannedFile &file) const
{
    if (!m_options.onlyNew)
        return false;
    if (m_processed.contains(file.path))
        return true;
    return m_options.skipMissing && m_missing.contains(QFileInfo(file.path).fileName());
}

void ArchiveRun::onLocalFinished(const LocalFileResult &local)
{
    const FileReport &report = local.report;
    const FileIdentity &identity = local.identity;
    m_hashing.remove(report.path);
    if (const auto claim = m_orphans ? m_orphans->claimedBy(report.path) : std::nullopt) {
        m_processed.follow(claim->oldPath, report.path);
        m_hashCache.follow(claim->oldPath, report.path, identity);
    }
    if (!report.sha256.isEmpty() && !m_options.onlyUpdate) {
        if (report.hashFromCache) {
            ++m_summary.filesFromCache;
        } else {
            ++m_summary.filesHashed;
            m_summary.bytesHashed += report.size;
        }
        m_hashCache.insert(report.path, identity, report.sha256, local.hashFile);
        // Whatever Civitai is doing: a crash loses at most the last seconds of hashing.
        scheduleSave();
    }
    if (++m_localDone == m_filesTotal && m_sync)
        //: The run's current step, shown in the status bar
        m_step = tr("looking up on Civitai");

    if (m_sync && report.status == FileReport::Status::Done && !m_cancel) {
        setStage(report.path, FileStage::Step::LookingUp);
        m_sync->add(report, local.seen);
        if (m_localDone == m_filesTotal)
            m_sync->flush();
    } else {
        FileReport done = report;
        if (m_sync && m_cancel && done.status == FileReport::Status::Done)
            done.status = FileReport::Status::Cancelled; // hashed, never looked up: not processed
        completeFile(done);
        if (m_sync && m_localDone == m_filesTotal)
            m_sync->flush();
    }
}

int ArchiveRun::filesInSync() const
{
    return m_sync ? m_sync->filesOnTheirWay() : 0;
}

void ArchiveRun::completeFile(const FileReport &finished)
{
    FileReport report = finished;
    ++m_filesDone;
    m_stageChanges.remove(report.path); // the report supersedes any stage not yet announced
    m_failures.note(report);
    switch (report.status) {
    case FileReport::Status::Done:
        // The Python tool's rule: a file Civitai does not know is looked at again by --onlynew.
        if (report.civitai != FileReport::Civitai::NotFound)
            m_processed.add(report.path);
        ++m_summary.filesDone;
        m_summary.filesUpToDate += report.civitai == FileReport::Civitai::UpToDate;
        m_summary.filesNotOnCivitai += report.civitai == FileReport::Civitai::NotFound;
        m_summary.updatesAvailable += report.updateAvailable;
        if (report.updateAvailable && m_summary.updates.size() < RunSummary::UpdatesListed)
            m_summary.updates.append(report);
        m_summary.previewsDownloaded += report.previewsDownloaded;
        noteHistory(report);
        break;
    case FileReport::Status::Failed:
        m_summary.failures.append(report);
        break;
    case FileReport::Status::Skipped:
        ++m_summary.filesSkipped;
        break;
    case FileReport::Status::Cancelled:
        break;
    }
    for (const QString &warning : report.warnings)
        //: %1 is a model file's path, %2 a warning about that file
        m_summary.warnings.append(tr("%1: %2").arg(report.path, warning));
    Q_EMIT fileFinished(report);

    if (m_filesDone == m_filesTotal) {
        finish();
    } else {
        scheduleSave();
        feedPool(); // a file left the sync
    }
}

void ArchiveRun::noteHistory(FileReport &report)
{
    const bool removed = m_history.note(report);
    m_summary.filesRemoved += removed;
    if (removed && m_summary.removed.size() < RunSummary::RemovedListed)
        m_summary.removed.append(report);
}

void ArchiveRun::scheduleSave()
{
    if (!m_saveTimer.isActive())
        m_saveTimer.start();
}

void ArchiveRun::saveState()
{
    // Each file on its own: one that cannot be written (full disk) does not keep the others
    // from being saved, and is tried again at the next save.
    QElapsedTimer saving;
    saving.start();
    QStringList errors;
    QString error;
    if (!m_hashCache.saveChanges(&error))
        errors.append(error);
    if (m_processed.isDirty() && !m_processed.save(&error))
        errors.append(error);
    if (m_missing.isDirty() && !m_missing.save(&error))
        errors.append(error);
    if (m_updates.isDirty() && !m_updates.save(&error))
        errors.append(error);
    for (const QString &message : std::as_const(errors))
        qCCritical(lcRun).noquote() << message;
    m_stateError = errors.value(0);
    m_saveTimer.setInterval(int(qMax<qint64>(SaveIntervalMs, saving.elapsed() * SaveCostFactor)));
}

void ArchiveRun::finish()
{
    m_saveTimer.stop();
    saveState();
    QString cacheError;
    if (!m_hashCache.compact(&cacheError) && m_stateError.isEmpty())
        m_stateError = cacheError;
    if (!m_cancel)
        m_history.noteGoneFiles();
    if (!m_history.saveChanges(&cacheError) && m_stateError.isEmpty())
        m_stateError = cacheError;
    if (m_failures.isDirty() && !m_failures.save(&cacheError) && m_stateError.isEmpty())
        m_stateError = cacheError;
    if (m_modelStamps.isDirty() && !m_modelStamps.save(&cacheError))
        m_summary.warnings.append(cacheError); // costs the next run time, loses nothing
    if (!m_stateError.isEmpty() && m_summary.fatalError.isEmpty())
        //: %1 is why the run's state could not be written (e.g. the disk is full)
        m_summary.fatalError = tr("the archive could not be saved: %1").arg(m_stateError);
    if (m_cancel || !m_summary.fatalError.isEmpty() || !m_options.writeGallery) {
        announceFinished();
        return;
    }
    releaseState();
    // Off this thread (it reads thousands of files); its pages show the history loaded here.
    //: The run's current step, shown in the status bar
    m_step = tr("writing the gallery");
    const QString outputDir = m_options.outputDir;
    const FileHistory *history = m_history.isAsOnDisk() ? &m_history : nullptr;
    runThen(
        &m_pool, this,
        [outputDir, history] { return RegenerateGallery::write(outputDir, history); },
        [this](const RegenerateGallery::Written &written) {
            m_history.unload();
            returnFreedMemory(); // the window reloads its panels next
            m_summary.warnings += written.problems + written.errors;
            if (!written.errors.isEmpty())
                //: %1 is why (e.g. "cannot write …: No space left on device")
                m_summary.fatalError
                    = tr("the gallery could not be written: %1").arg(written.errors.constFirst());
            announceFinished();
        });
}

// Everything is saved: the gallery, which reads the archive from disk, needs none of the run's
// state but the history (at 100,000 files, hundreds of megabytes at once). The freed memory goes
// back to the system: the gallery allocates on another thread, from another malloc arena.
void ArchiveRun::releaseState()
{
    for (StateFile *state : std::initializer_list<StateFile *> {
             &m_processed, &m_hashCache, &m_missing, &m_updates, &m_modelStamps, &m_failures })
        state->unload();
    m_orphans.reset();
    returnFreedMemory();
}

void ArchiveRun::announceFinished()
{
    m_progressTimer.stop();
    if (m_cancel)
        //: The run's current step, shown in the status bar
        m_step = tr("cancelled");
    else
        //: The run's current step, shown in the status bar
        m_step = tr("finished");
    m_summary.cancelled = m_cancel;
    m_summary.elapsedMs = m_clock.elapsed();
    m_summary.requestsMade = m_queue ? m_queue->requestsSent() : 0;
    m_running = false;
    m_lock.reset(); // everything is saved: the finished signal comes last
    m_pause.setPaused(false);
    m_stageChanges.clear();
    Q_EMIT progressChanged(progress());
    Q_EMIT finished(m_summary);
}
