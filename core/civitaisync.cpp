#include "core/civitaisync.h"

#include "core/archivedmodel.h"
#include "core/archivelayout.h"
#include "core/jsonfile.h"
#include "core/mediacheck.h"
#include "core/missinglist.h"
#include "core/updatesavailable.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcSync, "cdm.sync")

namespace {

constexpr int FlushDelayMs = 1000; // wait this long for a batch to fill before sending it anyway

// An archived Civitai object is good data when it has an id. The Python tool wrote
// {"error": ..., "status_code": ...} into the same files on failures: that is no data.
std::optional<QJsonObject> archivedObject(const QString &path)
{
    auto object = JsonFile::readObject(path);
    if (object && object->value(QLatin1String("id")).isDouble())
        return object;
    return std::nullopt;
}

// What makes a model "changed" for the archive: everything but the ever-moving stats.
QJsonObject modelFingerprint(const QJsonObject &model)
{
    QJsonObject fingerprint = model;
    fingerprint.remove(QStringLiteral("stats"));
    QJsonArray versions;
    const QJsonArray modelVersions = model.value(QLatin1String("modelVersions")).toArray();
    for (const QJsonValue &version : modelVersions) {
        const QJsonObject object = version.toObject();
        versions.append(QJsonArray { object.value(QLatin1String("id")),
                                     object.value(QLatin1String("updatedAt")) });
    }
    fingerprint.insert(QStringLiteral("modelVersions"), versions);
    return fingerprint;
}

// The preview already on disk, if it is one: an image or video (by its first bytes) named with
// one of our extensions, not necessarily the one of its format (the Python tool named everything
// .jpeg). Anything else (an HTML page an older version saved) is downloaded again.
QString existingPreview(const ModelFolder &folder, int index)
{
    const QStringList files = folder.previewFiles(index);
    for (const QString &path : files) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QString suffix = QLatin1Char('.') + QFileInfo(path).suffix().toLower();
        if (MediaCheck::sniff(file.read(256))
            && (MediaCheck::extensions().contains(suffix) || suffix == QLatin1String(".jpg")))
            return path;
    }
    return {};
}

} // namespace

struct CivitaiSync::ModelRequest
{
    bool done = false;
    CivitaiResult result;
    QList<std::pair<FileIndex, QJsonObject>> waiting; // file, its version
};

CivitaiSync::CivitaiSync(QList<CivitaiClient *> clients, QString outputDir,
                         RunOptions::Previews previews, MissingList *missing,
                         UpdatesAvailable *updates, QObject *parent)
    : QObject(parent)
    , m_clients(std::move(clients))
    , m_outputDir(std::move(outputDir))
    , m_previews(previews)
    , m_missing(missing)
    , m_updates(updates)
    , m_unsent(m_clients.size())
    , m_batchSupported(m_clients.size(), true)
{
    Q_ASSERT(!m_clients.isEmpty());
    m_flushTimer.setSingleShot(true);
    m_flushTimer.setInterval(FlushDelayMs);
    connect(&m_flushTimer, &QTimer::timeout, this, &CivitaiSync::flush);
}

void CivitaiSync::add(const FileReport &local)
{
    m_files.append(local);
    enqueue(FileIndex(m_files.size() - 1), 0);
}

void CivitaiSync::enqueue(FileIndex file, HostIndex host)
{
    m_unsent[host].append(file);
    if (m_unsent[host].size() >= CivitaiClient::BatchLimit)
        sendBatch(host);
    else if (!m_flushTimer.isActive())
        m_flushTimer.start();
}

void CivitaiSync::flush()
{
    m_flushTimer.stop();
    for (HostIndex host = 0; host < m_clients.size(); ++host) {
        while (!m_unsent[host].isEmpty())
            sendBatch(host);
    }
}

void CivitaiSync::cancel()
{
    m_cancelled = true;
    m_flushTimer.stop();
    for (QList<FileIndex> &hostUnsent : m_unsent) {
        const QList<FileIndex> unsent = std::exchange(hostUnsent, {});
        for (const FileIndex file : unsent) {
            m_files[file].status = FileReport::Status::Cancelled;
            Q_EMIT fileSynced(m_files[file]);
        }
    }
}

void CivitaiSync::sendBatch(HostIndex host)
{
    const QList<FileIndex> batch = m_unsent[host].mid(0, CivitaiClient::BatchLimit);
    m_unsent[host].remove(0, batch.size());
    if (!m_batchSupported[host]) {
        for (const FileIndex file : batch)
            lookUpOneByOne(file, host);
        return;
    }
    QStringList hashes;
    for (const FileIndex file : batch) {
        if (!hashes.contains(m_files[file].sha256))
            hashes.append(m_files[file].sha256);
    }
    m_clients[host]->lookupVersions(
        hashes, this, [this, batch, host](const BatchLookupResult &result) {
            if (!result.supported) {
                qCInfo(lcSync) << "Civitai refused a batch lookup; looking hashes up one by one";
                m_batchSupported[host] = false;
            }
            for (const FileIndex file : batch) {
                if (!result.error.isEmpty())
                    //: %1 says why (e.g. a network error)
                    fail(file, tr("Civitai lookup failed: %1").arg(result.error));
                else if (const auto found = result.versions.constFind(m_files[file].sha256);
                         found != result.versions.constEnd())
                    onVersionFound(file, found.value(), host);
                else // the single lookup also matches other hash types, and confirms a 404
                    lookUpOneByOne(file, host);
            }
        });
}

void CivitaiSync::lookUpOneByOne(FileIndex file, HostIndex host)
{
    const QString &sha256 = m_files[file].sha256;
    m_clients[host]->lookupVersion(sha256, this, [this, file, host](const CivitaiResult &result) {
        switch (result.kind) {
        case CivitaiResult::Kind::Found:
            onVersionFound(file, result.object, host);
            break;
        case CivitaiResult::Kind::NotFound:
            notFound(file, host, result.status);
            break;
        case CivitaiResult::Kind::Failed:
            //: %1 says why (e.g. a network error)
            fail(file, tr("Civitai lookup failed: %1").arg(result.error));
            break;
        }
    });
}

// Missing only when the last host says so too; the next host is asked only for these files.
void CivitaiSync::notFound(FileIndex file, HostIndex host, int status)
{
    if (host + 1 < m_clients.size()) {
        if (m_cancelled)
            fail(file, {}); // reported as cancelled
        else
            enqueue(file, host + 1);
        return;
    }
    m_missing->markMissing(m_files[file].path, status);
    m_files[file].civitai = FileReport::Civitai::NotFound;
    finish(file);
}

void CivitaiSync::onVersionFound(FileIndex file, const QJsonObject &answer, HostIndex host)
{
    FileReport &report = m_files[file];
    // Where it was found is recorded with it: its pages are on that host (civitai.com hides
    // mature models). The Python tool's readers ignore the extra key.
    QJsonObject version = answer;
    version.insert(ArchivedModel::SourceHostKey, m_clients[host]->apiBase().toString());
    const ModelFolder folder(m_outputDir, report.folder);
    const auto archived = archivedObject(folder.versionFile());
    const bool upToDate = archived
        && archived->value(QLatin1String("id")) == version.value(QLatin1String("id"))
        && archived->value(QLatin1String("updatedAt")) == version.value(QLatin1String("updatedAt"))
        && archived->value(ArchivedModel::SourceHostKey)
            == version.value(ArchivedModel::SourceHostKey);
    report.civitai = upToDate ? FileReport::Civitai::UpToDate : FileReport::Civitai::Archived;
    report.versionName = version.value(QLatin1String("name")).toString();
    report.modelName
        = version.value(QLatin1String("model")).toObject().value(QLatin1String("name")).toString();
    report.modelType
        = version.value(QLatin1String("model")).toObject().value(QLatin1String("type")).toString();

    // The client checked it already; checked here again because nothing unchecked may be
    // written over an archived answer.
    if (const QString problem = CivitaiClient::versionProblem(version); !problem.isEmpty()) {
        //: %1 says why (e.g. a network error)
        fail(file, tr("Civitai lookup failed: %1").arg(problem));
        return;
    }
    QString error;
    if (!upToDate && !JsonFile::write(folder.versionFile(), version, &error)) {
        fail(file, error);
        return;
    }
    m_missing->markFound(report.path);

    const qint64 modelId = qint64(version.value(QLatin1String("modelId")).toDouble());
    std::shared_ptr<ModelRequest> &request = m_models[modelId];
    if (!request) {
        request = std::make_shared<ModelRequest>();
        request->waiting.append({ file, version });
        m_clients[host]->fetchModel(modelId, this, [this, request](const CivitaiResult &result) {
            request->done = true;
            request->result = result;
            const auto waiting = std::exchange(request->waiting, {});
            for (const auto &[waitingFile, waitingVersion] : waiting)
                onModel(waitingFile, waitingVersion, result);
        });
    } else if (request->done) {
        onModel(file, version, request->result);
    } else {
        request->waiting.append({ file, version });
    }
}

void CivitaiSync::onModel(FileIndex file, const QJsonObject &version, const CivitaiResult &model)
{
    FileReport &report = m_files[file];
    if (!model.found()) {
        //: %1 says why (e.g. a network error)
        fail(file, tr("Civitai model details failed: %1").arg(model.error));
        return;
    }
    const ModelFolder folder(m_outputDir, report.folder);
    const QString modelPath = folder.modelFile();
    const auto archived = archivedObject(modelPath);
    QString error;
    if ((!archived || modelFingerprint(*archived) != modelFingerprint(model.object))
        && !JsonFile::write(modelPath, model.object, &error)) {
        fail(file, error);
        return;
    }
    if (!archived && report.civitai == FileReport::Civitai::UpToDate)
        report.civitai = FileReport::Civitai::Archived;

    QJsonObject newer = UpdatesAvailable::newerVersion(model.object, version);
    if (!newer.isEmpty())
        newer.insert(QStringLiteral("folder"), report.folder);
    m_updates->set(report.path, newer);
    report.updateAvailable = !newer.isEmpty();
    report.newerVersion = newer.value(QLatin1String("newest_version_name")).toString();
    report.newerVersionUrl = newer.value(QLatin1String("civitai_url")).toString();
    downloadPreviews(file, version);
}

void CivitaiSync::downloadPreviews(FileIndex file, const QJsonObject &version)
{
    const QJsonArray images = version.value(QLatin1String("images")).toArray();
    const int wanted = m_previews == RunOptions::Previews::None ? 0
        : m_previews == RunOptions::Previews::First             ? qMin(1, int(images.size()))
                                                                : int(images.size());
    const ModelFolder folder(m_outputDir, m_files[file].folder);
    int pending = 0;
    for (int index = 0; index < wanted; ++index) {
        const QJsonObject image = images.at(index).toObject();
        if (!existingPreview(folder, index).isEmpty()) {
            QString error; // the Python tool's sidecar, kept current
            if (!JsonFile::write(folder.previewSidecar(index), image, &error))
                m_files[file].error = error;
            continue;
        }
        if (image.value(QLatin1String("url")).toString().isEmpty())
            continue;
        ++pending;
        downloadPreview(file, image, index, false);
    }
    if (pending == 0) {
        finish(file);
    } else {
        m_previewsPending.insert(file, pending);
        m_previewsWanted.insert(file, pending);
        Q_EMIT previewsProgress(m_files[file].path, 0, pending);
    }
}

void CivitaiSync::downloadPreview(FileIndex file, const QJsonObject &image, int index,
                                  bool fallback)
{
    const ModelFolder folder(m_outputDir, m_files[file].folder);
    const QUrl url = QUrl(image.value(QLatin1String("url")).toString());
    const QUrl source = fallback
        ? CivitaiClient::resizedImageUrl(CivitaiClient::fullSizeImageUrl(url))
        : CivitaiClient::fullSizeImageUrl(url);
    const QString partPath = folder.previewPart(index);
    const bool video = image.value(QLatin1String("type")).toString() == QLatin1String("video");
    const qint64 maxBytes = video ? m_previewLimits.maxVideoBytes : m_previewLimits.maxImageBytes;
    CivitaiClient *images = m_clients.first(); // any: image servers get no key from either
    images->download(source, partPath, maxBytes, this, [=, this](const NetworkResponse &response) {
        FileReport &report = m_files[file];
        const MediaCheck::Result media = response.isSuccess()
            ? MediaCheck::inspect(partPath, m_previewLimits)
            : MediaCheck::Result();
        if (response.isSuccess() && !media.ok()) {
            QFile::remove(partPath);
            //: %1 is the preview's number (counting from 0), %2 says why
            report.warnings.append(tr("preview %1 not kept: %2").arg(index).arg(media.error));
        } else if (response.isSuccess()) {
            // Named by what it is, never by the URL or the Content-Type.
            const QString target = folder.previewFile(index, MediaCheck::extension(*media.format));
            // What stood there before was no image (see existingPreview): it is replaced.
            const QStringList stale = folder.previewFiles(index);
            QFile::remove(target);
            QString error;
            if (!QFile::rename(partPath, target)) {
                QFile::remove(partPath);
                //: %1 is the path of the preview image file
                report.error = tr("cannot save preview %1").arg(target);
            } else if (!JsonFile::write(folder.previewSidecar(index), image, &error)) {
                report.error = error;
            } else {
                for (const QString &path : stale) {
                    if (path != target)
                        QFile::remove(path);
                }
                ++report.previewsDownloaded;
            }
        } else if (response.outcome == NetworkResponse::Outcome::Finished && response.status == 404
                   && !fallback) {
            downloadPreview(file, image, index,
                            true); // old original=true links die; resized ones live
            return;
        } else if (response.outcome == NetworkResponse::Outcome::LocalError) {
            report.error = response.describe(); // our disk failed, not Civitai: the file fails
        } else if (response.outcome != NetworkResponse::Outcome::Cancelled) {
            //: %1 is the preview's number (counting from 0), %2 says why (e.g. a network error)
            report.warnings.append(
                tr("preview %1 not downloaded: %2").arg(index).arg(response.describe()));
        }
        previewDone(file);
    });
}

void CivitaiSync::previewDone(FileIndex file)
{
    const int left = --m_previewsPending[file];
    const int wanted = m_previewsWanted.value(file);
    Q_EMIT previewsProgress(m_files[file].path, wanted - left, wanted);
    if (left == 0) {
        m_previewsPending.remove(file);
        m_previewsWanted.remove(file);
        finish(file);
    }
}

void CivitaiSync::fail(FileIndex file, const QString &error)
{
    FileReport &report = m_files[file];
    if (m_cancelled) {
        report.status = FileReport::Status::Cancelled;
    } else {
        report.status = FileReport::Status::Failed;
        report.error = error;
    }
    Q_EMIT fileSynced(report);
}

void CivitaiSync::finish(FileIndex file)
{
    FileReport &report = m_files[file];
    if (m_cancelled)
        report.status = FileReport::Status::Cancelled;
    else if (!report.error.isEmpty()) // a preview or its data could not be saved
        report.status = FileReport::Status::Failed;
    else
        report.status = FileReport::Status::Done;
    Q_EMIT fileSynced(report);
}
