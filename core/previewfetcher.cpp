#include "core/previewfetcher.h"

#include "core/archivelayout.h"
#include "core/archivestat.h"
#include "core/civitaiclient.h"
#include "core/jsonfile.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>

#include <algorithm>

namespace {

// The extensions a preview may have: ours, and the Python tool's .jpg.
const QStringList &previewExtensions()
{
    static const QStringList extensions = MediaCheck::extensions() << QStringLiteral(".jpg");
    return extensions;
}

// The preview already on disk among `onDisk` (the folder's previews, listed once for all
// indexes), if it is one: an image or video (by its first bytes) named with one of our
// extensions, not necessarily the one of its format (the Python tool named everything .jpeg).
// Anything else (an HTML page an older version saved) is downloaded again.
QString existingPreview(const QList<ModelFolder::Preview> &onDisk, int index)
{
    for (const ModelFolder::Preview &preview : onDisk) {
        if (preview.index != index)
            continue;
        QFile file(preview.path);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QString suffix = QLatin1Char('.') + QFileInfo(preview.path).suffix().toLower();
        if (MediaCheck::sniff(file.read(256)) && previewExtensions().contains(suffix))
            return preview.path;
    }
    return {};
}

} // namespace

struct PreviewFetcher::Batch
{
    explicit Batch(ModelFolder folder)
        : folder(std::move(folder))
    {
    }

    ModelFolder folder;
    int total = 0;
    int left = 0;
    Outcome outcome;
    Progress progress;
    Done done;
};

PreviewFetcher::PreviewFetcher(CivitaiClient *imageHost, QString outputDir,
                               RunOptions::Previews previews, QObject *parent)
    : QObject(parent)
    , m_imageHost(imageHost)
    , m_outputDir(std::move(outputDir))
    , m_previews(previews)
{
}

int PreviewFetcher::wanted(int imageCount) const
{
    switch (m_previews) {
    case RunOptions::Previews::None:
        return 0;
    case RunOptions::Previews::First:
        return qMin(1, imageCount);
    case RunOptions::Previews::All:
        break;
    }
    return imageCount;
}

PreviewFetcher::Plan PreviewFetcher::plan(const QString &folderName, const QJsonObject &version,
                                          bool versionChanged) const
{
    const QJsonArray images = version.value(QLatin1String("images")).toArray();
    const int wanted = this->wanted(int(images.size()));
    const ModelFolder folder(m_outputDir, folderName);
    const QList<ModelFolder::Preview> onDisk
        = wanted > 0 ? folder.previews() : QList<ModelFolder::Preview>();
    Plan plan;
    for (int index = 0; index < wanted; ++index) {
        const QJsonObject image = images.at(index).toObject();
        if (!existingPreview(onDisk, index).isEmpty()) {
            QString error; // the Python tool's sidecar, kept current
            if ((versionChanged || !QFile::exists(folder.previewSidecar(index)))
                && !JsonFile::write(folder.previewSidecar(index), image, &error))
                plan.error = error;
        } else if (!image.value(QLatin1String("url")).toString().isEmpty()) {
            plan.downloads.append({ index, image });
        }
    }
    return plan;
}

bool PreviewFetcher::hasWanted(const ArchiveStat &files, const QString &folderName,
                               int imageCount) const
{
    const QStringList &extensions = previewExtensions();
    const ModelFolder folder(m_outputDir, folderName);
    const auto onDisk = [&files](const QString &path) {
        return files.of(path).isValid();
    };
    const int wanted = this->wanted(imageCount);
    for (int index = 0; index < wanted; ++index) {
        if (!onDisk(folder.previewSidecar(index))
            || std::none_of(extensions.cbegin(), extensions.cend(), [&](const QString &extension) {
                   return onDisk(folder.previewFile(index, extension));
               }))
            return false;
    }
    return true;
}

void PreviewFetcher::fetch(const QString &folderName, const Plan &plan, Progress progress,
                           Done done)
{
    auto batch = std::make_shared<Batch>(ModelFolder(m_outputDir, folderName));
    batch->outcome.error = plan.error;
    batch->progress = std::move(progress);
    batch->done = std::move(done);
    if (plan.downloads.isEmpty()) {
        batch->done(batch->outcome);
        return;
    }
    batch->total = batch->left = int(plan.downloads.size());
    batch->progress(0, batch->total);
    for (const auto &[index, image] : plan.downloads)
        download(batch, image, index, false);
}

void PreviewFetcher::download(const std::shared_ptr<Batch> &batch, const QJsonObject &image,
                              int index, bool fallback)
{
    const QUrl url = QUrl(image.value(QLatin1String("url")).toString());
    const QUrl source = fallback
        ? CivitaiClient::resizedImageUrl(CivitaiClient::fullSizeImageUrl(url))
        : CivitaiClient::fullSizeImageUrl(url);
    const QString partPath = batch->folder.previewPart(index);
    const bool video = image.value(QLatin1String("type")).toString() == QLatin1String("video");
    const qint64 maxBytes = video ? m_limits.maxVideoBytes : m_limits.maxImageBytes;
    m_imageHost->download(source, partPath, maxBytes, this, [=, this](const NetworkResponse &response) {
        if (response.isSuccess()) {
            keep(*batch, partPath, image, index, MediaCheck::inspect(partPath, m_limits));
        } else if (response.outcome == NetworkResponse::Outcome::Finished && response.status == 404
                   && !fallback) {
            download(batch, image, index, true); // old original=true links die; resized ones live
            return;
        } else if (response.outcome == NetworkResponse::Outcome::LocalError) {
            batch->outcome.error = response.describe(); // our disk failed, not Civitai
        } else if (response.outcome != NetworkResponse::Outcome::Cancelled) {
            //: %1 is the preview's number (counting from 0), %2 says why (e.g. a network error)
            batch->outcome.warnings.append(
                tr("preview %1 not downloaded: %2").arg(index).arg(response.describe()));
        }
        downloaded(batch);
    });
}

void PreviewFetcher::keep(Batch &batch, const QString &partPath, const QJsonObject &image,
                          int index, const MediaCheck::Result &media)
{
    if (!media.ok()) {
        QFile::remove(partPath);
        //: %1 is the preview's number (counting from 0), %2 says why
        batch.outcome.warnings.append(tr("preview %1 not kept: %2").arg(index).arg(media.error));
        return;
    }
    // Named by what it is, never by the URL or the Content-Type.
    const QString target = batch.folder.previewFile(index, MediaCheck::extension(*media.format));
    // What stood there before was no image (see existingPreview): it is replaced.
    const QStringList stale = batch.folder.previewFiles(index);
    QFile::remove(target);
    QString error;
    if (!QFile::rename(partPath, target)) {
        QFile::remove(partPath);
        //: %1 is the path of the preview image file
        batch.outcome.error = tr("cannot save preview %1").arg(target);
    } else if (!JsonFile::write(batch.folder.previewSidecar(index), image, &error)) {
        batch.outcome.error = error;
    } else {
        for (const QString &path : stale) {
            if (path != target)
                QFile::remove(path);
        }
        ++batch.outcome.downloaded;
    }
}

void PreviewFetcher::downloaded(const std::shared_ptr<Batch> &batch)
{
    --batch->left;
    batch->progress(batch->total - batch->left, batch->total);
    if (batch->left == 0)
        batch->done(batch->outcome);
}
