#include "core/archivereader.h"

#include "core/archivelayout.h"
#include "core/folderlisting.h"
#include "core/jsonfile.h"
#include "core/jsonstream.h"
#include "core/missinglist.h"
#include "core/statefile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUrlQuery>

#include <algorithm>
#include <limits>

namespace {

QDateTime parseTime(const QJsonValue &value)
{
    return QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
}

qint64 count(const QJsonObject &stats, const char *key)
{
    const QJsonValue value = stats.value(QLatin1String(key));
    return value.isDouble() ? qint64(value.toDouble()) : -1; // null: hidden by the creator
}

// Tags are plain strings today and {"name": ...} objects in 2023 answers.
QStringList tagNames(const QJsonArray &tags)
{
    QStringList names;
    for (const QJsonValue &tag : tags) {
        const QString name = tag.isObject() ? tag.toObject().value(QLatin1String("name")).toString()
                                            : tag.toString();
        if (!name.isEmpty())
            names.append(name);
    }
    return names;
}

int nsfwLevelOf(const QJsonObject &object)
{
    const QJsonValue level = object.value(QLatin1String("nsfwLevel"));
    if (level.isDouble())
        return level.toInt();
    const QJsonValue nsfw
        = object.value(QLatin1String("nsfw")); // before 2024: a boolean, or "None"/"Soft"/"X"
    if (nsfw.isBool())
        return nsfw.toBool() ? 4 : 1;
    const QString text = nsfw.toString();
    return text.isEmpty() || text == QLatin1String("None") ? 1
        : text == QLatin1String("Soft")                    ? 2
                                                           : 8;
}

std::optional<QJsonObject> civitaiObject(const QString &path)
{
    auto object = JsonFile::readObject(path);
    if (object && object->value(QLatin1String("id")).isDouble())
        return object;
    return std::nullopt; // missing, damaged, or the Python tool's {"error": ...}
}

QList<ArchivedPreview> previewsOf(const ModelFolder &folder, const QString &outputDir,
                                  const QJsonArray &images)
{
    QList<ArchivedPreview> previews;
    const QList<ModelFolder::Preview> files = folder.previews();
    for (const ModelFolder::Preview &file : files) {
        const int index = file.index;
        ArchivedPreview preview;
        preview.index = index;
        preview.file = QDir(outputDir).relativeFilePath(file.path);
        const auto sidecar = JsonFile::readObject(folder.previewSidecar(index));
        preview.image = sidecar ? *sidecar : images.at(index).toObject();
        const QString suffix = QFileInfo(file.path).suffix().toLower();
        preview.isVideo = suffix == QLatin1String("mp4") || suffix == QLatin1String("webm")
            || suffix == QLatin1String("mov") || suffix == QLatin1String("mkv")
            || preview.image.value(QLatin1String("type")).toString() == QLatin1String("video");
        preview.nsfwLevel = preview.image.isEmpty() ? 0 : nsfwLevelOf(preview.image);
        previews.append(preview);
    }
    std::sort(previews.begin(), previews.end(),
              [](const ArchivedPreview &a, const ArchivedPreview &b) { return a.index < b.index; });
    return previews;
}

// What _civitai_model_version.json says about the model (after _hash.json: the file's entry is
// found by its hash).
void readVersion(const QJsonObject &version, ArchivedModel &model)
{
    model.hasCivitaiData = true;
    model.versionId = qint64(version.value(QLatin1String("id")).toDouble());
    model.modelId = qint64(version.value(QLatin1String("modelId")).toDouble());
    model.versionName = version.value(QLatin1String("name")).toString();
    const QJsonObject summary = version.value(QLatin1String("model")).toObject();
    model.modelName = summary.value(QLatin1String("name")).toString();
    model.type = summary.value(QLatin1String("type")).toString();
    model.mode = ModelMode::parse(summary.value(QLatin1String("mode")).toString());
    model.baseModel = version.value(QLatin1String("baseModel")).toString();
    model.trainedWords = tagNames(version.value(QLatin1String("trainedWords")).toArray());
    model.publishedAt = parseTime(version.value(QLatin1String("publishedAt")));
    model.updatedAt = parseTime(version.value(QLatin1String("updatedAt")));
    model.nsfwLevel = nsfwLevelOf(version);
    model.versionDescriptionHtml = version.value(QLatin1String("description")).toString();
    model.downloadUrl = QUrl(version.value(QLatin1String("downloadUrl")).toString());
    model.sourceHost = QUrl(version.value(ArchivedModel::SourceHostKey).toString());
    model.linkedByHand = version.value(ArchivedModel::LinkedByHandKey).toBool();
    const QJsonObject stats = version.value(QLatin1String("stats")).toObject();
    model.downloads = count(stats, "downloadCount");
    model.thumbsUp = count(stats, "thumbsUpCount");
    for (const QJsonValue &file : version.value(QLatin1String("files")).toArray()) {
        const QJsonObject entry = file.toObject();
        const QString sha = entry.value(QLatin1String("hashes"))
                                .toObject()
                                .value(QLatin1String("SHA256"))
                                .toString();
        if (sha.compare(model.sha256, Qt::CaseInsensitive) == 0
            || (model.fileSize < 0 && entry.value(QLatin1String("primary")).toBool()))
            model.fileSize = qint64(entry.value(QLatin1String("sizeKB")).toDouble() * 1024);
    }
}

// What CivArchive said (when the user turned it on): where the model came from, and every copy.
void readCivArchive(const ModelFolder &folder, const QJsonObject &version, ArchivedModel &model)
{
    model.fromCivArchive = version.value(QLatin1String("source")) == QLatin1String("civarchive");
    if (model.fromCivArchive)
        model.civArchivePage = QUrl(version.value(QLatin1String("civarchive_url")).toString());
    if (const auto record = JsonFile::readObject(folder.civArchiveFile()))
        model.copies = record->value(QLatin1String("files")).toArray();
}

// Where each folder's entry of updates_available.json is in the file, each read when its folder
// is: at 100,000 models the file is tens of MB, its parsed document several times that.
class UpdateEntries
{
public:
    explicit UpdateEntries(const QString &outputDir)
        : m_file(ArchiveLayout(outputDir).updatesAvailable())
    {
        StateFileBytes bytes(m_file.fileName());
        if (!bytes.open(nullptr))
            return;
        const char *const start = bytes.bytes().data();
        // Its pages are given back as they are gone through (the count first, then the walk).
        m_where.reserve(bytes.countForgetting(bytes.bytes(), '{'));
        const bool read = JsonStream::forEachElementOf(
            bytes.bytes(), QLatin1String("updates"), [&](QByteArrayView entry) {
                bytes.forgetBefore(entry.data());
                QString folder;
                JsonStream::readObject(entry, [&](QByteArrayView key, QByteArrayView value) {
                    if (key == "folder")
                        folder = JsonStream::string(value);
                });
                if (!folder.isEmpty())
                    m_where.insert(folder, { entry.data() - start, entry.size() });
            });
        if (!read || !m_file.open(QIODevice::ReadOnly))
            m_where.clear();
    }

    // The folder's entry; empty when it has none, or when the file was rewritten since and
    // another entry (or none) is where it was.
    QJsonObject of(const QString &folder)
    {
        const auto where = m_where.constFind(folder);
        if (where == m_where.cend() || !m_file.seek(where->first))
            return {};
        const QJsonObject entry = QJsonDocument::fromJson(m_file.read(where->second)).object();
        return entry.value(QLatin1String("folder")).toString() == folder ? entry : QJsonObject();
    }

private:
    QFile m_file;
    QHash<QString, std::pair<qint64, qint64>> m_where; // offset and size, by folder
};

} // namespace

QUrl ArchivedModel::pageHost() const
{
    if (sourceHost.isValid()
        && (sourceHost.scheme() == QLatin1String("https")
            || sourceHost.scheme() == QLatin1String("http")))
        return sourceHost;
    constexpr int R = 4; // Civitai's levels: 1 PG, 2 PG-13, 4 R, 8 X, 16 XXX
    return QUrl(nsfwLevel >= R ? QStringLiteral("https://civitai.red")
                               : QStringLiteral("https://civitai.com"));
}

bool ArchivedModel::isUnreadable() const
{
    // Only a .safetensors file's header is read; a checkpoint archived by hash alone is a model.
    return !hasHeader && !hasCivitaiData && modelId == 0 && !missingFromCivitai
        && fileName.endsWith(QLatin1String(".safetensors"), Qt::CaseInsensitive);
}

QUrl ArchivedModel::civitaiUrl() const
{
    return civitaiPage(pageHost(), modelId, versionId);
}

QUrl ArchivedModel::civitaiPage(const QUrl &host, qint64 modelId, qint64 versionId)
{
    if (modelId <= 0)
        return {};
    QUrl url = host;
    QString path = url.path();
    if (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    url.setPath(path + QStringLiteral("/models/%1").arg(modelId));
    url.setQuery(versionId > 0 ? QStringLiteral("modelVersionId=%1").arg(versionId) : QString());
    return url;
}

QStringList ArchivedModel::triggerWords(int fallbackLimit) const
{
    if (!trainedWords.isEmpty())
        return trainedWords;
    QStringList words;
    for (const TagCount &tag : tagFrequencies.mid(0, fallbackLimit))
        words.append(tag.tag);
    return words;
}

std::optional<ArchivedModel> ArchiveReader::readFolder(const QString &outputDir,
                                                       const QString &name, QStringList *warnings)
{
    const ModelFolder folder(outputDir, name);
    const auto hash = JsonFile::readObject(folder.hashFile());
    const auto version = civitaiObject(folder.versionFile());
    if (!hash && !version)
        return std::nullopt;

    ArchivedModel model;
    model.folder = name;
    if (hash) {
        model.fileName = hash->value(QLatin1String("filename")).toString();
        model.sha256 = hash->value(QLatin1String("hash_value")).toString().toLower();
        model.archivedAt = QDateTime::fromString(hash->value(QLatin1String("timestamp")).toString(),
                                                 Qt::ISODateWithMs);
    } else if (warnings) {
        //: %1 is the name of a model's archive folder
        warnings->append(tr("%1 has no readable _hash.json").arg(name));
    }

    // _metadata.json is __metadata__, or the whole tensor header when a file had none.
    const auto metadata = JsonFile::readObject(folder.metadataFile());
    const auto isTrainingKey = [](const QString &key) {
        return key.startsWith(QLatin1String("ss_")) || key.startsWith(QLatin1String("modelspec."));
    };
    model.hasHeader = metadata.has_value();
    const QStringList metadataKeys = metadata ? metadata->keys() : QStringList();
    if (std::any_of(metadataKeys.cbegin(), metadataKeys.cend(), isTrainingKey)) {
        model.trainingMetadata = *metadata;
        model.tagFrequencies = TrainingMetadata::tagFrequencies(*metadata);
        model.baseModel = metadata->value(QLatin1String("ss_base_model_version")).toString();
    }

    QJsonArray images;
    if (version) {
        readVersion(*version, model);
        images = version->value(QLatin1String("images")).toArray();
    }
    if (const auto details = civitaiObject(folder.modelFile())) {
        model.modelId = model.modelId ? model.modelId
                                      : qint64(details->value(QLatin1String("id")).toDouble());
        if (model.modelName.isEmpty())
            model.modelName = details->value(QLatin1String("name")).toString();
        if (model.type.isEmpty())
            model.type = details->value(QLatin1String("type")).toString();
        model.creator = details->value(QLatin1String("creator"))
                            .toObject()
                            .value(QLatin1String("username"))
                            .toString();
        model.tags = tagNames(details->value(QLatin1String("tags")).toArray());
        model.modelDescriptionHtml = details->value(QLatin1String("description")).toString();
        // The model's answer is the newer one: a version archived before may be from earlier.
        if (details->contains(QLatin1String("mode")))
            model.mode = ModelMode::parse(details->value(QLatin1String("mode")).toString());
    }
    if (model.modelName.isEmpty())
        model.modelName
            = model.fileName.isEmpty() ? name : QFileInfo(model.fileName).completeBaseName();
    model.previews = previewsOf(folder, outputDir, images);
    readCivArchive(folder, version.value_or(QJsonObject()), model);
    return model;
}

QList<ArchivedModel> ArchiveReader::readAll(const QString &outputDir, QStringList *warnings)
{
    QList<ArchivedModel> models;
    readInBatches(
        outputDir, std::numeric_limits<int>::max(),
        [&](QList<ArchivedModel> &batch) { models = std::move(batch); }, warnings);
    return models;
}

void ArchiveReader::readInBatches(const QString &outputDir, int batchSize,
                                  const std::function<void(QList<ArchivedModel> &)> &handle,
                                  QStringList *warnings,
                                  const std::function<bool(const QString &folder)> &skip)
{
    MissingList missing(outputDir);
    QString error;
    if (!missing.load(&error) && warnings)
        warnings->append(error);
    // Read with the first folder read: an unchanged gallery reads none.
    std::optional<UpdateEntries> updates;

    // By file name, the last entry winning as before; a scan of the list per model was
    // quadratic (10^9 comparisons at 100,000 models).
    QHash<QString, QString> missingSince;
    for (const MissingList::Entry &entry : missing.entries())
        missingSince.insert(entry.fileName, entry.timestamp);

    QList<ArchivedModel> models;
    const QStringList folders = FolderListing::folders(outputDir);
    for (const QString &folder : folders) {
        if (skip && skip(folder))
            continue;
        auto model = readFolder(outputDir, folder, warnings);
        if (!model)
            continue;
        const auto since = missingSince.constFind(model->fileName);
        if (since != missingSince.constEnd()) {
            model->missingFromCivitai = true;
            model->missingSince = *since;
        }
        if (!updates)
            updates.emplace(outputDir);
        model->update = updates->of(folder);
        models.append(std::move(*model));
        if (models.size() >= batchSize) {
            handle(models);
            models.clear();
        }
    }
    if (!models.isEmpty())
        handle(models);
}
