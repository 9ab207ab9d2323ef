#pragma once

#include "core/modelmode.h"
#include "core/sha256digest.h"
#include "core/sharedstrings.h"
#include "core/statefile.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QString>

#include <unordered_map>

struct FileReport;

// file_history.json, ours (the Python tool has no such file): per archived model file, keyed by
// its archive folder (which survives a move of the file), when it was first archived, when and on
// which host Civitai last confirmed it, and each change of its status with its date:
//
// {"version": 1, "files": {"<folder>": {"path", "sha256", "first_archived", "last_confirmed",
//   "last_confirmed_host", "civitai" ("found", "removed", "never_found"), "model_mode",
//   "newest_version_url", "on_disk" (false once gone), "transitions": [{"date", "change", ...}]}}}
//
// Changes: "removed_from_civitai", "found_again", "model_mode" (from, to), "newer_version"
// (version, url), "file_changed" (from_sha256, to_sha256), "gone_from_disk", "back_on_disk".
// Only changes are recorded: an unchanged re-run leaves the file as it was. Loaded once and saved
// with the run's state; each file is a small struct, its transitions kept as compact JSON text.
// The file is read an entry at a time (JsonStream), never parsed as one JSON document.
class FileHistory final : public StreamedJsonStateFile
{
    Q_DECLARE_TR_FUNCTIONS(FileHistory)

public:
    explicit FileHistory(const QString &outputDir);

    static QString fileName(); // "file_history.json"

    // Records what a run found about the finished file `report` (status Done), and sets its
    // removedSince. True when this run saw it removed from Civitai: found before (by the history
    // or, for archives older than it, by an archived version), unknown to every host now.
    bool note(FileReport &report, const QDateTime &nowUtc = QDateTime::currentDateTimeUtc());
    // After a whole run: recorded files not seen by it whose model file is gone from its folder.
    // A file whose folder is gone too (an unmounted drive) is left as it was.
    void noteGoneFiles(const QDateTime &nowUtc = QDateTime::currentDateTimeUtc());

    // The recorded history of the file archived in `folder`, as file_history.json holds it;
    // empty when there is none.
    QJsonObject entry(const QString &folder) const;
    // The same for the model file at `modelPath` (its last recorded path).
    QJsonObject entryForPath(const QString &modelPath) const;
    int count() const { return int(m_entries.size()); }

    // Saves what changed since the load; a history that could not be read is left as it is on
    // disk rather than replaced by what this run alone knows.
    bool saveChanges(QString *error = nullptr);
    // Holds what file_history.json holds: read (or not there) and nothing left to save.
    bool isAsOnDisk() const { return !m_unreadable && !isDirty(); }

    // What of the folder's entry the gallery shows (not the last confirmation of a file still on
    // Civitai, which moves every run): its page is written again when this changes.
    QByteArray galleryStamp(const QString &folder) const;

    // The date a removed file was last confirmed on Civitai, from its history entry; empty when
    // the entry is not of a removed file.
    static QString removedSince(const QJsonObject &entry);
    // By archive folder, removedSince() of each file Civitai no longer knows: what a collection
    // shows of the history, read an entry at a time without keeping the others.
    static QHash<QString, QString> removedFiles(const QString &outputDir);

private:
    enum class OnCivitai : quint8
    {
        NeverFound,
        Found,
        Removed
    };
    struct Entry
    {
        QString path;
        Sha256Digest sha256;
        QString host; // shared between entries: see interned()
        QByteArray newestVersionUrl;
        QByteArray transitions; // a compact JSON array, empty when there are none
        qint64 firstArchived = 0; // seconds since the epoch, UTC; 0: unknown
        qint64 lastConfirmed = 0;
        OnCivitai civitai = OnCivitai::NeverFound;
        ModelMode::Mode mode = ModelMode::Mode::Normal;
        bool onDisk = true;
        bool seen = false; // by this run; not kept
    };

    // `askArchive`: when the history has not seen the file found, an archived version may say so.
    bool noteCivitai(Entry &entry, const FileReport &report, qint64 now, bool askArchive);
    void noteFound(Entry &entry, const FileReport &report, qint64 now);
    static void addTransition(Entry &entry, qint64 now, const QString &change,
                              const QJsonObject &details = {});
    qint64 archivedVersionDate(const QString &folder) const;
    QString interned(const QString &host);
    static QJsonObject toJson(const Entry &entry);
    static void appendLine(QByteArray &text, const QString &folder, const Entry &entry);
    static void appendString(QByteArray &text, const QByteArray &value);
    // `host`: the last confirmed host's name, not yet shared.
    static Entry fromText(QByteArrayView text, QString &host);

    void clear() override
    {
        m_entries = {};
        m_filesRead = false;
    }
    void unreadable() override { m_unreadable = true; }
    bool readMember(const QString &key, QByteArrayView value, QString *error) override;
    bool membersRead(QString *error) override;
    void insert(const QString &folder, QByteArrayView text);
    bool writePieces(const Sink &sink) const override;

    QString m_outputDir;
    // By archive folder, each in a node of its own: QHash keeps its values in blocks that are a
    // third empty at most sizes.
    std::unordered_map<QString, Entry> m_entries;
    SharedStrings m_hosts;
    bool m_unreadable = false;
    bool m_filesRead = false; // the "files" member was there, an object
};
