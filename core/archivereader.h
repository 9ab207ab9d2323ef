#pragma once

#include "core/archivedmodel.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

// Reads an archive folder (ours or the Python tool's, from any year of Civitai's API) into
// ArchivedModel values. Reads only; tolerates every missing or damaged file, reporting it.
class ArchiveReader final
{
    Q_DECLARE_TR_FUNCTIONS(ArchiveReader)

public:
    static QList<ArchivedModel> readAll(const QString &outputDir, QStringList *warnings = nullptr);
    // One model folder; nullopt when it is not one (no _hash.json and no Civitai data).
    static std::optional<ArchivedModel> readFolder(const QString &outputDir, const QString &folder,
                                                   QStringList *warnings = nullptr);
};
