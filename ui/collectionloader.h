#pragma once

#include "core/modelmode.h"

#include <QDate>
#include <QFuture>
#include <QList>
#include <QMetaType>
#include <QObject>
#include <QString>
#include <QStringList>

#include <atomic>
#include <memory>

// One model file an archive knows, as the collection view shows it before (or without) a run.
struct ArchivedFile
{
    enum class Status : quint8
    {
        Archived, // Civitai's data is in the archive
        NotOnCivitai, // listed in missing_from_civitai.txt
        NotLookedUp, // hashed, but no answer from Civitai was archived
        Failed // the last run failed on it (failed_files.json)
    };

    QString path; // the model file, as processed_files.json names it
    QString outputDir;
    QString folder; // in the archive
    Status status = Status::Archived;
    QString modelName;
    QString versionName;
    QString type; // as Civitai wrote it
    QString baseModel;
    qint64 size = 0;
    qint64 checkedMs = 0; // when Civitai's answer (or the hash) was last written, ms since epoch
    QString cover; // the first picture preview, absolute; empty when none
    bool updateAvailable = false;
    ModelMode::Mode mode = ModelMode::Mode::Normal;
    QString removedSince; // the day Civitai last knew a file it no longer knows (file_history.json)
    QString failure; // why the last run failed on it, as the run told it
    QDate failedOn;
};
Q_DECLARE_METATYPE(ArchivedFile)

// Reads what the archives know about their model files on a worker thread and hands it over in
// batches (queued to this object's thread), so a collection of 10,000 paints at once and the
// window never waits for the disk. The reader waits while the window has a few batches still to
// show: a busy window would otherwise find the whole collection queued for it (some 40 MiB at
// 100,000 files). A new load() drops what an earlier one had still to say.
class CollectionLoader final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CollectionLoader)

public:
    explicit CollectionLoader(QObject *parent = nullptr);
    ~CollectionLoader() override;

    // Batches read and not yet shown, at most this many.
    static constexpr int MaxBatchesWaiting = 2;

    void load(const QStringList &outputDirs);
    bool isLoading() const { return m_running.isRunning(); }
    int batchesWaiting() const;

    // The reading itself, on the calling thread; for tests and the benchmark.
    static void read(const QString &outputDir, int batchSize,
                     const std::function<void(QList<ArchivedFile> &)> &handle,
                     const std::atomic_bool &cancelled);

Q_SIGNALS:
    void batchRead(const QList<ArchivedFile> &files);
    void finished();

private:
    struct Handover;

    void stop();

    QFuture<void> m_running;
    std::shared_ptr<Handover> m_handover;
};
