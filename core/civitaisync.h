#pragma once

#include "core/civitaiclient.h"
#include "core/mediacheck.h"
#include "core/runoptions.h"
#include "core/runreport.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QTimer>

#include <memory>

class MissingList;
class UpdatesAvailable;

// The Civitai half of a run, per model file whose hash is known: version by hash (batched, 100 a
// request, each unmatched hash confirmed one by one) on the first API host, then on the next host
// only for what the previous ones did not know (missing: unknown to every host; a host that failed
// is a failure, never "not found"), the model once per model id, previews, and
// the archive files for all of it. Updates the missing list and the available updates.
// Unchanged data is not rewritten; what is already archived is never replaced by an error.
class CivitaiSync final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CivitaiSync)

public:
    // `clients`: one per API host, in the order they are asked; at least one.
    CivitaiSync(QList<CivitaiClient *> clients, QString outputDir, RunOptions::Previews previews,
                MissingList *missing, UpdatesAvailable *updates, QObject *parent = nullptr);

    // `local` has path, folder and sha256. Lookups go out in batches; flush() sends a partial one.
    void add(const FileReport &local);
    void flush();
    void cancel();
    // Larger previews are not kept.
    void setPreviewLimits(const MediaCheck::Limits &limits) { m_previewLimits = limits; }

Q_SIGNALS:
    void fileSynced(const FileReport &report);
    // Its version was found (or not) and `done` of `total` previews are saved.
    void previewsProgress(const QString &path, int done, int total);

private:
    struct ModelRequest;
    using FileIndex = int;
    using HostIndex = int; // into m_clients

    void enqueue(FileIndex file, HostIndex host);
    void sendBatch(HostIndex host);
    void lookUpOneByOne(FileIndex file, HostIndex host);
    void notFound(FileIndex file, HostIndex host, int status);
    void onVersionFound(FileIndex file, const QJsonObject &answer, HostIndex host);
    void onModel(FileIndex file, const QJsonObject &version, const CivitaiResult &model);
    void downloadPreviews(FileIndex file, const QJsonObject &version);
    void downloadPreview(FileIndex file, const QJsonObject &image, int index, bool fallback);
    void previewDone(FileIndex file);
    void fail(FileIndex file, const QString &error);
    void finish(FileIndex file);

    QList<CivitaiClient *> m_clients;
    QString m_outputDir;
    RunOptions::Previews m_previews;
    MediaCheck::Limits m_previewLimits;
    MissingList *m_missing;
    UpdatesAvailable *m_updates;

    QList<FileReport> m_files; // every file handed to us, by index
    QHash<FileIndex, int> m_previewsPending;
    QHash<FileIndex, int> m_previewsWanted;
    QList<QList<FileIndex>> m_unsent; // per host: waiting for a batch
    QHash<qint64, std::shared_ptr<ModelRequest>> m_models; // one request per model id per run
    QTimer m_flushTimer { this }; // parented: moves with us to a worker thread
    QList<bool> m_batchSupported; // per host
    bool m_cancelled = false;
};
