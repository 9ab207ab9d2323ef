#pragma once

#include "core/archiveoperation.h"

class FileHistory;

// Writes the gallery (index.html and the model pages) again from what is archived: no hashing,
// no network. The command line's --onlyhtml, the window's Regenerate Gallery, and the last step
// of every run.
class RegenerateGallery final : public ArchiveOperation
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RegenerateGallery)

public:
    struct Written
    {
        int models = 0;
        QStringList problems; // archived records that could not be read: left out
        QStringList errors; // pages that could not be written
    };

    explicit RegenerateGallery(QString outputDir, QObject *parent = nullptr);
    ~RegenerateGallery() override;

    int modelCount() const { return m_models; } // once finished

    // The work itself, for a caller that already holds the lock on its own thread (a run).
    // `history`, when given, is file_history.json as it is on disk, already loaded: the pages
    // use it instead of a copy of their own (tens of megabytes at 100,000 files).
    static Written write(const QString &outputDir, const FileHistory *history = nullptr);

private:
    void work() override;

    int m_models = 0;
};
