#include "runtoend.h"

#include "core/archiverun.h"

#include <QSignalSpy>

RunSummary runToEnd(const RunOptions &options, QList<FileReport> *reports)
{
    ArchiveRun run(options);
    QSignalSpy finished(&run, &ArchiveRun::finished);
    QSignalSpy files(&run, &ArchiveRun::fileFinished);
    run.start();
    if (finished.isEmpty() && !finished.wait(120000))
        return {};
    if (reports) {
        for (const QList<QVariant> &args : std::as_const(files))
            reports->append(args.constFirst().value<FileReport>());
    }
    return finished.constFirst().constFirst().value<RunSummary>();
}
