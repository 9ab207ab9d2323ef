#pragma once

#include "core/archivedmodel.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

// Reads an archive folder (ours or the Python tool's, from any year of Civitai's API) into
// ArchivedModel values. Reads only; tolerates every missing or damaged file, reporting it.
class ArchiveReader final
{
    Q_DECLARE_TR_FUNCTIONS(ArchiveReader)

public:
    static QList<ArchivedModel> readAll(const QString &outputDir, QStringList *warnings = nullptr);
    // The same models, handed over `batchSize` at a time, each batch dropped before the next is
    // read: a gallery of 100,000 models is written without holding all their data at once.
    // Folders for which `skip` says so are not read.
    static void readInBatches(const QString &outputDir, int batchSize,
                              const std::function<void(QList<ArchivedModel> &)> &handle,
                              QStringList *warnings = nullptr,
                              const std::function<bool(const QString &folder)> &skip = {});
    // One model folder; nullopt when it is not one (no _hash.json and no Civitai data).
    static std::optional<ArchivedModel> readFolder(const QString &outputDir, const QString &folder,
                                                   QStringList *warnings = nullptr);
};
