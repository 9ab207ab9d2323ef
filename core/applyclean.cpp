#include "core/applyclean.h"

#include "core/processedfiles.h"

ApplyClean::ApplyClean(CleanPlan plan, QString outputDir, std::shared_ptr<ArchiveLock> lock,
                       QObject *parent)
    : ArchiveOperation(std::move(outputDir), Access::Write, std::move(lock), parent)
    , m_plan(std::move(plan))
{ }

ApplyClean::~ApplyClean()
{
    stopWork();
}

void ApplyClean::work()
{
    //: An operation's current step, shown in the status bar
    if (!beginStep(tr("removing archive folders")))
        return;
    ProcessedFiles processed(outputDir());
    QString error;
    if (!processed.load(&error)) {
        addErrors({ error });
        return;
    }
    addErrors(ArchiveCleaner::apply(m_plan, outputDir(), processed));
}
