#include "core/updatesavailable.h"

#include "core/archivelayout.h"
#include "core/jsonfile.h"
#include "core/timestamps.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QUrlQuery>

UpdatesAvailable::UpdatesAvailable(QString outputDir)
    : m_outputDir(std::move(outputDir))
{ }

bool UpdatesAvailable::load(QString *error)
{
    m_entries.clear();
    m_dirty = false;
    const QString path = ArchiveLayout(m_outputDir).updatesAvailable();
    if (!QFile::exists(path))
        return true;
    const auto root = JsonFile::readObject(path, error);
    if (!root)
        return false;
    const QJsonArray updates = root->value(QLatin1String("updates")).toArray();
    for (const QJsonValue &update : updates) {
        const QJsonObject entry = update.toObject();
        const QString file = entry.value(QLatin1String("file")).toString();
        if (!file.isEmpty())
            m_entries.insert(file, entry);
    }
    return true;
}

bool UpdatesAvailable::save(QString *error)
{
    QStringList files = m_entries.keys();
    files.sort();
    QJsonArray updates;
    for (const QString &file : std::as_const(files))
        updates.append(m_entries.value(file));
    const QJsonObject root { { QStringLiteral("last_update"), Timestamps::isoLocal() },
                             { QStringLiteral("updates"), updates } };
    if (!JsonFile::write(ArchiveLayout(m_outputDir).updatesAvailable(), root, error))
        return false;
    m_dirty = false;
    return true;
}

void UpdatesAvailable::set(const QString &modelPath, const QJsonObject &entry)
{
    if (entry.isEmpty()) {
        m_dirty = m_entries.remove(modelPath) > 0 || m_dirty;
        return;
    }
    QJsonObject withFile = entry;
    withFile.insert(QStringLiteral("file"), modelPath);
    if (m_entries.value(modelPath) == withFile)
        return;
    m_entries.insert(modelPath, withFile);
    m_dirty = true;
}

QJsonObject UpdatesAvailable::newerVersion(const QJsonObject &model,
                                           const QJsonObject &localVersion)
{
    const auto publishedAt = [](const QJsonObject &version) {
        const QString published = version.value(QLatin1String("publishedAt")).toString();
        return QDateTime::fromString(
            published.isEmpty() ? version.value(QLatin1String("createdAt")).toString() : published,
            Qt::ISODateWithMs);
    };
    const qint64 localId = qint64(localVersion.value(QLatin1String("id")).toDouble());
    const QDateTime localPublished = publishedAt(localVersion);

    QJsonObject newest;
    QDateTime newestPublished;
    const QJsonArray versions = model.value(QLatin1String("modelVersions")).toArray();
    for (const QJsonValue &value : versions) {
        const QJsonObject version = value.toObject();
        const QString status = version.value(QLatin1String("status")).toString();
        if (!status.isEmpty() && status != QLatin1String("Published"))
            continue;
        const QDateTime published = publishedAt(version);
        if (newest.isEmpty() || (published.isValid() && published > newestPublished)) {
            newest = version;
            newestPublished = published;
        }
    }
    const qint64 newestId = qint64(newest.value(QLatin1String("id")).toDouble());
    if (newest.isEmpty() || newestId == localId
        || (localPublished.isValid() && newestPublished.isValid()
            && newestPublished <= localPublished))
        return {};

    const qint64 modelId = qint64(model.value(QLatin1String("id")).toDouble());
    QUrl civitaiUrl(QStringLiteral("https://civitai.com/models/%1").arg(modelId));
    civitaiUrl.setQuery(QStringLiteral("modelVersionId=%1").arg(newestId));
    return {
        { QStringLiteral("model_id"), modelId },
        { QStringLiteral("model_name"), model.value(QLatin1String("name")) },
        { QStringLiteral("local_version_id"), localId },
        { QStringLiteral("local_version_name"), localVersion.value(QLatin1String("name")) },
        { QStringLiteral("newest_version_id"), newestId },
        { QStringLiteral("newest_version_name"), newest.value(QLatin1String("name")) },
        { QStringLiteral("newest_published_at"), newest.value(QLatin1String("publishedAt")) },
        { QStringLiteral("download_url"), newest.value(QLatin1String("downloadUrl")) },
        { QStringLiteral("civitai_url"), civitaiUrl.toString() },
    };
}
