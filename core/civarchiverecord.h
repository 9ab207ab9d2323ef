#pragma once

#include "core/civarchiveclient.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QUrl>

// CivArchive's answer in our archive's terms. What it knows of a model Civitai forgot becomes a
// <name>_civitai_model_version.json and a <name>_civitai_model.json in Civitai's shape, so old
// scripts and the gallery read them as ever, each marked "source": "civarchive". Every copy of
// the file it lists (and when it was asked) is kept in <name>_civarchive.json.
namespace CivArchiveRecord {

inline constexpr QLatin1String SourceKey { "source" };
inline constexpr QLatin1String SourceValue { "civarchive" };
inline constexpr QLatin1String CheckedAtKey { "checked_at" };
inline constexpr QLatin1String CivitaiKnewKey { "civitai_knew" }; // when it was asked
inline constexpr QLatin1String CopiesKey { "files" };
inline constexpr QLatin1String ModelsKey { "models" };
// Asked again after this long: a re-run does not send every hash again.
inline constexpr int RecheckDays = 30;

// The model page whose version holds `sha256`, Civitai's first; else the first one.
QJsonObject bestModel(const QJsonArray &models, const QString &sha256);
// `site` resolves relative image addresses (https://civarchive.com, or a test's server).
QJsonObject civitaiVersion(const QJsonObject &model, const QString &sha256, const QUrl &site);
QJsonObject civitaiModel(const QJsonObject &model);
// The content of <name>_civarchive.json.
QJsonObject copiesRecord(const CivArchiveAnswer &answer, const QString &sha256, bool civitaiKnew,
                         const QDateTime &checkedAt);
// Whether a file with this record is to be asked about again: none yet, older than RecheckDays,
// or asked while Civitai knew it and Civitai knows it no more.
bool isDue(const std::optional<QJsonObject> &record, bool civitaiKnows, const QDateTime &now);
// Whether an archived version came from CivArchive (and may be replaced by its newer answer).
bool isFromCivArchive(const QJsonObject &archived);

} // namespace CivArchiveRecord
