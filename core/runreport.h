#pragma once

#include "core/modelmode.h"
#include "core/versionaccess.h"

#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

// Plain values an ArchiveRun reports; the CLI and the window render the same ones.

struct RunProgress
{
    int filesTotal = 0;
    int filesDone = 0;
    qint64 bytesTotal = 0; // bytes that need hashing (cache misses)
    qint64 bytesDone = 0;
    qint64 elapsedMs = 0;
    QString step;
    int requestsMade = 0;
    QString waitReason; // why requests are paused right now, if they are
    qint64 waitMs = 0;
    bool paused = false;

    // Bytes per second over the run so far; 0 until there is something to measure.
    double bytesPerSecond() const { return elapsedMs > 0 ? bytesDone * 1000.0 / elapsedMs : 0.0; }
    // Seconds left, or -1 when unknown.
    qint64 etaSeconds() const
    {
        const double rate = bytesPerSecond();
        return rate > 0 ? qint64((bytesTotal - bytesDone) / rate) : -1;
    }
};

// Where one file is while a run works on it. Finished files are told by FileReport instead.
struct FileStage
{
    enum class Step
    {
        Queued,
        Hashing, // done/total: bytes
        LookingUp,
        DownloadingPreviews // done/total: previews
    };

    QString path;
    Step step = Step::Queued;
    qint64 done = 0;
    qint64 total = 0; // for Queued: the file's size
};

struct FileReport
{
    enum class Status
    {
        Done,
        Failed,
        Skipped,
        Cancelled
    };
    enum class Civitai
    {
        NotChecked,
        Archived,
        UpToDate,
        NotFound
    };

    QString path;
    QString folder; // archive folder name, relative to the output folder
    QString sha256;
    qint64 size = 0;
    bool hashFromCache = false;
    bool hasMetadata = false;
    QStringList triggerWords; // from ss_tag_frequency, for models nobody else documents
    Status status = Status::Done;
    QString error;

    Civitai civitai = Civitai::NotChecked;
    QString modelName;
    QString versionName;
    QString modelType;
    bool updateAvailable = false;
    QString newerVersion; // name and page of the newer version, when there is one
    QString newerVersionUrl;
    VersionAccess newerAccess; // who may download the newer version now
    ModelMode::Mode modelMode = ModelMode::Mode::Normal; // the model's mode on Civitai
    QString sourceHost; // the API host that knows the file, when one does
    // When the file is removed from Civitai (found before, unknown to every host now): the day it
    // was last confirmed there ("2026-11-30", UTC), from file_history.json. Else empty.
    QString removedSince;
    int previewsDownloaded = 0;
    bool fromCivArchive = false; // missing from Civitai, archived from CivArchive's answer
    QStringList warnings; // e.g. a preview that failed: the model is archived all the same
};

struct RunSummary
{
    int filesFound = 0;
    int filesDone = 0;
    int filesSkipped = 0;
    int filesHashed = 0; // read and hashed this run
    int filesFromCache = 0; // hash reused without reading the file
    int filesUpToDate = 0; // Civitai had nothing new
    int filesNotOnCivitai = 0;
    int updatesAvailable = 0;
    int previewsDownloaded = 0;
    int requestsMade = 0;
    qint64 bytesHashed = 0;
    qint64 elapsedMs = 0;
    QList<FileReport> failures;
    // The first files with a newer version on Civitai (updatesAvailable counts them all, and
    // updates_available.json lists them all): a report for each would hold megabytes.
    static constexpr int UpdatesListed = 100;
    QList<FileReport> updates;
    // Files found on Civitai before that no host knows any more, seen so by this run: the first
    // RemovedListed of them (filesRemoved counts them all; file_history.json records them all).
    static constexpr int RemovedListed = 100;
    int filesRemoved = 0;
    QList<FileReport> removed;
    QStringList warnings;
    QString fatalError; // the run could not start or could not save (no output folder, disk full)
    bool cancelled = false;
    // The run never started: the archive's lock could not be taken (fatalError says why).
    enum class Refusal
    {
        None,
        ArchiveBusy, // another process writes the archive
        LockFailed // the lock file cannot be created
    };
    Refusal refusal = Refusal::None;

    bool succeeded() const { return fatalError.isEmpty() && failures.isEmpty() && !cancelled; }
};

Q_DECLARE_METATYPE(FileStage)
Q_DECLARE_METATYPE(RunProgress)
Q_DECLARE_METATYPE(FileReport)
Q_DECLARE_METATYPE(RunSummary)
