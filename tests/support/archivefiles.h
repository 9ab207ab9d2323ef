#pragma once

#include "core/missinglist.h"

#include <QByteArray>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QMap>
#include <QString>
#include <QStringList>

// What tests read back from an archive.

// A whole file's bytes, or nothing when it cannot be read: tests compare archive files byte for
// byte.
inline QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Every file under `dir` (hidden ones too), by path relative to it, with its bytes: "nothing
// changed" is two of these, equal.
inline QMap<QString, QByteArray> filesUnder(const QString &dir)
{
    QMap<QString, QByteArray> files;
    QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        files.insert(QDir(dir).relativeFilePath(path), readFile(path));
    }
    return files;
}

// The file names missing_from_civitai.txt lists, newest first.
inline QStringList missingNames(const QString &outputDir)
{
    MissingList missing(outputDir);
    missing.load();
    QStringList names;
    for (const MissingList::Entry &entry : missing.entries())
        names.append(entry.fileName);
    return names;
}
