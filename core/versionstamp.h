#pragma once

#include "core/jsonstream.h"
#include "core/sha256digest.h"

#include <QByteArrayView>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>

#include <memory>
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

// What of() keeps of a version: from a parsed entry (of()), or from the version's text in the one
// pass of a walk through it (Walk), without an object of the version: its images are most of it.
class Listing final
{
public:
    static Listing of(const QJsonObject &version);
    class Walk;

    // A compared field's value; undefined when the version has none.
    QJsonValue value(QLatin1String key) const;
    // of()'s stamp, and listedDigest()'s digest, with the model's mode.
    QJsonObject stamp(const QJsonValue &modelMode) const;
    Sha256Digest digest(const QJsonValue &modelMode) const;

private:
    template<typename Field, typename List>
    void forEachField(const QJsonValue &modelMode, const Field &field, const List &list) const;

    QList<QJsonValue> m_fields; // as ComparedFields, in its order; empty: none
    std::optional<QList<QJsonValue>> m_files; // none when the version has no such list
    std::optional<QList<QJsonValue>> m_images;
};

// A walk of one version's object (JsonStream::walk()) that gathers its Listing as it goes.
class Listing::Walk final : public JsonStream::Walk
{
public:
    Walk();
    ~Walk() override;
    // Ready for another version.
    void reset();
    const Listing &listing() const { return m_listing; }
    Listing takeListing();

    JsonStream::Walk *into(QByteArrayView key) override;
    void member(QByteArrayView key, QByteArrayView value) override;

private:
    class Files;
    class Images;
    Listing m_listing;
    std::unique_ptr<Files> m_files; // made once, for every version walked
    std::unique_ptr<Images> m_images;
};

} // namespace VersionStamp
