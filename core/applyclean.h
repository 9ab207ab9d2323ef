#pragma once

#include "core/archivecleaner.h"
#include "core/archiveoperation.h"

// Carries out a clean planned by PlanClean (ArchiveCleaner::apply): removes the planned archive
// folders, never a model file.
class ApplyClean final : public ArchiveOperation
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApplyClean)

public:
    // `lock`: the planning's (PlanClean::lock()), so the archive is what the plan saw; without
    // one (null), the lock is taken again.
    ApplyClean(CleanPlan plan, QString outputDir, std::shared_ptr<ArchiveLock> lock,
               QObject *parent = nullptr);
    ~ApplyClean() override;

    int removedCount() const { return int(m_plan.removals.size()); }

private:
    void work() override;

    const CleanPlan m_plan;
};
