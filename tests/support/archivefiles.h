#pragma once

#include "core/missinglist.h"

#include <QByteArray>
#include <QFile>
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
