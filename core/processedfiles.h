#pragma once

#include "core/jsonstream.h"
#include "core/statefile.h"

#include <QHash>
#include <QJsonObject>
#include <QString>
#include <QStringList>

// processed_files.json, compatible with the Python tool: `files` (paths of processed model files)
// and `last_update` (isoformat) keep their meaning, so old scripts and --onlynew keep working.
// We add `folders` (model file -> its archive folder) so each file keeps its own folder even
// when two names sanitize alike. Keys we do not know are kept as they are.
class ProcessedFiles final : public StreamedJsonStateFile
{
public:
    // A damaged file is copied aside (processed_files.json.damaged-<time>) and we start empty.
    explicit ProcessedFiles(const QString &outputDir);

    // The `folders` of the archive's file as they are, an entry at a time (the model file's path
    // as UTF-8, its folder's JSON text), for readers that only look: nothing is kept (an entry per
    // model file, tens of MiB at 100,000) and a damaged file is not set aside. False when the file
    // is missing, unreadable or damaged; entries seen before a flaw are then not to be trusted.
    static bool
    readFolders(const QString &outputDir,
                JsonStream::FunctionRef<void(QByteArrayView path, QByteArrayView folder)> entry);
    // The same of the file's text, for a reader that walks it more than once.
    static bool
    readFolders(QByteArrayView text,
                JsonStream::FunctionRef<void(QByteArrayView path, QByteArrayView folder)> entry);

    bool contains(const QString &modelPath) const;
    void add(const QString &modelPath);
    void remove(const QString &modelPath);
    // The file recorded at `oldPath` is now reached as `newPath` (see MovedFiles): its entry and
    // its archive folder move to the new path.
    void follow(const QString &oldPath, const QString &newPath);
    QStringList files() const;

    QHash<QString, QString> folders() const { return m_folders; }
    void setFolders(const QHash<QString, QString> &folders);

private:
    void clear() override;
    bool readMember(const QString &key, QByteArrayView value, QString *error) override;
    bool writePieces(const Sink &sink) const override;
    void unreadable() override;

    void compact();

    QJsonObject m_other;
    // In the file's order; a removed entry stays as an empty string until the list is compacted,
    // so that removing or moving one costs the same however large the collection.
    QStringList m_files;
    QHash<QString, qsizetype> m_index; // normalized path -> its place in m_files
    qsizetype m_removed = 0; // empty entries in m_files
    QHash<QString, QString> m_folders;
};
