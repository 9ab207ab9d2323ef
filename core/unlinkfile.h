#pragma once

#include "core/archiveoperation.h"
#include "core/manuallinks.h"

#include <optional>

// --unlink FILE and the window's "Remove the link": the file's manual link goes in one step.
// What was archived stays (only our "linked_by_hand" mark leaves its version record) and the
// gallery is written again; the next run looks the file up by its hash like any other.
class UnlinkFile final : public ArchiveOperation
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UnlinkFile)

public:
    UnlinkFile(QString outputDir, QString file, QObject *parent = nullptr);
    ~UnlinkFile() override;

    // Once finished: the link that was removed.
    std::optional<ManualLink> removed() const { return m_removed; }

private:
    void work() override;
    bool unmarkVersion(const QString &folder);

    const QString m_file;
    std::optional<ManualLink> m_removed;
};
