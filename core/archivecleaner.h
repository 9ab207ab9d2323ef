#pragma once

#include "modelscanner.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

class ProcessedFiles;

// --clean: archive folders whose model file is gone, and model files that are duplicates (same
// SHA-256) of another. Plans first, so --dry-run and the window can show the list and ask.
// Only archive folders are ever removed, never model files, and only folders that hold nothing
// but our files: pointing --output at the wrong folder must not wipe it.
struct CleanPlan
{
    struct Removal
    {
        QString folder;
        QString reason;
    };
    struct Duplicate
    {
        QString sha256;
        QString kept; // model file whose archive stays
        QStringList removed; // model files whose archive folders go (the files themselves stay)
    };

    QList<Removal> removals;
    QList<Duplicate> duplicates;
    QStringList leftAlone; // folders that do not look like ours
    QStringList presentFiles;
};

class ArchiveCleaner final
{
    Q_DECLARE_TR_FUNCTIONS(ArchiveCleaner)

public:
    static QString duplicatesFileName() { return QStringLiteral("duplicate_models.txt"); }

    static CleanPlan plan(const QList<ScannedFile> &present, const QString &outputDir,
                          const ProcessedFiles &processed);
    // Scans `sources` and plans, or refuses with `error` set: without the models (an unmounted
    // drive, a typo, an unreadable folder) every archive folder would look orphaned, and an
    // archive of deleted models is exactly what must not be lost. Slow: not on a UI thread.
    static std::optional<CleanPlan> prepare(const QStringList &sources,
                                            const QStringList &extensions, const QString &outputDir,
                                            QString *error);
    // Removes the planned folders, writes duplicate_models.txt, and drops files that are gone from
    // processed_files.json. Returns the errors, if any.
    static QStringList apply(const CleanPlan &plan, const QString &outputDir,
                             ProcessedFiles &processed);
};
