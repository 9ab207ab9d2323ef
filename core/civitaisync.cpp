#include "core/civitaisync.h"

#include "core/archivedmodel.h"
#include "core/archivelayout.h"
#include "core/jsonfile.h"
#include "core/manuallinks.h"
#include "core/missinglist.h"
#include "core/modelfilestamps.h"
#include "core/modelmode.h"
#include "core/previewfetcher.h"
#include "core/updatesavailable.h"
#include "core/versionrecord.h"
#include "core/versionstamp.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace {

const QLatin1String IdKey("id");

// An archived Civitai object is good data when it has an id. The Python tool wrote
// {"error": ..., "status_code": ...} into the same files on failures: that is no data.
std::optional<QJsonObject> archivedObject(const QString &path)
{
    auto object = JsonFile::readObject(path);
    if (object && object->value(IdKey).isDouble())
        return object;
    return std::nullopt;
}

// Download counts move all the time: not a change worth a write.
QJsonObject withoutStats(QJsonObject object)
{
    object.remove(QStringLiteral("stats"));
    return object;
}

void nameFile(FileReport &report, const VersionRecord &version)
{
    report.versionName = version.versionName;
    report.modelName = version.modelName;
    report.modelType = version.modelType;
}

} // namespace

struct CivitaiSync::PendingFile
{
    FileReport report;
    HostIndex host = 0;
    qint64 versionId = 0;
    qint64 modelId = 0;
    FolderSeen seen; // before the run wrote into the folder
    VersionRecord archived; // the version in the archive (when the host knows it) or written
    PreviewFetcher::Plan previews; // of the archived version
    ModelAnswer model; // held while its version is fetched again
    bool versionDone = false;
    bool modelDone = false;
    bool previewsDone = false;
    bool previewsOnDisk = false; // all wanted ones, with their sidecars
    bool recordHolds = false; // `archived` came from its record and nothing was written since
    bool linked = false; // by hand, to versionId: looked up by that id, not by hash
};

CivitaiSync::CivitaiSync(QList<CivitaiClient *> clients, QString outputDir,
                         RunOptions::Previews previews, MissingList *missing,
                         UpdatesAvailable *updates, ModelFileStamps *stamps, QObject *parent)
    : QObject(parent)
    , m_outputDir(std::move(outputDir))
    , m_missing(missing)
    , m_updates(updates)
    , m_stamps(stamps)
    // Any client: image servers get no key from either.
    , m_previews(new PreviewFetcher(clients.value(0), m_outputDir, previews, this))
{
    Q_ASSERT(!clients.isEmpty());
    for (CivitaiClient *client : clients)
        m_hosts.push_back(std::make_unique<Host>(this, HostIndex(m_hosts.size()), client));
}

CivitaiSync::~CivitaiSync() = default;

void CivitaiSync::setPreviewLimits(const MediaCheck::Limits &limits)
{
    m_previews->setLimits(limits);
}

int CivitaiSync::filesOnTheirWay() const
{
    return int(m_files.size());
}

void CivitaiSync::add(const FileReport &local, const FolderSeen &seen)
{
    const FileIndex file = m_nextFile++;
    PendingFile pending;
    pending.report = local;
    pending.seen = seen;
    m_files.insert(file, pending);
    if (const ManualLink *link = m_links ? m_links->find(local.path, local.sha256) : nullptr)
        linked(file, *link);
    else
        ask(file, 0);
}

void CivitaiSync::ask(FileIndex file, HostIndex host)
{
    PendingFile &pending = m_files[file];
    pending.host = host;
    if (m_hosts[host]->triageSupported)
        m_hosts[host]->triage.add(pending.report.sha256, file);
    else
        requestVersion(file);
}

void CivitaiSync::requestVersion(FileIndex file)
{
    const PendingFile &pending = m_files[file];
    if (pending.linked) {
        fetchLinkedVersion(file);
        return;
    }
    m_hosts[pending.host]->versions.add(pending.report.sha256, file);
}

void CivitaiSync::requestModel(FileIndex file, const PendingFile &pending)
{
    m_hosts[pending.host]->models.add(pending.modelId, file);
}

// The host knows the file's hash: when its archived version is that one, the model's answer may
// confirm it unchanged; else the version is fetched.
void CivitaiSync::known(FileIndex file, const TriageResult::Known &known)
{
    PendingFile &pending = m_files[file];
    pending.versionId = known.versionId;
    pending.modelId = known.modelId;
    pending.report.sourceHost = m_hosts[pending.host]->apiBase;
    const ModelFolder folder(m_outputDir, pending.report.folder);
    // Read back only when its record no longer holds.
    std::optional<QJsonObject> archived;
    const VersionRecord *record = m_stamps->version(pending.report.folder);
    if (record && !pending.seen.seen)
        pending.seen = FolderSeen::now(m_stamps->files(), folder);
    if (record && record->isOnDisk(pending.seen, m_previews->wanted(record->imageCount))) {
        pending.archived = *record;
        pending.recordHolds = true;
    } else if (record && record->versionFileIsOnDisk(pending.seen)
               && m_previews->hasWanted(m_stamps->files(), pending.report.folder,
                                        record->imageCount)) {
        // Only the folder changed since (the gallery writes each model's page into it): its
        // previews are looked at, and the record is stamped again when the file is done.
        pending.archived = *record;
    } else {
        archived = archivedObject(folder.versionFile());
        pending.archived = archived && CivitaiClient::versionProblem(*archived).isEmpty()
            ? VersionRecord::of(*archived)
            : VersionRecord();
    }
    if (pending.archived.versionId != known.versionId
        || pending.archived.sourceHost != pending.report.sourceHost
        || pending.archived.linkedByHand != pending.linked) {
        pending.archived = {};
        pending.recordHolds = false;
        requestVersion(file);
        return;
    }
    pending.archived.sourceHost = pending.report.sourceHost; // shared
    if (pending.modelId == 0)
        pending.modelId = pending.archived.modelId;
    if (archived)
        pending.previews = m_previews->plan(pending.report.folder, *archived, false);
    nameFile(pending.report, pending.archived);
    requestModel(file, pending);
}

// Missing only when the last host says so too; the next host is asked only for these files.
void CivitaiSync::notFound(FileIndex file, int status)
{
    PendingFile &pending = m_files[file];
    if (m_cancelled) {
        fail(file, {}); // reported as cancelled
    } else if (pending.host + 1 < HostIndex(m_hosts.size())) {
        ask(file, pending.host + 1);
    } else {
        m_missing->markMissing(pending.report.path, status);
        pending.report.civitai = FileReport::Civitai::NotFound;
        pending.versionDone = pending.modelDone = pending.previewsDone = true;
        finishWhenDone(file);
    }
}

void CivitaiSync::versionArrived(FileIndex file, const QJsonObject &answer)
{
    PendingFile &pending = m_files[file];
    // The client checked it already; checked here again because nothing unchecked may be
    // written over an archived answer.
    if (const QString problem = CivitaiClient::versionProblem(answer); !problem.isEmpty()) {
        //: %1 says why (e.g. a network error)
        fail(file, tr("Civitai lookup failed: %1").arg(problem));
        return;
    }
    // Where it was found is recorded with it: its pages are on that host (civitai.com hides
    // mature models). The Python tool's readers ignore the extra key.
    QJsonObject version = answer;
    pending.report.sourceHost = m_hosts[pending.host]->apiBase;
    version.insert(ArchivedModel::SourceHostKey, pending.report.sourceHost);
    if (pending.linked) // the gallery says so; unlinking removes it
        version.insert(ArchivedModel::LinkedByHandKey, true);
    const ModelFolder folder(m_outputDir, pending.report.folder);
    const auto archived = archivedObject(folder.versionFile());
    const bool upToDate = archived && withoutStats(*archived) == withoutStats(version);
    pending.report.civitai
        = upToDate ? FileReport::Civitai::UpToDate : FileReport::Civitai::Archived;
    QString error;
    if (!upToDate && !JsonFile::write(folder.versionFile(), version, &error)) {
        fail(file, error);
        return;
    }
    m_missing->markFound(pending.report.path);

    pending.archived = VersionRecord::of(version);
    pending.archived.sourceHost = pending.report.sourceHost; // shared
    pending.recordHolds = false;
    nameFile(pending.report, pending.archived);
    if (pending.archived.modelId != pending.modelId)
        pending.model = {};
    pending.modelId = pending.archived.modelId;
    pending.versionId = pending.archived.versionId;
    pending.versionDone = true;
    fetchPreviews(file, pending, m_previews->plan(pending.report.folder, version, !upToDate));
    if (!pending.model.isNull())
        archiveModel(file, pending, std::exchange(pending.model, {}));
    else
        requestModel(file, pending);
}

void CivitaiSync::modelArrived(FileIndex file, const ModelAnswer &model)
{
    PendingFile &pending = m_files[file];
    if (!pending.versionDone && !confirmArchivedVersion(file, pending, model)) {
        pending.archived = {};
        pending.recordHolds = false;
        pending.previews = {};
        pending.model = model;
        requestVersion(file);
        return;
    }
    archiveModel(file, pending, model);
}

bool CivitaiSync::confirmArchivedVersion(FileIndex file, PendingFile &pending,
                                         const ModelAnswer &model)
{
    const Sha256Digest listed = model.listedDigest(pending.archived.versionId);
    if (listed.isEmpty())
        return false;
    if (listed != pending.archived.listedDigest) {
        // The listing moved since it last confirmed the archived version, or was never seen
        // with it: the version is compared in full.
        if (!archivedVersionIsCurrent(pending, model))
            return false;
        pending.archived.listedDigest = listed;
        pending.recordHolds = false;
    }
    pending.report.civitai = FileReport::Civitai::UpToDate;
    m_missing->markFound(pending.report.path);
    pending.versionDone = true;
    fetchPreviews(file, pending, std::exchange(pending.previews, {}));
    return true;
}

bool CivitaiSync::archivedVersionIsCurrent(PendingFile &pending, const ModelAnswer &model)
{
    if (pending.archived.stamp.isEmpty()) { // a record keeps none: read back
        const auto archived
            = archivedObject(ModelFolder(m_outputDir, pending.report.folder).versionFile());
        if (!archived)
            return false;
        pending.archived.stamp = VersionRecord::of(*archived).stamp;
    }
    return VersionStamp::isCurrent(std::exchange(pending.archived.stamp, {}), model.object());
}

void CivitaiSync::archiveModel(FileIndex file, PendingFile &pending, const ModelAnswer &model)
{
    if (pending.archived.listedDigest.isEmpty()) // a version fetched now: listed as it is
        pending.archived.listedDigest = model.listedDigest(pending.archived.versionId);
    FileReport &report = pending.report;
    const QString modelPath = ModelFolder(m_outputDir, report.folder).modelFile();
    // The run writes the model file only below: as seen before, it is as it is now.
    if (!(pending.seen.seen
              ? m_stamps->isCurrent(report.folder, pending.seen.modelFile, model.digest())
              : m_stamps->isCurrent(report.folder, modelPath, model.digest()))) {
        const auto archived = archivedObject(modelPath);
        QString error;
        if ((!archived
             || ModelFileStamps::fingerprintOf(*archived)
                 != ModelFileStamps::fingerprintOf(model.object()))
            && !JsonFile::write(modelPath, model.object(), &error)) {
            fail(file, error);
            return;
        }
        m_stamps->record(report.folder, modelPath, model.digest());
        pending.recordHolds = false; // the folder's time may have moved
        if (!archived && report.civitai == FileReport::Civitai::UpToDate)
            report.civitai = FileReport::Civitai::Archived;
    }

    QJsonObject newer = UpdatesAvailable::newerVersion(model, pending.archived.local(),
                                                       QDateTime::currentDateTimeUtc());
    if (!newer.isEmpty())
        newer.insert(QStringLiteral("folder"), report.folder);
    m_updates->set(report.path, newer);
    report.updateAvailable = !newer.isEmpty();
    report.newerVersion = newer.value(QLatin1String("newest_version_name")).toString();
    report.newerVersionUrl = newer.value(QLatin1String("civitai_url")).toString();
    report.modelMode = model.mode();
    if (report.updateAvailable) // is the newer version gated?
        UpdatesAvailable::describe(newer, report);
    pending.modelDone = true;
    finishWhenDone(file);
}

// `done` may run at once, or later: it looks the file up again.
void CivitaiSync::fetchPreviews(FileIndex file, const PendingFile &pending,
                                const PreviewFetcher::Plan &plan)
{
    const QString path = pending.report.path;
    const bool downloading = !plan.downloads.isEmpty();
    const int downloads = int(plan.downloads.size());
    if (downloading)
        countFileAtPreviews(+1);
    m_previews->fetch(
        pending.report.folder, plan,
        [this, path](int done, int total) { Q_EMIT previewsProgress(path, done, total); },
        [this, file, downloading, downloads](const PreviewFetcher::Outcome &outcome) {
            if (downloading)
                countFileAtPreviews(-1);
            const auto pending = m_files.find(file);
            if (pending == m_files.end())
                return;
            FileReport &report = pending->report;
            report.previewsDownloaded += outcome.downloaded;
            report.warnings += outcome.warnings;
            if (report.error.isEmpty())
                report.error = outcome.error;
            pending->previewsDone = true;
            pending->previewsOnDisk = outcome.downloaded == downloads && outcome.warnings.isEmpty()
                && outcome.error.isEmpty();
            finishWhenDone(file);
        });
}

// Previews come slower than versions: each new version asked for brings its images' data along,
// held until they are downloaded. Versions wait while many files wait for their previews, so a
// first run of a large collection holds a few hundred of them, not all.
void CivitaiSync::countFileAtPreviews(int change)
{
    m_filesAtPreviews += change;
    const bool held = m_filesAtPreviews >= MaxFilesAtPreviews;
    for (const auto &host : m_hosts)
        host->versions.setHeld(held);
}

void CivitaiSync::fail(FileIndex file, const QString &error)
{
    PendingFile &pending = m_files[file];
    if (pending.report.error.isEmpty())
        pending.report.error = error;
    pending.report.status = FileReport::Status::Failed;
    if (!pending.versionDone)
        pending.previewsDone = true; // none were started
    pending.versionDone = pending.modelDone = true;
    finishWhenDone(file);
}

void CivitaiSync::finishWhenDone(FileIndex file)
{
    const auto pending = m_files.find(file);
    if (!pending->versionDone || !pending->modelDone || !pending->previewsDone)
        return;
    FileReport report = std::move(pending->report);
    VersionRecord archived = std::move(pending->archived);
    const bool previewsOnDisk = pending->previewsOnDisk;
    const bool recordHolds = pending->recordHolds;
    m_files.erase(pending);
    if (m_cancelled)
        report.status = FileReport::Status::Cancelled;
    else if (!report.error.isEmpty()) // a lookup failed, or a preview or its data was not saved
        report.status = FileReport::Status::Failed;
    else
        report.status = FileReport::Status::Done;
    if (report.status == FileReport::Status::Done && archived.versionId != 0 && !recordHolds)
        recordVersion(report.folder, archived, previewsOnDisk);
    Q_EMIT fileSynced(report);
}

// Stamped now: the next run trusts it while the version file and the folder stay as they are.
void CivitaiSync::recordVersion(const QString &folderName, VersionRecord &record,
                                bool previewsOnDisk)
{
    record.stamp = {}; // see VersionRecord::stamp
    record.stampFrom(m_stamps->files(), ModelFolder(m_outputDir, folderName),
                     previewsOnDisk ? m_previews->wanted(record.imageCount) : 0);
    m_stamps->recordVersion(folderName, record);
}

// Asked for by the version it was linked to, on the host that answered then; a file changed
// since keeps its link, with a warning (README: manual links).
void CivitaiSync::linked(FileIndex file, const ManualLink &link)
{
    PendingFile &pending = m_files[file];
    pending.linked = true;
    for (HostIndex host = 0; host < HostIndex(m_hosts.size()); ++host) {
        if (m_hosts[host]->client->apiBase().toString() == link.sourceHost) {
            pending.host = host;
            break;
        }
    }
    if (!link.sha256.isEmpty() && link.sha256 != pending.report.sha256.toLower())
        //: %1 is a Civitai model version id
        pending.report.warnings.append(tr("The file changed on disk since it was linked by hand to "
                                          "Civitai version %1: the link is kept (remove it with "
                                          "--unlink if it no longer holds).")
                                           .arg(link.versionId));
    known(file, { link.versionId, link.modelId });
}

// Never missing: another host may show it (civitai.com hides mature versions); when none does,
// what was archived stays as it was.
void CivitaiSync::fetchLinkedVersion(FileIndex file)
{
    const PendingFile &asked = m_files[file];
    m_hosts[asked.host]->client->fetchVersion(
        asked.versionId, this, [this, file](const CivitaiResult &result) {
            PendingFile &pending = m_files[file];
            if (result.found())
                versionArrived(file, result.object);
            else if (result.kind == CivitaiResult::Kind::Failed || m_cancelled)
                //: %1 says why (e.g. a network error)
                fail(file, tr("Civitai lookup failed: %1").arg(result.error));
            else if (++pending.host < HostIndex(m_hosts.size()))
                fetchLinkedVersion(file);
            else {
                //: %1 is a Civitai model version id
                pending.report.warnings.append(
                    tr("Civitai no longer knows version %1, to which this file is linked by hand: "
                       "its archive is kept as it was.")
                        .arg(pending.versionId));
                pending.versionDone = pending.modelDone = pending.previewsDone = true;
                finishWhenDone(file);
            }
        });
}
