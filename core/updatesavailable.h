#pragma once

#include "core/statefile.h"

#include <QHash>
#include <QJsonObject>
#include <QString>

// updates_available.json: model files for which Civitai has a newer version than the one on disk.
// The gallery shows them; the run reports them. Files not checked in a run keep their entry.
//
// {"last_update": "...", "updates": [{"file", "folder", "model_id", "model_name",
//   "local_version_id", "local_version_name", "newest_version_id", "newest_version_name",
//   "newest_published_at", "download_url", "civitai_url"}]}
class UpdatesAvailable final : public JsonStateFile
{
public:
    explicit UpdatesAvailable(const QString &outputDir);

    // The newest published version of `model` if it is newer than `localVersion`, as an entry; else
    // {}.
    static QJsonObject newerVersion(const QJsonObject &model, const QJsonObject &localVersion);

    void set(const QString &modelPath, const QJsonObject &entry); // an empty entry removes
    QJsonObject entry(const QString &modelPath) const;
    int count() const { return int(m_entries.size()); }

private:
    void clear() override { m_entries.clear(); }
    bool fromJson(const QJsonObject &root, QString *error) override;
    QJsonObject toJson() const override;
    QByteArray text() const override;

    // Each entry as its compact JSON text: 70,000 entries (100,000 files) are kept for a whole
    // run, and a parsed object costs four times its text.
    QHash<QString, QByteArray> m_entries;
};
