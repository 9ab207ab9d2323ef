#include "core/modelfilestamps.h"

#include "core/archivelayout.h"
#include "core/filehasher.h"
#include "core/fileidentity.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

ModelFileStamps::ModelFileStamps(const QString &outputDir)
    : StateFile(ArchiveLayout(outputDir).modelStamps())
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

QByteArray ModelFileStamps::digestOf(const QJsonObject &modelFingerprint)
{
    return QByteArray::fromHex(
        FileHasher::hashBytes(QJsonDocument(modelFingerprint).toJson(QJsonDocument::Compact))
            .toLatin1());
}

ModelFileStamps::Fingerprint ModelFileStamps::fingerprintOfModel(const QJsonObject &model)
{
    // Cheap when it is the same answer (shared data); compared in full otherwise.
    if (m_lastModel.isEmpty() || m_lastModel != model) {
        m_lastFingerprint.fingerprint = fingerprintOf(model);
        m_lastFingerprint.digest = digestOf(m_lastFingerprint.fingerprint);
        m_lastModel = model;
    }
    return m_lastFingerprint;
}

ModelFileStamps::Stamp ModelFileStamps::stampOf(const QString &modelFile, const QByteArray &digest)
{
    // FileIdentity, not QFileInfo::lastModified(): a local QDateTime costs a time zone look-up.
    const FileIdentity file = FileIdentity::of(modelFile);
    if (!file.isValid())
        return {};
    return { digest, file.size, file.modifiedNs / 1000000 };
}

bool ModelFileStamps::isCurrent(const QString &folder, const QString &modelFile,
                                const QByteArray &digest) const
{
    const auto stamp = m_stamps.constFind(folder);
    if (stamp == m_stamps.constEnd() || stamp->digest != digest)
        return false;
    const Stamp now = stampOf(modelFile, digest);
    return now.size == stamp->size && now.modifiedMs == stamp->modifiedMs;
}

void ModelFileStamps::record(const QString &folder, const QString &modelFile,
                             const QByteArray &digest)
{
    const Stamp stamp = stampOf(modelFile, digest);
    const auto old = m_stamps.constFind(folder);
    if (old != m_stamps.constEnd() && old->digest == stamp.digest && old->size == stamp.size
        && old->modifiedMs == stamp.modifiedMs)
        return;
    m_stamps.insert(folder, stamp);
    setDirty();
}

bool ModelFileStamps::read(QString *error)
{
    QFile file(path());
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            //: %1 is a file path, %2 the system's error message
            *error = tr("cannot read %1: %2").arg(path(), file.errorString());
        return false;
    }
    // A damaged line (a crash while writing) costs its folder a slower check, nothing more.
    while (!file.atEnd()) {
        const QJsonArray line = QJsonDocument::fromJson(file.readLine()).array();
        if (line.size() == 4 && line.at(0).isString() && line.at(1).isString())
            m_stamps.insert(line.at(0).toString(),
                            { QByteArray::fromHex(line.at(1).toString().toLatin1()),
                              line.at(2).toInteger(-1), line.at(3).toInteger(-1) });
    }
    return true;
}

std::optional<QByteArray> ModelFileStamps::contents() const
{
    QByteArray text;
    for (auto it = m_stamps.cbegin(); it != m_stamps.cend(); ++it) {
        if (it->size < 0)
            continue;
        text += QJsonDocument(QJsonArray { it.key(), QString::fromLatin1(it->digest.toHex()),
                                           it->size, it->modifiedMs })
                    .toJson(QJsonDocument::Compact);
        text += '\n';
    }
    return text;
}
