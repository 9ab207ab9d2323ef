#pragma once

#include "core/statefile.h"

#include <QHash>
#include <QJsonObject>
#include <QSet>
#include <QString>
#include <QStringList>

// processed_files.json, compatible with the Python tool: `files` (paths of processed model files)
// and `last_update` (isoformat) keep their meaning, so old scripts and --onlynew keep working.
// We add `folders` (model file -> its archive folder) so each file keeps its own folder even
// when two names sanitize alike. Keys we do not know are kept as they are.
class ProcessedFiles final : public JsonStateFile
{
public:
    // A damaged file is copied aside (processed_files.json.damaged-<time>) and we start empty.
    explicit ProcessedFiles(const QString &outputDir);

    bool contains(const QString &modelPath) const;
    void add(const QString &modelPath);
    void remove(const QString &modelPath);
    // The file recorded at `oldPath` is now reached as `newPath` (see MovedFiles): its entry and
    // its archive folder move to the new path.
    void follow(const QString &oldPath, const QString &newPath);
    const QStringList &files() const { return m_files; }

    QHash<QString, QString> folders() const { return m_folders; }
    void setFolders(const QHash<QString, QString> &folders);

private:
    void clear() override;
    bool fromJson(const QJsonObject &root, QString *error) override;
    QJsonObject toJson() const override;
    void unreadable() override;

    QJsonObject m_other;
    QStringList m_files;
    QSet<QString> m_normalizedFiles; // for O(1) contains() over thousands of files
    QHash<QString, QString> m_folders;
};
