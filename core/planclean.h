#pragma once

#include "core/archivecleaner.h"
#include "core/archiveoperation.h"

// Scans the sources and plans what cleaning the archive removes (ArchiveCleaner::prepare),
// changing nothing: --clean and --dry-run print the plan, the window shows it and asks.
class PlanClean final : public ArchiveOperation
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlanClean)

public:
    // `readOnly`: only the plan is wanted (a dry run), so a read-only archive is fine.
    PlanClean(QStringList sources, QStringList extensions, QString outputDir, bool readOnly,
              QObject *parent = nullptr);
    ~PlanClean() override;

    const CleanPlan &plan() const { return m_plan; } // once finished with Outcome::Done

private:
    void work() override;

    const QStringList m_sources;
    const QStringList m_extensions;
    CleanPlan m_plan;
};
