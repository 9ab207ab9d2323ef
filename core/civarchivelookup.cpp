#include "core/civarchivelookup.h"

#include "core/archivelayout.h"
#include "core/civarchiverecord.h"
#include "core/jsonfile.h"
#include "core/previewfetcher.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcCivArchive, "cdm.civarchive")

namespace {

// Image and page addresses in its answers may be relative to its site.
QUrl siteOf(const QUrl &apiBase)
{
    QUrl site = apiBase;
    site.setPath(QStringLiteral("/"));
    return site;
}

} // namespace

CivArchiveLookup::CivArchiveLookup(CivArchiveClient *client, CivitaiClient *imageHost,
                                   QString outputDir, RunOptions::Previews previews,
                                   QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_previews(new PreviewFetcher(imageHost, outputDir, previews, this))
    , m_outputDir(std::move(outputDir))
{ }

void CivArchiveLookup::setPreviewLimits(const MediaCheck::Limits &limits)
{
    m_previews->setLimits(limits);
}

void CivArchiveLookup::add(const FileReport &report)
{
    const bool civitaiKnows = report.civitai != FileReport::Civitai::NotFound;
    if (report.status != FileReport::Status::Done || report.sha256.isEmpty()
        || !CivArchiveRecord::isDue(
            JsonFile::readObject(ModelFolder(m_outputDir, report.folder).civArchiveFile()),
            civitaiKnows, QDateTime::currentDateTimeUtc())) {
        Q_EMIT fileChecked(report);
        return;
    }
    if (m_capped) {
        failed(report, tr("CivArchive's hourly limit was reached"));
        return;
    }
    m_client->lookUp(report.sha256, this,
                     [this, report](const CivArchiveAnswer &answer) { answered(report, answer); });
}

void CivArchiveLookup::answered(FileReport report, const CivArchiveAnswer &answer)
{
    if (answer.cancelled) {
        report.status = FileReport::Status::Cancelled;
        Q_EMIT fileChecked(report);
        return;
    }
    if (answer.kind == CivArchiveAnswer::Kind::Failed) {
        m_capped = m_capped || answer.capped;
        failed(report, answer.error);
        return;
    }
    const bool civitaiKnows = report.civitai != FileReport::Civitai::NotFound;
    QString error;
    const QJsonObject record = CivArchiveRecord::copiesRecord(answer, report.sha256, civitaiKnows,
                                                              QDateTime::currentDateTimeUtc());
    if (!JsonFile::write(ModelFolder(m_outputDir, report.folder).civArchiveFile(), record, &error))
        report.warnings.append(error);
    // Civitai's answer wins; CivArchive fills in only what Civitai forgot.
    if (!civitaiKnows && answer.kind == CivArchiveAnswer::Kind::Known)
        archiveModel(report, answer);
    else
        Q_EMIT fileChecked(report);
}

// Writes its model in Civitai's shape, then its previews, unless Civitai's own data is archived.
void CivArchiveLookup::archiveModel(FileReport report, const CivArchiveAnswer &answer)
{
    const ModelFolder folder(m_outputDir, report.folder);
    const auto archived = JsonFile::readObject(folder.versionFile());
    const QJsonObject model = CivArchiveRecord::bestModel(answer.models, report.sha256);
    if ((archived && archived->value(QLatin1String("id")).isDouble()
         && !CivArchiveRecord::isFromCivArchive(*archived))
        || model.isEmpty()) { // archived while Civitai knew it, or CivArchive has copies only
        Q_EMIT fileChecked(report);
        return;
    }
    const QJsonObject version
        = CivArchiveRecord::civitaiVersion(model, report.sha256, siteOf(m_client->base()));
    QString error;
    if (!JsonFile::write(folder.versionFile(), version, &error)
        || !JsonFile::write(folder.modelFile(), CivArchiveRecord::civitaiModel(model), &error)) {
        report.error = error;
        report.status = FileReport::Status::Failed;
        Q_EMIT fileChecked(report);
        return;
    }
    const QJsonObject summary = version.value(QLatin1String("model")).toObject();
    report.fromCivArchive = true;
    report.modelName = summary.value(QLatin1String("name")).toString();
    report.modelType = summary.value(QLatin1String("type")).toString();
    report.versionName = version.value(QLatin1String("name")).toString();
    qCInfo(lcCivArchive).noquote() << report.path << "archived from CivArchive";
    fetchPreviews(report, version, archived != version);
}

void CivArchiveLookup::fetchPreviews(const FileReport &report, const QJsonObject &version,
                                     bool changed)
{
    const QString path = report.path;
    m_previews->fetch(
        report.folder, m_previews->plan(report.folder, version, changed),
        [this, path](int done, int total) { Q_EMIT previewsProgress(path, done, total); },
        [this, report](const PreviewFetcher::Outcome &outcome) {
            FileReport done = report;
            done.previewsDownloaded += outcome.downloaded;
            done.warnings += outcome.warnings;
            if (!outcome.error.isEmpty()) {
                done.error = outcome.error;
                done.status = FileReport::Status::Failed;
            }
            Q_EMIT fileChecked(done);
        });
}

void CivArchiveLookup::failed(FileReport report, const QString &error)
{
    //: %1 says why (e.g. a network error)
    report.warnings.append(
        tr("CivArchive lookup failed, tried again at the next run: %1").arg(error));
    Q_EMIT fileChecked(report);
}
