#pragma once

#include "core/fileidentity.h"

#include <QString>

// Looks up the identity (size, time) of files inside the archive. On Unix relative to the output
// folder, opened once, instead of by whole path: an unchanged re-run checks three files of each
// of 100,000 folders, and every component of a path costs a look-up in the kernel.
class ArchiveStat final
{
    Q_DISABLE_COPY_MOVE(ArchiveStat)

public:
    explicit ArchiveStat(QString outputDir);
    ~ArchiveStat();

    struct Status
    {
        FileIdentity identity;
        qint64 changedNs = 0; // the status change time; 0 where unknown (Windows)
    };

    // `path` is inside the output folder (or anywhere: then looked up whole).
    Status statusOf(const QString &path) const;
    FileIdentity of(const QString &path) const { return statusOf(path).identity; }

private:
    QString m_prefix; // the output folder with its trailing slash
    mutable int m_folder = -1; // opened at first use: the first run creates it
};
