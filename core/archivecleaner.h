#pragma once

#include "core/modelscanner.h"

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
// but files we write: pointing --output at the wrong folder must not wipe it.
// "Gone" is decided by the file, not by its path: a file now reached by another path keeps its
// folder (MovedFiles), and a file whose folder no longer exists, is empty or cannot be read (an
// unmounted drive) is unreachable, not gone: its archive is kept, and the plan says why.
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
    QList<Removal> kept; // archive folders of files that are not known to be gone, and why
    QList<Duplicate> duplicates;
    QStringList leftAlone; // folders that do not look like ours
    QStringList presentFiles;
    QHash<QString, QString> moved; // recorded path -> the present path that reaches the file
};

class ArchiveCleaner final
{
    Q_DECLARE_TR_FUNCTIONS(ArchiveCleaner)

public:
    // Why the model file recorded at `path`, not among the files scanned, is not known to be
    // gone, or nothing when its folder was read and lacks it.
    static std::optional<QString> whyNotGone(const QString &path);

    static CleanPlan plan(const QList<ScannedFile> &present, const QString &outputDir,
                          const ProcessedFiles &processed);
    // Scans `sources` and plans, or refuses with `error` set: without the models (an unmounted
    // drive, a typo, an unreadable folder) every archive folder would look orphaned, and an
    // archive of deleted models is exactly what must not be lost. Slow: not on a UI thread.
    static std::optional<CleanPlan> prepare(const QStringList &sources,
                                            const QStringList &extensions, const QString &outputDir,
                                            QString *error);
    // Removes the planned folders, writes duplicate_models.txt, moves the records of moved files
    // to their new paths, and drops files that are gone from processed_files.json. Returns the
    // errors, if any.
    static QStringList apply(const CleanPlan &plan, const QString &outputDir,
                             ProcessedFiles &processed);
};
