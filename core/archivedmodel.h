#pragma once

#include "core/modelmode.h"
#include "core/trainingmetadata.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

// One model of an archive folder as the gallery and the window show it. Every string came from
// Civitai or from a model file: untrusted, to be escaped (and the description sanitized) by
// whoever renders it.
struct ArchivedPreview
{
    int index = 0; // N of <name>_preview_N: the position in Civitai's image list
    QString file; // relative to the output folder: "<name>/<name>_preview_0.jpeg"
    bool isVideo = false;
    int nsfwLevel = 0; // Civitai's level (1 = PG ... 16+ = X); old archives' nsfw:true maps to 4
    QJsonObject image; // the image object with its generation data (prompt, seed, sampler...)
};

struct ArchivedModel
{
    QString folder; // relative to the output folder
    QString fileName; // the model file's name, from _hash.json
    QString sha256; // lower case

    bool hasCivitaiData = false; // a model-version object was archived
    bool hasHeader = false; // _metadata.json was archived: the file's header was read
    bool missingFromCivitai = false;
    QString missingSince;

    qint64 modelId = 0;
    qint64 versionId = 0;
    QString modelName;
    QString versionName;
    QString type; // "LORA", "Checkpoint"...; empty without Civitai data
    QString baseModel; // "SDXL 1.0"...; from ss_base_model_version / ss_sd_model_name without
    QString creator;
    qint64 downloads = -1; // -1: unknown (hidden by the creator, or no data)
    qint64 thumbsUp = -1;
    qint64 fileSize = -1; // bytes, from Civitai's file entry for our hash
    QDateTime publishedAt;
    QDateTime updatedAt;
    QDateTime archivedAt; // when this archive first hashed the file: "date added"
    int nsfwLevel = 0;
    QStringList tags;
    QStringList trainedWords; // Civitai's trigger words
    QList<TagCount> tagFrequencies; // from the file's training metadata
    QJsonObject trainingMetadata; // the ss_* keys
    QString modelDescriptionHtml; // untrusted HTML
    QString versionDescriptionHtml; // untrusted HTML
    QUrl downloadUrl;
    QUrl sourceHost; // the API host that knew the file (SourceHostKey); empty in older archives
    bool linkedByHand = false; // LinkedByHandKey
    QList<ArchivedPreview> previews;
    QJsonObject update; // the updates_available.json entry, when a newer version exists
    ModelMode::Mode mode = ModelMode::Mode::Normal; // Archived: no downloads; TakenDown: no images
    // CivArchive: its answer archived for a model Civitai forgot ("source": "civarchive"), its
    // page there, and every copy of the file it lists (_civarchive.json), untrusted like the rest.
    bool fromCivArchive = false;
    QUrl civArchivePage;
    QJsonArray copies;
    QJsonObject history; // its file_history.json entry (FileHistory::entry), set by the gallery

    // A damaged or truncated file: the run archived its hash, then could not read its header, so
    // nothing says what it is (no header, nothing from Civitai). It is no model.
    bool isUnreadable() const;
    QString autoV2() const { return sha256.left(10).toUpper(); }
    // Our own key in _civitai_model_version.json: the API host the version was found on.
    static constexpr QLatin1String SourceHostKey { "source_host" };
    // Ours too: the file was linked to this version by hand (ManualLinks), its hash matched none.
    static constexpr QLatin1String LinkedByHandKey { "linked_by_hand" };
    // The host whose pages show the model: the one that knew it, else (older archives)
    // civitai.red for a mature model (civitai.com hides those), else civitai.com.
    QUrl pageHost() const;
    // {pageHost}/models/{modelId}?modelVersionId={versionId}, empty without ids.
    QUrl civitaiUrl() const;
    static QUrl civitaiPage(const QUrl &host, qint64 modelId, qint64 versionId);
    // Civitai's trigger words, else the most frequent training tags.
    QStringList triggerWords(int fallbackLimit = 10) const;
};
