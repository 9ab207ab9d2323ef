#include "core/updatesavailable.h"

#include "core/archivedmodel.h"
#include "core/archivelayout.h"
#include "core/jsonfile.h"
#include "core/jsonstream.h"
#include "core/modelmode.h"
#include "core/runreport.h"
#include "core/timestamps.h"
#include "core/versionaccess.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUrlQuery>

namespace {

const QLatin1String ModelModeKey { "model_mode" };

ModelMode::Mode modelModeOf(const QJsonObject &entry)
{
    return ModelMode::fromKey(entry.value(ModelModeKey).toString());
}

} // namespace

UpdatesAvailable::UpdatesAvailable(const QString &outputDir)
    : StreamedJsonStateFile(ArchiveLayout(outputDir).updatesAvailable())
{ }

// The updates an entry at a time: 70,000 of them as one JSON document cost several times their
// text. Anything but the list of updates is written anew.
bool UpdatesAvailable::readMember(const QString &key, QByteArrayView value, QString *error)
{
    if (key != QLatin1String("updates") || !value.startsWith('['))
        return true;
    // At most an entry a brace: growing to 70,000 would hash every path many times.
    m_entries.reserve(m_entries.size() + StateFileBytes::count(value, '{'));
    return JsonStream::forEachElement(
        value, [this](QByteArrayView entry) { readEntry(entry); }, error);
}

// An entry not a valid object, or without its file, is skipped.
void UpdatesAvailable::readEntry(QByteArrayView text)
{
    QString file;
    JsonStream::CompactObject compact(text); // as set() keeps it: the same entry is no change
    const bool read = JsonStream::readObject(text, [&](QByteArrayView key, QByteArrayView value) {
        if (key == "file") {
            file = JsonStream::string(value);
            compact.skip(key); // the entry's key: not kept twice
        } else {
            compact.add(key, value);
        }
    });
    if (!read || file.isEmpty())
        return;
    m_entries.emplace(shared(file), compact.text()); // moved: insert() copies
}

bool UpdatesAvailable::writePieces(const Sink &sink) const
{
    QStringList files = m_entries.keys();
    files.sort();
    return JsonFile::writeWithArray(
        sink, { { QStringLiteral("last_update"), Timestamps::isoLocal() } },
        QStringLiteral("updates"), files.size(), [&](qsizetype i) { return entry(files.at(i)); });
}

void UpdatesAvailable::set(const QString &modelPath, const QJsonObject &entry)
{
    if (entry.isEmpty()) {
        if (m_entries.remove(modelPath) > 0)
            setDirty();
        return;
    }
    QJsonObject kept = entry;
    kept.remove(QStringLiteral("file")); // the entry's key: kept once (copies only when there)
    QByteArray text = JsonStream::compactText(kept);
    if (m_entries.value(modelPath) == text)
        return;
    text.squeeze(); // kept for the run: not with the room its writing grew
    m_entries.insert(modelPath, text);
    setDirty();
}

QJsonObject UpdatesAvailable::entry(const QString &modelPath) const
{
    const auto text = m_entries.constFind(modelPath);
    if (text == m_entries.constEnd())
        return {};
    QJsonObject entry = QJsonDocument::fromJson(*text).object();
    entry.insert(QStringLiteral("file"), modelPath);
    return entry;
}

QJsonObject UpdatesAvailable::newerVersion(const QJsonObject &model,
                                           const QJsonObject &localVersion)
{
    return newerVersion(ModelAnswer::of(model), LocalVersion::of(localVersion),
                        QDateTime::currentDateTimeUtc());
}

QJsonObject UpdatesAvailable::newerVersion(const ModelAnswer &model,
                                           const LocalVersion &localVersion,
                                           const QDateTime &nowUtc)
{
    const ModelAnswer::Newest &newest = model.newest();
    const std::optional<qint64> localPublished = localVersion.publishedMs;
    if (newest.id == 0 || newest.id == localVersion.id
        || (localPublished && newest.publishedMs && *newest.publishedMs <= *localPublished))
        return {};

    if (newest.entry.isEmpty() || newest.entryHost != localVersion.sourceHost) {
        newest.entry = newestEntry(model, localVersion.sourceHost, nowUtc);
        newest.entryHost = localVersion.sourceHost;
    }
    QJsonObject entry = newest.entry;
    entry.insert(QStringLiteral("local_version_id"), localVersion.id);
    entry.insert(QStringLiteral("local_version_name"), localVersion.name);
    return entry;
}

QJsonObject UpdatesAvailable::newestEntry(const ModelAnswer &model, const QString &sourceHost,
                                          const QDateTime &nowUtc)
{
    const qint64 newestId = model.newest().id;
    const QJsonObject newest = model.newestVersion([](QByteArrayView key) {
        return key == "name" || key == "downloadUrl" || VersionAccess::readsField(key);
    });
    // The host that knew the local version shows the newer one too (civitai.com may hide it).
    const QUrl host(sourceHost);
    const QUrl civitaiUrl = ArchivedModel::civitaiPage(
        host.isValid() ? host : QUrl(QStringLiteral("https://civitai.com")), model.id(), newestId);
    const VersionAccess access = VersionAccess::of(newest, nowUtc);
    const ModelMode::Mode mode = model.mode();
    const bool downloadable = access.isPublic() && mode != ModelMode::Mode::Archived;
    QJsonObject entry {
        { QStringLiteral("model_id"), model.id() },
        { QStringLiteral("model_name"), model.name() },
        { QStringLiteral("newest_version_id"), newestId },
        { QStringLiteral("newest_version_name"), newest.value(QLatin1String("name")) },
        { QStringLiteral("newest_published_at"), newest.value(QLatin1String("publishedAt")) },
        { QStringLiteral("download_url"),
          downloadable ? newest.value(QLatin1String("downloadUrl")).toString() : QString() },
        { QStringLiteral("civitai_url"), civitaiUrl.toString() },
        { QStringLiteral("downloadable"), downloadable },
    };
    access.writeTo(entry);
    if (mode != ModelMode::Mode::Normal)
        entry.insert(ModelModeKey, ModelMode::key(mode));
    return entry;
}

QString UpdatesAvailable::notice(const VersionAccess &access, ModelMode::Mode mode)
{
    QStringList parts { access.label(), ModelMode::label(mode) };
    parts.removeAll(QString());
    return parts.join(QStringLiteral(" · "));
}

void UpdatesAvailable::describe(const QJsonObject &entry, FileReport &report)
{
    report.newerAccess = VersionAccess::fromEntry(entry);
    if (const ModelMode::Mode mode = modelModeOf(entry); mode != ModelMode::Mode::Normal)
        report.modelMode = mode;
}
