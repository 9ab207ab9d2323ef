#include "core/modelfilestamps.h"

#include "core/archivelayout.h"
#include "core/fileidentity.h"
#include "core/jsonstream.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

#include <array>

ModelFileStamps::ModelFileStamps(const QString &outputDir)
    : StateFile(ArchiveLayout(outputDir).modelStamps())
    , m_files(outputDir)
{ }

QJsonObject ModelFileStamps::fingerprintOf(const QJsonObject &model)
{
    QJsonObject fingerprint = model;
    fingerprint.remove(QStringLiteral("stats"));
    QJsonArray versions;
    const QJsonArray modelVersions = model.value(QLatin1String("modelVersions")).toArray();
    for (const QJsonValue &version : modelVersions) {
        const QJsonObject object = version.toObject();
        versions.append(
            QJsonArray { object.value(QLatin1String("id")), object.value(QLatin1String("updatedAt")) });
    }
    fingerprint.insert(QStringLiteral("modelVersions"), versions);
    return fingerprint;
}

ModelFileStamps::Stamp ModelFileStamps::stampOf(const QString &modelFile,
                                                const Sha256Digest &digest) const
{
    // FileIdentity, not QFileInfo::lastModified(): a local QDateTime costs a time zone look-up.
    return stampOf(m_files.of(modelFile), digest);
}

ModelFileStamps::Stamp ModelFileStamps::stampOf(const FileIdentity &file,
                                                const Sha256Digest &digest)
{
    if (!file.isValid())
        return {};
    return { digest, file.size, file.modifiedNs / 1000000 };
}

bool ModelFileStamps::isCurrent(const QString &folder, const QString &modelFile,
                                const Sha256Digest &digest) const
{
    return isCurrent(folder, m_files.of(modelFile), digest);
}

bool ModelFileStamps::isCurrent(const QString &folder, const FileIdentity &modelFile,
                                const Sha256Digest &digest) const
{
    const auto entry = m_folders.find(folder);
    if (entry == m_folders.cend() || entry->second.stamp.size < 0
        || entry->second.stamp.digest != digest)
        return false;
    const Stamp now = stampOf(modelFile, digest);
    return now.size == entry->second.stamp.size && now.modifiedMs == entry->second.stamp.modifiedMs;
}

void ModelFileStamps::record(const QString &folder, const QString &modelFile,
                             const Sha256Digest &digest)
{
    const Stamp stamp = stampOf(modelFile, digest);
    Stamp &old = m_folders[folder].stamp;
    if (old.digest == stamp.digest && old.size == stamp.size && old.modifiedMs == stamp.modifiedMs)
        return;
    old = stamp;
    setDirty();
}

const VersionRecord *ModelFileStamps::version(const QString &folder) const
{
    const auto entry = m_folders.find(folder);
    return entry == m_folders.cend() || entry->second.version.versionId == 0
        ? nullptr
        : &entry->second.version;
}

void ModelFileStamps::recordVersion(const QString &folder, const VersionRecord &record)
{
    VersionRecord &old = m_folders[folder].version;
    if (old == record)
        return;
    old = record;
    shareKinds(old);
    setDirty();
}

void ModelFileStamps::shareKinds(VersionRecord &record)
{
    record.sourceHost = m_kinds.shared(record.sourceHost);
    record.modelType = m_kinds.shared(record.modelType);
}

bool ModelFileStamps::read(QString *error)
{
    StateFileBytes file(path());
    if (!file.open(error))
        return false;
    const QByteArrayView text = file.bytes();
    const qsizetype lines = StateFileBytes::count(text, '\n') + 1;
    m_folders.reserve(lines);
    for (qsizetype start = 0; start < text.size();) {
        qsizetype end = text.indexOf('\n', start);
        end = end < 0 ? text.size() : end + 1;
        readLine(text.sliced(start, end - start));
        start = end;
    }
    return true;
}

// A damaged line (a crash while writing) costs its folder a slower check, nothing more.
void ModelFileStamps::readLine(QByteArrayView line)
{
    std::array<QByteArrayView, 5> at;
    qsizetype count = 0;
    const bool read = JsonStream::readArray(line, [&](QByteArrayView element) {
        if (count < qsizetype(at.size()))
            at[count] = element;
        ++count;
    });
    if (!read || count < 4 || !at[0].startsWith('"') || !at[1].startsWith('"'))
        return;
    Folder entry;
    if (const qint64 size = JsonStream::integer(at[2]).value_or(-1); size >= 0) {
        QByteArray decoded;
        entry.stamp = { Sha256Digest::fromHex(JsonStream::latin1(at[1], decoded)), size,
                        JsonStream::integer(at[3]).value_or(-1) };
    }
    if (auto record = VersionRecord::fromJson(at[4])) { // none when there is no fifth
        entry.version = std::move(*record);
        shareKinds(entry.version);
    }
    if (entry.stamp.size >= 0 || entry.version.versionId != 0)
        m_folders.emplace(shared(JsonStream::string(at[0])), std::move(entry));
}
bool ModelFileStamps::writePieces(const Sink &sink) const
{
    const auto writeLine
        = [&](const QString &folder, const Stamp &stamp, const VersionRecord *version) {
              QJsonArray line { folder, QString::fromLatin1(stamp.digest.toHex()), stamp.size,
                                stamp.modifiedMs };
              if (version)
                  line.append(version->toJson());
              return sink(QJsonDocument(line).toJson(QJsonDocument::Compact) + '\n');
          };
    for (const auto &[folder, entry] : m_folders) {
        const VersionRecord *version = entry.version.versionId != 0 ? &entry.version : nullptr;
        if ((entry.stamp.size >= 0 || version) && !writeLine(folder, entry.stamp, version))
            return false;
    }
    return true;
}
