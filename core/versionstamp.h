#pragma once

#include "core/sha256digest.h"

#include <QByteArrayView>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>

#include <optional>

// What of an archived model version a model's answer (GET /models, which lists every version) can
// confirm: an unchanged version is recognised from its model without being asked for again.
// Only the fields both answers list are compared (today's model answers leave `updatedAt` and the
// trigger words out, the by-hash answer has no `availability`), plus the model's mode (archived,
// taken down).
namespace VersionStamp {

// The comparable part of `version` (a by-hash answer, or an entry of a model's `modelVersions`);
// small enough to keep for every file of a run.
QJsonObject of(const QJsonObject &version, const QJsonValue &modelMode);

// Whether the model's entry for the stamped version says nothing changed. False when the model
// no longer lists that version.
bool isCurrent(const QJsonObject &stamp, const QJsonObject &model);

// The same kept as compact JSON text: a QJsonObject costs about three times the memory, and every
// file of a large run waits for its model's answer at once.
QByteArray compactOf(const QJsonObject &version, const QJsonValue &modelMode);
bool isCurrent(const QByteArray &compactStamp, const QJsonObject &model);

// A digest of what `model` lists of version `versionId` (of() of its entry), or none when it
// does not list it: kept per archived version, 32 bytes instead of the stamp's text, it says the
// listing is unchanged since it last confirmed the archived version.
Sha256Digest listedDigest(const QJsonObject &model, qint64 versionId);

// What of() keeps of a version, gathered from a parsed entry or from its text a member at a time
// (ModelAnswer), without an object of the version: its images are most of it.
class Listing final
{
public:
    static Listing of(const QJsonObject &version);
    // One member of the version's object: its key (escapes decoded) and its value's text; kept
    // when it is a compared field (the files and images are set as they are read).
    void add(QByteArrayView key, QByteArrayView value);

    // A compared field's value; undefined when the version has none.
    QJsonValue value(QLatin1String key) const;
    // listedDigest()'s, with the model's mode.
    Sha256Digest digest(const QJsonValue &modelMode) const;

    // Its files by their SHA-256 and its images by their URL; none when it has no such list.
    std::optional<QList<QJsonValue>> files;
    std::optional<QList<QJsonValue>> images;

private:
    QList<QJsonValue> m_fields; // as ComparedFields, in its order
};

} // namespace VersionStamp
