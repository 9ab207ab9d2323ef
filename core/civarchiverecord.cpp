#include "core/civarchiverecord.h"

#include <QJsonArray>

#include <algorithm>
#include <optional>

namespace {

QJsonValue field(const QJsonObject &object, const char *key)
{
    return CivArchiveClient::field(object, key);
}

// CivArchive's ids are strings; Civitai's shape wants numbers. A number in a string is one.
QJsonValue numericId(const QJsonValue &value)
{
    if (value.isDouble())
        return value;
    bool ok = false;
    const qint64 id = value.toString().toLongLong(&ok);
    return ok ? QJsonValue(double(id)) : QJsonValue(0);
}

// Civitai's ids, when the page is Civitai's or CivArchive names them; else 0 (no Civitai link).
QJsonValue civitaiId(const QJsonObject &model, const QJsonObject &object, const char *civitaiKey)
{
    const QJsonValue named = numericId(field(field(model, "version").toObject(), civitaiKey));
    if (named.toDouble() > 0)
        return named;
    return field(model, "platform").toString() == QLatin1String("civitai")
        ? numericId(field(object, "id"))
        : QJsonValue(0);
}

bool holdsFile(const QJsonObject &model, const QString &sha256)
{
    const QJsonArray files = field(field(model, "version").toObject(), "files").toArray();
    return std::any_of(files.begin(), files.end(), [&sha256](const QJsonValue &file) {
        return field(file.toObject(), "sha256").toString().compare(sha256, Qt::CaseInsensitive)
            == 0;
    });
}

// Trained words are a list, a comma-separated text, or null.
QJsonArray trainedWords(const QJsonValue &trigger)
{
    QJsonArray words;
    const QJsonArray given = trigger.isArray()
        ? trigger.toArray()
        : QJsonArray::fromStringList(trigger.toString().split(QLatin1Char(',')));
    for (const QJsonValue &word : given) {
        if (const QString text = word.toString().trimmed(); !text.isEmpty())
            words.append(text);
    }
    return words;
}

QJsonArray images(const QJsonObject &version, const QUrl &site)
{
    QJsonArray images;
    for (const QJsonValue &value : field(version, "images").toArray()) {
        const QJsonObject image = value.toObject();
        QString link = field(image, "link").toString(); // full size
        if (link.isEmpty())
            link = field(image, "url").toString();
        if (link.isEmpty())
            continue;
        images.append(QJsonObject {
            { QStringLiteral("id"), numericId(field(image, "id")) },
            { QStringLiteral("url"), site.resolved(QUrl(link)).toString() },
            { QStringLiteral("type"),
              field(image, "type").toString() == QLatin1String("video") ? QStringLiteral("video")
                                                                        : QStringLiteral("image") },
        });
    }
    return images;
}

QJsonArray files(const QJsonObject &version, const QString &sha256)
{
    QJsonArray files;
    for (const QJsonValue &value : field(version, "files").toArray()) {
        const QJsonObject file = value.toObject();
        files.append(QJsonObject {
            { QStringLiteral("name"), field(file, "name") },
            { QStringLiteral("sizeKB"), field(file, "size_kb") },
            { QStringLiteral("hashes"),
              QJsonObject {
                  { QStringLiteral("SHA256"), field(file, "sha256").toString().toUpper() } } },
            { QStringLiteral("primary"),
              field(file, "sha256").toString().compare(sha256, Qt::CaseInsensitive) == 0 },
        });
    }
    return files;
}

QJsonObject modelSummary(const QJsonObject &model)
{
    return { { QStringLiteral("name"), field(model, "name") },
             { QStringLiteral("type"), field(model, "type") },
             { QStringLiteral("nsfw"), field(model, "is_nsfw").toBool() } };
}

} // namespace

QJsonObject CivArchiveRecord::bestModel(const QJsonArray &models, const QString &sha256)
{
    std::optional<QJsonObject> holding;
    for (const QJsonValue &value : models) {
        const QJsonObject model = value.toObject();
        if (!holdsFile(model, sha256))
            continue;
        if (field(model, "platform").toString() == QLatin1String("civitai"))
            return model;
        if (!holding)
            holding = model;
    }
    return holding ? *holding : models.at(0).toObject();
}

QJsonObject CivArchiveRecord::civitaiVersion(const QJsonObject &model, const QString &sha256,
                                             const QUrl &site)
{
    const QJsonObject version = field(model, "version").toObject();
    return {
        { QStringLiteral("id"), civitaiId(model, version, "civitai_model_version_id") },
        { QStringLiteral("modelId"), civitaiId(model, model, "civitai_model_id") },
        { QStringLiteral("name"), field(version, "name") },
        { QStringLiteral("baseModel"), field(version, "base_model") },
        { QStringLiteral("baseModelType"), field(version, "base_model_type") },
        { QStringLiteral("trainedWords"), trainedWords(field(version, "trigger")) },
        { QStringLiteral("description"), field(version, "description") },
        { QStringLiteral("createdAt"), field(version, "created_at") },
        { QStringLiteral("publishedAt"), field(version, "created_at") },
        { QStringLiteral("updatedAt"), field(version, "updated_at") },
        { QStringLiteral("downloadUrl"), field(version, "download_url") },
        { QStringLiteral("model"), modelSummary(model) },
        { QStringLiteral("files"), files(version, sha256) },
        { QStringLiteral("images"), images(version, site) },
        { QStringLiteral("stats"),
          QJsonObject { { QStringLiteral("downloadCount"), field(version, "download_count") } } },
        { SourceKey, SourceValue },
        { QStringLiteral("civarchive_url"),
          site.resolved(QUrl(field(version, "url").toString())).toString() },
    };
}

QJsonObject CivArchiveRecord::civitaiModel(const QJsonObject &model)
{
    QJsonArray versions;
    for (const QJsonValue &value : field(model, "versions").toArray()) {
        const QJsonObject version = value.toObject();
        versions.append(
            QJsonObject { { QStringLiteral("id"), numericId(field(version, "id")) },
                          { QStringLiteral("name"), field(version, "name") },
                          { QStringLiteral("createdAt"), field(version, "created_at") } });
    }
    QString creator = field(model, "creator_username").toString();
    if (creator.isEmpty())
        creator = field(model, "creator_name").toString();
    return {
        { QStringLiteral("id"), civitaiId(model, model, "civitai_model_id") },
        { QStringLiteral("name"), field(model, "name") },
        { QStringLiteral("type"), field(model, "type") },
        { QStringLiteral("description"), field(model, "description") },
        { QStringLiteral("tags"), field(model, "tags").toArray() },
        { QStringLiteral("nsfw"), field(model, "is_nsfw").toBool() },
        { QStringLiteral("creator"), QJsonObject { { QStringLiteral("username"), creator } } },
        { QStringLiteral("modelVersions"), versions },
        { QStringLiteral("platform"), field(model, "platform") },
        { QStringLiteral("deletedAt"), field(model, "deleted_at") },
        { SourceKey, SourceValue },
    };
}

QJsonObject CivArchiveRecord::copiesRecord(const CivArchiveAnswer &answer, const QString &sha256,
                                           bool civitaiKnew, const QDateTime &checkedAt)
{
    // The models' pages in short: their descriptions are in the model files when Civitai forgot.
    QJsonArray models;
    for (const QJsonValue &value : answer.models) {
        const QJsonObject model = value.toObject();
        const QJsonObject version = field(model, "version").toObject();
        models.append(QJsonObject {
            { QStringLiteral("platform"), field(model, "platform") },
            { QStringLiteral("name"), field(model, "name") },
            { QStringLiteral("version_name"), field(version, "name") },
            { QStringLiteral("url"), field(version, "url") },
            { QStringLiteral("deleted_at"), field(model, "deleted_at") },
        });
    }
    return { { SourceKey, SourceValue },
             { QStringLiteral("sha256"), sha256.toLower() },
             { CheckedAtKey, checkedAt.toUTC().toString(Qt::ISODate) },
             { CivitaiKnewKey, civitaiKnew },
             { CopiesKey, answer.files },
             { ModelsKey, models } };
}

bool CivArchiveRecord::isDue(const std::optional<QJsonObject> &record, bool civitaiKnows,
                             const QDateTime &now)
{
    if (!record)
        return true;
    const QDateTime checked
        = QDateTime::fromString(record->value(CheckedAtKey).toString(), Qt::ISODate);
    if (!checked.isValid() || checked.daysTo(now) >= RecheckDays)
        return true;
    return !civitaiKnows && record->value(CivitaiKnewKey).toBool();
}

bool CivArchiveRecord::isFromCivArchive(const QJsonObject &archived)
{
    return archived.value(SourceKey).toString() == SourceValue;
}
