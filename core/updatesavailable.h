#pragma once

#include "core/localversion.h"
#include "core/modelanswer.h"
#include "core/modelmode.h"
#include "core/statefile.h"
#include "core/versionaccess.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QString>

#include <optional>

struct FileReport;

// updates_available.json: model files for which Civitai has a newer version than the one on disk.
// The gallery shows them; the run reports them. Files not checked in a run keep their entry.
//
// {"last_update": "...", "updates": [{"file", "folder", "model_id", "model_name",
//   "local_version_id", "local_version_name", "newest_version_id", "newest_version_name",
//   "newest_published_at", "download_url", "civitai_url",
//   ours since the gated versions of 2026: "access" ("public", "early_access", "paid"),
//   "access_ends_at", "model_mode" ("archived", "taken_down"), "downloadable"}]}
// A newer version that is early access or paid, or of an archived model, still counts as newer:
// the user wants to know it exists. Its download_url is empty: it is no plain download; its
// civitai_url is the page that says how to get it.
class UpdatesAvailable final : public StreamedJsonStateFile
{
public:
    explicit UpdatesAvailable(const QString &outputDir);

    // The newest published version of `model` if it is newer than `localVersion`, as an entry; else
    // {}. Early access and paid access are judged at `nowUtc`. The entry is put together once for
    // the model's several files found on the same host.
    static QJsonObject newerVersion(const ModelAnswer &model, const LocalVersion &localVersion,
                                    const QDateTime &nowUtc);
    // The same of a parsed model, now.
    static QJsonObject newerVersion(const QJsonObject &model, const QJsonObject &localVersion);

    // The words that go with a newer version that is no plain download: "Early access until
    // 31/12/2026 · Archived on Civitai"; empty for a public version of a model in normal mode.
    static QString notice(const VersionAccess &access, ModelMode::Mode mode);

    // The newer version's access and the model's mode that `entry` records, into `report`.
    static void describe(const QJsonObject &entry, FileReport &report);

    void set(const QString &modelPath, const QJsonObject &entry); // an empty entry removes
    QJsonObject entry(const QString &modelPath) const;
    int count() const { return int(m_entries.size()); }

private:
    // newerVersion()'s entry without the local version.
    static QJsonObject newestEntry(const ModelAnswer &model, const QString &sourceHost,
                                   const QDateTime &nowUtc);
    void clear() override { m_entries.clear(); }
    bool readMember(const QString &key, QByteArrayView value, QString *error) override;
    void readEntry(QByteArrayView text);
    bool writePieces(const Sink &sink) const override;

    // Each entry as its compact JSON text but its "file", which is the key: 70,000 entries
    // (100,000 files) are kept for a whole run, and a parsed object costs four times its text.
    QHash<QString, QByteArray> m_entries;
};
