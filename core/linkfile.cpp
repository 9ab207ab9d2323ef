#include "core/linkfile.h"

#include "core/archivelock.h"
#include "core/archiverun.h"
#include "core/civitaiclient.h"
#include "core/requestqueue.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>

#include <algorithm>

namespace {

// The run archives this one file whatever the modes say: it was asked for.
RunOptions forOneFile(RunOptions options)
{
    options.lookUpCivitai = true;
    options.onlyNew = false;
    options.skipMissing = false;
    options.onlyUpdate = false;
    return options;
}

bool sameSite(const QUrl &a, const QUrl &b)
{
    const auto port = [](const QUrl &url) {
        return url.port(url.scheme() == QLatin1String("https") ? 443 : 80);
    };
    return a.scheme() == b.scheme() && a.host().toLower() == b.host().toLower()
        && port(a) == port(b);
}

} // namespace

LinkFile::LinkFile(RunOptions options, QString target, QObject *parent)
    : QObject(parent)
    , m_options(forOneFile(std::move(options)))
    , m_target(std::move(target))
{
    // A request or two, asked one at a time: no pause is needed before them.
    RequestQueue::Settings settings;
    settings.minPause = settings.maxPause = std::chrono::milliseconds(0);
    settings.maxApiInFlight = 1;
    settings.timeout = m_options.requestTimeout;
    settings.apiDeadline = m_options.apiDeadline;
    settings.backoffBase = m_options.retryBackoff;
    m_queue = new RequestQueue(settings, this);
    m_queue->setApiKey(m_options.apiKey);
    for (const QUrl &apiBase : m_options.apiBases)
        m_clients.append(new CivitaiClient(m_queue, apiBase, this));

    m_link.file = QDir::cleanPath(QFileInfo(m_options.sources.value(0)).absoluteFilePath());
    m_link.given = m_target.trimmed();
    m_run = new ArchiveRun(m_options, this);
    connect(m_run, &ArchiveRun::fileFinished, this, [this](const FileReport &report) {
        if (report.path == m_link.file)
            m_report = report;
    });
    connect(m_run, &ArchiveRun::finished, this, &LinkFile::onRunFinished);
}

LinkFile::~LinkFile() = default;

void LinkFile::start()
{
    Q_ASSERT(!m_running);
    m_running = true;
    const auto parsed = CivitaiUrl::parse(m_target, m_options.apiBases);
    if (const QString *error = std::get_if<QString>(&parsed)) {
        finish(Outcome::BadTarget, *error);
        return;
    }
    m_parsed = std::get<CivitaiLinkTarget>(parsed);
    // The host the address names is asked first: its answer is the one the user saw.
    std::stable_partition(m_clients.begin(), m_clients.end(), [this](const CivitaiClient *client) {
        return sameSite(client->apiBase(), m_parsed.site);
    });
    if (m_parsed.versionId > 0)
        askVersion(0);
    else
        askModel(0);
}

void LinkFile::cancel()
{
    if (!m_running)
        return;
    if (m_run->isRunning()) {
        m_run->cancel();
        return;
    }
    finish(Outcome::Cancelled); // first: an answer cut short by this is no failure
    m_queue->cancelAll();
}

// A model without a version named: its latest version, the first one Civitai lists (newest
// first, as on its pages).
void LinkFile::askModel(int host)
{
    const qint64 modelId = m_parsed.modelId;
    m_clients[host]->fetchModel(modelId, this, [this, host, modelId](const CivitaiResult &result) {
        if (!m_running || m_finishing)
            return;
        if (result.kind == CivitaiResult::Kind::Failed) {
            //: %1 is a Civitai model id, %2 says why (e.g. a network error)
            finish(
                Outcome::Failed,
                tr("Civitai could not be asked about model %1: %2").arg(modelId).arg(result.error));
        } else if (!result.found()) {
            if (host + 1 < m_clients.size())
                askModel(host + 1);
            else
                //: %1 is a Civitai model id
                finish(Outcome::NotFound, tr("Civitai has no model %1.").arg(modelId));
        } else {
            const QJsonArray versions
                = result.object.value(QLatin1String("modelVersions")).toArray();
            m_parsed.versionId = versions.isEmpty()
                ? 0
                : qint64(versions.at(0).toObject().value(QLatin1String("id")).toDouble());
            if (m_parsed.versionId > 0)
                askVersion(host);
            else
                //: %1 is a Civitai model id
                finish(Outcome::NotFound,
                       tr("Civitai lists no version of model %1 to link to.").arg(modelId));
        }
    });
}

void LinkFile::askVersion(int host)
{
    m_clients[host]->fetchVersion(m_parsed.versionId, this,
                                  [this, host](const CivitaiResult &result) {
                                      if (m_running && !m_finishing)
                                          onVersion(host, result);
                                  });
}

void LinkFile::onVersion(int host, const CivitaiResult &result)
{
    const qint64 versionId = m_parsed.versionId;
    if (result.kind == CivitaiResult::Kind::Failed) {
        //: %1 is a Civitai model version id, %2 says why (e.g. a network error)
        finish(Outcome::Failed,
               tr("Civitai could not be asked about model version %1: %2")
                   .arg(versionId)
                   .arg(result.error));
        return;
    }
    if (!result.found()) {
        if (host + 1 < m_clients.size())
            askVersion(host + 1);
        else
            //: %1 is a Civitai model version id
            finish(Outcome::NotFound, tr("Civitai has no model version %1.").arg(versionId));
        return;
    }
    const qint64 modelId = qint64(result.object.value(QLatin1String("modelId")).toDouble());
    if (m_parsed.modelId > 0 && modelId != m_parsed.modelId) {
        //: %1 is a Civitai model version id, %2 and %3 model ids
        finish(Outcome::BadTarget,
               tr("Civitai version %1 belongs to model %2, not to model %3 as the address says.")
                   .arg(versionId)
                   .arg(modelId)
                   .arg(m_parsed.modelId));
        return;
    }
    m_link.versionId = versionId;
    m_link.modelId = modelId;
    m_link.sourceHost = m_clients[host]->apiBase().toString();
    record();
}

// Written under the archive's lock, which the run then takes for itself.
void LinkFile::record()
{
    m_link.linkedAt = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    QString error;
    if (!QDir().mkpath(m_options.outputDir)) {
        finish(Outcome::Failed, tr("cannot create the output folder %1").arg(m_options.outputDir));
        return;
    }
    {
        ArchiveLock lock(m_options.outputDir);
        if (const ArchiveLock::Result locked = lock.tryLock();
            locked != ArchiveLock::Result::Locked) {
            finish(locked == ArchiveLock::Result::Busy ? Outcome::Busy : Outcome::Failed,
                   lock.errorString());
            return;
        }
        ManualLinks links(m_options.outputDir);
        if (!links.load(&error)) {
            finish(Outcome::Failed, error);
            return;
        }
        if (const ManualLink *previous = links.find(m_link.file))
            m_previous = *previous;
        links.set(m_link);
        if (!links.save(&error)) {
            finish(Outcome::Failed, error);
            return;
        }
    }
    Q_EMIT linked(m_link);
    m_run->start();
}

void LinkFile::onRunFinished(const RunSummary &summary)
{
    // Kept once the version is archived, even when a preview failed (the run says so).
    const bool archived = m_report && m_report->status != FileReport::Status::Cancelled
        && (m_report->civitai == FileReport::Civitai::Archived
            || m_report->civitai == FileReport::Civitai::UpToDate);
    if (archived) {
        m_link.sha256 = m_report->sha256.toLower();
        m_link.folder = m_report->folder;
    }
    QString error;
    const bool rewritten = rewriteLinks(archived, &error);
    if (summary.cancelled)
        finish(Outcome::Cancelled);
    else if (summary.refusal == RunSummary::Refusal::ArchiveBusy)
        finish(Outcome::Busy, summary.fatalError);
    else if (!archived)
        //: %1 says why
        finish(Outcome::Failed,
               tr("The file could not be archived, so the link was taken back: %1")
                   .arg(!summary.fatalError.isEmpty() ? summary.fatalError
                            : m_report && !m_report->error.isEmpty()
                            ? m_report->error
                            : tr("the run ended without it")));
    else if (!rewritten)
        finish(Outcome::Failed, error);
    else
        finish(Outcome::Linked);
}

// The link with what the run learnt (its hash and folder), or the file's link as it was before.
bool LinkFile::rewriteLinks(bool keep, QString *error)
{
    ArchiveLock lock(m_options.outputDir);
    if (lock.tryLock() != ArchiveLock::Result::Locked) {
        *error = lock.errorString();
        return false;
    }
    ManualLinks links(m_options.outputDir);
    if (!links.load(error))
        return false;
    if (keep)
        links.set(m_link);
    else if (m_previous)
        links.set(*m_previous);
    else
        links.remove(m_link.file);
    return links.save(error);
}

// Always after start() has returned: a caller connects to finished() before or after start().
void LinkFile::finish(Outcome outcome, const QString &error)
{
    if (m_finishing)
        return;
    m_finishing = true;
    m_outcome = outcome;
    m_error = error;
    QMetaObject::invokeMethod(
        this,
        [this] {
            m_running = m_finishing = false;
            Q_EMIT finished(m_outcome);
        },
        Qt::QueuedConnection);
}
