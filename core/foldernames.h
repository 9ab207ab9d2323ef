#pragma once

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

// Names of the per-model archive folders. `<name>` is the model file's stem, sanitized exactly
// as the Python tool does it so existing archives keep matching, with two repairs: a name that
// sanitizes to nothing (or to a Windows device name) still gets a usable folder, and two files
// whose names sanitize alike get two folders instead of silently sharing one.
class FolderNames final
{
public:
    // The Python tool's sanitize_filename: brackets, quotes, '#', Windows-unsafe characters and
    // anything that is not a word character (Unicode-aware, like Python's \w) or '-' become '_';
    // leading/trailing '.' and '_' are stripped; runs of '_' collapse.
    static QString sanitize(const QString &stem);

    // sanitize() made safe to use as a folder on every platform.
    static QString baseName(const QString &stem);

    // Folders already assigned (source path -> folder), e.g. from processed_files.json.
    explicit FolderNames(QString outputDir, QHash<QString, QString> assigned = {});

    // The folder for a model file: its earlier one if it had one, else the sanitized name when
    // that is free or an old archive folder written for a file of this very name, else
    // `<name>_2`, `<name>_3`... Call in a deterministic order so first runs are repeatable.
    QString folderFor(const QString &sourcePath);

    const QHash<QString, QString> &assigned() const { return m_assigned; }

private:
    bool isFreeFor(const QString &folder, const QString &fileName) const;

    QString m_outputDir;
    QHash<QString, QString> m_assigned; // source path -> folder
    QSet<QString> m_taken; // folders with an owner, case-folded
};
