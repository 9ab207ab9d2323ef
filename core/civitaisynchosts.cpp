#include "core/civitaisync.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcSync, "cdm.sync")

using namespace std::chrono_literals;

// CivitaiSync's side facing the API hosts: the files are batched per host and per route, sent,
// and each answer is handed back to the file's own steps (civitaisync.cpp).

namespace {

// Files come from hashing one by one: a partial triage waits this long for company. Versions and
// models are asked for in bursts, as answers come: those go at the end of the burst.
constexpr auto TriageDelay = 1000ms;
constexpr auto BurstDelay = 0ms;

} // namespace

CivitaiSync::Host::Host(CivitaiSync *sync, HostIndex index, CivitaiClient *client)
    : client(client)
    , apiBase(client->apiBase().toString())
    , triage(CivitaiClient::TriageLimit, TriageDelay, sync,
             [sync, index](const QStringList &hashes) { sync->sendTriage(index, hashes); })
    , versions(CivitaiClient::BatchLimit, BurstDelay, sync,
               [sync, index](const QStringList &hashes) { sync->sendVersions(index, hashes); })
    , models(CivitaiClient::ModelBatchLimit, BurstDelay, sync,
             [sync, index](const QList<qint64> &ids) { sync->sendModels(index, ids); })
{
    versions.setMaxOnItsWay(1); // see countFileAtPreviews
}

void CivitaiSync::flush()
{
    for (const auto &host : m_hosts) {
        host->triage.flush();
        host->versions.flush();
        host->models.flush();
    }
}

void CivitaiSync::cancel()
{
    m_cancelled = true;
    for (const auto &host : m_hosts) {
        for (const FileIndex file :
             host->triage.takeAll() + host->versions.takeAll() + host->models.takeAll())
            fail(file, {}); // reported as cancelled
    }
}

void CivitaiSync::sendTriage(HostIndex host, const QStringList &hashes)
{
    m_hosts[host]->client->triageHashes(hashes, this, [=, this](const TriageResult &result) {
        onTriage(host, hashes, result);
    });
}

void CivitaiSync::onTriage(HostIndex host, const QStringList &hashes, const TriageResult &result)
{
    Host &from = *m_hosts[host];
    if (!result.supported) {
        qCInfo(lcSync) << "no hash triage at" << from.client->apiBase() << "- fetching versions";
        from.triageSupported = false;
    }
    for (const QString &hash : hashes) {
        const QList<FileIndex> files = from.triage.take(hash);
        const auto match = result.known.constFind(hash);
        for (const FileIndex file : files) {
            if (!result.supported)
                requestVersion(file);
            else if (!result.error.isEmpty())
                //: %1 says why (e.g. a network error)
                fail(file, tr("Civitai lookup failed: %1").arg(result.error));
            else if (match != result.known.constEnd())
                known(file, match.value());
            else // a successful answer without it: the host does not know the hash
                notFound(file, 404);
        }
    }
    from.triage.answered();
}

void CivitaiSync::sendVersions(HostIndex host, const QStringList &hashes)
{
    Host &to = *m_hosts[host];
    if (!to.versionBatchSupported) {
        for (const QString &hash : hashes)
            lookUpAlone(host, hash);
        to.versions.answered();
        return;
    }
    to.client->lookupVersions(hashes, this, [=, this](const BatchLookupResult &result) {
        onVersions(host, hashes, result);
    });
}

void CivitaiSync::onVersions(HostIndex host, const QStringList &hashes,
                             const BatchLookupResult &result)
{
    Host &from = *m_hosts[host];
    if (!result.supported) {
        qCInfo(lcSync) << "Civitai refused a batch lookup; looking hashes up one by one";
        from.versionBatchSupported = false;
    }
    for (const QString &hash : hashes) {
        const auto found = result.versions.constFind(hash);
        if (result.supported && result.error.isEmpty() && found != result.versions.constEnd()) {
            for (const FileIndex file : from.versions.take(hash))
                versionArrived(file, found.value());
        } else if (result.error.isEmpty()) {
            lookUpAlone(host, hash); // also matches other hash types, and confirms a 404
        } else {
            for (const FileIndex file : from.versions.take(hash))
                //: %1 says why (e.g. a network error)
                fail(file, tr("Civitai lookup failed: %1").arg(result.error));
        }
    }
    from.versions.answered();
}

void CivitaiSync::lookUpAlone(HostIndex host, const QString &sha256)
{
    m_hosts[host]->client->lookupVersion(
        sha256, this, [=, this](const CivitaiResult &result) {
            for (const FileIndex file : m_hosts[host]->versions.take(sha256)) {
                switch (result.kind) {
                case CivitaiResult::Kind::Found:
                    versionArrived(file, result.object);
                    break;
                case CivitaiResult::Kind::NotFound:
                    notFound(file, result.status);
                    break;
                case CivitaiResult::Kind::Failed:
                    //: %1 says why (e.g. a network error)
                    fail(file, tr("Civitai lookup failed: %1").arg(result.error));
                    break;
                }
            }
        });
}

void CivitaiSync::sendModels(HostIndex host, const QList<qint64> &modelIds)
{
    Host &to = *m_hosts[host];
    if (!to.modelBatchSupported) {
        for (const qint64 id : modelIds)
            fetchModelAlone(host, id);
        to.models.answered();
        return;
    }
    to.client->fetchModels(modelIds, this, [=, this](const ModelsResult &result) {
        onModels(host, modelIds, result);
    });
}

void CivitaiSync::onModels(HostIndex host, const QList<qint64> &modelIds,
                           const ModelsResult &result)
{
    Host &from = *m_hosts[host];
    if (!result.supported) {
        qCInfo(lcSync) << "no batch of models at" << from.client->apiBase() << "- one by one";
        from.modelBatchSupported = false;
    }
    for (const qint64 id : modelIds) {
        const auto found = result.models.constFind(id);
        if (result.supported && result.error.isEmpty() && found != result.models.constEnd()) {
            for (const FileIndex file : from.models.take(id))
                modelArrived(file, found.value());
        } else if (result.error.isEmpty()) {
            fetchModelAlone(host, id); // left out: filtered by this host, or gone
        } else {
            for (const FileIndex file : from.models.take(id))
                //: %1 says why (e.g. a network error)
                fail(file, tr("Civitai model details failed: %1").arg(result.error));
        }
    }
    from.models.answered();
}

void CivitaiSync::fetchModelAlone(HostIndex host, qint64 modelId)
{
    m_hosts[host]->client->fetchModel(modelId, this, [=, this](const CivitaiResult &result) {
        const ModelAnswer model = result.found() ? ModelAnswer::of(result.object) : ModelAnswer();
        for (const FileIndex file : m_hosts[host]->models.take(modelId)) {
            if (!model.isNull())
                modelArrived(file, model);
            else
                //: %1 says why (e.g. a network error)
                fail(file, tr("Civitai model details failed: %1").arg(result.error));
        }
    });
}
