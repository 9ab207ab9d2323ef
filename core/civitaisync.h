#pragma once

#include "core/civitaiclient.h"
#include "core/mediacheck.h"
#include "core/previewfetcher.h"
#include "core/requestbatcher.h"
#include "core/runoptions.h"
#include "core/runreport.h"
#include "core/sha256digest.h"
#include "core/updatesavailable.h"
#include "core/versionrecord.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>

#include <memory>

class ManualLinks;
struct ManualLink;
class MissingList;
class ModelFileStamps;
struct VersionRecord;

// The Civitai half of a run, per model file whose hash is known, in a few requests per thousand
// files: every hash is sorted into known and unknown (10,000 a request); a known file whose
// archived version its model's answer confirms (100 models a request) costs nothing more, other
// known files get their version (100 a request); then the model, the previews and the archive
// files. The next API host is asked only for what the previous ones did not know; missing means
// unknown to every host, and a host that failed is a failure, never "not found". Unchanged data is
// not rewritten; what is already archived is never replaced by an error. Only the files on their
// way are held, each as a compact record.
class CivitaiSync final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CivitaiSync)

public:
    // `clients`: one per API host, in the order they are asked; at least one.
    // `stamps` spares reading back model files that are known to be current.
    CivitaiSync(QList<CivitaiClient *> clients, QString outputDir, RunOptions::Previews previews,
                MissingList *missing, UpdatesAvailable *updates, ModelFileStamps *stamps,
                QObject *parent = nullptr);
    ~CivitaiSync() override;

    // `local` has path, folder and sha256; `seen`, when it was looked at, its folder as it was
    // before anything wrote into it since. Requests go out in batches; flush() says no more
    // files are coming for now, so partial batches need not wait for company.
    void add(const FileReport &local, const FolderSeen &seen = {});
    void flush();
    void cancel();
    // Added and not yet finished.
    int filesOnTheirWay() const;
    // Larger previews are not kept.
    void setPreviewLimits(const MediaCheck::Limits &limits);
    // A file linked by hand is asked for by its linked version, never by hash: never missing.
    void setManualLinks(const ManualLinks *links) { m_links = links; }

    // Versions are not asked for while this many files wait for their previews.
    static constexpr int MaxFilesAtPreviews = 200;

Q_SIGNALS:
    void fileSynced(const FileReport &report);
    // Its version was found (or not) and `done` of `total` previews are saved.
    void previewsProgress(const QString &path, int done, int total);

private:
    using FileIndex = int;
    using HostIndex = int; // into m_hosts
    struct Host
    {
        Host(CivitaiSync *sync, HostIndex index, CivitaiClient *client);

        CivitaiClient *client;
        const QString apiBase; // one string shared by the reports of every file found there
        RequestBatcher<QString> triage; // which hashes the host knows
        RequestBatcher<QString> versions; // by hash
        RequestBatcher<qint64> models;
        // A host without a batch route gets the next finer requests.
        bool triageSupported = true;
        bool versionBatchSupported = true;
        bool modelBatchSupported = true;
    };
    struct PendingFile;

    void ask(FileIndex file, HostIndex host);
    void requestVersion(FileIndex file);
    void requestModel(FileIndex file, const PendingFile &pending);
    void sendTriage(HostIndex host, const QStringList &hashes);
    void sendVersions(HostIndex host, const QStringList &hashes);
    void sendModels(HostIndex host, const QList<qint64> &modelIds);
    void lookUpAlone(HostIndex host, const QString &sha256);
    void fetchModelAlone(HostIndex host, qint64 modelId);
    void onTriage(HostIndex host, const QStringList &hashes, const TriageResult &result);
    void onVersions(HostIndex host, const QStringList &hashes, const BatchLookupResult &result);
    void onModels(HostIndex host, const QList<qint64> &modelIds, const ModelsResult &result);
    void known(FileIndex file, const TriageResult::Known &known);
    void notFound(FileIndex file, int status);
    void versionArrived(FileIndex file, const QJsonObject &answer);
    void modelArrived(FileIndex file, const ModelAnswer &model);
    // These take the file's record too: it is looked up once per step.
    bool confirmArchivedVersion(FileIndex file, PendingFile &pending, const ModelAnswer &model);
    bool archivedVersionIsCurrent(PendingFile &pending, const ModelAnswer &model);
    void archiveModel(FileIndex file, PendingFile &pending, const ModelAnswer &model);
    void fetchPreviews(FileIndex file, const PendingFile &pending, const PreviewFetcher::Plan &plan);
    void countFileAtPreviews(int change);
    void fail(FileIndex file, const QString &error);
    // Files linked by hand (ManualLinks).
    void linked(FileIndex file, const ManualLink &link);
    void fetchLinkedVersion(FileIndex file);
    void finishWhenDone(FileIndex file);
    void recordVersion(const QString &folderName, VersionRecord &record, bool previewsOnDisk);

    std::vector<std::unique_ptr<Host>> m_hosts;
    QString m_outputDir;
    MissingList *m_missing;
    UpdatesAvailable *m_updates;
    ModelFileStamps *m_stamps;
    const ManualLinks *m_links = nullptr;
    PreviewFetcher *m_previews;
    QHash<FileIndex, PendingFile> m_files; // on their way only
    FileIndex m_nextFile = 0;
    int m_filesAtPreviews = 0; // with previews to download
    bool m_cancelled = false;
};
