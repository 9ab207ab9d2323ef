#include "core/planclean.h"

PlanClean::PlanClean(QStringList sources, QStringList extensions, QString outputDir, bool readOnly,
                     QObject *parent)
    : ArchiveOperation(std::move(outputDir), readOnly ? Access::Read : Access::Write, nullptr,
                       parent)
    , m_sources(std::move(sources))
    , m_extensions(std::move(extensions))
{ }

PlanClean::~PlanClean()
{
    stopWork();
}

void PlanClean::work()
{
    //: An operation's current step, shown in the status bar
    if (!beginStep(tr("looking for archive folders to clean")))
        return;
    QString error;
    if (auto plan = ArchiveCleaner::prepare(m_sources, m_extensions, outputDir(), &error))
        m_plan = std::move(*plan);
    else
        addErrors({ error });
}
